"""Deliveries: the ledger of one row per issue and subscriber, and its states.

A row goes pending -> sending (claimed before the hand-off to the mail server) ->
sent / failed; a row a crashed sender left in sending becomes uncertain.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select, update

from pipeline.core.models import Delivery, DeliveryState, Subscriber
from pipeline.store.base import StoreBase
from pipeline.store.schema import deliveries, subscribers


class DeliveriesRepo(StoreBase):
    """The delivery ledger."""

    def prepare_deliveries(
        self,
        issue_number: int,
        batch: list[Subscriber],
        *,
        message_id: Callable[[Subscriber], str],
        now: datetime,
    ) -> dict[int, DeliveryState]:
        """Ledger state of ``batch`` for an issue, adding a pending row for each one missing."""
        ids = [sub.id for sub in batch if sub.id is not None]
        with self.begin() as conn:
            states = _delivery_states(conn, issue_number, ids)
            missing = [sub for sub in batch if sub.id not in states]
            if missing:
                conn.execute(
                    deliveries.insert(),
                    [
                        {
                            "issue_number": issue_number,
                            "subscriber_id": sub.id,
                            "email": sub.email,
                            "state": "pending",
                            "attempts": 0,
                            "message_id": message_id(sub),
                            "updated_at": now,
                        }
                        for sub in missing
                    ],
                )
                states.update({sub.id: "pending" for sub in missing if sub.id is not None})
        return states

    def delivery_states(self, issue_number: int, ids: list[int]) -> dict[int, DeliveryState]:
        """Ledger state of these subscribers for an issue (absent: no row yet)."""
        with self.engine.connect() as conn:
            return _delivery_states(conn, issue_number, ids)

    def claim_deliveries(
        self, issue_number: int, ids: list[int], *, states: tuple[str, ...], now: datetime
    ) -> set[int]:
        """Move rows in ``states`` to ``sending`` (before the hand-off); return the ids moved.

        Only subscribers still active are claimed, so an unsubscribe during a send counts.
        The ids returned are exactly the rows this call moved (``UPDATE ... RETURNING``),
        never rows another sender moved, so two senders can never both send one row.
        """
        active = (
            select(subscribers.c.id)
            .where(
                subscribers.c.id == deliveries.c.subscriber_id,
                subscribers.c.status == "active",
            )
            .exists()
        )
        with self.begin() as conn:
            if not conn.dialect.update_returning:  # e.g. SQLite before 3.35
                ids = list(
                    conn.execute(
                        select(deliveries.c.subscriber_id).where(
                            deliveries.c.issue_number == issue_number,
                            deliveries.c.subscriber_id.in_(ids),
                            deliveries.c.state.in_(states),
                        )
                    ).scalars()
                )
            claim = (
                update(deliveries)
                .where(
                    deliveries.c.issue_number == issue_number,
                    deliveries.c.subscriber_id.in_(ids),
                    deliveries.c.state.in_(states),
                    active,
                )
                .values(state="sending", attempts=deliveries.c.attempts + 1, updated_at=now)
            )
            if conn.dialect.update_returning:
                return set(conn.execute(claim.returning(deliveries.c.subscriber_id)).scalars())
            conn.execute(claim)
            moved = conn.execute(
                select(deliveries.c.subscriber_id).where(
                    deliveries.c.issue_number == issue_number,
                    deliveries.c.subscriber_id.in_(ids),
                    deliveries.c.state == "sending",
                )
            ).scalars()
            return set(moved)

    def finish_deliveries(
        self,
        issue_number: int,
        outcomes: Iterable[tuple[int, DeliveryState, str | None]],
        *,
        now: datetime,
    ) -> None:
        """Record the server's answers: (subscriber id, new state, error) for rows in sending."""
        by_state: dict[tuple[str, str | None], list[int]] = {}
        for subscriber_id, state, error in outcomes:
            by_state.setdefault((state, error), []).append(subscriber_id)
        with self.begin() as conn:
            for (new_state, error), ids in by_state.items():
                conn.execute(
                    update(deliveries)
                    .where(
                        deliveries.c.issue_number == issue_number,
                        deliveries.c.subscriber_id.in_(ids),
                        deliveries.c.state == "sending",
                    )
                    .values(state=new_state, last_error=error, updated_at=now)
                )

    def sending_to_uncertain(self, issue_number: int, *, now: datetime) -> int:
        """Turn rows left in ``sending`` by a crashed sender into ``uncertain``; return how many."""
        with self.begin() as conn:
            done = conn.execute(
                update(deliveries)
                .where(deliveries.c.issue_number == issue_number, deliveries.c.state == "sending")
                .values(
                    state="uncertain",
                    last_error="sender stopped between hand-off and answer",
                    updated_at=now,
                )
            )
        return int(done.rowcount)

    def delivery_counts(self, issue_number: int) -> dict[str, int]:
        """How many ledger rows of an issue are in each state."""
        query = (
            select(deliveries.c.state, func.count())
            .where(deliveries.c.issue_number == issue_number)
            .group_by(deliveries.c.state)
        )
        with self.engine.connect() as conn:
            return {state: int(count) for state, count in conn.execute(query)}

    def deliveries(self, issue_number: int) -> list[Delivery]:
        """Every ledger row of an issue, by subscriber id."""
        query = (
            select(deliveries)
            .where(deliveries.c.issue_number == issue_number)
            .order_by(deliveries.c.subscriber_id)
        )
        with self.engine.connect() as conn:
            return [_delivery(row) for row in conn.execute(query).mappings()]


def _delivery_states(conn: Connection, issue_number: int, ids: list[int]) -> dict[int, Any]:
    query = select(deliveries.c.subscriber_id, deliveries.c.state).where(
        deliveries.c.issue_number == issue_number, deliveries.c.subscriber_id.in_(ids)
    )
    return {int(row[0]): row[1] for row in conn.execute(query)}


def _delivery(row: Any) -> Delivery:
    return Delivery(
        issue_number=row["issue_number"],
        subscriber_id=row["subscriber_id"],
        email=row["email"],
        state=row["state"],
        message_id=row["message_id"],
        attempts=row["attempts"],
        last_error=row["last_error"],
        updated_at=row["updated_at"],
    )

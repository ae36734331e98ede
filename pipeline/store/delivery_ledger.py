"""Deliveries: the ledger of one row per issue and subscriber, and its states.

A row goes pending -> sending (claimed, queued for a connection) -> handed over
(``handed_at`` set just before the message goes to the server) -> sent / failed. A row
a crashed sender left in sending becomes uncertain only if it was handed over; one
still queued goes back to pending.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, or_, select, update

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
        self,
        issue_number: int,
        ids: list[int],
        *,
        states: tuple[str, ...],
        now: datetime,
        unpaused_at: datetime | None = None,
    ) -> set[int]:
        """Move rows in ``states`` to ``sending`` (before the hand-off); return the ids moved.

        Only subscribers still active (and not paused at ``unpaused_at``) are claimed, so
        an unsubscribe or a pause during a send counts from the next claim on.
        The ids returned are exactly the rows this call moved (``UPDATE ... RETURNING``),
        never rows another sender moved, so two senders can never both send one row.
        """
        active = _still_wanted(unpaused_at)
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
                .values(
                    state="sending",
                    attempts=deliveries.c.attempts + 1,
                    updated_at=now,
                    handed_at=None,
                )
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

    def mark_handed(self, issue_number: int, ids: list[int], *, now: datetime) -> None:
        """Record that these claimed rows' messages are being handed to the server now.

        Written before the message goes out, so a crash after this line leaves the row
        in doubt, and a crash before it leaves the row plainly unsent.
        """
        with self.begin() as conn:
            conn.execute(
                update(deliveries)
                .where(
                    deliveries.c.issue_number == issue_number,
                    deliveries.c.subscriber_id.in_(ids),
                    deliveries.c.state == "sending",
                )
                .values(handed_at=now)
            )

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
                    .values(
                        state=new_state,
                        last_error=error,
                        updated_at=now,
                        **({"handed_at": None} if new_state == "pending" else {}),
                    )
                )

    def sending_to_uncertain(self, issue_number: int, *, now: datetime) -> int:
        """Settle rows a crashed sender left in ``sending``; return how many are in doubt.

        A row whose message was handed over becomes ``uncertain`` (the server may have
        it); one that was only claimed goes back to ``pending``, to be sent normally.
        """
        left = (deliveries.c.issue_number == issue_number) & (deliveries.c.state == "sending")
        with self.begin() as conn:
            conn.execute(
                update(deliveries)
                .where(left, deliveries.c.handed_at.is_(None))
                .values(state="pending", last_error="sender stopped before hand-off")
            )
            done = conn.execute(
                update(deliveries)
                .where(left)
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


def _still_wanted(unpaused_at: datetime | None) -> Any:
    """The row's subscriber is active (and, given ``unpaused_at``, not paused then)."""
    return (
        select(subscribers.c.id)
        .where(
            subscribers.c.id == deliveries.c.subscriber_id,
            subscribers.c.status == "active",
            *([_unpaused(unpaused_at)] if unpaused_at is not None else []),
        )
        .exists()
    )


def _unpaused(at: datetime) -> Any:
    column = subscribers.c.paused_until
    return or_(column.is_(None), column <= at)


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

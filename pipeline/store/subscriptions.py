"""Subscribers: their rows, the log of every change to them, bounces and pauses.

Every change a subscriber's row goes through is recorded in ``subscriber_events``
in the same transaction, with where it came from.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, or_, select, update

from pipeline.core.models import Subscriber, SubscriberEvent
from pipeline.store.base import StoreBase
from pipeline.store.schema import subscriber_events, subscribers


class SubscribersRepo(StoreBase):
    """Subscribers and their events."""

    def subscriber(self, *, email: str | None = None, id: int | None = None) -> Subscriber | None:
        """The subscriber with this address (any case) or row id, or None."""
        query = select(subscribers).order_by(subscribers.c.id).limit(1)
        if id is not None:
            query = query.where(subscribers.c.id == id)
        else:
            query = query.where(func.lower(subscribers.c.email) == (email or "").lower())
        with self.engine.connect() as conn:
            row = conn.execute(query).mappings().first()
        return None if row is None else _subscriber(row)

    def add_subscriber(self, sub: Subscriber, *, now: datetime, via: str) -> Subscriber:
        """Insert a new subscriber and record the event; return it with its row id."""
        with self.begin() as conn:
            inserted = conn.execute(
                subscribers.insert().values(
                    **_subscriber_row(sub), bounces=0, created_at=now, updated_at=now
                )
            ).inserted_primary_key
            new_id = int(inserted[0]) if inserted else 0
            _log_subscriber(conn, new_id, now=now, action="added", via=via, detail=sub.status)
        return Subscriber(**{**_subscriber_fields(sub), "id": new_id})

    def subscribers_by_address(self, emails: list[str]) -> dict[str, Subscriber]:
        """Subscribers with any of these addresses (any case), keyed by lower-cased address."""
        keys = sorted({email.lower() for email in emails})
        query = select(subscribers).where(func.lower(subscribers.c.email).in_(keys))
        with self.engine.connect() as conn:
            found = [_subscriber(row) for row in conn.execute(query).mappings()]
        return {sub.email.lower(): sub for sub in found}

    def add_subscribers(self, added: list[tuple[Subscriber, str]], *, now: datetime) -> None:
        """Insert many new subscribers in one transaction, each with its event (``via``)."""
        if not added:
            return
        with self.begin() as conn:
            conn.execute(
                subscribers.insert(),
                [
                    {**_subscriber_row(sub), "bounces": 0, "created_at": now, "updated_at": now}
                    for sub, _ in added
                ],
            )
            emails = [sub.email for sub, _ in added]
            query = select(subscribers.c.email, subscribers.c.id).where(
                subscribers.c.email.in_(emails)
            )
            ids = {str(email): int(id_) for email, id_ in conn.execute(query)}
            conn.execute(
                subscriber_events.insert(),
                [
                    {
                        "subscriber_id": ids[sub.email], "at": now, "action": "added",
                        "via": via, "detail": sub.status,
                    }
                    for sub, via in added
                ],
            )  # fmt: skip

    def change_subscriber(
        self, sub: Subscriber, *, now: datetime, action: str, via: str, detail: str | None = None
    ) -> None:
        """Store ``sub``'s fields over its row (by id) and record why."""
        values = {**_subscriber_row(sub), "updated_at": now}
        if sub.status == "active":
            values["bounces"] = 0
        with self.begin() as conn:
            conn.execute(update(subscribers).where(subscribers.c.id == sub.id).values(**values))
            _log_subscriber(conn, sub.id, now=now, action=action, via=via, detail=detail)

    def iter_subscribers(
        self, *, status: str | None = None, batch: int = 500, unpaused_at: datetime | None = None
    ) -> Iterator[list[Subscriber]]:
        """Subscribers in id order, ``batch`` at a time, never all in memory.

        ``unpaused_at`` leaves out whoever paused their mail until after that time.
        """
        after = 0
        while True:
            query = select(subscribers).where(subscribers.c.id > after)
            if status is not None:
                query = query.where(subscribers.c.status == status)
            if unpaused_at is not None:
                query = query.where(_unpaused(unpaused_at))
            query = query.order_by(subscribers.c.id).limit(batch)
            with self.engine.connect() as conn:
                rows = [_subscriber(row) for row in conn.execute(query).mappings()]
            if not rows:
                return
            yield rows
            after = rows[-1].id or 0

    def count_subscribers(
        self, *, status: str | None = None, unpaused_at: datetime | None = None
    ) -> int:
        """How many subscribers there are (with ``status``, not paused at ``unpaused_at``)."""
        query = select(func.count()).select_from(subscribers)
        if status is not None:
            query = query.where(subscribers.c.status == status)
        if unpaused_at is not None:
            query = query.where(_unpaused(unpaused_at))
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def record_bounce(
        self, subscriber_id: int, *, now: datetime, bounce_after: int, detail: str
    ) -> bool:
        """Count a permanent failure; mark the subscriber bounced at ``bounce_after``.

        Returns True when this bounce turned an active subscriber into a bounced one.
        """
        with self.begin() as conn:
            conn.execute(
                update(subscribers)
                .where(subscribers.c.id == subscriber_id)
                .values(bounces=subscribers.c.bounces + 1, updated_at=now)
            )
            _log_subscriber(
                conn, subscriber_id, now=now, action="bounce", via="smtp", detail=detail
            )
            done = conn.execute(
                update(subscribers)
                .where(
                    subscribers.c.id == subscriber_id,
                    subscribers.c.status == "active",
                    subscribers.c.bounces >= bounce_after,
                )
                .values(status="bounced")
            )
            if done.rowcount:
                _log_subscriber(
                    conn, subscriber_id, now=now, action="bounced", via="smtp", detail=detail
                )
        return bool(done.rowcount)

    def log_subscriber_event(
        self, subscriber_id: int, *, now: datetime, action: str, via: str, detail: str | None
    ) -> int:
        """Record an event that changes no field (a confirmation mailed); return its id."""
        with self.begin() as conn:
            return _log_subscriber(
                conn, subscriber_id, now=now, action=action, via=via, detail=detail
            )

    def subscriber_events(self, subscriber_id: int, *, after: int = 0) -> list[SubscriberEvent]:
        """A subscriber's recorded changes with an id above ``after``, oldest first."""
        query = (
            select(subscriber_events)
            .where(
                subscriber_events.c.subscriber_id == subscriber_id,
                subscriber_events.c.id > after,
            )
            .order_by(subscriber_events.c.id)
        )
        with self.engine.connect() as conn:
            return [_subscriber_event(row) for row in conn.execute(query).mappings()]

    def paused_until(self, subscriber_id: int) -> datetime | None:
        """Until when this subscriber's mail is paused (None: not paused)."""
        query = select(subscribers.c.paused_until).where(subscribers.c.id == subscriber_id)
        with self.engine.connect() as conn:
            value: datetime | None = conn.execute(query).scalar_one_or_none()
        return value

    def set_paused(
        self, subscriber_id: int, until: datetime | None, *, now: datetime, via: str, detail: str
    ) -> None:
        """Pause mail until ``until`` (None resumes it) and record why."""
        with self.begin() as conn:
            conn.execute(
                update(subscribers)
                .where(subscribers.c.id == subscriber_id)
                .values(paused_until=until, updated_at=now)
            )
            action = "paused" if until is not None else "resumed"
            _log_subscriber(conn, subscriber_id, now=now, action=action, via=via, detail=detail)


def _subscriber_fields(sub: Subscriber) -> dict[str, Any]:
    return {
        "email": sub.email,
        "name": sub.name,
        "timezone": sub.timezone,
        "genres": sub.genres,
        "status": sub.status,
    }


def _subscriber_row(sub: Subscriber) -> dict[str, Any]:
    return {**_subscriber_fields(sub), "genres": list(sub.genres)}


def _subscriber(row: Any) -> Subscriber:
    return Subscriber(
        id=row["id"],
        email=row["email"],
        name=row["name"],
        timezone=row["timezone"],
        genres=tuple(row["genres"]),
        status=row["status"],
    )


def _log_subscriber(
    conn: Connection,
    subscriber_id: Any,
    *,
    now: datetime,
    action: str,
    via: str,
    detail: str | None,
) -> int:
    inserted = conn.execute(
        subscriber_events.insert().values(
            subscriber_id=subscriber_id, at=now, action=action, via=via, detail=detail
        )
    ).inserted_primary_key
    return int(inserted[0]) if inserted else 0


def _subscriber_event(row: Any) -> SubscriberEvent:
    return SubscriberEvent(
        id=row["id"],
        subscriber_id=row["subscriber_id"],
        at=row["at"],
        action=row["action"],
        via=row["via"] or "",
        detail=row["detail"] or "",
    )


def _unpaused(at: datetime) -> Any:
    column = subscribers.c.paused_until
    return or_(column.is_(None), column <= at)

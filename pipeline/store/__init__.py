"""The database: SQLAlchemy Core tables and the queries each stage needs.

SQLite (WAL mode) by default, any SQLAlchemy URL otherwise (PostgreSQL for larger
installs). The schema is created on first use. Every fetched article version,
every issue and every delivery attempt is kept: nothing here deletes history.

Sections below follow the pipeline: feeds and articles, shows, issues,
subscribers, deliveries, locks and runs.
"""

from __future__ import annotations

import os
import socket
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    DateTime,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    and_,
    create_engine,
    event,
    func,
    inspect,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.engine import Dialect, make_url
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.types import TypeDecorator

from pipeline.core.codec import from_json, to_json
from pipeline.core.errors import StoreError
from pipeline.core.models import (
    Article,
    Delivery,
    DeliveryState,
    FeedState,
    Issue,
    Provenance,
    Show,
    ShowEvent,
    ShowFacts,
    Subscriber,
    SubscriberEvent,
)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out, on every backend."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r} given to the store")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


metadata = MetaData()

# ── feeds and articles ────────────────────────────────────────────────────────

feeds = Table(
    "feeds",
    metadata,
    Column("source_id", String(100), primary_key=True),
    Column("url", Text, nullable=False),
    Column("source_url", Text),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("next_due", UTCDateTime),
    Column("failures", Integer, nullable=False, default=0),
    Column("last_error", Text),
    Column("first_failure_at", UTCDateTime),
    Column("last_success_at", UTCDateTime),
    Column("last_attempt_at", UTCDateTime),
    Column("last_http_status", Integer),
)

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("feed_id", String(100), nullable=False),
    Column("entry_key", Text, nullable=False),
    Column("revision", Integer, nullable=False, default=1),
    Column("current", Boolean, nullable=False, default=True),
    Column("link", Text),
    Column("title", Text),
    Column("author", Text),
    Column("published", UTCDateTime),
    Column("summary", Text, nullable=False, default=""),
    Column("content_html", Text, nullable=False, default=""),
    Column("content_hash", String(64), nullable=False),
    Column("fetched_at", UTCDateTime, nullable=False),
    Column("image_url", Text),
    UniqueConstraint("feed_id", "entry_key", "revision", name="uq_article_revision"),
    Index("ix_articles_current", "feed_id", "entry_key", "current"),
    Index("ix_articles_fetched", "fetched_at"),
)

# ── shows ─────────────────────────────────────────────────────────────────────

shows = Table(
    "shows",
    metadata,
    Column("slug", String(200), primary_key=True),
    Column("title", Text),
    Column("facts", JSON, nullable=False),
    Column("first_seen", UTCDateTime),
    Column("updated_at", UTCDateTime),
    Column("image_url", Text),
)

show_provenance = Table(
    "show_provenance",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("slug", String(200), ForeignKey("shows.slug"), nullable=False, index=True),
    Column("field", String(50), nullable=False),
    Column("value", Text, nullable=False),
    Column("article_id", Integer),
    Column("feed_id", String(100)),
    Column("link", Text),
    Column("seen_at", UTCDateTime),
    Column("confidence", Float, nullable=False, server_default=text("1.0")),  # 0..1
)

show_events = Table(
    "show_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("slug", String(200), ForeignKey("shows.slug"), nullable=False, index=True),
    Column("kind", String(30), nullable=False),
    Column("message", Text, nullable=False),
    Column("at", UTCDateTime, nullable=False, index=True),
    Column("article_id", Integer),
    Column("link", Text),
)

merged_articles = Table(
    "merged_articles",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id"), primary_key=True),
    Column("merged_at", UTCDateTime, nullable=False),
)

# ── issues ────────────────────────────────────────────────────────────────────

issues = Table(
    "issues",
    metadata,
    Column("number", Integer, primary_key=True),
    Column("kind", String(20), nullable=False),  # weekly / special
    Column("subject", Text, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("content", JSON, nullable=False),  # the whole Issue, to render it again identically
)

# ── subscribers ───────────────────────────────────────────────────────────────

subscribers = Table(
    "subscribers",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("email", String(320), nullable=False, unique=True),
    Column("name", Text, nullable=False, default=""),
    Column("timezone", String(64), nullable=False, default="UTC"),
    Column("genres", JSON, nullable=False, default=list),
    Column("status", String(20), nullable=False, default="active"),
    Column("bounces", Integer, nullable=False, default=0),
    Column("paused_until", UTCDateTime),  # no mail before this time (set from the web)
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
)

subscriber_events = Table(
    "subscriber_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("subscriber_id", Integer, ForeignKey("subscribers.id"), nullable=False, index=True),
    Column("at", UTCDateTime, nullable=False),
    Column("action", String(40), nullable=False),
    Column("via", Text),  # csv import, cli, token, web form, bounce
    Column("detail", Text),
)

# ── deliveries ────────────────────────────────────────────────────────────────

deliveries = Table(
    "deliveries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("issue_number", Integer, ForeignKey("issues.number"), nullable=False),
    Column("subscriber_id", Integer, ForeignKey("subscribers.id"), nullable=False),
    Column("email", String(320), nullable=False),
    Column("state", String(20), nullable=False),  # pending/sending/sent/failed/uncertain
    Column("attempts", Integer, nullable=False, default=0),
    Column("message_id", Text, nullable=False),
    Column("last_error", Text),
    Column("updated_at", UTCDateTime, nullable=False),
    UniqueConstraint("issue_number", "subscriber_id", name="uq_delivery"),
    Index("ix_deliveries_state", "issue_number", "state"),
)

# ── locks and runs ────────────────────────────────────────────────────────────

locks = Table(
    "locks",
    metadata,
    Column("name", String(100), primary_key=True),
    Column("holder", Text, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
)

weekly_slots = Table(
    "weekly_slots",
    metadata,
    Column("slot", UTCDateTime, primary_key=True),  # the scheduled send time served
    Column("issue_number", Integer, ForeignKey("issues.number")),  # None: no issue that week
    Column("outcome", Text, nullable=False),  # built / thin week reason / too late reason
    Column("decided_at", UTCDateTime, nullable=False),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(20), nullable=False),  # fetch / run / send
    Column("started_at", UTCDateTime, nullable=False),
    Column("finished_at", UTCDateTime),
    Column("report", JSON, nullable=False),
)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


class Store:
    """A handle on the database; create one per process with ``Store.open(url)``."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str) -> Store:
        """Connect to ``url``, creating the SQLite file's folder and the schema if needed."""
        parsed = make_url(url)
        is_sqlite = parsed.get_backend_name() == "sqlite"
        if is_sqlite and parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        try:
            engine = create_engine(url)
            if is_sqlite:
                event.listen(engine, "connect", _sqlite_pragmas)
            metadata.create_all(engine)
            _add_missing_columns(engine)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open database {parsed.render_as_string()}: {exc}") from exc
        return cls(engine)

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """A transaction: committed when the block ends, rolled back on error."""
        with self.engine.begin() as conn:
            yield conn

    # ── feeds and articles ────────────────────────────────────────────────────

    def feed_states(self) -> dict[str, FeedState]:
        """What is remembered of every feed, by source id."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(feeds)).mappings().all()
        return {row["source_id"]: _feed_state(row) for row in rows}

    def save_feed_state(self, state: FeedState, *, http_status: int | None, now: datetime) -> None:
        """Insert or replace the remembered state of one feed."""
        with self.begin() as conn:
            _save_feed_state(conn, state, http_status=http_status, now=now)

    def save_articles(self, feed_id: str, items: Iterable[Article]) -> tuple[int, int]:
        """Store a feed's entries; return (new, updated).

        An entry seen again with the same content hash is not stored again; one whose
        content changed becomes a new revision and the old one is kept, no longer current.
        """
        items = list(items)
        if not items:
            return 0, 0
        with self.begin() as conn:
            return _save_articles(conn, feed_id, items)

    def save_fetch(
        self,
        state: FeedState,
        items: Iterable[Article],
        *,
        http_status: int | None,
        now: datetime,
    ) -> tuple[int, int]:
        """A feed's entries and its new state in one transaction; return (new, updated).

        Validators (ETag, Last-Modified) are never stored without the articles they vouch for.
        """
        items = list(items)
        with self.begin() as conn:
            counts = _save_articles(conn, state.source_id, items) if items else (0, 0)
            _save_feed_state(conn, state, http_status=http_status, now=now)
        return counts

    def articles(
        self, *, since: datetime | None = None, current_only: bool = True
    ) -> list[Article]:
        """Stored articles, oldest fetch first; ``since`` keeps those fetched at or after it."""
        query = select(articles).order_by(articles.c.fetched_at, articles.c.id)
        if current_only:
            query = query.where(articles.c.current.is_(True))
        if since is not None:
            query = query.where(articles.c.fetched_at >= since)
        with self.engine.connect() as conn:
            return [_article(row) for row in conn.execute(query).mappings()]

    def count_articles(self, *, current_only: bool = False) -> int:
        """How many article versions are stored."""
        query = select(func.count()).select_from(articles)
        if current_only:
            query = query.where(articles.c.current.is_(True))
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    # ── shows ─────────────────────────────────────────────────────────────────

    def save_show(self, show: Show, events: Iterable[ShowEvent] = ()) -> None:
        """Insert or replace a merged show with its provenance, and append its new events."""
        with self.begin() as conn:
            _write_show(conn, show, events)

    def unmerged_articles(self) -> list[Article]:
        """Current article versions that no merge pass has read yet, oldest fetch first."""
        done = select(merged_articles.c.article_id)
        query = (
            select(articles)
            .where(articles.c.current.is_(True), articles.c.id.not_in(done))
            .order_by(articles.c.fetched_at, articles.c.id)
        )
        with self.engine.connect() as conn:
            return [_article(row) for row in conn.execute(query).mappings()]

    def save_merge(
        self,
        changed: Iterable[Show],
        events: Iterable[ShowEvent],
        *,
        article_ids: Iterable[int],
        now: datetime,
    ) -> None:
        """Save a merge pass at once: changed shows, their events, and the articles it read."""
        by_slug: dict[str, list[ShowEvent]] = {}
        for item in events:
            by_slug.setdefault(item.show_slug, []).append(item)
        read = [{"article_id": i, "merged_at": now} for i in article_ids]
        try:
            with self.begin() as conn:
                for show in changed:
                    _write_show(conn, show, by_slug.get(show.slug, ()))
                if read:
                    conn.execute(merged_articles.insert(), read)
        except IntegrityError as exc:
            raise StoreError(
                "another merge pass saved some of these articles first; nothing was saved "
                "by this one, run it again"
            ) from exc

    def shows(self) -> list[Show]:
        """Every merged show with its provenance, by slug."""
        with self.engine.connect() as conn:
            facts_rows = conn.execute(select(shows).order_by(shows.c.slug)).mappings().all()
            prov: dict[str, list[Provenance]] = {}
            for row in conn.execute(
                select(show_provenance).order_by(show_provenance.c.id)
            ).mappings():
                prov.setdefault(row["slug"], []).append(_provenance(row))
        return [
            Show(
                slug=row["slug"],
                facts=from_json(ShowFacts, row["facts"]),
                provenance=tuple(prov.get(row["slug"], ())),
                first_seen=row["first_seen"],
                updated_at=row["updated_at"],
                image_url=row["image_url"],
            )
            for row in facts_rows
        ]

    def show_events(self, *, since: datetime | None = None) -> list[ShowEvent]:
        """Change events in the order they were recorded; ``since`` keeps those at or after it."""
        query = select(show_events).order_by(show_events.c.at, show_events.c.id)
        if since is not None:
            query = query.where(show_events.c.at >= since)
        with self.engine.connect() as conn:
            return [
                ShowEvent(
                    show_slug=row["slug"],
                    kind=row["kind"],
                    message=row["message"],
                    at=row["at"],
                    article_id=row["article_id"],
                    link=row["link"],
                )
                for row in conn.execute(query).mappings()
            ]

    # ── issues ────────────────────────────────────────────────────────────────

    def save_issue(self, issue: Issue) -> None:
        """Store a new issue; its number must not be taken."""
        with self.begin() as conn:
            conn.execute(
                issues.insert().values(
                    number=issue.number,
                    kind=issue.kind,
                    subject=issue.subject,
                    created_at=issue.created_at,
                    content=to_json(issue),
                )
            )

    def issue(self, number: int) -> Issue | None:
        """The stored issue ``number``, or None."""
        with self.engine.connect() as conn:
            content = conn.execute(
                select(issues.c.content).where(issues.c.number == number)
            ).scalar_one_or_none()
        return None if content is None else from_json(Issue, content)

    def latest_issue(self, *, kind: str | None = None) -> Issue | None:
        """The highest-numbered issue (of ``kind``, if given), or None."""
        query = select(issues.c.content).order_by(issues.c.number.desc()).limit(1)
        if kind is not None:
            query = query.where(issues.c.kind == kind)
        with self.engine.connect() as conn:
            content = conn.execute(query).scalar_one_or_none()
        return None if content is None else from_json(Issue, content)

    def all_issues(self) -> list[Issue]:
        """Every stored issue, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(issues.c.content).order_by(issues.c.number)).scalars()
            return [from_json(Issue, content) for content in rows]

    def next_issue_number(self) -> int:
        """One more than the highest issue number so far."""
        with self.engine.connect() as conn:
            highest = conn.execute(select(func.max(issues.c.number))).scalar_one_or_none()
        return (highest or 0) + 1

    # ── subscribers ───────────────────────────────────────────────────────────

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

    # ── deliveries ────────────────────────────────────────────────────────────

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

    # ── locks ─────────────────────────────────────────────────────────────────

    def acquire_lock(self, name: str, holder: str, *, now: datetime, ttl: timedelta) -> str | None:
        """Take ``name`` until ``now + ttl``; None on success, else who holds it.

        A lease that expired (its holder died or stalled) is taken over; the delete of a
        stale lease and the insert run in one transaction, and the primary key makes
        sure only one of two racing processes wins.
        """
        try:
            with self.begin() as conn:
                conn.execute(
                    locks.delete().where(
                        locks.c.name == name,
                        (locks.c.expires_at < now) | (locks.c.holder == holder),
                    )
                )
                conn.execute(locks.insert().values(name=name, holder=holder, expires_at=now + ttl))
        except IntegrityError:
            with self.engine.connect() as conn:
                current = conn.execute(
                    select(locks.c.holder).where(locks.c.name == name)
                ).scalar_one_or_none()
            return current or "another process"
        return None

    def renew_lock(self, name: str, holder: str, *, now: datetime, ttl: timedelta) -> bool:
        """Extend a lease still held by ``holder``; False when it was lost."""
        with self.begin() as conn:
            done = conn.execute(
                update(locks)
                .where(and_(locks.c.name == name, locks.c.holder == holder))
                .values(expires_at=now + ttl)
            )
        return bool(done.rowcount)

    def release_lock(self, name: str, holder: str) -> None:
        """Give a lease back (only if ``holder`` still has it)."""
        with self.begin() as conn:
            conn.execute(locks.delete().where(locks.c.name == name, locks.c.holder == holder))

    # ── weekly slots and runs ──────────────────────────────────────────────────

    def weekly_slot(self, slot: datetime) -> tuple[int | None, str] | None:
        """What was decided for ``slot``: (issue number or None, outcome), or None if nothing."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(weekly_slots.c.issue_number, weekly_slots.c.outcome).where(
                    weekly_slots.c.slot == slot
                )
            ).first()
        return None if row is None else (row.issue_number, row.outcome)

    def record_weekly_slot(
        self, slot: datetime, *, issue_number: int | None, outcome: str, now: datetime
    ) -> None:
        """Remember what ``slot`` got; a slot is decided once (the primary key refuses twice)."""
        with self.begin() as conn:
            conn.execute(
                weekly_slots.insert().values(
                    slot=slot, issue_number=issue_number, outcome=outcome, decided_at=now
                )
            )

    def save_run(self, kind: str, started_at: datetime, finished_at: datetime, report: Any) -> None:
        """Keep one run's report (JSON-ready) for the operator."""
        with self.begin() as conn:
            conn.execute(
                runs.insert().values(
                    kind=kind, started_at=started_at, finished_at=finished_at, report=report
                )
            )

    def recent_runs(self, kind: str, *, limit: int = 10) -> list[dict[str, Any]]:
        """The latest stored reports of ``kind``, newest first."""
        query = (
            select(runs.c.report).where(runs.c.kind == kind).order_by(runs.c.id.desc()).limit(limit)
        )
        with self.engine.connect() as conn:
            return [dict(report) for report in conn.execute(query).scalars()]


class Lease:
    """A named lock in the ``locks`` table, held by this process until released or expired.

    A holder that dies or stalls past ``ttl`` loses it to the next one that asks; a
    holder doing long work renews it. The holder name says which host and process.
    """

    def __init__(self, store: Store, name: str, ttl: timedelta) -> None:
        self.store = store
        self.name = name
        self.ttl = ttl
        self.holder = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.lost = False  # a renewal found it taken over

    def acquire(self, *, wait: float = 0.0, poll: float = 0.5) -> str | None:
        """Take the lease, trying for up to ``wait`` seconds; None, else who holds it."""
        deadline = time.monotonic() + wait
        while (held_by := self._try()) is not None and time.monotonic() < deadline:
            time.sleep(poll)
        return held_by

    def renew(self) -> bool:
        """Extend the lease; False (and ``lost``) when another holder has taken it."""
        if not self.store.renew_lock(self.name, self.holder, now=_utcnow(), ttl=self.ttl):
            self.lost = True
        return not self.lost

    def release(self) -> None:
        """Give the lease back, if this process still holds it."""
        self.store.release_lock(self.name, self.holder)

    def _try(self) -> str | None:
        return self.store.acquire_lock(self.name, self.holder, now=_utcnow(), ttl=self.ttl)


def _utcnow() -> datetime:
    return datetime.now(UTC)


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


# (table, column, type and default) of columns added after databases existed
_ADDED_COLUMNS = (
    ("subscribers", "paused_until", "TIMESTAMP"),
    ("show_provenance", "confidence", "FLOAT NOT NULL DEFAULT 1.0"),
)


def _add_missing_columns(engine: Engine) -> None:
    """Columns added after a database was created (``create_all`` only adds tables)."""
    inspector = inspect(engine)
    for table, column, definition in _ADDED_COLUMNS:
        present = {c["name"] for c in inspector.get_columns(table)}
        if column not in present:
            with engine.begin() as conn:
                conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {column} {definition}"))


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


def _save_feed_state(
    conn: Connection, state: FeedState, *, http_status: int | None, now: datetime
) -> None:
    values = {
        "url": state.url,
        "source_url": state.source_url,
        "etag": state.etag,
        "last_modified": state.last_modified,
        "next_due": state.next_due,
        "failures": state.failures,
        "last_error": state.last_error,
        "first_failure_at": state.first_failure_at,
        "last_success_at": state.last_success_at,
        "last_attempt_at": now,
        "last_http_status": http_status,
    }
    done = conn.execute(update(feeds).where(feeds.c.source_id == state.source_id).values(**values))
    if done.rowcount == 0:
        conn.execute(feeds.insert().values(source_id=state.source_id, **values))


def _save_articles(conn: Connection, feed_id: str, items: list[Article]) -> tuple[int, int]:
    current = select(
        articles.c.id, articles.c.entry_key, articles.c.revision, articles.c.content_hash
    ).where(articles.c.feed_id == feed_id, articles.c.current.is_(True))
    known = {
        row.entry_key: (row.id, row.revision, row.content_hash) for row in conn.execute(current)
    }
    rows: list[dict[str, Any]] = []
    replaced: list[int] = []
    for item in _unique_by_key(items):
        previous = known.get(item.entry_key)
        if previous is None:
            rows.append(_article_row(item, revision=1))
        elif previous[2] != item.content_hash:
            replaced.append(previous[0])
            rows.append(_article_row(item, revision=previous[1] + 1))
    if replaced:
        conn.execute(update(articles).where(articles.c.id.in_(replaced)).values(current=False))
    if rows:
        conn.execute(articles.insert(), rows)
    return len(rows) - len(replaced), len(replaced)


def _unique_by_key(items: list[Article]) -> list[Article]:
    """A feed listing one entry twice keeps the last listed version."""
    return list({item.entry_key: item for item in items}.values())


def _article_row(item: Article, *, revision: int) -> dict[str, Any]:
    return {
        "feed_id": item.feed_id,
        "entry_key": item.entry_key,
        "revision": revision,
        "current": True,
        "link": item.link,
        "title": item.title,
        "author": item.author,
        "published": item.published,
        "summary": item.summary,
        "content_html": item.content_html,
        "content_hash": item.content_hash,
        "fetched_at": item.fetched_at,
        "image_url": item.image_url,
    }


def _article(row: Any) -> Article:
    return Article(
        id=row["id"],
        feed_id=row["feed_id"],
        entry_key=row["entry_key"],
        link=row["link"],
        title=row["title"],
        author=row["author"],
        published=row["published"],
        summary=row["summary"],
        content_html=row["content_html"],
        content_hash=row["content_hash"],
        fetched_at=row["fetched_at"],
        image_url=row["image_url"],
    )


def _feed_state(row: Any) -> FeedState:
    return FeedState(
        source_id=row["source_id"],
        url=row["url"],
        source_url=row["source_url"],
        etag=row["etag"],
        last_modified=row["last_modified"],
        next_due=row["next_due"],
        failures=row["failures"],
        last_error=row["last_error"],
        first_failure_at=row["first_failure_at"],
        last_success_at=row["last_success_at"],
    )


def _write_show(conn: Connection, show: Show, events: Iterable[ShowEvent]) -> None:
    row = {
        "title": show.facts.title,
        "facts": to_json(show.facts),
        "first_seen": show.first_seen,
        "updated_at": show.updated_at,
        "image_url": show.image_url,
    }
    done = conn.execute(update(shows).where(shows.c.slug == show.slug).values(**row))
    if done.rowcount == 0:
        conn.execute(shows.insert().values(slug=show.slug, **row))
    conn.execute(show_provenance.delete().where(show_provenance.c.slug == show.slug))
    if show.provenance:
        conn.execute(
            show_provenance.insert(), [_provenance_row(show.slug, p) for p in show.provenance]
        )
    event_rows = [_event_row(e) for e in events]
    if event_rows:
        conn.execute(show_events.insert(), event_rows)


def _provenance(row: Any) -> Provenance:
    return Provenance(
        field=row["field"],
        value=row["value"],
        article_id=row["article_id"],
        feed_id=row["feed_id"],
        link=row["link"],
        seen_at=row["seen_at"],
        confidence=row["confidence"],
    )


def _provenance_row(slug: str, item: Provenance) -> dict[str, Any]:
    return {
        "slug": slug,
        "field": item.field,
        "value": item.value,
        "article_id": item.article_id,
        "feed_id": item.feed_id,
        "link": item.link,
        "seen_at": item.seen_at,
        "confidence": item.confidence,
    }


def _event_row(event_: ShowEvent) -> dict[str, Any]:
    return {
        "slug": event_.show_slug,
        "kind": event_.kind,
        "message": event_.message,
        "at": event_.at,
        "article_id": event_.article_id,
        "link": event_.link,
    }

"""The schema: every table, its column types and indexes, and how an engine is opened.

The schema is created on first use; columns added after databases existed are added
in place (``_ADDED_COLUMNS``), since ``create_all`` only adds missing tables.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
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
    create_engine,
    event,
    func,
    inspect,
    text,
)
from sqlalchemy.engine import URL, Dialect, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.types import TypeDecorator

from pipeline.core.errors import ConfigError, StoreError


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
    Column("page_image_url", Text),  # og:image of the linked page (full text)
    UniqueConstraint("feed_id", "entry_key", "revision", name="uq_article_revision"),
    Index("ix_articles_current", "feed_id", "entry_key", "current"),
    Index("ix_articles_fetched", "fetched_at"),
)

# Linked article pages (full text) and robots.txt files, by address: what was read,
# the validators for asking again, and why a page could not be used.
article_pages = Table(
    "article_pages",
    metadata,
    Column("url", String(2000), primary_key=True),
    Column("entry_hash", String(64)),  # the entry's content hash the page was read for
    Column("etag", Text),
    Column("last_modified", Text),
    Column("fetched_at", UTCDateTime, nullable=False),
    Column("ok", Boolean, nullable=False),
    Column("error", Text),  # why the page was not used
    Column("retry", Boolean, nullable=False, default=False),  # a passing failure (timeout, 5xx)
    Column("body", Text),  # main text as HTML; for robots.txt, the file
    Column("title", Text),
    Column("image_url", Text),  # og:image
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
    Column("catalog", JSON),  # the linked catalogue entry (CatalogLink), or null
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
# addresses are looked up in any case (``lower(email) = ?``): imports do it per row
SUBSCRIBER_ADDRESS_INDEX = Index("ix_subscribers_email_lower", func.lower(subscribers.c.email))

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
    Column("handed_at", UTCDateTime),  # set before DATA: the server may have the message
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


# ── the season catalogue ──────────────────────────────────────────────────────

catalog_entries = Table(
    "catalog_entries",
    metadata,
    Column("source", String(20), primary_key=True),  # "anilist"
    Column("entry_id", Integer, primary_key=True),  # the catalogue's id
    Column("season", String(20), nullable=False, index=True),  # "Spring 2021"
    Column("entry", JSON, nullable=False),  # the whole CatalogEntry
    Column("fetched_at", UTCDateTime, nullable=False),
)

catalog_refreshes = Table(
    "catalog_refreshes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", String(20), nullable=False),
    Column("season", String(20), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("entries", Integer, nullable=False, default=0),
    Column("requests", Integer, nullable=False, default=0),
    Column("error", Text),  # None: the season was stored whole
    Index("ix_catalog_refreshes_season", "source", "season", "at"),
)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


# (table, column, type and default) of columns added after databases existed
_ADDED_COLUMNS = (
    ("subscribers", "paused_until", "TIMESTAMP"),
    ("show_provenance", "confidence", "FLOAT NOT NULL DEFAULT 1.0"),
    ("articles", "page_image_url", "TEXT"),
    ("shows", "catalog", "JSON"),
    ("deliveries", "handed_at", "TIMESTAMP"),
)


# indexes added after databases existed (``create_all`` only indexes new tables); an
# expression index cannot be reflected, so it is created with IF NOT EXISTS
_ADDED_INDEXES = (
    "CREATE INDEX IF NOT EXISTS ix_subscribers_email_lower ON subscribers (lower(email))",
)


def _add_missing_columns(engine: Engine) -> None:
    """Columns and indexes added after a database was created (``create_all`` adds tables)."""
    with engine.begin() as conn:
        for index in _ADDED_INDEXES:
            conn.execute(text(index))
    inspector = inspect(engine)
    for table, column, definition in _ADDED_COLUMNS:
        present = {c["name"] for c in inspector.get_columns(table)}
        if column not in present:
            with engine.begin() as conn:
                conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {column} {definition}"))


def open_engine(url: str) -> Engine:
    """Connect to ``url``, creating the SQLite file's folder and the schema if needed.

    A URL that cannot be parsed, names an unknown database, or needs a driver that is
    not installed is a ConfigError naming DIGEST_DATABASE_URL (and the extra to install).
    """
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ConfigError(f"DIGEST_DATABASE_URL is not a database URL: {exc}") from exc
    if parsed.drivername == "postgresql":  # SQLAlchemy would pick psycopg2; ours is psycopg 3
        parsed = parsed.set(drivername="postgresql+psycopg")
        url = parsed.render_as_string(hide_password=False)
    is_sqlite = parsed.get_backend_name() == "sqlite"
    if is_sqlite and parsed.database and parsed.database != ":memory:":
        _sqlite_folder(Path(parsed.database))
    engine = _create_engine(url, parsed)
    try:
        if is_sqlite:
            event.listen(engine, "connect", _sqlite_pragmas)
        metadata.create_all(engine)
        _add_missing_columns(engine)
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot open database {parsed.render_as_string()}: {exc}") from exc
    return engine


def _sqlite_folder(database: Path) -> None:
    """Create the database file's folder, but only inside a folder that exists.

    A mistyped path must not leave a trail of new folders: at most one level (such as
    ``$DIGEST_HOME`` itself) is created.
    """
    folder = database.parent
    if folder.is_dir():
        return
    if not folder.parent.is_dir():
        raise ConfigError(
            f"DIGEST_DATABASE_URL: the folder {folder.parent} does not exist; create it "
            f"first (only the database's own folder, {folder.name}, is created for you)"
        )
    try:
        folder.mkdir()
    except OSError as exc:
        raise ConfigError(f"DIGEST_DATABASE_URL: cannot create {folder}: {exc.strerror}") from exc


def _create_engine(url: str, parsed: URL) -> Engine:
    shown = parsed.render_as_string()
    backend = parsed.get_backend_name()
    try:
        return create_engine(url)
    except NoSuchModuleError as exc:
        raise ConfigError(
            f"DIGEST_DATABASE_URL {shown}: unknown database {parsed.drivername!r} "
            "(use sqlite:///PATH or postgresql+psycopg://USER@HOST/NAME)"
        ) from exc
    except ImportError as exc:
        extra = (
            "; install the PostgreSQL extra, pip install 'anime-digest[postgres]', and use "
            "postgresql+psycopg://"
            if backend == "postgresql"
            else ""
        )
        raise ConfigError(
            f"DIGEST_DATABASE_URL {shown}: the driver for {parsed.drivername} is not "
            f"installed ({exc}){extra}"
        ) from exc
    except ArgumentError as exc:
        raise ConfigError(f"DIGEST_DATABASE_URL {shown}: {exc}") from exc

"""Feeds and articles: what is remembered of each feed, and every article version fetched.

An article whose content changed becomes a new revision; the old one is kept, no
longer current.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select, update

from pipeline.core.models import Article, FeedState
from pipeline.store.base import StoreBase
from pipeline.store.schema import articles, feeds


class FeedsRepo(StoreBase):
    """Feed state and articles."""

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
            return [article_record(row) for row in conn.execute(query).mappings()]

    def count_articles(self, *, current_only: bool = False) -> int:
        """How many article versions are stored."""
        query = select(func.count()).select_from(articles)
        if current_only:
            query = query.where(articles.c.current.is_(True))
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())


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
        "page_image_url": item.page_image_url,
    }


def article_record(row: Any) -> Article:
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
        page_image_url=row["page_image_url"],
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

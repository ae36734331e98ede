"""Shows: merged facts with the provenance of each, change events, and merge passes.

A merge pass saves at once the shows it changed, their events, and which articles it
read (``merged_articles``), so the next pass reads only articles it has not seen.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, update
from sqlalchemy.exc import IntegrityError

from pipeline.core.codec import from_json, to_json
from pipeline.core.errors import StoreError
from pipeline.core.models import Article, CatalogLink, Provenance, Show, ShowEvent, ShowFacts
from pipeline.store.base import StoreBase
from pipeline.store.feeds import article_record
from pipeline.store.schema import articles, merged_articles, show_events, show_provenance, shows


class ShowsRepo(StoreBase):
    """Merged shows, their provenance and events, and the merge bookkeeping."""

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
            return [article_record(row) for row in conn.execute(query).mappings()]

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

    def save_links(
        self, changed: Iterable[Show], events: Iterable[ShowEvent], *, absorbed: dict[str, str]
    ) -> None:
        """Save a linking pass: changed shows and their events; ``absorbed`` maps a show
        merged into another (same catalogue entry) to the one kept, whose events it joins."""
        with self.begin() as conn:
            for gone, kept in absorbed.items():
                conn.execute(
                    update(show_events).where(show_events.c.slug == gone).values(slug=kept)
                )
                conn.execute(show_provenance.delete().where(show_provenance.c.slug == gone))
                conn.execute(shows.delete().where(shows.c.slug == gone))
            by_slug: dict[str, list[ShowEvent]] = {}
            for item in events:
                by_slug.setdefault(item.show_slug, []).append(item)
            for show in changed:
                _write_show(conn, show, by_slug.get(show.slug, ()))

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
                catalog=from_json(CatalogLink, row["catalog"]),
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


def _write_show(conn: Connection, show: Show, events: Iterable[ShowEvent]) -> None:
    row = {
        "title": show.facts.title,
        "facts": to_json(show.facts),
        "first_seen": show.first_seen,
        "updated_at": show.updated_at,
        "image_url": show.image_url,
        "catalog": to_json(show.catalog),
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

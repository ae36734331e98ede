"""The season catalogue: entries by source and id, and a record of every refresh.

A refresh replaces a season's entries at once, so a season is either the catalogue's
whole answer or the previous one. Only the seasons the digest shows are kept: the
catalogue's terms forbid mirroring it, so ``prune_catalog`` drops the others.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import select

from pipeline.core.codec import from_json, to_json
from pipeline.core.models import CatalogEntry
from pipeline.store.base import StoreBase
from pipeline.store.schema import catalog_entries, catalog_refreshes


class CatalogRepo(StoreBase):
    """Catalogue entries per season, and when each season was last fetched."""

    def save_catalog(
        self,
        source: str,
        season: str,
        entries: Sequence[CatalogEntry],
        *,
        now: datetime,
        requests: int,
    ) -> None:
        """Replace ``season``'s entries with ``entries`` and record the refresh, at once."""
        rows = [
            {"source": source, "entry_id": e.id, "season": season, "entry": to_json(e)}
            for e in {e.id: e for e in entries}.values()
        ]
        with self.begin() as conn:
            ids = [row["entry_id"] for row in rows]
            conn.execute(
                catalog_entries.delete().where(
                    catalog_entries.c.source == source,
                    (catalog_entries.c.season == season) | catalog_entries.c.entry_id.in_(ids),
                )
            )
            if rows:
                conn.execute(catalog_entries.insert(), [{**r, "fetched_at": now} for r in rows])
            conn.execute(
                catalog_refreshes.insert().values(
                    source=source, season=season, at=now, entries=len(rows), requests=requests
                )
            )

    def record_catalog_failure(
        self, source: str, season: str, error: str, *, now: datetime, requests: int
    ) -> None:
        """Record a refresh that stored nothing, and why."""
        with self.begin() as conn:
            conn.execute(
                catalog_refreshes.insert().values(
                    source=source, season=season, at=now, requests=requests, error=error
                )
            )

    def catalog_fetched_at(self, source: str, season: str) -> datetime | None:
        """When ``season`` was last stored whole, or None."""
        query = (
            select(catalog_refreshes.c.at)
            .where(
                catalog_refreshes.c.source == source,
                catalog_refreshes.c.season == season,
                catalog_refreshes.c.error.is_(None),
            )
            .order_by(catalog_refreshes.c.at.desc())
            .limit(1)
        )
        with self.engine.connect() as conn:
            at: datetime | None = conn.execute(query).scalar_one_or_none()
        return at

    def catalog_entries(
        self, *, season: str | None = None, source: str | None = None
    ) -> list[CatalogEntry]:
        """Stored entries (of ``season`` and ``source`` when given), by season and id."""
        query = select(catalog_entries.c.entry).order_by(
            catalog_entries.c.season, catalog_entries.c.entry_id
        )
        if season is not None:
            query = query.where(catalog_entries.c.season == season)
        if source is not None:
            query = query.where(catalog_entries.c.source == source)
        with self.engine.connect() as conn:
            return [from_json(CatalogEntry, raw) for raw in conn.execute(query).scalars()]

    def catalog_seasons(self) -> list[str]:
        """The seasons that have stored entries."""
        query = select(catalog_entries.c.season).distinct()
        with self.engine.connect() as conn:
            return sorted(conn.execute(query).scalars())

    def prune_catalog(self, source: str, keep: Iterable[str]) -> int:
        """Drop ``source``'s entries of every season not in ``keep``; how many went."""
        wanted = list(keep)
        with self.begin() as conn:
            done = conn.execute(
                catalog_entries.delete().where(
                    catalog_entries.c.source == source, catalog_entries.c.season.not_in(wanted)
                )
            )
        return int(done.rowcount or 0)

"""The stage: fetch a season's lineup from AniList into the store, unless still fresh.

``refresh_catalog`` asks every page of the season, leaves out entries marked adult
(unless ``DIGEST_CATALOG_ADULT``), replaces the season's stored entries at once and
records the refresh. A season fetched less than ``DIGEST_CATALOG_TTL_HOURS`` ago is
not asked again. Only the seasons the digest shows are kept (AniList's terms forbid
mirroring it): the season asked for, the lineup season of ``now`` and the next one.
A failure records the refresh with its reason, keeps the entries stored before, and
raises ``CatalogError`` for the caller to report.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import httpx

from pipeline.catalog import anilist
from pipeline.catalog.client import GraphQLClient
from pipeline.core import logs
from pipeline.core.calendar import Season, lineup_season
from pipeline.core.config import Settings
from pipeline.core.errors import CatalogError
from pipeline.core.models import CatalogEntry
from pipeline.core.reports import CatalogReport
from pipeline.store import Store

MAX_PAGES = 40  # 2000 shows: far more than any season has; a guard against a looping server

log = logs.get(__name__)


def refresh_catalog(
    store: Store,
    settings: Settings,
    *,
    now: datetime,
    season: Season | None = None,
    force: bool = False,
    transport: httpx.BaseTransport | None = None,
    sleep: Callable[[float], None] | None = None,
) -> CatalogReport:
    """Store ``season``'s catalogue (default: the lineup season of ``now``)."""
    lineup = lineup_season(now, lead_weeks=settings.lineup_lead_weeks, zone=settings.zone)
    wanted = season or lineup
    fetched_at = store.catalog_fetched_at(anilist.SOURCE, wanted.label)
    fresh_until = fetched_at + timedelta(hours=settings.catalog_ttl_hours) if fetched_at else None
    if not force and fresh_until is not None and now < fresh_until:
        entries = store.catalog_entries(season=wanted.label, source=anilist.SOURCE)
        return CatalogReport(
            wanted.label, anilist.SOURCE, "cached", entries=len(entries), fetched_at=fetched_at
        )
    client = GraphQLClient(
        settings.anilist_url,
        budget=settings.catalog_wait_seconds,
        timeout=settings.read_timeout,
        transport=transport,
    )
    if sleep is not None:
        client.sleep = sleep
    try:
        found = _all_pages(client, wanted)
    except CatalogError as exc:
        store.record_catalog_failure(
            anilist.SOURCE, wanted.label, str(exc), now=now, requests=client.requests
        )
        log.warning("catalog_failed", season=wanted.label, error=str(exc))
        raise
    kept = [e for e in found if settings.catalog_adult or not e.is_adult]
    store.save_catalog(anilist.SOURCE, wanted.label, kept, now=now, requests=client.requests)
    store.prune_catalog(anilist.SOURCE, {wanted.label, lineup.label, lineup.next().label})
    report = CatalogReport(
        season=wanted.label,
        source=anilist.SOURCE,
        status="fetched",
        entries=len(kept),
        requests=client.requests,
        adult_skipped=len(found) - len(kept),
        waited=client.waited,
        fetched_at=now,
    )
    log.info("catalog_refreshed", season=wanted.label, entries=len(kept), requests=client.requests)
    return report


def _all_pages(client: GraphQLClient, season: Season) -> list[CatalogEntry]:
    entries: list[CatalogEntry] = []
    for page in range(1, MAX_PAGES + 1):
        payload = client.query(anilist.QUERY, anilist.variables(season, page))
        found, has_next = anilist.read_page(payload, season)
        entries.extend(found)
        if not has_next:
            return entries
    raise CatalogError(f"AniList kept announcing more pages after {MAX_PAGES}; stopped there")

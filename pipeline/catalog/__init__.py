"""The season catalogue: AniList's lineup of a season, fetched politely and cached.

``refresh_catalog(store, settings, now=..., season=...)`` stores a season's entries
(``anilist``: the query and how its answer is read; ``client``: one GraphQL request
with the rate limit, Retry-After and backoff obeyed). Nothing else in the pipeline
talks to AniList; the other stages read the stored entries.
"""

from __future__ import annotations

from pipeline.catalog.anilist import SOURCE, synopsis
from pipeline.catalog.refresh import refresh_catalog

ATTRIBUTION = "Season data from AniList"
ATTRIBUTION_URL = "https://anilist.co"

__all__ = ["ATTRIBUTION", "ATTRIBUTION_URL", "SOURCE", "refresh_catalog", "synopsis"]

"""Fetch: download each due feed politely and parse it into ``Article`` records.

``fetch(sources, store, settings, now=...)`` is the stage: conditional GETs with
per-feed backoff (``policy``), bounded downloads (``download``) and feedparser in one
place (``parse``), the linked pages of summary-only entries read for their full text
(``fulltext``, ``robots``, ``pagetext``), every result saved and reported per feed,
never fatal.
"""

from __future__ import annotations

from pipeline.fetch.fetcher import USER_AGENT, fetch, fetch_async

__all__ = ["USER_AGENT", "fetch", "fetch_async"]

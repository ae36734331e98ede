"""Fetch: download each due feed politely and parse it into ``Article`` records.

``fetch(sources, store, settings, now=...)`` is the stage: conditional GETs with
per-feed backoff (``policy``), bounded downloads (``download``) and feedparser in one
place (``parse``), every result saved and reported per feed, never fatal.
"""

from __future__ import annotations

from pipeline.fetch.fetcher import fetch, fetch_async

__all__ = ["fetch", "fetch_async"]

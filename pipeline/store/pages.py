"""Linked article pages and robots.txt files: what was read, by address.

The fetch stage keeps each page's validators and extracted text here, so an entry
seen again unchanged is completed from the store without asking the site again.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, select

from pipeline.core.models import PageState
from pipeline.store.base import StoreBase
from pipeline.store.schema import article_pages

_FIELDS = (
    "entry_hash",
    "etag",
    "last_modified",
    "fetched_at",
    "ok",
    "error",
    "retry",
    "body",
    "title",
    "image_url",
)


class PagesRepo(StoreBase):
    """Article pages and robots.txt files."""

    def page_states(self, urls: Iterable[str]) -> dict[str, PageState]:
        """What is remembered of each of ``urls`` (unknown ones are left out)."""
        wanted = sorted(set(urls))
        found: dict[str, PageState] = {}
        with self.engine.connect() as conn:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                query = select(article_pages).where(article_pages.c.url.in_(chunk))
                for row in conn.execute(query).mappings():
                    found[row["url"]] = _page_state(row)
        return found

    def save_page_states(self, states: Iterable[PageState]) -> None:
        """Insert or replace the remembered state of each page (the last one per address)."""
        latest = {state.url: state for state in states}
        rows = [
            {"url": s.url, **{name: getattr(s, name) for name in _FIELDS}} for s in latest.values()
        ]
        if not rows:
            return
        with self.begin() as conn:
            urls = [row["url"] for row in rows]
            conn.execute(delete(article_pages).where(article_pages.c.url.in_(urls)))
            conn.execute(article_pages.insert(), rows)


def _page_state(row: Any) -> PageState:
    return PageState(url=row["url"], **{name: row[name] for name in _FIELDS})

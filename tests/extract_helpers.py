"""Building articles for extractor tests from text the tests write themselves."""

from __future__ import annotations

from datetime import UTC, datetime

from pipeline.core.models import Article, ShowFacts
from pipeline.extract import extract

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def article(
    content: str,
    *,
    title: str | None = None,
    published: str | None = "2025-03-01",
    link: str = "https://news.example/item",
) -> Article:
    """An article as fetch would store it."""
    when = datetime.fromisoformat(published).replace(tzinfo=UTC) if published else None
    return Article(
        feed_id="test",
        entry_key="k",
        link=link,
        title=title,
        author=None,
        published=when,
        summary="",
        content_html=content,
        content_hash="h",
        fetched_at=NOW,
    )


def shows(
    content: str, *, title: str | None = None, published: str | None = "2025-03-01"
) -> list[ShowFacts]:
    """The facts of every show extracted from ``content``."""
    return [m.facts for m in extract(article(content, title=title, published=published))]


def one(
    content: str, *, title: str | None = None, published: str | None = "2025-03-01"
) -> ShowFacts:
    """The facts of the single show extracted from ``content``."""
    found = shows(content, title=title, published=published)
    assert len(found) == 1, [f.title for f in found]
    return found[0]

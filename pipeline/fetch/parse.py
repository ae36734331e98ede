"""Feed documents to ``Article`` records: the one module that imports feedparser.

``parse_feed`` is pure (bytes in, records out) and picklable, so ``fetch`` runs it in
worker processes while the network is awaited. feedparser is imported on first use,
which keeps the command's start-up fast.

Entry identity within a feed: the entry's guid (``<guid>`` / ``<id>``), else its link,
else a sha256 of its title and content. Text is stored as the feed gave it (HTML is
not sanitised here): every place that shows it escapes or sanitises it. Relative URLs
inside content HTML are kept as written (resolve them against ``Article.link``); the
entry's own link is made absolute against the feed's URL.
"""

from __future__ import annotations

import calendar
import hashlib
import io
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

from pipeline.core.errors import SourceError
from pipeline.core.models import Article
from pipeline.core.text import LINE_LIMIT


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """What one feed document held."""

    articles: tuple[Article, ...]  # every entry, in feed order
    warning: str | None = None  # parser complaint when entries could still be read


def parse_feed(
    feed_id: str, body: bytes, *, url: str, content_type: str | None, fetched_at: datetime
) -> ParsedFeed:
    """Parse ``body``; raise SourceError when it holds no readable feed."""
    parsed = _feedparser_parse(body, url=url, content_type=content_type)
    entries = parsed.get("entries") or []
    problem = _bozo_reason(parsed)
    if problem and not entries:
        raise SourceError(f"not a readable feed: {problem}")
    if not entries and not parsed.get("version"):
        raise SourceError("not a feed: no RSS or Atom document found")
    articles = tuple(_article(feed_id, entry, url, fetched_at) for entry in entries)
    return ParsedFeed(articles=articles, warning=problem)


def warm_up_parser() -> None:
    """Import feedparser now (a worker process calls this as it starts)."""
    import feedparser  # noqa: F401


def _feedparser_parse(body: bytes, *, url: str, content_type: str | None) -> Any:
    import feedparser  # imported here only: start-up stays fast

    # No content-location: feedparser would resolve relative guids against it, and an
    # entry's identity must not change when its feed moves. Links are joined below.
    headers = {}
    if content_type:
        headers["content-type"] = content_type
    try:
        # A stream, never bytes or str: feedparser would treat those as a path or URL.
        return feedparser.parse(
            io.BytesIO(body),
            response_headers=headers,
            sanitize_html=False,  # stored as given; sanitised wherever it is shown
            resolve_relative_uris=False,  # kept as written (would double the parsing time)
        )
    except Exception as exc:  # feedparser's own failures, whatever their class
        raise SourceError(f"feed parser failed: {type(exc).__name__}: {exc}") from exc


def _bozo_reason(parsed: Any) -> str | None:
    if not parsed.get("bozo"):
        return None
    exc = parsed.get("bozo_exception")
    text = str(exc).strip() if exc is not None else "malformed document"
    return _clean(text)[:300] or "malformed document"


def _article(feed_id: str, entry: Any, url: str, fetched_at: datetime) -> Article:
    title = _line(entry.get("title"))
    summary = _clean(entry.get("summary") or "")
    content = _content_html(entry) or summary
    link = _text(entry.get("link"))
    link = urljoin(url, link) if link else None
    return Article(
        feed_id=feed_id,
        entry_key=_entry_key(entry, link, title, content),
        link=link,
        title=title,
        author=_line(entry.get("author")),
        published=_published(entry),
        summary=summary,
        content_html=content,
        content_hash=_digest(title or "", summary, content),
        fetched_at=fetched_at,
        image_url=_image_url(entry),
    )


def _entry_key(entry: Any, link: str | None, title: str | None, content: str) -> str:
    guid = _text(entry.get("id"))
    if guid:
        return guid
    if link:
        return link
    return "sha256:" + _digest(title or "", content)


def _content_html(entry: Any) -> str:
    """content:encoded / Atom content, preferring an HTML part."""
    parts = entry.get("content") or []
    html = [p for p in parts if "html" in (p.get("type") or "")]
    chosen = (html or parts or [None])[0]
    return _clean(chosen.get("value") or "") if chosen else ""


def _published(entry: Any) -> datetime | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if not stamp:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(stamp), UTC)
    except (TypeError, ValueError, OverflowError):
        return None


def _image_url(entry: Any) -> str | None:
    for media in (entry.get("media_content") or []) + (entry.get("media_thumbnail") or []):
        kind = media.get("medium") or media.get("type") or "image"
        if media.get("url") and kind.startswith("image"):
            return _text(media["url"])
    for link in entry.get("links") or []:
        if link.get("rel") == "enclosure" and (link.get("type") or "").startswith("image/"):
            return _text(link.get("href"))
    return None


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return _clean(value).strip() or None


def _line(value: object) -> str | None:
    """A single-line field for people (title, author), cut to ``LINE_LIMIT`` characters."""
    if not isinstance(value, str):
        return None
    return _text(" ".join(value[: LINE_LIMIT * 4].split())[:LINE_LIMIT])


def _clean(value: str) -> str:
    """NUL bytes are refused by some databases and never meaningful in a feed."""
    return value.replace("\x00", "")

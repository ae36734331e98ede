"""Article files for ``anime-digest extract``: feed-item JSON, plain text, or HTML.

- ``.json``: ``{"title", "published", "link", "content"}``, content as text or HTML,
  published as ``YYYY-MM-DD`` (or a full ISO time) or null.
- ``.txt``: the headline on the first line, a blank line, then the body.
- ``.html``: the page's ``<title>`` (or first ``<h1>``) is the headline, the page the body.

Anything unreadable raises ``ExtractError`` naming the file and what is wrong.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipeline.core.errors import ExtractError
from pipeline.core.models import Article

HTML_HEADLINE = re.compile(r"<(title|h1)\b[^>]*>(?P<t>.*?)</\1>", re.I | re.S)
TAGS = re.compile(r"<[^>]+>")


def article_from_file(path: Path, *, now: datetime) -> Article:
    """The article stored in ``path``; ``now`` is its fetch time."""
    text = _read(path)
    suffix = path.suffix.lower()
    if suffix == ".json":
        title, published, link, content = _from_json(path, text)
    elif suffix in (".txt", ".text", ".md"):
        title, body = _from_text(text)
        published, link, content = None, None, body
    elif suffix in (".html", ".htm"):
        title, published, link, content = _headline_of_html(text), None, None, text
    else:
        raise ExtractError(f"{path}: unsupported file type '{suffix}' (use .json, .txt or .html)")
    return _article(path, title, published, link, content, now)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ExtractError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise ExtractError(f"{path}: not UTF-8 text ({exc.reason})") from exc


def _from_json(path: Path, text: str) -> tuple[str | None, datetime | None, str | None, str]:
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExtractError(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    if not isinstance(data, dict):
        raise ExtractError(f"{path}: expected a JSON object with title, published, link, content")
    content = data.get("content")
    if not isinstance(content, str):
        raise ExtractError(f"{path}: 'content' must be a string")
    return (
        _optional_text(path, data, "title"),
        _published(path, data.get("published")),
        _optional_text(path, data, "link"),
        content,
    )


def _optional_text(path: Path, data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise ExtractError(f"{path}: '{key}' must be a string or null")
    return value or None


def _published(path: Path, value: object) -> datetime | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ExtractError(f"{path}: 'published' must be a YYYY-MM-DD string or null")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise ExtractError(f"{path}: 'published' is not a date: {value!r}") from exc
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _from_text(text: str) -> tuple[str | None, str]:
    head, _, body = text.replace("\r\n", "\n").partition("\n")
    return (head.strip() or None), body.strip("\n")


def _headline_of_html(text: str) -> str | None:
    match = HTML_HEADLINE.search(text)
    if not match:
        return None
    return html.unescape(TAGS.sub("", match.group("t"))).strip() or None


def _article(
    path: Path,
    title: str | None,
    published: datetime | None,
    link: str | None,
    content: str,
    now: datetime,
) -> Article:
    digest = hashlib.sha256(f"{title or ''}\n{content}".encode()).hexdigest()
    return Article(
        feed_id="file",
        entry_key=path.name,
        link=link,
        title=title,
        author=None,
        published=published,
        summary="",
        content_html=content,
        content_hash=digest,
        fetched_at=now,
    )

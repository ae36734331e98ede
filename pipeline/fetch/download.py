"""The transport half of the fetch stage: one feed document over HTTP(S) or from disk.

``download`` asks conditionally (If-None-Match / If-Modified-Since), streams the body
and stops at the size cap, and turns every transport failure into a ``SourceError``
with a human reason. HTTP error statuses are not raised: they come back as a
``Download`` with ``http_status`` set and no body, so the caller decides what they
mean. ``file://`` URLs are read from disk, with the file's modification time and size
as the validator, so an unchanged local feed is "not modified" like a 304.
"""

from __future__ import annotations

import asyncio
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import httpx

from pipeline.core.errors import SourceError
from pipeline.core.models import FeedState
from pipeline.fetch import policy as fetch_policy

PERMANENT_REDIRECTS = frozenset({301, 308})
ACCEPTED_ENCODINGS = "gzip, deflate"  # the ones inflated here, bounded by the size cap
LOCAL_TYPE = "application/xml"  # local files: the XML declaration names the encoding


@dataclass(frozen=True, slots=True)
class Download:
    """What one request for a feed brought back."""

    http_status: int | None  # final HTTP status; None for a local file
    body: bytes | None  # the document; None for "not modified" and error statuses
    url: str  # address finally answered (after redirects)
    moved_to: str | None = None  # set when every redirect on the way was permanent
    content_type: str | None = None  # Content-Type header, for the declared charset
    etag: str | None = None  # validator to send next time
    last_modified: str | None = None  # validator to send next time
    retry_after: timedelta | None = None  # Retry-After on 429 / 503
    fresh_for: timedelta | None = None  # Cache-Control max-age / Expires

    @property
    def not_modified(self) -> bool:
        """True for a 304, or an unchanged local file."""
        return self.body is None and (self.http_status is None or self.http_status == 304)


async def download(
    client: httpx.AsyncClient, state: FeedState, *, max_bytes: int, now: datetime
) -> Download:
    """Fetch ``state.url`` once; raise SourceError for anything but an HTTP answer."""
    if urlparse(state.url).scheme == "file":
        return await asyncio.to_thread(_read_file, state, max_bytes)
    try:
        return await _get(client, state, max_bytes=max_bytes, now=now)
    except httpx.HTTPError as exc:
        raise SourceError(_describe(exc)) from exc


async def _get(
    client: httpx.AsyncClient, state: FeedState, *, max_bytes: int, now: datetime
) -> Download:
    headers = {**_conditional(state), "Accept-Encoding": ACCEPTED_ENCODINGS}
    async with client.stream("GET", state.url, headers=headers) as response:
        status = response.status_code
        body = await _read_capped(response, max_bytes) if status == 200 else None
        return _download(response, body, now)


def _download(response: httpx.Response, body: bytes | None, now: datetime) -> Download:
    headers = response.headers
    history = response.history
    permanent = bool(history) and all(r.status_code in PERMANENT_REDIRECTS for r in history)
    return Download(
        http_status=response.status_code,
        body=body,
        url=str(response.url),
        moved_to=str(response.url) if permanent else None,
        content_type=headers.get("content-type"),
        etag=headers.get("etag"),
        last_modified=headers.get("last-modified"),
        retry_after=fetch_policy.retry_after(headers.get("retry-after"), now),
        fresh_for=fetch_policy.freshness(
            headers.get("cache-control"), headers.get("expires"), headers.get("date"), now
        ),
    )


def _conditional(state: FeedState) -> dict[str, str]:
    headers: dict[str, str] = {}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    return headers


async def _read_capped(response: httpx.Response, max_bytes: int) -> bytes:
    """The decoded body, refused as soon as it grows past ``max_bytes``.

    Compressed bodies are inflated here, from the raw bytes, never more than the room
    left under the cap at a time (``max_length``), so a gzip bomb costs at most the
    cap in memory however far it would expand.
    """
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise SourceError(f"response too large: {declared} bytes (limit {max_bytes})")
    if response.is_stream_consumed:  # an injected client that read it already: decoded
        if len(response.content) > max_bytes:
            raise SourceError(f"response too large: over {max_bytes} bytes")
        return response.content
    inflater = _inflater(response.headers.get("content-encoding", ""))
    body = bytearray()
    async for raw in response.aiter_raw():
        if inflater is None:
            body += raw
        else:
            _inflate(inflater, raw, body, max_bytes)
        if len(body) > max_bytes:
            raise SourceError(f"response too large: over {max_bytes} bytes")
    return bytes(body)


def _inflater(encoding: str) -> Any:
    """A zlib decompressor for the Content-Encoding (None: not compressed)."""
    name = encoding.strip().lower()
    if name in {"", "identity"}:
        return None
    if name in {"gzip", "x-gzip", "deflate"}:
        return zlib.decompressobj(zlib.MAX_WBITS | 32)  # gzip or zlib header, told apart
    raise SourceError(f"unsupported Content-Encoding {encoding[:40]!r}")


def _inflate(inflater: Any, data: bytes, body: bytearray, max_bytes: int) -> None:
    """Append ``data`` inflated to ``body``, stopping once past ``max_bytes``."""
    try:
        while data and len(body) <= max_bytes:
            body += inflater.decompress(data, max_bytes + 1 - len(body))
            data = inflater.unconsumed_tail
    except zlib.error as exc:
        raise SourceError(f"cannot decode the compressed response: {exc}") from exc


def _read_file(state: FeedState, max_bytes: int) -> Download:
    path = Path(unquote(urlparse(state.url).path))
    try:
        info = path.stat()
        validator = f'"file-{info.st_mtime_ns}-{info.st_size}"'
        if validator == state.etag:
            return Download(http_status=None, body=None, url=state.url, etag=validator)
        if info.st_size > max_bytes:
            raise SourceError(f"file too large: {info.st_size} bytes (limit {max_bytes})")
        body = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return Download(
        http_status=None, body=body, url=state.url, etag=validator, content_type=LOCAL_TYPE
    )


def _describe(exc: httpx.HTTPError) -> str:
    """A short human reason for a transport failure."""
    if isinstance(exc, httpx.ConnectTimeout):
        return "timed out connecting"
    if isinstance(exc, httpx.TimeoutException):
        return "timed out waiting for the server"
    if isinstance(exc, httpx.ConnectError):
        return f"cannot connect: {exc}"
    if isinstance(exc, httpx.RemoteProtocolError):
        return f"connection broken: {exc}"
    if isinstance(exc, httpx.DecodingError):
        return f"cannot decode the compressed response: {exc}"
    if isinstance(exc, httpx.TooManyRedirects):
        return "too many redirects"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__

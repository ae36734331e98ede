"""A real HTTP server on 127.0.0.1 that serves feed files and every kind of bad answer.

Routes (``NAME`` is a file in the served folder):

    /feeds/NAME           200 with ETag and Last-Modified; 304 when the request matches them
    /feeds/NAME?type=T    the same, with Content-Type T (e.g. a declared charset)
    /cached/NAME          200 with Cache-Control: max-age=7200
    /gzip/NAME            the file gzip-compressed, Content-Encoding: gzip
    /bomb/ENCODING        20 MB of zeros squeezed to about 20 KB (gzip or deflate)
    /moved/CODE/NAME      a CODE redirect (301, 302, 307, 308) to /feeds/NAME
    /status/CODE          an empty answer with that status (404, 410, 500, 503...)
    /ratelimit            429 with Retry-After: 3600
    /slow                 waits (up to SLOW_SECONDS, or until the server stops) before answering
    /truncated/NAME       announces the whole file, sends half of it, closes the connection
    /big                  an endless-looking stream of bytes (stops after BIG_BYTES)
    /hold/NAME            /feeds/NAME after a short pause; counts requests in flight at once

Every request is recorded (path and headers) so tests can check what the client sent.
"""

from __future__ import annotations

import gzip
import hashlib
import threading
import zlib
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

LAST_MODIFIED = "Wed, 31 Mar 2021 09:00:00 GMT"
SLOW_SECONDS = 5.0
BIG_BYTES = 4 * 1024 * 1024
HOLD_SECONDS = 0.05


@dataclass
class Seen:
    """One request as the server received it."""

    path: str
    headers: dict[str, str]


@dataclass
class FeedServer:
    """Serves ``root`` on an ephemeral port until ``stop``."""

    root: Path
    requests: list[Seen] = field(default_factory=list)
    stopping: threading.Event = field(default_factory=threading.Event)
    httpd: ThreadingHTTPServer | None = None
    thread: threading.Thread | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)
    in_flight: int = 0
    most_in_flight: int = 0

    def start(self) -> FeedServer:
        server = self

        class Handler(_Handler):
            owner = server

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        assert self.httpd is not None and self.thread is not None
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=10)

    def url(self, path: str) -> str:
        assert self.httpd is not None
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def seen(self, prefix: str) -> list[Seen]:
        return [r for r in self.requests if r.path.startswith(prefix)]


class _Handler(BaseHTTPRequestHandler):
    owner: FeedServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet: tests read self.owner.requests instead

    def do_GET(self) -> None:
        self.owner.requests.append(Seen(self.path, {k.lower(): v for k, v in self.headers.items()}))
        parts = urlsplit(self.path)
        route, _, rest = parts.path.lstrip("/").partition("/")
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        try:
            getattr(self, f"route_{route}", self.route_missing)(rest, query)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (timeouts, size cap)

    # ── routes ───────────────────────────────────────────────────────────────

    def route_feeds(self, name: str, query: dict[str, str], extra: dict[str, str] | None = None):
        body = self.file(name)
        if body is None:
            return self.answer(404)
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        headers = {"ETag": etag, "Last-Modified": LAST_MODIFIED, **(extra or {})}
        if self.headers.get("If-None-Match") == etag:
            return self.answer(304, headers=headers)
        ctype = query.get("type", "application/rss+xml")
        self.answer(200, body, headers={"Content-Type": ctype, **headers})

    def route_cached(self, name: str, query: dict[str, str]) -> None:
        self.route_feeds(name, query, {"Cache-Control": "public, max-age=7200"})

    def route_gzip(self, name: str, query: dict[str, str]) -> None:
        body = self.file(name)
        if body is None:
            return self.answer(404)
        headers = {"Content-Type": "application/rss+xml", "Content-Encoding": "gzip"}
        self.answer(200, gzip.compress(body), headers=headers)

    def route_bomb(self, encoding: str, query: dict[str, str]) -> None:
        packer = zlib.compressobj(9, wbits=31 if encoding == "gzip" else 15)
        body = b"".join(packer.compress(bytes(1 << 20)) for _ in range(20)) + packer.flush()
        headers = {"Content-Type": "application/rss+xml", "Content-Encoding": encoding}
        self.answer(200, body, headers=headers)

    def route_moved(self, rest: str, query: dict[str, str]) -> None:
        code, _, name = rest.partition("/")
        self.answer(int(code), headers={"Location": self.owner.url(f"/feeds/{name}")})

    def route_status(self, code: str, query: dict[str, str]) -> None:
        self.answer(int(code), b"<html><body>no feed here</body></html>")

    def route_ratelimit(self, _rest: str, query: dict[str, str]) -> None:
        self.answer(429, b"slow down", headers={"Retry-After": "3600"})

    def route_slow(self, _rest: str, query: dict[str, str]) -> None:
        self.owner.stopping.wait(SLOW_SECONDS)
        self.answer(200, b"<rss version='2.0'><channel></channel></rss>")

    def route_truncated(self, name: str, query: dict[str, str]) -> None:
        body = self.file(name) or b""
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body[: len(body) // 2])
        self.wfile.flush()
        self.close_connection = True

    def route_big(self, _rest: str, query: dict[str, str]) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Connection", "close")
        self.end_headers()
        chunk = b"<rss>" + b" " * 65531
        for _ in range(BIG_BYTES // len(chunk)):
            if self.owner.stopping.is_set():
                break
            self.wfile.write(chunk)
        self.close_connection = True

    def route_hold(self, name: str, query: dict[str, str]) -> None:
        owner = self.owner
        with owner.lock:
            owner.in_flight += 1
            owner.most_in_flight = max(owner.most_in_flight, owner.in_flight)
        owner.stopping.wait(HOLD_SECONDS)
        with owner.lock:
            owner.in_flight -= 1
        self.route_feeds(name, query)

    def route_missing(self, _rest: str, query: dict[str, str]) -> None:
        self.answer(404)

    # ── helpers ──────────────────────────────────────────────────────────────

    def file(self, name: str) -> bytes | None:
        path = (self.owner.root / name).resolve()
        if self.owner.root.resolve() not in path.parents or not path.is_file():
            return None
        return path.read_bytes()

    def answer(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None):
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if status != 304:
            self.wfile.write(body)

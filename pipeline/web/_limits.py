"""Abuse limits: token buckets, a request body cap and security headers.

The buckets live in memory, per process: run one ``serve`` process (or accept that
each process counts on its own). They forget keys that have refilled completely, so
memory stays bounded by the traffic of one refill period.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


@dataclass(frozen=True, slots=True)
class Rate:
    """A token bucket's shape: ``burst`` at once, then ``per_hour`` refilled evenly."""

    burst: int  # requests allowed at once
    per_hour: float  # refill rate


@dataclass(frozen=True, slots=True)
class WebLimits:
    """The web app's abuse limits."""

    subscribe_per_ip: Rate = Rate(burst=10, per_hour=30)  # subscribe form posts per client
    mails_per_address: Rate = Rate(burst=3, per_hour=3)  # confirmation mails per address
    confirm_per_ip: Rate = Rate(burst=30, per_hour=120)  # confirm link visits per client
    max_body: int = 16 * 1024  # bytes a request body may have (413 above)


@dataclass
class Buckets:
    """Token buckets keyed by client address or email address."""

    rate: Rate
    levels: dict[str, tuple[float, float]] = field(default_factory=dict)  # key: (tokens, at)

    def take(self, key: str, now: float) -> bool:
        """Spend one token of ``key``'s bucket at time ``now`` (seconds); False if empty."""
        tokens, at = self.levels.get(key, (float(self.rate.burst), now))
        refill = max(now - at, 0.0) * self.rate.per_hour / 3600
        tokens = min(float(self.rate.burst), tokens + refill)
        if tokens < 1:
            self.levels[key] = (tokens, now)
            return False
        self.levels[key] = (tokens - 1, now)
        self._forget_full(now)
        return True

    def _forget_full(self, now: float) -> None:
        if len(self.levels) < 10_000:
            return
        full_after = self.rate.burst * 3600 / max(self.rate.per_hour, 1e-9)
        self.levels = {k: v for k, v in self.levels.items() if now - v[1] < full_after}


class SecurityHeaders:
    """Adds the strict security headers to every response.

    A path with a NUL byte (``%00``) is answered 400 here, before any route or file
    lookup could fail on it, so even that answer carries the headers.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
            await send(message)

        if "\x00" in scope.get("path", ""):
            await _plain(send_with_headers, 400, b"Bad request: NUL byte in the path.\n")
            return
        await self.app(scope, receive, send_with_headers)


class _TooLarge(Exception):
    """The body grew past the cap while being read."""


class BodyLimit:
    """Answers 413 to a request whose body is (or turns out to be) larger than ``limit``."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"0")
        if not declared.isdigit() or int(declared) > self.limit:
            await _too_large(send)
            return
        seen = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise _TooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge:
            if not started:
                await _too_large(send)


async def _too_large(send: Send) -> None:
    await _plain(send, 413, b"Request body too large.\n")


async def _plain(send: Send, status: int, body: bytes) -> None:
    """A short plain-text answer that closes the connection."""
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})

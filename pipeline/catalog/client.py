"""One GraphQL POST at a time, as a good citizen of a rate-limited public API.

AniList counts requests per minute per address (documented as 90, served as 30 for a
long time) and says so in ``X-RateLimit-Limit`` and ``X-RateLimit-Remaining`` on every
answer. Over the limit it answers 429 with ``Retry-After`` (seconds) and
``X-RateLimit-Reset`` (a Unix time), and a body whose ``errors`` array holds
``{"message": "Too Many Requests.", "status": 429}``. This client:

- waits ``Retry-After`` on a 429 and asks again;
- when ``X-RateLimit-Remaining`` reaches 0, waits for the reset before the next request;
- backs off exponentially (1 s, 2 s, 4 s) on a 5xx or a lost connection;
- never waits more than ``budget`` seconds in all: past it, ``CatalogError`` says why.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from pipeline.core.errors import CatalogError

RETRIES = 3  # further tries after a 5xx or a lost connection
BACKOFF = 1.0  # seconds before the first retry; doubled each time
DEFAULT_WAIT = 60.0  # seconds to wait on a 429 that gives no Retry-After (AniList's window)
TOO_MANY = "AniList answered 429 Too Many Requests"
USER_AGENT = "anime-digest (+https://github.com/anime-digest/anime-digest)"

Sleep = Callable[[float], None]


@dataclass
class GraphQLClient:
    """POSTs queries to ``url``; counts requests and the seconds spent waiting."""

    url: str
    budget: float  # seconds this client may spend waiting, in all
    timeout: float = 30.0
    transport: httpx.BaseTransport | None = None  # tests may hand in their own
    sleep: Sleep = time.sleep
    clock: Callable[[], float] = time.time
    requests: int = 0
    waited: float = 0.0
    _ready_at: float = field(default=0.0, repr=False)  # no request before this Unix time

    def query(self, query: str, variables: dict[str, Any]) -> object:
        """The decoded JSON answer to ``query``; CatalogError when none could be had."""
        body = {"query": query, "variables": variables}
        headers = {"Accept": "application/json", "User-Agent": USER_AGENT}
        with httpx.Client(timeout=self.timeout, transport=self.transport) as http:
            for attempt in range(RETRIES + 1):
                self._wait(self._ready_at - self.clock(), "no AniList requests left this minute")
                response = self._post(http, body, headers, attempt)
                if response is None:
                    continue
                if response.status_code == 429:
                    self._wait(self._retry_after(response), TOO_MANY)
                    self._ready_at = 0.0
                    continue
                self._note_limit(response)
                if response.status_code >= 500:
                    self._back_off(attempt, f"AniList answered {response.status_code}")
                    continue
                return _decoded(response)
        raise CatalogError(f"AniList could not be read after {RETRIES + 1} tries")

    def _post(
        self, http: httpx.Client, body: dict[str, Any], headers: dict[str, str], attempt: int
    ) -> httpx.Response | None:
        self.requests += 1
        try:
            return http.post(self.url, json=body, headers=headers)
        except httpx.HTTPError as exc:
            reason = f"cannot reach AniList at {self.url}: {type(exc).__name__} {exc}".strip()
            self._back_off(attempt, reason)
            return None

    def _back_off(self, attempt: int, reason: str) -> None:
        if attempt >= RETRIES:
            raise CatalogError(f"{reason} (tried {attempt + 1} times)")
        self._wait(BACKOFF * 2**attempt, reason)

    def _note_limit(self, response: httpx.Response) -> None:
        """Remember to wait for the reset when the answer says no request is left."""
        remaining = _number(response.headers.get("X-RateLimit-Remaining"))
        if remaining is not None and remaining <= 0:
            reset = _number(response.headers.get("X-RateLimit-Reset"))
            self._ready_at = reset if reset is not None else self.clock() + DEFAULT_WAIT

    def _retry_after(self, response: httpx.Response) -> float:
        seconds = _number(response.headers.get("Retry-After"))
        if seconds is not None:
            return seconds
        reset = _number(response.headers.get("X-RateLimit-Reset"))
        return reset - self.clock() if reset is not None else DEFAULT_WAIT

    def _wait(self, seconds: float, why: str) -> None:
        if seconds <= 0:
            return
        if self.waited + seconds > self.budget:
            raise CatalogError(
                f"{why}; waiting {seconds:.0f} s more would pass the wait budget of "
                f"{self.budget:.0f} s (DIGEST_CATALOG_WAIT_SECONDS)"
            )
        self.waited += seconds
        self.sleep(seconds)


def _decoded(response: httpx.Response) -> object:
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise CatalogError(
            f"AniList answered {response.status_code} with a body that is not JSON "
            f"({response.headers.get('Content-Type', 'no content type')})"
        ) from exc


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None

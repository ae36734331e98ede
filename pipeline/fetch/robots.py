"""robots.txt for article pages: asked once per host a day, obeyed for the project's agent.

The rules are read with ``urllib.robotparser``. What a host's answer means follows the
robots exclusion standard (RFC 9309): a 200 is the rules; a 4xx means there are none
(everything is allowed); a 5xx or no answer at all means the whole site is off limits
until the next try. The answer is kept in the store as a ``PageState`` (the file's
address, the text read, when), so later runs on the same day ask nothing.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from pipeline.core.errors import SourceError
from pipeline.core.models import PageState
from pipeline.fetch.download import Download

ROBOTS_FOR = timedelta(days=1)  # a host's robots.txt is asked again after this long
ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309: at least 500 KiB must be read; more is ignored

# Ask for one robots.txt (its address); a transport failure raises SourceError.
GetRobots = Callable[[str], Awaitable[Download]]


def robots_url(page_url: str) -> str:
    """The robots.txt address that governs ``page_url``."""
    parts = urlsplit(page_url)
    return f"{parts.scheme}://{parts.netloc}/robots.txt"


def is_fresh(state: PageState | None, now: datetime) -> bool:
    """True when a stored robots.txt answer may still be used."""
    return state is not None and now - state.fetched_at < ROBOTS_FOR


def answer_state(url: str, got: Download | None, reason: str | None, now: datetime) -> PageState:
    """What to remember of one robots.txt request (``got`` None: ``reason`` says why)."""
    status = got.http_status if got is not None else None
    if got is not None and status == 200:
        text = (got.body or b"")[:ROBOTS_MAX_BYTES].decode("utf-8", errors="replace")
        return PageState(url=url, fetched_at=now, ok=True, body=text)
    if status is not None and 400 <= status < 500:
        return PageState(url=url, fetched_at=now, ok=True, body="")  # no rules: all allowed
    why = reason or f"robots.txt answered HTTP {status}"
    return PageState(url=url, fetched_at=now, ok=False, error=why, retry=True)


def rules(state: PageState) -> RobotFileParser:
    """The parsed rules of a stored answer; an unusable answer disallows everything."""
    parser = RobotFileParser()
    if state.ok:
        parser.parse((state.body or "").splitlines())
    else:
        parser.parse(["User-agent: *", "Disallow: /"])
    return parser


@dataclass
class Robots:
    """The robots.txt rules of every host a run asks pages of."""

    agent: str  # the User-Agent; its product token ("anime-digest") is what rules name
    get: GetRobots  # how a robots.txt is asked for
    now: datetime
    known: dict[str, PageState] = field(default_factory=dict)  # stored answers, by address
    asked: list[PageState] = field(default_factory=list)  # answers not yet handed to store
    parsed: dict[str, RobotFileParser] = field(default_factory=dict)
    locks: dict[str, asyncio.Lock] = field(default_factory=dict)

    async def allowed(self, page_url: str) -> bool:
        """May ``page_url`` be fetched? Asks the host's robots.txt at most once a day."""
        url = robots_url(page_url)
        lock = self.locks.setdefault(url, asyncio.Lock())
        async with lock:  # many pages of one host wait for the one robots.txt request
            if url not in self.parsed:
                self.parsed[url] = rules(await self._state(url))
        return self.parsed[url].can_fetch(self.agent, page_url)

    def drain(self) -> list[PageState]:
        """The answers asked for since the last call, to be stored (each handed out once)."""
        answers, self.asked = self.asked, []
        return answers

    async def _state(self, url: str) -> PageState:
        stored = self.known.get(url)
        if stored is not None and is_fresh(stored, self.now):
            return stored
        try:
            state = answer_state(url, await self.get(url), None, self.now)
        except SourceError as exc:
            state = answer_state(url, None, f"robots.txt: {exc}", self.now)
        self.asked.append(state)
        return state

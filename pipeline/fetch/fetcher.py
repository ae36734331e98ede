"""The fetch stage: every due feed in ``sources.yaml`` → stored ``Article`` records.

``fetch(sources, store, settings, now=...)`` returns a ``FetchReport`` with one
``FeedResult`` per enabled source. A failing feed is a result with ``status="error"``
and a reason, never an exception; only a broken store (or a bug) stops the run.

How it runs:

- one ``httpx.AsyncClient`` for the whole run (HTTP keep-alive, compressed responses,
  redirects followed, a User-Agent naming the project), at most
  ``settings.fetch_concurrency`` feeds at once and ``settings.fetch_per_host`` per host;
- each feed is asked conditionally (ETag / Last-Modified); a 304 costs no parsing;
- parsing (``pipeline.fetch.parse``, CPU-bound) runs in a pool of worker processes while
  other feeds are still on the network, so both cores work; store writes run on one
  writer thread (one transaction per feed: articles and validators together);
- every decision about time (is a feed due, when to try a failing one again) is made
  by the pure functions of ``pipeline.fetch.policy`` from ``now``.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import sys
from collections.abc import Callable, Iterable
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from random import Random
from typing import TypeVar
from urllib.parse import urlparse

import httpx

from pipeline import __version__
from pipeline.core import logs
from pipeline.core.config import PROJECT_URL, Settings
from pipeline.core.errors import SourceError
from pipeline.core.models import FeedState, PageState, Source
from pipeline.core.reports import FeedResult, FetchReport
from pipeline.fetch import policy as fetch_policy
from pipeline.fetch.download import Download, download
from pipeline.fetch.fulltext import Completed, Pages
from pipeline.fetch.pagetext import PageText, read_page
from pipeline.fetch.parse import ParsedFeed, parse_feed, warm_up_parser
from pipeline.store import Store

USER_AGENT = f"anime-digest/{__version__} (+{PROJECT_URL})"
ACCEPT_FEEDS = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5"
)
PARSE_WORKERS = 2  # processes parsing feeds while the network is awaited

OnResult = Callable[[FeedResult], None]
T = TypeVar("T")


def fetch(
    sources: Iterable[Source],
    store: Store,
    settings: Settings,
    *,
    now: datetime,
    client: httpx.AsyncClient | None = None,
    rng: Random | None = None,
    on_result: OnResult | None = None,
) -> FetchReport:
    """Fetch every enabled, due feed once and store what is new or changed.

    ``client`` replaces the HTTP client (tests), ``rng`` the jitter of the backoff,
    ``on_result`` is called as each feed finishes (progress display).
    """
    return asyncio.run(
        fetch_async(sources, store, settings, now=now, client=client, rng=rng, on_result=on_result)
    )


async def fetch_async(
    sources: Iterable[Source],
    store: Store,
    settings: Settings,
    *,
    now: datetime,
    client: httpx.AsyncClient | None = None,
    rng: Random | None = None,
    on_result: OnResult | None = None,
) -> FetchReport:
    """``fetch`` for callers that already run an event loop."""
    enabled = [source for source in sources if source.enabled]
    states = store.feed_states()
    async with AsyncExitStack() as stack:
        if client is None:
            client = await stack.enter_async_context(_make_client(settings))
        pool = stack.enter_context(_ParsePool())
        writer = stack.enter_context(ThreadPoolExecutor(1, thread_name_prefix="store"))
        run = _Run(store, settings, now, client, pool, writer, rng or Random(), on_result)
        results = await asyncio.gather(*(run.feed(s, states.get(s.id)) for s in enabled))
    return FetchReport(started_at=now, results=tuple(results))


def _make_client(settings: Settings) -> httpx.AsyncClient:
    """The HTTP client a fetch run uses, configured from ``settings``."""
    return httpx.AsyncClient(
        headers={"User-Agent": USER_AGENT, "Accept": ACCEPT_FEEDS},
        timeout=httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout, pool=None),
        limits=httpx.Limits(
            max_connections=settings.fetch_concurrency,
            max_keepalive_connections=settings.fetch_per_host,
        ),
        follow_redirects=True,
        max_redirects=10,
    )


class _ParsePool:
    """Worker processes for parsing, started on the first document (a run of 304s needs none).

    On Linux they are forked, so they start in milliseconds; each imports feedparser as it
    starts, while the event loop goes on downloading. Python 3.12 warns about forking a
    process that has threads, so there a forkserver (with feedparser preloaded) is used.
    """

    def __init__(self) -> None:
        self.executor: ProcessPoolExecutor | None = None

    def get(self) -> Executor:
        if self.executor is None:
            self.executor = ProcessPoolExecutor(
                PARSE_WORKERS, mp_context=_start_method(), initializer=warm_up_parser
            )
            for _ in range(PARSE_WORKERS):  # start every worker now, not one per job
                self.executor.submit(int)
        return self.executor

    def __enter__(self) -> _ParsePool:
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)


def _start_method() -> multiprocessing.context.BaseContext:
    """fork where it is safe and fast (Linux, Python 3.11); elsewhere a preloaded forkserver."""
    if sys.platform.startswith("linux") and sys.version_info < (3, 12):
        return multiprocessing.get_context("fork")
    if sys.platform == "win32":
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["pipeline.fetch.parse", "feedparser"])
    return context


@dataclass
class _Run:
    """One fetch run: shared client, limits and pool; ``feed`` handles one source."""

    store: Store
    settings: Settings
    now: datetime
    client: httpx.AsyncClient
    pool: _ParsePool
    writer: Executor
    rng: Random
    on_result: OnResult | None
    hosts: dict[str, asyncio.Semaphore] = field(default_factory=dict)
    slots: asyncio.Semaphore = field(init=False)
    pages: Pages = field(init=False)

    def __post_init__(self) -> None:
        self.slots = asyncio.Semaphore(self.settings.fetch_concurrency)
        self.pages = Pages(
            USER_AGENT, self._get, self._read_page, self._page_states, self.now, self._limit_s
        )

    @property
    def _limit_s(self) -> float:
        """Seconds one download may take in all."""
        return self.settings.connect_timeout + 2 * self.settings.read_timeout

    async def feed(self, source: Source, remembered: FeedState | None) -> FeedResult:
        """Fetch, parse and store one feed; every failure becomes the result."""
        state = fetch_policy.state_for(source, remembered)
        if not fetch_policy.is_due(state, self.now):
            result = _skipped(state)
        else:
            result = await self._attempt(source, state)
        if self.on_result is not None:
            self.on_result(result)
        return result

    async def _attempt(self, source: Source, state: FeedState) -> FeedResult:
        log = logs.get("fetch").bind(feed=source.id)
        got: Download | None = None
        try:
            async with self._limit(state.url):
                got = await self._download(state)
            result = await self._settle(source, state, got)
        except SourceError as exc:
            result = await self._failed(state, str(exc), got)
        emit = log.warning if result.status == "error" else log.info
        emit(
            "feed_failed" if result.status == "error" else "feed_fetched",
            status=result.status,
            http_status=result.http_status,
            new=result.new,
            updated=result.updated,
            error=result.error,
            moved_to=result.moved_to,
            warning=result.warning,
            failures=result.failures,
        )
        return result

    async def _download(self, state: FeedState) -> Download:
        return await self._get(state, self._limit_s)

    async def _get(self, state: FeedState, limit: float) -> Download:
        try:
            async with asyncio.timeout(limit):
                return await download(
                    self.client, state, max_bytes=self.settings.max_feed_bytes, now=self.now
                )
        except TimeoutError as exc:
            raise SourceError(f"gave up after {limit:g} s") from exc

    async def _settle(self, source: Source, state: FeedState, got: Download) -> FeedResult:
        """Turn an answer into stored articles and the next state."""
        if got.http_status is not None and got.http_status not in {200, 304}:
            raise SourceError(_status_reason(got.http_status))
        parsed = ParsedFeed(articles=())
        done = Completed((), (), 0, 0, ())
        if not got.not_modified:
            parsed = await self._parse(source, got)
            done = await self.pages.complete(source, parsed.articles)
            if done.states:
                await self._store(partial(self.store.save_page_states, done.states))
        after = fetch_policy.after_success(
            state,
            now=self.now,
            url=got.moved_to,
            etag=got.etag,
            last_modified=got.last_modified,
            fresh_for=got.fresh_for,
        )
        new, updated = await self._write(
            partial(self.store.save_fetch, after, done.articles, http_status=got.http_status)
        )
        return FeedResult(
            source_id=source.id,
            url=after.url,
            status="not_modified" if got.not_modified else "ok",
            new=new,
            updated=updated,
            http_status=got.http_status,
            moved_to=got.moved_to,
            warning=_warning(parsed.warning, done),
            next_due=after.next_due,
            pages_fetched=done.fetched,
            pages_failed=done.failed,
        )

    async def _parse(self, source: Source, got: Download) -> ParsedFeed:
        assert got.body is not None
        loop = asyncio.get_running_loop()
        job = _ParseJob(source.id, got.body, got.url, got.content_type, self.now)
        return await loop.run_in_executor(self.pool.get(), job)

    async def _read_page(self, body: bytes, url: str) -> PageText:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.pool.get(), partial(read_page, body, url))

    async def _page_states(self, urls: list[str]) -> dict[str, PageState]:
        return await self._store(partial(self.store.page_states, urls))

    async def _failed(self, state: FeedState, reason: str, got: Download | None) -> FeedResult:
        status = got.http_status if got is not None else None
        retry = got.retry_after if got is not None and status in {429, 503} else None
        after = fetch_policy.after_failure(
            state, reason, now=self.now, rng=self.rng, retry_after=retry
        )
        await self._write(partial(self.store.save_feed_state, after, http_status=status))
        return FeedResult(
            source_id=state.source_id,
            url=state.url,
            status="error",
            http_status=status,
            error=reason,
            failures=after.failures,
            failing_since=after.first_failure_at,
            next_due=after.next_due,
        )

    async def _write(self, save: Callable[..., T]) -> T:
        """Run a store write on the one writer thread, so downloads go on meanwhile."""
        return await self._store(partial(save, now=self.now))

    async def _store(self, call: Callable[[], T]) -> T:
        """Run a store call on the one writer thread."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.writer, call)

    def _limit(self, url: str) -> _Limit:
        host = urlparse(url).hostname or ""
        if host not in self.hosts:
            self.hosts[host] = asyncio.Semaphore(self.settings.fetch_per_host)
        return _Limit(self.hosts[host], self.slots)


class _Limit:
    """Hold a per-host slot, then a global one (host first, so no global slot idles)."""

    def __init__(self, host: asyncio.Semaphore, slots: asyncio.Semaphore) -> None:
        self.host = host
        self.slots = slots

    async def __aenter__(self) -> None:
        await self.host.acquire()
        await self.slots.acquire()

    async def __aexit__(self, *_exc: object) -> None:
        self.slots.release()
        self.host.release()


@dataclass(frozen=True, slots=True)
class _ParseJob:
    """A picklable call of ``parse_feed`` for a worker process."""

    feed_id: str
    body: bytes
    url: str
    content_type: str | None
    fetched_at: datetime

    def __call__(self) -> ParsedFeed:
        return parse_feed(
            self.feed_id,
            self.body,
            url=self.url,
            content_type=self.content_type,
            fetched_at=self.fetched_at,
        )


def _warning(parser: str | None, done: Completed) -> str | None:
    """The parser's complaint and the article pages that could not be used."""
    pages = None
    if done.errors:
        more = f" (and {len(done.errors) - 1} more)" if len(done.errors) > 1 else ""
        pages = f"{len(done.errors)} article page(s) not used: {done.errors[0]}{more}"
    return "; ".join(part for part in (parser, pages) if part) or None


def _skipped(state: FeedState) -> FeedResult:
    return FeedResult(
        source_id=state.source_id,
        url=state.url,
        status="skipped",
        error=state.last_error,
        failures=state.failures,
        failing_since=state.first_failure_at,
        next_due=state.next_due,
    )


def _status_reason(status: int) -> str:
    from http import HTTPStatus

    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "unexpected status"
    return f"HTTP {status} {phrase}"

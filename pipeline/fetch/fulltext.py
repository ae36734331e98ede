"""Full text for summary-only feeds: an entry's linked page, read for the whole article.

A source's ``full_text`` says which entries need their page: ``always``, ``never``,
or ``auto`` (the default: an entry with under ``SHORT_TEXT`` characters of text, or
one ending in a "read more" teaser). For those, ``Pages.complete``:

- asks nothing when the page was read before for the same entry (same content hash):
  the stored text is used again; a changed entry asks again, conditionally (ETag /
  Last-Modified), and a 304 keeps the stored text;
- obeys robots.txt (``pipeline.fetch.robots``), holds at most ``PAGES_PER_HOST``
  pages of one host at once, and applies the feed timeouts and size cap;
- reads the main text and ``og:image`` in a worker process (``pipeline.fetch.pagetext``)
  and stores it as the article's body, keeping the feed's summary; the content hash
  then covers the page too, so a page read later makes a new article version.

A page that fails (4xx/5xx, timeout, robots.txt, not HTML, no text) keeps the summary
and is counted for the feed; it is not asked again until its entry changes, except a
passing failure (timeout, 5xx, no connection), which is tried again after a day.
Entries of a feed read from disk (``file://``) never fetch pages: offline stays offline.
"""

from __future__ import annotations

import asyncio
import hashlib
import html
import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from pipeline.core.errors import SourceError
from pipeline.core.models import Article, FeedState, PageState, Source
from pipeline.core.text import safe_url
from pipeline.fetch.download import Download
from pipeline.fetch.pagetext import PageText, is_html
from pipeline.fetch.robots import Robots, robots_url

SHORT_TEXT = 600  # characters of text under which "auto" fetches the page
PAGES_PER_HOST = 2  # article pages asked of one host at once
RETRY_AFTER = timedelta(days=1)  # a passing failure is tried again after this long
_READ_MORE = re.compile(
    r"(read more|continue reading|read the full|full story|more\W*»|\[(?:…|\.\.\.)\]|…|\.\.\.)"
    r"\W*$",
    re.IGNORECASE,
)

Get = Callable[[FeedState, float], Awaitable[Download]]  # (what to ask, time limit) -> answer
Read = Callable[[bytes, str], Awaitable[PageText]]  # (body, url) -> text, in a worker
Load = Callable[[list[str]], Awaitable[dict[str, PageState]]]  # stored states by address


@dataclass(frozen=True, slots=True)
class Completed:
    """A feed's entries after their pages were read."""

    articles: tuple[Article, ...]  # in feed order; completed ones carry the page's text
    states: tuple[PageState, ...]  # page and robots.txt states to store
    fetched: int  # pages read in this run (200 or 304)
    failed: int  # pages that could not be used in this run
    errors: tuple[str, ...]  # "<url>: <reason>" for each failure


def wants_page(source: Source, article: Article) -> bool:
    """Does this entry need its linked page, by the source's ``full_text`` setting?"""
    if source.full_text == "never" or safe_url(article.link) is None:
        return False
    if urlsplit(source.url).scheme == "file":
        return False
    if source.full_text == "always":
        return True
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", article.content_html)).split())
    return len(text) < SHORT_TEXT or bool(_READ_MORE.search(text))


def needs_request(state: PageState | None, article: Article, now: datetime) -> bool:
    """Must the page be asked for, or does the stored state answer for this entry?"""
    if state is None or state.entry_hash != article.content_hash:
        return True
    return not state.ok and state.retry and now - state.fetched_at >= RETRY_AFTER


def completed(article: Article, state: PageState) -> Article:
    """The entry with the page's text as its body (the feed's summary stays)."""
    if not state.ok or not state.body:
        return article
    digest = hashlib.sha256(f"{article.content_hash}\x1f{state.body}".encode()).hexdigest()
    return replace(
        article,
        content_html=state.body,
        content_hash=digest,
        title=article.title or state.title,
        page_image_url=state.image_url,
    )


@dataclass
class Pages:
    """Reads the linked pages of one fetch run's entries."""

    agent: str  # User-Agent, for robots.txt
    get: Get  # one download, within a time limit
    read: Read  # one page's text, in a worker process
    load: Load  # stored states of these addresses
    now: datetime
    time_limit: float  # seconds one page may take
    known: dict[str, PageState] = field(default_factory=dict)  # stored states, by address
    hosts: dict[str, asyncio.Semaphore] = field(default_factory=dict)
    robots: Robots = field(init=False)

    def __post_init__(self) -> None:
        self.robots = Robots(self.agent, self._get_robots, self.now, known=self.known)

    async def complete(self, source: Source, articles: Sequence[Article]) -> Completed:
        """Every entry of one feed, each completed from its page where it needs one."""
        wanted = [a for a in articles if wants_page(source, a)]
        if not wanted:
            return Completed(tuple(articles), (), 0, 0, ())
        self.known.update(await self.load(_page_urls(wanted)))
        asked = [a for a in wanted if needs_request(self.known.get(a.link or ""), a, self.now)]
        results = await asyncio.gather(*(self._page(source, a) for a in asked))
        self.known.update({state.url: state for state in results})
        errors = tuple(f"{s.url}: {s.error}" for s in results if not s.ok)
        return Completed(
            articles=tuple(self._completed(a) for a in articles),
            states=(*results, *self.robots.drain()),
            fetched=len(results) - len(errors),
            failed=len(errors),
            errors=errors,
        )

    def _completed(self, article: Article) -> Article:
        state = self.known.get(article.link or "")
        if state is None or state.entry_hash != article.content_hash:
            return article
        return completed(article, state)

    async def _page(self, source: Source, article: Article) -> PageState:
        """Ask for one page (unless robots.txt forbids it) and read it."""
        url = article.link or ""
        previous = self.known.get(url)
        base = PageState(url=url, fetched_at=self.now, ok=False, entry_hash=article.content_hash)
        async with self._host(url):
            if not await self.robots.allowed(url):
                return replace(base, error="disallowed by robots.txt")
            try:
                got = await self.get(_asking(source, url, previous), self.time_limit)
            except SourceError as exc:
                return replace(base, error=str(exc), retry=True)
        return await self._settle(base, previous, got)

    async def _settle(self, base: PageState, old: PageState | None, got: Download) -> PageState:
        """Turn an answer into the page's new state."""
        if got.http_status == 304 and old is not None and old.ok:
            return replace(old, entry_hash=base.entry_hash, fetched_at=self.now)
        if got.http_status != 200 or got.body is None:
            status = got.http_status
            return replace(base, error=f"HTTP {status}", retry=status is None or status >= 500)
        if not is_html(got.content_type):
            return replace(base, error=f"not an HTML page ({got.content_type})")
        try:
            page = await self.read(got.body, got.url)
        except SourceError as exc:
            return replace(base, error=str(exc))
        page_state = replace(base, ok=True, body=page.html, title=page.title)
        return replace(
            page_state, image_url=page.image_url, etag=got.etag, last_modified=got.last_modified
        )

    async def _get_robots(self, url: str) -> Download:
        return await self.get(FeedState(source_id="robots", url=url), self.time_limit)

    def _host(self, url: str) -> asyncio.Semaphore:
        host = urlsplit(url).netloc.lower()
        if host not in self.hosts:
            self.hosts[host] = asyncio.Semaphore(PAGES_PER_HOST)
        return self.hosts[host]


def _asking(source: Source, url: str, previous: PageState | None) -> FeedState:
    """The request for a page: conditional when a usable earlier answer is stored."""
    usable = previous is not None and previous.ok
    return FeedState(
        source_id=source.id,
        url=url,
        etag=previous.etag if usable and previous else None,
        last_modified=previous.last_modified if usable and previous else None,
    )


def _page_urls(articles: Sequence[Article]) -> list[str]:
    """Every address whose stored state a feed's entries may need: pages and robots.txt."""
    links = [a.link for a in articles if a.link and safe_url(a.link)]
    return [*links, *{robots_url(link) for link in links}]

"""Fetching feeds from a real HTTP server on 127.0.0.1: every kind of answer, one run."""

from __future__ import annotations

import asyncio
import shutil
import tracemalloc
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from random import Random

import httpx
import pytest
from feedserver import FeedServer

from pipeline import __version__
from pipeline.core.config import PROJECT_URL, Settings
from pipeline.core.models import Source
from pipeline.core.reports import FeedResult, FetchReport
from pipeline.fetch.fetcher import fetch
from pipeline.store import Store

FEEDS = Path(__file__).parent / "data" / "feeds"
NOW = datetime(2021, 4, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def feed_root(tmp_path: Path) -> Path:
    """A copy of the fixture feeds that a test may edit."""
    root = tmp_path / "served"
    shutil.copytree(FEEDS, root)
    return root


@pytest.fixture
def server(feed_root: Path) -> Iterator[FeedServer]:
    running = FeedServer(feed_root).start()
    yield running
    running.stop()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.load(
        home=tmp_path / "home", connect_timeout=2, read_timeout=1.0, max_feed_bytes=64 * 1024
    )


def source(server: FeedServer, feed_id: str, path: str) -> Source:
    return Source(id=feed_id, name=feed_id, url=server.url(path))


def run(sources: list[Source], store: Store, settings: Settings, now: datetime = NOW):
    return fetch(sources, store, settings, now=now, rng=Random(7))


def by_id(report: FetchReport) -> dict[str, FeedResult]:
    return {r.source_id: r for r in report.results}


def test_healthy_feed_is_stored_and_asked_conditionally_next_time(
    server: FeedServer, store: Store, settings: Settings
) -> None:
    feeds = [source(server, "wire", "/feeds/season-rss.xml")]
    (first,) = run(feeds, store, settings).results
    assert (first.status, first.new, first.http_status) == ("ok", 2, 200)
    assert store.count_articles() == 2
    (second,) = run(feeds, store, settings, NOW + timedelta(hours=1)).results
    assert (second.status, second.new, second.http_status) == ("not_modified", 0, 304)
    conditional = server.seen("/feeds/season-rss.xml")[-1].headers
    assert conditional["if-none-match"].startswith('"')
    assert conditional["if-modified-since"] == "Wed, 31 Mar 2021 09:00:00 GMT"
    assert store.count_articles() == 2


def test_requests_name_the_project_and_accept_compression(
    server: FeedServer, store: Store, settings: Settings
) -> None:
    run([source(server, "wire", "/feeds/season-rss.xml")], store, settings)
    headers = server.seen("/feeds/")[0].headers
    assert headers["user-agent"] == f"anime-digest/{__version__} (+{PROJECT_URL})"
    assert "gzip" in headers["accept-encoding"]


def test_gzip_response_is_decoded(server: FeedServer, store: Store, settings: Settings) -> None:
    (result,) = run([source(server, "gz", "/gzip/season-atom.xml")], store, settings).results
    assert (result.status, result.new) == ("ok", 1)
    (article,) = store.articles()
    assert article.title == "Clockwork Foxes dated for April 8"


def test_non_utf8_feeds_are_decoded_by_their_declared_charset(
    server: FeedServer, store: Store, settings: Settings
) -> None:
    feeds = [
        source(server, "cp1252", "/feeds/windows-1252.xml?type=text/xml;charset=windows-1252"),
        source(server, "sjis", "/feeds/shift-jis.xml"),
        source(server, "mislabelled", "/feeds/mislabelled.xml"),
    ]
    results = by_id(run(feeds, store, settings))
    assert {r.status for r in results.values()} == {"ok"}
    titles = {a.feed_id: a.title for a in store.articles()}
    assert titles["cp1252"] == "Pokémon-style café “preview” – season début"
    assert titles["sjis"] == "春アニメ2021 放送開始日まとめ"
    assert titles["mislabelled"] is not None and "d" in titles["mislabelled"]
    assert results["mislabelled"].warning  # read, but the wrong label is noted


@pytest.mark.parametrize("code", [301, 308])
def test_permanent_redirect_moves_the_stored_url(
    server: FeedServer, store: Store, settings: Settings, code: int
) -> None:
    feeds = [source(server, "wire", f"/moved/{code}/season-rss.xml")]
    (first,) = run(feeds, store, settings).results
    target = server.url("/feeds/season-rss.xml")
    assert (first.status, first.moved_to, first.url) == ("ok", target, target)
    assert store.feed_states()["wire"].url == target
    (second,) = run(feeds, store, settings, NOW + timedelta(hours=1)).results
    assert second.status == "not_modified"
    assert len(server.seen("/moved/")) == 1  # the second run asked the new address


def test_temporary_redirect_keeps_the_url(
    server: FeedServer, store: Store, settings: Settings
) -> None:
    feeds = [source(server, "wire", "/moved/302/season-rss.xml")]
    (result,) = run(feeds, store, settings).results
    assert (result.status, result.new, result.moved_to) == ("ok", 2, None)
    assert store.feed_states()["wire"].url == feeds[0].url


def test_every_failure_is_reported_and_the_healthy_feeds_are_stored(
    server: FeedServer, store: Store, settings: Settings
) -> None:
    feeds = [
        source(server, "healthy", "/feeds/season-rss.xml"),
        source(server, "missing", "/status/404"),
        source(server, "gone", "/status/410"),
        source(server, "broken", "/status/500"),
        source(server, "limited", "/ratelimit"),
        source(server, "slow", "/slow"),
        source(server, "truncated", "/truncated/season-rss.xml"),
        source(server, "oversized", "/big"),
        source(server, "garbage", "/feeds/garbage.xml"),
        Source(id="refused", name="refused", url="http://127.0.0.1:9/feed.xml"),
        source(server, "sloppy", "/feeds/broken-but-readable.xml"),
    ]
    results = by_id(run(feeds, store, settings))
    assert [r.source_id for r in results.values()] == [f.id for f in feeds]
    assert (results["healthy"].status, results["healthy"].new) == ("ok", 2)
    assert (results["sloppy"].status, results["sloppy"].new) == ("ok", 1)
    assert results["sloppy"].warning
    expected = {
        "missing": "HTTP 404",
        "gone": "HTTP 410",
        "broken": "HTTP 500",
        "limited": "HTTP 429",
        "slow": "timed out",
        "truncated": "connection broken",
        "oversized": "too large",
        "garbage": "not a",
        "refused": "cannot connect",
    }
    for feed_id, reason in expected.items():
        result = results[feed_id]
        assert result.status == "error", feed_id
        assert result.error is not None and reason in result.error, (feed_id, result.error)
        assert (result.failures, result.failing_since) == (1, NOW)
    assert {a.feed_id for a in store.articles()} == {"healthy", "sloppy"}
    assert store.feed_states()["broken"].last_error == "HTTP 500 Internal Server Error"


def test_retry_after_sets_the_next_due_time(
    server: FeedServer, store: Store, settings: Settings
) -> None:
    (result,) = run([source(server, "limited", "/ratelimit")], store, settings).results
    assert result.next_due is not None and result.next_due >= NOW + timedelta(seconds=3600)
    (again,) = run(
        [source(server, "limited", "/ratelimit")], store, settings, NOW + timedelta(minutes=30)
    ).results
    assert again.status == "skipped" and again.error == "HTTP 429 Too Many Requests"
    assert len(server.seen("/ratelimit")) == 1


def test_cache_control_max_age_defers_the_next_fetch(
    server: FeedServer, store: Store, settings: Settings
) -> None:
    feeds = [source(server, "cached", "/cached/season-atom.xml")]
    (first,) = run(feeds, store, settings).results
    assert first.next_due == NOW + timedelta(hours=2)
    (soon,) = run(feeds, store, settings, NOW + timedelta(hours=1)).results
    assert soon.status == "skipped"
    (later,) = run(feeds, store, settings, NOW + timedelta(hours=3)).results
    assert later.status == "not_modified"


def test_failing_feed_backs_off_counts_failures_and_recovers(
    server: FeedServer, store: Store, settings: Settings, feed_root: Path
) -> None:
    feeds = [source(server, "flaky", "/feeds/later.xml")]
    now = NOW
    for attempt in (1, 2, 3):
        (result,) = run(feeds, store, settings, now).results
        assert (result.status, result.failures, result.failing_since) == ("error", attempt, NOW)
        assert result.next_due is not None and result.next_due > now
        (skipped,) = run(feeds, store, settings, now + timedelta(seconds=1)).results
        assert skipped.status == "skipped"
        now = result.next_due
    shutil.copy(feed_root / "season-atom.xml", feed_root / "later.xml")
    (recovered,) = run(feeds, store, settings, now).results
    assert (recovered.status, recovered.new, recovered.failures) == ("ok", 1, 0)
    state = store.feed_states()["flaky"]
    assert (state.failures, state.last_error, state.first_failure_at) == (0, None, None)


def test_changed_entry_is_stored_as_an_update(
    server: FeedServer, store: Store, settings: Settings, feed_root: Path
) -> None:
    feeds = [source(server, "wire", "/feeds/season-rss.xml")]
    run(feeds, store, settings)
    path = feed_root / "season-rss.xml"
    path.write_text(
        path.read_text("utf-8").replace("premieres on April 5", "now premieres on April 12"),
        "utf-8",
    )
    (result,) = run(feeds, store, settings, NOW + timedelta(hours=1)).results
    assert (result.status, result.new, result.updated) == ("ok", 0, 1)
    assert store.count_articles() == 3 and store.count_articles(current_only=True) == 2
    texts = [a.content_html for a in store.articles(current_only=False)]
    assert any("April 5" in t for t in texts) and any("April 12" in t for t in texts)


def test_disabled_source_is_not_fetched(
    server: FeedServer, store: Store, settings: Settings
) -> None:
    off = Source(id="off", name="off", url=server.url("/feeds/season-rss.xml"), enabled=False)
    assert run([off], store, settings).results == ()
    assert server.requests == []


def test_edited_url_in_sources_is_used_at_once(
    server: FeedServer, store: Store, settings: Settings
) -> None:
    run([source(server, "feed", "/status/500")], store, settings)
    (result,) = run([source(server, "feed", "/feeds/season-atom.xml")], store, settings).results
    assert (result.status, result.new) == ("ok", 1)


def test_local_file_feed_is_not_modified_until_it_changes(
    tmp_path: Path, store: Store, settings: Settings
) -> None:
    path = tmp_path / "local.xml"
    shutil.copy(FEEDS / "season-atom.xml", path)
    feeds = [Source(id="local", name="local", url=path.as_uri())]
    assert run(feeds, store, settings).results[0].new == 1
    assert run(feeds, store, settings).results[0].status == "not_modified"
    shutil.copy(FEEDS / "season-rss.xml", path)
    assert run(feeds, store, settings).results[0].new == 2
    path.unlink()
    (missing,) = run(feeds, store, settings).results
    assert missing.status == "error" and "cannot read" in (missing.error or "")


@pytest.mark.parametrize(("per_host", "overall", "most"), [(2, 32, 2), (16, 3, 3)])
def test_per_host_and_global_limits_bound_requests_in_flight(
    server: FeedServer, store: Store, tmp_path: Path, per_host: int, overall: int, most: int
) -> None:
    settings = Settings.load(
        home=tmp_path / "limits", fetch_per_host=per_host, fetch_concurrency=overall
    )
    feeds = [source(server, f"f{i}", f"/hold/season-atom.xml?n={i}") for i in range(8)]
    report = run(feeds, store, settings)
    assert {r.status for r in report.results} == {"ok"}
    assert 1 <= server.most_in_flight <= most


def test_an_injected_client_is_used_and_left_open(store: Store, settings: Settings) -> None:
    body = (FEEDS / "season-atom.xml").read_bytes()
    asked: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        return httpx.Response(200, content=body, headers={"Content-Type": "application/xml"})

    client = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    feeds = [Source(id="mock", name="mock", url="http://feeds.test/atom", full_text="never")]
    (result,) = fetch(feeds, store, settings, now=NOW, client=client).results
    assert (result.status, result.new, asked) == ("ok", 1, ["http://feeds.test/atom"])
    assert not client.is_closed
    asyncio.run(client.aclose())


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_a_compression_bomb_is_refused_without_inflating_past_the_cap(
    server: FeedServer, store: Store, settings: Settings, encoding: str
) -> None:
    feeds = [
        source(server, "bomb", f"/bomb/{encoding}"),
        source(server, "fine", "/gzip/season-atom.xml"),
    ]
    tracemalloc.start()
    try:
        results = by_id(run(feeds, store, settings))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert results["bomb"].status == "error"
    assert "too large: over 65536 bytes" in (results["bomb"].error or "")
    assert (results["fine"].status, results["fine"].new) == ("ok", 1)
    assert peak < 8 * 1024 * 1024  # 20 MB would come out of the bomb if it were inflated

"""Full text for summary-only feeds, against a real news site on 127.0.0.1."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import structlog
from newssite import NewsSite
from typer.testing import CliRunner

from pipeline.app.cli import app
from pipeline.core.config import Settings, load_sources
from pipeline.core.models import Article, Source
from pipeline.fetch import fetch
from pipeline.fetch.fulltext import wants_page
from pipeline.merge import refresh
from pipeline.store import Store

NOW = datetime(2022, 3, 1, 12, 0, tzinfo=UTC)
PAGES = ("/news/", "/private/", "/robots.txt")


@pytest.fixture
def site() -> Iterator[NewsSite]:
    server = NewsSite().start()
    yield server
    server.stop()


@pytest.fixture
def quick(settings: Settings) -> Settings:
    """Short timeouts, so the slow page gives up within a second."""
    return replace(settings, connect_timeout=1.0, read_timeout=0.3)


def wire(site: NewsSite, full_text: str = "always") -> Source:
    return Source(id="wire", name="Anime Wire", url=site.url("/rss.xml"), full_text=full_text)  # type: ignore[arg-type]


def test_facts_only_the_linked_pages_carry_reach_the_shows(
    site: NewsSite, store: Store, quick: Settings
) -> None:
    (result,) = fetch([wire(site)], store, quick, now=NOW).results
    assert result.status == "ok" and result.new == 5
    assert (result.pages_fetched, result.pages_failed) == (2, 3)
    assert result.warning is not None and "3 article page(s) not used" in result.warning

    refresh(store, now=NOW)
    shows = {show.facts.title: show.facts for show in store.shows()}
    station = shows["Hoshikuzu Station"]
    assert {(m.actor, m.character) for m in station.cast} == {
        ("Kasumi Oda", "Hinata"),
        ("Ryo Shimazu", "Akira"),
    }
    assert station.director == ("Yusuke Kido",)
    assert station.studios == ("Studio Lumen",)
    assert set(station.broadcasters) == {"TOKYO MX", "BS Fuji"}
    assert shows["Glass Garden"].broadcasters == ("AT-X",)
    forbidden = shows["Lantern Rabbit"]  # known from its headline; its page was not read
    assert (forbidden.cast, forbidden.director, forbidden.broadcasters) == ((), (), ())


def test_the_page_text_is_the_body_without_boilerplate_and_the_summary_stays(
    site: NewsSite, store: Store, quick: Settings
) -> None:
    fetch([wire(site)], store, quick, now=NOW)
    articles = {a.link: a for a in store.articles()}
    station = articles[site.url("/news/hoshikuzu-station")]
    assert station.summary == "The TV anime reveals more cast members and its broadcast schedule."
    assert "<li>Director: Yusuke Kido</li>" in station.content_html
    assert "<h2>Staff</h2>" in station.content_html
    assert "<h1>" not in station.content_html  # the headline is the article's title
    for boilerplate in ("Share on X", "Related articles", "otaku42", "Copyright", "Reviews"):
        assert boilerplate not in station.content_html
    assert station.page_image_url == site.url("/img/kv.png")
    failed = articles[site.url("/news/missing")]
    assert failed.content_html == "A sequel is coming."  # the teaser, kept


def test_robots_txt_is_obeyed_and_asked_once(site: NewsSite, store: Store, quick: Settings) -> None:
    fetch([wire(site)], store, quick, now=NOW)
    assert site.seen("/private/") == []
    robots = site.seen("/robots.txt")
    assert len(robots) == 1
    assert robots[0].headers["user-agent"].startswith("anime-digest/")


def test_a_second_fetch_asks_for_no_article_page_again(
    site: NewsSite, store: Store, quick: Settings
) -> None:
    fetch([wire(site)], store, quick, now=NOW)
    asked_first = len(site.requests)
    (again,) = fetch([wire(site)], store, quick, now=NOW + timedelta(hours=1)).results
    later = site.requests[asked_first:]
    assert [r.path for r in later] == ["/rss.xml"]  # the feed itself, parsed again
    assert (again.status, again.new, again.updated) == ("ok", 0, 0)
    assert (again.pages_fetched, again.pages_failed) == (0, 0)
    body = {a.link: a.content_html for a in store.articles()}
    assert "Kasumi Oda" in body[site.url("/news/hoshikuzu-station")]


def test_an_edited_entry_asks_its_page_again_conditionally(
    site: NewsSite, store: Store, quick: Settings
) -> None:
    fetch([wire(site)], store, quick, now=NOW)
    asked_first = len(site.requests)
    site.summaries["/news/hoshikuzu-station"] = "Updated: the anime adds a theme song."
    (again,) = fetch([wire(site)], store, quick, now=NOW + timedelta(hours=1)).results
    pages = [r for r in site.requests[asked_first:] if r.path.startswith(PAGES)]
    assert [r.path for r in pages] == ["/news/hoshikuzu-station"]
    assert pages[0].headers.get("if-none-match")  # answered 304: the stored text is kept
    assert (again.updated, again.pages_fetched) == (1, 1)
    current = {a.link: a for a in store.articles()}[site.url("/news/hoshikuzu-station")]
    assert current.summary == "Updated: the anime adds a theme song."
    assert "Kasumi Oda" in current.content_html


def test_feeds_linking_the_same_pages_share_robots_txt_and_store_each_page_once(
    site: NewsSite, store: Store, quick: Settings
) -> None:
    twin = replace(wire(site), id="twin", url=site.url("/rss.xml?copy"))
    twice = replace(wire(site), id="twice", url=site.url("/rss.xml?twice"))
    results = fetch([wire(site), twin, twice], store, quick, now=NOW).results
    assert [(r.status, r.new) for r in results] == [("ok", 5), ("ok", 5), ("ok", 10)]
    assert len(site.seen("/robots.txt")) == 1
    stored = store.page_states([site.url("/news/hoshikuzu-station")])
    assert stored[site.url("/news/hoshikuzu-station")].ok


def test_never_fetches_no_page(site: NewsSite, store: Store, quick: Settings) -> None:
    (result,) = fetch([wire(site, "never")], store, quick, now=NOW).results
    assert (result.new, result.pages_fetched, result.pages_failed) == (5, 0, 0)
    assert [r.path for r in site.requests] == ["/rss.xml"]


def entry(body: str, link: str | None = "https://news.test/a") -> Article:
    return Article(
        feed_id="f",
        entry_key="k",
        link=link,
        title="t",
        author=None,
        published=None,
        summary=body,
        content_html=body,
        content_hash="h",
        fetched_at=NOW,
    )


@pytest.mark.parametrize(
    ("mode", "body", "wanted"),
    [
        ("auto", "A two-sentence teaser. Nothing more.", True),
        ("auto", "<p>" + "A long article paragraph with the facts. " * 20 + "</p>", False),
        ("auto", "<p>" + "A long article paragraph with the facts. " * 20 + "Read more</p>", True),
        ("auto", "<p>" + "A long article paragraph with the facts. " * 20 + " […]</p>", True),
        ("always", "<p>" + "A long article paragraph. " * 40 + "</p>", True),
        ("never", "Teaser.", False),
    ],
)
def test_auto_reads_the_page_of_short_or_teaser_entries(mode: str, body: str, wanted: bool) -> None:
    source = Source(id="f", name="F", url="https://news.test/rss", full_text=mode)  # type: ignore[arg-type]
    assert wants_page(source, entry(body)) is wanted


def test_entries_of_a_feed_on_disk_and_unsafe_links_fetch_no_page() -> None:
    local = Source(id="f", name="F", url="file:///srv/feed.xml", full_text="always")
    remote = Source(id="f", name="F", url="https://news.test/rss", full_text="always")
    assert not wants_page(local, entry("Teaser."))
    assert not wants_page(remote, entry("Teaser.", link="javascript:alert(1)"))
    assert not wants_page(remote, entry("Teaser.", link=None))


def test_sources_yaml_reads_full_text_and_names_a_bad_value(tmp_path: Path) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text(
        "sources:\n  - {id: a, name: A, url: 'https://a.test/rss', full_text: always}\n"
        "  - {id: b, name: B, url: 'https://b.test/rss'}\n",
        encoding="utf-8",
    )
    a, b = load_sources(path)
    assert (a.full_text, b.full_text) == ("always", "auto")
    path.write_text(
        "sources:\n  - {id: a, name: A, url: 'https://a.test/rss', full_text: sometimes}\n",
        encoding="utf-8",
    )
    from pipeline.core.errors import ConfigError

    with pytest.raises(ConfigError, match=r"source #1 \(a\): field 'full_text'"):
        load_sources(path)


def test_the_shipped_sources_read_ann_in_full() -> None:
    sources = {s.id: s for s in load_sources(Path(__file__).parents[1] / "sources.yaml")}
    assert sources["ann"].full_text == "always"


def test_fetch_json_counts_pages_per_feed(
    site: NewsSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        f"sources:\n  - id: wire\n    name: Anime Wire\n    url: {site.url('/rss.xml')}\n"
        "    full_text: always\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("DIGEST_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("DIGEST_READ_TIMEOUT", "0.3")
    try:
        result = CliRunner().invoke(app, ["fetch", "--sources", str(sources), "--json"])
    finally:
        structlog.reset_defaults()
    assert result.exit_code == 0, result.output
    (feed,) = json.loads(result.stdout[result.stdout.index("[") :])
    assert (feed["pages_fetched"], feed["pages_failed"]) == (2, 3)


def test_an_older_database_gains_the_page_columns_in_place(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    Store.open(url).close()
    with sqlite3.connect(tmp_path / "old.sqlite3") as db:  # as databases were before
        db.execute("DROP TABLE article_pages")
        db.execute("ALTER TABLE articles DROP COLUMN page_image_url")
        db.execute(
            "INSERT INTO articles (feed_id, entry_key, revision, current, summary, content_html,"
            " content_hash, fetched_at) VALUES ('f', 'k', 1, 1, 's', 'c', 'h', '2022-01-01')"
        )
    store = Store.open(url)
    try:
        (kept,) = store.articles()
        assert (kept.content_html, kept.page_image_url) == ("c", None)
        assert store.page_states(["https://news.test/a"]) == {}
    finally:
        store.close()

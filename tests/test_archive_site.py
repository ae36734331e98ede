"""The archive site built from fixture data: structure, links, feed, calendars, rebuilds."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

import feedparser
import icalendar
import pytest
from site_fixtures import XSS_ALL, XSS_LINK, eighty_six, issues, keep_cover, seed
from typer.testing import CliRunner

from pipeline.app.cli import app
from pipeline.archive.site import build_site
from pipeline.core.config import Settings
from pipeline.core.errors import RenderError
from pipeline.core.models import CastMember, CatalogLink, Issue, Show, ShowFacts, ThemeSong
from pipeline.store import Store

NOW = datetime(2021, 4, 1, 12, 0, tzinfo=UTC)
BASE = "https://digest.example.org/anime/"
PAGE_LIMIT = 200 * 1024


class _Page(HTMLParser):
    """Every link, resource and attribute of one HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[tuple[str, str, str]] = []  # (tag, attribute, value)
        self.attributes: list[tuple[str, str]] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            self.attributes.append((name, value or ""))
            if name in {"href", "src"} and value is not None:
                self.refs.append((tag, name, value))


def parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


@pytest.fixture
def site(store: Store, settings: Settings, tmp_path: Path) -> Path:
    seed(store)
    out = tmp_path / "site"
    build_site(store, replace(settings, base_url=BASE), out_dir=out, now=NOW)
    return out


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_every_page_role_is_written_at_a_stable_address(site: Path) -> None:
    expected = [
        "index.html",
        "issues/1.html",
        "issues/2.html",
        "issues/3.html",
        "seasons/spring-2021.html",
        "seasons/summer-2021.html",
        "shows/86-eighty-six.html",
        "shows/vivy.html",
        "shows/odd-taxi.html",
        "feed.atom",
        "calendar/spring-2021.ics",
        "assets/site.css",
        "assets/site.js",
    ]
    missing = [rel for rel in expected if not (site / rel).is_file()]
    assert missing == []


def broken_links(site: Path) -> list[str]:
    broken = []
    for page in html_pages(site):
        for _tag, _attr, value in parse(page).refs:
            parsed = urlparse(value)
            if parsed.scheme or value.startswith("#"):
                continue
            target = (page.parent / unquote(parsed.path)).resolve()
            if not target.is_file():
                broken.append(f"{page.relative_to(site)} -> {value}")
    return broken


def test_every_relative_link_resolves_to_a_file(site: Path) -> None:
    assert broken_links(site) == []


def test_pages_load_nothing_from_other_hosts_and_are_small(site: Path) -> None:
    for page in html_pages(site):
        assert page.stat().st_size < PAGE_LIMIT, page
        for tag, attr, value in parse(page).refs:
            if tag != "a":
                assert not urlparse(value).scheme, f"{page}: {tag} {attr}={value}"


def test_pages_are_accessible_documents(site: Path) -> None:
    for page in html_pages(site):
        text = page.read_text(encoding="utf-8")
        parsed = parse(page)
        assert text.startswith('<!doctype html>\n<html lang="en">'), page
        assert {"header", "nav", "main", "footer", "h1"} <= set(parsed.tags), page
        assert "<script>" not in text, f"{page} has an inline script"
        assert "style=" not in text, f"{page} has an inline style"


def test_feed_text_is_escaped_and_never_a_script_or_a_javascript_link(site: Path) -> None:
    for page in html_pages(site):
        text = page.read_text(encoding="utf-8")
        parsed = parse(page)
        for payload in XSS_ALL:
            assert payload not in text, f"{page} carries {payload!r} unescaped"
        handlers = [name for name, _ in parsed.attributes if name.startswith("on")]
        assert handlers == [], page
        links = [v for _t, _a, v in parsed.refs if urlparse(v).scheme not in {"", "http", "https"}]
        assert links == [], page
    assert "&lt;script&gt;window.__xss" in (site / "issues/2.html").read_text(encoding="utf-8")


def test_issue_pages_link_previous_and_next(site: Path) -> None:
    middle = {(t, v) for t, _a, v in parse(site / "issues/2.html").refs}
    assert ("a", "1.html") in middle and ("a", "3.html") in middle
    first = {v for _t, _a, v in parse(site / "issues/1.html").refs}
    assert "2.html" in first and "0.html" not in first


def test_index_puts_the_latest_issue_first_and_links_everything(site: Path) -> None:
    refs = [v for _t, _a, v in parse(site / "index.html").refs]
    issue_links = [v for v in refs if v.startswith("issues/")]
    assert issue_links[0] == "issues/3.html"
    assert {"issues/1.html", "issues/2.html"} <= set(issue_links)
    assert {"feed.atom", "seasons/spring-2021.html", "calendar/spring-2021.ics"} <= set(refs)


def test_show_page_links_the_articles_behind_its_facts(site: Path) -> None:
    text = (site / "shows/86-eighty-six.html").read_text(encoding="utf-8")
    refs = {v for _t, _a, v in parse(site / "shows/86-eighty-six.html").refs}
    assert eighty_six().provenance[0].link in refs
    assert "Crunchyroll will stream 86-Eighty-Six" in text
    assert "../seasons/spring-2021.html" in refs


def test_atom_feed_parses_and_carries_every_issue_in_full(site: Path) -> None:
    feed = feedparser.parse((site / "feed.atom").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    links = [entry.link for entry in feed.entries]
    assert links == [f"{BASE}issues/{n}.html" for n in (3, 2, 1)]
    special = feed.entries[1]
    assert special.title == "Spring 2021 preview"
    assert "86-Eighty-Six" in special.content[0].value
    assert f"{BASE}shows/vivy.html" in special.content[0].value


def test_calendar_has_each_premiere_at_the_right_instant(site: Path) -> None:
    calendar = icalendar.Calendar.from_ical((site / "calendar/spring-2021.ics").read_bytes())
    events = {str(e["uid"]).split("@")[0]: e for e in calendar.walk("VEVENT")}
    start = events["premiere-86-eighty-six"].decoded("dtstart")
    assert start.astimezone(UTC) == datetime(2021, 4, 10, 14, 30, tzinfo=UTC)  # 23:30 JST
    late_night = events["premiere-vivy"].decoded("dtstart")  # "24:00 JST" on Apr 3
    assert late_night.astimezone(UTC) == datetime(2021, 4, 3, 15, 0, tzinfo=UTC)
    all_day = events["premiere-odd-taxi"].decoded("dtstart")
    assert all_day == date(2021, 4, 6) and not isinstance(all_day, datetime)
    assert "premiere-untold-spring-project" not in events  # no date, no event
    assert calendar.walk("VTIMEZONE"), "calendar apps need the zone definition"


def test_rebuilding_an_unchanged_site_rewrites_nothing(
    store: Store, settings: Settings, site: Path
) -> None:
    before = {p: p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()}
    report = build_site(
        store, replace(settings, base_url=BASE), out_dir=site, now=NOW + timedelta(days=3)
    )
    after = {p: p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()}
    assert report.written == ()
    assert after == before


def test_a_new_issue_rewrites_only_the_pages_it_changes(
    store: Store, settings: Settings, site: Path
) -> None:
    store.save_issue(replace(issues()[2], number=4, subject="Anime Digest #4"))
    report = build_site(store, replace(settings, base_url=BASE), out_dir=site, now=NOW)
    assert set(report.written) == {"issues/3.html", "issues/4.html", "feed.atom", "index.html"}
    assert "shows/86-eighty-six.html" in report.unchanged


def test_pages_no_longer_produced_are_removed_and_nothing_else(
    store: Store, settings: Settings, site: Path
) -> None:
    (site / "robots.txt").write_text("User-agent: *\n")
    summer = next(s for s in store.shows() if s.slug == "summer-sequel")
    store.save_show(replace(summer, facts=replace(summer.facts, season="Fall 2021")))
    report = build_site(store, replace(settings, base_url=BASE), out_dir=site, now=NOW)
    assert set(report.removed) == {"seasons/summer-2021.html", "calendar/summer-2021.ics"}
    assert "seasons/fall-2021.html" in report.written
    assert not (site / "seasons/summer-2021.html").exists()
    assert (site / "robots.txt").is_file()
    assert broken_links(site) == []


def test_a_season_page_with_a_full_lineup_stays_under_200_kb(
    store: Store, settings: Settings, tmp_path: Path
) -> None:
    for n in range(80):
        store.save_show(busy_show(n))
    out = tmp_path / "big"
    build_site(store, settings, out_dir=out, now=NOW)
    page = out / "seasons/fall-2030.html"
    assert page.read_text(encoding="utf-8").count("data-card") == 80
    assert page.stat().st_size < PAGE_LIMIT


def busy_show(n: int) -> Show:
    facts = ShowFacts(
        title=f"A Rather Long Show Title Number {n}: The Animation",
        alt_titles=(f"Nagai Taitoru {n}", f"Long Title {n}"),
        season="Fall 2030",
        premiere_date=date(2030, 10, 1 + n % 28),
        premiere_time="23:30 JST",
        broadcasters=("Tokyo MX", "BS11", "AT-X"),
        streaming=("Crunchyroll", "Netflix"),
        studios=("Studio Example",),
        director=("Director Name",),
        series_composition=("Writer Name",),
        character_design=("Designer Name",),
        music=("Composer Name",),
        original_creator=("Author Name",),
        source_material="light novel",
        episodes_or_cours="12 episodes",
        genres=("action", "fantasy", "drama", "romance"),
        cast=tuple(CastMember(actor=f"Actor {i}", character=f"Character {i}") for i in range(20)),
        themes=(
            ThemeSong(kind="opening", title="Opening Song", artist="Band"),
            ThemeSong(kind="ending", title="Ending Song", artist="Singer"),
        ),
    )
    return Show(slug=f"busy-{n}", facts=facts, first_seen=NOW, updated_at=NOW)


def test_a_slug_unsafe_as_a_file_name_gets_a_stable_safe_one(
    store: Store, settings: Settings, tmp_path: Path
) -> None:
    store.save_show(
        Show(slug="../Évil/slug", facts=ShowFacts(title="Odd slug", season="Spring 2021"))
    )
    first = build_site(store, settings, out_dir=tmp_path / "a", now=NOW)
    second = build_site(store, settings, out_dir=tmp_path / "b", now=NOW)
    assert first.renamed == second.renamed
    ((slug, name),) = first.renamed
    assert slug == "../Évil/slug" and "/" not in name and ".." not in name
    assert (tmp_path / "a" / "shows" / f"{name}.html").is_file()
    assert not (tmp_path / "Évil").exists()


def test_an_empty_store_still_builds_a_working_index(
    store: Store, settings: Settings, tmp_path: Path
) -> None:
    report = build_site(store, settings, out_dir=tmp_path / "empty", now=NOW)
    assert "index.html" in report.written
    again = build_site(store, settings, out_dir=tmp_path / "empty", now=NOW + timedelta(days=9))
    assert again.written == ()
    feed = feedparser.parse((tmp_path / "empty/feed.atom").read_bytes())
    assert not feed.bozo and feed.entries == []


def test_an_unavailable_key_visual_stays_a_link_never_hot_linked_and_only_http(
    site: Path,
) -> None:
    # The fixture's image address cannot be downloaded (tests reach no other host), so
    # the archive has no rendition of it and the card links to it instead.
    season = parse(site / "seasons/spring-2021.html")
    assert "img" not in season.tags
    refs = {v for _t, _a, v in season.refs}
    assert eighty_six().image_url in refs
    assert XSS_LINK not in refs


def test_archive_command_prints_what_it_wrote(
    store: Store, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(store)
    monkeypatch.setenv("DIGEST_HOME", str(settings.home))
    out = tmp_path / "cli-site"
    first = CliRunner().invoke(app, ["archive", "--out", str(out)])
    assert first.exit_code == 0, first.output
    assert "wrote    issues/1.html" in first.output
    assert out.as_uri() + "/issues/1.html" in (out / "feed.atom").read_text(encoding="utf-8")
    again = CliRunner().invoke(app, ["archive", "--out", str(out)])
    assert again.exit_code == 0 and "0 written" in again.output
    assert "wrote" not in again.output


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("09:00 PST", datetime(2030, 1, 8, 17, 0, tzinfo=UTC)),
        ("25:55 JST", datetime(2030, 1, 8, 16, 55, tzinfo=UTC)),  # 01:55 on Jan 9 in Japan
        ("7:05", datetime(2030, 1, 7, 22, 5, tzinfo=UTC)),  # no zone: Japan time
        ("around midnight", date(2030, 1, 8)),  # unreadable: the date alone, all day
        ("31:00 JST", date(2030, 1, 8)),
        ("09:00 XYZ", date(2030, 1, 8)),
    ],
)
def test_calendar_reads_premiere_times_or_falls_back_to_the_date(
    store: Store, settings: Settings, tmp_path: Path, written: str, expected: date
) -> None:
    facts = ShowFacts(
        title="Clock", season="Winter 2030", premiere_date=date(2030, 1, 8), premiere_time=written
    )
    store.save_show(Show(slug="clock", facts=facts))
    build_site(store, settings, out_dir=tmp_path, now=NOW)
    calendar = icalendar.Calendar.from_ical((tmp_path / "calendar/winter-2030.ics").read_bytes())
    (event,) = calendar.walk("VEVENT")
    start = event.decoded("dtstart")
    if isinstance(expected, datetime):
        assert start.astimezone(UTC) == expected
    else:
        assert start == expected and not isinstance(start, datetime)


def test_a_build_that_fails_part_way_leaves_the_old_site_whole(
    store: Store, settings: Settings, site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    store.save_issue(replace(issues()[2], number=4, subject="Anime Digest #4"))

    def broken_feed(*args: object, **kwargs: object) -> bytes:
        raise RenderError("feed failed")

    monkeypatch.setattr("pipeline.archive.site.atom_feed", broken_feed)
    with pytest.raises(RenderError):
        build_site(store, replace(settings, base_url=BASE), out_dir=site, now=NOW)
    after = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    assert after == before


def test_the_feed_keeps_the_newest_fifty_issues_and_the_site_keeps_all(
    store: Store, settings: Settings, tmp_path: Path
) -> None:
    for n in range(1, 56):
        created = NOW + timedelta(weeks=n)
        store.save_issue(Issue(n, "weekly", f"Issue {n}", created, "Spring 2021"))
    build_site(store, replace(settings, base_url=BASE), out_dir=tmp_path, now=NOW)
    feed = feedparser.parse((tmp_path / "feed.atom").read_bytes())
    assert [e.link for e in feed.entries][::49] == [f"{BASE}issues/55.html", f"{BASE}issues/6.html"]
    assert len(feed.entries) == 50
    assert (tmp_path / "issues/1.html").is_file()


def test_current_on_the_index_means_the_season_of_the_build_date(
    store: Store, settings: Settings, tmp_path: Path
) -> None:
    seed(store)
    build_site(store, settings, out_dir=tmp_path / "then", now=NOW)
    build_site(store, settings, out_dir=tmp_path / "later", now=datetime(2026, 12, 4, tzinfo=UTC))
    then = (tmp_path / "then/index.html").read_text(encoding="utf-8")
    later = (tmp_path / "later/index.html").read_text(encoding="utf-8")
    assert 'Spring 2021</a> <span class="badge">current</span>' in then
    assert "current</span>" not in later


def test_show_page_gives_each_fact_once_and_each_source_once(site: Path) -> None:
    text = (site / "shows/86-eighty-six.html").read_text(encoding="utf-8")
    facts, timeline = text.split('id="timeline-heading"')
    articles = {p.link for p in eighty_six().provenance if p.link}
    assert all(facts.count(f'href="{link}"') == 1 for link in articles)  # cited by number
    assert "A-1 Pictures" in facts
    assert "Studio: A-1 Pictures" not in timeline  # the timeline tells changes, not facts
    assert 'href="#source-1"' in text and 'id="source-1"' in text


def test_the_latest_issue_card_says_how_many_premieres_it_cut(
    store: Store, settings: Settings, tmp_path: Path
) -> None:
    shows = tuple(replace(eighty_six(), slug=f"show-{i}") for i in range(7))
    latest = replace(issues()[-1], number=99, premieres=shows)
    store.save_issue(latest)
    build_site(store, settings, out_dir=tmp_path / "site", now=NOW)
    index = (tmp_path / "site/index.html").read_text(encoding="utf-8")
    card = index[: index.index('class="columns"')]
    assert card.count("<li><strong>") == 5
    assert '<a href="issues/99.html">+2 more</a>' in card


def test_show_page_opens_with_its_cover_and_synopsis(
    store: Store, settings: Settings, tmp_path: Path
) -> None:
    cover = "https://covers.example.org/86.jpg"
    synopsis = "The Republic of San Magnolia claims its war is fought by drones."
    entry = CatalogLink("anilist", 116589, "https://anilist.co/anime/116589", cover, synopsis)
    store.save_show(replace(eighty_six(), image_url=None, catalog=entry))
    out = tmp_path / "site"
    keep_cover(out, cover)
    build_site(store, settings, out_dir=out, now=NOW)
    text = (out / "shows/86-eighty-six.html").read_text(encoding="utf-8")
    top, rest = text.split('id="facts-heading"')
    assert 'class="show-img"' in top and synopsis in top
    assert synopsis not in rest  # said once, at the top

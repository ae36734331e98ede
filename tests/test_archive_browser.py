"""The archive site in a real headless Chromium: loads clean, filters, local times, no XSS.

Pages are opened from ``file://`` and from a local ``http.server`` on 127.0.0.1 that
the fixture starts and stops (serving the site under a sub-path, /site/). Needs
Debian's ``chromium`` at /usr/bin/chromium (``.ci/run`` installs it); without it these
tests fail under ``CI=true`` and are skipped elsewhere. Screenshots of the index, season,
show and issue pages at 1200 and 390 px are kept under ``var/screenshots/`` (not in git)
for a person to look at.
"""

from __future__ import annotations

import os
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from site_fixtures import eighty_six, keep_cover, seed

from pipeline.archive.site import build_site
from pipeline.core.config import Settings
from pipeline.core.models import CatalogLink
from pipeline.store import Store

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parent.parent / "var" / "screenshots"
BASE = "https://digest.example.org/anime/"
ATOM = "{http://www.w3.org/2005/Atom}"
NOW = datetime(2021, 4, 1, 12, 0, tzinfo=UTC)
SYNOPSIS = (
    "The Republic of San Magnolia says its war against the Empire is fought by unmanned "
    "drones. In truth, the 86, people it stripped of their rights, pilot them."
)


def _unavailable(reason: str) -> None:
    message = f"browser tests need headless Chromium: {reason}"
    if os.environ.get("CI") == "true":
        pytest.fail(message + " (CI=true: .ci/run must install Debian's chromium package)")
    pytest.skip(message)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.is_file():
        _unavailable(f"{CHROMIUM} is missing; apt-get install chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is missing; pip install -e '.[test]'")
    with sync_playwright() as playwright:
        handle = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield handle
        handle.close()


@pytest.fixture
def site(store: Store, settings: Settings, tmp_path: Path) -> Path:
    seed(store)
    out = tmp_path / "site"
    build_site(store, replace(settings, base_url=BASE), out_dir=out, now=NOW)
    return out


@pytest.fixture
def server(site: Path) -> Iterator[str]:
    """The site over HTTP on 127.0.0.1 under a sub-path (/site/), stopped after the test."""

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(site.parent)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/{site.name}/"
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=10)


@pytest.fixture
def context(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(locale="en-US", timezone_id="Europe/Berlin")
    yield ctx
    ctx.close()


class Watched:
    """A page with its console errors, uncaught errors and requests recorded."""

    def __init__(self, context: Any) -> None:
        self.page = context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda exc: self.errors.append(f"uncaught: {exc}"))
        self.page.on("request", lambda request: self.requests.append(request.url))

    def _console(self, message: Any) -> None:
        if message.type in {"error", "warning"}:
            self.errors.append(f"{message.type}: {message.text}")

    def open(self, url: str) -> Any:
        self.page.goto(url, wait_until="load")
        return self.page


def pages_of(site: Path) -> list[str]:
    return sorted(str(p.relative_to(site)) for p in site.rglob("*.html"))


def xss_fired(page: Any) -> bool:
    return bool(page.evaluate("window.__xss !== undefined || document.title === 'pwned'"))


@pytest.mark.parametrize("scheme", ["file", "http"])
def test_every_page_loads_clean_and_asks_no_other_host(
    context: Any, site: Path, server: str, scheme: str
) -> None:
    root = site.as_uri() + "/" if scheme == "file" else server
    for rel in pages_of(site):
        watched = Watched(context)
        page = watched.open(root + rel)
        page.wait_for_load_state("networkidle")
        assert watched.errors == [], f"{rel}: {watched.errors}"
        outside = [url for url in watched.requests if not url.startswith(root)]
        assert outside == [], f"{rel} asked other hosts: {outside}"
        assert not xss_fired(page), f"a payload ran on {rel}"
        page.close()


def test_season_filters_narrow_the_cards_by_clicking(context: Any, site: Path) -> None:
    page = Watched(context).open((site / "seasons/spring-2021.html").as_uri())
    cards = page.locator("[data-card]:visible .card-title")
    status = page.locator("[data-filter-status]")
    assert cards.count() == 5
    page.get_by_role("button", name="mecha", exact=True).click()
    assert cards.all_inner_texts() == ["86-Eighty-Six"]
    assert status.inner_text() == "Showing 1 of 5 shows"
    page.get_by_role("button", name="mecha", exact=True).click()
    page.get_by_role("button", name="Tokyo MX", exact=True).click()
    assert cards.all_inner_texts() == ["Vivy: Fluorite Eye's Song", "86-Eighty-Six"]
    page.get_by_role("button", name="music", exact=True).click()
    assert cards.all_inner_texts() == ["Vivy: Fluorite Eye's Song"]
    assert page.get_by_role("button", name="music", exact=True).get_attribute("aria-pressed") == (
        "true"
    )
    page.get_by_role("button", name="Clear filters").click()
    assert cards.count() == 5


@pytest.mark.parametrize(
    ("zone", "expected"), [("Europe/Berlin", "16:30"), ("America/New_York", "10:30")]
)
def test_countdown_shows_the_premiere_in_the_readers_zone(
    browser: Any, site: Path, zone: str, expected: str
) -> None:
    ctx = browser.new_context(locale="en-US", timezone_id=zone)
    page = ctx.new_page()
    page.clock.set_fixed_time(datetime(2021, 4, 8, 12, 0, tzinfo=UTC))
    page.goto((site / "seasons/spring-2021.html").as_uri())
    card = page.locator("[data-card]", has_text="86-Eighty-Six")
    local = card.locator("[data-local]")
    local.wait_for(state="visible")
    text = local.inner_text()  # 23:30 JST on Apr 10 is 14:30 UTC
    assert f"Your time: Sat, Apr 10, {expected}" in text
    assert "in 2 days" in text
    assert "Sat 10 Apr 2021, 23:30 JST" in card.inner_text()
    page.goto((site / "issues/3.html").as_uri())
    listed = page.locator(".premiere-list li", has_text="86-Eighty-Six").locator("[data-local]")
    assert f"Your time: Sat, Apr 10, {expected}" in listed.inner_text()
    ctx.close()


def test_a_long_past_premiere_shows_its_date_not_days_ago(browser: Any, site: Path) -> None:
    ctx = browser.new_context(locale="en-US", timezone_id="Europe/Berlin")
    page = ctx.new_page()
    page.clock.set_fixed_time(datetime(2026, 12, 4, 12, 0, tzinfo=UTC))
    page.goto((site / "seasons/spring-2021.html").as_uri())
    card = page.locator("[data-card]", has_text="86-Eighty-Six")
    local = card.locator("[data-local]")
    local.wait_for(state="visible")
    assert "Your time: Sat, Apr 10, 16:30" in local.inner_text()
    assert "ago" not in card.inner_text()
    page.clock.set_fixed_time(datetime(2021, 4, 12, 12, 0, tzinfo=UTC))
    page.reload()
    local.wait_for(state="visible")
    assert "2 days ago" in local.inner_text()  # just after the premiere it still helps
    ctx.close()


def test_the_season_page_reads_fully_without_script(browser: Any, site: Path) -> None:
    ctx = browser.new_context(java_script_enabled=False)
    page = ctx.new_page()
    page.goto((site / "seasons/spring-2021.html").as_uri())
    assert page.locator("[data-card]:visible").count() == 5
    assert page.locator("[data-filters]").is_hidden()
    text = page.locator("main").inner_text()
    for fact in ("Sat 10 Apr 2021, 23:30 JST", "A-1 Pictures", "Shinei Nouzen", "Hitorie"):
        assert fact in text
    ctx.close()


def test_feed_payloads_execute_nothing(context: Any, site: Path) -> None:
    for rel in ("issues/2.html", "issues/3.html", "seasons/spring-2021.html"):
        page = Watched(context).open((site / rel).as_uri())
        assert page.get_by_text("window.__xss", exact=False).count() > 0, rel
        page.hover("main")
        for link in page.locator("main a").all():
            href = link.get_attribute("href") or ""
            assert not href.lower().startswith(("javascript:", "data:")), f"{rel}: {href}"
        assert page.locator("main [onerror], main [onload], main script").count() == 0
        assert not xss_fired(page), rel
    page = Watched(context).open((site / "shows/evil-show.html").as_uri())
    assert not xss_fired(page)


def test_feed_content_shown_as_html_runs_no_script(context: Any, site: Path) -> None:
    entries = ET.parse(site / "feed.atom").getroot().iter(f"{ATOM}entry")
    contents = [entry.findtext(f"{ATOM}content") or "" for entry in entries]
    assert any("window.__xss" in content for content in contents)
    page = context.new_page()
    for content in contents:
        page.set_content(f"<!doctype html><title>feed</title><body>{content}</body>")
        assert not xss_fired(page)


@pytest.fixture
def showcase(store: Store, settings: Settings, tmp_path: Path) -> Path:
    """The site as a visitor meets it: a sign-up page, and a show with cover and synopsis."""
    seed(store)
    kv = eighty_six().image_url
    assert kv is not None
    entry = CatalogLink("anilist", 116589, "https://anilist.co/anime/116589", None, SYNOPSIS)
    store.save_show(replace(eighty_six(), catalog=entry))
    out = tmp_path / "showcase"
    keep_cover(out, kv)
    signup = replace(settings, base_url=BASE, subscribe_url=f"{BASE}subscribe")
    build_site(store, signup, out_dir=out, now=NOW)
    return out


def shoot(page: Any, site: Path, rel: str, name: str, width: int) -> None:
    """A full-page PNG of ``rel`` under var/screenshots/, failing if the page is wider
    than the window (sideways scrolling) or a picture did not load."""
    page.goto((site / rel).as_uri())
    shot = ARTIFACTS / f"site-{name}-{width}.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.read_bytes().startswith(b"\x89PNG")
    wide = page.evaluate("document.documentElement.scrollWidth")
    assert wide <= width, f"{rel} scrolls sideways at {width} px ({wide} px wide)"
    broken = page.evaluate("[...document.images].filter(i => !i.naturalWidth).length")
    assert broken == 0, f"{rel} has {broken} broken image(s)"


@pytest.mark.parametrize("width", [1200, 390])
def test_screenshots_of_the_pages_at_desktop_and_phone_width(
    browser: Any, showcase: Path, width: int
) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    ctx = browser.new_context(
        locale="en-US", timezone_id="Europe/Berlin", viewport={"width": width, "height": 900}
    )
    page = ctx.new_page()
    page.clock.set_fixed_time(datetime(2021, 4, 2, 9, 0, tzinfo=UTC))
    for rel, name in (
        ("index.html", "index"),
        ("seasons/spring-2021.html", "season"),
        ("shows/86-eighty-six.html", "show"),
        ("issues/2.html", "issue"),
    ):
        shoot(page, showcase, rel, name, width)
        assert page.get_by_role("link", name="Subscribe", exact=True).is_visible()
    # the lineup table: a show's name has room for words, not a column of letters
    for name in page.locator("table.lineup tbody th").all():
        assert name.bounding_box()["width"] >= 150, name.inner_text()
    ctx.close()


def test_missing_chromium_fails_under_ci_and_skips_elsewhere(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="must install Debian's chromium"):
        _unavailable("/usr/bin/chromium is missing")
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="chromium is missing"):
        _unavailable("/usr/bin/chromium is missing")

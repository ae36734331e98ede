"""Every archive page says how to subscribe, and only where a sign-up page exists.

Three cases: built with ``DIGEST_SUBSCRIBE_URL`` (every page links it); built without
it and published as static files (no Subscribe link anywhere, rather than a dead one);
and served by ``anime-digest serve`` (a real uvicorn server on 127.0.0.1), where every
page links the server's own sign-up form, which answers with the form.
"""

from __future__ import annotations

import re
import urllib.request
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from mailsink import free_port
from site_fixtures import seed
from web_fixtures import UvicornThread

from pipeline.archive.site import build_site
from pipeline.core.config import Settings
from pipeline.core.errors import ConfigError
from pipeline.store import Store
from pipeline.web import create_app

NOW = datetime(2021, 4, 1, 12, 0, tzinfo=UTC)
KINDS = ("index.html", "issues/", "seasons/", "shows/")  # one page of each kind at least
SUBSCRIBE = re.compile(r'<a class="(?:subscribe|button)" href="([^"]+)">Subscribe')


def pages(site: Path) -> list[Path]:
    found = sorted(site.rglob("*.html"))
    for kind in KINDS:
        assert any(str(p.relative_to(site)).startswith(kind) for p in found), kind
    return found


def build(store: Store, settings: Settings, out: Path) -> Path:
    seed(store)
    build_site(store, settings, out_dir=out, now=NOW)
    return out


def test_with_a_subscribe_url_every_page_links_it(
    store: Store, settings: Settings, tmp_path: Path
) -> None:
    url = "https://lists.example.org/anime/join?x=1&y=2"
    site = build(store, replace(settings, subscribe_url=url), tmp_path / "site")
    for page in pages(site):
        html = page.read_text(encoding="utf-8")
        assert "https://lists.example.org/anime/join?x=1&amp;y=2" in SUBSCRIBE.findall(html), page
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "is a weekly email about the anime season" in index  # the pitch
    assert "Subscribe by email" in index


def test_a_static_site_without_sign_up_has_no_subscribe_link(
    store: Store, settings: Settings, tmp_path: Path
) -> None:
    site = build(store, settings, tmp_path / "site")
    for page in pages(site):
        html = page.read_text(encoding="utf-8")
        assert SUBSCRIBE.findall(html) == [] and ">Subscribe" not in html, page


def test_a_bad_subscribe_url_is_refused_naming_the_setting(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="DIGEST_SUBSCRIBE_URL: expected the sign-up page"):
        Settings.load(home=tmp_path, subscribe_url="javascript:alert(1)")


@pytest.fixture
def served(store: Store, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    port = free_port()
    settings = Settings.load(home=tmp_path / "home", base_url=f"http://127.0.0.1:{port}/")
    site = build(store, settings, settings.site_dir)
    server = UvicornThread(create_app(settings), port=port)
    server.start()
    yield server.url, site
    server.stop()


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def test_a_served_site_links_its_own_sign_up_form_on_every_page(
    served: tuple[str, Path],
) -> None:
    root, site = served
    for page in pages(site):
        status, html = fetch(root + str(page.relative_to(site)))
        assert status == 200
        assert SUBSCRIBE.findall(html) == [f"{root}subscribe"] * len(SUBSCRIBE.findall(html))
        assert SUBSCRIBE.findall(html), page
        assert "anime-digest:subscribe" not in html  # no marker left behind
    status, form = fetch(f"{root}subscribe")
    assert status == 200 and '<form method="post"' in form and 'name="email"' in form
    status, missing = fetch(f"{root}no/such/page.html")
    assert status == 404 and "/subscribe" in missing
    status, root_page = fetch(root)  # the folder's index.html
    assert status == 200 and SUBSCRIBE.findall(root_page)

"""Every archive page says how to subscribe, and only where a sign-up page exists.

Three cases: built with ``DIGEST_SUBSCRIBE_URL`` (every page links it); built without
it and published as static files (no Subscribe link anywhere, rather than a dead one);
and served by ``anime-digest serve --dev`` (the command itself, in a process of its own
on 127.0.0.1), where every page, the 404 page too, links the server's own sign-up form,
and following the link opens that form.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urljoin

import httpx
import pytest
from mailsink import free_port
from site_fixtures import seed
from typer.testing import CliRunner
from web_fixtures import wait_for

from pipeline.app.cli import app
from pipeline.archive.site import build_site
from pipeline.core.config import Settings
from pipeline.core.errors import ConfigError
from pipeline.store import Store

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
    assert '<a class="button" href="https://lists.example.org/anime/join?x=1&amp;y=2">' in index


def test_the_index_says_what_the_digest_is_and_when_it_comes(
    store: Store, settings: Settings, tmp_path: Path
) -> None:
    twice = replace(settings, schedule="mon,thu 18:30", timezone="Europe/Berlin")
    site = build(store, twice, tmp_path / "site")
    index = (site / "index.html").read_text(encoding="utf-8")
    pitch = index[index.index('class="pitch"') : index.index('class="latest"')]
    assert "is an email about the anime season" in pitch
    assert "every Monday and Thursday at 18:30 Europe/Berlin time" in pitch
    assert "Latest issue" in index  # and the latest issue follows it


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


def test_the_archive_command_stops_on_a_subscribe_url_without_its_scheme(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIGEST_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("DIGEST_SUBSCRIBE_URL", "lists.example.org/join")
    result = CliRunner().invoke(app, ["archive"])
    assert result.exit_code == 2
    assert "DIGEST_SUBSCRIBE_URL" in result.output and "'lists.example.org/join'" in result.output
    assert not (tmp_path / "home" / "site").exists()  # nothing built with a dead link


@pytest.fixture
def served(store: Store, settings: Settings) -> Iterator[tuple[str, Path]]:
    """``anime-digest serve --dev`` over a built archive, stopped after the test."""
    site = build(store, settings, settings.site_dir)
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "serve", "--dev", "--port", str(port)],
        env={**os.environ, "DIGEST_HOME": str(settings.home)},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    root = f"http://127.0.0.1:{port}/"
    try:
        wait_for(lambda: answers(root) or process.poll() is not None, what="serve to listen")
        assert process.poll() is None, process.communicate()[0]
        yield root, site
    finally:
        process.terminate()
        process.communicate(timeout=10)


def answers(url: str) -> bool:
    try:
        return httpx.get(url, timeout=1).status_code == 200
    except httpx.TransportError:
        return False


def follows_to_the_form(href: str) -> None:
    form = httpx.get(href, timeout=10)
    assert form.status_code == 200, href
    assert '<form method="post"' in form.text and 'name="email"' in form.text


def test_a_served_site_links_its_own_sign_up_form_on_every_page(
    served: tuple[str, Path],
) -> None:
    root, site = served
    hrefs = set()
    for page in pages(site):
        answer = httpx.get(root + str(page.relative_to(site)), timeout=10)
        assert answer.status_code == 200
        assert SUBSCRIBE.findall(answer.text), page
        assert "anime-digest:subscribe" not in answer.text  # no marker left behind
        hrefs.update(SUBSCRIBE.findall(answer.text))
    assert hrefs == {f"{root}subscribe"}
    follows_to_the_form(hrefs.pop())
    index = httpx.get(root, timeout=10)  # the folder's own index.html
    assert "Subscribe by email" in index.text
    missing = httpx.get(f"{root}shows/no-such-show.html", timeout=10)
    assert missing.status_code == 404
    [href] = re.findall(r'<a class="button" href="([^"]+)">Subscribe</a>', missing.text)
    follows_to_the_form(urljoin(str(missing.url), href))


def test_a_served_page_is_revalidated_like_a_file_and_takes_no_posts(
    served: tuple[str, Path],
) -> None:
    root, _ = served
    first = httpx.get(f"{root}seasons/spring-2021.html", timeout=10)
    etag = first.headers["etag"]
    again = httpx.get(first.url, headers={"If-None-Match": etag}, timeout=10)
    assert again.status_code == 304 and again.content == b""
    assert httpx.post(first.url, timeout=10).status_code == 405

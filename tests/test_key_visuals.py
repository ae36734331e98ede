"""Show key visuals: downloaded once into the archive, resized, embedded; linked from email."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
import structlog
from digest_fixtures import Tags, email_settings, many_shows, sample_issue, simple_show
from newssite import NewsSite
from PIL import Image
from typer.testing import CliRunner

from pipeline.app.cli import app
from pipeline.archive import build_site
from pipeline.core.config import Settings
from pipeline.core.models import CatalogLink, Source, Variant
from pipeline.core.reports import SiteReport
from pipeline.core.text import image_path
from pipeline.fetch import fetch
from pipeline.merge import refresh
from pipeline.render import personalise, render
from pipeline.store import Store

NOW = datetime(2022, 3, 1, 12, 0, tzinfo=UTC)
HOSTILE = {  # image path -> what the archive report says about it
    "/img/missing.jpg": "HTTP 404",
    "/img/page.jpg": "not an image: Content-Type text/html",
    "/img/fake.jpg": "not a picture Pillow can read",
    "/img/huge.jpg": "too large: 209715200 bytes",
    "/img/endless.jpg": "too large: over 5242880 bytes",
    "/img/bomb.png": "decompression bomb refused",
    "/img/truncated.jpg": "broken image",
}


@pytest.fixture
def site() -> Iterator[NewsSite]:
    server = NewsSite().start()
    yield server
    server.stop()


@pytest.fixture
def quick(settings: Settings) -> Settings:
    return replace(settings, connect_timeout=1.0, read_timeout=0.3)


@pytest.fixture
def stocked(site: NewsSite, store: Store, quick: Settings) -> Store:
    """Shows merged from the summary-only feed, plus one show per hostile image."""
    wire = Source(id="wire", name="Anime Wire", url=site.url("/rss.xml"), full_text="always")
    fetch([wire], store, quick, now=NOW)
    refresh(store, now=NOW)
    for number, path in enumerate(HOSTILE):
        show = simple_show(f"hostile-{number}", f"Hostile Show {number}", season="Spring 2022")
        store.save_show(replace(show, image_url=site.url(path)))
    return store


def build(store: Store, settings: Settings, out: Path) -> SiteReport:
    return build_site(store, settings, out_dir=out, now=NOW)


def images_of(page: Path) -> list[dict[str, str | None]]:
    return Tags(page.read_text(encoding="utf-8")).named("img")


def test_the_archive_embeds_resized_key_visuals(
    stocked: Store, quick: Settings, site: NewsSite, tmp_path: Path
) -> None:
    out = tmp_path / "site"
    report = build(stocked, quick, out)
    assert report.images == 2  # the feed's key visual and a page's og:image
    station, garden = site.url("/img/kv.png"), site.url("/img/good.jpg")
    for url, large in ((station, (640, 360)), (garden, (640, 360))):
        with Image.open(out / image_path(url, 320)) as small:
            assert (small.format, small.size) == ("JPEG", (320, 180))
        with Image.open(out / image_path(url, 640)) as big:
            assert (big.format, big.size) == ("JPEG", large)

    cards = images_of(out / "seasons/spring-2022.html")
    assert sorted(img["alt"] or "" for img in cards) == ["Glass Garden", "Hoshikuzu Station"]
    for img in cards:
        assert (img["loading"], img["width"], img["height"]) == ("lazy", "320", "180")
        src = img["src"] or ""
        assert src.startswith("../assets/img/") and (out / "seasons" / src).resolve().is_file()
    (page,) = images_of(out / "shows/hoshikuzu-station.html")
    assert page["alt"] == "Hoshikuzu Station"
    assert page["src"] == "../" + image_path(station, 640)


def test_hostile_images_are_skipped_reported_and_shown_nowhere(
    stocked: Store, quick: Settings, site: NewsSite, tmp_path: Path
) -> None:
    out = tmp_path / "site"
    report = build(stocked, quick, out)
    reasons = {url: reason for url, reason in report.image_failures}
    assert set(reasons) == {site.url(path) for path in HOSTILE}
    for path, reason in HOSTILE.items():
        assert reasons[site.url(path)].startswith(reason), reasons[site.url(path)]
    assert len(list((out / "assets/img").iterdir())) == 4  # two renditions of two images
    season = (out / "seasons/spring-2022.html").read_text(encoding="utf-8")
    assert "127.0.0.1" not in " ".join(img["src"] or "" for img in Tags(season).named("img"))
    for number in range(len(HOSTILE)):
        assert images_of(out / f"shows/hostile-{number}.html") == []


def test_an_image_is_downloaded_once(
    stocked: Store, quick: Settings, site: NewsSite, tmp_path: Path
) -> None:
    out = tmp_path / "site"
    build(stocked, quick, out)
    asked = len(site.requests)
    again = build(stocked, quick, out)
    later = {r.path for r in site.requests[asked:]}
    assert "/img/good.jpg" not in later and "/img/kv.png" not in later
    assert again.written == () and again.images == 2


def test_the_archive_command_reports_skipped_images_and_succeeds(
    stocked: Store, quick: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIGEST_HOME", str(quick.home))
    monkeypatch.setenv("DIGEST_READ_TIMEOUT", "0.3")
    try:
        result = CliRunner().invoke(app, ["archive", "--out", str(tmp_path / "cli-site")])
    finally:
        structlog.reset_defaults()
    assert result.exit_code == 0, result.output
    assert "2 show images, 7 skipped" in result.output
    assert "skipped  image http://127.0.0.1" in result.output


@pytest.mark.parametrize(
    ("base_url", "expect_images"), [("https://digest.example.org/", True), (None, False)]
)
def test_preview_links_the_320_rendition_only_for_a_web_archive(
    stocked: Store,
    quick: Settings,
    site: NewsSite,
    monkeypatch: pytest.MonkeyPatch,
    base_url: str | None,
    expect_images: bool,
) -> None:
    monkeypatch.setenv("DIGEST_HOME", str(quick.home))
    if base_url:
        monkeypatch.setenv("DIGEST_BASE_URL", base_url)
    try:
        assert CliRunner().invoke(app, ["build", "--date", "2022-03-28"]).exit_code == 0
        assert CliRunner().invoke(app, ["archive"]).exit_code == 0
        shown = CliRunner().invoke(app, ["preview"])
    finally:
        structlog.reset_defaults()
    assert shown.exit_code == 0, shown.output
    html = (quick.home / "preview" / "issue-1.html").read_text(encoding="utf-8")
    assert "Hoshikuzu Station" in html and "Hostile Show 0" in html
    sources = {img["src"]: img["alt"] for img in Tags(html).named("img")}
    if expect_images:
        station = f"{base_url}{image_path(site.url('/img/kv.png'), 320)}"
        assert sources[station] == "Key visual of Hoshikuzu Station"
        assert f"{base_url}{image_path(site.url('/img/good.jpg'), 320)}" in sources
        assert len(sources) == 2  # the hostile images, skipped by the archive, show nowhere
    else:
        assert sources == {}


def pictured_mail(tmp_path: Path, count: int, *, archived: int | None = None) -> str:
    """An issue of ``count`` shows with images; the archive holds the first ``archived``."""
    cfg = email_settings(tmp_path)
    shows = tuple(
        replace(show, image_url=f"https://img.news.test/key-visual-{n}.jpg")
        for n, show in enumerate(many_shows(count))
    )
    for show in shows[: count if archived is None else archived]:
        rendition = cfg.site_dir / image_path(show.image_url or "", 320)
        rendition.parent.mkdir(parents=True, exist_ok=True)
        rendition.write_bytes(b"jpeg")
    rendered = render(sample_issue(lineup=shows), Variant("Europe/Berlin"), settings=cfg)
    return personalise(
        rendered, name="Mio", unsubscribe_url=f"{cfg.base_url}u", preferences_url=None,
        view_url=f"{cfg.base_url}issues/7.html",
    ).html  # fmt: skip


def test_email_images_are_links_to_the_archives_renditions(tmp_path: Path) -> None:
    html = pictured_mail(tmp_path, 20, archived=15)
    images = Tags(html).named("img")
    assert len(images) == 15  # an image the archive does not hold would show broken
    assert all(
        (img["src"] or "").startswith("https://digest.example.org/assets/img/") for img in images
    )
    assert "data:image" not in html  # linked, never inline data


def test_images_never_push_a_sixty_show_email_past_gmails_clip(tmp_path: Path) -> None:
    html = pictured_mail(tmp_path, 60)
    assert len(html.encode()) < 90_000
    assert html.count('class="thumb"') == 60  # every show kept its card and its picture
    assert "more show" not in html


def test_a_run_over_hostile_pages_and_images_succeeds(
    site: NewsSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        f"sources:\n  - id: wire\n    name: Anime Wire\n    url: {site.url('/rss.xml')}\n"
        "    full_text: always\n",
        encoding="utf-8",
    )
    home = tmp_path / "run-home"
    monkeypatch.setenv("DIGEST_HOME", str(home))
    monkeypatch.setenv("DIGEST_READ_TIMEOUT", "0.3")
    try:
        result = CliRunner().invoke(app, ["run", "--sources", str(sources)])
    finally:
        structlog.reset_defaults()
    assert result.exit_code == 0, result.output
    assert "2 article pages read, 3 not used" in " ".join(result.output.split())
    assert len(list((home / "site/assets/img").iterdir())) == 4  # 320 and 640 of two images


def test_a_show_without_a_key_visual_takes_its_catalogue_cover(
    store: Store, quick: Settings, site: NewsSite, tmp_path: Path
) -> None:
    cover = site.url("/img/good.jpg")
    link = CatalogLink(source="anilist", id=7, url=None, cover_url=cover, synopsis=None)
    show = simple_show("covered", "Covered Show", season="Spring 2022")
    store.save_show(replace(show, catalog=link))
    out = tmp_path / "site"
    report = build(store, quick, out)
    assert report.images == 1
    (page,) = images_of(out / "shows/covered.html")
    assert page["src"] == "../" + image_path(cover, 640)

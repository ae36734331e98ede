"""A run with the catalogue out of reach still builds and sends, and says what failed."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fake_anilist import SPRING_2021, FakeAniList
from feedserver import FeedServer
from mailsink import Sink, SmtpServer
from typer.testing import CliRunner

from pipeline.app import cli
from pipeline.app.run import run_once
from pipeline.core.config import Settings
from pipeline.core.models import Subscriber
from pipeline.store import Store

REPO = Path(__file__).resolve().parent.parent
NOW = datetime(2021, 4, 5, 9, 10, tzinfo=UTC)  # Monday, just after the "mon 09:00" slot


@pytest.fixture
def sources(tmp_path: Path) -> Iterator[Path]:
    root = tmp_path / "served"
    root.mkdir()
    shutil.copy(REPO / "examples" / "feeds" / "sakura-wire.xml", root / "previews.xml")
    server = FeedServer(root).start()
    path = tmp_path / "sources.yaml"
    url = server.url("/feeds/previews.xml")
    path.write_text(f"sources:\n  - {{id: previews, name: Preview Wire, url: '{url}'}}\n")
    yield path
    server.stop()


def settings_for(tmp_path: Path, smtp: SmtpServer, anilist_url: str) -> Settings:
    settings = Settings.load(
        home=tmp_path / "home",
        smtp_url=smtp.url,
        base_url="https://digest.example.org/",
        catalog="anilist",
        anilist_url=anilist_url,
        catalog_wait_seconds=1.5,
    )
    store = Store.open(settings.database_url)
    store.add_subscriber(Subscriber(email="aki@example.org"), now=NOW, via="test")
    store.close()
    return settings


def test_a_run_with_the_catalogue_down_still_sends_and_names_the_failure(
    tmp_path: Path, sources: Path, smtp: SmtpServer, sink: Sink
) -> None:
    gone = FakeAniList({}).start()
    gone.stop()
    settings = settings_for(tmp_path, smtp, gone.url)

    report = run_once(settings, now=NOW, sources_path=sources)

    assert report.errors == ()
    assert report.issue_number == 1 and report.send is not None and report.send.sent == 1
    assert sink.per_recipient() == {"aki@example.org": 1}
    assert report.catalog is None
    (warning,) = report.warnings
    assert warning.step == "catalog"
    assert f"cannot reach AniList at {gone.url}" in warning.message
    assert "DIGEST_CATALOG_WAIT_SECONDS" in warning.message


def test_the_run_command_prints_the_catalogue_warning(
    tmp_path: Path, sources: Path, smtp: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    gone = FakeAniList({}).start()
    gone.stop()
    settings = settings_for(tmp_path, smtp, gone.url)
    monkeypatch.setenv("DIGEST_HOME", str(settings.home))
    monkeypatch.setenv("DIGEST_SMTP_URL", smtp.url)
    monkeypatch.setenv("DIGEST_BASE_URL", "https://digest.example.org/")
    monkeypatch.setenv("DIGEST_CATALOG", "anilist")
    monkeypatch.setenv("DIGEST_ANILIST_URL", gone.url)
    monkeypatch.setenv("DIGEST_CATALOG_WAIT_SECONDS", "0")

    result = CliRunner().invoke(cli.app, ["run", "--sources", str(sources)])

    assert result.exit_code == 0, result.output
    assert "catalog" in result.output and "warning:" in result.output
    assert "cannot reach AniList" in result.output


def test_a_run_refreshes_the_lineup_season_and_links_it(
    tmp_path: Path, sources: Path, smtp: SmtpServer, sink: Sink
) -> None:
    anilist = FakeAniList(SPRING_2021).start()
    try:
        settings = settings_for(tmp_path, smtp, anilist.url)
        report = run_once(settings, now=NOW, sources_path=sources)
    finally:
        anilist.stop()

    assert report.warnings == () and report.catalog is not None
    assert (report.catalog.season, report.catalog.entries) == ("Spring 2021", 5)
    store = Store.open(settings.database_url)
    try:
        issue = store.issue(1)
    finally:
        store.close()
    assert issue is not None
    assert {s.slug for s in issue.lineup if not s.news} >= {"anilist-120001", "anilist-120003"}
    linked = next(s for s in issue.lineup if s.slug == "86-eighty-six")
    assert linked.catalog is not None and linked.catalog.id == 116589
    (message,) = sink.messages()
    html = next(p for p in message.walk() if p.get_content_type() == "text/html")
    body = html.get_payload(decode=True).decode()
    assert "Twilight Diner" in body and "no news yet" in body
    assert "Season data from AniList" in body

"""The command line's small promises: plain help, --version, exact error text, named options."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from digest_fixtures import sample_issue
from typer.testing import CliRunner
from web_fixtures import wait_for

from pipeline.app import cli
from pipeline.app.schedule import FETCH_JOB, start_scheduler
from pipeline.core.clock import utcnow
from pipeline.core.config import Settings
from pipeline.store import Store
from pipeline.web import create_app

REPO = Path(__file__).resolve().parent.parent


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli.app, list(args))
    return result.exit_code, result.output


@pytest.mark.parametrize("command", [[], ["send"], ["fetch"], ["run"], ["preview"]])
def test_help_shows_options_without_type_noise(command: list[str]) -> None:
    code, output = invoke(*command, "--help")
    assert code == 0
    assert "<bool>" not in output and "<list[str]>" not in output
    if command == ["send"]:
        assert "--to EMAIL" in output
    if command in ([], ["run"], ["send"]):
        assert "4" in output and "unsent" in output  # the exit codes are described


def test_version_is_printed() -> None:
    code, output = invoke("--version")
    assert code == 0 and output.startswith("anime-digest 0.")


def test_error_text_keeps_square_brackets(tmp_path: Path) -> None:
    code, output = invoke("fetch", "--sources", str(tmp_path / "feeds[old].yaml"))
    assert code == 2
    assert "feeds[old].yaml" in output


def test_preview_refuses_an_unknown_genre(
    settings: Settings, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIGEST_HOME", str(settings.home))
    store.save_issue(sample_issue(number=1))
    code, output = invoke("preview", "--genres", "mecha,robots")
    assert code == 2
    assert "--genres" in output and "robots" in output


def test_send_to_a_bad_address_names_the_option(
    settings: Settings, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIGEST_HOME", str(settings.home))
    store.save_issue(sample_issue(number=1))
    code, output = invoke("send", "--to", "not-an-email")
    assert code == 2
    assert "--to 'not-an-email'" in output


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_a_missing_page_of_the_built_archive_is_an_html_page(
    settings: Settings, anyio_backend: str
) -> None:
    settings.site_dir.mkdir(parents=True)
    (settings.site_dir / "index.html").write_text("<h1>Issues</h1>", encoding="utf-8")
    app = create_app(settings)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        missing = await client.get("/issues/99.html")
    app.state.store.close()
    assert missing.status_code == 404
    assert missing.headers["content-type"].startswith("text/html")
    assert "Page not found" in missing.text
    assert "Content-Security-Policy" in missing.headers


def test_a_new_scheduler_fetches_at_once(
    settings: Settings, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIGEST_HOME", str(settings.home))  # the jobs read the environment
    scheduler = start_scheduler(settings, store, sources_path=REPO / "examples" / "sources.yaml")
    try:
        wait_for(lambda: store.recent_runs("fetch"), what="the first fetch", seconds=30)
        assert scheduler.get_job(FETCH_JOB).next_run_time > utcnow() + timedelta(hours=5)
    finally:
        scheduler.shutdown(wait=True)


def test_printed_subjects_keep_square_brackets(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIGEST_HOME", str(settings.home))
    code, output = invoke("build", "--special", "[Club] Spring 2021 preview")
    assert code == 0, output
    assert "Anime Digest special: [Club] Spring 2021 preview" in output


def test_a_thin_build_says_how_to_make_it_anyway(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIGEST_HOME", str(settings.home))
    code, output = invoke("build")
    assert code == 0
    assert "no issue built: thin week" in output and "--force" in output

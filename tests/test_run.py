"""The whole run against local feed and SMTP servers: figures match what happened, once."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from feedserver import FeedServer
from mailsink import Sink, SmtpServer
from typer.testing import CliRunner

from pipeline.app import cli
from pipeline.app.run import run_once
from pipeline.core.clock import utcnow
from pipeline.core.config import Settings
from pipeline.core.models import Subscriber
from pipeline.store import Store

REPO = Path(__file__).resolve().parent.parent
# Monday 5 April 2021, ten minutes after the default "mon 09:00" (UTC) slot.
NOW = datetime(2021, 4, 5, 9, 10, tzinfo=UTC)
SLOT = datetime(2021, 4, 5, 9, 0, tzinfo=UTC)
READERS = ["aki@example.org", "ben@example.org", "chie@example.org"]


@pytest.fixture
def feeds(tmp_path: Path) -> Iterator[FeedServer]:
    root = tmp_path / "served"
    root.mkdir()
    shutil.copy(REPO / "examples" / "feeds" / "sakura-wire.xml", root / "previews.xml")
    server = FeedServer(root).start()
    yield server
    server.stop()


@pytest.fixture
def sources(tmp_path: Path, feeds: FeedServer) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(
        "sources:\n"
        f"  - {{id: previews, name: Preview Wire, url: '{feeds.url('/feeds/previews.xml')}'}}\n"
        f"  - {{id: broken, name: Broken Feed, url: '{feeds.url('/status/500')}'}}\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def settings(tmp_path: Path, smtp: SmtpServer) -> Settings:
    settings = Settings.load(
        home=tmp_path / "home", smtp_url=smtp.url, base_url="https://digest.example.org/"
    )
    store = Store.open(settings.database_url)
    for address in READERS:
        store.add_subscriber(Subscriber(email=address), now=NOW, via="test")
    store.add_subscriber(Subscriber(email="gone@example.org", status="unsubscribed"), now=NOW,
                         via="test")  # fmt: skip
    store.close()
    return settings


def test_run_fetches_builds_sends_and_archives_and_reports_it(
    settings: Settings, sources: Path, sink: Sink
) -> None:
    report = run_once(settings, now=NOW, sources_path=sources)

    assert report.slot == SLOT
    assert report.fetch is not None
    assert (report.fetch.count("ok"), report.fetch.count("error")) == (1, 1)
    broken = next(r for r in report.fetch.results if r.source_id == "broken")
    assert broken.http_status == 500 and broken.failing_since == NOW
    assert report.merge is not None
    assert (report.merge.articles_read, report.merge.shows_added) == (4, 4)
    assert report.built_now and report.issue_number == 1
    assert report.send is not None and report.send.sent == len(READERS)
    assert sorted(sink.per_recipient().items()) == [(a, 1) for a in READERS]
    assert report.site is not None and "issues/1.html" in report.site.written
    assert (settings.site_dir / "issues" / "1.html").exists()
    assert report.errors == ()

    store = Store.open(settings.database_url)
    (stored,) = store.recent_runs("run")
    store.close()
    assert stored["issue_number"] == 1 and stored["send"]["sent"] == len(READERS)


def test_a_second_run_for_the_same_week_sends_nothing_twice(
    settings: Settings, sources: Path, sink: Sink
) -> None:
    run_once(settings, now=NOW, sources_path=sources)
    again = run_once(settings, now=NOW + timedelta(minutes=5), sources_path=sources)

    assert again.fetch is not None and again.fetch.count("not_modified") == 1
    assert not again.built_now and again.issue_number == 1
    assert again.send is not None
    assert (again.send.sent, again.send.skipped) == (0, len(READERS))
    assert sink.count() == len(READERS)


def test_a_thin_week_builds_no_issue_and_says_so(
    settings: Settings, sources: Path, sink: Sink
) -> None:
    run_once(settings, now=NOW, sources_path=sources)
    later = NOW + timedelta(weeks=10)  # nothing new, nothing premiering
    report = run_once(settings, now=later, sources_path=sources)

    assert report.issue_number is None and report.send is None
    assert report.skipped is not None and "thin week" in report.skipped
    assert sink.count() == len(READERS)


def test_a_run_past_the_grace_period_is_recorded_too_late_and_never_sent(
    settings: Settings, sources: Path, sink: Sink
) -> None:
    report = run_once(settings, now=NOW, sources_path=sources, too_late=True)
    assert report.skipped is not None and report.skipped.startswith("too late")
    assert report.issue_number is None and sink.count() == 0

    # A later run for the same week keeps that decision.
    again = run_once(settings, now=NOW + timedelta(minutes=1), sources_path=sources)
    assert again.issue_number is None and again.skipped == report.skipped
    assert sink.count() == 0


def test_smtp_down_is_reported_and_the_next_run_resumes_the_send(
    settings: Settings, sources: Path, smtp: SmtpServer, sink: Sink
) -> None:
    smtp.stop()
    report = run_once(settings, now=NOW, sources_path=sources)
    assert [e.step for e in report.errors] == ["send"]
    assert report.issue_number == 1 and report.site is not None  # archive still ran
    assert not report.nothing_done

    smtp.start()
    resumed = run_once(settings, now=NOW + timedelta(minutes=30), sources_path=sources)
    assert resumed.send is not None and resumed.send.sent == len(READERS)
    assert sorted(sink.per_recipient().items()) == [(a, 1) for a in READERS]


def test_run_command_prints_the_report(
    settings: Settings, sources: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIGEST_HOME", str(settings.home))
    monkeypatch.setenv("DIGEST_SMTP_URL", settings.smtp_url or "")
    monkeypatch.setenv("DIGEST_BASE_URL", settings.base_url)
    result = CliRunner().invoke(cli.app, ["run", "--sources", str(sources)])
    assert result.exit_code == 0, result.output
    assert "issue" in result.output and "sent 3" in result.output
    assert "Broken Feed" in result.output and "failing since" in result.output


def test_run_command_refuses_a_bad_sources_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("sources:\n  - {id: a, name: A}\n", encoding="utf-8")
    result = CliRunner().invoke(cli.app, ["run", "--sources", str(bad)])
    assert result.exit_code == 2
    assert "field 'url': missing" in result.output


def test_a_run_while_another_holds_the_lease_does_nothing_and_says_why(
    settings: Settings, sources: Path, sink: Sink
) -> None:
    store = Store.open(settings.database_url)
    store.acquire_lock("run", "scheduler-on-host-a", now=utcnow(), ttl=timedelta(hours=1))
    try:
        report = run_once(settings, now=NOW, sources_path=sources)
    finally:
        store.release_lock("run", "scheduler-on-host-a")
        store.close()
    assert report.nothing_done
    assert "another run is in progress (scheduler-on-host-a)" in report.errors[0].message
    assert report.issue_number is None and sink.count() == 0

"""A real APScheduler on the project's database: jobs run, survive restarts, send once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from mailsink import Sink, SmtpServer

from pipeline.app.schedule import FETCH_JOB, WEEKLY_JOB, start_scheduler
from pipeline.core.calendar import DAYS
from pipeline.core.clock import utcnow
from pipeline.core.config import Settings
from pipeline.core.models import Subscriber
from pipeline.store import Store

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "examples" / "sources.yaml"
READERS = ["aki@example.org", "ben@example.org"]


def schedule_at(moment: datetime) -> str:
    """A DIGEST_SCHEDULE value whose weekly slot falls at ``moment`` (UTC, to the minute)."""
    return f"{DAYS[moment.weekday()]} {moment:%H:%M}"


def wait_for(condition: Callable[[], bool], *, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.1)


@pytest.fixture
def env(tmp_path: Path, smtp: SmtpServer, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """The scheduler's jobs read their settings from the environment, as in production."""
    monkeypatch.setenv("DIGEST_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("DIGEST_SMTP_URL", smtp.url)
    monkeypatch.setenv("DIGEST_BASE_URL", "https://digest.example.org/")
    monkeypatch.setenv("DIGEST_SCHEDULE", schedule_at(utcnow() - timedelta(minutes=1)))
    settings = Settings.load()
    store = Store.open(settings.database_url)
    for address in READERS:
        store.add_subscriber(Subscriber(email=address), now=utcnow(), via="test")
    store.close()
    return settings


def runs(settings: Settings) -> list[dict[str, object]]:
    store = Store.open(settings.database_url)
    try:
        return store.recent_runs("run")
    finally:
        store.close()


def test_the_weekly_job_runs_when_due_and_is_recorded(env: Settings, sink: Sink) -> None:
    store = Store.open(env.database_url)
    scheduler = start_scheduler(env, store, sources_path=SOURCES)
    try:
        scheduler.modify_job(WEEKLY_JOB, next_run_time=utcnow() + timedelta(seconds=1))
        wait_for(lambda: len(runs(env)) == 1)
    finally:
        scheduler.shutdown(wait=True)
        store.close()
    (report,) = runs(env)
    assert report["issue_number"] == 1 and report["built_now"] is True
    assert sorted(sink.per_recipient().items()) == [(a, 1) for a in READERS]


def test_a_restarted_scheduler_keeps_its_next_run_times(env: Settings) -> None:
    store = Store.open(env.database_url)
    chosen = (utcnow() + timedelta(hours=3)).replace(microsecond=0)
    first = start_scheduler(env, store, sources_path=SOURCES)
    weekly = first.get_job(WEEKLY_JOB).next_run_time
    first.modify_job(FETCH_JOB, next_run_time=chosen)
    first.shutdown(wait=True)

    second = start_scheduler(env, store, sources_path=SOURCES)
    try:
        assert second.get_job(FETCH_JOB).next_run_time == chosen
        assert second.get_job(WEEKLY_JOB).next_run_time == weekly
    finally:
        second.shutdown(wait=True)
        store.close()


def test_two_schedulers_on_one_database_send_each_issue_once(env: Settings, sink: Sink) -> None:
    stores = [Store.open(env.database_url) for _ in range(2)]
    schedulers = [start_scheduler(env, s, sources_path=SOURCES) for s in stores]
    try:
        due = utcnow() + timedelta(seconds=1)
        for scheduler in schedulers:
            scheduler.modify_job(WEEKLY_JOB, next_run_time=due)
        wait_for(lambda: sink.count() >= len(READERS))
        time.sleep(2)  # give a second sender every chance to mail again
    finally:
        for scheduler in schedulers:
            scheduler.shutdown(wait=True)
        for store in stores:
            store.close()
    assert sorted(sink.per_recipient().items()) == [(a, 1) for a in READERS]
    store = Store.open(env.database_url)
    assert len(store.all_issues()) == 1
    store.close()


def test_a_run_missed_beyond_the_grace_period_is_skipped_as_too_late(
    env: Settings, sink: Sink, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The slot was three days ago; the machine "comes back" now and the job runs late.
    monkeypatch.setenv("DIGEST_SCHEDULE", schedule_at(utcnow() - timedelta(days=3)))
    store = Store.open(env.database_url)
    scheduler = start_scheduler(env, store, sources_path=SOURCES)
    try:
        scheduler.modify_job(WEEKLY_JOB, next_run_time=utcnow() - timedelta(days=3))
        wait_for(lambda: len(runs(env)) == 1)
    finally:
        scheduler.shutdown(wait=True)
        store.close()
    (report,) = runs(env)
    assert str(report["skipped"]).startswith("too late")
    assert report["issue_number"] is None and sink.count() == 0


def test_schedule_command_prints_next_runs_and_stops_cleanly_on_sigterm(env: Settings) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "schedule", "--sources", str(SOURCES)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "COLUMNS": "200"},
    )
    try:
        assert process.stdout is not None
        lines = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            lines.append(line)
            if "running" in line or not line:
                break
        output = "".join(lines)
        assert f"next {FETCH_JOB}:" in output and f"next {WEEKLY_JOB}:" in output, output
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


def test_a_bad_schedule_setting_stops_the_command_with_its_name(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DIGEST_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("DIGEST_SCHEDULE", "someday")
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "schedule", "--sources", str(SOURCES)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "DIGEST_SCHEDULE" in result.stderr


def test_slot_times_are_aware() -> None:
    assert schedule_at(datetime(2026, 11, 23, 9, 0, tzinfo=UTC)) == "mon 09:00"

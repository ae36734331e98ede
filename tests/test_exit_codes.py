"""What `run`, `send` and `fetch` tell cron: exit codes, and weeks that recover."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from digest_fixtures import sample_issue
from feedserver import FeedServer
from mailsink import Sink, SmtpServer, free_port
from typer.testing import CliRunner
from web_fixtures import wait_for

from pipeline.app import cli
from pipeline.core.config import Settings
from pipeline.core.models import Subscriber
from pipeline.store import Store

REPO = Path(__file__).resolve().parent.parent
NOW = datetime(2021, 4, 5, 9, 10, tzinfo=UTC)  # ten minutes after the Monday 09:00 slot
READERS = ["aki@example.org", "ben@example.org", "chie@example.org"]


@pytest.fixture
def feeds(tmp_path: Path) -> Iterator[FeedServer]:
    root = tmp_path / "served"
    root.mkdir()
    server = FeedServer(root).start()
    yield server
    server.stop()


@pytest.fixture
def sources(tmp_path: Path, feeds: FeedServer) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(
        f"sources:\n  - {{id: previews, name: Preview Wire, url: '{feeds.url('/feeds/p.xml')}'}}\n",
        encoding="utf-8",
    )
    return path


def feeds_come_back(feeds: FeedServer) -> None:
    shutil.copy(REPO / "examples" / "feeds" / "sakura-wire.xml", feeds.root / "p.xml")


@pytest.fixture
def home(tmp_path: Path, smtp: SmtpServer, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DIGEST_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("DIGEST_SMTP_URL", smtp.url)
    monkeypatch.setenv("DIGEST_BASE_URL", "https://digest.example.org/")
    store = Store.open(Settings.load().database_url)
    for address in READERS:
        store.add_subscriber(Subscriber(email=address), now=NOW, via="test")
    store.close()
    return tmp_path / "home"


def run_at(monkeypatch: pytest.MonkeyPatch, when: datetime, *args: str) -> tuple[int, str]:
    monkeypatch.setattr(cli, "utcnow", lambda: when)
    result = CliRunner().invoke(cli.app, ["run", *args])
    return result.exit_code, result.output


def test_all_feeds_failing_exits_3_and_a_later_run_that_week_builds_and_sends(
    home: Path, sources: Path, feeds: FeedServer, sink: Sink, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, output = run_at(monkeypatch, NOW, "--sources", str(sources))
    assert code == 3, output
    assert "none this week: thin week" in output and "build --force" in output
    assert sink.count() == 0

    feeds_come_back(feeds)
    code, output = run_at(monkeypatch, NOW + timedelta(hours=2), "--sources", str(sources))
    assert code == 0, output
    assert "#1 built" in output
    assert sorted(sink.per_recipient().items()) == [(a, 1) for a in READERS]


def test_a_second_run_the_same_week_still_merges(
    home: Path, sources: Path, feeds: FeedServer, sink: Sink, monkeypatch: pytest.MonkeyPatch
) -> None:
    feeds_come_back(feeds)
    assert run_at(monkeypatch, NOW, "--sources", str(sources))[0] == 0
    code, output = run_at(monkeypatch, NOW + timedelta(hours=1), "--sources", str(sources))
    assert code == 0, output
    assert "already built for this week" in output and "shows" in output
    assert sink.count() == len(READERS)


def test_run_against_an_unreachable_smtp_server_exits_4_with_the_count(
    home: Path, sources: Path, feeds: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    feeds_come_back(feeds)
    monkeypatch.setenv("DIGEST_SMTP_URL", f"smtp://127.0.0.1:{free_port()}")
    code, output = run_at(monkeypatch, NOW, "--sources", str(sources))
    assert code == 4, output
    assert "cannot reach SMTP server" in output and "3 subscribers not sent" in output


def test_send_exits_4_while_recipients_remain_and_0_once_all_have_it(
    home: Path, sources: Path, feeds: FeedServer, smtp: SmtpServer, sink: Sink,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    feeds_come_back(feeds)
    monkeypatch.setenv("DIGEST_SMTP_URL", f"smtp://127.0.0.1:{free_port()}")
    run_at(monkeypatch, NOW, "--sources", str(sources))  # builds the issue; the send fails

    down = CliRunner().invoke(cli.app, ["send"])
    assert down.exit_code == 4 and "3 subscribers not sent" in down.output

    monkeypatch.setenv("DIGEST_SMTP_URL", smtp.url)
    sink.defer.add("ben@example.org")  # 451 every time: ben stays pending
    deferred = CliRunner().invoke(cli.app, ["send"])
    assert deferred.exit_code == 4, deferred.output
    assert "sent 2" in deferred.output and "remaining 1" in deferred.output

    sink.defer.clear()
    done = CliRunner().invoke(cli.app, ["send"])
    assert done.exit_code == 0, done.output
    assert sorted(sink.per_recipient().items()) == [(a, 1) for a in READERS]


def test_send_stopped_by_sigterm_exits_4_and_the_next_send_finishes(
    tmp_path: Path, smtp: SmtpServer, sink: Sink
) -> None:
    env = {
        **os.environ,
        "DIGEST_HOME": str(tmp_path / "home"),
        "DIGEST_SMTP_URL": smtp.url,
        "DIGEST_BASE_URL": "https://digest.example.org/",
        "DIGEST_SMTP_CONNECTIONS": "1",
    }
    store = Store.open(Settings.load(home=tmp_path / "home").database_url)
    store.save_issue(sample_issue(number=1))
    readers = [f"reader{i:02d}@example.org" for i in range(20)]
    for address in readers:
        store.add_subscriber(Subscriber(email=address), now=NOW, via="test")
    store.close()
    sink.delay = 0.2  # each message takes a while, so the stop comes mid-list

    command = [sys.executable, "-m", "pipeline", "send"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)  # fmt: skip
    try:
        wait_for(lambda: sink.count() >= 2, what="the first messages", seconds=30)
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate(timeout=10)
    assert process.returncode == 4, output
    assert "stopped early" in output and sink.count() < len(readers)

    sink.delay = 0.0
    again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert again.returncode == 0, again.stdout + again.stderr
    assert sorted(sink.per_recipient().items()) == [(a, 1) for a in readers]

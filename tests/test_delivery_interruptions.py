"""Senders killed, stopped or run twice at once: no recipient ever gets two copies.

Each case runs ``tests/send_script.py`` as a real process against a local SMTP server
that accepts slowly, so the process can be interrupted mid-run.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from mailsink import Sink, SmtpServer

from pipeline.core.config import Settings
from pipeline.core.models import Issue, Subscriber
from pipeline.store import Store

pytestmark = pytest.mark.usefixtures("each_backend")  # SQLite and PostgreSQL

NOW = datetime(2021, 4, 5, 9, 0, tzinfo=UTC)
SCRIPT = Path(__file__).resolve().parent / "send_script.py"
COUNT = 30


@pytest.fixture
def sink() -> Sink:
    """A slow server, so that a sender can be stopped with messages in flight."""
    return Sink(delay=0.05)


@pytest.fixture
def home(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "home"
    store = Store.open(Settings.load(home=path).database_url)
    store.save_issue(Issue(number=1, kind="weekly", subject="Lineup", created_at=NOW,
                           season="Spring 2021"))  # fmt: skip
    for i in range(COUNT):
        store.add_subscriber(Subscriber(email=f"fan{i}@example.org"), now=NOW, via="test")
    store.close()
    yield path


@pytest.fixture
def ledger(home: Path) -> Iterator[Store]:
    store = Store.open(Settings.load(home=home).database_url)
    yield store
    store.close()


def start(home: Path, url: str, *extra: str) -> subprocess.Popen[str]:
    args = [sys.executable, str(SCRIPT), str(home), url, "1", *extra]
    return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(proc: subprocess.Popen[str], timeout: float = 60) -> tuple[int, dict[str, Any]]:
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise
    assert stdout.strip(), stderr
    return proc.returncode, json.loads(stdout.strip().splitlines()[-1])


def wait_until(condition: Callable[[], bool], timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.02)


def run_until_lock_free(home: Path, url: str, *extra: str) -> dict[str, Any]:
    """Run the sender again; a dead sender's lease holds it off for a moment."""
    for _ in range(20):
        code, report = finish(start(home, url, *extra))
        if code != 3:
            assert code == 0, report
            return report
        time.sleep(0.25)
    raise AssertionError("the lease of the killed sender never expired")


def test_a_sender_killed_mid_run_never_causes_a_second_copy(
    home: Path, smtp: SmtpServer, sink: Sink, ledger: Store
) -> None:
    proc = start(home, smtp.url, "--lease=1")
    wait_until(lambda: sink.count() >= 8)
    proc.kill()
    proc.communicate(timeout=10)
    sink.delay = 0

    report = run_until_lock_free(home, smtp.url, "--lease=1")

    counts = sink.per_recipient()
    assert max(counts.values()) == 1
    assert report["uncertain"] <= 2  # at most the message on each connection when it died
    states = {d.email: d.state for d in ledger.deliveries(1)}
    assert set(states.values()) <= {"sent", "uncertain"}
    assert all(counts[email] == 1 for email, state in states.items() if state == "sent")
    assert report["sent"] + report["uncertain"] + report["skipped"] == COUNT


def test_uncertain_deliveries_are_resent_only_when_asked(
    home: Path, smtp: SmtpServer, sink: Sink, ledger: Store
) -> None:
    proc = start(home, smtp.url, "--lease=1")
    wait_until(lambda: sink.count() >= 5)
    proc.kill()
    proc.communicate(timeout=10)
    sink.delay = 0
    run_until_lock_free(home, smtp.url, "--lease=1")
    in_doubt = {d.email for d in ledger.deliveries(1) if d.state == "uncertain"}

    report = run_until_lock_free(home, smtp.url, "--retry-uncertain")

    assert report["sent"] == len(in_doubt)
    assert {d.state for d in ledger.deliveries(1)} == {"sent"}
    assert set(sink.per_recipient()) == {f"fan{i}@example.org" for i in range(COUNT)}


def test_sigterm_finishes_messages_in_flight_and_the_next_send_resumes(
    home: Path, smtp: SmtpServer, sink: Sink, ledger: Store
) -> None:
    proc = start(home, smtp.url)
    wait_until(lambda: sink.count() >= 5)
    proc.send_signal(signal.SIGTERM)
    code, stopped = finish(proc)

    assert code == 0 and stopped["stopped"] and stopped["uncertain"] == 0
    assert 0 < stopped["sent"] < COUNT and stopped["remaining"] == COUNT - stopped["sent"]
    assert sink.count() == stopped["sent"]
    assert {d.state for d in ledger.deliveries(1)} <= {"sent", "pending"}

    sink.delay = 0
    code, resumed = finish(start(home, smtp.url))
    assert code == 0 and resumed["sent"] == COUNT - stopped["sent"]
    counts = sink.per_recipient()
    assert len(counts) == COUNT and set(counts.values()) == {1}


def test_two_senders_at_once_send_each_message_once(
    home: Path, smtp: SmtpServer, sink: Sink
) -> None:
    sink.delay = 0.01
    procs = [start(home, smtp.url), start(home, smtp.url)]
    results = [finish(proc) for proc in procs]

    codes = sorted(code for code, _ in results)
    assert codes in ([0, 0], [0, 3])
    counts = sink.per_recipient()
    assert len(counts) == COUNT and set(counts.values()) == {1}
    assert sum(report.get("sent", 0) for _, report in results) == COUNT


def test_a_killed_sender_is_taken_over_at_once_by_the_next_send(
    home: Path, smtp: SmtpServer, sink: Sink, ledger: Store
) -> None:
    proc = start(home, smtp.url)  # the default lease: a minute
    wait_until(lambda: sink.count() >= 6)
    proc.kill()
    proc.communicate(timeout=10)
    sink.delay = 0

    code, report = finish(start(home, smtp.url))

    assert code == 0, report  # not "held by ... expires within 60s"
    counts = sink.per_recipient()
    assert max(counts.values()) == 1
    assert report["sent"] + report["uncertain"] + report["skipped"] == COUNT

"""``kill -9`` a sender at several points, then ``send`` again: nobody gets two copies,
nobody is left out, and only the messages being handed over are in doubt.

Each case runs ``tests/send_script.py`` (two SMTP connections) as a real process
against a real local SMTP server that records every message it accepted.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from mailsink import Sink, SmtpServer
from test_delivery_interruptions import NOW, finish, start, wait_until

from pipeline.core.config import Settings
from pipeline.core.models import Issue, Subscriber
from pipeline.store import Store

pytestmark = pytest.mark.usefixtures("each_backend")  # SQLite and PostgreSQL

COUNT = 150
CONNECTIONS = 2  # what send_script.py opens


@pytest.fixture
def sink() -> Sink:
    return Sink(delay=0.01)


def make_home(path: Path) -> Path:
    store = Store.open(Settings.load(home=path).database_url)
    store.save_issue(Issue(number=1, kind="weekly", subject="Lineup", created_at=NOW,
                           season="Spring 2021"))  # fmt: skip
    for i in range(COUNT):
        store.add_subscriber(Subscriber(email=f"fan{i}@example.org"), now=NOW, via="test")
    store.close()
    return path


@pytest.mark.parametrize("killed_after", [1, 50, 130])
def test_a_sender_killed_at_any_point_leaves_at_most_one_message_per_connection_in_doubt(
    tmp_path: Path, smtp: SmtpServer, sink: Sink, killed_after: int
) -> None:
    home = make_home(tmp_path / "home")
    proc = start(home, smtp.url)
    wait_until(lambda: sink.count() >= killed_after)
    proc.kill()
    proc.communicate(timeout=10)
    sink.delay = 0

    code, report = finish(start(home, smtp.url))

    assert code == 0, report
    store = Store.open(Settings.load(home=home).database_url)
    try:
        states = {d.email: d.state for d in store.deliveries(1)}
    finally:
        store.close()
    received = sink.per_recipient()
    in_doubt = {email for email, state in states.items() if state == "uncertain"}
    everyone = {f"fan{i}@example.org" for i in range(COUNT)}
    assert max(received.values()) == 1  # no duplicates
    assert everyone - set(received) <= in_doubt  # no one missing unless in doubt
    assert len(in_doubt) <= CONNECTIONS
    assert report["uncertain"] == len(in_doubt)
    assert {email for email, state in states.items() if state == "sent"} == (
        set(received) - in_doubt
    )

"""The store: schema on first use, WAL mode, and the article identity and update rules."""

from __future__ import annotations

import socket
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from pipeline.app.cli import app
from pipeline.core.clock import utcnow
from pipeline.core.models import Article
from pipeline.store import Lease, Store, leases

pytestmark = pytest.mark.usefixtures("each_backend")  # SQLite and PostgreSQL

NOW = datetime(2021, 4, 1, 9, 0, tzinfo=UTC)


def article(key: str, content: str = "<p>body</p>", content_hash: str = "h1") -> Article:
    return Article(
        feed_id="ann",
        entry_key=key,
        link=f"https://example.org/{key}",
        title=f"Title {key}",
        author=None,
        published=NOW,
        summary="",
        content_html=content,
        content_hash=content_hash,
        fetched_at=NOW,
    )


def test_sqlite_store_uses_wal(store: Store) -> None:
    if store.engine.dialect.name != "sqlite":
        pytest.skip("WAL is SQLite's")
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_unchanged_entry_is_not_stored_twice(store: Store) -> None:
    assert store.save_articles("ann", [article("a"), article("b")]) == (2, 0)
    assert store.save_articles("ann", [article("a"), article("b")]) == (0, 0)
    assert store.count_articles() == 2


def test_changed_entry_is_an_update_and_old_content_is_kept(store: Store) -> None:
    store.save_articles("ann", [article("a")])
    edited = replace(article("a", "<p>new</p>", "h2"), fetched_at=NOW.replace(hour=10))
    assert store.save_articles("ann", [edited]) == (0, 1)
    assert store.count_articles() == 2
    (current,) = store.articles()
    assert current.content_html == "<p>new</p>"
    assert {a.content_html for a in store.articles(current_only=False)} == {
        "<p>body</p>",
        "<p>new</p>",
    }


def test_times_come_back_aware_in_utc(store: Store) -> None:
    store.save_articles("ann", [article("a")])
    (stored,) = store.articles()
    assert stored.published == NOW and stored.published.tzinfo is not None


def test_shows_events_and_issues_round_trip(store: Store) -> None:
    from datetime import date

    from pipeline.core.models import Issue, Provenance, Show, ShowEvent, ShowFacts

    show = Show(
        slug="86-eighty-six",
        facts=ShowFacts(title="86-Eighty-Six", premiere_date=date(2021, 4, 10)),
        provenance=(Provenance("premiere_date", "2021-04-10", None, "cbr", None, NOW),),
        first_seen=NOW,
        updated_at=NOW,
    )
    event = ShowEvent("86-eighty-six", "new_show", "86-Eighty-Six announced", NOW)
    store.save_show(show, [event])
    store.save_show(show)  # saving again replaces, never duplicates provenance
    assert store.shows() == [show]
    assert store.show_events() == [event]
    assert store.show_events(since=NOW.replace(hour=10)) == []

    assert store.next_issue_number() == 1
    issue = Issue(1, "weekly", "Spring 2021", NOW, "Spring 2021", lineup=(show,), changes=(event,))
    store.save_issue(issue)
    assert store.issue(1) == issue and store.latest_issue() == issue
    assert store.next_issue_number() == 2


def test_a_lease_of_a_live_process_on_this_host_is_not_taken_over(store: Store) -> None:
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        started = leases._started(other.pid)
        holder = f"{socket.gethostname()}:{other.pid}:{started}:cafe"
        assert store.acquire_lock("job", holder, now=utcnow(), ttl=timedelta(minutes=5)) is None
        second = Lease(store, "job", timedelta(minutes=5))
        assert second.acquire() == holder  # alive: its lease stands until it expires
        assert not leases.holder_is_gone(holder)
        assert leases.holder_is_gone(holder.replace(f":{started}:", ":1:"))  # pid reused
        assert not leases.holder_is_gone(f"elsewhere:{other.pid}:1:cafe")  # another host
    finally:
        other.kill()
        other.wait(timeout=10)
    assert second.acquire() is None  # its process is gone: taken over at once


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("not a url", "is not a database URL"),
        ("nosuchdb://host/name", "unknown database 'nosuchdb'"),
        ("postgresql+psycopg2://u@127.0.0.1/x", "install the PostgreSQL extra"),
    ],
)
def test_a_bad_or_driverless_database_url_exits_2_naming_the_setting(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, url: str, said: str
) -> None:
    monkeypatch.setenv("DIGEST_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("DIGEST_DATABASE_URL", url)

    result = CliRunner().invoke(app, ["subscribers", "list"])

    assert result.exit_code == 2, result.output
    assert "DIGEST_DATABASE_URL" in result.output and said in result.output
    assert "Traceback" not in result.output


def test_a_sqlite_url_creates_only_its_own_folder_never_a_trail(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DIGEST_HOME", str(tmp_path / "home"))
    deep = tmp_path / "typo" / "deeper" / "db"
    monkeypatch.setenv("DIGEST_DATABASE_URL", f"sqlite:///{deep / 'digest.sqlite3'}")

    refused = CliRunner().invoke(app, ["subscribers", "list"])

    assert refused.exit_code == 2 and "DIGEST_DATABASE_URL" in refused.output
    assert not (tmp_path / "typo").exists()
    monkeypatch.setenv("DIGEST_DATABASE_URL", f"sqlite:///{tmp_path / 'db' / 'digest.sqlite3'}")
    assert CliRunner().invoke(app, ["subscribers", "list"]).exit_code == 0
    assert (tmp_path / "db" / "digest.sqlite3").is_file()

"""`anime-digest fetch` as a user runs it: table or JSON out, exit codes, the sample feeds."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from feedserver import FeedServer

from pipeline.store import Store

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples" / "sources.yaml"
FEEDS = Path(__file__).parent / "data" / "feeds"
KEYS = {"feed", "url", "status", "new", "updated", "http_status", "error"}


def anime_digest(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DIGEST_HOME": str(home), "DIGEST_READ_TIMEOUT": "5"}
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


@pytest.fixture
def server(tmp_path: Path) -> Iterator[FeedServer]:
    root = tmp_path / "served"
    shutil.copytree(FEEDS, root)
    running = FeedServer(root).start()
    yield running
    running.stop()


def test_sample_feeds_are_all_stored_then_not_modified(tmp_path: Path) -> None:
    home = tmp_path / "home"
    first = anime_digest(home, "fetch", "--sources", str(EXAMPLES), "--json")
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert [r["feed"] for r in report] == ["sakura-wire", "lineup-journal", "anime-headlines"]
    assert all(set(r) >= KEYS and r["status"] == "ok" and r["new"] > 0 for r in report)
    store = Store.open(f"sqlite:///{home / 'digest.sqlite3'}")
    try:
        titles = [a.title for a in store.articles()]
    finally:
        store.close()
    assert len(titles) == sum(r["new"] for r in report)
    assert "Spring 2021 Preview: 86-Eighty-Six" in titles
    second = anime_digest(home, "fetch", "--sources", str(EXAMPLES), "--json")
    assert {r["status"] for r in json.loads(second.stdout)} == {"not_modified"}


def test_table_names_each_feed_with_its_status_and_reason(
    tmp_path: Path, server: FeedServer
) -> None:
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        "sources:\n"
        f"  - {{id: good, name: Good Feed, url: '{server.url('/feeds/season-rss.xml')}'}}\n"
        f"  - {{id: bad, name: Bad Feed, url: '{server.url('/status/500')}'}}\n"
        f"  - {{id: paused, name: Off Feed, url: '{server.url('/x')}', enabled: false}}\n",
        "utf-8",
    )
    result = anime_digest(tmp_path / "home", "fetch", "--sources", str(sources))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    good = next(line for line in lines if "Good Feed" in line)
    bad = next(line for line in lines if "Bad Feed" in line)
    assert "ok" in good and "200" in good
    assert "error" in bad and "500" in bad and "HTTP 500" in bad
    assert "Off Feed" not in result.stdout
    assert "1 ok, 0 not modified, 1 failed" in result.stdout


def test_json_reports_failures_as_values(tmp_path: Path, server: FeedServer) -> None:
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        f"sources:\n  - {{id: gone, name: Gone, url: '{server.url('/status/410')}'}}\n", "utf-8"
    )
    result = anime_digest(tmp_path / "home", "fetch", "--sources", str(sources), "--json")
    assert result.returncode == 3  # every feed failed
    (entry,) = json.loads(result.stdout)
    assert (entry["status"], entry["http_status"], entry["new"]) == ("error", 410, 0)
    assert entry["error"] == "HTTP 410 Gone"
    assert entry["failures"] == 1 and entry["failing_since"] and entry["next_due"]
    again = anime_digest(tmp_path / "home", "fetch", "--sources", str(sources), "--json")
    (skipped,) = json.loads(again.stdout)
    assert (skipped["status"], skipped["error"]) == ("skipped", "HTTP 410 Gone")


def test_missing_sources_file_is_a_clear_error(tmp_path: Path) -> None:
    result = anime_digest(tmp_path / "home", "fetch", "--sources", "nowhere.yaml")
    assert result.returncode == 2
    assert "nowhere.yaml" in result.stderr and "cannot read" in result.stderr


def test_malformed_sources_exit_2_naming_file_entry_and_field(tmp_path: Path) -> None:
    sources = tmp_path / "feeds.yaml"
    sources.write_text("sources:\n  - {id: a, name: A}\n", "utf-8")
    result = anime_digest(tmp_path / "home", "fetch", "--sources", str(sources))
    assert result.returncode == 2
    message = " ".join(result.stderr.split())
    assert "feeds.yaml" in message and "source #1 (a)" in message and "'url'" in message


def test_bad_setting_exits_2(tmp_path: Path) -> None:
    env_home = tmp_path / "home"
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "fetch", "--sources", str(EXAMPLES)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "DIGEST_HOME": str(env_home), "DIGEST_FETCH_PER_HOST": "0"},
    )
    assert result.returncode == 2 and "DIGEST_FETCH_PER_HOST" in result.stderr

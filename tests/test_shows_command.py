"""`anime-digest shows` and `build`: the readable listing of merged shows on a seeded store."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.app.cli import app
from pipeline.core.config import Settings
from pipeline.core.models import CastMember, ShowFacts, ShowMention
from pipeline.merge.shows import merge
from pipeline.store import Store

NOW = datetime(2021, 3, 20, 9, 0, tzinfo=UTC)


def mention(article: int, feed: str, day: int, **facts: object) -> ShowMention:
    return ShowMention(
        facts=ShowFacts(**facts),  # type: ignore[arg-type]
        article_id=article,
        feed_id=feed,
        link=f"https://{feed}.example/news/{article}",
        seen_at=datetime(2021, 3, day, tzinfo=UTC),
    )


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DIGEST_HOME", str(tmp_path / "home"))
    store = Store.open(Settings.load().database_url)
    first = merge(
        [],
        [
            mention(1, "ann", 1, title="86", season="Spring 2021", premiere_date=date(2021, 4, 3)),
            mention(2, "ann", 2, title="Yuru Camp Season 2", season="Winter 2021"),
        ],
        now=NOW,
    )
    later = mention(
        3,
        "cr",
        5,
        title="86",
        premiere_date=date(2021, 4, 10),
        broadcasters=("Tokyo MX",),
        cast=(CastMember("Shōya Chiba", "Shinei Nouzen\x1b[31m"),),
    )
    second = merge(first.shows, [later], now=NOW)
    for result in (first, second):
        for show in result.shows:
            store.save_show(show, [e for e in result.events if e.show_slug == show.slug])
    store.close()
    return tmp_path / "home"


def test_shows_lists_facts_with_their_sources_and_changes(home: Path) -> None:
    result = CliRunner().invoke(app, ["shows"])
    assert result.exit_code == 0, result.output
    assert "86  [86]" in result.output
    assert "premiere date: Sat 10 Apr 2021" in result.output
    assert "broadcasters: Tokyo MX" in result.output
    assert "cr (2021-03-05): https://cr.example/news/3" in result.output
    assert "Premiere moved from Apr 3 to Apr 10" in result.output
    assert "Yuru Camp Season 2" in result.output
    assert "\x1b" not in result.output  # feed text cannot drive the terminal


def test_shows_can_keep_one_season(home: Path) -> None:
    result = CliRunner().invoke(app, ["shows", "--season", "winter 2021"])
    assert result.exit_code == 0, result.output
    assert "Yuru Camp Season 2" in result.output
    assert "Tokyo MX" not in result.output


def test_shows_json_carries_facts_provenance_and_events(home: Path) -> None:
    result = CliRunner().invoke(app, ["shows", "--json", "--season", "Spring 2021"])
    assert result.exit_code == 0, result.output
    (show,) = json.loads(result.output)
    assert show["facts"]["premiere_date"] == "2021-04-10"
    assert {p["feed_id"] for p in show["provenance"]} == {"ann", "cr"}
    assert [e["kind"] for e in show["events"]] == [
        "new_show",
        "date_changed",
        "broadcaster",
        "cast",
    ]


def test_build_with_nothing_new_reports_so_and_lists(home: Path) -> None:
    result = CliRunner().invoke(app, ["build", "--list"])
    assert result.exit_code == 0, result.output
    assert "articles read: 0" in result.output
    assert "86  [86]" in result.output


def test_shows_on_an_empty_store_says_what_to_do(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("DIGEST_HOME", str(tmp_path / "empty"))
    result = CliRunner().invoke(app, ["shows"])
    assert result.exit_code == 0
    assert "No shows yet" in result.output


def test_outlets_are_named_from_the_sources_file(home: Path, tmp_path: Path) -> None:
    (tmp_path / "sources.yaml").write_text(
        "sources:\n  - id: cr\n    name: Crunchyroll News\n    url: https://cr.example/rss\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["shows"])
    assert result.exit_code == 0, result.output
    assert "Crunchyroll News (2021-03-05): https://cr.example/news/3" in result.output
    assert "ann (2021-03-01): https://ann.example/news/1" in result.output  # not listed: its id


def test_a_missing_sources_file_given_by_name_is_an_error(home: Path) -> None:
    result = CliRunner().invoke(app, ["shows", "--sources", "nowhere.yaml"])
    assert result.exit_code == 2
    assert "nowhere.yaml" in result.output

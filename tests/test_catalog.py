"""The season catalogue against a fake AniList on 127.0.0.1: pages, limits, faults, cache."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import structlog
from fake_anilist import FakeAniList
from typer.testing import CliRunner

from pipeline.app.cli import app
from pipeline.catalog import refresh_catalog
from pipeline.core.calendar import parse_season
from pipeline.core.config import Settings
from pipeline.core.errors import CatalogError, ConfigError
from pipeline.store import Store

SPRING = parse_season("Spring 2021")
NOW = datetime(2021, 4, 5, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _logs_back_to_defaults() -> Iterator[None]:
    yield
    structlog.reset_defaults()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, anilist: FakeAniList) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("DIGEST_HOME", str(home))
    monkeypatch.setenv("DIGEST_CATALOG", "anilist")
    monkeypatch.setenv("DIGEST_ANILIST_URL", anilist.url)
    return home


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


def catalogue_settings(tmp_path: Path, anilist: FakeAniList, **overrides: object) -> Settings:
    return Settings.load(
        home=tmp_path / "home", catalog="anilist", anilist_url=anilist.url, **overrides
    )


def test_refresh_stores_both_pages_waits_out_a_429_and_then_serves_from_the_cache(
    home: Path, anilist: FakeAniList
) -> None:
    anilist.faults.append("429")

    code, output = invoke("catalog", "refresh", "--season", "Spring 2021")

    assert code == 0, output
    assert "5 entries fetched in 3 requests, 1 adult left out, waited 1 s" in output
    asked = [r["variables"] for r in anilist.requests]
    assert [v["page"] for v in asked] == [1, 1, 2]
    assert {(v["season"], v["seasonYear"], v["perPage"]) for v in asked} == {("SPRING", 2021, 50)}
    code, output = invoke("catalog", "list", "--season", "spring 2021", "--json")
    listed = json.loads(output)
    assert sorted(e["id"] for e in listed) == [116589, 120000, 120001, 120003, 120004]
    eighty_six = next(e for e in listed if e["id"] == 116589)
    assert eighty_six["title_english"] == "86 EIGHTY-SIX"
    assert eighty_six["start_date"] == "2021-04-10" and eighty_six["studios"] == ["A-1 Pictures"]
    assert eighty_six["episode_one_at"] == "2021-04-09T15:30:00+00:00"
    assert eighty_six["streaming"] == ["Crunchyroll"]
    assert eighty_six["synopsis"] == (
        "The Republic of San Magnolia has long been under attack. Its drones are said to be "
        "unmanned."
    )

    code, output = invoke("catalog", "refresh", "--season", "Spring 2021")

    assert code == 0 and "cached since" in output and "(no request)" in output
    assert len(anilist.requests) == 3


def test_the_list_prints_a_table_with_the_attribution(home: Path) -> None:
    invoke("catalog", "refresh", "--season", "Spring 2021")

    code, output = invoke("catalog", "list")

    assert code == 0
    assert "Season data from AniList" in output
    assert "Twilight" in output and "116589" in output
    assert "After Hours" not in output


def test_adult_entries_are_kept_only_when_asked(tmp_path: Path, anilist: FakeAniList) -> None:
    settings = catalogue_settings(tmp_path, anilist, catalog_adult=True)
    store = Store.open(settings.database_url)
    try:
        report = refresh_catalog(store, settings, now=NOW, season=SPRING)
        assert report.entries == 6 and report.adult_skipped == 0
        assert any(e.is_adult for e in store.catalog_entries(season="Spring 2021"))
    finally:
        store.close()


def test_a_server_error_is_retried_after_a_back_off(tmp_path: Path, anilist: FakeAniList) -> None:
    anilist.faults += ["500", "500"]
    settings = catalogue_settings(tmp_path, anilist)
    waits: list[float] = []
    store = Store.open(settings.database_url)
    try:
        report = refresh_catalog(store, settings, now=NOW, season=SPRING, sleep=waits.append)
    finally:
        store.close()

    assert waits == [1.0, 2.0]
    assert report.status == "fetched" and report.entries == 5 and report.requests == 4


def test_a_malformed_answer_fails_clearly_and_keeps_what_was_stored(
    tmp_path: Path, anilist: FakeAniList
) -> None:
    settings = catalogue_settings(tmp_path, anilist)
    store = Store.open(settings.database_url)
    try:
        refresh_catalog(store, settings, now=NOW, season=SPRING)
        later = NOW + timedelta(hours=30)
        for fault, message in (("malformed", "not JSON"), ("no-page", "data.Page")):
            anilist.faults.append(fault)
            with pytest.raises(CatalogError, match=message):
                refresh_catalog(store, settings, now=later, season=SPRING)
            assert len(store.catalog_entries(season="Spring 2021")) == 5
        assert store.catalog_fetched_at("anilist", "Spring 2021") == NOW
    finally:
        store.close()


def test_a_429_longer_than_the_wait_budget_fails_at_once(home: Path, anilist: FakeAniList) -> None:
    anilist.faults.append("429-long")

    code, output = invoke("catalog", "refresh", "--season", "Spring 2021")

    assert code != 0
    assert "429 Too Many Requests" in output and "DIGEST_CATALOG_WAIT_SECONDS" in output
    assert len(anilist.requests) == 1


def test_refresh_with_the_catalogue_off_says_so(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIGEST_CATALOG", "off")

    code, output = invoke("catalog", "refresh")

    assert code == 2 and "DIGEST_CATALOG=off" in output


def test_only_the_seasons_the_digest_shows_are_kept(tmp_path: Path, anilist: FakeAniList) -> None:
    settings = catalogue_settings(tmp_path, anilist)
    store = Store.open(settings.database_url)
    try:
        refresh_catalog(store, settings, now=NOW, season=SPRING)
        refresh_catalog(store, settings, now=NOW, season=parse_season("Fall 2021"))
        assert store.catalog_seasons() == ["Spring 2021"]  # Fall 2021 is empty; Spring is shown
        refresh_catalog(store, settings, now=NOW + timedelta(days=400), season=None)
        assert store.catalog_seasons() == []
    finally:
        store.close()


def test_no_requests_left_waits_for_the_reset_before_the_next_page(
    tmp_path: Path, anilist: FakeAniList
) -> None:
    anilist.exhausted = True
    settings = catalogue_settings(tmp_path, anilist)
    waits: list[float] = []
    store = Store.open(settings.database_url)
    try:
        report = refresh_catalog(store, settings, now=NOW, season=SPRING, sleep=waits.append)
    finally:
        store.close()

    assert report.requests == 2 and report.entries == 5
    (wait,) = waits  # before page 2; none after the last page
    assert 0 < wait <= 2


@pytest.mark.parametrize(
    ("setting", "value", "named"),
    [
        ("catalog", "anilst", "DIGEST_CATALOG"),
        ("anilist_url", "ftp://graphql.anilist.co", "DIGEST_ANILIST_URL"),
        ("lineup", "everything", "DIGEST_LINEUP"),
        ("catalog_ttl_hours", -1, "DIGEST_CATALOG_TTL_HOURS"),
    ],
)
def test_a_bad_catalogue_setting_is_refused_by_name(
    tmp_path: Path, setting: str, value: object, named: str
) -> None:
    with pytest.raises(ConfigError, match=named):
        Settings.load(home=tmp_path / "home", **{setting: value})

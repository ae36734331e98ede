"""The catalogue joined to the news: linked shows, the whole season's lineup, the email."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import structlog
from fake_anilist import FakeAniList
from typer.testing import CliRunner

from pipeline.app.cli import app

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _logs_back_to_defaults() -> Iterator[None]:
    yield
    structlog.reset_defaults()


@pytest.fixture
def built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, anilist: FakeAniList) -> Path:
    """Sample feeds fetched, the Spring 2021 catalogue refreshed, issue 1 built."""
    home = tmp_path / "home"
    monkeypatch.setenv("DIGEST_HOME", str(home))
    monkeypatch.setenv("DIGEST_CATALOG", "anilist")
    monkeypatch.setenv("DIGEST_ANILIST_URL", anilist.url)
    monkeypatch.setenv("DIGEST_BASE_URL", "https://digest.example.org/")
    sources = str(REPO / "examples" / "sources.yaml")
    for args in (
        ("fetch", "--sources", sources),
        ("catalog", "refresh", "--season", "Spring 2021"),
        ("build", "--season", "Spring 2021", "--date", "2021-04-05", "--sources", sources),
    ):
        result = CliRunner().invoke(app, list(args))
        assert result.exit_code == 0, result.output
    assert "catalogue: 3 of 5 entries linked to shows, 3 shows changed" in result.output
    return home


def shows_json() -> dict[str, dict[str, object]]:
    result = CliRunner().invoke(app, ["shows", "--season", "Spring 2021", "--json"])
    assert result.exit_code == 0, result.output
    return {s["slug"]: s for s in json.loads(result.output)}


def test_the_news_show_is_linked_and_the_rest_of_the_season_is_listed(built: Path) -> None:
    shows = shows_json()

    eighty_six = shows["86-eighty-six"]
    assert eighty_six["news"] is True
    assert eighty_six["catalog"] == {
        "source": "anilist",
        "id": 116589,
        "url": "https://anilist.co/anime/116589",
        "cover_url": "https://s4.anilist.co/file/anilistcdn/media/anime/cover/large/bx116589.jpg",
        "synopsis": "The Republic of San Magnolia has long been under attack. "
        "Its drones are said to be unmanned.",
    }
    facts = eighty_six["facts"]
    assert facts["alt_titles"] == ["86"]  # the romaji; the English title is the news title
    assert facts["premiere_time"] == "00:30 JST"  # the news had no time; the day agrees
    assert facts["broadcasters"] == ["Tokyo MX"]  # news facts stay
    anilist_says = [p for p in eighty_six["provenance"] if p["feed_id"] == "anilist"]
    assert {p["field"] for p in anilist_says} >= {"alt_titles", "premiere_time", "studios"}
    assert {p["link"] for p in anilist_says} == {"https://anilist.co/anime/116589"}
    # an English title and a synonym link too
    assert shows["kitsune-detective-agency"]["catalog"]["id"] == 120000
    assert shows["moonlit-courier"]["catalog"]["id"] == 120004
    # a sequel is its own show, listed from the catalogue only
    assert shows["iron-tide-frontier"]["catalog"] is None
    sequel = shows["anilist-120003"]
    assert sequel["news"] is False and sequel["facts"]["title"] == "Iron Tide Frontier 2nd Season"
    diner = shows["anilist-120001"]
    assert diner["news"] is False and diner["catalog"]["id"] == 120001
    assert diner["facts"]["premiere_date"] == "2021-04-14"
    assert "anilist-120002" not in shows  # adult


def test_shows_text_says_where_catalogue_facts_came_from(built: Path) -> None:
    result = CliRunner().invoke(app, ["shows", "--season", "Spring 2021"])

    block = result.output.split("86-Eighty-Six  [86-eighty-six]")[1].split("\n\n")[0]
    assert "catalogue: AniList #116589 https://anilist.co/anime/116589" in block
    assert "synopsis: The Republic of San Magnolia" in block and "(AniList)" in block
    assert "[1] AniList (2021-03-06): https://anilist.co/anime/116589" in block


def test_the_preview_lists_catalogue_only_shows_on_one_line_with_attribution(
    built: Path,
) -> None:
    result = CliRunner().invoke(app, ["preview"])
    assert result.exit_code == 0, result.output
    html = (built / "preview" / "issue-1.html").read_text(encoding="utf-8")
    text = (built / "preview" / "issue-1.txt").read_text(encoding="utf-8")

    assert "10 shows, by premiere" in text  # 8 in the news, 2 from the catalogue only
    diner = re.search(r"^- Twilight Diner: Wed 14 Apr 2021, no news yet (\[\d+\])$", text, re.M)
    assert diner is not None
    assert f"{diner.group(1)} https://anilist.co/anime/120001" in text  # in the list of links
    assert "- Iron Tide Frontier 2nd Season: TBA, no news yet" in text
    assert "Season data from AniList: https://anilist.co" in text
    assert "Twilight Diner</b> · Wed 14 Apr 2021 · no news yet" in html
    assert 'href="https://anilist.co/anime/120001">Twilight Diner on AniList</a>' in html
    assert 'href="https://anilist.co">Season data from AniList</a>' in html
    assert text.index("Twilight Diner") > text.index("Witch of the Lighthouse")  # by premiere


def test_lineup_news_leaves_the_catalogue_out(built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIGEST_LINEUP", "news")

    assert not [s for s in shows_json().values() if s["news"] is False]


def test_the_archive_lists_the_whole_season_and_credits_anilist(
    built: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    result = CliRunner().invoke(app, ["archive", "--out", str(site)])
    assert result.exit_code == 0, result.output
    season = (site / "seasons" / "spring-2021.html").read_text(encoding="utf-8")
    show = (site / "shows" / "86-eighty-six.html").read_text(encoding="utf-8")
    index = (site / "index.html").read_text(encoding="utf-8")

    assert "Twilight Diner" in season and "Iron Tide Frontier 2nd Season" in season
    assert season.count("No news yet") == 2
    assert "Season data from AniList" in season
    assert "The Republic of San Magnolia has long been under attack." in show
    assert "bx116589.jpg" in show and "Season data from AniList" in show
    assert "Season data from AniList" not in index
    assert (site / "shows" / "anilist-120001.html").exists()

"""`anime-digest build` and `preview` against a real SQLite store in a temporary home."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import structlog
from digest_fixtures import article, eighty_six, event, simple_show
from typer.testing import CliRunner

from pipeline.app.cli import app
from pipeline.core.config import Settings
from pipeline.store import Store


@pytest.fixture(autouse=True)
def _logs_back_to_defaults() -> Iterator[None]:
    """Each invoke points structlog at the runner's stderr, which is closed afterwards."""
    yield
    structlog.reset_defaults()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A DIGEST_HOME holding the 86 show with a change, and a show with no date yet."""
    home = tmp_path / "home"
    monkeypatch.setenv("DIGEST_HOME", str(home))
    monkeypatch.setenv("DIGEST_BASE_URL", "https://digest.example.org/")
    store = Store.open(Settings.load().database_url)
    store.save_show(eighty_six(), [event("86-eighty-six", "86-Eighty-Six adds Kikuko Inoue")])
    store.save_show(simple_show("mystery", "Mystery Project", season="Spring 2021"))
    store.close()
    return home


@pytest.fixture
def news(home: Path) -> Path:
    """The same home with one fetched article (which the merge stage may also read)."""
    store = Store.open(Settings.load().database_url)
    store.save_articles("ann", [article("guide", "Spring 2021 preview guide")])
    store.close()
    return home


def lineup_size(output: str) -> int:
    match = re.search(r"the Spring 2021 lineup: (\d+)", output)
    assert match is not None, output
    return int(match.group(1))


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


def test_build_creates_the_next_issue_and_prints_its_outline(news: Path) -> None:
    code, output = invoke("build", "--date", "2021-04-05")
    assert code == 0, output
    assert "issue #1 (weekly): Anime Digest #1: Spring 2021 lineup, 1 premiere this week" in output
    assert "premiering this week: 1" in output
    assert lineup_size(output) >= 2  # the seeded shows, and any the article adds
    assert "headlines: 1" in output
    code, output = invoke("build", "--date", "2021-04-05")
    assert code == 0 and "issue #2" in output  # the premiere is still days away


def test_a_thin_week_is_skipped_with_a_reason_and_exit_0(home: Path) -> None:
    code, output = invoke("build", "--date", "2021-05-10")
    assert code == 0, output
    assert "no issue built: thin week" in output
    code, output = invoke("build", "--date", "2021-05-10", "--force")
    assert code == 0 and "issue #1" in output


def test_a_special_edition_with_a_note(home: Path, tmp_path: Path) -> None:
    note = tmp_path / "note.md"
    note.write_text("Our **spring** picks.\n", encoding="utf-8")
    code, output = invoke(
        "build",
        "--date",
        "2021-03-01",
        "--special",
        "Spring 2021 preview",
        "--season",
        "Spring 2021",
        "--note",
        str(note),
    )
    assert code == 0, output
    assert "issue #1 (special): Anime Digest special: Spring 2021 preview" in output
    assert "editor's note: yes" in output


def test_preview_writes_html_and_text_for_a_reader_zone(home: Path) -> None:
    assert invoke("build", "--date", "2021-04-05")[0] == 0
    code, output = invoke("preview", "--timezone", "America/Los_Angeles")
    assert code == 0, output
    html_path, text_path = home / "preview" / "issue-1.html", home / "preview" / "issue-1.txt"
    assert str(html_path) in output and str(text_path) in output
    page, text = html_path.read_text(encoding="utf-8"), text_path.read_text(encoding="utf-8")
    for fact in ["86-Eighty-Six", "Tokyo MX", "A-1 Pictures", "light novel"]:
        assert fact in page and fact in text
    assert "Toshimasa Ishii" not in text  # full staff is on the show's archive page
    assert "Sat 10 Apr 2021, 08:00 PDT (America/Los_Angeles)" in text
    assert "https://digest.example.org/issues/1.html" in page


def test_preview_filters_by_genre(home: Path) -> None:
    assert invoke("build", "--date", "2021-04-05")[0] == 0
    code, output = invoke("preview", "--issue", "1", "--genres", "romance,slice of life")
    assert code == 0, output
    text = (home / "preview" / "issue-1.txt").read_text(encoding="utf-8")
    assert "86-Eighty-Six" not in text and "only romance, slice of life" in " ".join(text.split())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["build", "--season", "Sprung 2021"], "Sprung 2021"),
        (["build", "--date", "2021-13-01"], "--date '2021-13-01'"),
        (["build", "--note", "missing.md"], "missing.md"),
        (["preview", "--timezone", "Mars/Olympus"], "Mars/Olympus"),
        (["build", "--sources", "nowhere.yaml"], "nowhere.yaml"),
    ],
)
def test_bad_options_exit_2_with_a_clear_message(home: Path, args: list[str], message: str) -> None:
    code, output = invoke(*args)
    assert code == 2
    assert message in output


def test_headlines_name_their_outlet_from_the_sources_file(news: Path, tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(
        "sources:\n  - id: ann\n    name: Anime News Network\n    url: https://ann.example.org/rss\n",
        encoding="utf-8",
    )
    assert invoke("build", "--date", "2021-04-05", "--sources", str(feeds))[0] == 0
    assert invoke("preview")[0] == 0
    text = (news / "preview" / "issue-1.txt").read_text(encoding="utf-8")
    assert "- Spring 2021 preview guide (Anime News Network)" in text


def test_preview_without_an_issue_says_so(home: Path) -> None:
    code, output = invoke("preview")
    assert code == 1 and "no issue yet" in output

"""``anime-digest extract``: JSON shape, readable cards, and files that cannot be read."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from typer.testing import CliRunner

from pipeline.app.cli import app
from pipeline.core.models import ShowFacts

SHOW_FIELDS = {f.name for f in dataclasses.fields(ShowFacts)}
LIST_FIELDS = {
    "alt_titles",
    "broadcasters",
    "streaming",
    "studios",
    "director",
    "series_composition",
    "character_design",
    "music",
    "original_creator",
    "genres",
}

ARTICLE = {
    "title": "Glass Owl Anime Reveals Cast, April 6 Premiere",
    "published": "2026-03-01",
    "link": "https://news.example/glass-owl",
    "content": "<p>The anime premieres on April 6 at 24:30 on Tokyo MX. Jun Sato is directing the "
    "anime at Studio Kiri.</p><ul><li>Mei Sora as Owl</li></ul>",
}


def _write(tmp_path: Path) -> list[Path]:
    good = tmp_path / "glass-owl.json"
    good.write_text(json.dumps(ARTICLE), encoding="utf-8")
    text = tmp_path / "paper-comet.txt"
    text.write_text(
        "Paper Comet Anime Sets July 3 Premiere\n\nThe anime premieres on July 3 on TBS.\n",
        encoding="utf-8",
    )
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    return [good, broken, tmp_path / "missing.html", text]


def test_json_output_has_the_show_schema_and_reports_bad_files(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["extract", *map(str, _write(tmp_path)), "--json"])
    assert result.exit_code == 1
    assert "broken.json" in result.stderr and "missing.html" in result.stderr
    output = json.loads(result.stdout)
    assert [item["file"] for item in output] == ["glass-owl.json", "paper-comet.txt"]
    for item in output:
        for show in item["shows"]:
            assert set(show) == {*SHOW_FIELDS, "confidence"}
            filled = {f for f in SHOW_FIELDS - {"alt_titles"} if show[f] not in (None, [])}
            assert set(show["confidence"]) == filled
            assert all(0 < c <= 1 for c in show["confidence"].values())
            assert all(isinstance(show[f], list) for f in LIST_FIELDS)
            assert all(set(c) == {"character", "actor"} for c in show["cast"])
            assert all(set(t) == {"kind", "title", "artist"} for t in show["themes"])
    owl = output[0]["shows"][0]
    assert owl["title"] == "Glass Owl"
    assert (owl["premiere_date"], owl["premiere_time"]) == ("2026-04-07", "00:30 JST")
    assert output[1]["shows"][0]["broadcasters"] == ["TBS"]


def test_cards_are_readable_and_escape_markup(tmp_path: Path) -> None:
    article = dict(ARTICLE, title="[bold]Glass Owl[/bold] Anime Reveals Cast")
    path = tmp_path / "owl.json"
    path.write_text(json.dumps(article), encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path)])
    assert result.exit_code == 0
    assert "Studio Kiri" in result.stdout and "Owl: Mei Sora" in result.stdout
    assert "2026-04-07 00:30 JST" in result.stdout


def test_html_file_takes_its_headline_from_the_title(tmp_path: Path) -> None:
    page = tmp_path / "owl.html"
    page.write_text(
        "<html><head><title>Glass Owl Anime Sets April Premiere</title></head><body>"
        "<p>Glass Owl premieres April 6 on BS11.</p></body></html>",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", str(page), "--json"])
    assert result.exit_code == 0
    show = json.loads(result.stdout)[0]["shows"][0]
    assert show["title"] == "Glass Owl" and show["broadcasters"] == ["BS11"]


def test_error_names_the_file_without_reading_markup_in_it(tmp_path: Path) -> None:
    odd = tmp_path / "[bold]odd.json"
    odd.write_text("[]", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(odd), "--json"])
    assert result.exit_code == 1
    assert "[bold]odd.json" in result.stderr
    assert json.loads(result.stdout) == []

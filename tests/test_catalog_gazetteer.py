"""The catalogue as a gazetteer: a title it knows makes the extractor surer of the show."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import structlog
from typer.testing import CliRunner

from pipeline.app.cli import app
from pipeline.core.codec import to_json
from pipeline.core.config import Settings
from pipeline.core.models import SHOWN_CONFIDENCE, CatalogEntry
from pipeline.store import Store

ARTICLE = Path(__file__).parent / "data" / "articles" / "headline-only-premiere.json"


@pytest.fixture(autouse=True)
def _logs_back_to_defaults() -> Iterator[None]:
    yield
    structlog.reset_defaults()


def entries_file(tmp_path: Path, *entries: CatalogEntry) -> Path:
    path = tmp_path / "entries.json"
    path.write_text(json.dumps(to_json(list(entries))), encoding="utf-8")
    return path


def confidence(*options: str) -> dict[str, float]:
    result = CliRunner().invoke(app, ["extract", str(ARTICLE), "--json", *options])
    assert result.exit_code == 0, result.output
    ((show,),) = [f["shows"] for f in json.loads(result.output)]
    assert show["title"] == "Lamplight Express"
    return dict(show["confidence"])


def test_a_title_the_catalogue_knows_lifts_the_show_s_facts_into_view(tmp_path: Path) -> None:
    known = CatalogEntry("anilist", 9, "Spring 2021", "Rantan Ressha", "Lamplight Express")

    alone = confidence()
    helped = confidence("--catalog-file", str(entries_file(tmp_path, known)))

    assert alone["premiere_date"] < SHOWN_CONFIDENCE <= helped["premiere_date"]
    assert helped["title"] == 0.95
    assert helped["premiere_date"] > alone["premiere_date"]


def test_a_sequel_or_another_show_in_the_catalogue_is_no_evidence(tmp_path: Path) -> None:
    others = entries_file(
        tmp_path,
        CatalogEntry("anilist", 10, "Spring 2021", "Lamplight Express Season 2"),
        CatalogEntry("anilist", 11, "Spring 2021", "Moonlit Courier"),
    )

    assert confidence("--catalog-file", str(others)) == confidence()


def test_catalog_reads_the_stored_entries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIGEST_HOME", str(tmp_path / "home"))
    store = Store.open(Settings.load().database_url)
    known = CatalogEntry("anilist", 9, "Spring 2021", "Lamplight Express")
    store.save_catalog("anilist", "Spring 2021", [known], now=datetime.now(UTC), requests=1)
    store.close()

    assert confidence("--catalog")["title"] == 0.95


def test_a_bad_entries_file_is_named_with_the_entry(tmp_path: Path) -> None:
    path = tmp_path / "entries.json"
    good = {"source": "anilist", "id": 1, "season": "Spring 2021", "title_romaji": "A"}
    path.write_text(json.dumps([good, {"source": "anilist"}]), encoding="utf-8")

    result = CliRunner().invoke(app, ["extract", str(ARTICLE), "--catalog-file", str(path)])

    assert result.exit_code != 0
    assert str(path) in result.output and "entry #2" in result.output

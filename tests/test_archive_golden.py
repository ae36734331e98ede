"""The archive's main pages, byte for byte, against reviewed copies in tests/data/site/.

A template change shows up here as a diff of real output. After reviewing it, write
the new copies with:

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_archive_golden.py
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from site_fixtures import seed

from pipeline.archive.site import build_site
from pipeline.core.config import Settings
from pipeline.store import Store

GOLDEN = Path(__file__).resolve().parent / "data" / "site"
PAGES = (
    "index.html",
    "issues/2.html",
    "seasons/spring-2021.html",
    "shows/86-eighty-six.html",
    "feed.atom",
)
NOW = datetime(2021, 4, 1, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("golden")
    settings = Settings.load(
        home=home,
        database_url=f"sqlite:///{home / 'digest.sqlite3'}",
        base_url="https://digest.example.org/anime/",
        timezone="Europe/London",
        secret="golden",
    )
    store = Store.open(settings.database_url)
    seed(store)
    build_site(store, settings, out_dir=home / "site", now=NOW)
    store.close()
    return home / "site"


@pytest.mark.parametrize("rel", PAGES)
def test_page_matches_its_reviewed_copy(built: Path, rel: str) -> None:
    produced = (built / rel).read_text(encoding="utf-8")
    golden = GOLDEN / rel
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(produced, encoding="utf-8")
    assert golden.is_file(), f"no reviewed copy of {rel}: run with UPDATE_GOLDEN=1"
    assert produced == golden.read_text(encoding="utf-8")

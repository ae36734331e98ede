"""Articles in the styles of outlets the extractor was not first written for.

``tests/data/outlets/articles`` holds short articles the project wrote (invented shows
and people) in the manner of news sites, streaming services' news, press releases,
blogs, translated Japanese news and discussion threads, including news that presents
no show at all. ``tests/data/outlets/gold`` holds the record each should give, made by
hand from the article alone under the corpus conventions (``../shared/corpus/README.md``),
not from the extractor's output. Every scored field must match; alternative titles are
not scored, as in the corpus scorer.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline.core.codec import to_json
from pipeline.extract import extract
from pipeline.extract.files import article_from_file

OUTLETS = Path(__file__).parent / "data" / "outlets"
NOW = datetime(2026, 1, 1, tzinfo=UTC)


def _scored(record: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in record.items() if k != "alt_titles"}


@pytest.mark.parametrize(
    "path", sorted((OUTLETS / "articles").glob("*.json")), ids=lambda p: p.stem
)
def test_article_gives_its_hand_made_records(path: Path) -> None:
    gold = json.loads((OUTLETS / "gold" / path.name).read_text(encoding="utf-8"))["shows"]
    found = [to_json(m.facts) for m in extract(article_from_file(path, now=NOW))]
    assert [_scored(f) for f in found] == [_scored(g) for g in gold]

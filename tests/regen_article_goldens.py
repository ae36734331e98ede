"""Rewrite tests/data/articles/*.expected.json from the current extractor.

Run ``python tests/regen_article_goldens.py`` after a deliberate change to extraction,
then review the diff (``git diff tests/data/articles``) before committing it.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.core.codec import to_json
from pipeline.extract import extract
from pipeline.extract.files import article_from_file

ARTICLES = Path(__file__).parent / "data" / "articles"
NOW = datetime(2026, 1, 1, tzinfo=UTC)


def expected_for(path: Path) -> dict[str, object]:
    """What the extractor makes of one golden article."""
    mentions = extract(article_from_file(path, now=NOW))
    return {"shows": [to_json(m.facts) for m in mentions]}


def golden_inputs() -> list[Path]:
    """Every golden article (not the expectations)."""
    return sorted(p for p in ARTICLES.glob("*.json") if not p.name.endswith(".expected.json"))


def main() -> None:
    for path in golden_inputs():
        target = path.with_name(f"{path.stem}.expected.json")
        text = json.dumps(expected_for(path), ensure_ascii=False, indent=2) + "\n"
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target}")


if __name__ == "__main__":
    main()

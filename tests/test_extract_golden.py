"""Golden files: project-written articles and the show records they must give.

Regenerate with ``python tests/regen_article_goldens.py`` and review the diff.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from regen_article_goldens import expected_for, golden_inputs


@pytest.mark.parametrize("path", golden_inputs(), ids=lambda p: p.stem)
def test_article_gives_its_golden_records(path: Path) -> None:
    expected = json.loads(path.with_name(f"{path.stem}.expected.json").read_text(encoding="utf-8"))
    assert expected_for(path) == expected

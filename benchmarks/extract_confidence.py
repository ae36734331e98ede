"""Does confidence separate right facts from wrong ones? Precision of shown and hidden facts.

Reads the predictions ``anime-digest extract --json`` wrote for a corpus (each show with
its ``confidence`` object) and splits them in two: the facts at the threshold or above
(what the email and the archive print) and those below it. Each half is scored with the
corpus scorer; a useful confidence gives the shown half the higher precision.

Usage (from the repository root, ``../shared`` beside it):

    .venv/bin/anime-digest extract ../shared/corpus/real/articles/*.json --json > var/bench/p.json
    python3 benchmarks/extract_confidence.py ../shared/corpus/real/gold var/bench/p.json
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from pipeline.core.models import SHOWN_CONFIDENCE

SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "tools" / "score_extraction.py"
EMPTY: dict[str, object] = {"title": None}


def _half(shows: list[dict[str, object]], *, shown: bool) -> list[dict[str, object]]:
    """Each show with only its facts on one side of the threshold (the title always kept)."""
    out = []
    for show in shows:
        sure = show.get("confidence", {})
        assert isinstance(sure, dict)
        kept: dict[str, object] = {}
        for key, value in show.items():
            if key in ("title", "alt_titles", "confidence"):
                kept[key] = value
                continue
            keep = (sure.get(key, 1.0) >= SHOWN_CONFIDENCE) == shown
            kept[key] = value if keep else ([] if isinstance(value, list) else None)
        out.append(kept)
    return out


def _score(gold: Path, predictions: list[dict[str, object]]) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(predictions, handle)
    result = subprocess.run(
        [sys.executable, str(SCORER), str(gold), handle.name],
        capture_output=True,
        text=True,
        check=True,
    )
    Path(handle.name).unlink()
    return result.stdout.strip().splitlines()[-1]


def main() -> None:
    gold, pred = Path(sys.argv[1]), Path(sys.argv[2])
    items = json.loads(pred.read_text(encoding="utf-8"))
    for shown in (True, False):
        half = [{"file": i["file"], "shows": _half(i["shows"], shown=shown)} for i in items]
        label = "shown (>= threshold)" if shown else "hidden (< threshold)"
        print(f"{label:22} {_score(gold, half)}")


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# Extraction quality on the development corpus: per-field precision, recall and F1.
# Usage: bash benchmarks/extract_quality.sh [--per-file]   (from the repository root,
# with ../shared beside it). The predictions go to var/bench/ (kept out of git).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${CORPUS:-../shared/corpus/dev}"
out="var/bench"
mkdir -p "$out"
.venv/bin/anime-digest extract "$corpus"/articles/*.json --json > "$out/extract-pred.json"
python3 ../shared/tools/score_extraction.py "$corpus/gold" "$out/extract-pred.json" "$@"

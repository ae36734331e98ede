#!/usr/bin/env bash
# Extraction quality on every scored set: the development corpus, the real-article corpus
# and each fresh round of real articles in tests/data/real/roundN (scored once before the
# fixes for it; see benchmarks/README.md). One summary line per set.
# Usage: bash benchmarks/extract_rounds.sh   (from the repository root, ../shared beside it)
set -euo pipefail
cd "$(dirname "$0")/.."
out="var/bench"
mkdir -p "$out"
for corpus in ../shared/corpus/dev ../shared/corpus/real tests/data/real/round*; do
  name="$(basename "$corpus")"
  [ -d "$corpus/gold" ] && ls "$corpus"/gold/*.json >/dev/null 2>&1 || continue
  .venv/bin/anime-digest extract "$corpus"/articles/*.json --json > "$out/$name-pred.json"
  python3 ../shared/tools/score_extraction.py "$corpus/gold" "$out/$name-pred.json" > "$out/$name-score.txt"
  printf '%-8s %s | %s\n' "$name" "$(tail -1 "$out/$name-score.txt")" \
    "$(grep 'show detection' "$out/$name-score.txt" | tr -s ' ')"
done

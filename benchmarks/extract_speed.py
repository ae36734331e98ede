"""Extraction throughput on one core: the development corpus, extracted repeatedly.

Usage: .venv/bin/python benchmarks/extract_speed.py [--rounds N] [--corpus DIR]

Reports articles per second by wall clock and by the process's CPU time. The
machine is shared, so the wall-clock figure moves with other load; the CPU-time
figure is what one core sustains.
"""

from __future__ import annotations

import argparse
import time
from datetime import UTC, datetime
from pathlib import Path

from pipeline.extract import extract
from pipeline.extract.files import article_from_file

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20, help="passes over the corpus")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    now = datetime.now(UTC)
    articles = [article_from_file(p, now=now) for p in sorted(args.corpus.glob("articles/*.json"))]
    for article in articles:  # warm-up: lexicon load and regex caches
        extract(article)
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(args.rounds):
        for article in articles:
            extract(article)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    count = args.rounds * len(articles)
    print(f"{count} extractions of {len(articles)} articles")
    print(f"wall clock: {count / wall:8.1f} articles/s ({wall:.2f} s)")
    print(f"CPU time:   {count / cpu:8.1f} articles/s ({cpu:.2f} s)")


if __name__ == "__main__":
    main()

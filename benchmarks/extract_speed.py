"""Extraction throughput on one core: the development corpus, extracted repeatedly.

Usage: .venv/bin/python benchmarks/extract_speed.py [--rounds N] [--corpus DIR] [--once]

Reports articles per second by wall clock and by the process's CPU time. The
machine is shared, so the wall-clock figure moves with other load; the CPU-time
figure is what one core sustains. Repeated passes warm the caches that are keyed by
text; ``--once`` reads each article of ``--corpus`` (a glob of article files, or a
corpus folder) a single time after a warm-up on the development corpus, which is what a
week of new articles costs.
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
    parser.add_argument("--once", action="store_true", help="each article once, after a warm-up")
    args = parser.parse_args()
    now = datetime.now(UTC)
    files = sorted(args.corpus.glob("articles/*.json")) or sorted(Path().glob(str(args.corpus)))
    articles = [article_from_file(p, now=now) for p in files]
    warm = DEFAULT_CORPUS.glob("articles/*.json") if args.once else files
    for path in warm:  # warm-up: lexicon load and compiled patterns
        extract(article_from_file(path, now=now))
    if args.once:
        args.rounds = 1
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

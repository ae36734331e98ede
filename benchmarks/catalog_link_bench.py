"""Catalogue linking benchmark: time to link a season's news shows to its catalogue.

Run from the repository root::

    .venv/bin/python benchmarks/catalog_link_bench.py [--shows 400] [--entries 150]

Makes ``--shows`` merged shows and ``--entries`` catalogue entries of one season (a big
season on AniList has about 150 TV, ONA and film entries), with titles drawn from a
fixed word list so that about half of the shows have an entry under an English,
romaji or synonym title, and some are sequels. Prints the median of five passes of
``merge.link`` (pure, no database) and of ``merge.catalog_only``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import UTC, datetime

from pipeline.core.models import CatalogEntry, Show, ShowFacts
from pipeline.merge import catalog_only, link

NOW = datetime(2021, 4, 5, 9, 0, tzinfo=UTC)
_WORDS = """moonlit courier iron tide frontier kitsune detective agency starlit bakery witch
lighthouse summer wind relay villainess ramen shop twilight diner crimson garden silver orbit
paper dragon hidden melody clockwork city northern star ocean wolf"""
WORDS = _WORDS.split()
ROMAJI = "no wa ga to de ni kara made tsuki hoshi kaze yume hana sora umi mori".split()  # noqa: SIM905


def title(rng: random.Random, words: list[str], size: int) -> str:
    return " ".join(rng.choice(words) for _ in range(size)).title()


def make(shows: int, entries: int) -> tuple[list[Show], list[CatalogEntry]]:
    rng = random.Random(14)
    catalogue = []
    for i in range(entries):
        english = title(rng, WORDS, 3)
        if i % 7 == 0:
            english += " Season 2"
        catalogue.append(
            CatalogEntry(
                "anilist", 100_000 + i, "Spring 2021",
                title_romaji=title(rng, ROMAJI, 4), title_english=english,
                synonyms=(title(rng, WORDS, 2),), episodes=12, studios=("Studio X",),
            )
        )  # fmt: skip
    made = []
    for i in range(shows):
        if i % 2 == 0 and i // 2 < entries:
            entry = catalogue[i // 2]
            name = (entry.title_english, entry.title_romaji, entry.synonyms[0])[i % 3]
        else:
            name = title(rng, WORDS, 4)
        facts = ShowFacts(title=name, season="Spring 2021")
        made.append(Show(slug=f"show-{i}", facts=facts, first_seen=NOW))
    return made, catalogue


def median_seconds(action: object, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shows", type=int, default=400)
    parser.add_argument("--entries", type=int, default=150)
    args = parser.parse_args()
    shows, entries = make(args.shows, args.entries)
    result = link(shows, entries, now=NOW)
    linked = median_seconds(lambda: link(shows, entries, now=NOW))
    listed = median_seconds(lambda: catalog_only(entries, result.shows.values()))
    print(f"{args.shows} shows, {args.entries} entries: {result.linked} linked, "
          f"{len(result.absorbed)} merged")  # fmt: skip
    print(f"link: {linked * 1000:.0f} ms (median of 5)")
    print(f"catalog_only: {listed * 1000:.1f} ms (median of 5)")


if __name__ == "__main__":
    main()

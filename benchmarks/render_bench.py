"""Rendering benchmark: MJML compile time of a 60-show issue, and personalised messages/s.

Run from the repository root::

    .venv/bin/python benchmarks/render_bench.py [--subscribers 10000] [--variants 20]

Prints the compile time (median of several uncached renders) and the throughput of
``render`` (cached per variant) + ``personalise`` for every subscriber, on one core.
Nothing is written to disk except a throwaway settings home in a temporary folder.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pipeline.render.compose
from pipeline.core.config import Settings
from pipeline.core.models import (
    CastMember,
    Headline,
    Issue,
    Provenance,
    Show,
    ShowFacts,
    ThemeSong,
    Variant,
)
from pipeline.render.compose import personalise, render

NOW = datetime(2021, 4, 5, 9, 0, tzinfo=UTC)
ZONES = [
    "UTC",
    "Europe/Berlin",
    "Europe/London",
    "America/Los_Angeles",
    "America/New_York",
    "Asia/Tokyo",
    "Australia/Sydney",
    "America/Sao_Paulo",
    "Asia/Singapore",
    "Europe/Madrid",
]
GENRES = [(), ("mecha",), ("romance", "comedy"), ("drama",)]


def show(i: int) -> Show:
    """A fully described show, like a well-covered season's."""
    facts = ShowFacts(
        title=f"Show Number {i}: The Long Subtitle of a Light Novel Adaptation",
        alt_titles=(f"Bangumi {i}",),
        season="Spring 2021",
        premiere_date=date(2021, 4, 1) + timedelta(days=i % 28),
        premiere_time=f"{22 + i % 5}:{(i * 7) % 60:02d} JST",
        broadcasters=("Tokyo MX", "BS11", "MBS"),
        streaming=("Crunchyroll", "Netflix"),
        studios=("A-1 Pictures",),
        director=("Toshimasa Ishii",),
        series_composition=("Toshiya Ono",),
        character_design=("Tetsuya Kawakami",),
        music=("Hiroyuki Sawano",),
        original_creator=("Asato Asato",),
        source_material="light novel",
        episodes_or_cours="12 episodes",
        genres=(("mecha", "drama"), ("romance", "comedy"), ("action",))[i % 3],
        cast=tuple(CastMember(f"Actor {i}-{n}", f"Character {n}") for n in range(10)),
        themes=(
            ThemeSong("opening", f"Opening {i}", "Band"),
            ThemeSong("ending", f"Ending {i}", "Singer"),
        ),
    )
    source = Provenance("title", "x", i, "ann", f"https://news.example.org/{i}", NOW)
    return Show(slug=f"show-{i}", facts=facts, provenance=(source,))


def issue(shows: int) -> Issue:
    lineup = tuple(show(i) for i in range(shows))
    headlines = tuple(
        Headline(f"Headline {n}", f"https://news.example.org/h{n}", "Anime News", NOW)
        for n in range(15)
    )
    return Issue(
        number=1,
        kind="weekly",
        subject="Anime Digest #1: Spring 2021 lineup",
        created_at=NOW,
        season="Spring 2021",
        premieres=lineup[:5],
        lineup=lineup,
        headlines=headlines,
    )


def compile_time(target: Issue, settings: Settings, repeats: int) -> tuple[float, int]:
    """Median seconds of an uncached render, and the HTML size in bytes."""
    times = []
    size = 0
    for _ in range(repeats):
        pipeline.render.compose._clear_caches()
        start = time.perf_counter()
        size = len(render(target, Variant("Europe/Berlin"), settings=settings).html.encode())
        times.append(time.perf_counter() - start)
    return statistics.median(times), size


def throughput(target: Issue, settings: Settings, subscribers: int, variants: int) -> float:
    """Personalised messages per second over ``variants`` variants (compiles excluded)."""
    kinds = [
        Variant(ZONES[n % len(ZONES)], GENRES[n // len(ZONES) % len(GENRES)])
        for n in range(variants)
    ]
    for kind in kinds:
        render(target, kind, settings=settings)  # compile each variant once, up front
    start = time.perf_counter()
    for n in range(subscribers):
        personalise(
            render(target, kinds[n % variants], settings=settings),
            name=f"Reader {n}",
            unsubscribe_url=f"https://digest.example.org/unsubscribe?token={n:032x}",
            preferences_url=f"https://digest.example.org/preferences?token={n:032x}",
            view_url="https://digest.example.org/issues/1.html",
        )
    return subscribers / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shows", type=int, default=60)
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--variants", type=int, default=20)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        settings = Settings.load(
            home=Path(home), base_url="https://digest.example.org/", secret="bench"
        )
        target = issue(args.shows)
        seconds, size = compile_time(target, settings, args.repeats)
        print(f"compile: {args.shows}-show issue, median {seconds * 1000:.0f} ms, {size} bytes")
        start = time.perf_counter()
        rate = throughput(target, settings, args.subscribers, args.variants)
        total = time.perf_counter() - start
        print(
            f"personalise: {args.subscribers} subscribers over {args.variants} variants, "
            f"{rate:,.0f} messages/s (total with compiles {total:.1f} s)"
        )


if __name__ == "__main__":
    main()

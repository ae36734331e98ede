"""Readable cards for show records, as ``anime-digest extract`` prints them."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from pipeline.core.models import ShowFacts

STAFF_ROWS = (
    ("Director", "director"),
    ("Series composition", "series_composition"),
    ("Character design", "character_design"),
    ("Music", "music"),
    ("Original creator", "original_creator"),
    ("Studios", "studios"),
    ("Broadcasters", "broadcasters"),
    ("Streaming", "streaming"),
    ("Genres", "genres"),
)


def print_cards(console: Console, file_name: str, shows: Sequence[ShowFacts]) -> None:
    """One card per show found in ``file_name`` (article text is escaped, never markup)."""
    if not shows:
        console.print(f"[dim]{escape(file_name)}: no show found[/]")
    for facts in shows:
        console.print(
            Panel(
                _table(facts),
                title=escape(facts.title or "(untitled project)"),
                subtitle=escape(file_name),
                expand=False,
            )
        )


def _table(facts: ShowFacts) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column()
    for label, value in _rows(facts):
        table.add_row(label, escape(value))
    return table


def _rows(facts: ShowFacts) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    if facts.alt_titles:
        rows.append(("Also known as", "; ".join(facts.alt_titles)))
    premiere = " ".join(str(v) for v in (facts.premiere_date, facts.premiere_time) if v)
    for label, value in (
        ("Season", facts.season),
        ("Premiere", premiere),
        ("Source", facts.source_material),
        ("Length", facts.episodes_or_cours),
    ):
        if value:
            rows.append((label, str(value)))
    for label, name in STAFF_ROWS:
        values: tuple[str, ...] = getattr(facts, name)
        if values:
            rows.append((label, ", ".join(values)))
    rows.extend(("Cast", f"{c.character or '?'}: {c.actor}") for c in facts.cast)
    rows.extend(("Theme", _theme(t.kind, t.title, t.artist)) for t in facts.themes)
    return rows


def _theme(kind: str | None, title: str | None, artist: str | None) -> str:
    song = f'"{title}"' if title else "(untitled)"
    return f"{kind or 'theme'}: {song} by {artist or '?'}"

"""``anime-digest catalog ...``: refresh and list the season catalogue (AniList)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.table import Table

from pipeline.app.console import catalog_summary
from pipeline.app.shell import fail, guarded, load_settings, opened_store, out
from pipeline.core.clock import utcnow
from pipeline.core.codec import to_json
from pipeline.core.models import CatalogEntry

if TYPE_CHECKING:
    from pipeline.extract import Gazetteer

CatalogFlag = Annotated[
    bool, typer.Option("--catalog", help="Titles the stored season catalogue knows are surer.")
]
CatalogFileOption = Annotated[
    Path | None,
    typer.Option(help="The same with catalogue entries from a JSON file (catalog list --json)."),
]
catalog_app = typer.Typer(
    help="The season catalogue (AniList): refresh and list it.", no_args_is_help=True
)
SeasonOption = Annotated[
    str | None, typer.Option(help='Season, e.g. "Spring 2021" (default: the lineup season).')
]


@catalog_app.command("refresh")
def catalog_refresh(
    season: SeasonOption = None,
    force: Annotated[
        bool, typer.Option("--force", help="Ask even when the cached copy is fresh.")
    ] = False,
) -> None:
    """Fetch a season's lineup from AniList, unless fetched within DIGEST_CATALOG_TTL_HOURS."""
    from pipeline.catalog import refresh_catalog
    from pipeline.core.calendar import parse_season

    settings = load_settings()
    if settings.catalog == "off":
        fail("the catalogue is turned off (DIGEST_CATALOG=off)", code=2)
    wanted = guarded(lambda: parse_season(season)) if season is not None else None
    with opened_store(settings) as store:
        report = guarded(
            lambda: refresh_catalog(store, settings, now=utcnow(), season=wanted, force=force)
        )
    out.print(escape(catalog_summary(report)), highlight=False, soft_wrap=True)


@catalog_app.command("list")
def catalog_list(
    season: SeasonOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the entries as JSON.")] = False,
) -> None:
    """Show the cached entries (of one season, or of every season kept)."""
    from pipeline.core.calendar import parse_season

    settings = load_settings()
    label = guarded(lambda: parse_season(season)).label if season is not None else None
    with opened_store(settings) as store:
        entries = guarded(lambda: store.catalog_entries(season=label))
    if as_json:
        typer.echo(json.dumps(to_json(entries), ensure_ascii=False, indent=2))
        return
    _print_entries(entries, label)


def _print_entries(entries: list[CatalogEntry], season: str | None) -> None:
    if not entries:
        where = season or "any season"
        out.print(f"nothing cached for {where}: run 'anime-digest catalog refresh'")
        return
    table = Table(title="Season data from AniList", title_justify="left")
    for name in ("season", "id", "title", "starts", "episodes", "studios"):
        table.add_column(name, overflow="fold")
    for e in entries:
        starts = e.start_date.isoformat() if e.start_date else "TBA"
        episodes = str(e.episodes) if e.episodes else "?"
        cells = (e.season, str(e.id), e.title, starts, episodes, ", ".join(e.studios))
        table.add_row(*map(escape, cells))
    out.print(table)
    out.print(f"{len(entries)} entries", highlight=False)


def gazetteer_for(from_store: bool, path: Path | None) -> Gazetteer | None:
    """The gazetteer ``extract`` asked for: entries from ``path``, else from the store."""
    from pipeline.extract import Gazetteer, read_entries

    if path is not None:
        return Gazetteer(guarded(lambda: read_entries(path)))
    if not from_store:
        return None
    with opened_store(load_settings()) as store:
        return Gazetteer(guarded(store.catalog_entries))

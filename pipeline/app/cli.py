"""The ``anime-digest`` command: a thin shell over the stages.

Each command reads the settings once, calls one stage (or ``run.run_once``) and
prints what happened. Exit codes are listed in ``shell.EXIT_CODES`` (and ``--help``):
0 done, 1 could not be done, 2 bad configuration or usage, 3 every feed failed,
4 subscribers left unsent.
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from pipeline.app.catalog_cli import CatalogFileOption, CatalogFlag, catalog_app, gazetteer_for
from pipeline.app.console import (
    FeedProgress,
    feed_json,
    print_fetch_table,
    print_outcome,
    print_run_report,
    print_send_report,
    print_site_report,
    send_progress,
    show_listing,
)
from pipeline.app.serve_cli import schedule, serve
from pipeline.app.shell import (
    DEFAULT_SOURCES,
    EXIT_CODES,
    FEEDS_FAILED,
    UNSENT,
    SourcesOption,
    check_addresses,
    check_genre_option,
    check_zone,
    err,
    guarded,
    issue_day_start,
    load_settings,
    mail_links_ok,
    open_store,
    opened_store,
    out,
    outlet_names,
    print_version,
    run_day,
    send_or_say_who_is_left,
    stop_on_signals,
)
from pipeline.app.subscribers_cli import subscribers_app
from pipeline.core import logs
from pipeline.core.clock import utcnow
from pipeline.core.config import Settings, load_sources
from pipeline.core.errors import ExtractError
from pipeline.core.models import Variant

if TYPE_CHECKING:
    from pipeline.core.models import Issue, Rendered, Subscriber
    from pipeline.core.reports import SiteReport
# Each command imports the stages it needs when it runs: start-up stays quick, which
# matters for a fetch run every few hours and for --help.

app = typer.Typer(
    name="anime-digest",
    help="Seasonal anime newsletter: fetch news feeds, extract shows, build, send and archive a "
    "weekly digest.",
    epilog=EXIT_CODES,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain click help: no "<bool>" type column
)
app.add_typer(subscribers_app, name="subscribers")
app.add_typer(catalog_app, name="catalog")


@app.callback()
def _global(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log each step.")] = False,
    log_json: Annotated[bool, typer.Option("--log-json", help="Log events as JSON.")] = False,
    _version: Annotated[
        bool,
        typer.Option("--version", help="Print the version.", callback=print_version,
                     is_eager=True),
    ] = False,
) -> None:  # fmt: skip
    logs.configure(verbose=verbose, json=log_json)


@app.command()
def fetch(
    sources: SourcesOption = DEFAULT_SOURCES,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print a JSON list, one object per feed.")
    ] = False,
) -> None:
    """Fetch every due feed; a failing feed is reported, never fatal (exit 3 if all failed)."""
    from pipeline.core.clock import utcnow
    from pipeline.core.config import load_sources
    from pipeline.fetch import fetch as fetch_feeds

    settings = load_settings()
    feeds = guarded(lambda: load_sources(sources))
    store = open_store(settings)
    try:
        with FeedProgress(sum(1 for f in feeds if f.enabled)) as progress:
            report = guarded(
                lambda: fetch_feeds(
                    feeds, store, settings, now=utcnow(), on_result=progress.advance
                )
            )
    finally:
        store.close()
    if as_json:
        payload = [feed_json(r) for r in report.results]
        sys.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    else:
        print_fetch_table(report, {f.id: f.name for f in feeds})
    if report.all_failed:
        raise typer.Exit(FEEDS_FAILED)


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Article files (.json, .txt, .html).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print show records as JSON.")] = False,
    catalog: CatalogFlag = False,
    catalog_file: CatalogFileOption = None,
) -> None:
    """Read article files and print the shows they describe."""
    from pipeline.core.codec import to_json
    from pipeline.digest import cards
    from pipeline.extract import article_from_file
    from pipeline.extract import extract as extract_shows

    gazetteer = gazetteer_for(catalog, catalog_file)
    now = utcnow()
    results: list[dict[str, object]] = []
    failed = 0
    for path in files:
        try:
            mentions = extract_shows(article_from_file(path, now=now), gazetteer=gazetteer)
        except ExtractError as exc:
            failed += 1
            message = escape(str(exc))
            err.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
            continue
        if as_json:
            shows = [{**to_json(m.facts), "confidence": dict(m.confidence)} for m in mentions]
            results.append({"file": path.name, "shows": shows})
        else:
            cards.print_cards(out, path.name, [m.facts for m in mentions])
    if as_json:
        sys.stdout.write(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    if failed:
        raise typer.Exit(1)


@app.command()
def build(
    season: Annotated[str | None, typer.Option(help='Lineup season, e.g. "Spring 2021".')] = None,
    on_date: Annotated[
        str | None,
        typer.Option("--date", help="The issue's date, YYYY-MM-DD (default: now).", metavar="DATE"),
    ] = None,
    note: Annotated[
        Path | None, typer.Option(help="Editor's note (Markdown file) for the top.", dir_okay=False)
    ] = None,
    special: Annotated[
        str | None, typer.Option(help='Make a special edition, e.g. "Spring 2021 preview".')
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Build even in a thin week.")] = False,
    show_list: Annotated[
        bool, typer.Option("--list", help="Print the merged shows afterwards.")
    ] = False,
    sources: SourcesOption = DEFAULT_SOURCES,
) -> None:
    """Extract and merge stored articles, then create the next issue and print its outline."""
    from pipeline.app.run import build_next_issue
    from pipeline.core.calendar import parse_season

    settings = load_settings()
    lineup = guarded(lambda: parse_season(season)) if season is not None else None
    now = guarded(lambda: issue_day_start(on_date, settings)) if on_date is not None else utcnow()
    # Outlet names for headlines; without the default file, feed ids stand in for them.
    named = sources.exists() or sources != DEFAULT_SOURCES
    feeds = guarded(lambda: load_sources(sources)) if named else ()
    with opened_store(settings) as store:
        outcome = guarded(
            lambda: build_next_issue(
                store,
                settings,
                now=now,
                sources=feeds,
                season=lineup,
                note_path=note,
                special=special,
                force=force,
            )
        )
    print_outcome(outcome)
    if show_list:
        typer.echo("")
        typer.echo(guarded(lambda: show_listing(settings, season=season, as_json=False)))


@app.command()
def shows(
    season: Annotated[
        str | None, typer.Option(help='Only this season, e.g. "Spring 2021".')
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print shows as JSON.")] = False,
    sources: Annotated[
        Path | None,
        typer.Option(help="Feed list naming the outlets (default: sources.yaml if present)."),
    ] = None,
) -> None:
    """List merged shows with their sources and recent changes."""
    settings = load_settings()
    text = guarded(lambda: show_listing(settings, season=season, as_json=as_json, sources=sources))
    typer.echo(text)


@app.command()
def preview(
    issue: Annotated[int | None, typer.Option(help="Issue number (default: latest).")] = None,
    timezone: Annotated[
        str | None, typer.Option(help="Reader's time zone (default: DIGEST_TIMEZONE).")
    ] = None,
    genres: Annotated[
        str | None, typer.Option(help="Only shows of these genres, comma-separated.")
    ] = None,
) -> None:
    """Write an issue's HTML and text into $DIGEST_HOME/preview and print their paths."""
    from pipeline.app.run import write_preview

    settings = load_settings()
    zone = timezone or settings.timezone
    guarded(lambda: check_zone(zone))
    wanted = guarded(lambda: check_genre_option(genres))
    variant = Variant(timezone=zone, genres=wanted)
    with opened_store(settings) as store:
        paths = guarded(lambda: write_preview(store, settings, number=issue, variant=variant))
    for path in paths:
        out.print(str(path), highlight=False, soft_wrap=True)


@app.command()
def send(
    issue: Annotated[int | None, typer.Option(help="Issue number (default: latest).")] = None,
    to: Annotated[
        list[str] | None, typer.Option("--to", help="Send a test copy here.", metavar="EMAIL")
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Count, send nothing.")] = False,
    retry_uncertain: Annotated[
        bool,
        typer.Option("--retry-uncertain", help="Also resend deliveries a crash left in doubt."),
    ] = False,
) -> None:
    """Send an issue to every active subscriber who has not had it; safe to repeat.

    Exits 4 when subscribers are left unsent (server unreachable, stopped, deferred).
    """
    from pipeline.app.run import stored_issue
    from pipeline.deliver import send_issue

    settings = load_settings()
    guarded(lambda: check_addresses("--to", to))
    if not dry_run:
        mail_links_ok(settings)
    store = open_store(settings)
    chosen = guarded(lambda: stored_issue(store, issue))
    compose = guarded(lambda: _compose_for(chosen, settings))
    stop = threading.Event()
    with stop_on_signals(stop), send_progress() as update:
        report = send_or_say_who_is_left(
            lambda: send_issue(
                store,
                settings,
                chosen,
                compose=compose,
                now=utcnow(),
                to=to,
                dry_run=dry_run,
                retry_uncertain=retry_uncertain,
                progress=update,
                stop=stop,
            ),
            store,
            chosen.number,
        )
    print_send_report(report)
    if not report.dry_run and (report.remaining or report.stopped):
        raise typer.Exit(UNSENT)


def _compose_for(issue: Issue, settings: Settings) -> Callable[[Subscriber], Rendered]:
    """Per-subscriber message content of ``issue`` (render + personalise with links_for)."""
    from pipeline.app.run import compose_for

    return compose_for(issue, settings)


@app.command()
def run(
    sources: SourcesOption = DEFAULT_SOURCES,
    on_date: Annotated[
        str | None,
        typer.Option("--date", help="Act as on this day, YYYY-MM-DD (default: now).",
                     metavar="DATE"),
    ] = None,
) -> None:  # fmt: skip
    """Fetch, build, send and archive once: what the schedule runs.

    The issue belongs to this week's slot (DIGEST_SCHEDULE): it is built once, and a
    second run only resumes its sending, so running twice never mails anyone twice. A
    thin week is judged again by a later run in the same week. Exits 0 when the week's
    work is done (sent, or rightly skipped), 3 when every feed failed, 4 when
    subscribers are left unsent.
    """
    from pipeline.app.exits import exit_code
    from pipeline.app.run import run_once

    settings = load_settings()
    now = guarded(lambda: run_day(on_date, settings)) if on_date is not None else utcnow()
    mail_links_ok(settings)
    stop = threading.Event()
    with stop_on_signals(stop):
        report = guarded(lambda: run_once(settings, now=now, sources_path=sources, stop=stop))
    print_run_report(report, outlet_names(sources))
    if code := exit_code(report):
        raise typer.Exit(code)


@app.command()
def archive(
    out_dir: Annotated[Path | None, typer.Option("--out", help="Site folder.")] = None,
) -> None:
    """Write the static archive site (default: $DIGEST_HOME/site); unchanged files stay."""
    from pipeline.archive import build_site
    from pipeline.core.clock import utcnow

    settings = load_settings()

    def build() -> SiteReport:
        store = open_store(settings)
        try:
            return build_site(store, settings, out_dir=out_dir, now=utcnow())
        finally:
            store.close()

    print_site_report(guarded(build))


app.command()(schedule)
app.command()(serve)


def main() -> None:
    """Entry point of the ``anime-digest`` console script."""
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)

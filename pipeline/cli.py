"""The ``anime-digest`` command: a thin shell over the stages.

Each command reads the settings once, calls one stage (or ``run.run_once``) and
prints what happened. Exit codes: 0 when the work completed (individual feeds may
have failed and are reported), 1 when it could not be done, 2 for bad
configuration or usage.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, NoReturn, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from pipeline import cards, logs
from pipeline.clock import utcnow
from pipeline.codec import to_json
from pipeline.config import Settings
from pipeline.errors import ConfigError, DigestError, ExtractError
from pipeline.extract import extract as extract_shows
from pipeline.extract.files import article_from_file

app = typer.Typer(
    name="anime-digest",
    help="Seasonal anime newsletter: fetch news feeds, extract shows, build, send and archive a "
    "weekly digest.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
subscribers_app = typer.Typer(help="Manage the subscriber list.", no_args_is_help=True)
app.add_typer(subscribers_app, name="subscribers")

out = Console()
err = Console(stderr=True)

T = TypeVar("T")

SourcesOption = Annotated[
    Path,
    typer.Option("--sources", help="Feed list to read.", dir_okay=False),
]
DEFAULT_SOURCES = Path("sources.yaml")


@app.callback()
def _global(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log each step.")] = False,
    log_json: Annotated[bool, typer.Option("--log-json", help="Log events as JSON.")] = False,
) -> None:
    logs.configure(verbose=verbose, json=log_json)


def load_settings() -> Settings:
    """Settings from the environment; a bad value exits 2 with its name."""
    return guarded(Settings.load)


def guarded(action: Callable[[], T]) -> T:
    """Run ``action``; turn a DigestError into a clear message and an exit code."""
    try:
        return action()
    except ConfigError as exc:
        fail(str(exc), code=2)
    except DigestError as exc:
        fail(str(exc), code=1)


def fail(message: str, *, code: int) -> NoReturn:
    """Print ``message`` to stderr and exit with ``code``."""
    err.print(f"[bold red]error:[/] {message}", highlight=False, markup=True, soft_wrap=True)
    raise typer.Exit(code)


def not_yet(command: str) -> NoReturn:
    """Commands whose stage has not landed say so instead of pretending."""
    fail(f"'{command}' is not yet available in this version", code=2)


@app.command()
def fetch(
    sources: SourcesOption = DEFAULT_SOURCES,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per feed.")] = False,
) -> None:
    """Fetch every due feed; a failing feed is reported, never fatal."""
    not_yet("fetch")


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Article files (.json, .txt, .html).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print show records as JSON.")] = False,
) -> None:
    """Read article files and print the shows they describe."""
    now = utcnow()
    results: list[dict[str, object]] = []
    failed = 0
    for path in files:
        try:
            mentions = extract_shows(article_from_file(path, now=now), now=now)
        except ExtractError as exc:
            failed += 1
            message = escape(str(exc))
            err.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
            continue
        if as_json:
            results.append({"file": path.name, "shows": [to_json(m.facts) for m in mentions]})
        else:
            cards.print_cards(out, path.name, [m.facts for m in mentions])
    if as_json:
        sys.stdout.write(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    if failed:
        raise typer.Exit(1)


@app.command()
def build(
    season: Annotated[str | None, typer.Option(help='Lineup season, e.g. "Spring 2021".')] = None,
) -> None:
    """Extract and merge stored articles, then create the next issue."""
    not_yet("build")


@app.command()
def shows() -> None:
    """List merged shows with their sources and recent changes."""
    not_yet("shows")


@app.command()
def preview(issue: Annotated[int | None, typer.Option(help="Issue number.")] = None) -> None:
    """Write an issue's HTML and text for a look."""
    not_yet("preview")


@app.command()
def send(
    issue: Annotated[int | None, typer.Option(help="Issue number (default: latest).")] = None,
    to: Annotated[list[str] | None, typer.Option("--to", help="Send a test copy here.")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Count, send nothing.")] = False,
) -> None:
    """Send an issue to every active subscriber who has not had it; safe to repeat."""
    not_yet("send")


@app.command()
def run(sources: SourcesOption = DEFAULT_SOURCES) -> None:
    """Fetch, build, send and archive once: what the schedule runs."""
    not_yet("run")


@app.command()
def schedule() -> None:
    """Run the weekly schedule in the foreground."""
    not_yet("schedule")


@app.command()
def archive(
    out_dir: Annotated[Path | None, typer.Option("--out", help="Site folder.")] = None,
) -> None:
    """Write the static archive site."""
    not_yet("archive")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the archive, subscribe and unsubscribe pages."""
    not_yet("serve")


@subscribers_app.command("import")
def subscribers_import(
    csv_file: Annotated[Path, typer.Argument(help="CSV: email,name,timezone,genres,status")],
) -> None:
    """Import subscribers from a CSV file; bad rows are reported with their line."""
    not_yet("subscribers import")


@subscribers_app.command("list")
def subscribers_list() -> None:
    """List subscribers and their status."""
    not_yet("subscribers list")


@subscribers_app.command("remove")
def subscribers_remove(email: Annotated[str, typer.Argument(help="Address to remove.")]) -> None:
    """Unsubscribe an address (kept on record, never mailed again)."""
    not_yet("subscribers remove")


def main() -> None:
    """Entry point of the ``anime-digest`` console script."""
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)

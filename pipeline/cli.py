"""The ``anime-digest`` command: a thin shell over the stages.

Each command reads the settings once, calls one stage (or ``run.run_once``) and
prints what happened. Exit codes: 0 when the work completed (individual feeds may
have failed and are reported), 1 when it could not be done, 2 for bad
configuration or usage.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, NoReturn, TypeVar, get_args

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Column, Table

from pipeline import logs, subscribers
from pipeline.clock import utcnow
from pipeline.config import Settings
from pipeline.deliver import send_issue
from pipeline.errors import ConfigError, DigestError
from pipeline.models import Issue, Rendered, SendReport, Subscriber, SubscriberStatus
from pipeline.store import Store

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
    not_yet("extract")


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
    retry_uncertain: Annotated[
        bool,
        typer.Option("--retry-uncertain", help="Also resend deliveries a crash left in doubt."),
    ] = False,
) -> None:
    """Send an issue to every active subscriber who has not had it; safe to repeat."""
    settings = load_settings()
    store = guarded(lambda: Store.open(settings.database_url))
    chosen = guarded(lambda: _issue_to_send(store, issue))
    compose = guarded(lambda: _compose_for(chosen, settings))
    stop = threading.Event()
    with _stop_on_signals(stop), _send_progress() as update:
        report = guarded(
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
            )
        )
    _print_send_report(report)


def _issue_to_send(store: Store, number: int | None) -> Issue:
    found = store.latest_issue() if number is None else store.issue(number)
    if found is None:
        raise DigestError(
            "no issue has been built yet; run 'anime-digest build' first"
            if number is None
            else f"there is no issue {number}"
        )
    return found


def _compose_for(issue: Issue, settings: Settings) -> Callable[[Subscriber], Rendered]:
    """Per-subscriber message content of ``issue`` (render + personalise with links_for)."""
    raise DigestError("rendering is not available in this version, so issues cannot be sent yet")


@contextmanager
def _stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """SIGTERM or Ctrl-C: finish the messages in flight, record them, then stop."""

    def ask(signum: int, _frame: object) -> None:
        if not stop.is_set():
            err.print("stopping after the messages in flight; run send again to resume")
        stop.set()

    previous = {sig: signal.signal(sig, ask) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@contextmanager
def _send_progress() -> Iterator[Callable[[SendReport], None]]:
    columns = (
        TextColumn("sending"),
        BarColumn(),
        TextColumn("{task.fields[line]}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task("send", total=None, line="")

        def update(report: SendReport) -> None:
            done = report.total - report.remaining
            line = f"sent {report.sent} · failed {report.failed} · remaining {report.remaining}"
            bar.update(task, total=report.total, completed=done, line=line)

        yield update


def _print_send_report(report: SendReport) -> None:
    r = report
    if r.test_copies:
        out.print(f"issue {r.issue_number}: test copies sent {r.sent}, failed {r.failed}")
        return
    verb = "would send" if r.dry_run else "sent"
    out.print(
        f"issue {r.issue_number}: {verb} {r.sent}, failed {r.failed}, "
        f"already done {r.skipped}, uncertain {r.uncertain}, remaining {r.remaining} "
        f"(of {r.total} active subscribers)"
        + (f"; {r.bounced} marked bounced" if r.bounced else ""),
        highlight=False,
        soft_wrap=True,
    )
    if r.uncertain:
        out.print(
            f"{r.uncertain} deliveries were interrupted after the hand-off and may have "
            "arrived; they are not resent unless you pass --retry-uncertain",
            highlight=False,
            soft_wrap=True,
        )
    if r.stopped:
        out.print("stopped early; run send again to resume", highlight=False)


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
    resubscribe: Annotated[
        bool, typer.Option("--resubscribe", help="Re-activate unsubscribed addresses.")
    ] = False,
) -> None:
    """Import subscribers from a CSV file; bad rows are reported with their line."""
    store = _open_store(load_settings())
    report = guarded(
        lambda: subscribers.import_csv(store, csv_file, now=utcnow(), resubscribe=resubscribe)
    )
    out.print(
        f"{csv_file}: {report.added} added, {report.updated} updated, "
        f"{report.unchanged} unchanged, {report.kept_unsubscribed} kept unsubscribed, "
        f"{len(report.problems)} refused",
        highlight=False,
        soft_wrap=True,
    )
    if report.problems:
        table = Table("line", "email", "reason", title="refused rows", title_justify="left")
        for problem in report.problems:
            table.add_row(str(problem.line), escape(problem.email), escape(problem.reason))
        err.print(table)
        raise typer.Exit(1)


@subscribers_app.command("list")
def subscribers_list(
    status: Annotated[
        str | None,
        typer.Option(help="Only this status: pending, active, unsubscribed or bounced."),
    ] = None,
) -> None:
    """List subscribers and their status."""
    if status is not None and status not in get_args(SubscriberStatus):
        fail(f"--status must be one of {', '.join(get_args(SubscriberStatus))}", code=2)
    store = _open_store(load_settings())
    table = Table("id", Column("email", no_wrap=True), "name", "timezone", "genres",
                  Column("status", no_wrap=True))  # fmt: skip
    for batch in store.iter_subscribers(status=status):
        for sub in batch:
            row = (str(sub.id), sub.email, sub.name, sub.timezone, "; ".join(sub.genres))
            table.add_row(*map(escape, row), sub.status)
    out.print(table)
    out.print(f"{table.row_count} subscribers", highlight=False)


@subscribers_app.command("remove")
def subscribers_remove(email: Annotated[str, typer.Argument(help="Address to remove.")]) -> None:
    """Unsubscribe an address (kept on record, never mailed again)."""
    store = _open_store(load_settings())
    sub = guarded(lambda: subscribers.remove(store, email, now=utcnow()))
    out.print(f"{sub.email}: unsubscribed", highlight=False, soft_wrap=True)


@subscribers_app.command("unsubscribe")
def subscribers_unsubscribe(
    token: Annotated[str, typer.Argument(help="Token from an unsubscribe link.")],
) -> None:
    """Unsubscribe whoever a signed unsubscribe token names."""
    settings = load_settings()
    store = _open_store(settings)
    sub = guarded(
        lambda: subscribers.unsubscribe(store, settings.secret, token, now=utcnow(), via="cli")
    )
    out.print(f"{sub.email}: unsubscribed", highlight=False, soft_wrap=True)


def _open_store(settings: Settings) -> Store:
    return guarded(lambda: Store.open(settings.database_url))


def main() -> None:
    """Entry point of the ``anime-digest`` console script."""
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)

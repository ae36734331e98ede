"""The ``anime-digest`` command: a thin shell over the stages.

Each command reads the settings once, calls one stage (or ``run.run_once``) and
prints what happened. Exit codes: 0 when the work completed (individual feeds may
have failed and are reported), 1 when it could not be done, 2 for bad
configuration or usage.
"""

from __future__ import annotations

import json
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, TypeVar, get_args
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Column, Table

from pipeline.core import logs
from pipeline.core.clock import utcnow
from pipeline.core.config import Settings, load_sources
from pipeline.core.errors import ConfigError, DigestError, ExtractError
from pipeline.core.models import SubscriberStatus, Variant
from pipeline.digest import listing

if TYPE_CHECKING:
    from pipeline.core.models import (
        BuildOutcome,
        FeedResult,
        FetchReport,
        Issue,
        Rendered,
        RunReport,
        SendReport,
        SiteReport,
        Subscriber,
    )
    from pipeline.store import Store
# Each command imports the stages it needs when it runs: start-up stays quick, which
# matters for a fetch run every few hours and for --help.

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
    as_json: Annotated[
        bool, typer.Option("--json", help="Print a JSON list, one object per feed.")
    ] = False,
) -> None:
    """Fetch every due feed; a failing feed is reported, never fatal."""
    from pipeline.core.clock import utcnow
    from pipeline.core.config import load_sources
    from pipeline.fetch.fetcher import fetch as fetch_feeds

    settings = load_settings()
    feeds = guarded(lambda: load_sources(sources))
    store = _open_store(settings)
    try:
        with _FeedProgress(sum(1 for f in feeds if f.enabled)) as progress:
            report = guarded(
                lambda: fetch_feeds(
                    feeds, store, settings, now=utcnow(), on_result=progress.advance
                )
            )
    finally:
        store.close()
    if as_json:
        payload = [_feed_json(r) for r in report.results]
        sys.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    else:
        _print_fetch_table(report, {f.id: f.name for f in feeds})


class _FeedProgress:
    """A progress bar on stderr while feeds are fetched (silent when not a terminal)."""

    def __init__(self, total: int) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self.bar = Progress(
            TextColumn("fetching"), BarColumn(), MofNCompleteColumn(), console=err, transient=True
        )
        self.task = self.bar.add_task("fetch", total=total)

    def __enter__(self) -> _FeedProgress:
        self.bar.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.bar.stop()

    def advance(self, _result: FeedResult) -> None:
        self.bar.advance(self.task)


def _feed_json(result: FeedResult) -> dict[str, object]:
    return {
        "feed": result.source_id,
        "url": result.url,
        "status": result.status,
        "new": result.new,
        "updated": result.updated,
        "http_status": result.http_status,
        "error": result.error,
        "moved_to": result.moved_to,
        "warning": result.warning,
        "failures": result.failures,
        "failing_since": result.failing_since.isoformat() if result.failing_since else None,
        "next_due": result.next_due.isoformat() if result.next_due else None,
    }


_STATUS_STYLE = {
    "ok": ("ok", "green"),
    "not_modified": ("not modified", "cyan"),
    "error": ("error", "bold red"),
    "skipped": ("skipped", "yellow"),
}


def _print_fetch_table(report: FetchReport, names: dict[str, str]) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table(title="Feeds")
    for column in ("feed", "status", "new", "updated", "HTTP", "error"):
        table.add_column(column, justify="right" if column in {"new", "updated"} else "left")
    for r in report.results:
        label, style = _STATUS_STYLE[r.status]
        table.add_row(
            Text(names.get(r.source_id, r.source_id)),  # feed text is never markup
            Text(label, style=style),
            str(r.new),
            str(r.updated),
            "" if r.http_status is None else str(r.http_status),
            Text(_feed_note(r)),
        )
    out.print(table)
    out.print(_fetch_summary(report), highlight=False, markup=False)


def _feed_note(result: FeedResult) -> str:
    parts = [result.error or ""]
    if result.status in {"error", "skipped"} and result.failures:
        parts.append(f"({result.failures} failures in a row)")
    if result.status == "skipped" and result.next_due:
        parts.append(f"next try {result.next_due:%Y-%m-%d %H:%M} UTC")
    if result.moved_to:
        parts.append(f"moved permanently to {result.moved_to}")
    if result.warning:
        parts.append(f"read despite: {result.warning}")
    return " ".join(p for p in parts if p)


def _fetch_summary(report: FetchReport) -> str:
    new = sum(r.new for r in report.results)
    updated = sum(r.updated for r in report.results)
    return (
        f"{report.count('ok')} ok, {report.count('not_modified')} not modified, "
        f"{report.count('error')} failed, {report.count('skipped')} not due; "
        f"{new} new articles, {updated} updated"
    )


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Article files (.json, .txt, .html).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print show records as JSON.")] = False,
) -> None:
    """Read article files and print the shows they describe."""
    from pipeline.core.codec import to_json
    from pipeline.digest import cards
    from pipeline.extract import extract as extract_shows
    from pipeline.extract.files import article_from_file

    now = utcnow()
    results: list[dict[str, object]] = []
    failed = 0
    for path in files:
        try:
            mentions = extract_shows(article_from_file(path, now=now))
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
    now = guarded(lambda: _issue_now(on_date, settings)) if on_date is not None else utcnow()
    # Outlet names for headlines; without the default file, feed ids stand in for them.
    named = sources.exists() or sources != DEFAULT_SOURCES
    feeds = guarded(lambda: load_sources(sources)) if named else ()
    with _store(settings) as store:
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
    _print_outcome(outcome)
    if show_list:
        typer.echo("")
        typer.echo(guarded(lambda: show_listing(settings, season=season, as_json=False)))


def _issue_now(text: str, settings: Settings) -> datetime:
    """``--date`` as the start of that day in DIGEST_TIMEZONE, in UTC."""
    try:
        day = date.fromisoformat(text)
    except ValueError as exc:
        raise ConfigError(f"--date {text!r}: expected YYYY-MM-DD") from exc
    return datetime.combine(day, time(0), tzinfo=settings.zone).astimezone(UTC)


@contextmanager
def _store(settings: Settings) -> Iterator[Store]:
    store = _open_store(settings)
    try:
        yield store
    finally:
        store.close()


def _print_outcome(outcome: BuildOutcome) -> None:
    typer.echo(listing.render_report(outcome.merge))
    if outcome.issue is None:
        out.print(f"no issue built: {outcome.skipped}", highlight=False)
        return
    issue = outcome.issue
    out.print(f"issue #{issue.number} ({issue.kind}): {issue.subject}", highlight=False)
    for label, count in [
        ("premiering this week", len(issue.premieres)),
        ("what changed", len(issue.changes)),
        (f"the {issue.season} lineup", len(issue.lineup)),
        ("headlines", len(issue.headlines)),
    ]:
        out.print(f"  {label}: {count}", highlight=False)
    if issue.note_markdown:
        out.print("  editor's note: yes", highlight=False)


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


def show_listing(
    settings: Settings, *, season: str | None, as_json: bool, sources: Path | None = None
) -> str:
    """The stored shows (of ``season``) with their sources and changes, as text or JSON."""
    store = _open_store(settings)
    try:
        chosen = listing.in_season(store.shows(), season)
        events = store.show_events()
    finally:
        store.close()
    if as_json:
        return listing.render_json(chosen, events)
    return listing.render_text(chosen, events, outlets=outlet_names(sources))


def outlet_names(sources: Path | None) -> dict[str, str]:
    """Feed id → outlet name from the sources file; ids stand in when there is none."""
    if sources is None and not DEFAULT_SOURCES.is_file():
        return {}
    return {source.id: source.name for source in load_sources(sources or DEFAULT_SOURCES)}


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
    guarded(lambda: _check_zone(zone))
    wanted = tuple(g.strip() for g in (genres or "").split(",") if g.strip())
    variant = Variant(timezone=zone, genres=wanted)
    with _store(settings) as store:
        paths = guarded(lambda: write_preview(store, settings, number=issue, variant=variant))
    for path in paths:
        out.print(str(path), highlight=False, soft_wrap=True)


def _check_zone(name: str) -> None:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        message = f"--timezone {name!r}: unknown time zone (e.g. Europe/Berlin)"
        raise ConfigError(message) from exc


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
    from pipeline.app.run import stored_issue
    from pipeline.deliver.send import send_issue

    settings = load_settings()
    store = _open_store(settings)
    chosen = guarded(lambda: stored_issue(store, issue))
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


def _compose_for(issue: Issue, settings: Settings) -> Callable[[Subscriber], Rendered]:
    """Per-subscriber message content of ``issue`` (render + personalise with links_for)."""
    from pipeline.app.run import compose_for

    return compose_for(issue, settings)


@contextmanager
def _stop_on_signals(
    stop: threading.Event,
    notice: str = "stopping after the messages in flight; run the command again to resume",
) -> Iterator[None]:
    """SIGTERM or Ctrl-C set ``stop``: the work in hand finishes and is recorded, then stops."""

    def ask(signum: int, _frame: object) -> None:
        if not stop.is_set():
            err.print(notice)
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
    """Fetch, build, send and archive once: what the schedule runs.

    The issue belongs to this week's slot (DIGEST_SCHEDULE): it is built once, and a
    second run only resumes its sending, so running twice never mails anyone twice.
    """
    from pipeline.app.run import run_once

    settings = load_settings()
    stop = threading.Event()
    with _stop_on_signals(stop):
        report = guarded(lambda: run_once(settings, now=utcnow(), sources_path=sources, stop=stop))
    _print_run_report(report, outlet_names(sources))
    if report.nothing_done:
        raise typer.Exit(1)


def _print_run_report(report: RunReport, names: dict[str, str]) -> None:
    table = Table(
        title=f"Run for the week of {report.slot:%a %d %b %Y %H:%M %Z}", title_justify="left"
    )
    table.add_column("step")
    table.add_column("outcome", overflow="fold")
    for step, line in _run_lines(report, names):
        table.add_row(step, line)
    out.print(table)


def _run_lines(report: RunReport, names: dict[str, str]) -> Iterator[tuple[str, str]]:
    failed = {e.step: e.message for e in report.errors}
    if report.fetch is not None:
        yield "fetch", escape(_fetch_summary(report.fetch))
        for result in report.fetch.results:
            if result.status == "error":
                since = (
                    f", failing since {result.failing_since:%Y-%m-%d %H:%M} UTC"
                    if result.failing_since
                    else ""
                )
                yield (
                    "",
                    escape(
                        f"{names.get(result.source_id, result.source_id)}: {result.error}{since}"
                    ),
                )
    if report.merge is not None:
        m = report.merge
        yield (
            "shows",
            f"{m.shows_added} added, {m.shows_changed} changed, {m.events} changes recorded",
        )
    if report.issue_number is not None:
        how = "built" if report.built_now else "already built for this week"
        yield "issue", escape(f"#{report.issue_number} {how}: {report.issue_subject}")
    elif report.skipped:
        yield "issue", escape(f"none this week: {report.skipped}")
    if report.send is not None:
        r = report.send
        yield (
            "send",
            (
                f"sent {r.sent}, failed {r.failed}, uncertain {r.uncertain}, "
                f"already done {r.skipped}, remaining {r.remaining} (of {r.total})"
            ),
        )
    if report.site is not None:
        yield (
            "archive",
            f"{len(report.site.written)} written, {len(report.site.unchanged)} unchanged",
        )
    for step, message in failed.items():
        yield f"[red]{step}[/]", f"[red]failed:[/] {escape(message)}"


@app.command()
def schedule(sources: SourcesOption = DEFAULT_SOURCES) -> None:
    """Run the weekly schedule in the foreground until SIGTERM or Ctrl-C.

    Two jobs: a fetch every DIGEST_FETCH_INTERVAL_HOURS, and the weekly run at
    DIGEST_SCHEDULE in DIGEST_TIMEZONE. Both are kept in the database, so a restart
    keeps their next run times.
    """
    from pipeline.app.schedule import STOP, serve_forever
    from pipeline.core.calendar import parse_schedule

    settings = load_settings()
    guarded(lambda: parse_schedule(settings.schedule))
    guarded(lambda: load_sources(sources))
    path = sources.resolve()

    def announce(times: dict[str, datetime]) -> None:
        for job, when in sorted(times.items()):
            out.print(f"next {job}: {when:%a %d %b %Y %H:%M %Z}", highlight=False)
        out.print("running; stop with Ctrl-C or SIGTERM", highlight=False)

    notice = "stopping: a send in progress finishes the messages in flight first"
    with _stop_on_signals(STOP, notice):
        guarded(lambda: serve_forever(settings, sources_path=path, announce=announce))


@app.command()
def archive(
    out_dir: Annotated[Path | None, typer.Option("--out", help="Site folder.")] = None,
) -> None:
    """Write the static archive site (default: $DIGEST_HOME/site); unchanged files stay."""
    from pipeline.archive.site import build_site
    from pipeline.core.clock import utcnow

    settings = load_settings()

    def build() -> SiteReport:
        store = _open_store(settings)
        try:
            return build_site(store, settings, out_dir=out_dir, now=utcnow())
        finally:
            store.close()

    report = guarded(build)
    for rel in report.written:
        out.print(f"wrote    {rel}", highlight=False, markup=False)
    for rel in report.removed:
        out.print(f"removed  {rel}", highlight=False, markup=False)
    out.print(
        f"{len(report.written)} written, {len(report.unchanged)} unchanged, "
        f"{len(report.removed)} removed: {report.out_dir / 'index.html'}",
        highlight=False,
        markup=False,
    )


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    forwarded_allow_ips: Annotated[
        str | None,
        typer.Option(
            help="Proxy addresses trusted for X-Forwarded-For/-Proto (comma-separated; "
            "default: $FORWARDED_ALLOW_IPS or 127.0.0.1)."
        ),
    ] = None,
) -> None:
    """Serve the archive, subscribe and unsubscribe pages (one process; see README)."""
    import uvicorn

    from pipeline.web import create_app

    settings = load_settings()
    web_app = guarded(lambda: create_app(settings))
    if not settings.base_url.startswith(("https://", "http://")):
        err.print(
            "warning: DIGEST_BASE_URL is not a web address; mailed links will not reach "
            "this server",
            highlight=False,
            soft_wrap=True,
        )
    uvicorn.run(
        web_app, host=host, port=port, proxy_headers=True,
        forwarded_allow_ips=forwarded_allow_ips, server_header=False,
    )  # fmt: skip


@subscribers_app.command("import")
def subscribers_import(
    csv_file: Annotated[Path, typer.Argument(help="CSV: email,name,timezone,genres,status")],
    resubscribe: Annotated[
        bool, typer.Option("--resubscribe", help="Re-activate unsubscribed addresses.")
    ] = False,
) -> None:
    """Import subscribers from a CSV file; bad rows are reported with their line."""
    from pipeline.deliver import subscribers

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
    from pipeline.deliver import subscribers

    store = _open_store(load_settings())
    sub = guarded(lambda: subscribers.remove(store, email, now=utcnow()))
    out.print(f"{sub.email}: unsubscribed", highlight=False, soft_wrap=True)


@subscribers_app.command("unsubscribe")
def subscribers_unsubscribe(
    token: Annotated[str, typer.Argument(help="Token from an unsubscribe link.")],
) -> None:
    """Unsubscribe whoever a signed unsubscribe token names."""
    from pipeline.deliver import subscribers

    settings = load_settings()
    store = _open_store(settings)
    sub = guarded(
        lambda: subscribers.unsubscribe(store, settings.secret, token, now=utcnow(), via="cli")
    )
    out.print(f"{sub.email}: unsubscribed", highlight=False, soft_wrap=True)


def _open_store(settings: Settings) -> Store:
    """The database, opened (and created) on first use; a failure exits with its reason."""
    from pipeline.store import Store

    return guarded(lambda: Store.open(settings.database_url))


def main() -> None:
    """Entry point of the ``anime-digest`` console script."""
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)

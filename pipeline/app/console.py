"""What the ``anime-digest`` command prints: tables, progress bars and summaries.

The commands in ``pipeline.app.cli`` stay thin: they read settings, call a stage and
hand its report here. Tables and summaries go to stdout, errors, warnings and
progress bars to stderr, so ``--json`` output stays clean. Text that came from feeds
(feed names, errors quoting a server, subscriber names) is printed as plain text,
never as rich markup.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.markup import escape
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Column, Table

from pipeline.app.shell import err, open_store, out, outlet_names
from pipeline.core.config import Settings
from pipeline.core.text import one_line
from pipeline.digest import listing
from pipeline.merge import catalog_only

if TYPE_CHECKING:
    from pipeline.core.models import Subscriber
    from pipeline.core.reports import (
        BuildOutcome,
        CatalogReport,
        FeedResult,
        FetchReport,
        ImportReport,
        LinkReport,
        RunReport,
        SendReport,
        SiteReport,
    )


class FeedProgress:
    """A progress bar on stderr while feeds are fetched (silent when not a terminal)."""

    def __init__(self, total: int) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self.bar = Progress(
            TextColumn("fetching"), BarColumn(), MofNCompleteColumn(), console=err, transient=True
        )
        self.task = self.bar.add_task("fetch", total=total)

    def __enter__(self) -> FeedProgress:
        self.bar.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.bar.stop()

    def advance(self, _result: FeedResult) -> None:
        self.bar.advance(self.task)


def feed_json(result: FeedResult) -> dict[str, object]:
    return {
        "feed": result.source_id,
        "url": result.url,
        "status": result.status,
        "new": result.new,
        "updated": result.updated,
        "pages_fetched": result.pages_fetched,
        "pages_failed": result.pages_failed,
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


def print_fetch_table(report: FetchReport, names: dict[str, str]) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table(title="Feeds")
    counts = {"new", "updated", "pages", "pages failed"}
    for column in ("feed", "status", "new", "updated", "pages", "pages failed", "HTTP", "error"):
        table.add_column(column, justify="right" if column in counts else "left")
    for r in report.results:
        label, style = _STATUS_STYLE[r.status]
        table.add_row(
            Text(names.get(r.source_id, r.source_id)),  # feed text is never markup
            Text(label, style=style),
            str(r.new),
            str(r.updated),
            str(r.pages_fetched),
            str(r.pages_failed),
            "" if r.http_status is None else str(r.http_status),
            Text(_feed_note(r)),
        )
    out.print(table)
    out.print(fetch_summary(report), highlight=False, markup=False)


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


def fetch_summary(report: FetchReport) -> str:
    new = sum(r.new for r in report.results)
    updated = sum(r.updated for r in report.results)
    return (
        f"{report.count('ok')} ok, {report.count('not_modified')} not modified, "
        f"{report.count('error')} failed, {report.count('skipped')} not due; "
        f"{new} new articles, {updated} updated" + _pages_summary(report)
    )


def _pages_summary(report: FetchReport) -> str:
    fetched = sum(r.pages_fetched for r in report.results)
    failed = sum(r.pages_failed for r in report.results)
    return f"; {fetched} article pages read, {failed} not used" if fetched or failed else ""


def print_outcome(outcome: BuildOutcome) -> None:
    typer.echo(listing.render_report(outcome.merge))
    if outcome.link is not None and outcome.link.entries:
        typer.echo(link_summary(outcome.link))
    if outcome.issue is None:
        out.print(
            f"no issue built: {outcome.skipped}; --force builds it anyway",
            highlight=False, markup=False, soft_wrap=True,
        )  # fmt: skip
        return
    issue = outcome.issue
    out.print(
        f"issue #{issue.number} ({issue.kind}): {issue.subject}", highlight=False, markup=False
    )
    for label, count in [
        ("premiering this week", len(issue.premieres)),
        ("what changed", len(issue.changes)),
        (f"the {issue.season} lineup", len(issue.lineup)),
        ("headlines", len(issue.headlines)),
    ]:
        out.print(f"  {label}: {count}", highlight=False)
    if issue.note_markdown:
        out.print("  editor's note: yes", highlight=False)


@contextmanager
def send_progress() -> Iterator[Callable[[SendReport], None]]:
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


def print_send_report(report: SendReport) -> None:
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


def print_run_report(report: RunReport, names: dict[str, str]) -> None:
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
        yield "fetch", escape(fetch_summary(report.fetch))
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
    if report.catalog is not None:
        yield "catalogue", escape(catalog_summary(report.catalog))
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
            f"{len(report.site.written)} written, {len(report.site.unchanged)} unchanged"
            + (
                f", {len(report.site.image_failures)} images skipped"
                if report.site.image_failures
                else ""
            ),
        )
    for warning in report.warnings:
        yield f"[yellow]{warning.step}[/]", f"[yellow]warning:[/] {escape(warning.message)}"
    for step, message in failed.items():
        yield f"[red]{step}[/]", f"[red]failed:[/] {escape(message)}"


def link_summary(report: LinkReport) -> str:
    """One line (two with merges) on linking the shows to the catalogue."""
    line = (
        f"catalogue: {report.linked} of {report.entries} entries linked to shows, "
        f"{report.changed} shows changed"
    )
    if report.merged:  # slugs: ASCII letters, digits and dashes only
        line += "\nmerged (same catalogue entry): " + "; ".join(report.merged)
    return line


def catalog_summary(report: CatalogReport) -> str:
    """One line on a catalogue refresh."""
    if report.status == "cached":
        when = f"{report.fetched_at:%Y-%m-%d %H:%M} UTC" if report.fetched_at else "earlier"
        return f"{report.season}: {report.entries} entries, cached since {when} (no request)"
    adult = f", {report.adult_skipped} adult left out" if report.adult_skipped else ""
    waited = f", waited {report.waited:.0f} s" if report.waited else ""
    return (
        f"{report.season}: {report.entries} entries fetched in {report.requests} "
        f"request{'s' * (report.requests != 1)}{adult}{waited}"
    )


def print_site_report(report: SiteReport) -> None:
    """The files an archive build wrote and removed, then the totals."""
    for rel in report.written:
        out.print(f"wrote    {rel}", highlight=False, markup=False)
    for rel in report.removed:
        out.print(f"removed  {rel}", highlight=False, markup=False)
    for url, reason in report.image_failures:
        out.print(f"skipped  image {one_line(url, 300)}: {reason}", highlight=False, markup=False)
    if report.images or report.image_failures:
        out.print(
            f"{report.images} show images, {len(report.image_failures)} skipped",
            highlight=False,
            markup=False,
        )
    out.print(
        f"{len(report.written)} written, {len(report.unchanged)} unchanged, "
        f"{len(report.removed)} removed: {report.out_dir / 'index.html'}",
        highlight=False,
        markup=False,
    )


def print_import_report(csv_file: Path, report: ImportReport) -> None:
    """An import's totals on stdout; refused rows with their line on stderr."""
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


def print_subscribers(batches: Iterable[list[Subscriber]]) -> None:
    """Subscribers as a table (names and addresses as plain text), then the count."""
    table = Table("id", Column("email", no_wrap=True), "name", "timezone", "genres",
                  Column("status", no_wrap=True))  # fmt: skip
    for batch in batches:
        for sub in batch:
            row = (str(sub.id), sub.email, sub.name, sub.timezone, "; ".join(sub.genres))
            table.add_row(*map(escape, row), sub.status)
    out.print(table)
    out.print(f"{table.row_count} subscribers", highlight=False)


def show_listing(
    settings: Settings, *, season: str | None, as_json: bool, sources: Path | None = None
) -> str:
    """The stored shows (of ``season``) with their sources and changes, as text or JSON."""
    store = open_store(settings)
    try:
        known = store.shows()
        chosen = listing.in_season(known, season)
        if settings.catalog != "off" and settings.lineup == "catalog+news":
            only = catalog_only(store.catalog_entries(), known)
            chosen += listing.in_season(only, season)
        events = store.show_events()
    finally:
        store.close()
    if as_json:
        return listing.render_json(chosen, events)
    return listing.render_text(chosen, events, outlets=outlet_names(sources))

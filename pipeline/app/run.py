"""Compose the stages: each function here reads the store, calls stages, writes back.

``run_once`` is the whole job (fetch → build → send → archive) that ``anime-digest
run`` and the weekly schedule call. ``build_next_issue`` refreshes the merged shows,
gathers what the digest needs, asks ``digest.build_issue`` for the next issue and
stores it. ``compose_for`` turns an issue into each subscriber's message.
``write_preview`` renders a stored issue for one variant into ``$DIGEST_HOME/preview``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import TypeVar

from pipeline.app.exits import unsent_count
from pipeline.archive import build_site
from pipeline.catalog import refresh_catalog
from pipeline.core import logs
from pipeline.core.calendar import Season, last_slot, parse_schedule
from pipeline.core.clock import utcnow
from pipeline.core.codec import to_json
from pipeline.core.config import Settings, load_sources
from pipeline.core.errors import (
    ConfigError,
    DeliveryError,
    DigestError,
    LockHeldError,
    StoreError,
)
from pipeline.core.models import (
    Article,
    Issue,
    Rendered,
    ShowMention,
    Source,
    Subscriber,
    Variant,
)
from pipeline.core.reports import (
    BuildOutcome,
    CatalogReport,
    FetchReport,
    RunReport,
    SendReport,
    Skipped,
    StepError,
    WeekOutcome,
)
from pipeline.deliver import check_mail_links, links_for, send_issue
from pipeline.digest import THIN_WEEK, WEEK, build_issue
from pipeline.extract import Gazetteer, extract
from pipeline.fetch import fetch
from pipeline.merge import link_stored, refresh
from pipeline.render import personalise, render
from pipeline.store import Lease, Store

log = logs.get("run")
T = TypeVar("T")
RUN_LOCK = "run"
FETCH_LOCK = "fetch"
FETCH_WAIT = 600.0  # seconds a fetch waits for another process's fetch to finish
LOCK_POLL = 0.5  # seconds between tries for a taken lease
RUN_LEASE = timedelta(minutes=30)


def build_next_issue(
    store: Store,
    settings: Settings,
    *,
    now: datetime,
    sources: Sequence[Source] = (),
    season: Season | None = None,
    note_path: Path | None = None,
    special: str | None = None,
    force: bool = False,
) -> BuildOutcome:
    """Refresh shows, build the next issue as of ``now`` and store it (unless a thin week)."""
    note = _read_note(note_path) if note_path is not None else None
    report = refresh(store, now=now, extractor=_extractor(store, settings))
    linked = link_stored(store, now=now) if settings.catalog != "off" else None
    last = store.latest_issue()
    since = last.created_at if last is not None else now - WEEK
    result = build_issue(
        store.shows(),
        store.articles(since=since),
        last,
        settings,
        now=now,
        number=store.next_issue_number(),
        events=store.show_events(since=since),
        sources=sources,
        note=note,
        special=special,
        season=season,
        force=force,
        catalog=store.catalog_entries() if settings.catalog != "off" else (),
    )
    if isinstance(result, Skipped):
        log.info("issue_skipped", reason=result.reason, new_items=result.new_items)
        return BuildOutcome(issue=None, skipped=result.reason, merge=report, link=linked)
    store.save_issue(result)
    log.info("issue_built", number=result.number, kind=result.kind, season=result.season)
    return BuildOutcome(issue=result, skipped=None, merge=report, link=linked)


def _extractor(store: Store, settings: Settings) -> Callable[[Article], list[ShowMention]] | None:
    """The extract stage with the stored catalogue as its gazetteer, when there is one."""
    entries = store.catalog_entries() if settings.catalog != "off" else []
    if not entries:
        return None
    gazetteer = Gazetteer(entries)
    return lambda article: extract(article, gazetteer=gazetteer)


def _read_note(path: Path) -> str:
    """The editor's note file as text; ConfigError names the file when it cannot be read."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the editor's note: {exc}") from exc


def stored_issue(store: Store, number: int | None) -> Issue:
    """Issue ``number``, or the latest one; StoreError says what is missing."""
    issue = store.latest_issue() if number is None else store.issue(number)
    if issue is None:
        missing = "no issue yet (run 'anime-digest build' first)"
        raise StoreError(missing if number is None else f"no issue number {number}")
    return issue


def write_preview(
    store: Store, settings: Settings, *, number: int | None, variant: Variant
) -> tuple[Path, Path]:
    """Render issue ``number`` (default: the latest) for ``variant`` into $DIGEST_HOME/preview.

    Returns the paths of the HTML and text files. The per-person links point at the
    archive, the greeting has no name.
    """
    issue = stored_issue(store, number)
    rendered = personalise(
        render(issue, variant, settings=settings),
        name="",
        unsubscribe_url=f"{settings.base_url}unsubscribe.html",
        preferences_url=None,
        view_url=f"{settings.base_url}issues/{issue.number}.html",
    )
    folder = settings.home / "preview"
    folder.mkdir(parents=True, exist_ok=True)
    html_path = folder / f"issue-{issue.number}.html"
    text_path = folder / f"issue-{issue.number}.txt"
    html_path.write_text(rendered.html, encoding="utf-8")
    text_path.write_text(rendered.text, encoding="utf-8")
    return html_path, text_path


def compose_for(issue: Issue, settings: Settings) -> Callable[[Subscriber], Rendered]:
    """Per-subscriber message content: the variant's render, then the person's fills."""

    def compose(subscriber: Subscriber) -> Rendered:
        links = links_for(settings, issue.number, subscriber)
        return personalise(
            render(issue, subscriber.variant, settings=settings),
            name=subscriber.name,
            unsubscribe_url=links.unsubscribe_url,
            preferences_url=links.preferences_url,
            view_url=links.view_url,
        )

    return compose


def run_once(
    settings: Settings,
    *,
    now: datetime,
    sources_path: Path,
    slot: datetime | None = None,
    too_late: bool = False,
    stop: threading.Event | None = None,
) -> RunReport:
    """Fetch, build the week's issue, send it and rebuild the archive, once.

    The issue belongs to a weekly slot (the scheduled send time at or before ``now``
    unless ``slot`` is given): it is built once per slot, however often this runs, and
    every later run for that slot only resumes its sending. ``too_late`` records the
    slot as missed instead (the scheduler's grace rule). A failing step is reported and
    the following steps still run; a bad sources file, or SMTP without an http(s)
    DIGEST_BASE_URL, raises ConfigError.
    """
    check_mail_links(settings)  # ConfigError: SMTP would mail links that lead nowhere
    sources = load_sources(sources_path)
    week_slot = slot or last_slot(parse_schedule(settings.schedule), settings.zone, now)
    store = Store.open(settings.database_url)
    try:
        try:
            with _leased(store, RUN_LOCK, "run"):
                report = _run_steps(store, settings, sources, now, week_slot, too_late, stop)
        except LockHeldError as exc:
            failed = StepError(step="run", message=str(exc))
            report = RunReport(now, utcnow(), week_slot, errors=(failed,))
        store.save_run("run", report.started_at, report.finished_at, to_json(report))
        log.info("run_finished", **report_summary(report))
        return report
    finally:
        store.close()


def _run_steps(
    store: Store,
    settings: Settings,
    sources: Sequence[Source],
    now: datetime,
    slot: datetime,
    too_late: bool,
    stop: threading.Event | None,
) -> RunReport:
    steps = _Steps()
    fetched = steps.attempt("fetch", lambda: _fetch_locked(store, settings, sources, now))
    catalog = _refresh_catalog(store, settings, now, steps) if settings.catalog != "off" else None
    week = steps.attempt(
        "build", lambda: _week_issue(store, settings, sources, now, slot, too_late=too_late)
    )
    issue = week.issue if week else None
    sent = None
    if issue is not None:
        sent = steps.attempt("send", lambda: _send_step(store, settings, issue, now, stop))
    site = steps.attempt("archive", lambda: build_site(store, settings, now=now))
    return RunReport(
        started_at=now,
        finished_at=utcnow(),
        slot=slot,
        fetch=fetched,
        merge=week.merge if week else None,
        issue_number=issue.number if issue else None,
        issue_subject=issue.subject if issue else None,
        built_now=week.built_now if week else False,
        skipped=week.skipped if week else None,
        send=sent,
        site=site,
        errors=tuple(steps.errors),
        catalog=catalog,
        warnings=tuple(steps.warnings),
    )


def _refresh_catalog(
    store: Store, settings: Settings, now: datetime, steps: _Steps
) -> CatalogReport | None:
    """The lineup season's catalogue; a failure is a warning and the run goes on."""
    try:
        return refresh_catalog(store, settings, now=now)
    except DigestError as exc:
        log.warning("catalog_skipped", error=str(exc))
        steps.warnings.append(StepError(step="catalog", message=str(exc)))
        return None


def _send_step(
    store: Store, settings: Settings, issue: Issue, now: datetime, stop: threading.Event | None
) -> SendReport:
    """Send (or resume) the week's issue; a transport that cannot work says who is left."""
    try:
        return send_issue(
            store, settings, issue, compose=compose_for(issue, settings), now=now, stop=stop
        )
    except LockHeldError:
        raise
    except DeliveryError as exc:
        left = unsent_count(store, issue.number, now=now)
        raise DeliveryError(f"{exc}; {left} subscribers not sent (run again to resume)") from exc


def fetch_feeds(settings: Settings, *, now: datetime, sources_path: Path) -> FetchReport:
    """Fetch every due feed once (the scheduler's periodic job) and keep its report."""
    sources = load_sources(sources_path)
    store = Store.open(settings.database_url)
    try:
        report = _fetch_locked(store, settings, sources, now)
        store.save_run("fetch", now, utcnow(), to_json(report))
        return report
    finally:
        store.close()


def _fetch_locked(
    store: Store, settings: Settings, sources: Sequence[Source], now: datetime
) -> FetchReport:
    """One fetch at a time across processes; a second waits for the first, then asks again.

    Asking again right after costs a conditional GET per feed, and it means a run never
    builds its issue from a fetch that another process has not finished storing.
    """
    with _leased(store, FETCH_LOCK, "fetch", wait=FETCH_WAIT):
        return fetch(sources, store, settings, now=now)


@contextmanager
def _leased(store: Store, name: str, what: str, *, wait: float = 0.0) -> Iterator[None]:
    """Hold the lease ``name`` for the block, waiting up to ``wait`` seconds for it.

    LockHeldError names the holder when the lease stays taken.
    """
    lease = Lease(store, name, RUN_LEASE)
    if (held_by := lease.acquire(wait=wait, poll=LOCK_POLL)) is not None:
        raise LockHeldError(f"another {what} is in progress ({held_by})")
    try:
        yield
    finally:
        lease.release()


class _Steps:
    """Runs each step of a run, keeping a DigestError as a reported failure."""

    def __init__(self) -> None:
        self.errors: list[StepError] = []
        self.warnings: list[StepError] = []  # failed optional steps (the catalogue)

    def attempt(self, step: str, action: Callable[[], T]) -> T | None:
        try:
            return action()
        except DigestError as exc:
            log.error("step_failed", step=step, error=str(exc))
            self.errors.append(StepError(step=step, message=str(exc)))
            return None


def _week_issue(
    store: Store,
    settings: Settings,
    sources: Sequence[Source],
    now: datetime,
    slot: datetime,
    *,
    too_late: bool,
) -> WeekOutcome:
    """The issue of ``slot``: the one an earlier run built for it, or a new one.

    An issue, once built, is final, and so is "too late"; a thin week is not: a later
    run in the same week judges it again with what has arrived since. Every run merges
    the stored articles first, whatever the slot holds.
    """
    decided = store.weekly_slot(slot)
    if decided is not None and (decided[0] is not None or not decided[1].startswith(THIN_WEEK)):
        number, outcome = decided
        issue = store.issue(number) if number is not None else None
        merged = refresh(store, now=now)
        return WeekOutcome(issue=issue, skipped=None if issue else outcome, merge=merged)
    if too_late:  # a thin week found earlier stays; an undecided slot is recorded as missed
        reason = f"too late: the {slot:%a %d %b %H:%M %Z} send started {_late_by(slot, now)} late"
        if decided is None:
            store.record_weekly_slot(slot, issue_number=None, outcome=reason, now=now)
        late = reason if decided is None else decided[1]
        return WeekOutcome(issue=None, skipped=late, merge=refresh(store, now=now))
    built = build_next_issue(store, settings, now=now, sources=sources)
    number = built.issue.number if built.issue else None
    record = store.record_weekly_slot if decided is None else store.redecide_weekly_slot
    record(slot, issue_number=number, outcome=built.skipped or "built", now=now)
    skipped = _with_advice(built.skipped) if built.skipped else None
    return WeekOutcome(issue=built.issue, skipped=skipped, merge=built.merge, built_now=True)


def _with_advice(reason: str) -> str:
    """A thin-week reason with what the operator can do about it."""
    return (
        f"{reason}; a later run this week tries again with new items, or make it "
        "anyway with 'anime-digest build --force' and then 'anime-digest send'"
    )


def _late_by(slot: datetime, now: datetime) -> str:
    minutes = int((now - slot).total_seconds() // 60)
    return f"{minutes // 60} h {minutes % 60:02d} min"


def report_summary(report: RunReport) -> dict[str, object]:
    """The run's figures as flat key/values, for the log line and the printed table."""
    fetched = report.fetch
    sent = report.send
    return {
        "feeds_ok": fetched.count("ok") if fetched else None,
        "feeds_not_modified": fetched.count("not_modified") if fetched else None,
        "feeds_failed": fetched.count("error") if fetched else None,
        "shows_added": report.merge.shows_added if report.merge else 0,
        "shows_changed": report.merge.shows_changed if report.merge else 0,
        "issue": report.issue_number,
        "skipped": report.skipped,
        "sent": sent.sent if sent else 0,
        "failed": sent.failed if sent else 0,
        "uncertain": sent.uncertain if sent else 0,
        "errors": [f"{e.step}: {e.message}" for e in report.errors],
        "warnings": [f"{e.step}: {e.message}" for e in report.warnings],
    }

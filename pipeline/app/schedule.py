"""The weekly schedule: APScheduler 3 with its jobs kept in the project's database.

Two jobs run in the foreground process of ``anime-digest schedule``:

- ``fetch``: every ``DIGEST_FETCH_INTERVAL_HOURS`` (6 by default), so the digest has
  fresh material and feeds are polled politely; a newly installed fetch job runs at
  once rather than after its first interval;
- ``weekly-digest``: at ``DIGEST_SCHEDULE`` ("mon 09:00") in ``DIGEST_TIMEZONE``, the
  whole ``run`` (fetch → build → send → archive).

Both jobs live in the database (``SQLAlchemyJobStore``), so a restarted scheduler
keeps its next run times. APScheduler is told to run a late job once, however late
(coalesced); whether a late weekly run still sends is decided here, by ``decide``, a
pure function of the slot and ``now``: within the grace period it sends, after it the
run is recorded as "too late" so nobody gets Monday's issue on Thursday.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.app.run import fetch_feeds, report_summary, run_once
from pipeline.core import logs
from pipeline.core.calendar import decide, last_slot, parse_schedule
from pipeline.core.clock import utcnow
from pipeline.core.config import Settings
from pipeline.store import Store

if TYPE_CHECKING:
    from apscheduler.schedulers.background import BackgroundScheduler

log = logs.get("schedule")
FETCH_JOB = "fetch"
WEEKLY_JOB = "weekly-digest"
JOBS_TABLE = "scheduled_jobs"
# Set by SIGTERM / Ctrl-C: a send in progress finishes the messages in flight and stops.
STOP = threading.Event()
STOP_POLL_SECONDS = 0.5

# ── the running scheduler ─────────────────────────────────────────────────────


def weekly_job(sources_path: str) -> None:
    """The weekly digest run, as the scheduler calls it (settings read afresh each time)."""
    settings = Settings.load()
    now = utcnow()
    slot = last_slot(parse_schedule(settings.schedule), settings.zone, now)
    decision = decide(slot, now, timedelta(hours=settings.grace_hours))
    bound = log.bind(job=WEEKLY_JOB, slot=slot.isoformat(), decision=decision)
    bound.info("job_started")
    report = run_once(
        settings,
        now=now,
        sources_path=Path(sources_path),
        slot=slot,
        too_late=decision == "too_late",
        stop=STOP,
    )
    bound.info("job_finished", **report_summary(report))


def fetch_job(sources_path: str) -> None:
    """The periodic fetch, as the scheduler calls it."""
    settings = Settings.load()
    report = fetch_feeds(settings, now=utcnow(), sources_path=Path(sources_path))
    log.info(
        "job_finished",
        job=FETCH_JOB,
        feeds_ok=report.count("ok"),
        feeds_not_modified=report.count("not_modified"),
        feeds_failed=report.count("error"),
    )


def start_scheduler(settings: Settings, store: Store, *, sources_path: Path) -> BackgroundScheduler:
    """A running scheduler with both jobs installed; stored next run times are kept."""
    from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, EVENT_JOB_MISSED
    from apscheduler.executors.pool import ThreadPoolExecutor
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
    from apscheduler.schedulers.background import BackgroundScheduler

    scheduler = BackgroundScheduler(
        jobstores={"default": SQLAlchemyJobStore(engine=store.engine, tablename=JOBS_TABLE)},
        executors={"default": ThreadPoolExecutor(2)},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
        timezone=settings.zone,
    )
    scheduler.add_listener(_log_job_event, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR | EVENT_JOB_MISSED)
    scheduler.start(paused=True)
    _install_jobs(scheduler, settings, sources_path)
    scheduler.resume()
    return scheduler


def next_run_times(scheduler: BackgroundScheduler) -> dict[str, datetime]:
    """Each job's next run time, by job id."""
    return {job.id: job.next_run_time for job in scheduler.get_jobs()}


def serve_forever(
    settings: Settings,
    *,
    sources_path: Path,
    announce: Callable[[dict[str, datetime]], None],
) -> None:
    """Run both jobs until ``STOP`` is set, then let a job in progress finish cleanly.

    The shell sets ``STOP`` on SIGTERM or Ctrl-C; the running send sees the same event.
    """
    store = Store.open(settings.database_url)
    try:
        scheduler = start_scheduler(settings, store, sources_path=sources_path)
        announce(next_run_times(scheduler))
        # Polled, not ``STOP.wait()``: the signal handler sets ``STOP`` on this thread, and
        # an Event's lock is not re-entrant, so a signal landing while this thread held it
        # inside ``wait`` would hang the shutdown for good.
        while not STOP.is_set():
            time.sleep(STOP_POLL_SECONDS)
        log.info("scheduler_stopping")
        scheduler.shutdown(wait=True)
    finally:
        store.close()


def _install_jobs(scheduler: BackgroundScheduler, settings: Settings, sources_path: Path) -> None:
    from apscheduler.triggers.cron import CronTrigger
    from apscheduler.triggers.interval import IntervalTrigger
    from apscheduler.util import undefined

    spec = parse_schedule(settings.schedule)
    wanted: dict[str, tuple[Callable[[str], None], Any]] = {
        WEEKLY_JOB: (
            weekly_job,
            CronTrigger(
                day_of_week=spec.cron_days,
                hour=spec.hour,
                minute=spec.minute,
                timezone=settings.zone,
            ),
        ),
        FETCH_JOB: (
            fetch_job,
            IntervalTrigger(hours=settings.fetch_interval_hours, timezone=settings.zone),
        ),
    }
    args = [str(sources_path)]
    for job_id, (func, trigger) in wanted.items():
        job = scheduler.get_job(job_id)
        if job is not None and _same_trigger(job.trigger, trigger) and list(job.args) == args:
            continue  # keep the next run time stored in the database
        # a new fetch job runs at once, so the first issue need not wait a whole interval
        first = utcnow() if job_id == FETCH_JOB else None
        scheduler.add_job(func, trigger, id=job_id, name=job_id, args=args,
                          replace_existing=True, next_run_time=first or undefined)  # fmt: skip
        log.info("job_installed", job=job_id, trigger=str(trigger))


def _same_trigger(stored: Any, wanted: Any) -> bool:
    return bool(str(stored) == str(wanted) and str(stored.timezone) == str(wanted.timezone))


def _log_job_event(event: Any) -> None:
    if getattr(event, "exception", None) is not None:
        log.error("job_crashed", job=event.job_id, error=repr(event.exception))
    elif hasattr(event, "retval"):
        log.info("job_done", job=event.job_id)
    else:
        log.warning("job_missed", job=event.job_id)

"""The weekly schedule: APScheduler 3 with its jobs kept in the project's database.

Two jobs run in the foreground process of ``anime-digest schedule``:

- ``fetch``: every ``DIGEST_FETCH_INTERVAL_HOURS`` (6 by default), so the digest has
  fresh material and feeds are polled politely;
- ``weekly-digest``: at ``DIGEST_SCHEDULE`` ("mon 09:00") in ``DIGEST_TIMEZONE``, the
  whole ``run`` (fetch → build → send → archive).

Both jobs live in the database (``SQLAlchemyJobStore``), so a restarted scheduler
keeps its next run times. APScheduler is told to run a late job once, however late
(coalesced); whether a late weekly run still sends is decided here, by ``decide``, a
pure function of the slot and ``now``: within the grace period it sends, after it the
run is recorded as "too late" so nobody gets Monday's issue on Thursday.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from pipeline.errors import ConfigError

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_SPEC = re.compile(
    r"^\s*(?P<days>[a-z]{3}(?:\s*,\s*[a-z]{3})*)\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class WeeklySpec:
    """A parsed ``DIGEST_SCHEDULE``: the weekdays, hour and minute of the send."""

    days: tuple[int, ...]  # 0 = Monday ... 6 = Sunday
    hour: int  # 0-23 in the schedule's zone
    minute: int  # 0-59

    @property
    def cron_days(self) -> str:
        """The weekdays as APScheduler's cron ``day_of_week`` field ("mon,thu")."""
        return ",".join(DAYS[d] for d in self.days)


def parse_schedule(spec: str) -> WeeklySpec:
    """Read "mon 09:00" or "mon,thu 18:30"; a bad value raises ConfigError naming it."""
    match = _SPEC.match(spec)
    problem = f"invalid setting:\n  DIGEST_SCHEDULE: expected e.g. 'mon 09:00', got {spec!r}"
    if not match:
        raise ConfigError(problem)
    names = [d.strip().lower() for d in match["days"].split(",")]
    hour, minute = int(match["hour"]), int(match["minute"])
    if any(n not in DAYS for n in names) or hour > 23 or minute > 59:
        raise ConfigError(problem)
    return WeeklySpec(tuple(sorted({DAYS.index(n) for n in names})), hour, minute)


def last_slot(spec: WeeklySpec, zone: ZoneInfo, now: datetime) -> datetime:
    """The most recent scheduled send time at or before ``now`` (aware, in ``zone``)."""
    local = now.astimezone(zone)
    for back in range(8):
        day = (local - timedelta(days=back)).date()
        if day.weekday() not in spec.days:
            continue
        slot = datetime(day.year, day.month, day.day, spec.hour, spec.minute, tzinfo=zone)
        if slot <= local:
            return slot
    raise AssertionError("a weekly schedule has a slot in every 8 days")  # pragma: no cover


def next_slot(spec: WeeklySpec, zone: ZoneInfo, now: datetime) -> datetime:
    """The first scheduled send time after ``now`` (aware, in ``zone``)."""
    local = now.astimezone(zone)
    for ahead in range(8):
        day = (local + timedelta(days=ahead)).date()
        if day.weekday() not in spec.days:
            continue
        slot = datetime(day.year, day.month, day.day, spec.hour, spec.minute, tzinfo=zone)
        if slot > local:
            return slot
    raise AssertionError("a weekly schedule has a slot in every 8 days")  # pragma: no cover


Decision = Literal["send", "too_late"]


def decide(slot: datetime, now: datetime, grace: timedelta) -> Decision:
    """Whether a weekly run for ``slot`` that starts at ``now`` still sends."""
    return "send" if now - slot <= grace else "too_late"

"""Seasons, air times and weekly send slots: the calendar arithmetic, all pure.

Anime seasons start on the first of January (Winter), April (Spring), July (Summer)
and October (Fall). Air times are written the broadcaster's way, "25:30 JST" meaning
01:30 on the next calendar day, so a late-night slot keeps the weekday viewers know.
The weekly send slots of ``DIGEST_SCHEDULE`` (the last and next slot around ``now``,
and whether a late run still sends) live here too, so the run and the scheduler
share them without importing each other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from pipeline.core.errors import ConfigError
from pipeline.core.models import ShowFacts

SEASONS = ("Winter", "Spring", "Summer", "Fall")
_ALIASES = {name.casefold(): name for name in SEASONS} | {"autumn": "Fall"}
_SEASON_RE = re.compile(r"^\s*([A-Za-z]+)\s+(\d{4})\s*$")
_TIME_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})(?:\s*([A-Za-z]{2,5}))?\s*$")
JST = ZoneInfo("Asia/Tokyo")
_ZONES = {
    "JST": "Asia/Tokyo",
    "KST": "Asia/Seoul",
    "UTC": "UTC",
    "GMT": "UTC",
    "PT": "America/Los_Angeles",
    "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
    "ET": "America/New_York",
    "EST": "America/New_York",
    "EDT": "America/New_York",
    "CET": "Europe/Berlin",
    "CEST": "Europe/Berlin",
}


@dataclass(frozen=True, slots=True, order=True)
class Season:
    """One anime season: a year and its quarter (0 Winter .. 3 Fall)."""

    year: int  # calendar year the season starts in
    quarter: int  # 0 Winter, 1 Spring, 2 Summer, 3 Fall

    @property
    def label(self) -> str:
        """ "Spring 2021"."""
        return f"{SEASONS[self.quarter]} {self.year}"

    @property
    def slug(self) -> str:
        """ "spring-2021", the name of its archive page and calendar."""
        return f"{SEASONS[self.quarter].lower()}-{self.year}"

    @property
    def start(self) -> date:
        """First day of the season."""
        return date(self.year, 1 + 3 * self.quarter, 1)

    def next(self) -> Season:
        """The season after this one."""
        return Season(self.year + (self.quarter == 3), (self.quarter + 1) % 4)


def parse_season(text: str) -> Season:
    """ "Spring 2021" (any case, "Autumn" too) → Season; ConfigError names the bad value."""
    match = _SEASON_RE.match(text)
    name = _ALIASES.get(match.group(1).casefold()) if match else None
    if match is None or name is None:
        raise ConfigError(
            f'season {text!r}: expected a season and a year, e.g. "Spring 2021" '
            f"(one of {', '.join(SEASONS)})"
        )
    return Season(int(match.group(2)), SEASONS.index(name))


def season_slug(name: str) -> str:
    """The URL slug of a season name, "spring-2021"; an odd name keeps its own words."""
    try:
        return parse_season(name).slug
    except ConfigError:
        return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "season"


def season_order(name: str) -> tuple[int, int, str]:
    """A sort key for season names: year, then quarter; unreadable names first."""
    try:
        season = parse_season(name)
    except ConfigError:
        return (0, -1, name)
    return (season.year, season.quarter, name)


def season_of(day: date) -> Season:
    """The season a calendar date falls in."""
    return Season(day.year, (day.month - 1) // 3)


def lineup_season(now: datetime, *, lead_weeks: int, zone: ZoneInfo) -> Season:
    """The current season, or the next one from ``lead_weeks`` weeks before it starts."""
    today = now.astimezone(zone).date()
    current = season_of(today)
    upcoming = current.next()
    return upcoming if today >= upcoming.start - timedelta(weeks=lead_weeks) else current


def show_season(facts: ShowFacts) -> Season | None:
    """The season a show is announced for, else the one its premiere date falls in."""
    if facts.season:
        try:
            return parse_season(facts.season)
        except ConfigError:
            pass
    return season_of(facts.premiere_date) if facts.premiere_date else None


@dataclass(frozen=True, slots=True)
class AirTime:
    """A premiere slot: the real instant, and how the broadcaster writes it."""

    at: datetime  # aware instant of the first airing
    zone: ZoneInfo  # the broadcaster's zone
    zone_name: str  # its abbreviation as written ("JST")
    late_night: bool  # written past midnight of the previous day (24:00-29:59) or before 05:00


def air_time(facts: ShowFacts) -> AirTime | None:
    """The premiere instant from ``premiere_date`` and ``premiere_time``, when both parse.

    "25:30 JST" on 2021-04-09 is 01:30 JST on 2021-04-10; a time with no zone is
    Japan time. An hour, minute or zone abbreviation that cannot be read gives None:
    the premiere is then known by its date only, never at a wrong instant.
    """
    match = _TIME_RE.match(facts.premiere_time or "")
    if facts.premiere_date is None or match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    name = (match.group(3) or "JST").upper()
    if hour > 29 or minute > 59 or name not in _ZONES:
        return None
    zone = ZoneInfo(_ZONES[name])
    day = facts.premiere_date + timedelta(days=hour // 24)
    local = datetime.combine(day, time(hour % 24, minute), tzinfo=zone)
    return AirTime(local, zone, name, late_night=hour % 24 < 5)


def premiere_key(facts: ShowFacts) -> datetime | None:
    """A sortable instant: the air time, else the start of the premiere day in JST."""
    slot = air_time(facts)
    if slot is not None:
        return slot.at.astimezone(UTC)
    if facts.premiere_date is None:
        return None
    return datetime.combine(facts.premiere_date, time(0), tzinfo=JST).astimezone(UTC)


# ── weekly send slots (DIGEST_SCHEDULE) ──────────────────────────────────────

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

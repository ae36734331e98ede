"""When a show premieres, as an instant: ``premiere_date`` + ``premiere_time`` ("01:55 JST").

Japanese late-night listings write times past midnight as 24:00-29:59 on the
previous day ("25:55 JST" on Apr 9 is 01:55 on Apr 10); those roll over. A time
without a zone is Japan time, where the premiere dates come from. A time that cannot
be read leaves the premiere as a date only, never a wrong instant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from pipeline.models import ShowFacts

ZONES = {
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
DEFAULT_ZONE = "JST"
_TIME = re.compile(r"\s*(\d{1,2}):(\d{2})\s*([A-Za-z]{1,5})?\s*")


@dataclass(frozen=True, slots=True)
class Premiere:
    """A show's first airing: a date, and the instant when the time is known."""

    day: date  # calendar date in the broadcaster's zone (after a 24:00+ roll-over)
    start: datetime | None  # aware start time in the broadcaster's zone; None: date only
    zone: str  # IANA zone of the broadcast ("Asia/Tokyo")
    zone_label: str  # how the source wrote it ("JST")


def premiere_of(facts: ShowFacts) -> Premiere | None:
    """The premiere of ``facts``, or None when no date is known."""
    if facts.premiere_date is None:
        return None
    parsed = _parse_time(facts.premiere_time)
    if parsed is None:
        zone_name = ZONES[DEFAULT_ZONE]
        return Premiere(day=facts.premiere_date, start=None, zone=zone_name, zone_label="JST")
    hours, minutes, label = parsed
    zone_name = ZONES[label]
    start = datetime.combine(facts.premiere_date, time(0, 0), tzinfo=ZoneInfo(zone_name))
    start = (start.replace(tzinfo=None) + timedelta(hours=hours, minutes=minutes)).replace(
        tzinfo=ZoneInfo(zone_name)
    )
    return Premiere(day=start.date(), start=start, zone=zone_name, zone_label=label)


def _parse_time(text: str | None) -> tuple[int, int, str] | None:
    """(hours 0-29, minutes, zone label) from "HH:MM TZ", or None when unreadable."""
    match = _TIME.fullmatch(text or "")
    if match is None:
        return None
    hours, minutes = int(match[1]), int(match[2])
    label = (match[3] or DEFAULT_ZONE).upper()
    if hours > 29 or minutes > 59 or label not in ZONES:
        return None
    return hours, minutes, label

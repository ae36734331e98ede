"""When a show premieres, as the archive pages and calendars show it.

The reading of ``premiere_date`` + ``premiere_time`` (late-night 24:00-29:59 rolled
over, no zone meaning JST, unreadable times leaving the date alone) is
``core.calendar.air_time``, shared with the email; this adds the date-only case.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from pipeline.core.calendar import JST, air_time
from pipeline.core.models import ShowFacts


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
    slot = air_time(facts)
    if slot is None:
        return Premiere(day=facts.premiere_date, start=None, zone=JST.key, zone_label="JST")
    return Premiere(
        day=slot.at.date(), start=slot.at, zone=slot.zone.key, zone_label=slot.zone_name
    )

"""The weekly schedule's pure decisions: parsing, slots, and the too-late rule."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from pipeline.core.calendar import WeeklySpec, decide, last_slot, next_slot, parse_schedule
from pipeline.core.errors import ConfigError

TOKYO = ZoneInfo("Asia/Tokyo")
BERLIN = ZoneInfo("Europe/Berlin")
MONDAY_9 = parse_schedule("mon 09:00")


def test_schedule_parses_days_and_time() -> None:
    assert parse_schedule("mon 09:00") == WeeklySpec((0,), 9, 0)
    assert parse_schedule("Thu, mon 18:30") == WeeklySpec((0, 3), 18, 30)
    assert parse_schedule("mon,thu 18:30").cron_days == "mon,thu"


@pytest.mark.parametrize("bad", ["monday 9am", "mon 25:00", "xyz 09:00", "mon 09:60", ""])
def test_bad_schedule_names_the_setting(bad: str) -> None:
    with pytest.raises(ConfigError, match="DIGEST_SCHEDULE"):
        parse_schedule(bad)


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        # Monday 2026-11-23 09:00 in Tokyo is 00:00 UTC.
        (datetime(2026, 11, 23, 0, 0, tzinfo=UTC), datetime(2026, 11, 23, 9, 0, tzinfo=TOKYO)),
        (datetime(2026, 11, 22, 23, 59, tzinfo=UTC), datetime(2026, 11, 16, 9, 0, tzinfo=TOKYO)),
        (datetime(2026, 11, 26, 12, 0, tzinfo=UTC), datetime(2026, 11, 23, 9, 0, tzinfo=TOKYO)),
    ],
)
def test_last_slot_is_in_the_schedule_zone(now: datetime, expected: datetime) -> None:
    assert last_slot(MONDAY_9, TOKYO, now) == expected


def test_slots_follow_daylight_saving_time() -> None:
    # Europe/Berlin leaves summer time on 2026-10-25: Monday 09:00 moves from 07:00 to 08:00 UTC.
    before = next_slot(MONDAY_9, BERLIN, datetime(2026, 10, 13, tzinfo=UTC))
    after = next_slot(MONDAY_9, BERLIN, datetime(2026, 10, 27, tzinfo=UTC))
    assert before.astimezone(UTC).hour == 7 and after.astimezone(UTC).hour == 8


GRACE = timedelta(hours=6)
SLOT = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("late_by", "expected"),
    [
        (timedelta(0), "send"),  # on time
        (timedelta(minutes=3), "send"),  # the scheduler woke a little late
        (timedelta(hours=5, minutes=59), "send"),  # machine back within the grace period
        (timedelta(hours=6), "send"),  # exactly at the edge
        (timedelta(hours=6, seconds=1), "too_late"),
        (timedelta(days=3), "too_late"),  # back on Thursday: last Monday's issue stays unsent
    ],
)
def test_late_runs_send_only_within_grace(late_by: timedelta, expected: str) -> None:
    assert decide(SLOT, SLOT + late_by, GRACE) == expected


def test_zero_grace_sends_only_on_time() -> None:
    assert decide(SLOT, SLOT, timedelta(0)) == "send"
    assert decide(SLOT, SLOT + timedelta(seconds=1), timedelta(0)) == "too_late"

"""The premiere: the date and time the show first airs in Japan.

Late-night hours ("April 6 at 25:00") become the real calendar time; a date that
the article marks as the real one ("effectively Oct 10", "which really means
Thursday, October 9") is not moved again. A Japanese broadcast time with no zone
is JST; a time in another zone is converted with ``zoneinfo`` when the sentence is
about the airing in Japan, and otherwise marks an overseas stream, which is never
the premiere. With staggered stations the earliest airing wins. The dates and times
themselves are read by ``date_mentions``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from operator import attrgetter
from zoneinfo import ZoneInfo

from pipeline.extract.airing_dates import coming_weekday, not_the_airing, past_weekday
from pipeline.extract.channels import station_spans
from pipeline.extract.date_mentions import (
    MONTH_NAME,
    MONTH_ONLY,
    MONTHS,
    WEEKDAY_STEM,
    Clock,
    Moment,
    clocks_in,
    dates_in,
    weekday_of,
    year_for,
)
from pipeline.extract.entry_lines import DATE_AFTER_DASH, DATE_LEAD
from pipeline.extract.folding import Folded
from pipeline.extract.labels import label_of
from pipeline.extract.lexicon import lexicon
from pipeline.extract.segments import Unit
from pipeline.extract.sentences import live_action_only, not_premiere

FOREIGN_ZONE = re.compile(  # a time zone other than Japan's, named in words, then its time
    r"\b(?:Pacific|Eastern|Central|Mountain|Atlantic|Hawaii|Alaska|British|Irish|Western"
    r"|Central\s+European|Eastern\s+European|European|Indian|India|Philippine|Singapore|China|Korea"
    r"|Australian?\s+(?:Eastern|Central|Western)|Brasilia|Argentina|Mexico)\s+"
    r"(?:Daylight|Standard|Summer)\s+Time\s+[\d:apm.\s]{0,12}(?:[A-Z][a-z]+day,?\s+)?$"
)
START = attrgetter("start")  # moments in the order the text writes them
ANY_MONTH = re.compile(rf"\b{MONTH_NAME}")
ZONE_REACH = 60  # characters before a date where a table row names its zone and time
RECENT = timedelta(days=180)  # a premiere this long before the article is an earlier work's
OLD_WINDOW = timedelta(days=365)  # a month this long before the article is an earlier work's
STREAM_ONLY = re.compile(r"\b(?:stream\w*|simulcast\w*)\b", re.I)
DELAYED_TO = re.compile(
    rf"\b(?:delayed|postponed|pushed\s+back|moved|narrowed)\b[^.;]*?\b(?:to|until)\s+(?:early\s+|late\s+|mid-)?"
    rf"(?P<month>{MONTH_NAME})(?![a-z])(?!\s+\d{{1,2}}\b)(?:\s+(?P<year>\d{{4}}))?",
    re.I,
)
DELAY_WORDS = ("delayed", "postponed", "pushed back", "moved", "narrowed")
MONTH_YEAR_EVENT = re.compile(  # "the anime's April 2022 debut", "a July premiere"
    rf"\b(?P<month>{MONTH_NAME})\s+(?:(?P<year>\d{{4}})\s+)?(?:debut|premiere|release|broadcast|launch)",
    re.I,
)
EFFECTIVE = re.compile(
    r"\beffectively\b|\btechnically\b|\breally\s+means\b|\bwhich\s+means\b|\bi\.e\.|\bin\s+other\s+words",
    re.I,
)
STREAM_SUBJECT = Folded(
    r"\bstream(?:s|ing)?\b[^.;]{0,60}?\b(?:starts?|begins?|debuts?|launch\w*)\b"
    r"|\bstream(?:s|ing)?\s+(?:will|on)\b|\bwill\s+(?:start\s+|begin\s+)?"
    r"stream(?:ing)?\b|\b(?:start|begin)s?\s+streaming\b|\bsimulcast"
)
JAPAN = re.compile(r"\bJapan(?:ese)?\b|\bJST\b|\bTV\b")
AIRING = Folded(
    r"\b(?:premier\w*|debut\w*|air\w*|begin\w*|start\w*|broadcast\w*|kicks?\s+off|launch\w*"
    r"|open\w*|return\w*|arriv\w*|stream\w*|runs?|release\w*|from|since|resumes?|coming|slated"
    r"|scheduled|set\s+for|every|announced\s+for|planned\s+for|window|heading\s+to)\b"
)
OTHER_EVENT = Folded(
    r"\b(?:volumes?|chapters?|blu-ray|dvd|books?|issues?|magazines?|events?|stage|panels?"
    r"|livestreams?|festivals?|concerts?|exhibitions?|pre-orders?|singles?|albums?|cds?"
    r"|soundtracks?|unveiling|revealing|posting|counting\s+down)\b"  # a site's daily reveals
)
PRINT_ONLY = re.compile(r"\b(?:manga|novels?|magazine|volumes?|chapters?)\b", re.I)
AIRING_WORD = Folded(r"premier|\bair|broadcast|stream|debut|episode|televis|\btv\b|delay|postpon")
CLAUSE = re.compile(r",\s+(?:and|while|but)\s+|;\s+")
ZONES = {
    "JST": "Asia/Tokyo",
    "EDT": "America/New_York",
    "EST": "America/New_York",
    "ET": "America/New_York",
    "PDT": "America/Los_Angeles",
    "PST": "America/Los_Angeles",
    "PT": "America/Los_Angeles",
    "UTC": "UTC",
    "GMT": "UTC",
}
TOKYO = ZoneInfo("Asia/Tokyo")
UNIVERSAL = frozenset({"UTC", "GMT"})  # a Japanese airing given in these is converted
WEEKLY = re.compile(rf"\b(?P<wd>{WEEKDAY_STEM})days?(?:\s+nights?)?\s+at\b", re.I)
DAY_WORD = re.compile(rf"\b(?:{WEEKDAY_STEM})days?\b|\b(?:today|tonight|tomorrow)\b", re.I)
_Candidate = tuple[int, datetime, str | None, date]  # tier, real time, "HH:MM JST", listed day


@dataclass(frozen=True, slots=True)
class Airing:
    """When the show first airs in Japan."""

    day: date | None  # real calendar date
    time: str | None  # "HH:MM JST"
    month: tuple[int, int] | None = None  # (year, month) when only the month is known
    placed: bool = False  # read from a sentence about the Japanese airing (a station, Japan)


def premiere_of(units: Iterable[Unit], published: date | None, *, lineup: bool = False) -> Airing:
    """The first airing in Japan the segment states, or only its month, or nothing.

    In a streaming service's lineup (``lineup``), or for a show on TV, a sentence that
    only speaks of streaming gives the simulcast's date, not the premiere."""
    found: list[_Candidate] = []
    month: tuple[int, int] | None = None
    units = list(units)
    on_tv = lineup or any(_names_station(u.text) for u in units if not u.earlier_run)
    for unit in units:
        if unit.earlier_run:
            continue
        tier = _tier(unit)
        if tier == 0 or (on_tv and tier == 2 and STREAM_ONLY.search(unit.text)):
            continue  # a show on TV: a streaming sentence's date is the simulcast
        found.extend(_candidates(unit.text, published, tier))
        month = month or _month_only(unit.text, published)
    found = _without_old_dates(_without_late_night_listings(found), published)
    if not found:
        return Airing(None, None, month)
    best = min(found, key=lambda c: (c[0], c[1].date(), c[2] is None, c[1]))
    if best[2] is None:  # "premieres on January 10" ... "airs on Wednesdays at 24:00"
        slot = _weekly_slot(units, best[1].date()) or _stated_time(units, best[1].date())
        if slot is not None:
            return Airing(slot[0], slot[1], month, placed=best[0] == 1)
    return Airing(best[1].date(), best[2], month, placed=best[0] == 1)


def _weekly_slot(units: list[Unit], day: date) -> tuple[date, str] | None:
    """The premiere's time from the show's weekly slot on the premiere's weekday ("It will
    air on Wednesdays at 24:00"); a late-night hour moves it to the next calendar day."""
    for unit in units:
        if unit.earlier_run or STREAM_SUBJECT.found(unit.text):
            continue
        for match in WEEKLY.finditer(unit.text):
            if weekday_of(match) != day.weekday():
                continue
            clocks = clocks_in(unit.text[match.end() : match.end() + 40])
            if clocks and clocks[0].zone in (None, "JST") and clocks[0].start < 8:
                return _at(day, clocks[0])
    return None


def _stated_time(units: list[Unit], day: date) -> tuple[date, str] | None:
    """The premiere's time from a sentence that gives only a time in JST ("The anime will
    start premiering at 7 pm JST on NHK ETV")."""
    for unit in units:
        if unit.earlier_run or "JST" not in unit.text or STREAM_SUBJECT.found(unit.text):
            continue
        if not AIRING.found(unit.text) or dates_in(unit.text, None) or DAY_WORD.search(unit.text):
            continue
        clocks = [c for c in clocks_in(unit.text) if c.zone == "JST"]
        if len(clocks) == 1:
            return _at(day, clocks[0])
    return None


def _at(day: date, clock: Clock) -> tuple[date, str]:
    """``day`` at a Japanese broadcast time: a late-night hour ("25:30") is the next day's."""
    real = datetime(day.year, day.month, day.day, tzinfo=TOKYO) + timedelta(
        hours=clock.hour, minutes=clock.minute
    )
    return real.date(), f"{real:%H}:{real:%M} JST"


def _without_old_dates(found: list[_Candidate], published: date | None) -> list[_Candidate]:
    """Without dates long before the article when it also gives one near or after it: "the
    franchise's 42nd film opened on March 3" (a year ago) beside "opens on March 1"."""
    if published is None:
        return found
    recent = [c for c in found if c[1].date() >= published - RECENT]
    return recent or found


def _without_late_night_listings(found: list[_Candidate]) -> list[_Candidate]:
    """Drop "April 11" alone when "April 11 at 24:30" or "April 11 at 1:55 a.m.
    (effectively, April 12)" (really April 12) is there too."""
    moved = [c for c in found if c[2] is not None and c[1].date() != c[3]]
    return [  # a radio show's "April 10 at 24:00" does not move the anime's surer "April 10"
        c
        for c in found
        if c[2] is not None or not any(m[3] == c[3] and m[0] <= c[0] for m in moved)
    ]


def _names_channel(text: str) -> bool:
    """True when ``text`` names a TV station or a streaming service."""
    return _names_station(text) or bool(lexicon().streaming.search(text))


def _names_station(text: str) -> bool:
    """True when ``text`` names a TV station."""
    return bool(station_spans(text))


def _tier(unit: Unit) -> int:
    labelled = label_of(unit.text)
    if _names_station(unit.text):
        return 1
    if JAPAN.search(unit.text) and not STREAM_SUBJECT.found(unit.text):
        return 1  # not "the Japanese-language stream starts on ...", "after they air in Japan"
    if unit.section == "broadcast" or (labelled and labelled.field == "premiere"):
        return 1
    if unit.is_item and (DATE_AFTER_DASH.search(unit.text) or DATE_LEAD.match(unit.text)):
        return 2  # a preview's list line: "Bakuman – J.C. Staff – October 2", "10/2 Gintama"
    return 2 if AIRING.found(unit.text) or _delayed_to(unit.text) is not None else 0


def _candidates(text: str, published: date | None, tier: int) -> list[_Candidate]:
    found: list[_Candidate] = []
    if live_action_only(text) or (
        PRINT_ONLY.search(text)
        and not (AIRING_WORD.found(text) or "anime" in text.lower() or _names_channel(text))
    ):
        return []  # "... started the manga in April 2020, and finished it on November 14"
    for clause in CLAUSE.split(text):
        if OTHER_EVENT.found(clause) and not AIRING_WORD.found(clause):
            continue
        every = dates_in(clause, published)
        zoned = [d for d in every if _zoned(clause, d)]  # a table's other time zones
        dates = [d for d in every if d not in zoned and not not_the_airing(clause, d)]
        if not every:  # a weekday stands for a date only where the clause gives none
            dates = coming_weekday(clause, published) or past_weekday(clause, published)
        clocks = clocks_in(clause)
        marker = EFFECTIVE.search(clause)
        # "October 5 ... at 1:28 a.m. (effectively, October 6)": the marked date replaces
        superseded = bool(marker and any(d.start > marker.start() for d in dates))
        nominal = [d.day for d in dates if marker and d.start < marker.start()]
        for index, moment in enumerate(dates):
            effective = bool(marker and marker.start() < moment.start)
            if superseded and not effective:
                continue
            later = sorted(
                [*dates[index + 1 :], *(z for z in zoned if z.start > moment.start)], key=START
            )
            earlier = sorted(
                [*dates[:index], *(z for z in zoned if z.start < moment.start)], key=START
            )
            clock = _clock_for(moment, later, earlier, clocks, effective, table=bool(zoned))
            when = _combine(moment, clock, effective, japan=bool(JAPAN.search(text)))
            if when is not None:  # an effective date is listed under the nominal one
                listed = nominal[-1] if effective and nominal else moment.day
                found.append((1 if tier == 1 else 2, when[0], when[1], listed))
    return found


def _zoned(clause: str, moment: Moment) -> bool:
    """A date a time zone other than Japan's, named in words, comes right before."""
    return bool(FOREIGN_ZONE.search(clause[max(0, moment.start - ZONE_REACH) : moment.start]))


def _clock_for(
    moment: Moment,
    later: list[Moment],
    earlier: list[Moment],
    clocks: list[Clock],
    effective: bool,
    *,
    table: bool = False,
) -> Clock | None:
    limit = later[0].start if later else 10**9
    floor = earlier[-1].end if earlier else -1
    after = [c for c in clocks if moment.end <= c.start < limit]
    before = [c for c in clocks if floor <= c.start < moment.start]
    if (effective and before and not earlier) or (table and before):
        return before[-1]  # a table row's time comes first: "JST 2:15 am Thursday July 3"
    return after[0] if after else (before[-1] if before else None)


def _combine(
    moment: Moment, clock: Clock | None, effective: bool, *, japan: bool
) -> tuple[datetime, str | None] | None:
    start = datetime(moment.day.year, moment.day.month, moment.day.day, tzinfo=TOKYO)
    if clock is None:
        return start, None
    if clock.zone not in (None, "JST"):
        if not japan or clock.zone not in UNIVERSAL:
            return None
        local = datetime(
            moment.day.year,
            moment.day.month,
            moment.day.day,
            clock.hour % 24,
            clock.minute,
            tzinfo=ZoneInfo(ZONES[clock.zone]),
        )
        tokyo = local.astimezone(TOKYO)
        return tokyo, f"{tokyo:%H}:{tokyo:%M} JST"
    hour = clock.hour
    if hour >= 24 and effective and clock.start < moment.start:
        hour -= 24
    real = start + timedelta(hours=hour, minutes=clock.minute)
    return real, f"{real:%H}:{real:%M} JST"


def _delayed_to(text: str) -> re.Match[str] | None:
    """ "delayed until July": a month window (a plain-text check before the pattern)."""
    lowered = text.lower()
    return DELAYED_TO.search(text) if any(w in lowered for w in DELAY_WORDS) else None


def _month_only(text: str, published: date | None) -> tuple[int, int] | None:
    if not ANY_MONTH.search(text):
        return None  # a quick check before the long patterns: every window names a month
    delayed = _delayed_to(text)
    if not (AIRING.found(text) or delayed) or (
        OTHER_EVENT.found(text) and not AIRING_WORD.found(text)
    ):
        return None
    match = delayed or MONTH_ONLY.search(text) or MONTH_YEAR_EVENT.search(text)
    if not match or not_premiere(text[max(0, match.start() - 60) : match.start() + 1]):
        return None
    month = MONTHS[match.group("month")[:3].lower()]
    year = int(match.group("year")) if match.group("year") else year_for(month, published, False)
    if year is None or (published and date(year, month, 28) < published - OLD_WINDOW):
        return None  # "started serializing the novels in September 2012": an earlier work's
    return (year, month)

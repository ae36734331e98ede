"""Premiere date and time in Japan, and the season.

Dates: "April 10, 2021", "10 April", "Apr. 10", "Saturday October 4"; a missing year
comes from the article's published date, and a January date in a December article
is next year's. Times: "23:30", "11:30 p.m. JST", "10:30 a.m. EDT", "midnight".
Late-night hours ("April 6 at 25:00") become the real calendar time; a date that
the article marks as the real one ("effectively Oct 10", "which really means
Thursday, October 9") is not moved again. A Japanese broadcast time with no zone
is JST; a time in another zone is converted with ``zoneinfo`` when the sentence is
about the airing in Japan, and otherwise marks an overseas stream, which is never
the premiere. With staggered stations the earliest airing wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from pipeline.extract.labels import label_of
from pipeline.extract.lexicon import lexicon
from pipeline.extract.segments import Unit
from pipeline.extract.sentences import not_premiere

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
DAY_DATE = re.compile(
    rf"\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?![:\d])"
    rf"(?:,?\s+(?P<year>\d{{4}})\b)?(?P<next>\s+next\s+year)?"
    rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{_MONTH})(?:,?\s+(?P<year2>\d{{4}})\b)?"
    r"|(?<![\d/.])(?:(?P<year3>20\d\d)/)?(?P<month3>1[0-2]|0?[1-9])/(?P<day3>3[01]|[12]\d|0?[1-9])"
    r"(?![\d/]|\s*scale)"
    r"|(?<![\d/.-])(?P<year4>20\d\d)-(?P<month4>1[0-2]|0[1-9])-(?P<day4>3[01]|[12]\d|0[1-9])(?![\d-])"
)
MONTH_ONLY = re.compile(
    rf"(?:\b(?:in|this|from|by|for|until|starting|coming)|:)\s+(?:early\s+|late\s+|mid-)?"
    rf"(?P<month>{_MONTH})(?![a-z])(?!\s+\d{{1,2}}\b)(?:\s+(?P<year>\d{{4}}))?"
)
STREAM_ONLY = re.compile(r"\b(?:stream\w*|simulcast\w*)\b", re.I)
DELAYED_TO = re.compile(
    rf"\b(?:delayed|postponed|pushed\s+back|moved)\b[^.;]*?\bto\s+(?:early\s+|late\s+|mid-)?"
    rf"(?P<month>{_MONTH})(?![a-z])(?!\s+\d{{1,2}}\b)(?:\s+(?P<year>\d{{4}}))?",
    re.I,
)
MONTH_YEAR_EVENT = re.compile(  # "the anime's April 2022 debut"
    rf"\b(?P<month>{_MONTH})\s+(?P<year>\d{{4}})\s+(?:debut|premiere|release|broadcast|launch)",
    re.I,
)
TIME = re.compile(
    r"(?P<vague>\b(?:just\s+)?(?:before|around|about|approximately|roughly|after|until|by)\s+)?"
    r"(?:\b(?P<h>\d{1,2}):(?P<m>\d{2})\s*(?P<ap>[ap]\.?m\.?(?!\w))?"
    r"|\b(?P<h2>\d{1,2})\s*(?P<ap2>[ap]\.m\.|[ap]m\b)|\b(?P<word>midnight|noon)\b)"
    r"(?:\s*(?P<zone>JST|EDT|EST|ET|PDT|PST|PT|UTC|GMT)\b)?",
    re.I,
)
EFFECTIVE = re.compile(
    r"\beffectively\b|\btechnically\b|\breally\s+means\b|\bwhich\s+means\b|\bi\.e\.|\bin\s+other\s+words",
    re.I,
)
STREAM_SUBJECT = re.compile(
    r"\bstream(?:s|ing)?\b[^.;]{0,60}?\b(?:starts?|begins?|debuts?|launch\w*)\b"
    r"|\bstream(?:s|ing)?\s+(?:will|on)\b|\bwill\s+(?:start\s+|begin\s+)?"
    r"stream(?:ing)?\b|\b(?:start|begin)s?\s+streaming\b|\bsimulcast",
    re.I,
)
JAPAN = re.compile(r"\bJapan(?:ese)?\b|\bJST\b|\bTV\b")
AIRING = re.compile(
    r"\b(?:premier\w*|debut\w*|air\w*|begin\w*|start\w*|broadcast\w*|kicks?\s+off|launch\w*"
    r"|open\w*|return\w*|arriv\w*|stream\w*|runs?|release\w*|from|since|resumes?|coming|slated"
    r"|scheduled|set\s+for|every|announced\s+for|planned\s+for)\b",
    re.I,
)
OTHER_EVENT = re.compile(
    r"\b(?:volumes?|chapters?|blu-ray|dvd|books?|issues?|magazines?|events?|stage|panels?"
    r"|livestreams?|festivals?|concerts?|exhibitions?|pre-orders?|singles?|albums?|CDs?"
    r"|soundtracks?)\b",
    re.I,
)
AIRING_WORD = re.compile(
    r"premier|\bair|broadcast|stream|debut|episode|televis|\bTV\b|delay|postpon", re.I
)
WEEKDAYS = ["mon", "tues", "wednes", "thurs", "fri", "satur", "sun"]  # their stems, Monday first
_WEEKDAY = "Mon|Tues|Wednes|Thurs|Fri|Satur|Sun"
NEWS_BEFORE = re.compile(
    r"\b(?:revealed|announced|unveiled|confirmed|said|reported|posted|updated|held|"
    r"launched|began\s+streaming|started\s+streaming)\s+(?:\w+\s+){0,3}?on\s+"
    rf"(?:(?:{_WEEKDAY})day,?\s+)?$",
    re.I,
)
NEWS_OPENING = re.compile(rf"^\s*(?:On|As\s+of)\s+(?:(?:{_WEEKDAY})day,?\s+)?$")
NEWS_AFTER = re.compile(
    r"\b(?:revealed|announced|unveiled|confirmed|reported|posted|began\s+streaming"
    r"|started\s+streaming|streamed|released\s+(?:a|the|its)\s)",
    re.I,
)
DATELINE = re.compile(r"\s*(?:[A-Z][A-Z.,' ]*\s*)?[(\[]?\s*")  # "LOS ANGELES (" of a release
DATELINE_END = re.compile(r"\s*[)\]]?\s*(?:[-–—/]|$)")
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
SEASONS = (
    "Winter",
    "Winter",
    "Winter",
    "Spring",
    "Spring",
    "Spring",
    "Summer",
    "Summer",
    "Summer",
    "Fall",
    "Fall",
    "Fall",
)
SEASON_NAMED = re.compile(
    r"(?<!since )(?<!back in )\b(?P<s>Spring|Summer|Fall|Autumn|Winter)\s+(?:anime\s+|TV\s+)?"
    r"(?P<y>\d{4})\b",
    re.I,
)
SEASON_THIS = re.compile(r"\bthis\s+(?P<s>spring|summer|fall|autumn|winter)\b", re.I)
SEASON_MONTH_THIS = re.compile(rf"\bthis\s+(?P<month>{_MONTH})(?!\s+\d)")


WEEKLY = re.compile(rf"\b(?P<wd>{_WEEKDAY})days?(?:\s+nights?)?\s+at\b", re.I)
COMING_WEEKDAY = re.compile(
    r"\b(?:opens|premieres|debuts|airs|will\s+(?:open|premiere|debut|air|begin|start))\b"
    rf"[^.;]{{0,40}}?\bon\s+(?:this\s+|next\s+)?(?P<wd>{_WEEKDAY})day\b",
    re.I,
)
_Candidate = tuple[int, datetime, str | None, date]  # tier, real time, "HH:MM JST", listed day


@dataclass(frozen=True, slots=True)
class Airing:
    """When the show first airs in Japan."""

    day: date | None  # real calendar date
    time: str | None  # "HH:MM JST"
    month: tuple[int, int] | None = None  # (year, month) when only the month is known
    placed: bool = False  # read from a sentence about the Japanese airing (a station, Japan)


@dataclass(frozen=True, slots=True)
class _Moment:
    start: int
    end: int
    day: date


@dataclass(frozen=True, slots=True)
class _Clock:
    start: int
    hour: int
    minute: int
    zone: str | None


def premiere_of(units: Iterable[Unit], published: date | None, *, lineup: bool = False) -> Airing:
    """The first airing in Japan the segment states, or only its month, or nothing.

    In a streaming service's lineup (``lineup``), or for a show on TV, a sentence that
    only speaks of streaming gives the simulcast's date, not the premiere."""
    found: list[_Candidate] = []
    month: tuple[int, int] | None = None
    units = list(units)
    on_tv = lineup or any(lexicon().broadcasters.search(u.text) for u in units if not u.earlier_run)
    for unit in units:
        if unit.earlier_run:
            continue
        tier = _tier(unit)
        if tier == 0 or (on_tv and tier == 2 and STREAM_ONLY.search(unit.text)):
            continue  # a show on TV: a streaming sentence's date is the simulcast
        found.extend(_candidates(unit.text, published, tier))
        month = month or _month_only(unit.text, published)
    found = _without_late_night_listings(found)
    if not found:
        return Airing(None, None, month)
    best = min(found, key=lambda c: (c[0], c[1].date(), c[2] is None, c[1]))
    if best[2] is None:  # "premieres on January 10" ... "airs on Wednesdays at 24:00"
        slot = _weekly_slot(units, best[1].date())
        if slot is not None:
            return Airing(slot[0], slot[1], month, placed=best[0] == 1)
    return Airing(best[1].date(), best[2], month, placed=best[0] == 1)


def _weekly_slot(units: list[Unit], day: date) -> tuple[date, str] | None:
    """The premiere's time from the show's weekly slot on the premiere's weekday ("It will
    air on Wednesdays at 24:00"); a late-night hour moves it to the next calendar day."""
    for unit in units:
        if unit.earlier_run or STREAM_SUBJECT.search(unit.text):
            continue
        for match in WEEKLY.finditer(unit.text):
            if _weekday(match) != day.weekday():
                continue
            clocks = _clocks(unit.text[match.end() : match.end() + 40])
            if clocks and clocks[0].zone in (None, "JST") and clocks[0].start < 8:
                hour, minute = clocks[0].hour, clocks[0].minute
                real = datetime(day.year, day.month, day.day, tzinfo=TOKYO) + timedelta(
                    hours=hour, minutes=minute
                )
                return real.date(), f"{real:%H}:{real:%M} JST"
    return None


def _without_late_night_listings(found: list[_Candidate]) -> list[_Candidate]:
    """Drop "April 11" alone when "April 11 at 24:30" (really April 12) is there too."""
    moved = {c[3] for c in found if c[2] is not None and c[1].date() != c[3]}
    return [c for c in found if c[2] is not None or c[3] not in moved]


def _tier(unit: Unit) -> int:
    labelled = label_of(unit.text)
    if lexicon().broadcasters.search(unit.text):
        return 1
    if JAPAN.search(unit.text) and not STREAM_SUBJECT.search(unit.text):
        return 1  # not "the Japanese-language stream starts on ...", "after they air in Japan"
    if unit.section == "broadcast" or (labelled and labelled.field == "premiere"):
        return 1
    return 2 if AIRING.search(unit.text) else 0


def _candidates(text: str, published: date | None, tier: int) -> list[_Candidate]:
    found: list[_Candidate] = []
    for clause in CLAUSE.split(text):
        if OTHER_EVENT.search(clause) and not AIRING_WORD.search(clause):
            continue
        dates = [d for d in _dates(clause, published) if not _not_the_airing(clause, d)]
        dates = dates or _coming_weekday(clause, published)
        clocks = _clocks(clause)
        marker = EFFECTIVE.search(clause)
        # "October 5 ... at 1:28 a.m. (effectively, October 6)": the marked date replaces
        superseded = bool(marker and any(d.start > marker.start() for d in dates))
        for index, moment in enumerate(dates):
            effective = bool(marker and marker.start() < moment.start)
            if superseded and not effective:
                continue
            clock = _clock_for(moment, dates[index + 1 :], dates[:index], clocks, effective)
            when = _combine(moment, clock, effective, japan=bool(JAPAN.search(text)))
            if when is not None:
                found.append((1 if tier == 1 else 2, when[0], when[1], moment.day))
    return found


def _weekday(match: re.Match[str]) -> int:
    """The weekday (Monday 0) of a match's ``wd`` group."""
    return WEEKDAYS.index(match.group("wd").lower())


def _coming_weekday(clause: str, published: date | None) -> list[_Moment]:
    """ "The film opens in Japan on Friday": the first such weekday after the dateline, for
    a clause that speaks of what is to come and gives no date."""
    match = COMING_WEEKDAY.search(clause)
    if published is None or match is None:
        return []
    ahead = (_weekday(match) - published.weekday()) % 7 or 7
    return [_Moment(match.start(), match.end(), published + timedelta(days=ahead))]


def _not_the_airing(clause: str, moment: _Moment) -> bool:
    """True for the announcement's own date ("revealed on March 22 that ...") and for a
    screening, festival showing or second cour's date ("screens in Los Angeles on July 6")."""
    if NEWS_BEFORE.search(clause[max(0, moment.start - 40) : moment.start]):
        return True
    if NEWS_OPENING.match(clause[: moment.start]) and NEWS_AFTER.search(
        clause[moment.end : moment.end + 120]
    ):
        return True  # "On Friday, August 25, 2023, the anime revealed ..."
    if DATELINE.fullmatch(clause[: moment.start]) and DATELINE_END.match(clause, moment.end):
        return True
    return not_premiere(clause[max(0, moment.start - 70) : moment.start])


def _dates(text: str, published: date | None) -> list[_Moment]:
    """The dates ``text`` names; one without a year needs the dateline, else it is left out."""
    moments: list[_Moment] = []
    for match in DAY_DATE.finditer(text):
        month_name = match.group("month") or match.group("month2")
        day_text = match.group("day") or match.group("day2") or match.group("day3")
        day_text = day_text or match.group("day4")
        year_text = match.group("year") or match.group("year2") or match.group("year3")
        year_text = year_text or match.group("year4")
        number = match.group("month3") or match.group("month4")
        month = MONTHS[month_name[:3].lower()] if month_name else int(number)
        year = (
            int(year_text) if year_text else _year_for(month, published, bool(match.group("next")))
        )
        if year is None:
            continue
        past = bool(not year_text and published and PAST_TENSE.search(text))
        if past and published and (year, month, int(day_text)) > published.timetuple()[:3]:
            year -= 1  # "premiered on October 8" in a February article
        try:
            moments.append(_Moment(match.start(), match.end(), date(year, month, int(day_text))))
        except ValueError:
            continue
    return moments


PAST_TENSE = re.compile(
    r"\b(?:premiered|aired|debuted|opened|began|started|ran)\s+(?:on|in)\b"
    r"|\b(?:premiere|debut|run|broadcast)\s+(?:was|began)\b"
)


def _year_for(month: int, published: date | None, next_year: bool) -> int | None:
    """The year of a date written without one: only the dateline can tell."""
    if published is None:
        return None
    if next_year or month - published.month < -6:
        return published.year + 1
    return published.year


def _clocks(text: str) -> list[_Clock]:
    clocks: list[_Clock] = []
    for match in TIME.finditer(text):
        if match.group("vague"):
            continue
        hour, minute = _hour_minute(match)
        zone = match.group("zone").upper() if match.group("zone") else None
        clocks.append(_Clock(match.start(), hour, minute, zone))
    return clocks


def _hour_minute(match: re.Match[str]) -> tuple[int, int]:
    if match.group("word"):
        return (0, 0) if match.group("word").lower() == "midnight" else (12, 0)
    hour = int(match.group("h") or match.group("h2"))
    minute = int(match.group("m") or 0)
    suffix = (match.group("ap") or match.group("ap2") or "").lower()
    if suffix.startswith("p") and hour < 12:
        hour += 12
    elif suffix.startswith("a") and hour == 12:
        hour = 0
    return hour, minute


def _clock_for(
    moment: _Moment,
    later: list[_Moment],
    earlier: list[_Moment],
    clocks: list[_Clock],
    effective: bool,
) -> _Clock | None:
    limit = later[0].start if later else 10**9
    floor = earlier[-1].end if earlier else -1
    after = [c for c in clocks if moment.end <= c.start < limit]
    before = [c for c in clocks if floor <= c.start < moment.start]
    if effective and before and not earlier:
        return before[-1]
    return after[0] if after else (before[-1] if before else None)


def _combine(
    moment: _Moment, clock: _Clock | None, effective: bool, *, japan: bool
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


def _month_only(text: str, published: date | None) -> tuple[int, int] | None:
    if not AIRING.search(text) or (OTHER_EVENT.search(text) and not AIRING_WORD.search(text)):
        return None
    match = DELAYED_TO.search(text) or MONTH_ONLY.search(text) or MONTH_YEAR_EVENT.search(text)
    if not match or not_premiere(text[max(0, match.start() - 40) : match.start() + 1]):
        return None
    month = MONTHS[match.group("month")[:3].lower()]
    year = int(match.group("year")) if match.group("year") else _year_for(month, published, False)
    return (year, month) if year is not None else None


def season_of(
    units: Iterable[Unit], airing: Airing, published: date | None, fallback: Iterable[str]
) -> str | None:
    """The season the article sets, else the premiere's (or its month's) season."""
    current = [u.text for u in units if not u.earlier_run]
    named = _named_season(current, published)
    if named:
        return named
    if airing.day:
        return _season_at(airing.day.year, airing.day.month)
    if airing.month:
        return _season_at(*airing.month)
    hints = list(fallback)
    return _named_season(hints, published) or _dated_window(hints)


def _dated_window(texts: list[str]) -> str | None:
    """The season of "for October 2023" in a headline or introduction (year required)."""
    for text in texts:
        match = MONTH_ONLY.search(text)
        if match and match.group("year"):
            return _season_at(int(match.group("year")), MONTHS[match.group("month")[:3].lower()])
    return None


def _named_season(texts: list[str], published: date | None) -> str | None:
    for text in texts:
        match = SEASON_NAMED.search(text)
        if match:
            return f"{_season_word(match.group('s'))} {match.group('y')}"
    for text in texts:
        if published is None:
            return None  # "this fall" needs the dateline
        match = SEASON_THIS.search(text)
        if match:
            word = _season_word(match.group("s"))
            late_winter = word == "Winter" and published.month >= 10
            return f"{word} {published.year + 1 if late_winter else published.year}"
        by_month = SEASON_MONTH_THIS.search(text)
        if by_month:
            month = MONTHS[by_month.group("month")[:3].lower()]
            return _season_at(published.year + (month - published.month < -6), month)
    return None


def _season_word(word: str) -> str:
    word = word.capitalize()
    return "Fall" if word == "Autumn" else word


def _season_at(year: int, month: int) -> str:
    return f"{SEASONS[month - 1]} {year}"

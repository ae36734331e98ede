"""Dates and clock times as an article writes them.

Dates: "April 10, 2021", "10 April", "Apr. 10", "Saturday October 4", "7/9",
"2022-07-09"; a missing year comes from the article's published date, and a January
date in a December article is next year's. Times: "23:30", "11:30 p.m. JST", "10:30
a.m. EDT", "midnight", each with where the text writes it, so that a date can be paired
with the time beside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

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
YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a year written as one
MONTH_NAME = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
DAY_DATE = re.compile(
    rf"\b(?P<month>{MONTH_NAME})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?![:\d])"
    rf"(?:,?\s+(?P<year>\d{{4}})\b)?(?P<next>\s+next\s+year)?"
    rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{MONTH_NAME})(?:,?\s+(?P<year2>\d{{4}})\b)?"
    r"|(?<![\d/.\"“‘'])(?:(?P<year3>20\d\d)/)?(?P<month3>1[0-2]|0?[1-9])/(?P<day3>3[01]|[12]\d|0?[1-9])"
    # "7/9", "2022/7/9", "10/4/2018", not a quoted song's “1/2,” nor US TV's "at 2/1c" (a time)
    r"(?:/(?P<year5>(?:19|20)\d\d))?(?![\d/]|c\b|\s*scale|[,.]?[\"”’'])"
    r"|(?<![\d/.-])(?P<year4>20\d\d)-(?P<month4>1[0-2]|0[1-9])-(?P<day4>3[01]|[12]\d|0[1-9])(?![\d-])"
)
MONTH_ONLY = re.compile(
    rf"(?:\b(?:in|this|from|by|for|until|starting|coming|on(?=\s+\w+\s+\d{{4}}))(?:\s+an?)?|:)"
    r"\s+(?:early\s+|late\s+|mid-)?"
    rf"(?P<month>{MONTH_NAME})(?![a-z])(?!\s+\d{{1,2}}\b)"
    rf"(?:\s+(?:to|through|until|[-–])\s+{MONTH_NAME}(?![a-z])(?!\s+\d))?"  # "... to June in 2006"
    rf"(?:\s+(?:of\s+|in\s+)?(?P<year>\d{{4}}))?"
)
RANGE_YEAR = re.compile(  # "from August 1 to September 30 of 2019": the range's year
    rf"\s*(?:to|through|until|[-–])\s+(?:{MONTH_NAME}\s+)?\d{{1,2}}(?:st|nd|rd|th)?,?\s+"
    r"(?:of\s+|in\s+)?(?P<year>(?:19|20)\d\d)\b"
)
TIME = re.compile(
    r"(?P<vague>\b(?:just\s+)?(?:before|around|about|approximately|roughly|after|until|by)\s+)?"
    r"(?:\b(?P<h>\d{1,2}):(?P<m>\d{2})\s*(?:(?P<ap>[ap]\.?m\.?(?!\w))|(?P<mid>midnight\b))?"
    r"|\b(?P<h2>\d{1,2})\s*(?P<ap2>[ap]\.m\.|[ap]m\b)|\b(?P<word>midnight|noon)\b)"
    r"(?:\s*(?P<zone>JST|EDT|EST|ET|PDT|PST|PT|UTC|GMT|Eastern|Pacific)\b)?",
    re.I,
)
RANGE_END = re.compile(r"\s*(?:to|-|–|—|until)\s*\d{1,2}(?::\d{2})?\s*(?P<ap>[ap]\.?m\.?)", re.I)
ZONE_WORDS = {"eastern": "ET", "pacific": "PT"}  # "9:30PM Eastern"
WEEKDAYS = ["mon", "tues", "wednes", "thurs", "fri", "satur", "sun"]  # their stems, Monday first
WEEKDAY_STEM = "Mon|Tues|Wednes|Thurs|Fri|Satur|Sun"
PAST_TENSE = re.compile(
    r"\b(?:premiered|aired|debuted|opened|began|started|ran)\s+"
    r"(?:(?:screening|airing|streaming|showing)\b[^.;]{0,50}?\s)?(?:on|in)\b"
    r"|\b(?:premiere|debut|run|broadcast)\s+(?:was|began)\b"
)


@dataclass(frozen=True, slots=True)
class Moment:
    """A date the text writes, and where."""

    start: int
    end: int
    day: date


@dataclass(frozen=True, slots=True)
class Clock:
    """A clock time the text writes, and where; ``zone`` as written ("JST", "EDT")."""

    start: int
    hour: int
    minute: int
    zone: str | None


def weekday_of(match: re.Match[str]) -> int:
    """The weekday (Monday 0) of a match's ``wd`` group."""
    return WEEKDAYS.index(match.group("wd").lower())


def dates_in(text: str, published: date | None) -> list[Moment]:
    """The dates ``text`` names; one without a year needs the dateline, else it is left out."""
    moments: list[Moment] = []
    for match in DAY_DATE.finditer(text):
        month_name = match.group("month") or match.group("month2")
        day_text = match.group("day") or match.group("day2") or match.group("day3")
        day_text = day_text or match.group("day4")
        year_text = match.group("year") or match.group("year2") or match.group("year3")
        year_text = year_text or match.group("year4") or match.group("year5")
        ranged = None if year_text else RANGE_YEAR.match(text, match.end())
        year_text = ranged.group("year") if ranged else year_text
        number = match.group("month3") or match.group("month4")
        month = MONTHS[month_name[:3].lower()] if month_name else int(number)
        year = (
            int(year_text) if year_text else year_for(month, published, bool(match.group("next")))
        )
        if year is None:
            continue
        past = bool(not year_text and published and PAST_TENSE.search(text))
        if past and published and (year, month, int(day_text)) > published.timetuple()[:3]:
            year -= 1  # "premiered on October 8" in a February article
        try:
            moments.append(Moment(match.start(), match.end(), date(year, month, int(day_text))))
        except ValueError:
            continue
    return moments


def year_for(month: int, published: date | None, next_year: bool) -> int | None:
    """The year of a date written without one: only the dateline can tell."""
    if published is None:
        return None
    if next_year or month - published.month < -6:
        return published.year + 1
    return published.year


def clocks_in(text: str) -> list[Clock]:
    """The clock times ``text`` gives, leaving out vague ones ("around 9 p.m.")."""
    clocks: list[Clock] = []
    for match in TIME.finditer(text):
        if match.group("vague"):
            continue
        hour, minute = _hour_minute(match)
        zone = match.group("zone") and ZONE_WORDS.get(
            match.group("zone").lower(), match.group("zone").upper()
        )
        span = (
            RANGE_END.match(text, match.end())
            if match.group("h") and not match.group("ap")
            else None
        )
        if span and span.group("ap").lower().startswith("p") and hour < 12:
            hour += 12  # "from 9:57 to 10:00 p.m.": the range's end gives its start's half
        clocks.append(Clock(match.start(), hour, minute, zone))
    return clocks


def _hour_minute(match: re.Match[str]) -> tuple[int, int]:
    if match.group("word"):
        return (0, 0) if match.group("word").lower() == "midnight" else (12, 0)
    if match.group("mid") and match.group("h") == "12":
        return 0, int(match.group("m"))  # "12:00 midnight"
    hour = int(match.group("h") or match.group("h2"))
    minute = int(match.group("m") or 0)
    suffix = (match.group("ap") or match.group("ap2") or "").lower()
    if suffix.startswith("p") and hour < 12:
        hour += 12
    elif suffix.startswith("a") and hour == 12:
        hour = 0
    return hour, minute

"""Which of a clause's dates is no airing (the announcement's own date, a chart's weekend,
a news dateline, a screening, a later episode), and the weekday a clause names instead of
a date ("opens on Friday", "opened last Friday")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipeline.extract.date_mentions import WEEKDAY_STEM, Moment, weekday_of
from pipeline.extract.sentences import later_episode_first, not_premiere

WEEKEND = re.compile(r"\s*[-–]\s*\d{1,2}(?:,\s*\d{4})?\s+weekend\b|\s+weekend\b")
NEWS_BEFORE = re.compile(
    r"\b(?:revealed|announced|unveiled|confirmed|said|reported|posted|updated|held|"
    r"launched|began\s+streaming|started\s+streaming)\s+"
    r"(?:(?!premier|debut|air|broadcast|releas|begin|start|open)\w+\s+){0,3}?"
    r"(?:(?:its|the)\s+(?:official\s+)?(?:release|premiere|air)\s+date\s+)?on\s+"  # "announced its
    rf"(?:(?:{WEEKDAY_STEM})day,?\s+)?$",  # release date on August 18": the news's own day
    re.I,
)
NEWS_OPENING = re.compile(  # "On Friday, ...", "Then, on Wednesday, ...", "Thursday, May 29 saw"
    r"^\s*(?:(?:Today|Earlier\s+today|Yesterday|Then|And|But|Later|Finally),?\s+)?"
    rf"(?:(?:On|on|As\s+of)\s+(?:(?:{WEEKDAY_STEM})day,?\s+)?|(?:{WEEKDAY_STEM})day,?\s+)$"
)
NEWS_AFTER = re.compile(
    r"\b(?:revealed|announced|unveiled|confirmed|reported|posted|said|stated|began\s+streaming"
    r"|started\s+streaming|streamed|released\s+(?:a|the|its)\s|aired\s+an?\s|held\s|hosted\s"
    r"|saw\s+the\s+(?:first|new|latest|release|reveal)|got\s+(?:a|its)\s+(?:new|first))",
    re.I,
)
DATELINE = re.compile(r"\s*(?:[A-Z][A-Z.,' ]*\s*)?[(\[]?\s*")  # "LOS ANGELES (" of a release
DATELINE_END = re.compile(r"\s*[)\]]?\s*(?:[-–—/](?=(?:\s+\S+){9})|$)")  # a sentence follows
COMING_WEEKDAY = re.compile(
    r"\b(?:opens|premieres|debuts|airs|will\s+(?:open|premiere|debut|air|begin|start))\b"
    rf"[^.;]{{0,40}}?\bon\s+(?:this\s+|next\s+)?(?P<wd>{WEEKDAY_STEM})day\b",
    re.I,
)
PAST_WEEKDAY = re.compile(  # "the film opened in Japan last Friday": its latest Friday
    r"\b(?:opened|premiered|debuted)\b(?![^.;]{0,40}?\b(?:video|trailer|visual|song|PV)s?\b)"
    rf"[^.;]{{0,40}}?\blast\s+(?P<wd>{WEEKDAY_STEM})day\b",
    re.I,
)


def coming_weekday(clause: str, published: date | None) -> list[Moment]:
    """ "The film opens in Japan on Friday": the first such weekday after the dateline, for
    a clause that speaks of what is to come and gives no date."""
    match = COMING_WEEKDAY.search(clause)
    if published is None or match is None:
        return []
    ahead = (weekday_of(match) - published.weekday()) % 7 or 7
    return [Moment(match.start(), match.end(), published + timedelta(days=ahead))]


def past_weekday(clause: str, published: date | None) -> list[Moment]:
    """ "The film opened in Japan last Friday": the last such weekday before the dateline,
    for a clause that gives no date."""
    match = PAST_WEEKDAY.search(clause)
    if published is None or match is None:
        return []
    back = (published.weekday() - weekday_of(match)) % 7 or 7
    return [Moment(match.start(), match.end(), published - timedelta(days=back))]


def not_the_airing(clause: str, moment: Moment) -> bool:
    """True for the announcement's own date ("revealed on March 22 that ...") and for a
    screening, festival showing or second cour's date ("screens in Los Angeles on July 6")."""
    if NEWS_BEFORE.search(clause[max(0, moment.start - 40) : moment.start]):
        return True
    if WEEKEND.match(clause, moment.end):
        return True  # a chart's "over the January 9-10 weekend"
    if NEWS_OPENING.match(clause[: moment.start]) and NEWS_AFTER.search(
        clause[moment.end : moment.end + 120]
    ):
        return True  # "On Friday, August 25, 2023, the anime revealed ..."
    if DATELINE.fullmatch(clause[: moment.start]) and DATELINE_END.match(clause, moment.end):
        return True
    before = clause[max(0, moment.start - 70) : moment.start]
    return not_premiere(before) or later_episode_first(clause)

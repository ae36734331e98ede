"""The show's season ("Spring 2021").

The season the article names ("Spring 2021", "this fall", "this April") holds; else
the premiere's, or the month's when only the month is known; else a dated window in
the headline or introduction ("for October 2023", "October 2022 Premiere").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from pipeline.extract.date_mentions import MONTH_NAME, MONTH_ONLY, MONTHS
from pipeline.extract.foreign_words import FOREIGN_SEASONS, SEASON_ADJECTIVES
from pipeline.extract.premiere import Airing
from pipeline.extract.segments import Unit

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
SEASON_NAMED = re.compile(  # "Summer 2017", "Summer Season 2017", "Spring '09"
    r"(?<!since )(?<!back in )(?<!began in )(?<!started in )(?<!launched in )"  # a source's
    r"\b(?P<s>Spring|Summer|Fall|Autumn|Winter)\s+"
    r"(?:anime\s+|TV\s+)?(?:season\s+|chart\s+)?(?:(?:picks|previews?|lineup|guide)\s+for\s+)?"
    r"(?P<y>\d{4}\b|['’]\d{2}(?!\w))"  # ... "Winter Season Picks For 2008"
    r"(?:\s*[-–—/]\s*(?P<y2>(?:19|20)?\d{2})\b)?",  # "Winter 2008 – 2009" is Winter 2009
    re.I,
)
BARE_SEASON = re.compile(
    r"\b(?P<s>Spring|Summer|Fall|Autumn|Winter)\s+(?:Anime|Season|Preview|Lineup|TV)\b(?!\s+\d)",
    re.I,
)
SEASON_WORDS = ("spring", "summer", "fall", "autumn", "winter")
NAMED_SEASONS = {**FOREIGN_SEASONS, **SEASON_ADJECTIVES}
FOREIGN_SEASON = re.compile(  # "primavera 2023", "hiver 2022", "Herbstsaison 2019"
    rf"(?<!\w)(?P<s>{'|'.join(w for w in NAMED_SEASONS if w != 'winter')}|winter(?=-?saison))"
    r"(?:[\s-]?saison)?\s+(?:de\s+|del\s+|di\s+)?(?P<y>(?:19|20)\d\d)\b",
    re.I,
)
YEAR_FIRST = re.compile(  # a headline's "2011 Spring Anime First Impressions"
    r"\b(?P<y>(?:19|20)\d\d)\s+(?P<s>Spring|Summer|Fall|Autumn|Winter)\s+(?:Anime|Season|TV)\b",
    re.I,
)
SEASON_THIS = re.compile(  # "this fall", "will premiere in the fall" (not "in the fall of 2019")
    r"\b(?:this\s+(?:coming\s+|upcoming\s+)?|(?:premiere|debut|air|launch)(?:s|ing)?\s+in\s+the\s+)"
    r"(?P<s>spring|summer|fall|autumn|winter)\b(?!\s+of\s+\d)",
    re.I,
)
SEASON_MONTH_THIS = re.compile(rf"\bthis\s+(?P<month>{MONTH_NAME})(?!\s+\d)")
MONTH_PREMIERE = re.compile(  # a headline's "Teases October 2022 Premiere", not "Delayed From"
    rf"(?<!from\s)(?<!planned\s)\b(?P<month>{MONTH_NAME})\s+(?P<year>\d{{4}})\s+"
    r"(?:TV\s+)?(?:premiere|debut|broadcast)\b",
    re.I,
)


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
    hints = list(fallback)  # the headline first, then the introduction
    own = (
        _named_season(hints[:1], published)
        or _year_first(hints[:1])
        or _foreign_season(hints[:1])
        or _bare_season(hints[:1], published)
    )
    return own or _named_season(hints, published) or _dated_window(hints)


def _year_first(texts: list[str]) -> str | None:
    """The season a headline names with its year first ("2011 Spring Anime ...")."""
    match = YEAR_FIRST.search(texts[0]) if texts else None
    return f"{_season_word(match['s'])} {match['y']}" if match else None


def _foreign_season(texts: list[str]) -> str | None:
    """The season a headline names in another language ("primavera 2023")."""
    match = FOREIGN_SEASON.search(texts[0]) if texts else None
    return f"{NAMED_SEASONS[match['s'].lower()]} {match['y']}" if match else None


def _bare_season(texts: list[str], published: date | None) -> str | None:
    """The season a headline names without a year ("Spring Anime Preview"), in the year of
    the dateline (a winter named in October or later is the next year's)."""
    match = BARE_SEASON.search(texts[0]) if texts and published else None
    if match is None or published is None:
        return None
    word = _season_word(match.group("s"))
    late_winter = word == "Winter" and published.month >= 10
    return f"{word} {published.year + 1 if late_winter else published.year}"


def _dated_window(texts: list[str]) -> str | None:
    """The season of "for October 2023" in a headline or introduction (year required),
    or of the headline's "October 2022 Premiere"."""
    for index, text in enumerate(texts):
        match = MONTH_ONLY.search(text) or (None if index else MONTH_PREMIERE.search(text))
        if match and match.group("year"):
            return _season_at(int(match.group("year")), MONTHS[match.group("month")[:3].lower()])
    return None


ENDING = re.compile(
    r"\s+(?:anime\s+)?season\s+(?:is|was|has)\s+(?:nearly\s+|almost\s+|just\s+|now\s+)?"
    r"(?:over|ending|ended|done|finished|wrapp\w+)"
)


def _named_season(texts: list[str], published: date | None) -> str | None:
    for text in texts:
        found = SEASON_NAMED.finditer(text) if _names_a_season(text) else iter(())
        match = next((m for m in found if not ENDING.match(text, m.end())), None)
        if match:  # not "The Summer 2015 anime season is nearly over"
            word, year = _season_word(match.group("s")), _year(match.group("y"))
            if word == "Winter" and match.group("y2"):  # the winter that turns the year
                year = f"{year[:2]}{match.group('y2')[-2:]}"
            return f"{word} {year}"
    for text in texts:
        if published is None:
            return None  # "this fall" needs the dateline
        lowered = text.lower()
        if "this" not in lowered and " in the " not in lowered:
            continue  # "this fall", "this October", "premieres in the fall"
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


def _names_a_season(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in SEASON_WORDS)


def _season_word(word: str) -> str:
    word = word.capitalize()
    return "Fall" if word == "Autumn" else word


def _season_at(year: int, month: int) -> str:
    return f"{SEASONS[month - 1]} {year}"


def _year(written: str) -> str:
    """ "2017", or "'09" as 2009 (a two-digit year is this century's)."""
    return written if written[:1].isdigit() else f"20{written[1:]}"

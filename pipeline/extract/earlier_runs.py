"""Sentences about an earlier run of the show, and lines about a dubbed version.

In a sequel's article, what the first season did (its premiere, its studio, its staff)
is no fact of the new one; in an article about season 3, neither is the second season's.
An English dub's cast, staff and start are not the anime's either.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.folding import Folded
from pipeline.extract.names import strip_parentheses
from pipeline.extract.segments import DUB, Unit
from pipeline.extract.sentences import about_previous_run

ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
NUMBERED_SEASON = re.compile(
    r"\b(?:(?P<w>first|second|third|fourth|fifth)\s+season|(?P<n>\d)(?:st|nd|rd|th)\s+season"
    r"|season\s+(?P<m>\d))\b",
    re.I,
)
RETURNS = re.compile(r"\breturns?\b|\breturning\b|\bagain\b", re.I)


def mark_earlier_runs(
    units: tuple[Unit, ...], *, sequel: bool, season: int | None = None
) -> tuple[Unit, ...]:
    """``units`` with the sentences about an earlier run marked; in an article about
    season ``season``, a sentence about an earlier numbered season is one too, and in a
    sequel's article so is a past-tense sentence about the anime that says nothing of the
    new season ("The anime debuted on July 5", "X directed the anime"). An aside in
    parentheses ("(which animated the first season)") does not make a sentence earlier."""
    staff_returns = sequel and any(STAFF_RETURNS.search(u.text) for u in units)
    return tuple(
        replace(
            u,
            earlier_run=about_previous_run(strip_parentheses(u.text), sequel=sequel)
            or _earlier_season(u.text, season)
            or (sequel and _past_of_the_anime(strip_parentheses(u.text), staff_returns)),
        )
        for u in units
    )


def _past_of_the_anime(text: str, staff_returns: bool = False) -> bool:
    """A past-tense sentence about the anime; not its credits when the article says the
    staff returns ("The new season will have a returning staff ... X directed the anime")."""
    if not PAST_RUN.found(text) or NEW_RUN.found(text):
        return False
    return not (staff_returns and PAST_CREDIT.search(text) and not PAST_EVENT.search(text))


PAST_RUN = Folded(
    r"\b(?:debuted|premiered|aired|ran\s+(?:for|from)|directed\s+the\s+(?:anime|series)|streamed"
    r"|composed\s+the\s+series|(?:opening|ending)\s+theme(?:\s+song)?\s+was|simulcast\s+\w+\s+season\s+1"
    r"|(?:is|are)\s+(?:currently\s+|also\s+)?streaming|(?:began|started)\s+streaming"
    r"|(?:was|were)\s+(?:in\s+charge|directing|composing|designing|animated|produced))\b"
)
PAST_CREDIT = re.compile(
    r"\b(?:directed\s+the\s+(?:anime|series)|(?:was|were)\s+(?:in\s+charge|directing|composing"
    r"|designing)|designed\s+the\s+characters|composed\s+the\s+music)\b",
    re.I,
)
PAST_EVENT = re.compile(r"\b(?:debuted|premiered|aired|ran\s+for|streamed)\b", re.I)
STAFF_RETURNS = re.compile(  # "The new season will have a returning staff and cast"
    r"\breturning\s+(?:main\s+)?(?:staff|cast\s+and\s+staff)\b|\bsame\s+(?:main\s+)?staff\b"
    r"|\b(?:main\s+)?staff\s+(?:members\s+)?(?:(?:is|are|will\s+be)\s+returning|(?:will\s+)?returns?)\b",
    re.I,
)
NEW_RUN = Folded(
    r"\b(?:second|third|fourth|new|next|upcoming|2nd|3rd|4th)\s+(?:season|cour|part|series)"
    r"|\bseason\s+[2-9]\b|\bsequel\b|\breturn|\bagain\b|\bwill\b"
)


def _earlier_season(text: str, season: int | None) -> bool:
    """ "The second season aired in Spring 2025" in an article about season 3."""
    if not season or season < 3:
        return False
    numbers = [_season_number(m) for m in NUMBERED_SEASON.finditer(text)]
    return bool(numbers) and all(n < season for n in numbers) and not RETURNS.search(text)


def _season_number(match: re.Match[str]) -> int:
    word = (match.group("w") or "").lower()
    return ORDINAL_WORDS.get(word) or int(match.group("n") or match.group("m") or 0)


ORIGINAL_RUN = re.compile(r"\b(?:anime|Japan(?:ese)?|TV|television|premiered|aired|airs)\b")


def without_dub(units: tuple[Unit, ...]) -> tuple[Unit, ...]:
    """``units`` without the lines about a dubbed version (its cast, staff and start are not
    the anime's): a line that names the dub, and the lines after it until one speaks of
    the anime or its Japanese run again."""
    kept: list[Unit] = []
    dubbing = False
    for unit in units:
        lowered = unit.text.lower()  # a quick check before the pattern
        dub = (
            DUB.search(unit.text)
            if "dub" in lowered
            or "adr" in lowered
            or "english" in lowered
            or "voice cast" in lowered
            else None
        )
        if dub and ORIGINAL_RUN.search(unit.text, 0, dub.start()):
            kept.append(unit)  # "It opens in Japan on July 19, ... dubbed screenings in 2020"
            dubbing = True
            continue
        if unit.section == "dub" or dub:
            dubbing = True
        elif dubbing and ORIGINAL_RUN.search(unit.text):
            dubbing = False
        if not dubbing:
            kept.append(unit)
    return tuple(kept)

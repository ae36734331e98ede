"""Theme songs a whole sentence credits in forms the clause reader (``themes``) cuts
apart: "GEMN, the performer of the opening theme song "Fatale", ...", "UVERworld's "Touch
off", the series' opening theme, ...", "the new opening theme, "PHOENIX", by the returning
Burnout Syndromes", and two songs one artist performs ("The opening theme song "Rise Up"
and its ending theme song "Believe" are both performed by NiziU")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import cast

from pipeline.core.models import ThemeKind, ThemeSong
from pipeline.extract.names import clean_name, fold

_KIND = r"(?P<k>(?i:opening|ending|insert))(?:\s+theme)?(?:\s+song)?"
_QUOTED = r"[\"“「『](?P<t>[^\"”」』]{1,80}?)[,.]?[\"”」』]"
_ARTIST = (  # "Survive Said the Prophet", not a common noun ("Band's "X" opening for Y")
    r"(?P<a>(?!(?:Band|Group|Unit|Singer|The|This|Its)\b)[A-Z0-9][\w.'’&!-]*"
    r"(?:\s+(?:(?:the|of|no|to)\s+)?[A-Z0-9][\w.'’&!-]*){0,4})"
)
PERFORMER_OF = re.compile(  # "GEMN, the performer of the opening theme song "Fatale","
    rf"{_ARTIST},\s+(?:the\s+)?(?:performer|singer|artist)s?\s+(?:of|behind)\s+(?:the\s+)?"
    rf"(?:(?:new|first|second)\s+)?{_KIND}\s+{_QUOTED}",
)
OWNER_QUOTED = re.compile(  # "UVERworld's "Touch off," the series' opening theme"
    rf"{_ARTIST}['’]s\s+{_QUOTED},?\s+(?:the\s+)?(?:(?:series|show|anime|film|season)['’]s?\s+)?"
    rf"(?:(?:new|first|second)\s+)?{_KIND}\b",
)
QUOTED_BY = re.compile(  # "the new opening theme, "PHOENIX," by the returning Burnout Syndromes"
    rf"{_KIND},?\s+{_QUOTED},?\s+by\s+(?:the\s+)?(?:(?:returning|new|popular|rock|pop|idol|band"
    rf"|group|singer)\s+){{1,3}}{_ARTIST}",
)
BOTH_BY = re.compile(  # '... opening theme song "A" and its ending theme song "B" are both
    rf"(?P<k1>(?i:opening|ending))(?:\s+theme)?(?:\s+song)?\s+[\"“](?P<t1>[^\"”]{{1,80}})[\"”]\s+and\s+"
    rf"(?:its\s+|the\s+)?(?P<k2>(?i:opening|ending))(?:\s+theme)?(?:\s+song)?\s+[\"“](?P<t2>[^\"”]{{1,80}})"
    rf"[\"”]\s+(?:are|will\s+be)\s+both\s+(?:performed|sung)\s+by\s+{_ARTIST}",  # performed by A'
)


def with_sentence_themes(songs: list[ThemeSong], texts: list[str]) -> list[ThemeSong]:
    """``songs`` with those these forms credit, which take the place of any the clause
    reader gave the same title."""
    found = sentence_themes(texts)
    titles = {fold(s.title) for s in found if s.title}
    return [*found, *(s for s in songs if not s.title or fold(s.title) not in titles)]


def sentence_themes(texts: Iterable[str]) -> list[ThemeSong]:
    """The theme songs these forms credit in ``texts``."""
    songs: list[ThemeSong] = []
    for text in texts:
        lowered = text.lower()
        if not any(w in lowered for w in ("theme", "opening", "ending", "insert song")):
            continue
        for match in BOTH_BY.finditer(text):
            artist = clean_name(match["a"])
            songs.append(ThemeSong(_kind(match["k1"]), match["t1"].strip(" ,."), artist))
            songs.append(ThemeSong(_kind(match["k2"]), match["t2"].strip(" ,."), artist))
        for pattern in (PERFORMER_OF, OWNER_QUOTED, QUOTED_BY):
            for match in pattern.finditer(text):
                songs.append(
                    ThemeSong(_kind(match["k"]), match["t"].strip(" ,."), clean_name(match["a"]))
                )
    return songs


def _kind(word: str) -> ThemeKind:
    return cast(ThemeKind, word.lower())  # the patterns match only "opening", "ending", "insert"

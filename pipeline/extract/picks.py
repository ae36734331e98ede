"""The shows a critic's column picks in running prose.

A column of picks ("Our Most Anticipated Anime of Fall 2017": a critic's name, then a
paragraph or two of opinion) names its shows in sentences, not in headings or lists. A
title is a pick where the sentence says what it is ("Yuki Yuna is a Hero, the 2014
series"), where the writer takes it up ("the first three episodes of X", "I will also
have to try the X reboot", "X intrigues me", "X is on my list", "my top pick is X"), and
where it is set apart as the one title ("the one title that excites me: X"). Names of
people, companies and generic phrases are none, and a title the writer only compares a
pick with ("alongside A and B") is none either.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.extract.list_titles import list_title
from pipeline.extract.segments import Unit
from pipeline.extract.title_forms import TITLE_LIKE

PICKS_HEADLINE = re.compile(  # a column of picks, not a preview with its own layout
    r"\b(?:most\s+anticipated|picks|what\s+(?:we|i)['’]re\s+watching|watchlist|looking\s+forward)\b",
    re.I,
)
PICK_CUES = tuple(
    re.compile(p)
    for p in (
        rf"(?P<t>{TITLE_LIKE}),\s+the\s+(?:\d{{4}}\s+)?(?:[\w'’-]+\s+){{0,3}}?"
        r"(?:series|anime|show|film|movie|adaptation|sequel|reboot|remake|revival)\b",
        rf"\b(?:episodes|adaptation|sequel|reboot|remake|revival|continuation)\s+of\s+"
        rf"(?:the\s+)?(?P<t>{TITLE_LIKE})",
        rf"\b(?:try|watching|checking\s+out|excited\s+(?:for|about)|looking\s+forward\s+to"
        rf"|anticipating|pick\s+is|picks\s+are)\s+(?:the\s+)?(?P<t>{TITLE_LIKE})",
        rf"(?P<t>{TITLE_LIKE})\s+(?:(?P<v>intrigue|interest|excite)s?|tops\s+my|is\s+on\s+my\s+list"
        r"|(?:also\s+)?(?:has|have)\s+my\s+attention)\b",
        rf"\b(?:title|show|series|pick)\s+(?:that|I)\s+[^.:]{{3,60}}:\s+(?P<t>{TITLE_LIKE})",
        rf"\b(?:franchise|series|title|show|pick|sequel)\s+(?:is|was)\s+(?P<t>{TITLE_LIKE})",
    )
)
COMPARED = re.compile(r"\b(?:alongside|like|than|as\s+well\s+as|after)\s+$")
AT_TAIL = re.compile(r"\s+at\s+\S+['’]s\b.*$")  # "X at Crunchyroll's event screening"
KIND_TAIL = re.compile(r"\s+(?:reboot|remake|revival|series|anime|season)$", re.I)


def is_picks(headline: str) -> bool:
    """Whether the headline announces a column of picks."""
    return bool(PICKS_HEADLINE.search(headline))


def titles_picked(units: Iterable[Unit], people: Iterable[str] = ()) -> list[str]:
    """The titles the column's sentences pick, in order; ``people`` are the critics' names
    (its headings), which are no titles."""
    critics = {p.casefold() for p in people}
    found: list[str] = []
    text = _joined(units)
    for cue in PICK_CUES:
        for match in cue.finditer(text):
            if COMPARED.search(text[max(0, match.start("t") - 20) : match.start("t")]):
                continue  # "alongside Princess Tutu": a comparison, not a pick
            named = KIND_TAIL.sub("", AT_TAIL.sub("", match.group("t"))).rstrip(".,:;!?")
            both = match.groupdict().get("v") and " and " in named  # "A and B intrigue me"
            for title in map(list_title, named.split(" and ") if both else [named]):
                if title and len(title.split()) > 1 and title.casefold() not in critics:
                    found.extend([title] if title not in found else [])
    return found


def _joined(units: Iterable[Unit]) -> str:
    """The units as one text, sentences set apart by a mark no title holds, except after
    a "!" or "?" that may end a title's word ("Full Metal Panic! Invisible Victory")."""
    text = ""
    for unit in units:
        glue = " " if not text or text.endswith(("!", "?")) else " ¶ "
        text += f"{glue}{unit.text.strip()}"
    return text

"""Character profiles set as headings: "Hazuki Morikawa" over "Hazuki is a member of
the school concert band ...", under a line that announces the characters ("The anime's
characters include:"). Such a heading names a character, not a show, and the profile
below it belongs to the show the article is about."""

from __future__ import annotations

import re

from pipeline.extract.text import Block

NAME_HEADING = re.compile(r"^[A-ZÀ-ÞĀ-Ž][\w'’-]+(?:\s[A-ZÀ-ÞĀ-Ž][\w'’-]+){1,2}$")
CAST_TALK = r"\b(?:cast|voice\s+actors?|voices|seiyuu|starring)\b"  # a line about the cast
ANNOUNCED = re.compile(r"\b(?:characters?|cast)\b(?:[^.!?]*:\s*$|\s+(?:include|are)\b)", re.I)
PROFILE_VERB = r"(?:is|was|has|had|wants|works|lives|plans|loves|seems|became|becomes|can|will)"
REACH = 12  # blocks above a profile where the announcement may stand


def character_profile(blocks: list[Block], index: int) -> bool:
    """Whether the heading at ``index`` is a character's name over its profile, below a
    line that announces the characters."""
    text = blocks[index].text
    if not NAME_HEADING.match(text) or index + 1 >= len(blocks):
        return False
    below = blocks[index + 1].text
    spoken = (
        re.match(rf"{re.escape(word)}(?:['’]s)?\s+{PROFILE_VERB}\b", below) for word in text.split()
    )
    if not any(spoken):
        return False
    above = blocks[max(0, index - REACH) : index]
    return any(b.kind != "heading" and ANNOUNCED.search(b.text) for b in above)

"""A preview's one-line entries: "Btooom! – Aniplex/A-1 (Action, Sci-Fi) – 4 Oct", and
the shapes of a list line's day and schedule that ``premiere``, ``lineup`` and ``leads``
read too ("– 9 Oct", "6/11 - X", "X - Simulcast premiere October 3 (Sub and Dub)").

Some season previews give each show one list line (its title, its studio with the
genres in parentheses, and its premiere day) and group the lines under headings that
name no show ("Definitely Watching", "Maybe Pile"). Each such line becomes the show's
heading over the line itself, so that ``segments.layout`` gives every entry its own
segment and reads a group's heading as a category (a heading right above another one).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract.date_mentions import MONTH_NAME
from pipeline.extract.text import Block

DAY = rf"(?:{MONTH_NAME}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_NAME})"  # "October 2", "9 Oct"
ENTRY_LINE = re.compile(  # title, dash, a short maker with an optional note, dash, a day
    r"^(?P<title>[^–—]{2,80}?)\s[–—]\s[^–—()]{2,30}?(?:\s*\([^()]{1,80}\))?\s[–—]\s+"
    rf"{DAY}(?![\w:])"
)
PREMIERE_ENTRY = re.compile(  # "X (Y) – Premiere April 29, 2019": title, dash, premiere day
    r"^(?P<title>[^–—]{2,120}?)\s[–—]\s+(?:Premieres?|Premiering|Airs|Debuts?|Release(?:\s+date)?)"
    rf":?\s+(?:on\s+)?{DAY}(?![\w:])"
)
DATE_AFTER_DASH = re.compile(rf"\s[–—-]\s+{DAY}(?:st|nd|rd|th)?\s*$")  # ending a list line
DATE_LEAD = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?(?::|\s+[-–—])?\s+[A-Z0-9]")  # "6/11 - X"
STREAM_TAIL = re.compile(  # a streamer's schedule or dub note after a list line's title
    r"\s+[-–—]\s+(?:Simul(?:cast|dub)s?|airs|premieres?|streams?|(?:new\s+)?episodes)\b.*$"
    r"|\s+[-–—]\s+(?:Simul)?(?:Dub|Sub)(?:bed)?\b[^-–—]*$"
    r"|\s+episodes?\s+\d+\s*[–-]\s*\d+\s*:.*$"  # "X episodes 1–7: Disney+/Hulu, Saturdays"
    r"|\s+continues\s*$|\s+(?-i:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\s*$",
    re.I,
)
WHEN_NOTE = re.compile(  # "(premieres April 10)", "(Oct 3 2020)", "(Studio X, January 10th)"
    rf"\s*\((?:[^()]{{0,40}}?[\s,:])?(?i:{MONTH_NAME})\s+\d{{1,2}}[^()]{{0,20}}\)$"
)
ENTRIES = 2  # lines of this form, naming different shows, before they are entries


def over_entry_lines(blocks: list[Block], is_heading: Callable[[str], bool]) -> list[Block]:
    """``blocks`` with each entry line made its show's heading over the line, when at least
    ``ENTRIES`` list lines with different titles read that way."""
    found = {
        i: m["title"].strip()
        for i, b in enumerate(blocks)
        if (m := _entry(b)) and is_heading(m["title"].strip())
    }
    if len({t.casefold() for t in found.values()}) < ENTRIES:
        return blocks
    out: list[Block] = []
    for i, block in enumerate(blocks):
        if i in found:
            out.append(Block("heading", found[i]))
            block = Block("para", block.text) if block.kind == "heading" else block
        out.append(block)
    return out


def _entry(block: Block) -> re.Match[str] | None:
    """A list line with a maker and a day, or any line with its premiere day after a dash."""
    if block.kind == "item" and (match := ENTRY_LINE.match(block.text)):
        return match
    return PREMIERE_ENTRY.match(block.text)

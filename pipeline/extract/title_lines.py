"""A preview's "Title: X" and pick lines ("Most Anticipated: X", "Best TV Series: X"), a
digest's "X: Episode 15" line and a heading's glued rank ("1The X"): each read as X's
heading before the layout looks for show headings."""

from __future__ import annotations

import re

from pipeline.extract.text import Block

TITLE_LINE = re.compile(  # "Title: X", and a pick's line ("Most Anticipated: X", "Runner-up: Y")
    r"^(?:(?:anime\s+|show\s+|series\s+)?(?:title|name)|most\s+anticipated|runners?[-\s]up|top\s+pick"
    r"|honou?rable\s+mentions?|dark\s+horse|sleeper\s+(?:hit|pick)|best\s+(?:tv\s+)?(?:series|anime"
    r"|(?:feature\s+)?film))\s*:\s*"
    r"(?P<v>\S.{0,118})$",
    re.I,
)
DECORATION = re.compile(r"\s*[~〜][^~〜]{1,40}[~〜]\s*$")


HEADING_RANK = re.compile(r"^\d{1,2}(?=(?:The|A|An)\s[A-Z]|[A-Z][a-z]+\s[A-Z])")  # "1The Ace ..."
HEADING_EPISODE = re.compile(r"^(?P<t>[A-Z0-9].{1,80}?)\s+Episodes?\s+\d{1,4}$")
EPISODE_LINE = re.compile(  # "AKB0048: Episode 15", not a label's "Currently at: Episode 7"
    r"^(?P<t>[^:]{2,80}?)(?<!\sat)(?<!\son)(?<!\sto)(?<!\sthrough):\s+Episodes?\s+\d{1,4}$"
)
EPISODE_FORMS = {"item": EPISODE_LINE, "heading": HEADING_EPISODE}


def titled(block: Block) -> Block:
    """A "Title: X" line of a preview opens X's part, as a heading would, and so does a
    digest's "X: Episode 15" line; a heading's rank glued to its title goes ("1The X")."""
    if block.kind == "heading" and HEADING_RANK.match(block.text):
        return Block("heading", HEADING_RANK.sub("", block.text))
    if (form := EPISODE_FORMS.get(block.kind)) and (episode := form.match(block.text)):
        return Block("heading", episode.group("t"))  # ... and a weekly post's "X Episode 12"
    match = TITLE_LINE.match(block.text)
    if not match:
        return block
    return Block("heading", DECORATION.sub("", match.group("v")).strip())

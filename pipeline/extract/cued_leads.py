"""A news digest's items named by cue words instead of marks.

A weekly digest often opens each item with a quip and names the show in the next words
by what it is: "The upcoming Ingress anime revealed ...", "Word came out that High School
Fleet is getting an anime movie", "A fresh trailer for X went up". Each paragraph whose
first three sentences name a show that way is that show's item, when at least three
paragraphs name different shows.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract.sentences import split_sentences
from pipeline.extract.text import Block
from pipeline.extract.title_forms import TITLE_LIKE

CUED = tuple(
    re.compile(p)
    for p in (
        rf"\b(?:[Tt]he|[Aa]n?)\s+(?:upcoming\s+|new\s+)?(?P<t>{TITLE_LIKE})\s+(?:TV\s+|television\s+)?"
        r"anime\b",
        rf"(?P<t>{TITLE_LIKE})\s+is\s+getting\s+(?:an?\s+)?(?:new\s+)?(?:TV\s+|television\s+)?anime\b",
        rf"\b(?:trailer|teaser|visual|video|PV)\s+for\s+(?:the\s+)?(?P<t>{TITLE_LIKE})",
    )
)
OPENING = 3  # sentences of a paragraph that may name its show ("How bad? So bad. The X anime")
CUED_ITEMS = 3  # paragraphs that name different shows by cue words before they make a digest
Leads = dict[int, tuple[str, str]]


def cued_leads(blocks: list[Block], names_a_show: Callable[[str, str], bool]) -> Leads | None:
    """The digest items of ``blocks`` by block index: (the show's name, the paragraph);
    ``names_a_show`` checks a name against the whole text."""
    text = "\n".join(b.text for b in blocks)
    leads: Leads = {}
    for i, block in enumerate(blocks):
        if block.kind != "para":
            continue
        opening = " ".join(split_sentences(block.text)[:OPENING])
        found = [m for cue in CUED if (m := cue.search(opening))]
        if found:
            name = min(found, key=lambda m: m.start("t"))["t"].rstrip(".,:;")
            if names_a_show(name, text):
                leads[i] = (name, block.text)
    names = [name for name, _ in leads.values()]
    return leads if len(set(names)) >= CUED_ITEMS and len(set(names)) == len(names) else None

"""A news digest's items named by cue words instead of marks.

A weekly digest often opens each item with a quip and names the show in the next words
by what it is: "The upcoming Ingress anime revealed ...", "Word came out that High School
Fleet is getting an anime movie", "A fresh trailer for X went up". Each paragraph whose
opening words name a show that way is that show's item, when at least three
paragraphs name different shows.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract.subject_leads import Leads
from pipeline.extract.text import ENUMERATION, Block
from pipeline.extract.title_forms import TITLE_LIKE

CUED = (  # each cue with the word it needs in the opening before its pattern runs
    (
        re.compile(
            rf"\b(?:[Tt]he|[Aa]n?)\s+(?:upcoming\s+|new\s+)?(?P<t>{TITLE_LIKE})\s+"
            r"(?:TV\s+|television\s+)?anime\b"
        ),
        "anime",
    ),
    (
        re.compile(
            rf"(?P<t>{TITLE_LIKE})\s+is\s+getting\s+(?:an?\s+)?(?:new\s+)?(?:TV\s+|television\s+)?"
            r"anime\b"
        ),
        "anime",
    ),
    (
        re.compile(rf"\b(?:trailer|teaser|visual|video|PV)\s+for\s+(?:the\s+)?(?P<t>{TITLE_LIKE})"),
        " for ",
    ),
    (  # "the upcoming anime Ongaku Shojo", "the upcoming movie X"
        re.compile(
            r"\bupcoming\s+(?:TV\s+)?(?:anime\s+)?(?:anime|movie|film|series)\s+"
            rf"(?P<t>{TITLE_LIKE})"
        ),
        "upcoming",
    ),
    (  # "A new X anime series titled X Y is in the works"
        re.compile(rf"\b(?:anime|series|film|movie|OVA)\s+titled\s+(?P<t>{TITLE_LIKE})"),
        "titled",
    ),
    (  # "a new anime on October 2nd called X"
        re.compile(
            rf"\b(?:anime|series|film|movie|OVA)\b[^.]{{0,40}}?\bcalled\s+[\"“]?(?P<t>{TITLE_LIKE})"
        ),
        "called",
    ),
    (  # "the shojo anime Say I Love You"
        re.compile(rf"\b[Tt]he\s+(?:[a-z-]+\s+)?anime\s+(?P<t>{TITLE_LIKE})"),
        "anime",
    ),
    (  # "X has received the green light for an anime adaptation", "X will receive an anime"
        re.compile(
            rf"(?P<t>{TITLE_LIKE})\s+(?:has\s+received|will\s+receive|receives|gets)\s+"
            r"(?:the\s+green\s+light\s+for\s+)?(?:an?\s+)?(?:new\s+)?(?:TV\s+)?anime\b"
        ),
        "anime",
    ),
    (  # "To Love-Ru Darkness has been confirmed for an anime", "X, a manga, was picked up for"
        re.compile(
            rf"(?P<t>{TITLE_LIKE})(?:,[^,.]{{2,80}},)?\s+(?:has\s+been|was|is)\s+(?:confirmed"
            r"|picked\s+up|green-?lit)\s+for\s+(?:an?\s+)?(?:new\s+)?(?:TV\s+)?anime\b"
        ),
        "anime",
    ),
    (  # "An anime adaptation of the Kampfer light novel series is in the works"
        re.compile(
            rf"\banime\s+adaptation\s+of\s+(?:the\s+)?(?P<t>{TITLE_LIKE})\s+(?:light\s+novels?"
            r"|novels?|manga|game|webtoon|web\s+novel)\b"
        ),
        "adaptation of",
    ),
    (  # "a multimedia project named X", "a new anime series named X"
        re.compile(rf"\b(?:project|anime|series|film|movie)\s+named\s+(?P<t>{TITLE_LIKE})"),
        "named",
    ),
)
OPENING_CHARS = 300  # a paragraph's opening, where its show is named ("How bad? So bad. The X")
CUE_WORDS = tuple(dict.fromkeys(word for _, word in CUED))  # a quick check before any cue
PROSE_ITEM_WORDS = 15  # a list line this long is a paragraph of prose (a digest's item)
CUED_ITEMS = 3  # paragraphs that name different shows by cue words before they make a digest
CUED_UNDER_DIGEST = 2  # ... under a headline that says it is a digest ("News & Stuff - 9/21")


def cued_leads(
    blocks: list[Block], names_a_show: Callable[[str, str], bool], *, digest: bool = False
) -> Leads | None:
    """The digest items of ``blocks`` by block index: (the show's name, the paragraph);
    ``names_a_show`` checks a name against the whole text; ``digest`` for a headline that
    says the article is one."""
    text = ""
    leads: Leads = {}
    for i, block in enumerate(blocks):
        opening = ENUMERATION.sub("", block.text)[:OPENING_CHARS]  # "5. X has been ...": X
        prose = (
            block.kind == "para" or len(block.text.split()) >= PROSE_ITEM_WORDS
        )  # or a long item
        if not prose or not any(word in opening for word in CUE_WORDS):
            continue  # a quick check before the patterns run
        text = text or "\n".join(b.text for b in blocks)
        name = _cued_name(opening)
        if name is None:
            continue
        if any(name == seen for seen, _ in leads.values()):
            return None  # one show's article that names it in paragraph after paragraph
        if names_a_show(name, text):
            leads[i] = (name, block.text)
    return leads if len(leads) >= (CUED_UNDER_DIGEST if digest else CUED_ITEMS) else None


def _cued_name(opening: str) -> str | None:
    """The first show the opening names by a cue, each pattern run only where its own
    words are ("anime" for the first two, "for" for a trailer's)."""
    found = [m for cue, word in CUED if word in opening and (m := cue.search(opening))]
    if not found:
        return None
    first = min(found, key=lambda m: m.start("t"))["t"].rstrip(".,:;")
    fuller = [n for m in found if (n := m["t"].rstrip(".,:;")).startswith(f"{first} ")]
    return max(fuller, key=len) if fuller else first  # "A new X anime titled X Y": X Y

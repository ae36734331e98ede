"""A news digest's items named by marks: paragraphs or list lines whose first sentence
marks a show's name (``*X*``, ``「X」``, ``"X"``, ``'X'``). Three such paragraphs (or, failing
that, sentences of one paragraph) with different names make a digest; a marked name
that is a song's, a magazine's, a person's, an earlier credit or a part of a show
(a block, an episode) leads nothing.
"""

from __future__ import annotations

import re

from pipeline.extract.candidate_filters import SONG_WORDS
from pipeline.extract.names import strip_parentheses
from pipeline.extract.subject_leads import (
    BULLET,
    SENTENCE_STOP,
    SHOW_WORDS,
    Leads,
    distinct,
    names_a_show,
)
from pipeline.extract.text import Block

MARKED = re.compile(  # *X*, 「X」, "X", 'X': a name the writer marks as a work's
    r"(?:^|(?<=[\s(—–-]))(?:\*(?P<a>[^*\n]{2,80}?)\*|「(?P<b>[^」\n]{2,80})」"
    r"|[“\"](?P<c>[^\"“”\n]{2,80}?)[”\"]|[‘'](?P<d>[^'‘’\n]{2,80}?)[’'](?![a-z]))"
)
SONG_BEFORE = re.compile(
    r"\b(?:songs?|themes?|single|tracks?|opening|ending|album|insert|sings?|performs?)\b"
    r"(?:(?!anime|series|film|movie|manga)[^.]){0,20}$",
    re.I,
)
SONG_AFTER = re.compile(  # "“Blue Hour” by Night Tram", "“X” has been announced as the opening"
    r"^[\s,]*(?:(?:performed|sung)\s+)?by\b|^\s+(?:has\s+been|was|is|will\s+be)\s+"
    r"(?:(?:announced|revealed|chosen|confirmed)\s+)?as\s+the\s+(?:[\w-]+\s+){0,3}"
    r"(?:opening|ending|theme|insert|song)"
)
OUTLET_BEFORE = re.compile(
    r"\b(?:magazine|publisher|imprint|label|website|site|channel|account|newspaper)\s*$", re.I
)
OUTLET_AFTER = re.compile(r"\s*(?:magazine|website|imprint|label|newspaper|app)\b", re.I)
PRINT_BEFORE = re.compile(  # "a further manga, titled", "the novel called"
    r"\b(?:manga|novel|novels|book|webtoon)(?:\s+series)?,?\s+(?:titled|called|named)\s+$", re.I
)
SCREEN_WORD = re.compile(r"\b(?:anime|film|movie|OVA|TV)\b", re.I)
PERSON_BEFORE_QUOTE = re.compile(  # a quoted name right after "by" or a role is a person's
    r"\b(?:by|play|plays|playing|voice|voices|voicing)\s+(?:the\s+(?:main\s+)?character\s+)?$"
)
CREDIT_BEFORE = re.compile(  # "the staff who previously worked on 'X'": an earlier work
    r"\b(?:previously|worked\s+(?:together\s+)?(?:on|in)|known\s+(?:for|as)|who\s+is\s+also"
    r"|(?:recent|previous|past|earlier)"
    r"\s+works?|works?\s+(?:also\s+)?includes?)\b"
    r"|\b(?:director|writer|creator|composer|designer|author|producer)\s+(?:of|on)\s+$"
    r"|\bwho\s+(?:directed|wrote|created|made)\s+(?:[\w'’-]+\s+){0,5}$"  # "who directed the hits"
    r"|['’]s\s+(?:\d{4}\s+)?(?:hit\s+|previous\s+|earlier\s+|last\s+)?(?:film|movie|feature)\s+$"
    r"|\b(?:19|20)\d\d['’]s\s+$"  # "Shinkai's 2016 film 'X'", "since 2019's 'X'"
    r"|\bthe\s+original\s+$"  # "going back to the original 'X'": the earlier work
    r"|\b(?:franchises|classics)\s+(?:like|such\s+as)\s+$"  # the shows it is compared with
    r"|\b(?:directed|worked\s+on|wrote|written|composed|known\s+for|behind|with|includes?)\s+"
    r"(?:[\w-]+\s+){0,2}"
    r"(?:titles|works|series|shows|films|anime)\s+(?:like|such\s+as)\s+$",  # "who has directed
    # titles such as 'X'": an earlier credit
    re.I,
)  # 'Katsumi Ono, the director of "X", is directing the anime': his earlier work
PART_AFTER = re.compile(  # a marked name that is a block, an episode or a short, no show
    r"\s*(?:programming\s+)?(?:block|short|episode|segment|event|campaign|exhibition|arc)s?\b"
)
PART_NAME = re.compile(r"\s(?i:arc)$")  # "the 'Shimane Illuminati Arc'": a part of the story
MARKED_LEADS = 3  # paragraphs led by a marked name before they make a digest
LISTED_ON = re.compile(r"\s*,?\s*(?:and\s+|&\s+)?")  # what joins names in one list
LEAD_REACH = 160  # characters into the first sentence where an item's marked name starts


def marked_leads(blocks: list[Block]) -> Leads | None:
    """A digest's items: paragraphs or list lines whose first sentence marks a show's name
    ("The TV anime *X* has ...", "The first teaser for 'X' ...", "「X」, a game, gets an
    OVA"), when at least three do so with different names."""
    text = "\n".join(b.text for b in blocks)
    leads: Leads = {}
    marked: list[str] = []
    for i, block in enumerate(blocks):
        title = _marked_name(block.text, text) if block.kind != "heading" else None
        if title and not any(_same_name(title, m) for m in marked):
            leads[i] = (title, block.text)  # a later paragraph on the same show follows it
        marked += [title] if title else []
    if _one_dominates(marked):
        return None  # one show's article that quotes every title it names
    return leads if distinct([t for t, _ in leads.values()], MARKED_LEADS) else None


def one_marked(blocks: list[Block]) -> bool:
    """Whether one name takes most of the marks in ``blocks`` (a film's article that quotes
    its own title again and again, and once each the director's earlier works)."""
    marks = [next(g for g in m.groups() if g) for b in blocks for m in MARKED.finditer(b.text)]
    return _one_dominates([m.strip(" ,.") for m in marks if m.strip(" ,.")])


def _one_dominates(names: list[str]) -> bool:
    heads = [t.split()[0].strip(":,.!?").casefold() for t in names]  # "X: Y" and "X to Z"
    return bool(heads) and max(map(heads.count, heads)) * 2 > len(heads)


def _marked_name(paragraph: str, text: str) -> str | None:
    """The first name the paragraph's first sentence marks as a show's, or None."""
    if not SHOW_WORDS.found(paragraph):
        return None
    first = strip_parentheses(SENTENCE_STOP.split(BULLET.sub("", paragraph), maxsplit=1)[0])
    credited_end = -1  # where the last credited name ended: "hits 'X' and 'Y'" credits Y too
    for match in MARKED.finditer(first):
        if credited_end >= 0 and LISTED_ON.fullmatch(first[credited_end : match.start()]):
            credited_end = match.end()
            continue
        if match.start() > LEAD_REACH:
            return None  # named late in a sentence about something else: no item's lead
        name = next(g for g in match.groups() if g).strip(" ,.")
        credited = SONG_AFTER.match(first[match.end() :]) and SONG_WORDS.search(first)
        song = SONG_BEFORE.search(first[: match.start()]) or credited
        before = first[: match.start()]
        if CREDIT_BEFORE.search(before):
            credited_end = match.end()
            continue  # an earlier credit: "who directed the hits 'X'"
        if song or OUTLET_BEFORE.search(before) or OUTLET_AFTER.match(first, match.end()):
            continue  # a song's name, a magazine's ("the seinen magazine "Fellows!"", "X's
            # “LaLa” magazine")
        if PRINT_BEFORE.search(before) and not SCREEN_WORD.search(first):
            continue  # "A further manga, titled “X”, ...": a print work, no show
        if PERSON_BEFORE_QUOTE.search(before):
            continue  # 'a manga by “Aki Hamaji”', 'will play the main character “Hitoto Goto”'
        if _part_of_show(first, match.end()) or PART_NAME.search(name):
            continue  # 'the "Super Animeism" programming block', 'the anime's "Turtle" short'
        if not names_a_show(name, text, quoted=True):
            continue
        return name
    return None


def _same_name(name: str, other: str) -> bool:
    """The same name, or one written shorter ("Hi-Evolution" after "Hi-Evolution 1")."""
    return name == other or name.startswith(f"{other} ") or other.startswith(f"{name} ")


def _part_of_show(sentence: str, end: int) -> bool:
    """Whether the marked name ending at ``end`` (or the list it opens: "the 'A', 'B' and
    'C' arcs") is followed by a part's word."""
    while (joined := LISTED_ON.match(sentence, end)) and (
        listed := MARKED.match(sentence, joined.end())
    ):
        end = listed.end()
    return PART_AFTER.match(sentence, end) is not None


def marks_enough(blocks: list[Block]) -> bool:
    """Whether the text marks enough names to be a digest at all (a quick check first)."""
    found = 0
    for block in blocks:
        found += sum(1 for _ in MARKED.finditer(block.text))
        if found >= MARKED_LEADS:
            return True
    return False

"""Which part of an article speaks about which show: one segment per show.

A round-up ("Seven Shows I'm Excited About", a seasonal lineup) has a heading per
show; each heading opens a segment that runs to the next one, and the text before
the first is the article's introduction. Any other article is one segment. Inside a
segment every sentence and list line becomes a ``Unit`` that remembers the section
it sits in ("cast", "staff", "music"...), which is how ``Character: Actor`` lines are
told from ``Role: Name`` lines.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from pipeline.extract.candidate_filters import PERSON_BEFORE, ROLE_REACH
from pipeline.extract.dialogue import spoken_as_text
from pipeline.extract.entry_lines import STREAM_TAIL, over_entry_lines
from pipeline.extract.heading_cases import NAMED_AMONG, named_below
from pipeline.extract.labels import label_of, with_colon
from pipeline.extract.leads import over_fields, titled_paragraphs, without_captions
from pipeline.extract.lexicon import lexicon
from pipeline.extract.news_headings import news_heading_title
from pipeline.extract.profiles import character_profile
from pipeline.extract.sentences import split_sentences
from pipeline.extract.show_headings import (
    BYLINE,
    ENUMERATION,
    LABEL,
    WHEN_TAIL,
    byline,
    critic,
    is_show_heading,
    under_role,
)
from pipeline.extract.text import Block, Document
from pipeline.extract.title_lines import titled
from pipeline.extract.title_spans import positions

Section = str | None


@dataclass(frozen=True, slots=True)
class Unit:
    """One sentence or list line, with the section it belongs to."""

    text: str
    is_item: bool  # a list line or a line of a block (``Role: Name``)
    section: Section  # "cast", "staff", "music", "broadcast", "streaming", "story" or None
    earlier_run: bool = False  # about a previous season, an OVA or a catalogue, not this run
    follows: bool = False  # a list line's later sentence ("X episode 1: Fine. Things happened.")


@dataclass(frozen=True, slots=True)
class Segment:
    """The text about one show."""

    heading: str | None  # the show's heading in a round-up; None for a single-show article
    units: tuple[Unit, ...]

    @property
    def text(self) -> str:
        """All units joined, one per line."""
        return "\n".join(u.text for u in self.units)


@dataclass(frozen=True, slots=True)
class Layout:
    """An article split into its introduction and its show segments."""

    intro: Segment
    shows: tuple[Segment, ...]
    roundup: bool

    @property
    def units(self) -> tuple[Unit, ...]:
        """Every unit of the article, in order."""
        return (*self.intro.units, *(u for s in self.shows for u in s.units))


NOTE = re.compile(r"\s*\([^()]*\)")  # a list line's note in parentheses
BRACKET_LABEL = re.compile(r"[【\[［〔]\s*([^】\]］〕]{1,30}?)\s*[】\]］〕]")
PIPE = re.compile(r"\s+\|\s+")
ABOUT_OTHER = re.compile(r"^about (?!the (?:anime|series|show|film|movie|story|manga))", re.I)
ABOUT_TAIL = re.compile(r"(?:\s+anime)?\s*(?:\([^()]*\))?\s*:?\s*$", re.I)  # "(1360 Articles)"
ABOUT_SHOW_MENTIONS = 3  # "About Ya Boy Kongming!" over a show the text names this often
DUB = re.compile(  # a dubbed version: "English dub", "dubbed", "ADR", "the English cast",
    r"(?<!Japanese )\bdub(?:bed)?\b|\bADR\b|\bEnglish\s+(?:cast|voices?|version|script|staff)\b"
    r"|\bdirect\s+the\s+(?:following\s+)?voice\s+cast\b",  # "will direct the following voice cast"
    re.I,
)
SECTION_WORDS = (
    ("dub", DUB),
    ("cast", re.compile(r"\bcast\b|\bvoices?\b|\bcharacters\b", re.I)),
    ("staff", re.compile(r"\bstaff\b|\bcredits\b", re.I)),
    ("music", re.compile(r"\bmusic\b|\btheme|\bsongs?\b", re.I)),
    ("broadcast", re.compile(r"\bbroadcast", re.I)),
    ("streaming", re.compile(r"\bstreaming\b", re.I)),
    ("story", re.compile(r"\bstory\b|\bsynopsis\b|\babout\b|\bplot\b", re.I)),
)
CREDIT_LINE = re.compile(r"^(?:Directed|Written|Composed)\s+by\s+[A-Z]")  # "Directed by X (Y)"


def layout(document: Document, *, listing: bool = False) -> Layout:
    """Split ``document`` into an introduction and one segment per show. A heading opens
    a show's segment only when something follows it before the next heading (a heading
    right above another one is a category: "Most Anticipated", "Middling Expectations").
    Two such headings make a round-up; in a ``listing`` article (a preview, a top list)
    one is enough."""
    blocks = [titled(b) for b in spoken_as_text(_drop_company_sections(document.blocks))]
    blocks = _heading_runs(without_captions(over_fields(over_entry_lines(blocks, is_show_heading))))
    blocks = _stacked_headings(titled_paragraphs(blocks, is_show_heading, listing=listing))
    ranked = bool(listing and blocks and RANK.match(blocks[-1].text))  # "8 X" ends a cut list
    blocks = _without_ranks(blocks)
    titled_ones = [b.kind == "heading" and is_show_heading(b.text) for b in blocks]
    some = any(titled_ones)  # a sentence-case heading is read only beside a title-case one
    named = [some and not t and named_below(blocks, i) for i, t in enumerate(titled_ones)]
    if sum(titled_ones) + sum(named) < NAMED_AMONG:
        named = [False] * len(blocks)  # a sentence-case heading joins a run of show headings
    shown = [
        b.kind == "heading"
        and (titled_ones[i] or _asked_title(blocks, i) or named[i])
        and not under_role(blocks, i)
        and not byline(blocks, i)
        and not critic(blocks, i)
        and not _credited_above(blocks, i)
        and not character_profile(blocks, i)
        for i, b in enumerate(blocks)
    ]
    starts = [i for i, s in enumerate(shown) if s and i + 1 < len(blocks) and not shown[i + 1]]
    numbered = [i for i, s in enumerate(shown[:-1]) if s and ENUMERATION.match(blocks[i].text)]
    if len(numbered) >= 2:  # "5. X" over a tagline heading ("Angels, Demons, Gods…"): X
        starts = sorted({*numbered, *(i for i in starts if i - 1 not in numbered)})
    headings = [blocks[i].text for i in starts]
    if starts and shown[-1] and (ranked or _cut_show(blocks[-1].text, headings)):
        starts.append(len(blocks) - 1)  # a cut page's last show: "X (Studio) – April 1 on Y"
    one_name = len(starts) > 1 and len({blocks[i].text.casefold() for i in starts}) == 1
    if len(starts) < (1 if listing else 2) or one_name:  # one caption again and again
        return Layout(Segment(None, ()), (Segment(None, _units(blocks)),), roundup=False)
    intro = Segment(None, _units(blocks[: starts[0]]))
    bounds = [*starts, len(blocks)]
    shows = tuple(
        Segment(ENUMERATION.sub("", blocks[a].text).strip(), _units(blocks[a + 1 : b]))
        for a, b in itertools.pairwise(bounds)
    )
    return Layout(intro, shows, roundup=True)


RANK = re.compile(r"^(?P<n>\d{1,2})(?:\s+(?=[A-Z])|(?=[A-Z][a-z]))")  # "7 X", "4My Hero ..."


def _asked_title(blocks: list[Block], index: int) -> bool:
    """A title that ends in a question mark ("... Darou ka?"), which the block below opens
    with again (an image's caption), unlike a question put as a heading."""
    asked = blocks[index].text.rstrip("?")
    below = blocks[index + 1].text if index + 1 < len(blocks) else ""
    return asked != blocks[index].text and below.startswith(asked) and is_show_heading(asked)


def _credited_above(blocks: list[Block], index: int) -> bool:
    """A heading with a name's shape that the text above credits as someone ("The opening
    is "X" by Ono Daisuke" over "Ono Daisuke" and their comment): a speaker, not a show."""
    name = blocks[index].text
    if not BYLINE.match(name):
        return False
    above = " ".join(b.text for b in blocks[:index] if b.kind != "heading")
    return any(
        PERSON_BEFORE.found(above[max(0, s - ROLE_REACH) : s]) for s in positions(name, above)
    )


def _without_ranks(blocks: list[Block]) -> list[Block]:
    """Headings ranked by a bare number ("7 Spy x Family", "6 Dance Dance Danseur"), with
    the numbers cut when at least two headings count that way."""
    ranks = {
        i: m.group("n")
        for i, b in enumerate(blocks)
        if b.kind == "heading" and (m := RANK.match(b.text))
    }
    if len(set(ranks.values())) < 2:
        return blocks
    return [Block(b.kind, RANK.sub("", b.text)) if i in ranks else b for i, b in enumerate(blocks)]


def _drop_company_sections(blocks: tuple[Block, ...]) -> list[Block]:
    kept: list[Block] = []
    dropping = False
    text: str | None = None  # joined only when an "About" heading asks how often X is named
    for block in blocks:
        if block.kind == "heading":
            about = ABOUT_OTHER.match(heading := ENUMERATION.sub("", block.text))
            named = ABOUT_TAIL.sub("", heading[about.end() :]).rstrip("!?.") if about else ""
            if about and text is None:
                text = "\n".join(b.text for b in blocks)
            dropping = bool(about) and (text or "").count(named) < ABOUT_SHOW_MENTIONS
        if not dropping:
            kept.append(block)
    return kept


NUMBERED_RUN = 3  # numbered headings in a row that make a list, not a category each
WHEN_LINE = re.compile(r"^(?:Premiering|Premieres|Airing|Airs|Debuting|Debuts)\b", re.I)
MIN_FIRST_WORD = 3  # letters of a first word that two names of one show share
NAMED_RUN = 4  # show headings in a row, with no text under any of them, that make a list
LINE_WORDS = 10  # a paragraph this short among such headings is one of them


def _cut_show(last: str, headings: list[str]) -> bool:
    """A cut page's last heading, with nothing under it, names a show when it has the shape
    of a preview's ("X (Studio) – April 1 on Y") or is a news item's headline like most
    headings before it ("Y Team Unveils X Original Anime Film")."""
    if WHEN_TAIL.search(last):
        return True
    news = sum(1 for h in headings if news_heading_title(h))
    return bool(news_heading_title(last)) and news * 2 >= len(headings)


def _stacked_headings(blocks: list[Block]) -> list[Block]:
    """``blocks`` with two show headings stacked over one text and sharing their first word
    ("Yuuki Yuuna wa Yuusha de Aru: Yuusha no Sho" over "Yuuki Yuuna is a Hero: Hero
    Chapter") read as one show's heading and its other name; a known studio's name alone
    under a show's heading is its studio's line, and a heading of when it airs
    ("Premiering April 2nd") a line of its text."""
    out: list[Block] = []
    for i, block in enumerate(blocks):
        upper = out[-1] if out else None
        below = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            upper is not None
            and below is not None
            and upper.kind == block.kind == "heading" != below.kind
            and _same_first_word(upper.text, block.text)
            and upper.text.casefold() != block.text.casefold()
            and is_show_heading(upper.text)
            and is_show_heading(block.text)
        ):
            out.append(Block("item", f"Also known as: {block.text}"))
            continue
        if upper and upper.kind == block.kind == "heading" and _studio_line(upper, block):
            out.append(Block("item", f"Studio: {block.text}"))  # "X" over "Tezuka Productions"
            continue
        if block.kind == "heading" and WHEN_LINE.match(block.text):
            out.append(Block("item", block.text))  # "Premiering April 2nd, 2010": the entry's date
            continue
        out.append(block)
    return out


def _studio_line(upper: Block, block: Block) -> bool:
    """A heading that is only a known studio's name right under a show's heading."""
    return bool(lexicon().studios.fullmatch(block.text.strip())) and is_show_heading(upper.text)


def _same_first_word(one: str, other: str) -> bool:
    """Whether two names open with the same word of three letters or more ("Yuuki ...")."""
    first = _first_word(one)
    return len(first) >= MIN_FIRST_WORD and first == _first_word(other)


def _first_word(text: str) -> str:
    word = text.split()[0] if text.split() else ""
    return "".join(c for c in word.casefold() if c.isalpha())


def _heading_runs(blocks: list[Block]) -> list[Block]:
    """``blocks`` with a run of headings and nothing between them read as the lines of one
    list: three numbered ones (a chart's "9 (tie). X", "7. Y", "6. Z") or four that name
    shows ("Kaito x Ansa (Short)", "New Game! 2 (Sequel)", ...: a preview's list of the
    shows it skips), a short line among them counting as one."""
    blocks = [  # "2. Berserk (July 1)" set as a heading over "3. X (July 2)", "4. ..."
        Block("item", b.text)
        if b.kind == "heading"
        and i + 1 < len(blocks)
        and blocks[i + 1].kind == "item"
        and ENUMERATION.match(b.text)
        and ENUMERATION.match(blocks[i + 1].text)
        else b
        for i, b in enumerate(blocks)
    ]
    lines = [False] * len(blocks)  # a quick check first: short lines, enough in a row
    for start, end in _runs([_line_like(b) for b in blocks], NUMBERED_RUN):
        lines[start:end] = [True] * (end - start)
    if not any(lines):
        return blocks
    numbered = [b.kind == "heading" and bool(ENUMERATION.match(b.text)) for b in blocks]
    named = [
        n or (line and is_show_heading(STREAM_TAIL.sub("", b.text).rstrip(".")))
        for n, line, b in zip(numbered, lines, blocks, strict=True)
    ]
    out = list(blocks)
    for start, end in _runs(named, NUMBERED_RUN):
        count = sum(numbered[start:end])
        if count == end - start or end - start >= NAMED_RUN:
            out[start:end] = [Block("item", b.text) for b in blocks[start:end]]
    return out


def _runs(flags: list[bool], least: int) -> list[tuple[int, int]]:
    """Where ``flags`` are true at least ``least`` times in a row: (start, end) each."""
    found: list[tuple[int, int]] = []
    start = 0
    for end in range(len(flags) + 1):
        if end < len(flags) and flags[end]:
            continue
        if end - start >= least:
            found.append((start, end))
        start = end + 1
    return found


def _line_like(block: Block) -> bool:
    return block.kind == "heading" or (
        block.kind == "para" and len(block.text.split()) <= LINE_WORDS
    )


def _units(blocks: list[Block]) -> tuple[Unit, ...]:
    units: list[Unit] = []
    section: Section = None
    from_intro = False
    for i, block in enumerate(blocks):
        text = ENUMERATION.sub("", block.text).strip()
        if section == "staff" and (credit := with_colon(text)):  # "Director Noriaki Akitaya"
            units.append(Unit(credit, True, section))
            continue
        if block.kind == "heading" and under_role(blocks, i):  # a line of a list of names
            units.extend(_block_units(text, True, section))
        elif block.kind == "heading":
            section, from_intro = section_of(text), False
            if not LABEL.match(text) or label_of(text) or CREDIT_LINE.match(text):  # "Cast:
                # A, B" keeps its names, and so does "Directed by X (Y)", a subheadline
                units.extend(_block_units(text, False, None))
        if block.kind == "heading":
            continue
        bracketed = BRACKET_LABEL.fullmatch(text)
        if bracketed:  # "【Streaming】", "[Staff]" open a section like a heading
            section, from_intro = section_of(bracketed.group(1)), False
            continue
        if text.endswith(":"):
            section, from_intro = section_of(text) or section, True
            if block.kind == "para" and len(sentences := split_sentences(text)) > 1:
                units.extend(Unit(s, False, None) for s in sentences)  # prose, then "The
                continue  # anime's cast includes:", which opens only what follows
        elif block.kind == "para" and _is_label_line(text):
            section, from_intro = section_of(text), True
            continue
        elif block.kind == "para" and from_intro:
            if section == "story":  # "X describes the story:" introduces one paragraph
                units.extend(_block_units(text, False, section))
                section, from_intro = None, False
                continue
            section, from_intro = None, False
        units.extend(_block_units(text, block.kind == "item", section))
    return tuple(units)


def _is_label_line(text: str) -> bool:
    """A paragraph that is only a section label ("Cast", "Staff"), as a heading would be."""
    return len(text.split()) <= 3 and bool(LABEL.fullmatch(text)) and section_of(text) is not None


def _block_units(text: str, is_item: bool, section: Section) -> list[Unit]:
    parts = PIPE.split(text)
    if len(parts) > 1:  # "Studio: X | Premiere: July 5"
        return [Unit(part, True, section) for part in parts]
    if (
        is_item and len(NOTE.sub("", text).split()) <= 12
    ):  # a short list line is one unit: "Love Live! Superstar!! (episodes on July 25, ...)"
        return [Unit(text, is_item, section)]
    return [
        Unit(sentence, is_item, section, follows=is_item and i > 0)
        for i, sentence in enumerate(split_sentences(text))
    ]


def section_of(text: str) -> Section:
    """The section a heading or an introducing line ("The cast includes:") opens."""
    for name, pattern in SECTION_WORDS:
        if pattern.search(text):
            return name
    return None

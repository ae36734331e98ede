"""Round-ups without headings: paragraphs that open with the show they are about.

Many outlets give each show of a list one paragraph and no heading. Three forms recur:

- the name, a dash and the text ("Tower of God - The hit series starts ..."), in any
  article where at least two paragraphs open that way with different names;
- in a list article, a paragraph that takes its turn ("Up first is X", "Third comes Y");
- in a list article (a preview, a top list, a round-up), the name as the subject of the
  paragraph's first sentence ("Vinland Saga is a Viking epic ...", "Exception, the
  original horror anime from Netflix, has ..."), when at least two paragraphs do so,
  each speaking of a show (anime, series, manga, film...), and fewer than two headings
  name shows already.

A news digest marks its items' names instead (``*X*``, ``「X」``, ``"X"``): three
paragraphs or list lines (or, failing that, sentences of one paragraph) whose first
sentence marks different shows make one. An image caption set as a heading under a
show's heading it repeats is dropped first (``without_captions``).

Each such paragraph becomes a heading (the name) and its text, so that ``segments.layout``
reads the article as a round-up. The paragraphs after one that name no other show stay
with it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from pipeline.extract.cued_leads import PROSE_ITEM_WORDS, cued_leads
from pipeline.extract.entry_lines import STREAM_TAIL
from pipeline.extract.heading_extras import without_category
from pipeline.extract.marked_leads import marked_leads, marks_enough, one_marked
from pipeline.extract.names import strip_parentheses
from pipeline.extract.profiles import CAST_TALK
from pipeline.extract.sentences import split_sentences
from pipeline.extract.show_headings import CAST_DASH
from pipeline.extract.song_headings import song_origin
from pipeline.extract.subject_leads import (
    APPOSED_LEAD,
    BULLET,
    Leads,
    dated_subject,
    distinct,
    names_a_show,
    subject_of,
)
from pipeline.extract.text import Block
from pipeline.extract.title_forms import ORDINALS

DASH_LEAD = re.compile(  # "X - The hit series ...", and a dash glued on: "X- In the era of ..."
    r"^(?P<title>[^;]{2,90}?)(?:\s+[-–—]\s+|(?<=[\w!?])-\s+(?=[A-Z]))(?P<rest>\S.*)$", re.S
)
COLON = re.compile(r":(?:\s|$)")
GROUP_END = re.compile(  # "Committed Series:", "Description (via Netflix):": no entry's title
    r"\b(?:Series|Shows|Titles|Anime|Picks|Sequels|Mentions)$|^(?i:description|synopsis|summary"
    r"|plot|story|premise|staff(?:\s+comments)?|cast|trailer|notes?|comments?|verdict|review)$"
)
_SUB_WORD = r"(?:[A-Z0-9][\w'’!?.&-]*|of|the|a|an|no|to|in|on|and)"
DASHED_SUBTITLE = re.compile(  # "X – Episode Y: A much-anticipated film": "Episode Y" is X's
    rf"^(?P<sub>[A-Z0-9][\w'’!?.&-]*(?:\s+{_SUB_WORD}){{0,6}}):\s+(?P<rest>[A-Z].*)$", re.S
)
IMAGE_NUMBER = re.compile(r"^\d{5,}\s*(?=[A-Z])")
CLAUSE_END = re.compile(r"[,.;(!?]")
LEAD_WORDS = 5  # what follows a dash lead is prose, not a "Character - Actor" pair
PROSE_WORDS = 12  # a list line led by a name and a colon is a paragraph with this many
SCHEDULE_WORDS = 8  # a streamer's schedule note after a dash is this short
SOMEONE_AFTER = re.compile(  # ", a shy boy", ", an ordinary girl from ..."
    r",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}(?:boy|girl|man|woman|student|teen(?:ager)?|kid|child"
    r"|prince|princess|knight|witch|wizard|hero|heroine)\b"
)
TURN_LEAD = re.compile(
    r"^(?:Up\s+first|First(?:\s+up)?|Next(?:\s+up)?|Then|After\s+that|Second|Third|Fourth|Fifth"
    r"|Last(?:ly)?|Finally)\b[^.]{0,90}?\b(?:is|comes|we\s+have|there's)\s+"
    r"(?:(?:the|a)\s+(?:(?P<n>second|third|fourth|fifth)|final|new)\s+(?:season|part)\s+of\s+"
    r"|Season\s+(?P<m>\d{1,2})\s+of\s+)?"
    r"(?P<q>[\"“])?(?P<title>[A-Z0-9][^\s,(\"”]*(?:\s+(?:[A-Z0-9&][^\s,(\"”]*|of|the|no|to|in|a|an"
    r"|and|wa|ga|x|on|de|ni|wo|o))*)(?(q),?[\"”](?:\s+Season\s+(?P<k>\d{1,2})\b)?)"
)
STOP_LEAD = re.compile(r"^(?P<title>[A-Z0-9][^.!?]{1,60}?[!?]?)\.\s+(?P<rest>[A-Z].*)$", re.S)
STOP_LEAD_WORDS = 6  # a name alone as a paragraph's first sentence is this short
STOP_LEADS = 3  # such paragraphs, naming different shows, before they are a preview's
CAPTION_LETTERS = 6  # a caption repeats a name of this many letters at least
DATED_LEADS = 3  # sentences led by a dated show's name before they make a preview
FIELD_LINE = re.compile(  # a preview's line of a show's facts: "Genres: Action | Studio: X"
    r"^(?:Genres?|Studios?|Premiere|Release\s+Date|Air(?:ing)?\s+Date|Source(?:\s+Material)?"
    r"|Episodes|Where\s+to\s+Watch|Presented\s+By)\s*:\s*\S",
    re.I,
)
SEASON_TAIL = re.compile(  # "X - Summer Anime Season 2017": the post's season after a dash
    r"\s+[-–—]\s+(?:Spring|Summer|Fall|Autumn|Winter)\b[^-–—]*$", re.I
)
FIELD_HEADINGS = 2  # title lines over field lines before they are headings
TITLE_LINE_WORDS = 20


def titled_paragraphs(
    blocks: list[Block], is_heading: Callable[[str], bool], *, listing: bool
) -> list[Block]:
    """``blocks`` with paragraphs that open with a show's name split into a heading (the
    name) and the paragraph's text; ``is_heading`` says whether a name reads as a show's
    heading."""
    leads = _song_leads(blocks) or _dash_leads(blocks, is_heading, least=2)
    headed = sum(1 for b in blocks if b.kind == "heading" and is_heading(b.text))
    if leads is None and listing and headed == 0:  # a cut list's one entry under its category
        leads = _dash_leads(blocks, is_heading, least=1, under_category=True)
    if leads is None and listing and headed < 2:  # shows under their own headings: no need
        leads = (
            _subject_leads(blocks)
            or _turn_leads(blocks)
            or _colon_leads(blocks, is_heading)
            or _stop_leads(blocks, is_heading)
        )
    if leads is None and listing and headed == 0:  # a cut list's first entry, the last
        leads = _colon_leads(blocks, is_heading, entries=1)  # paragraph: "X (Y): So, ..."
    if leads is None and headed < 2 and marks_enough(blocks):
        leads = marked_leads(blocks)
        sentences = _sentence_blocks(blocks)
        if leads is None and len(sentences) > len(blocks) and not one_marked(blocks):
            leads = marked_leads(sentences)  # a schedule in one paragraph
            blocks = sentences if leads else blocks
    if leads is None and listing and headed < 2:  # a preview's schedule told in prose
        sentences = _sentence_blocks(blocks)
        leads = _leads_by(sentences, dated_subject, least=DATED_LEADS)
        blocks = sentences if leads else blocks
    if leads is None and headed < 2:
        leads = cued_leads(
            blocks, lambda name, text: names_a_show(name, text, quoted=True), digest=listing
        )
    if leads is None:
        return blocks
    out: list[Block] = []
    for i, block in enumerate(blocks):
        if i in leads:
            title, rest = leads[i]
            out += [Block("heading", title), *([Block("para", rest)] if rest else [])]
        else:
            out.append(block)
    return out


def over_fields(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each short title line right above a show's field line ("THE
    REFLECTION - Summer Anime Season 2017" over "Genres: Action | Premiere: July 22 |
    Studio: Studio Deen") made the show's heading, when two or more stand that way."""
    found = [
        i
        for i, (block, below) in enumerate(itertools.pairwise(blocks))
        if FIELD_LINE.match(below.text)
        and _title_line(block.text)
        and not (i and blocks[i - 1].kind == "heading")  # a title line under its heading
    ]
    if len(found) < FIELD_HEADINGS:
        return blocks
    out = list(blocks)
    for i in found:
        out[i] = Block("heading", SEASON_TAIL.sub("", blocks[i].text).strip())
        out[i + 1] = Block("item", blocks[i + 1].text)  # a short field line read as a heading
    return out


def _title_line(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= TITLE_LINE_WORDS
        and not text.rstrip().endswith((".", ":", ","))
        and not FIELD_LINE.match(text)
        and text[:1].isupper()
    )


def without_captions(blocks: list[Block]) -> list[Block]:
    """``blocks`` without an image caption set as a heading right under a show's heading
    that it repeats ("Kaguya-sama (Season 3)" / "Miyuki and Kaguya from Kaguya-sama",
    "Komi Can't Communicate (Season 2)" / "komi cant communicate")."""
    kept: list[Block] = []
    for block in blocks:
        above = kept[-1] if kept else None
        if block.kind == "heading" and above is not None and above.kind == "heading":
            name = _letters(strip_parentheses(above.text))
            caption = _letters(block.text)
            if len(name) >= CAPTION_LETTERS and name in caption and caption != name:
                continue
            if len(caption) >= CAPTION_LETTERS and caption in name and block.text.islower():
                continue
        kept.append(block)
    return kept


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


ACTOR_NOTE = re.compile(r"(?:best\s+)?known\s+for\b|who\s+(?:voiced|played|voices|plays)\b", re.I)


def _dash_leads(
    blocks: list[Block],
    is_heading: Callable[[str], bool],
    *,
    least: int,
    under_category: bool = False,
) -> Leads | None:
    """Every lead names a different title; when all end in the same word they are labels or
    verdicts ("Eva: PASS - ..."), and one title again and again has a dash of its own
    ("X – The Movie"). ``under_category`` takes only a lead right under a heading that
    names no show ("NEW TO FUNIMATION FALL 2021")."""
    leads: Leads = {}
    for i, block in enumerate(blocks):
        above = blocks[i - 1] if i else None
        if under_category and not (
            above and above.kind == "heading" and not is_heading(above.text)
        ):
            continue
        text = BULLET.sub("", block.text).strip()
        match = DASH_LEAD.match(text)
        if block.kind == "heading" or match is None or not _prose(match["rest"]):
            continue
        if CAST_DASH.match(text) or ACTOR_NOTE.match(match["rest"]) or _under_cast(blocks, i):
            continue  # "Kōichi Hirose – Yuuki Kaji (Eren in ...)", "A – known for B in X", or
            # a list under "The other cast members are:": cast
        whole = APPOSED_LEAD.match(text)
        if whole and len(whole["title"]) > len(match["title"]):
            continue  # the dash is the title's own: "X: Y - Z (English), the sixth film"
        title, rest = match["title"].strip(), match["rest"]
        if subtitle := DASHED_SUBTITLE.match(rest):
            title = f"{title}{text[match.end('title') : match.start('rest')]}{subtitle['sub']}"
            rest = subtitle["rest"]
        if is_heading(title.rstrip("?")):  # "Is It Wrong ...?" too
            leads[i] = (title, rest)
    return leads if distinct([t for t, _ in leads.values()], least) else None


CAST_ANNOUNCED = re.compile(rf"{CAST_TALK}[^.!?]*:\s*$", re.I)


def _under_cast(blocks: list[Block], index: int) -> bool:
    """Whether a list item stands in a list a line announces as the cast ("The other cast
    members are:")."""
    if blocks[index].kind != "item":
        return False
    above = next((b for b in reversed(blocks[:index]) if b.kind != "item"), None)
    return above is not None and CAST_ANNOUNCED.search(above.text) is not None


def _prose(text: str) -> bool:
    """Running text, not a list line's "Studio – October 2" or a "Character - Actor" pair."""
    words = text.split()
    if len(words) <= SCHEDULE_WORDS and STREAM_TAIL.match(f" - {text}"):
        return False  # "X - Simulcast premiere October 3 (Sub and Dub)": a schedule line
    return len(words) >= LEAD_WORDS and sum(w[0].islower() for w in words) >= 2


def _song_leads(blocks: list[Block]) -> Leads | None:
    """A countdown of songs: ranked lines that credit a song and name its show ("Number 10:
    \"Song\" by Artist from Show.", "7 – \"Song\" by Artist (Show)"), two shows at least."""
    leads: Leads = {}
    for i, block in enumerate(blocks):
        ranked = BULLET.sub("", without_category(block.text))
        if block.kind != "heading" and ranked != block.text and (show := song_origin(ranked)):
            leads[i] = (show.strip(), ranked)
    return leads if distinct([t for t, _ in leads.values()], 2) else None


MARKED_WORD = re.compile(r"\w[/!☆♪×&]\w?|[a-z][A-Z]")  # no label's: "In/Spectre", "RobiHachi"


def _stop_leads(blocks: list[Block], is_heading: Callable[[str], bool]) -> Leads | None:
    """A blog's preview whose paragraphs open with the show's name as a sentence of its own
    ("Gosick.  I was hooked on this one ..."), when three or more name different shows."""
    leads: Leads = {}
    for i, block in enumerate(blocks):
        match = STOP_LEAD.match(block.text) if block.kind == "para" else None
        if match is None or len(match["title"].split()) > STOP_LEAD_WORDS:
            continue
        if _prose(match["rest"]) and is_heading(match["title"]):
            leads[i] = (match["title"], match["rest"])
    return leads if distinct([t for t, _ in leads.values()], STOP_LEADS) else None


def _colon_leads(
    blocks: list[Block], is_heading: Callable[[str], bool], entries: int = 2
) -> Leads | None:
    """In a list article, paragraphs led by a show's name and a colon ("Mob Kara: This one
    looks like ..."), each name different (a speaker's name leads several paragraphs);
    with ``entries`` 1, the one such paragraph a cut list ends on."""
    text = "\n".join(b.text for b in blocks)
    leads: Leads = {}
    run = False  # in a run of colon leads after an introduction ending in a colon
    for i, block in enumerate(blocks):
        if block.kind == "heading":
            continue
        run = i > 0 and (blocks[i - 1].text.endswith(":") or (i - 1 in leads and run))
        for colon in reversed([m.start() for m in COLON.finditer(block.text[:120])]):
            name, rest = block.text[:colon].strip(), block.text[colon + 1 :].strip()
            name = IMAGE_NUMBER.sub("", name)  # "18679 KILL la KILL: ...": an image's number
            subtitled = f"{name}: {CLAUSE_END.split(rest, maxsplit=1)[0]}"
            if text.count(subtitled) > 1:
                continue  # "X – The Movie: Reze Arc, the film ...": the title's own colon
            least = LEAD_WORDS if block.kind == "para" else PROSE_WORDS  # a list line's note
            below = blocks[i + 1].text if not rest and i + 1 < len(blocks) else rest  # "X:" alone
            below = "" if not rest and GROUP_END.search(strip_parentheses(name)) else below
            once = (  # a list's own entry, no common word ("Among:", "Hype:") that prose uses
                block.kind == "item" and text.count(f"{name}:") == 1 and name.lower() not in text
            )
            named = len(name.split()) > 1 or bool(MARKED_WORD.search(name)) or once  # "In/Spectre"
            named = named or run  # "... the three series are:" over "Gridman: An original ..."
            if len(below.split()) >= least and is_heading(name) and named:
                leads[i] = (name, rest)
                break
    if entries == 1 and not _last_entry(blocks, leads):
        return None
    return leads if distinct([t for t, _ in leads.values()], entries) else None


def _last_entry(blocks: list[Block], leads: Leads) -> bool:
    """One lead, on the last block, named there first and whole ("X (Y): So, ..."), not
    "A (Digimon Adventure: ...", a synopsis's "X: Two Heroes Synopsis:" nor a subtitle."""
    if list(leads) != [len(blocks) - 1]:
        return False
    name, rest = leads[len(blocks) - 1]
    earlier = any(name in b.text for b in blocks[:-1])
    subtitle = all(w[:1].isupper() for w in rest.split()[:2])  # "Dr. Stone: New World returns"
    return not earlier and not subtitle and name.count("(") == name.count(")")


def _subject_leads(blocks: list[Block]) -> Leads | None:
    return _leads_by(blocks, subject_of, sentences=True)


def _sentence_blocks(blocks: list[Block]) -> list[Block]:
    """``blocks`` with every paragraph cut into its sentences."""
    out: list[Block] = []
    for block in blocks:
        pieces = split_sentences(block.text) if block.kind == "para" else [block.text]
        out += [Block(block.kind, piece) for piece in pieces]
    return out


def _turn_leads(blocks: list[Block]) -> Leads | None:
    """Paragraphs that take their turn in a list ("Up first is X", "Next up is Y", "Third
    comes Z", "Last is W"), when at least two do so with different names."""
    return _leads_by(blocks, _turn_of)


def _leads_by(
    blocks: list[Block],
    read: Callable[[str, str], str | None],
    *,
    sentences: bool = False,
    least: int = 2,
) -> Leads | None:
    """The paragraphs ``read`` finds a show's name in (given the paragraph and the whole
    text), when at least two of them name different shows; with ``sentences``, a short
    last line that is a full sentence ("X will be a new anime series in 2018.") too."""
    text = "\n".join(b.text for b in blocks)
    leads: Leads = {}
    for i, block in enumerate(blocks):
        prose = (
            block.kind == "para"
            or (sentences and i == len(blocks) - 1 and block.text.endswith("."))
            or (
                block.kind == "item"
                and len(block.text.split()) >= PROSE_ITEM_WORDS
                and block.text.endswith((".", "!", "?"))
            )
        )  # a bullet of running prose ("• Girls' Last Tour follows two girls ...") too
        title = read(block.text, text) if prose else None
        if title:
            leads[i] = (title, block.text)
    return leads if distinct([t for t, _ in leads.values()], least) else None


def _turn_of(paragraph: str, text: str) -> str | None:
    """The show a paragraph says is next in the list ("Next up is the second season of X")."""
    match = TURN_LEAD.match(paragraph)
    if not match or not names_a_show(match["title"], text, quoted=bool(match["q"])):
        return None
    if SOMEONE_AFTER.match(paragraph, match.end()):
        return None  # "Next comes Komura, a shy boy who ...": a character, not a show
    number = ORDINALS.get((match["n"] or "").lower()) or match["m"] or match["k"]
    return f"{match['title']} Season {number}" if number else match["title"]

"""Article content (HTML or plain text) to structured text.

The result keeps what the extractor needs to read an article the way a person
does: headings, prose paragraphs and list lines (``Role: Name``, ``Character: Actor``),
in order. Boilerplate goes: scripts, embeds (iframes, tweets), figures and their
credits, share buttons, "Related" / "Also read" links and copyright lines.
Provenance lines ("Source: Comic Natalie") are kept apart from the content.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from itertools import groupby

from pipeline.extract.captions import without_caption
from pipeline.extract.html_reader import SPACES, BlockKind, Line, html_lines
from pipeline.extract.labels import FIELD_OF_LABEL, STAFF_FIELDS, label_of
from pipeline.extract.page_furniture import (
    BOILERPLATE,
    BYLINE,
    BYLINE_REACH,
    CLOSING,
    DATE_STAMP,
    DATELINE,
    NAME_STAMP,
    PROMPT,
    PROVENANCE,
    READ_TIME,
    SITE_END,
    SOURCE_VALUE,
    TEASER,
    TEASER_RUN,
    TWEET_SIGNATURE,
    WRITER_BIO,
    WRITER_BOX,
)
from pipeline.extract.table_rows import credit_row
from pipeline.extract.title_spans import positions
from pipeline.extract.wrapped_lines import SENTENCE_END, rejoined, semicolon_list, unwrapped


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of structure: a heading, a prose paragraph or a list line."""

    kind: BlockKind
    text: str


@dataclass(frozen=True, slots=True)
class Document:
    """An article's content as blocks, with its provenance lines and emphasised phrases."""

    blocks: tuple[Block, ...]
    provenance: tuple[str, ...] = ()  # "Comic Natalie" from "Source: Comic Natalie"
    emphasis: tuple[str, ...] = ()  # phrases set in <em>, <i>, <strong>, <b>


HTML_TAG = re.compile(
    r"</?(?:p|div|br|ul|ol|li|h[1-6]|strong|em|b|i|a|span|figure|img|table|tr|td|th|blockquote"
    r"|section|article|iframe|script|html|body|dl|dt|dd)\b[^<>]*>",
    re.I,
)
BLOCK_TAG = re.compile(r"<(?:p|div|br|ul|ol|li|h[1-6]|table|tr|blockquote|section|article)\b", re.I)
INLINE_TAG = re.compile(r"</?(?:span|strong|em|b|i|a)\b[^<>]*>", re.I)


def to_document(content: str, headline: str = "") -> Document:
    """Structured text of ``content``, which may be HTML or plain text, under ``headline``."""
    if HTML_TAG.search(content) and (BLOCK_TAG.search(content) or "\n\n" not in content):
        lines, emphasis = html_lines(content, _looks_like_heading)
    else:  # plain text, perhaps with a stray inline tag ('<span class="fr-mk">&nbsp;</span>')
        lines, emphasis = _text_lines(html.unescape(INLINE_TAG.sub("", content))), []
    return _assemble(lines, emphasis, " ".join(headline.split()).casefold())


def _assemble(lines: list[Line], emphasis: list[str], headline: str) -> Document:
    blocks: list[Block] = []
    provenance: list[str] = []
    for line in lines:
        text = DATELINE.sub("", GLUED.sub(". ", SPACES.sub(" ", line.text)).strip())
        text = PADDED_QUOTE.sub(r'"\1"', text) if '" ' in text else text
        text = PADDED_BRACKET.sub(r"(\1)", text) if "( " in text else text
        text = TWEET_SIGNATURE.sub(r"\g<handle>", text) if "(@" in text else text  # its date
        if not any(c.isalnum() for c in text) or IMAGE_PATH.match(text):
            continue  # a rule of dashes or stars between the byline and the text, a picture's path
        if CLOSING.match(text) or (len(blocks) > BYLINE_REACH and WRITER_BOX.match(text)):
            break  # ... or the writer's box under the text: "Written by" over a name
        source = PROVENANCE.match(text)
        short = len(text.split()) <= 8 or SITE_END.found(text)  # "Source: X's official website"
        if source and short and not SOURCE_VALUE.match(source.group("who")):
            provenance.append(source.group("who").strip())
        elif READ_TIME.match(text):
            if len(blocks) <= BYLINE_REACH:  # a blog's byline above "14 min read"
                copies = [b for b in blocks if b.text.casefold() == headline]
                blocks[:] = copies[:1] or blocks[:1]  # not its site's name and motto above
        elif not (
            BOILERPLATE.match(text)
            or PROMPT.found(text)
            or DATE_STAMP.match(text)
            or NAME_STAMP.match(text)
            or WRITER_BIO.match(text)
        ):
            kept = without_caption(text)
            if kept:
                blocks.append(Block(line.kind, credit_row(kept)))
    return Document(
        tuple(_without_teasers(blocks)), tuple(provenance), tuple(dict.fromkeys(emphasis))
    )


def _without_teasers(blocks: list[Block]) -> list[Block]:
    """``blocks`` without runs of other articles' cut-off excerpts ("A new series of the
    gag anime "X" is going to be produced in…"), a related-articles list."""
    keep: list[Block] = []
    for is_cut, group in groupby(blocks, key=lambda b: bool(TEASER.search(b.text))):
        run = list(group)
        if not (is_cut and len(run) >= TEASER_RUN):
            keep.extend(run)
    return keep


# ── plain text ────────────────────────────────────────────────────────────────

GLUED = re.compile(  # "(Afro Samurai).The anime" lost a space; "takt op.Destiny" did not
    r"(?:(?<=[a-z]{3})|(?<=[)\]]))\.(?=[A-Z][a-z]{2,})"
)
# a lost link's spaces inside its quotation marks or brackets: '" X "', "( Y )"
PADDED_QUOTE = re.compile(r'(?:(?<=\s)|^)" ([^"\n]{1,80}?) "(?=[\s.,;:!?)]|$)')
PADDED_BRACKET = re.compile(r"\( ([^()\n]{1,80}?) \)")
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
TERMINAL = re.compile(
    r"[.,;:][\"”’')\]]*$|(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bSt)(?<!\bNo)(?<!\bVol)(?<!\bdir)\.\s"
)
LINE_END = re.compile(r"[.,;:][\"”’')\]]*$")
NUMBERED_WORDS = 5
SPOKEN = re.compile(  # "Come on, it's X, that's reason enough!": a sentence, not a heading
    r",.*\b(?:it|that|there|here|what|you|we|they)['’](?:s|re|ve|ll)\b|\b(?:it|that)['’]s\b.*,",
    re.I,
)


GLUED_DASH = re.compile(r"^-(?=[A-Z])")
IMAGE_PATH = re.compile(r"^(?:\S*/)?[\w.-]+\.(?:jpe?g|png|gif|webp)\)?$", re.I)  # "21126-x.jpg" too
GLUED_CAPTION = re.compile(r"^(?P<a>\S.{1,80}?)(?=\d{1,2}\.\s+(?P=a))")
GLUED_RANK = re.compile(r"^\d{4,7}(?P<n>\d)\.\s+(?=[A-Z])")
SCREENSHOT = re.compile(  # an image's file name glued before a line: "Screen Shot 2014-06-04 at
    r"^Screen\s?[Ss]hot\s+\d{4}-\d{2}-\d{2}\s+at\s+\d{1,2}\.\d{2}\.\d{2}\s*(?:[AP]M)?\s*"
)  # 5.26.47 PM10: Kaiji"
RANK_ALONE = re.compile(r"^\d{1,2}[.)]?$")


def _ranked_line(rows: list[str]) -> list[str]:
    """A list's rank on a line of its own above the entry's name ("1" over "Just Because!")
    as one numbered line, "1. Just Because!"."""
    if len(rows) == 2 and RANK_ALONE.match(rows[0]):
        return [f"{rows[0].rstrip('.)')}. {rows[1]}"]
    return rows


def _labels_joined(rows: list[str]) -> list[str]:
    """A fact box's label on a line of its own above the value ("Animation Production" over
    "J.C. Staff", "Airing Date:" over "October 2021") as one "Label: value" line."""
    out: list[str] = []
    for row in rows:
        label = out[-1].removesuffix(":").strip() if out else ""
        if FIELD_OF_LABEL.get(label.lower()) in JOINED_FIELDS and _bare_value(row):
            out[-1] = f"{label}: {row}"
        else:
            out.append(row)
    return out


def _bare_value(row: str) -> bool:
    return 0 < len(row.split()) <= VALUE_WORDS and ":" not in row and not row.endswith(".")


def _rows(paragraph: str) -> list[str]:
    return [r.strip() for r in paragraph.split("\n") if r.strip()]


INLINE_BULLET = re.compile(r"(?<=\S)[ \t]+\*[ \t]+(?=\*[^*\s])")  # "... shows. * *X*: ..."
INLINE_BULLETS = 2  # a wiki page's list run into one line: its items go on lines of their own


def _text_lines(content: str) -> list[Line]:
    if len(INLINE_BULLET.findall(content)) >= INLINE_BULLETS:
        content = INLINE_BULLET.sub("\n\n* ", content)
    lines: list[Line] = []
    paragraphs = unwrapped(
        semicolon_list(
            [
                _ranked_line(
                    _labels_joined(rejoined([r for r in _rows(p) if not IMAGE_PATH.match(r)]))
                )
                for p in PARAGRAPH_BREAK.split(content.replace("\r\n", "\n"))
            ]
        )
    )
    lone_heads: list[int] = []  # "• X" lines alone in their paragraphs, over X's paragraphs
    for number, rows in enumerate(paragraphs):
        for index, row in enumerate(rows):
            row = GLUED_DASH.sub("", row)  # "-Girl's Last Tour": a blog's entry, its dash glued on
            row = GLUED_RANK.sub(r"\g<n>. ", SCREENSHOT.sub("", row))  # "445941. X": an image's
            # number, then rank 1
            row = GLUED_CAPTION.sub("", row)  # "X20. X (July 10)": the picture's caption, glued
            kind = _text_kind(row, index, len(rows))
            if index + 1 < len(rows) and _named_below(row, rows[index + 1]):
                kind, row = "heading", row[:-1].rstrip()  # "Accel World EX:" over its text
            if kind == "heading" and len(rows) > 1 and _announces(paragraphs, number):
                kind = "item"  # the first line of a list its paragraph above announces ("...:")
            if kind == "heading" and len(rows) > 1 and all(ENUMERATION.match(r) for r in rows):
                kind = "item"  # "1. X" over "2. Y": the first line of a numbered list
            bullet = BULLET.match(row)
            if bullet:  # "• Tora: Rikiya Koyama" is a list line, without its mark
                kind, row = "item", BULLET.sub("", row)
            lone = bool(bullet) and len(rows) == 1  # "• X" over its own paragraphs
            after = rows[index + 1] if index + 1 < len(rows) else ""
            alone = ENUMERATION.match(row) and not (index and ENUMERATION.match(rows[index - 1]))
            alone = alone or lone
            if not after and alone:  # "10. X" closing a paragraph over X's text, not a list's
                after = next((p[0] for p in paragraphs[number + 1 :] if p), "")
            before = rows[index - 1] if index else ""
            record = kind != "heading" and after and _opens_record(before, row, after)
            field_above = _field_line(before) and not CREDIT.match(before)
            heads = _heads_prose(row, after) or (
                lone and len(lone_heads) >= 2 and _looks_like_heading(row)
            )  # the last "• X" of a cut page may stand over a short, cut line
            news = kind == "item" and heads and not field_above
            if lone and news:
                lone_heads.append(len(lines))
            if record or news:
                kind = "heading"
            lines.append(Line(kind, row))
    if len(lone_heads) < 2:  # one "- Promo image of X" over the text: a caption, no list
        lines = [Line("item", ln.text) if i in lone_heads else ln for i, ln in enumerate(lines)]
    return lines


def _opens_record(previous: str, row: str, following: str) -> bool:
    """A short title-like line right above a field line ("Studio: Drive") names the show
    the fields describe, as in a plain-text preview's "Africa Salaryman / Studio: ...",
    unless it sits inside a block of field lines itself."""
    below = label_of(following)
    if below is None or below.field is None or BULLET.match(row):
        return False
    above = label_of(previous) if previous else None
    own = label_of(row)
    if above is not None and (above.field is not None or own is not None):
        return False  # a line of a block of "Label: value" lines ("Sound Effects: X")
    if own is not None and BYLINE.match(own.label):
        return False  # "Presented By: X" above a record's fields is its writer
    return (own is None or own.field is None) and _looks_like_heading(row)


def _named_below(row: str, following: str) -> bool:
    """A short title-like line ending in a colon that the line below opens with and names
    again ("Accel World EX:" over "Accel World got an OVA ... called Accel World EX."): a
    blog's heading, set off by its colon, not a label ("Cast:") or a list's lead-in."""
    name = row[:-1].rstrip() if row.endswith(":") else ""
    words = name.split()
    return (
        0 < len(words) <= HEADING_NAME_WORDS
        and _looks_like_heading(name)
        and sum(w[:1].isupper() or w[:1].isdigit() for w in words) * 2 > len(words)
        and following.startswith(words[0])
        and next(positions(name, following), None) is not None
    )


def _heads_prose(row: str, following: str) -> bool:
    """A short title-case line right above a long prose line, inside a block of lines: a
    news item's headline over its text ("X Season 3: New Trailer and Staff Revealed")."""
    if len(following.split()) < PROSE_LINE or not _looks_like_heading(row):
        return False
    if _field_line(row) and row not in following:  # "Regalia: The Three Sacred Stars" over
        return False  # text that names it again is a title, not a field
    title = re.split(r"\s[–—]\s", row, maxsplit=1)[0]  # "X (Studio) – chief dir. Y": X's line
    words = [w for w in title.split() if w[:1].isalpha() and len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) >= 0.75


def _field_line(row: str) -> bool:
    """ "Territories: North America", "Airtime in Japan: Wednesdays at 25:34": a field."""
    left, colon, _ = row.partition(": ")
    words = len(left.split())  # a field's name is short, not a sentence naming "X: Y"
    named = words == 1 or left[:1].islower() or " in " in left
    return bool(colon) and words <= FIELD_NAME_WORDS and named


def _announces(paragraphs: list[list[str]], number: int) -> bool:
    """Whether the paragraph above paragraph ``number`` ends by announcing a list ("...
    this summer:")."""
    last = next((paragraphs[i][-1] for i in range(number - 1, -1, -1) if paragraphs[i]), "")
    return last.endswith(":") and len(last.split()) > LABEL_WORDS


def _text_kind(row: str, index: int, count: int) -> BlockKind:
    if index == 0 and _looks_like_heading(row) and not (count > 1 and LIST_SHAPE.search(row)):
        return "heading"
    if count > 1 and len(row.split()) >= PROSE_LINE and SENTENCE_END.search(row):
        return "para"  # a paragraph of running text kept on its own line, not a list line
    return "item" if count > 1 else "para"


NUMBERING = (  # "#1 ", "#1 – ", "5 )", "10 – ", "9 (tie). ", "■", "❀"
    r"#\d{1,2}(?:\s+[–—-])?[.):]?\s|\d{1,2}\s?\((?:tie|tied|T)\)[.:]?\s|\d{1,2}\s?[.)]|\d{1,2}\s+[–—]\s"
    r"|\d{1,2}:\s(?=[A-Z])"  # "10: Kaiji"
    r"|\d{1,2}(?:st|nd|rd|th)\s+[Pp]lace\s*[–—:-]\s"  # "10th place – X"
    r"|[■●◆•#❀✿★☆❄︎]+"
)
ENUMERATION = re.compile(rf"^\s*(?:{NUMBERING})\s*")


BULLET = re.compile(r"^\s*(?:[•*\-–·]|[-–—=]+>|→)\s")  # "• X", "–> X"
CREDIT = re.compile(r"^(?:Source|Image|Photo|Credit)s?\s*:", re.I)  # a picture's credit line
LABEL_WORDS = 3  # a line ending in a colon longer than a label's ("Cast:") announces a list
FIELD_NAME_WORDS = 5  # "Airtime in Japan": a field's name is this short
VALUE_WORDS = 6  # a name or two under a staff box's role line
JOINED_FIELDS = STAFF_FIELDS | {"premiere", "broadcasters", "streaming", "episodes"}
HEADING_NAME_WORDS = 8  # "Boku wa Tomodachi ga Sukunai:": a title set off by a colon
PROSE_LINE = 20  # words of a line of running text under a news item's headline
GLOSS_END = re.compile(r"\s*\([^()]{1,120}\)$")
LIST_SHAPE = re.compile(r"\S\s*(?::|\s[—–])\s+\S")


def _looks_like_heading(row: str) -> bool:
    if BULLET.match(row):
        return False
    numbered = ENUMERATION.match(row) is not None
    row = ENUMERATION.sub("", row)
    core = GLOSS_END.sub("", row)  # "X (The English Title)": the gloss is no length
    words = core.split()
    # a short numbered line may hold a period inside its title ("#1 – Aldnoah. Zero")
    ends = LINE_END if numbered and len(words) <= NUMBERED_WORDS else TERMINAL
    return (
        0 < len(words) <= 16
        and len(core) <= 120
        and not ends.search(row)
        and not SPOKEN.search(row)
    )

"""The page's own copies of the headline, which are no part of the article's text, and
image captions that write the headline's show, which make no round-up."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.core.models import Article
from pipeline.extract.candidate_filters import is_company, is_generic
from pipeline.extract.headline_reading import headline_base
from pipeline.extract.segments import Layout, Segment
from pipeline.extract.song_headings import song_section
from pipeline.extract.text import Block, Document
from pipeline.extract.title_spans import occurs_in
from pipeline.extract.titles import from_evidence

STRAIGHT_QUOTES = str.maketrans("‘’“”", "''\"\"")
FURNITURE_REACH = 4  # blocks above the page's own headline line that are its navigation
NEWS_VERB = re.compile(
    r"\b(?:Previews|Reveals|Announces|Unveils|Gets|Sets|Streams|Adds|Casts|Confirms|Teases"
    r"|Shares|Performs|Sings|Releases|Launches)\b"
)
CAPTION_WORD = re.compile(r"\b(?:Key\s+(?:Art|Visual)|Visual|Poster|Still|Screenshot|Image)\b")
CORE = re.compile(r"^(?:The\s+)?(?P<core>.+?)(?:\s+Season\s+\d+)?$")
CAPTION_WORDS = 8  # a line this short may be a picture's caption, not the text
SECTIONS_NAMING = 2  # sections that write the headline's show: one show's article
CUT_COPY_WORDS = 4  # a heading that starts the headline with this many words is its cut copy
ABOVE_PROSE = 40  # words of a paragraph above the headline's copy that is the article's own


def without_headline(document: Document, article: Article) -> Document:
    """``document`` without the page's copies of the headline (a title line, one with the
    site's name after a bar or a dash, "X! | Anime News | Site", "X - Mania.com", a breadcrumb,
    its part before a colon or its cut news clause as a heading near the top) and without
    the page furniture above the first copy near the top ("News Reporting")."""
    headline = _plain(article.title or "")
    if not headline:
        return document
    lead = headline.split(": ", 1)[0] if ": " in headline else None  # "X Archive: Nov 13-19"
    plain = [_plain(b.text) for b in document.blocks]
    copies = [
        i
        for i, b in enumerate(document.blocks)
        if plain[i].removeprefix("home ").strip() == headline
        or (i < FURNITURE_REACH and plain[i].startswith((f"{headline} | ", f"{headline} - ")))
        or (i < FURNITURE_REACH and b.kind == "heading" and plain[i] == lead)
        or (i < FURNITURE_REACH and b.kind == "heading" and _cut_copy(b.text, headline))
    ]
    top = copies[0] if copies and copies[0] < FURNITURE_REACH else -1
    kept = tuple(
        _unglued(b, (article.title or "").strip()) if i < FURNITURE_REACH else b
        for i, b in enumerate(document.blocks)
        if (i > top or len(b.text.split()) >= ABOVE_PROSE) and i not in copies
    )  # a long paragraph above the copy is the article's text, set before its headline
    return replace(document, blocks=kept)


def _unglued(block: Block, title: str) -> Block:
    """``block`` without a copy of the headline glued to its first word ("... in January
    2023Tomo-chan is a Girl!, the popular manga"): the page's title line run into the text."""
    glued = block.text.startswith(title) and block.text[len(title) : len(title) + 1].isalnum()
    return replace(block, text=block.text[len(title) :]) if glued else block


def _plain(text: str) -> str:
    """``text`` folded for comparing copies: case, spacing and curly quotes set aside."""
    return " ".join(text.translate(STRAIGHT_QUOTES).split()).casefold()


def _cut_copy(text: str, headline: str) -> bool:
    """ "Ayana Taketatsu Previews Winter 2023 TV Anime" over the headline that goes on
    "... The Tale of the Outcasts Opening Theme": the page's copy, cut."""
    folded = _plain(text)
    if len(folded.split()) < CUT_COPY_WORDS or not NEWS_VERB.search(text):
        return False  # "Anime Tenchou x Touhou Project": a show's own heading
    return headline.startswith(f"{folded} ")


def one_show_captions(parts: Layout, headline: str | None, *, listing: bool) -> Layout:
    """One show's article whose headings all write the headline's show among other words,
    image captions such as "Emma Promised Neverland" and "Promised Neverland Key Art Emma
    Norman and Ray": not a round-up, when a heading has a caption's words or a name first."""
    if listing or not parts.roundup or not headline:
        return parts
    reading = headline_base(headline, "\n".join(u.text for u in parts.units), ())
    match = CORE.match(reading or "")  # "The X Season 2": X
    core = match.group("core").casefold() if match else ""
    headings = [(s.heading or "").casefold() for s in parts.shows]
    if len(core.split()) < 2 or not all(core in h and h != core for h in headings):
        return parts
    if not any(
        CAPTION_WORD.search(s.heading or "") or not h.startswith(core)
        for s, h in zip(parts.shows, headings, strict=True)
    ):
        return parts
    return _one_show(parts)


CAST_LINE = re.compile(  # "A as B (vocalist)", the scraped "as B (role) A as C", "Group:"
    r"^(?:as\s[^\n]{2,60}?\s)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}\s+as\s+[^\n]{1,60}$"
    r"|^[^\n:]{2,40}:$"
)


def one_show_sections(parts: Layout, headline: str | None, *, listing: bool) -> Layout:
    """One show's article cut by section headings ("Star-Studded Cast and Crew", "Mystery
    Meets the Ordinary"): not a round-up when the text never writes a heading again but
    writes the headline's show under two of them or more."""
    if listing or not parts.roundup or not headline or len(parts.shows) < 2:
        return parts
    if all(song_section(s.heading or "", s.units[0].text if s.units else "") for s in parts.shows):
        return _one_show(parts)  # a single's track list and videos: the headline's show
    if _cast_groups(parts.shows):
        return _one_show(parts)  # a cast grouped by band or team: one show's cast
    text = "\n".join(u.text for u in parts.units)
    prose = "\n".join(u.text for u in parts.units if len(u.text.split()) > CAPTION_WORDS)
    reading = headline_base(headline, text, ())
    if not reading or is_generic(reading):
        return parts
    own = reading.casefold()  # "Orange TV Anime adaptation" under "ORANGE TV Anime ...": its own
    if any(
        occurs_in(s.heading, prose) and not s.heading.casefold().startswith(own)
        for s in parts.shows
        if s.heading
    ):
        return parts  # a show's heading whose text names it again (not in a caption)
    short = reading.split(": ")[0]  # "Bleach" of "Bleach: Thousand-Year Blood War"
    names = (reading, short) if short != reading and not is_generic(short) else (reading,)
    under = sum(
        1
        for s in (parts.intro, *parts.shows)  # the lead above the first heading counts too
        if any(occurs_in(n, f"{s.heading or ''}\n{s.text}") for n in names)
    )
    return _one_show(parts) if under >= SECTIONS_NAMING else parts


def _cast_groups(sections: tuple[Segment, ...]) -> bool:
    """Sections that open with cast lines, all but the last holding nothing else ("Band A"
    over "X as Y" lines): the groups of one show's cast, not shows."""
    if not all(s.units and CAST_LINE.match(s.units[0].text) for s in sections):
        return False
    whole = sum(1 for s in sections if all(CAST_LINE.match(u.text) for u in s.units))
    return whole >= len(sections) - 1


def _one_show(parts: Layout) -> Layout:
    return Layout(Segment(None, ()), (Segment(None, parts.units),), roundup=False)


INTRO_WORDS = 12  # words above the first heading that make a post of their own


def headline_post(parts: Layout, headline: str | None, *, listing: bool) -> Layout:
    """A blog's day page, its headline the first post's: the text above the first heading
    is that post, about the show the headline names and no heading names again."""
    intro = "\n".join(u.text for u in parts.intro.units)
    if listing or not parts.roundup or not headline or len(intro.split()) < INTRO_WORDS:
        return parts
    reading = from_evidence(headline, intro, ())[0].title
    if not reading or len(reading.split()) < 2 or not occurs_in(reading, intro):
        return parts  # not "Brief" of "Brief early impressions of ..."
    if is_generic(reading) or is_company(reading):
        return parts
    head = " ".join(reading.casefold().split()[:2])  # "Maquia: When ..." under "Maquia: ..."
    if any(head in " ".join((s.heading or "").casefold().split()) for s in parts.shows):
        return parts
    return replace(
        parts, intro=Segment(None, ()), shows=(Segment(reading, parts.intro.units), *parts.shows)
    )

"""The shows an article names beside its headline and headings: one per list line, in an
enumeration that says its items are shows, or in a list article's running text; and
each listed show's own sentences.
"""

from __future__ import annotations

import re

from pipeline.extract.enumerations import titles_enumerated
from pipeline.extract.headline_kind import LISTING_HEADLINE
from pipeline.extract.lineup import (
    ENUMERATED,
    titles_by_kind,
    titles_in_lists,
    titles_in_prose,
    titles_set_in,
)
from pipeline.extract.names import fold
from pipeline.extract.near_spellings import misspelt
from pipeline.extract.picks import titles_picked
from pipeline.extract.segments import Layout, Segment, Unit
from pipeline.extract.title_forms import SEQUEL, Titles

Named = tuple[Segment, Titles, float]  # a show's text, its titles, and how sure the title is
IN_PROSE = 0.6  # named in a list article's running text ("including A, B, and C")
NOTED_SEASON = re.compile(r"^(?P<base>.+) Season \d{1,2}$")
LINE_LEAD = 12  # characters a list line may give before its title ("10/2 Gintama")
SEASON_YEAR = re.compile(
    r"\b(?:Spring|Summer|Fall|Autumn|Winter)\s+(?:Anime\s+)?(?:Season\s+)?(?:\d{4}\b|['’]\d{2}(?!\w))",
    re.I,
)


def with_listed(
    named: list[Named], parts: Layout, *, listing: bool, picks: bool = False
) -> list[Named]:
    """``named`` with the shows the article lists one per line or, in a list article, in
    running text; a headline or heading that only names the list is no show then."""
    units = parts.units
    listed = [t for t in titles_in_lists(units, listing=listing) if len(t) > 1]  # not a cut "L"
    if listed and not parts.roundup:  # a list of shows: the headline names the list
        named = [n for n in named if n[1].title and _in_list(n[1].title, listed)]
    elif listed:  # a heading over a list of shows is a category ("Sequels Returning"), not
        named = [n for n in named if not _category(n[0])]  # a show whose text ends in one
    named = [*named, *unnamed(listed, named, lines=units)]
    enumerated = unnamed(titles_enumerated(units), named, within=True)
    if enumerated and not parts.roundup:
        named, enumerated = _beside_enumerated(named, enumerated, parts.shows[0])
    elif enumerated:  # a round-up's section that enumerates shows: "X Announces Fall Shows"
        named, enumerated = _sections_enumerating(named, enumerated)
    named = [*named, *enumerated]
    if not (listing or parts.roundup):
        return named
    prose = titles_in_prose(units)
    kinds = titles_by_kind(parts.intro.units if parts.roundup else units)
    kinds += [] if parts.roundup else titles_set_in(units)
    picked = titles_picked(units) if picks and not parts.roundup else []
    named = [n for n in named if not any(_overlaps(n[1].title, p) for p in picked)]
    kinds += picked
    in_prose = unnamed([*prose, *(t for t in kinds if t not in prose)], named, within=True)
    if in_prose and not parts.roundup:  # the headline names the list, not a show
        named = [n for n in named if not _names_the_list(n[1].title)]
    return [*named, *in_prose]


def _category(segment: Segment) -> bool:
    """A heading right over a list of three shows or more: the list's category."""
    first = segment.units[0] if segment.units else None
    return bool(first and first.is_item) and len(titles_in_lists(segment.units, listing=True)) >= 3


def _beside_enumerated(
    named: list[Named], enumerated: list[Named], segment: Segment
) -> tuple[list[Named], list[Named]]:
    """The named shows an enumeration leaves standing (not a name the body never writes,
    such as the headline's "First Look at the Slate", nor a short form of an enumerated
    title), and each enumerated show with the sentences that name it alone (not the
    enumeration's own sentence)."""
    body = f" {fold(segment.text)} "
    fuller = [fold(t.title or "") for _, t, _ in enumerated]
    kept = [
        n
        for n in named
        if n[1].title
        and f" {fold(SEQUEL.sub('', n[1].title).strip())} " in body  # "X Season 2": X
        and not any(f.startswith(f"{fold(n[1].title)} ") for f in fuller)
    ]
    titles = tuple(t.title or "" for _, t, _ in enumerated)
    single = tuple(u for u in segment.units if sum(t in u.text for t in titles) < 2)
    own = about_each(Segment(None, single), titles, lead=False)
    return kept, [(own[t.title or ""], t, sure) for _, t, sure in enumerated]


def _sections_enumerating(
    named: list[Named], enumerated: list[Named]
) -> tuple[list[Named], list[Named]]:
    """Each round-up section whose text enumerates shows stands for them, as a one-show
    article's body does (``_beside_enumerated``); other sections and shows stay."""
    kept: list[Named] = []
    for n in named:
        inside = [e for e in enumerated if (e[1].title or "\0") in n[0].text]
        if len(inside) < ENUMERATED:
            kept.append(n)
            continue
        left, own = _beside_enumerated([n], inside, n[0])
        enumerated = [*(e for e in enumerated if e not in inside), *own]
        kept.extend(left)
    return kept, enumerated


def unnamed(
    listed: list[str], named: list[Named], *, within: bool = False, lines: tuple[Unit, ...] = ()
) -> list[Named]:
    """The listed shows not already named, each with its own list line among ``lines``
    ("Bakuman – J.C. Staff – October 2") or no text of its own (the article's framing,
    its season and service, is all it says of them); ``within`` also leaves out a title
    that is part of a named one (prose names a show more loosely than a list)."""
    known = {fold(n) for _, titles, _ in named for n in (titles.title or "", *titles.alt_titles)}
    found: list[Named] = []
    for title in listed:
        key = fold(title)
        if key in known or (within and any(key in k for k in known if k)):
            continue
        if any(misspelt(key, k) for k in known):
            continue  # the list's slip for a named show
        known.add(key)
        noted = NOTED_SEASON.match(title)  # "X (Season 3)" is "X Season 3", written "X"
        written = noted["base"] if noted else title
        own = next((u for u in lines if u.is_item and 0 <= u.text.find(written) <= LINE_LEAD), None)
        titles = Titles(title, (written,) if noted else ())
        found.append((Segment(title, (own,) if own else ()), titles, IN_PROSE))
    return found


def _overlaps(title: str | None, other: str) -> bool:
    """ "A and B" or "A" beside "A: Subtitle": two readings of one name that differ."""
    a, b = fold(title or ""), fold(other)
    return a != b and bool(a) and (a in b or b in a)


def _in_list(title: str, listed: list[str]) -> bool:
    return any(fold(title) in fold(t) for t in listed)


def _names_the_list(title: str | None) -> bool:
    """ "Lineup: A, B & More", "What Will I Watch? Summer 2016": the list's own name."""
    return title is None or bool(LISTING_HEADLINE.search(title) or SEASON_YEAR.search(title))


def about_each(
    segment: Segment, titles: tuple[str, ...], *, lead: bool = True
) -> dict[str, Segment]:
    """Each listed show's sentences: those that name it, and those after them that name no
    other listed show ("The film opened on July 20" follows the line that named it); the
    text before any name is about the headline's first show (with ``lead``)."""
    units: dict[str, list[Unit]] = {t: [] for t in titles}
    current: str | None = titles[0] if lead else None
    for unit in segment.units:
        named = sorted((unit.text.find(t), t) for t in titles if t in unit.text)
        for _, title in named:
            units[title].append(unit)
        if named:
            current = named[0][1] if len(named) == 1 else None
        elif current is not None:
            units[current].append(unit)
    return {t: Segment(t, tuple(found)) for t, found in units.items()}

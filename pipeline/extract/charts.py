"""A box-office chart's entries and each entry's sentences.

A chart article ("A Rises to #2, B Opens at #4 in Japan") names its entries twice: in
the headline, each with its place, and in the body, where a paragraph opens with the
entry and its move ("X, the second film of the franchise, moved up from #9 to #7").
The entries are those of the headline, with the body's fuller form of the one at the
same place ("1st Haikyu!! Final Film Returns to #1" and "Haikyu!! the Movie: ...
climbed from #2 to #1"), and the body's other entries. A sentence belongs to the entry
it names; one that names none belongs to the entry whose place it gives, the first time
that place comes ("The sequel film opened at #4 on Friday"), and otherwise to the entry
before it, up to a live-action film's move. Live-action entries are left out. A report
headed only "Japanese Box Office, <dates>" is read from its body's entries alone, and a
subheadline that lists entries with their places ("A, B films open at #9, #10") adds
them.
"""

from __future__ import annotations

import re

from pipeline.extract.headline_lists import (
    ASIDE,
    ENTRY_LEAD,
    RANKED,
    clauses_of,
    live_action,
    longest_in,
    trimmed_entry,
)
from pipeline.extract.headline_reading import could_be_title
from pipeline.extract.segments import Segment, Unit
from pipeline.extract.sentences import split_sentences
from pipeline.extract.subject_leads import LIVE_ACTION

_AT = r"(?:#\s?|No\.\s?)"  # "#2", or "No. 2" in older reports
PLACE = re.compile(rf"{_AT}(\d+)")
MOVE = re.compile(  # "moved up from #9 to #7", "opened at #4", "placed #5", "came in at #6"
    r"\s(?:(?:also\s+)?(?:opened|debuted|placed|ranked|took|came\s+in|moved(?:\s+(?:up|down|back))?"
    r"|climbed|rose|fell|dropped|slipped|stayed|remained|held|returned|jumped|dipped|sank|slid"
    r"|entered|landed|finished|stood))\b[^.#]{0,50}?"
    rf"{_AT}(\d+)(?:\s+to\s+{_AT}(\d+))?"
)
SUBJECT = re.compile(  # "In its first weekend, the anime film X (Y), the Nth ..., <move>"
    r"^(?:(?:In|During|Over)\s+its\s+[^,]{3,40},\s+)?(?:[Tt]he\s+(?:new\s+)?(?:anime\s+)?"
    r"(?:film|movie)\s+|[Tt]he\s+(?=[A-Z][^,;]*?\s(?:anime\s+)?(?:film|movie)\b))?"
    r"(?:(?:[A-Z][\w.-]*\s+(?:and\s+)?){0,4}[A-Z][\w.-]*['’]s\s+"
    r"(?:\([^()]{2,80}\)\s+)?|(?:[A-Z][\w.-]*\s+){1,4}(?:franchise|series)['’]s\s+"
    r"(?:new\s+|latest\s+)?(?:anime\s+)?(?:film|movie)\s+)?(?:CG-animated\s+)?"  # "X's (Works) Y"
    r"(?P<t>[^\W_][^,;()]{1,110}?)\s?(?:\([^()]{2,160}\))?"  # "Ōkami Kodomo ..." too
    r"(?:\s+(?:anime\s+)?(?:film|movie))?"
    r"(?:,\s+(?:the|a|an|this|its|[\w-]+['’]s)\s+[^#]{3,200}?,)?$"  # ", this year's X film,"
)
_ADAPTATION_OF = r"\b(?:anime\s+)?(?:film|adaptation)\s+of\s+(?:[^'’,.]{1,40}\s?['’]s\s+)?"
ADAPTED = re.compile(  # "... adaptation of Y's American novel series X", "... film of Y's X
    rf"{_ADAPTATION_OF}(?:[A-Z][\w-]*\s+)?(?:manga|(?:light\s+|web\s+)?novel|picture\s+book|game)"
    r"(?:\s+series)?\s+(?P<u>[A-Z0-9][^()]{1,100}?)\s*(?:\([^()]{2,120}\))?$"  # (Alt) picture
    rf"|{_ADAPTATION_OF}(?P<t>[A-Z0-9][^()]{{1,100}}?)\s*(?:\([^()]{{2,120}}\)\s*)?"  # book"
    r"(?:manga|(?:light\s+|web\s+)?novels?|picture\s+book|game|series)$"
)
PAIRED = re.compile(  # a subheadline's "A, B sci-fi films open at #9, #10"
    r"^(?P<list>[^;#]+?)\s+(?:[a-z][\w-]*\s+){0,4}(?:anime\s+)?(?:films|movies)\s+"
    r"(?:open|debut|rank|land|enter)\w*\s+at\s+(?P<places>#\s?\d+(?:,\s*(?:and\s+)?#\s?\d+)+)\s*$"
)
JOINS = re.compile(r"\s+(?i:while)\s+|;\s+")  # "X Opens at #2 While Y Stays at #1"
REPORT = re.compile(r"(?:Japan(?:ese)?\s+|Weekend\s+)?Box\s+Office\b", re.I)  # the headline
BOX_OFFICE = re.compile(r"\bbox\s+office\b", re.I)  # "Japanese Box Office, September 7-8"
ONLY_WORDS = re.compile(  # "The film", "Theanime", "The 26th film in the X franchise": no title
    r"(?:[Tt]he|[Ii]ts?|[Tt]his|[Tt]hat)(?:\s+[a-z]|$)|The[a-z]|(?:The\s+)?\d+(?:st|nd|rd|th)\s+[a-z]"
)
DESCRIBED = re.compile(r"(?:CG|3DCG|[a-z]+)-animated\s", re.I)
ENTRY_SHARE = 0.5  # "Fate/stay night: Heaven's Feel II. lost butterfly" is written as a title
Entry = tuple[str, int | None]  # a title and its place on the chart


def charted(
    headline: str, units: tuple[Unit, ...], body: str, known: list[str]
) -> list[tuple[str, Segment]]:
    """A chart article's entries and their sentences; ``known`` are the titles the page's
    layout gave, whose fuller form of an entry wins ("Gekijōban City Hunter: ..." for
    "City Hunter"). Fewer than two entries give none, unless the headline only says
    "Box Office"."""
    entries = chart_entries(headline, units, body)
    if len(entries) < (1 if REPORT.match(headline) else 2):
        return []  # a "Japanese Box Office, May 4-5" report may have one anime entry
    known = [k for k in known if not DESCRIBED.match(k)]  # "CG-animated X": X's description
    fuller = [(next((k for k in known if t.casefold() in k.casefold()), t), p) for t, p in entries]
    parts = entry_parts(fuller, units)
    return [(title, parts[title]) for title, _ in fuller]


def chart_entries(headline: str, units: tuple[Unit, ...], body: str) -> list[Entry]:
    """The entries of a chart article, in the headline's order and then the body's; no
    entries when the headline gives no place and does not speak of the box office."""
    clauses = [c.strip() for part in clauses_of(headline) for c in JOINS.split(part)]
    ranked = [(m, c) for c in clauses if not ASIDE.match(c) and (m := RANKED.match(c))]
    chart = bool(ranked) or bool(BOX_OFFICE.search(headline))
    entries: list[Entry] = []
    for match, clause in ranked:
        title = trimmed_entry(match.group("t"))
        written = longest_in(title, body) or title
        title = title if written.endswith(":") else written  # "Detective Conan:" lost its part
        if not (LIVE_ACTION.search(clause) or live_action(title, body) or _filmed(title, units)):
            entries.append((title, _place(clause)))
    if chart:
        entries += [
            e for e in _paired(body.split("\n", 1)[0]) if e[1] not in {p for _, p in entries}
        ]
    sentences = [s for line in body.split("\n") for s in split_sentences(line)] if chart else []
    for sentence in sentences:
        found = _body_entry(sentence, headline)
        if found is None:
            continue
        same = [i for i, (t, place) in enumerate(entries) if place == found[1] or t in found[0]]
        short = entries[same[0]][0] if same else ""
        if same and (short not in sentence or (short in found[0] and short != found[0])):
            entries[same[0]] = found  # the body's full form of the headline's entry
        elif not same and not any(found[0] in title for title, _ in entries):
            entries.append(found)
    return entries


def _paired(line: str) -> list[Entry]:
    """The entries a subheadline lists with their places in the same order ("BokuAi, KimiAi
    sci-fi films open at #9, #10"), or none when the counts differ."""
    match = PAIRED.match(line.strip())
    if match is None:
        return []
    items = [
        re.sub(r"(?:\s+[a-z][\w-]*)+$", "", i)
        for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", match["list"])
    ]
    places = [int(p) for p in PLACE.findall(match["places"])]
    if len(items) != len(places) or not all(could_be_title(i) for i in items):
        return []
    return list(zip(items, places, strict=True))


def _filmed(title: str, units: tuple[Unit, ...]) -> bool:
    """ "The live-action film of X's <title> manga came in at #2": a film with actors."""
    return any(title in u.text and LIVE_ACTION.search(u.text.split(title)[0]) for u in units)


def _place(text: str) -> int | None:
    places = PLACE.findall(text)
    return int(places[-1]) if places else None


def _body_entry(sentence: str, headline: str) -> Entry | None:
    """The entry a sentence opens with and its place ("X, the ..., moved from #9 to #7")."""
    move = MOVE.search(sentence)
    if move is None or LIVE_ACTION.search(sentence[: move.start()]):
        return None
    lead = sentence[: move.start()].strip()
    subject = ADAPTED.search(lead) or SUBJECT.match(lead)
    if subject is None or (LIVE_ACTION.search(lead)):
        return None
    title = ENTRY_LEAD.sub("", subject.group("t") or subject.group("u")).strip()
    if (
        not (could_be_title(title, ENTRY_SHARE) or title in headline)  # "your name."
        or ONLY_WORDS.match(title)
        or re.search(r"\s(?:anime|film|movie|series)$", title)  # "Theanime film": a lost title
    ):
        return None
    return title, int(move.group(2) or move.group(1))


def entry_parts(entries: list[Entry], units: tuple[Unit, ...]) -> dict[str, Segment]:
    """Each entry's sentences: those that name it, one that gives its place before any
    other has, and those after them that name no other entry, up to a live-action film's
    move on the chart."""
    parts: dict[str, list[Unit]] = {title: [] for title, _ in entries}
    places = {place: title for title, place in reversed(entries) if place is not None}
    current: str | None = entries[0][0]
    for unit in units:
        named = [t for t, _ in entries if t in unit.text]
        move = MOVE.search(unit.text)
        placed = places.get(int(move.group(2) or move.group(1))) if move else None
        if move and not named and LIVE_ACTION.search(unit.text[: move.start()]):
            current = None  # "the live-action film of X climbed from #4 to #3": not an entry's
            continue
        if named:
            current = named[0] if len(named) == 1 else None
        elif placed and not parts[placed]:
            current = placed  # "The sequel film opened at #4": the entry at #4
        for title in named or ([current] if current else []):
            parts[title].append(unit)
    return {title: Segment(title, tuple(found)) for title, found in parts.items()}

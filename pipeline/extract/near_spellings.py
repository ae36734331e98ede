"""A title the body writes with a small change of its own.

Headlines and bodies do not always spell a show alike: "The Devil is a Part-Timer" over
"The Devil is Part Time", "-Moonlight Fantasy-" over "-Moonlit Fantasy-", "Misotan"
over "Masotan". Both readers here compare with rapidfuzz's ``partial_ratio``, which finds
the body's stretch most like the headline's words.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

NEARLY = 90  # partial_ratio from which two spellings are one title's
SLIP = 85  # ratio from which two spellings of as many words are one title's
NEARLY_WORDS = 4  # a reading this long is no accident when the body nearly writes it
NEARLY_CHARS = 12  # nor is a marked piece this long
ARTICLES_AND_MARKS = re.compile(r"\b(?i:an?|the)\b|[\W_]+")


def nearly_in(text: str, other: str) -> bool:
    """Whether ``other`` writes ``text`` or something very near it ("Hisone to Masotan" in
    "Hisone to Misotan Anime Reveals ...")."""
    return text in other or fuzz.partial_ratio(text, other) >= NEARLY


def misspelt(text: str, other: str) -> bool:
    """Two long spellings of one title, one with a slip ("Manasume-kun no Revenge" beside
    "Masamune-kun no Revenge")."""
    if min(len(text), len(other)) < NEARLY_CHARS or len(text.split()) != len(other.split()):
        return False
    if re.findall(r"\d+", text) != re.findall(r"\d+", other):
        return False  # "X Season 2" and "X Season 3" are two shows
    return fuzz.ratio(text, other) >= SLIP


def nearly_written(reading: str, body: str) -> bool:
    """Whether the body writes a long reading with a small change of its own (articles,
    marks and spaces aside, and every capital kept), so that the reading is the title
    and not a run past it ("X Original Golf-Themed" over "X, an original golf-themed
    ..."); a reading the body writes as it stands is counted, not guessed."""
    if len(reading.split()) < NEARLY_WORDS:
        return False
    letters = ARTICLES_AND_MARKS.sub("", reading)
    text = ARTICLES_AND_MARKS.sub("", body)
    near = fuzz.partial_ratio_alignment(letters, text, score_cutoff=NEARLY)
    if near is None or near.score == 100:
        return False
    capitals = [c for c in text[near.dest_start : near.dest_end] if c.isupper()]
    return capitals == [c for c in letters if c.isupper()]


def written_as_one(text: str, body: str) -> bool:
    """Whether the body writes ``text`` whole, articles, marks and spaces aside, or with a
    small change of its own ("Joran: The Princess of Snow and Blood" for the headline's
    "Joran the Princess of Snow and Blood")."""
    letters = ARTICLES_AND_MARKS.sub("", text)
    return letters in ARTICLES_AND_MARKS.sub("", body) or nearly_written(text, body)


def body_spelling(piece: str, body: str) -> str | None:
    """The body's spelling of a long marked piece it writes with a small change ("-Moonlit
    Fantasy-" for "-Moonlight Fantasy-"), cut to whole words, the same first word kept;
    None when the body writes nothing so near."""
    if len(piece) < NEARLY_CHARS or " " not in piece:
        return None
    near = fuzz.partial_ratio_alignment(piece, body, score_cutoff=NEARLY)
    if near is None:
        return None
    span = body[near.dest_start : near.dest_end]
    if near.dest_end < len(body) and body[near.dest_end].isalnum():
        span = span[: span.rfind(" ")]  # not into the next word: "X -Y Fantasy- T(V)"
    if near.dest_start > 0 and body[near.dest_start - 1].isalnum():
        span = span[span.find(" ") + 1 :]  # nor from the last one: "(o)f X -Y Fantasy-"
    span = span.strip(" ,.;:")
    return span if span.split()[:1] == piece.split()[:1] and len(span) > len(piece) / 2 else None


JOINING_WORDS = r"(?:(?:and|the|of|a|an|no|to|in)\s+)*"


def with_small_words(reading: str, body: str) -> str | None:
    """The body's form of a headline reading that dropped its small words ("Yuuna Haunted
    Hot Springs" for "Yuuna and the Haunted Hot Springs"), the same words in the same
    order; None when the body writes no such form or the reading as it is."""
    words = reading.split()
    if len(words) < 2 or reading in body:
        return None
    pattern = rf"\b{re.escape(words[0])}" + "".join(
        rf",?\s+{JOINING_WORDS}{re.escape(w)}"
        for w in words[1:]  # "Ijiranaide, Nagatoro-san"
    )
    found = re.search(rf"{pattern}(?!\w)", body)
    return found.group(0) if found else None

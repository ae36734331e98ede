"""Genres from the article's own descriptors ("sci-fi/mecha drama", "action-comedy").

A run of genre words joined by "/", "-", "," or "and" counts in full. A lone word
that also has an everyday meaning ("action", "music", "romance") counts only before
a noun such as "anime", "series" or "manga". The show's own title is blanked first,
so "Magical Girl, Retired" is not read as a descriptor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.extract.lexicon import lexicon
from pipeline.extract.names import PARENTHESES, strip_parentheses, unique

DESCRIBING = re.compile(r"^\s*(?:An?|The)\s+(?:[a-z-]+\s+){0,2}[a-z-]+$")  # "A mermaid romance."
DESCRIBED_END = re.compile(r"^\s*(?:[.!]|$|(?:from|by|about|with|set|where|in)\b)")
NAME_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+)?)?[A-Z][a-zāēīōū]+\b")
JOINER = re.compile(r"^(?:\s*[/,&|]\s*|\s+[–—]\s+|\s+and\s+|\s+|-)$")  # "Action – Drama"
GENRE_LABEL = re.compile(r"^\s*(?:genres?|genre\(s\))\s*:\s*(?P<v>.+)$", re.I)
HEAD_NOUN = re.compile(
    r"^[\s-]*(?:anime|series|manga|novels?|light\s+novels?|adaptation|show|shorts|film|movie|tone"
    r"|pick|sequel|title|story|game|entry|franchise|project|tale|epic|saga|pacing|fans?)\b",
    re.I,
)


def genres_of(texts: Iterable[str], titles: Iterable[str]) -> tuple[str, ...]:
    """Genres, lower case, in the order the text gives them."""
    names = sorted((t for t in titles if t), key=len, reverse=True)
    found: list[str] = []
    for text in texts:
        for name in names:
            text = text.replace(name, " ¶ ")
        text = text.replace("’", "'")  # "Boys’ Love" as the lexicon writes it
        listed = GENRE_LABEL.match(text)
        if listed:  # "Genres: Fantasy, Drama": every genre word of the value counts
            found.extend(_stored(m.group(0)) for m in lexicon().genre_pattern.finditer(listed["v"]))
            continue
        found.extend(_genres_in(strip_parentheses(PARENTHESES.sub(_genre_note, text))))
    return unique(found)


def _genre_note(note: re.Match[str]) -> str:
    """A note of genres alone ("(Action, Adventure, Seinen)") as plain text; any other
    aside stays, to be stripped."""
    inner = note.group(0).strip(" ()（）")
    terms = inner.split(",")
    every = len(terms) >= 2 and all(lexicon().genre_pattern.fullmatch(t.strip()) for t in terms)
    return f" {inner} ." if every else note.group(0)


def _genres_in(text: str) -> list[str]:
    lex = lexicon()
    found: list[str] = []
    for run, end in _runs(text):
        terms = [_stored(term) for term in run]
        lone_and_ambiguous = len(terms) == 1 and terms[0] in lex.ambiguous_genres
        described = DESCRIBING.match(text[:end]) and DESCRIBED_END.match(text[end:])
        if lone_and_ambiguous and not (HEAD_NOUN.match(text[end:]) or described):
            continue
        capitalised = all(term[:1].isupper() for term in run)
        if (len(run) == 1 or capitalised) and _starts_a_name(run[-1], text[end:]):
            continue  # "Yuri Hanamura", "School Idol Dōkōkai", "The Adventure of Dai": names
        found.extend(terms)
    return found


def _starts_a_name(term: str, after: str) -> bool:
    """ "Yuri" of "Yuri Hanamura": a capitalised genre word before another name word."""
    return term[:1].isupper() and bool(NAME_AFTER.match(after)) and not HEAD_NOUN.match(after)


def _stored(term: str) -> str:
    genres = lexicon().genres
    key = " ".join(term.lower().split())
    return genres.get(key) or genres.get(key.replace("-", " "), key)


def _runs(text: str) -> list[tuple[list[str], int]]:
    if not lexicon().may_name_genre(text):
        return []  # no genre word at all
    runs: list[tuple[list[str], int]] = []
    current: list[str] = []
    last_end = -1
    for match in lexicon().genre_pattern.finditer(text):
        if current and JOINER.match(text[last_end : match.start()]):
            current.append(match.group(0))
        else:
            if current:
                runs.append((current, last_end))
            current = [match.group(0)]
        last_end = match.end()
    if current:
        runs.append((current, last_end))
    return runs

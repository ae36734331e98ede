"""Evidence weighed after the title candidates are scored: the page's address, and the
script a name is written in.

A stored copy of a news page often keeps its address but not its headline, and most
news sites write the headline into the address ("/tojima-wants-to-be-a-kamen-rider-anime-
to-run-through-winter-2026"). With no headline, a title candidate whose words the address
repeats gains about what a headline would give it; the address never proposes a title of
its own, since its words are lower case and cut.

A page written in a Latin script that gives a show's name in kana or kanji as well as in
Latin letters ("Gekidol", then an embedded post's "ゲキドル") is read by people who use the
Latin one: a name with no Latin letter wins only where no cued Latin candidate comes
before it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import unquote, urlsplit

from pipeline.extract.candidate_scoring import Candidate
from pipeline.extract.names import fold
from pipeline.extract.title_spans import GENERIC_WORDS, SMALL_WORDS

WORD = re.compile(r"[^\W_]+")
LINK_BONUS = 3.0  # what a candidate the address writes in full gains
SHARE = 0.6  # the share of a candidate's words the address must write
LEAST_WORDS = 2  # and how many words at least, so that one common word is no evidence


def reweighed(ranked: list[Candidate], link: str, body: str) -> list[Candidate]:
    """``ranked`` (best first) with the address's and the script's evidence."""
    return by_script(by_link(ranked, link_words(link)), body)


def link_words(link: str | None) -> frozenset[str]:
    """The words of an address's path, folded (none without an address)."""
    if not link:
        return frozenset()
    path = unquote(urlsplit(link).path)
    return frozenset(fold(w) for w in WORD.findall(path) if not w.isdigit())


def by_link(ranked: list[Candidate], words: frozenset[str]) -> list[Candidate]:
    """Candidates re-ranked with the address's evidence, best first."""
    if not words or not ranked:
        return ranked
    raised = [_raised(c, words) for c in ranked]
    if raised == ranked:
        return ranked
    return sorted(raised, key=lambda c: (-c.score, c.first, -len(c.text)))


def _raised(candidate: Candidate, words: frozenset[str]) -> Candidate:
    own = [fold(w) for w in WORD.findall(candidate.text)]
    telling = [w for w in own if w not in GENERIC_WORDS and w not in SMALL_WORDS]
    written = [w for w in telling if w in words]
    if len(written) < LEAST_WORDS or len(written) < SHARE * len(telling):
        return candidate
    bonus = LINK_BONUS * len(written) / len(telling)
    return replace(candidate, score=round(candidate.score + bonus, 3))


LATIN = re.compile(r"[A-Za-z]")
LATIN_SHARE = 0.5  # of a body's letters, for a page written in a Latin script


def by_script(ranked: list[Candidate], body: str) -> list[Candidate]:
    """A best candidate with no Latin letter after the best cued Latin one the page writes
    before it, on a page written mostly in Latin letters (a song's name after the show's
    is no such one)."""
    if not ranked or LATIN.search(ranked[0].text) or ranked[0].text.isascii():
        return ranked
    first = ranked[0].first
    latin = next(
        (c for c in ranked if LATIN.search(c.text) and c.cues and 0 <= c.first < first), None
    )
    letters = sum(ch.isalpha() for ch in body)
    if latin is None or len(LATIN.findall(body)) < LATIN_SHARE * letters:
        return ranked
    return [latin, *(c for c in ranked if c is not latin)]

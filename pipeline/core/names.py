"""Name folding and fuzzy comparison for the merge stage: titles, people, stations, slugs.

Two spellings are folded to one comparable form before rapidfuzz scores them: case,
diacritics and macrons ("Kōta" / "Kota"), punctuation, long vowels written "ou", "uu"
or "oo", the particle "wo", and the many ways of writing a sequel ("2nd Season",
"Season 2", "Second Season" all become "season 2"). A title's sequel marker (season,
part, film) is split off and must be equal for two titles to match, so a sequel never
merges into its first season.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from pipeline.core.text import LINE_LIMIT

TITLE_THRESHOLD = 90.0  # token-sort score (0-100) above which two title bases are one show
NAME_THRESHOLD = 92.0  # the same for people, stations, services, studios and genres
SHORT_TITLE = 8  # bases shorter than this must be equal: fuzzy scores say little there
SLUG_LENGTH = 80
_APOSTROPHES = re.compile(r"['’ʼ`]")  # dropped, not spaced: "Journey's" is one word

_CARDINALS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_ROMAN = {"ii": 2, "iii": 3, "iv": 4, "vi": 6}  # "v" alone is too often a letter
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
# patterns run on folded text, so their words are folded too ("four" → "for", "cour" → "cor")
_NUMBER_WORDS = {re.sub(r"ou|oo", "o", w): n for w, n in (_CARDINALS | _ORDINALS | _ROMAN).items()}
_NTH = r"\d+(?:st|nd|rd|th)|" + "|".join(re.sub(r"ou|oo", "o", w) for w in _ORDINALS)
_N = r"\d+|" + "|".join(re.sub(r"ou|oo", "o", w) for w in (*_CARDINALS, *_ROMAN))
_SEQUEL_PATTERNS = (
    ("season", re.compile(rf"\bseason (?P<n>{_N})\b")),
    ("season", re.compile(rf"\b(?:the )?(?P<n>{_NTH}|final) season\b")),
    ("part", re.compile(rf"\b(?:part|cor) (?P<n>{_N})\b")),
    ("part", re.compile(rf"\b(?:the )?(?P<n>{_NTH}) (?:part|cor)\b")),
    ("season", re.compile(r"\bs(?P<n>\d+)\b")),
    ("season", re.compile(rf"(?<=\w) (?P<n>{'|'.join(_ROMAN)})$")),  # "Overlord II"
    ("film", re.compile(r"\b(?:the )?(?P<n>movie|film|gekijoban)\b")),
)


@dataclass(frozen=True, slots=True)
class TitleKey:
    """A title reduced to what identifies the show."""

    base: str  # folded title without its sequel marker
    sequel: str  # "" for a first season, else "season 2", "part 2", "film", "season final"


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Lower case ASCII words with romanisation variants unified, for comparison only.

    Only the first ``LINE_LIMIT`` characters count: matching time grows with the square
    of the length, and no real name is longer.
    """
    decomposed = unicodedata.normalize("NFKD", text[:LINE_LIMIT])
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    plain = _APOSTROPHES.sub("", plain.replace("&", " and ").replace("×", "x"))
    plain = re.sub(r"[^\w\s]|_", " ", plain)
    plain = re.sub(r"ou|oo", "o", plain).replace("uu", "u")
    plain = re.sub(r"\bwo\b", "o", plain)
    return " ".join(plain.split())


@lru_cache(maxsize=4096)
def title_key(title: str) -> TitleKey:
    """Split a title into its base and its sequel marker."""
    folded = fold(title)
    for kind, pattern in _SEQUEL_PATTERNS:
        found = pattern.search(folded)
        if found:
            base = " ".join((folded[: found.start()] + " " + folded[found.end() :]).split())
            # a title that is nothing but a marker ("Movie") is a name, not a sequel
            return TitleKey(base, _sequel(kind, found["n"])) if base else TitleKey(folded, "")
    return TitleKey(folded, "")


def _sequel(kind: str, number: str) -> str:
    if kind == "film":
        return "film"
    digits = re.match(r"\d+", number)
    value = int(digits[0]) if digits else _NUMBER_WORDS.get(number)
    if value is None:
        return f"{kind} {number}"
    return "" if value == 1 and kind == "season" else f"{kind} {value}"


def _base_score(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    if a == b:
        return 100.0
    if min(len(a), len(b)) < SHORT_TITLE or _digits(a) != _digits(b):
        return 0.0
    return float(fuzz.token_sort_ratio(a, b))


class TitleIndex:
    """The title keys of known shows, by sequel marker, for fast best-match lookups."""

    def __init__(self) -> None:
        self._bases: dict[str, list[str]] = {}  # sequel marker → bases, in order added
        self._owners: dict[str, list[str]] = {}  # sequel marker → owner of each base
        self._known: set[tuple[str, TitleKey]] = set()

    def add(self, owner: str, names: Iterable[str]) -> None:
        """Let ``owner`` be found by any of ``names`` (adding a name twice is harmless)."""
        for name in names:
            key = title_key(name)
            if key.base and (owner, key) not in self._known:
                self._known.add((owner, key))
                self._bases.setdefault(key.sequel, []).append(key.base)
                self._owners.setdefault(key.sequel, []).append(owner)

    def scores(self, names: Iterable[str]) -> dict[str, float]:
        """Every owner whose names reach the bar against ``names``, with its best score."""
        found: dict[str, float] = {}
        for name in names:
            key = title_key(name)
            bases = self._bases.get(key.sequel, [])
            hits = process.extract(
                key.base, bases, scorer=fuzz.token_sort_ratio, score_cutoff=TITLE_THRESHOLD,
                limit=None,
            )  # fmt: skip
            for _base, _rough, index in hits:
                score = _base_score(key.base, bases[index])
                owner = self._owners[key.sequel][index]
                if score >= TITLE_THRESHOLD and score > found.get(owner, 0.0):
                    found[owner] = score
        return found

    def best(self, names: Iterable[str]) -> str | None:
        """The owner whose names score highest against ``names``, if any reaches the bar."""
        found: str | None = None
        top = TITLE_THRESHOLD
        for name in names:
            key = title_key(name)
            bases = self._bases.get(key.sequel, [])
            hits = process.extract(
                key.base, bases, scorer=fuzz.token_sort_ratio, score_cutoff=top, limit=None
            )
            for _base, _rough, index in hits:
                score = _base_score(key.base, bases[index])
                if score > top or (score == top and found is None):
                    found, top = self._owners[key.sequel][index], score
        return found


def same_name(a: str, b: str) -> bool:
    """Whether two people, stations, services or genres are one ("TOKYO MX" / "Tokyo MX")."""
    fa, fb = fold(a), fold(b)
    if fa.replace(" ", "") == fb.replace(" ", ""):
        return True
    return bool(fa and fb) and fuzz.token_sort_ratio(fa, fb) >= NAME_THRESHOLD


def find_same(items: Iterable[str], name: str) -> str | None:
    """The item of ``items`` that ``same_name`` matches with ``name``, if any."""
    return next((item for item in items if same_name(item, name)), None)


def same_title_text(a: str, b: str) -> bool:
    """Whether two spellings of a title fold to the same words (no fuzziness)."""
    return title_key(a) == title_key(b)


def slug_for(names: Sequence[str], taken: set[str]) -> str:
    """A URL-safe ASCII slug from the first name that has letters or digits, unique in taken."""
    base = next((s for s in (_slugify(n) for n in names) if s), "show")
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug


def _slugify(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", _APOSTROPHES.sub("", text))
    ascii_text = decomposed.encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:SLUG_LENGTH].rstrip("-")


def _digits(text: str) -> list[str]:
    return re.findall(r"\d+", text)

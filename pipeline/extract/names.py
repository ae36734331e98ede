"""Patterns for names as articles write them, and helpers to clean and collect them.

Names keep the article's spelling: macrons (Shōya), apostrophes (Ken'ichi), family
names first in capitals (FUJIMORI Kazuki). Leading words that belong to the sentence
rather than the name ("Director", "The rock band") are dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

UPPER = "A-ZÀ-ÖØ-ÞĀĒĪŌŪŚŠŽ"
LOWER = "a-zß-öø-ÿāēīōūśšž"
WORD = rf"[{UPPER}][{UPPER}{LOWER}\-]*(?:['’](?!s\b)[{UPPER}{LOWER}]+)*"
PARTICLES = r"(?:de|van|von|der|da|di|du|del)"  # inside a family name: "Dudok de Wit"
PERSON = rf"{WORD}(?:\s+(?:{PARTICLES}\s+)?{WORD}){{1,3}}"
PEOPLE = rf"{PERSON}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){PERSON})*"
_CHARACTER_LINK = r"\s+(?:(?:the|of\s+the|of|von|van|de|la|le|du|der|di)\s+)?"  # "Uhak the Silent"
_CHARACTER_WORD = rf"(?:[{UPPER}]\.(?=\s)|{WORD})"  # "Tarō J. Suzuki"
CHARACTER = (  # "Enji Todoroki/Endeavor", 'Shigeo "Mob" Kageyama'
    rf"(?:(?:Ms|Mr|Mrs|Dr)\.\s+)?{WORD}(?:\s+[\"“]{WORD}[\"”])?(?:{_CHARACTER_LINK}{_CHARACTER_WORD}){{0,3}}"
    rf"(?:\s?/\s?{WORD}(?:\s+{WORD}){{0,2}})?"
)
STUDIO_WORD = rf"(?:[{UPPER}0-9][\w'’.\-+]*|animation)"
STUDIO = rf"{STUDIO_WORD}(?:\s+{STUDIO_WORD}){{0,3}}"

SEPARATORS = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\band\b|(?<=\s)&(?=\s)|×|/|、|・)\s*"
)  # "E&H" is one
BRACKET_NOTE = re.compile(r"\s+\[[^\[\]]{1,60}\]$")
PARENTHESES = re.compile(r"\s*[(（][^()（）]*[)）](?!\w)")
NON_WORD = re.compile(r"[^\w]+")
NOISE_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "director",
        "directors",
        "composer",
        "composers",
        "singer",
        "singer-songwriter",
        "producer",
        "also",
        "and",
        "but",
        "while",
        "with",
        "meanwhile",
        "having",
        "returning",
        "veteran",
        "actor",
        "actress",
        "voice",
        "newcomer",
        "series",
        "character",
        "music",
        "original",
        "creator",
        "chief",
        "writer",
        "designer",
        "screenwriter",
        "artist",
        "band",
        "unit",
        "group",
        "duo",
        "trio",
        "rock",
        "pop",
        "idol",
        "j-pop",
        "vocalist",
        "animator",
        "author",
        "illustrator",
        "mangaka",
        "newcomers",
    ]
)
TRAILING_NOISE = frozenset(["also", "again", "will", "once", "still", "is", "are", "the"])


@lru_cache(maxsize=8192)
def strip_parentheses(text: str) -> str:
    """``text`` without parenthesised asides (credits of other works, roles, notes)."""
    previous = None
    while previous != text:
        previous, text = text, PARENTHESES.sub("", text)
    return text


def clean_name(name: str) -> str:
    """A captured name without surrounding punctuation and sentence words."""
    name = name.strip(" \t\"“”'‘’,.;:!?-–—•·|")  # "Studio: Satelight • Genre: ..."
    name = BRACKET_NOTE.sub("", name)  # "Ennki Hakari [Overlap Novels]": the imprint
    tokens = name.split()
    while len(tokens) > 1 and tokens[0].lower() in NOISE_WORDS:
        tokens.pop(0)
    while len(tokens) > 1 and tokens[-1].lower() in TRAILING_NOISE:
        tokens.pop()
    return " ".join(tokens).strip(" \"“”'‘’,.;:!?")


def split_names(text: str) -> list[str]:
    """Names listed in ``text`` ("A, B and C", "A × B", "A / B")."""
    return [n for n in (clean_name(p) for p in SEPARATORS.split(strip_parentheses(text))) if n]


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """A comparison key: no diacritics, no case, no punctuation."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return NON_WORD.sub(" ", bare).strip()


def unique(values: Iterable[str]) -> tuple[str, ...]:
    """``values`` without empties and without repeats (compared by ``fold``), in order."""
    seen: set[str] = set()
    kept: list[str] = []
    for value in values:
        key = fold(value)
        if key and key not in seen:
            seen.add(key)
            kept.append(value)
    return tuple(kept)


GIVEN_NAME = re.compile(  # written before a family name, on its line
    r"(?:^|(?<=\W))[A-Z][a-zāēīōū'’-]+[^\S\n]+$"
)


FAMILY_PARTICLE = re.compile(rf"^\S+\s{PARTICLES}\s\S+$")


def full_name(name: str, text: str) -> str:
    """A family name written alone ("Kitō") as the full name ``text`` writes for the same
    person ("Akari Kitō"); any other name as it is. Plain search, no pattern per name."""
    if not name or not name[:1].isupper() or (" " in name and not FAMILY_PARTICLE.search(name)):
        return name  # a full name, unless a family name with its particle ("Dudok de Wit")
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        given = GIVEN_NAME.search(text, max(0, start - 30), start)
        whole_word = end == len(text) or not (text[end].isalnum() or text[end] == "_")
        if given and whole_word and given.group(0).split()[0].lower() not in NOISE_WORDS:
            return text[given.start() : end]
        start = text.find(name, start + 1)
    return name


_MORA = r"(?:(?:kk|ss|tt|pp|tch)?(?:[kgsztdnhbpmr]y?|sh|ch|ts|j|f|w|y)?[aiueo]+h?|n)"
ROMAJI_NAME = re.compile(rf"[A-Z]{_MORA}+\s+[A-Z]{_MORA}+")  # "Takumi Dōyama", "Naoya Ando"
MACRONS = str.maketrans("āēīōūÂâÔô", "aeiouaaoo")


def looks_like_japanese_name(text: str) -> bool:
    """Whether ``text`` is two capitalised words that read as romanised Japanese, the shape
    of a person's name ("Takumi Dōyama"): a title rarely has it."""
    plain = text.strip().translate(MACRONS)
    return ROMAJI_NAME.fullmatch(plain) is not None and not plain.isupper()


def owner_forms(name: str) -> tuple[str, str]:
    """ "X's " and "X’s ", the ways a text writes ``name`` as an owner."""
    return f"{name}'s ", f"{name}’s "


def quoted_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends a quoted work's name ("on “Umamusume: Pretty Derby”
    as ..."): a closing quote right after it, inside a quotation (more opening than closing
    curly quotes before it, or an odd number of straight ones)."""
    if not text.startswith(("”", '"'), end):
        return False
    curly = text.count("“", 0, start) > text.count("”", 0, start)
    return curly or text.count('"', 0, start) % 2 == 1

"""The maintained lexicon (``pipeline/data/lexicon.yaml``), loaded once and compiled.

Broadcasters, streaming services and studios are matched as whole words, case
insensitively, longest name first, so "BS-TBS" is never read as "TBS" and
"Amazon Prime Video" never as "Prime Video". The article's own spelling is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import yaml

from pipeline.core.errors import ExtractError

WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Compiled name lists."""

    broadcasters: re.Pattern[str]  # any known TV station
    streaming: re.Pattern[str]  # any known streaming service
    studios: re.Pattern[str]  # any known animation studio
    genres: dict[str, str]  # written form (lower case) -> stored form
    genre_pattern: re.Pattern[str]  # any genre term, longest first
    ambiguous_genres: frozenset[str]  # stored forms that need a noun or a partner
    companies: re.Pattern[str]  # producers, publishers, labels: neither studio nor creator
    needs_context: frozenset[str]  # services counted only where streaming is mentioned
    heads: frozenset[str] = frozenset()  # first words of stations and services, lower case
    genre_words: frozenset[str] = frozenset()  # every word of the genre terms, lower case
    studio_heads: frozenset[str] = frozenset()  # first words of the studios, lower case

    def may_name_genre(self, text: str) -> bool:
        """False when ``text`` holds none of the genre terms' words."""
        return not self.genre_words.isdisjoint(words_of(text))

    def may_name_channel(self, text: str) -> bool:
        """False when ``text`` cannot name a known station or service: none of their first
        words is in it (a quick check before the long patterns; text with other scripts
        is always checked in full)."""
        return not text.isascii() or not self.heads.isdisjoint(words_of(text))

    def may_name_studio(self, text: str) -> bool:
        """False when ``text`` cannot name a known studio (the same quick check)."""
        return not text.isascii() or not self.studio_heads.isdisjoint(words_of(text))

    def is_channel(self, name: str) -> bool:
        """Whether ``name`` is a known station or streaming service."""
        return bool(self.broadcasters.fullmatch(name) or self.streaming.fullmatch(name))


@lru_cache(maxsize=4096)
def words_of(text: str) -> frozenset[str]:
    """The words of ``text`` in lower case (asked of each sentence by several readers)."""
    return frozenset(WORD.findall(text.lower()))


def _alternation(names: list[str], *, words: bool = False) -> re.Pattern[str]:
    ordered = sorted({n.strip() for n in names if n.strip()}, key=len, reverse=True)
    spaced = (re.escape(n).replace(r"\ ", r"[\s-]") for n in ordered)
    body = "|".join(s.replace(r"\.[\s-]", r"\.[\s-]?") for s in spaced)  # "P.A.WORKS"
    if words:  # genre terms: "action-comedy" holds two of them
        return re.compile(rf"\b(?:{body})\b", re.IGNORECASE)
    return re.compile(rf"(?<![\w+-])(?:{body})(?![\w+]|-\w)", re.IGNORECASE)


def _strings(data: dict[str, object], key: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ExtractError(f"lexicon: '{key}' must be a list of names")
    return [str(v) for v in value]


def _genre_map(data: dict[str, object]) -> dict[str, str]:
    value = data.get("genres", {})
    if not isinstance(value, dict):
        raise ExtractError("lexicon: 'genres' must map written forms to stored forms")
    return {str(k).lower(): str(v).lower() for k, v in value.items()}


def parse_lexicon(text: str) -> Lexicon:
    """Compile a lexicon from YAML text (the packaged file, or a test's own)."""
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise ExtractError(f"lexicon: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ExtractError("lexicon: the top level must be a mapping")
    stations = _strings(data, "broadcasters")
    genres = _genre_map(data)
    services = _strings(data, "streaming")
    studios = _strings(data, "studios")
    return Lexicon(
        heads=frozenset(WORD.findall(n.lower())[0] for n in (*stations, *services) if n.strip()),
        genre_words=frozenset(WORD.findall(" ".join(genres).lower())),
        broadcasters=_alternation(stations),
        streaming=_alternation(services),
        studios=_alternation(studios),
        studio_heads=frozenset(WORD.findall(n.lower())[0] for n in studios if WORD.search(n)),
        genres=genres,
        genre_pattern=_alternation(list(genres), words=True),
        ambiguous_genres=frozenset(g.lower() for g in _strings(data, "ambiguous_genres")),
        companies=_alternation(_strings(data, "companies")),
        needs_context=frozenset(s.casefold() for s in _strings(data, "streaming_in_context")),
    )


@cache
def lexicon() -> Lexicon:
    """The packaged lexicon, read and compiled on first use."""
    text = resources.files("pipeline").joinpath("data/lexicon.yaml").read_text(encoding="utf-8")
    return parse_lexicon(text)

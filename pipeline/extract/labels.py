"""``Label: value`` lines ("Director: Mayu Kunieda", "OP: "Title" / Artist").

Press releases and news posts list credits this way. ``label_of`` reads such a line
and names the field its label stands for; unknown labels ("Tsugumi Araki: Haruka
Senda") are left to the cast reader.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.lexicon import lexicon

NEXT_LABEL = re.compile(r"\s+(?=[A-Z][A-Za-z ]{1,20}:\s)")
GENRE_LINE = 3  # genres alone on a line, this many at least
PENDING = re.compile(r"(?i:TBA|TBD|N/?A|unknown|none|to\s+be\s+(?:announced|determined))\.?")
LINE = re.compile(r"^(?P<label>[^\W\d][\w &/'’.+-]{0,40}?)\s*[:：]\s*(?P<value>\S.*)$")
DASH_LINE = re.compile(r"^(?P<label>[^\W\d][\w &/'’.+]{0,40}?)\s+[–—-]\s+(?P<value>\S.*)$")
GENRE_SPLIT = re.compile(r"\s+[–—|/-]\s+|\s*[,・]\s*")

FIELD_OF_LABEL: dict[str, str] = {
    "director": "director",
    "direction": "director",
    "directors": "director",
    "chief director": "director",
    "series director": "director",
    "series composition": "series_composition",
    "series composition & screenplay": "series_composition",
    "series composition and screenplay": "series_composition",
    "series composition & script": "series_composition",
    "screenplay": "series_composition",
    "script": "series_composition",
    "scriptwriter": "series_composition",
    "script writer": "series_composition",
    "series script writer": "series_composition",
    "series scriptwriter": "series_composition",
    "screenwriter": "series_composition",
    "scripts": "series_composition",
    "writer": "series_composition",
    "writers": "series_composition",
    "script supervisor": "series_composition",
    "series script supervisor": "series_composition",
    "series scripts": "series_composition",
    "scenario": "series_composition",
    "character design": "character_design",
    "character designs": "character_design",
    "character designer": "character_design",
    "animation character design": "character_design",
    "music": "music",
    "composer": "music",
    "music composer": "music",
    "original work": "original_creator",
    "original creator": "original_creator",
    "original series creator": "original_creator",
    "original story": "original_creator",
    "original author": "original_creator",
    "original concept": "original_creator",
    "original": "original_creator",
    "author": "original_creator",
    "authors": "original_creator",
    "animation production": "studios",
    "anime production": "studios",
    "animation company": "studios",
    "animation studios": "studios",
    "production company": "studios",
    "animation studio": "studios",
    "animation": "studios",
    "studio": "studios",
    "studios": "studios",
    "production studio": "studios",
    "source material": "source",
    "source": "source",
    "manga": "source",
    "light novel": "source",
    "web novel": "source",
    "novel": "source",
    "based on": "source",
    "opening": "opening",
    "opening theme": "opening",
    "opening song": "opening",
    "opening theme song": "opening",
    "op": "opening",
    "ending": "ending",
    "ending theme": "ending",
    "ending song": "ending",
    "ending theme song": "ending",
    "ed": "ending",
    "insert song": "insert",
    "theme song": "theme",
    "theme": "theme",
    "premiere": "premiere",
    "airtime": "premiere",
    "air time": "premiere",
    "airing time": "premiere",
    "debut": "premiere",
    "format": "format",
    "additional links": "links",
    "links": "links",
    "premiere date": "premiere",
    "premieres": "premiere",
    "premiering": "premiere",
    "air date": "premiere",
    "airing date": "premiere",
    "date airing": "premiere",
    "starts": "premiere",
    "start date": "premiere",
    "airs": "premiere",
    "broadcast date": "premiere",
    "release date": "premiere",
    "japanese broadcast": "premiere",
    "broadcast": "premiere",
    "where to watch": "streaming",
    "streams": "streaming",
    "episodes": "episodes",
    "episode count": "episodes",
    "length": "episodes",
    "number of episodes": "episodes",
    "streaming": "streaming",
    "production": "committee",
    "cast": "cast",
    "starring": "cast",
    "stars": "cast",
    "main cast": "cast",
    "voice cast": "cast",
    "seiyuu": "cast",
    "vas": "cast",
    "voice actors": "cast",
    "station": "broadcasters",
    "stations": "broadcasters",
    "tv station": "broadcasters",
    "tv stations": "broadcasters",
    "network": "broadcasters",
    "channel": "broadcasters",
    "genre": "genres",
    "genres": "genres",
    "aka": "titles",
    "a.k.a.": "titles",
    "also known as": "titles",
    "alternative title": "titles",
    "alternative titles": "titles",
    "alternate title": "titles",
    "alternate titles": "titles",
    "english title": "titles",
    "japanese title": "titles",
    "romaji title": "titles",
    "romaji": "titles",
}
STAFF_FIELDS = frozenset(
    {"director", "series_composition", "character_design", "music", "original_creator", "studios"}
)
BARE_LABEL_WORDS = 3  # "Animation Character Design Kenji X": the longest role read without a colon
BARE_VALUE_WORDS = 5
ASIDE_DASH = re.compile(r"\s+[–—]\s+")  # a value's aside after a spaced dash
ALIAS_SPLIT = re.compile(r"\s+or\s+|\s*[;/]\s*")  # "AKA: X Season 2 or X's Book 2"


@dataclass(frozen=True, slots=True)
class Labelled:
    """A ``Label: value`` line."""

    label: str  # as written, lower case
    value: str  # the text after the colon
    field: str | None  # what the label stands for, None for unknown labels


def own_value(value: str) -> str | None:
    """A label's value up to the next label on its line ("Streaming: Crunchyroll Hype
    Level: Mild" gives "Crunchyroll"); None for a value still to come ("TBA")."""
    own = value[: _next_label(value)].strip()
    own = ASIDE_DASH.split(own, maxsplit=1)[0]  # "Brains Base – Kamichu, Kurenai": its works
    if own.count("(") > own.count(")"):  # "X (known for Y" cut short: the aside goes
        own = own[: own.rfind("(")].strip()
    return None if PENDING.fullmatch(own) or not own else own


def _next_label(value: str) -> int:
    """Where the next label on the line starts: the first known one ("Silver Link Release
    date: ..." cuts before "Release date", not before "Link"), else the first at all."""
    starts = list(NEXT_LABEL.finditer(value))
    for m in starts:
        label = value[m.end() : value.index(":", m.end())]
        if _field(" ".join(label.lower().split())):
            return m.start()
    return starts[0].start() if starts else len(value)


SUB_ROLE = re.compile(r"(?:sub|assistant|prop|monster|mechanical)\b")


@lru_cache(maxsize=8192)
def label_of(text: str) -> Labelled | None:
    """``text`` read as a ``Label: value`` line, a preview's "Director – X" line when its
    label names a field, or a line of genres alone ("Action – Drama – Fantasy")."""
    text = text.strip()
    if match := LINE.match(text):
        label = _label(match)
        return Labelled(label, match.group("value").strip(), _field(label))
    if (match := DASH_LINE.match(text)) and (field := _field(label := _label(match))):
        return Labelled(label, match.group("value").strip(), field)
    parts = GENRE_SPLIT.split(text)
    genre = lexicon().genre_pattern.fullmatch
    if len(parts) >= GENRE_LINE and all(genre(p) for p in parts):
        return Labelled("genres", text, "genres")
    return None


def with_colon(text: str) -> str | None:
    """A staff list's line written without a colon ("Series Composition Reiko Yoshida",
    "Animation Production Production IMS") as "Series Composition: Reiko Yoshida"; None
    for any other line. The longest role that starts the line wins."""
    words = text.split() if ":" not in text else []
    if FIELD_OF_LABEL.get(" ".join(words).lower()) in STAFF_FIELDS:
        return None  # "Animation Production" alone: the label, its value on the next line
    for size in range(min(BARE_LABEL_WORDS, len(words) - 1), 0, -1):
        label, value = words[:size], words[size:]
        if len(value) > BARE_VALUE_WORDS or not all(w[:1].isupper() for w in (*label, *value)):
            continue
        if FIELD_OF_LABEL.get(" ".join(label).lower()) in STAFF_FIELDS:
            return f"{' '.join(label)}: {' '.join(value)}"
    return None


def _label(match: re.Match[str]) -> str:
    return " ".join(match.group("label").lower().split())


def _field(label: str) -> str | None:
    known = FIELD_OF_LABEL.get(label)
    if known or "original" in label:
        return known
    if "series composition" in label:
        return "series_composition"
    if "character design" in label and not SUB_ROLE.match(label):  # not "Sub-Character Design"
        return "character_design"
    return None


def aliases_in(lines: Iterable[str]) -> tuple[str, ...]:
    """The other names an "AKA: X or Y" line among ``lines`` gives the show."""
    for line in lines:
        labelled = label_of(line)
        if labelled and labelled.field == "titles":
            return tuple(a.strip(" .,") for a in ALIAS_SPLIT.split(labelled.value) if a.strip())
    return ()

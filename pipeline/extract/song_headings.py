"""The show a song list's heading or line names beside its song: "\"Song\" by Artist,
Show", "\"Song\" by Artist from Show.", "\"Song\" Show" when the body credits the song,
and in a list of songs (``songs``) the unquoted "Song by Artist, Show" and "Song – Show".
"""

from __future__ import annotations

import re

SONG_CREDIT = re.compile(
    r"[\"“][^\"”]{1,80}[\"”](?:\s+(?:by|from|performed\s+by)\s+[^,–—()]{1,60})?\s*"
)


def _beside_song(heading: str) -> str:
    """The rest of a heading that credits a song ("\"Song\" by Artist, Show" → "Show",
    "\"Song\" by Artist from Show." → "Show")."""
    if origin := song_origin(heading):
        return origin
    if not re.search(r"[\"“][^\"”]+[\"”]\s+by\s", heading) and not re.search(
        r"\S\s*[–—-]\s*[\"“]", heading
    ):
        return heading
    rest = SONG_CREDIT.sub(" ", heading).strip(" ,–—-:")
    return rest if len(rest.split()) >= 1 and rest[:1].isalnum() else heading


def _after_song(heading: str, body: str) -> str:
    """The show after a quoted song that opens a heading ("\"KICK BACK\" Chainsaw Man"),
    when the body credits that song ("\"KICK BACK\" by Kenshi Yonezu")."""
    match = SONG_LEAD.match(heading)
    if match is None or not re.search(rf"[\"“]{re.escape(match['song'])}[\"”]\s+by\s", body):
        return heading
    return match["rest"]


def song_origin(line: str) -> str | None:
    """The show a song's credit line names ("\"Song\" by Artist from Show.")."""
    match = SONG_FROM.match(line)
    return (match["show"] or match["own"]) if match else None


SONG_FROM = re.compile(  # "from Show." or "(Show)" after the artist
    r"^\s*[\"“][^\"”]{1,80}[\"”]\s+(?:performed\s+)?by\s+(?:.{1,200}?\s+from\s+"
    r"(?P<show>[A-Z0-9].{0,80}?)[.!]?|[^()]{1,120}?\s*\((?P<own>[^()]{2,80})\)?)\s*$"
)
SONG_LEAD = re.compile(r"^[\"“](?P<song>[^\"”]{1,60})[\"”]\s+(?P<rest>[A-Z0-9].{1,80})$")


def show_beside_song(heading: str, body: str, *, songs: bool = False) -> str:
    """The show a song list's heading names beside its song, or the heading; in a list of
    songs (``songs``), also beside an unquoted song ("Song by Artist, Show", "Song – Show")."""
    if songs and (plain := plain_song(heading)):
        return plain["show"].strip()
    return _beside_song(_after_song(heading, body))


def plain_song(heading: str) -> re.Match[str] | None:
    """A song list's heading that credits its song without quotes ("Song by Artist, Show",
    "Show [Song] by Artist", "Song – Show"): groups ``song``, ``show`` and, when it says,
    ``artist``."""
    if re.search(r"[\"“”]", heading):
        return None
    return PLAIN_SONG.match(heading) or BRACKET_SONG.match(heading) or DASHED_SONG.match(heading)


PLAIN_SONG = re.compile(  # "One Step Closer by Intersection, Fruits Basket"
    r"^(?P<song>[^,]{1,60}?)\s+by\s+(?P<artist>[^,]{1,60}),\s+(?P<show>[A-Z0-9].{0,100})$"
)
BRACKET_SONG = re.compile(  # "Kuzu no Honkai [Uso no Hibana] by 96neko"
    r"^(?P<show>[^\[\]]{1,100}?)\s+\[(?P<song>[^\]]{1,60})\]\s+by\s+(?P<artist>.{1,60})$"
)
DASHED_SONG = re.compile(r"^(?P<song>[^–—]{1,60}?)\s+[–—-]\s+(?P<show>[A-Z0-9][^–—]{0,100})$")


SONG_MAKERS = re.compile(r"^(?:written|composed|arranged|lyrics)\b[^\n]*\bby\b", re.I)
VIDEO_TAIL = re.compile(r"\b(?:short\s+)?(?:MV|music\s+video)$", re.I)


def song_section(heading: str, first_line: str) -> bool:
    """A round-up section that is a song's: its heading names a music video ('"X" short
    MV') or its first line credits the song's makers ("written/composed/arranged by Jin")."""
    return bool(VIDEO_TAIL.search(heading) or SONG_MAKERS.match(first_line))

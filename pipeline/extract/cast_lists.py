"""Which way round a cast list is written, from the shape of its lines.

"Character: Actor" and "Actor – Character" lists look alike line by line; a list as a
whole tells them apart. An actor is credited by a full name, a character often by one
name or by a name and a description, so a list whose lines set a full name on the left
and one word ("Reina Ueda – Itsumi"), a described part ("Yuko Kaida - Isabella, the
mother") or a part someone plays ("A: will play Balance, a UMA ...") on the right is
written actor first; one word on the left and a full name on the right is the other way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.core.models import CastMember
from pipeline.extract.cast_pairs import cast_member
from pipeline.extract.labels import label_of
from pipeline.extract.names import strip_parentheses
from pipeline.extract.profiles import CAST_TALK
from pipeline.extract.segments import Unit

SHAPED_LINE = re.compile(
    r"^[-•*·]?\s*(?P<left>[^:：—–()\n]{2,40}?(?:\s*\([^()\n]{1,60}\))?)\s*(?:[:：]|\s[—–-]\s)\s*"
    r"(?P<right>[^\n]{1,120})$"
)
NAME_WORD = re.compile(r"^[A-ZÀ-ÞĀ-Ž][\w.'’-]*$")
DESCRIBED = re.compile(r"^(?P<c>[^,;()]{1,40}),\s+(?:the|a|an|his|her|their|who|one)\b")
PLAYS = re.compile(r"^(?:will\s+)?(?:play|plays|voice|voices|be)\s+(?P<c>[^,;()]{1,40})")
CAST_CUE = re.compile(CAST_TALK, re.I)
ACTOR_FIRST_LINES = 2  # lines shaped actor first that make the whole list so


def actor_first_list(units: Iterable[Unit]) -> bool:
    """Whether a cast list's lines are shaped actor first, and none the other way: the
    lines of a cast section, or those below a line that speaks of the cast or announces a
    list (not a blog's "Sub Group: X" under each show)."""
    actor_side = character_side = 0
    cast_run = False
    for unit in units:
        shape = _shape(unit) if cast_run or unit.section == "cast" else None
        if shape is None:
            cast_run = bool(CAST_CUE.search(unit.text)) or unit.text.rstrip().endswith(":")
            continue
        actor_side += shape == "actor"
        character_side += shape == "character"
    return actor_side >= ACTOR_FIRST_LINES and actor_side > 2 * character_side


def actor_first_member(unit: Unit) -> CastMember | None:
    """The actor and part of one line of a list written actor first."""
    sides = _sides(unit.text)
    if sides is None or not _full_name(sides[0]):
        return None
    left, right = sides
    part = DESCRIBED.match(right) or PLAYS.match(right)
    character = part["c"] if part else right
    if len(character.split()) > 3 or not NAME_WORD.match(character.split()[0]):
        return None
    return cast_member(left, character)


def _sides(text: str) -> tuple[str, str] | None:
    """A list line's two sides without their notes in parentheses."""
    match = SHAPED_LINE.match(text.strip())
    if match is None:
        return None
    left, right = (strip_parentheses(match[side]).strip() for side in ("left", "right"))
    return left, right.rstrip(".;")


def _shape(unit: Unit) -> str | None:
    if not (unit.is_item or unit.section == "cast"):
        return None
    sides = _sides(unit.text)
    labelled = label_of(unit.text) if sides else None
    if sides is None or (labelled and labelled.field is not None):
        return None
    left, right = sides
    words = right.split()
    one_word = len(words) == 1 and NAME_WORD.match(words[0])
    if _full_name(left) and (one_word or DESCRIBED.match(right) or PLAYS.match(right)):
        return "actor"
    if len(left.split()) == 1 and NAME_WORD.match(left) and _full_name(right):
        return "character"
    return "either" if _full_name(left) and _full_name(right) else None  # the list goes on


def _full_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 3 and all(NAME_WORD.match(w) for w in words)

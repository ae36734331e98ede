"""Cast pairs that span a sentence or the article: "A, B and C voice X, Y and Z,
respectively", a role given later under the actor's family name alone ("Ueda will voice
Ranko"), and the one way every reader writes a member (``cast_member``, ``bare``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from pipeline.core.models import CastMember
from pipeline.extract.cast_forms import (
    BACK_AS,
    RESPECTIVELY,
    ROLES,
    SURNAME_ROLE_AT,
    VOICED_RESPECTIVELY,
)
from pipeline.extract.names import clean_name, split_names, strip_parentheses
from pipeline.extract.segments import Unit
from pipeline.extract.title_spans import positions

ROLE_WORD = re.compile(r"\s+(?:role|役)$")  # "Shiori role" of translated news
DESCRIBED_ROLE = re.compile(r"\s*,\s*(?:and\s+)?(?:[a-z]+\s+)?|\s+and\s+(?:[a-z]+\s+)?")
CHARACTERS_LISTED = re.compile(  # "... the characters X and Y.", "The new characters are X, Y."
    rf"\bcharacters(?:\s+(?:[a-z][\w'’-]*\s+){{0,5}}?(?:are|include))?\s+(?P<c>{ROLES})\s*[.;]?\s*$"
)
KNOWN_AS = re.compile(  # ", best known as X in Y,", ", whose well-known roles include X,"
    r",\s+(?:meanwhile,\s+)?(?:(?:(?:best|widely|well)\s+)?known\s+(?:as|for)"
    r"|whose\s+(?:[\w-]+\s+){0,2}roles\s+include|who\s+(?:previously\s+|also\s+)?(?:played|voiced))"
    r"\s+[^;]{1,200}?,"
    r"(?=\s+(?:will|is|are|was|has|plays|voices)\b)"
)


def respectively(text: str, previous: str) -> list[CastMember]:
    """ "A, B and C voice X, Y and Z, respectively", or "... characters X, Y and Z. A, B
    and C will voice these characters, respectively": actors and roles paired in order;
    so are "A and B come back for their roles as X and Y" and "A and B have joined the
    cast as X (left) and Y (right)"."""
    back = BACK_AS.search(strip_parentheses(text)) if "roles" in text or "joined" in text else None
    if back:
        actors, characters = split_names(back.group("a")), split_names(back.group("c"))
        if len(actors) >= 2 and len(actors) == len(characters):
            return [cast_member(a, c) for a, c in zip(actors, characters, strict=True)]
    if "respectively" not in text:
        return []
    reversed_pairs = VOICED_RESPECTIVELY.search(text)
    if reversed_pairs:  # "X and Y, who are voiced by A and B respectively"
        actors = split_names(reversed_pairs.group("a"))
        characters = [bare(c) for c in DESCRIBED_ROLE.split(reversed_pairs.group("c")) if c]
        if len(actors) >= 2 and len(actors) == len(characters):
            return [cast_member(a, c) for a, c in zip(actors, characters, strict=True)]
    match = RESPECTIVELY.search(text) or RESPECTIVELY.search(strip_parentheses(text))
    if not match:  # ... or with the roles' asides: "Princess (royal penguin), Gean, ..."
        return []
    actors = split_names(match.group("a"))
    roles = match.group("c")
    if roles is None:  # "these characters": the previous sentence's list of them
        listed = CHARACTERS_LISTED.search(previous)
        roles = listed.group("c") if listed else ""
    characters = split_names(roles)
    if len(actors) < 2 or len(actors) != len(characters):
        return []
    return [cast_member(a, c) for a, c in zip(actors, characters, strict=True)]


def _roles_after(surname: str, text: str) -> list[str]:
    """The roles ``text`` gives right after ``surname`` as a whole word ("Ueda will voice
    Ranko"), found by plain search and one pattern for every name."""
    roles: list[str] = []
    last_end = 0
    for start in positions(surname, text):
        match = SURNAME_ROLE_AT.match(text, start + len(surname))
        if start >= last_end and text[start - 1 : start] != "-" and match:
            roles.append(match.group("c"))
            last_end = match.end()
    return roles


def by_surname(members: tuple[CastMember, ...], units: Iterable[Unit]) -> list[CastMember]:
    """``members`` with a role given later under the actor's family name alone ("Ueda will
    voice Ranko"), for an actor first named without one."""
    if all(m.character is not None or " " not in m.actor for m in members):
        return list(members)  # a quick check first: no actor waits for a role
    text = KNOWN_AS.sub("", "\n".join(u.text for u in units))  # "Ueda, known as X, plays Y"
    out: list[CastMember] = []
    for member in members:
        words = member.actor.split()
        if member.character is not None or len(words) < 2:
            out.append(member)
            continue
        roles = [bare(c) for c in _roles_after(words[-1], text)]
        out.extend([replace(member, character=r) for r in roles if r] or [member])
    return out


def cast_member(actor: str, character: str) -> CastMember:
    return CastMember(actor=clean_name(actor), character=bare(character) or None)


def bare(name: str) -> str:
    return ROLE_WORD.sub("", name.strip(" \t\"“”'‘’,.;:!?-–—"))

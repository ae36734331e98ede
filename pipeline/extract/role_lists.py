"""Sentences that credit several roles at once: one person's coordinated predicates
("X directed the anime and also handled the screenplay"), a list of role nouns ("X is the
director, scriptwriter, and character designer"), "X fills both the A and B roles" and
"A, B and C returned as X, Y and Z, respectively"."""

from __future__ import annotations

import re

from pipeline.extract.labels import Labelled, label_of
from pipeline.extract.names import PEOPLE, PERSON, split_names
from pipeline.extract.staff_roles import COORDINATED, FILLS_ROLES, ROLE_NOUNS, ROLES, ROLES_LINE

ROLE_WORDS = 4  # words of one role's name in a line of several ("Chief animation director")
MULTI_ROLE = re.compile(r"\s*(?:,|/|&|\band\b)\s*(?:also\s+)?")
OTHER_SUBJECT = re.compile(r",?\s+(?:and|while|but|whereas)\s+(?=[A-Z])|;\s+")
LEAD_PERSON = re.compile(rf"(?P<n>{PERSON})\s+(?P<be>(?:is|was|will\s+be|will)\s+)?")
CREDITED_WITH = re.compile(  # "X is credited with the direction, story, and screenplay"
    rf"(?P<n>{PERSON})\s+(?:is|was|will\s+be)\s+(?:also\s+)?credited\s+with\s+(?:the\s+)?"
    r"(?P<r>[a-z][a-z -]{2,30}(?:(?:,\s*|,?\s+and\s+)[a-z][a-z -]{2,30}?)+)(?=\s+for\b|\s*[.;]|$)"
)
RESPECTIVE_ROLES = re.compile(
    rf"(?P<a>{PEOPLE})\s+(?:will\s+)?(?:also\s+|all\s+|both\s+)?(?:returned|return|returns|joined"
    r"|join|serve|served|(?:are|is)\s+(?:both\s+|all\s+)?back)(?:\s+from\s+[^,.;]{1,60}?)?"
    r"\s*,?\s+as\s+(?P<r>[^.;]+?),?\s+respectively"
)

PEOPLE_AS_ROLES = re.compile(  # "it has A and B as director and writer", "A, B, and C are coming
    rf"(?P<a>{PEOPLE})\s+(?:(?:are|were)\s+(?:coming\s+back|returning|back)\s+)?as\s+(?:the\s+)?"
    r"(?P<r>[a-z][a-z -]{2,30}?(?:,\s*[a-z][a-z -]{2,30}?)*,?\s+and\s+[a-z][a-z -]{2,30}?)"
    r"(?=\s*[.,;]|$)"  # back as series writer, character designer, and composer"
)


def filled_roles(prose: str) -> list[tuple[str, str]]:
    """("director", X) and ("series_composition", X) for "X fills both the chief director and
    series script supervisor roles" and for "X is the director, scriptwriter, and character
    designer" (where every listed noun is a role), and for "X is credited with the
    direction, story, and screenplay" (those of its nouns that are roles)."""
    match = FILLS_ROLES.search(prose) if " roles" in prose else None
    match = match or (CREDITED_WITH.search(prose) if "credited with" in prose else None)
    if match:
        return [(f, match.group("n")) for f in fields_named(match.group("r")) if f in ROLES]
    match = ROLE_NOUNS.search(prose) if "," in prose or " and " in prose else None
    fields = fields_named(match.group("r")) if match else []
    if not match or len(fields) < len([r for r in MULTI_ROLE.split(match.group("r")) if r]):
        return []
    return [(f, match.group("n")) for f in fields if f in ROLES]


def coordinated(prose: str) -> list[str]:
    """The second predicates of a sentence about one person, each with that person as its
    subject: "X directed the anime and also handled the screenplay" gives "X handled the
    screenplay"."""
    lead = LEAD_PERSON.match(prose) if " and " in prose else None
    if lead is None:
        return []
    name, be = lead.group("n"), lead.group("be") or ""
    own = OTHER_SUBJECT.split(prose[lead.end() :], maxsplit=1)[0]  # not "..., and Y is ..."
    return [f"{name} {be}{own[m.end() :]}" for m in COORDINATED.finditer(own)]


def fields_named(roles: str) -> list[str]:
    """The record's fields a list of roles names ("chief director and series script
    supervisor" → director, series_composition)."""
    labels = (label_of(f"{part}: x") for part in MULTI_ROLE.split(roles))
    return [one.field for one in labels if one and one.field]


def respective_roles(prose: str) -> list[tuple[str, str]]:
    """("music", "D") ... for "A, B, C, and D also returned, as art director, color
    designer, sound director, and composer, respectively", and for "A and B as director and
    writer" (two people, two roles, in order)."""
    match = RESPECTIVE_ROLES.search(prose) if "respectively" in prose else None
    match = match or (PEOPLE_AS_ROLES.search(prose) if " as " in prose else None)
    if not match:
        return []
    names = split_names(match.group("a"))
    roles = [r for r in MULTI_ROLE.split(match.group("r").strip()) if r]  # "series writer, ..."
    if len(names) != len(roles):
        return []
    fields = [(label_of(f"{role}: x"), name) for role, name in zip(roles, names, strict=True)]
    return [(str(f.field), n) for f, n in fields if f and f.field in ROLES]


def roles_label(text: str) -> Labelled | None:
    """A line whose label names several roles with commas ("Character designer, Chief
    animation director: X", "Director, Original Story: Y"), which ``label_of`` does not
    read; its field is None, ``fields_named`` tells the roles."""
    head = text[:90]
    match = ROLES_LINE.match(text.strip()) if ("," in head or "/" in head) and ":" in head else None
    if match is None:
        return None
    label = " ".join(match.group("label").lower().split())
    parts = [p.strip() for p in re.split(r"[,/]", label)]
    if any(len(p.split()) > ROLE_WORDS for p in parts):
        return None  # a sentence with a colon, not a line of roles
    return Labelled(label, match.group("value").strip(), None) if fields_named(label) else None

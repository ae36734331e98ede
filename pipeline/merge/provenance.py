"""How a fact is spelled in its Provenance records, and how sure its sources are.

Every value merge takes is recorded as text (``value_text``, ``member_text``,
``theme_text``), so the records of one field can be compared with the show's current
value. A value's confidence combines the articles that agree with it:
1 - prod(1 - c) over distinct articles, each at its surest record.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date

from pipeline.core.models import CastMember, Provenance, ShowFacts, ThemeSong


def value_text(value: object) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


def member_text(member: CastMember) -> str:
    return f"{member.character}: {member.actor}" if member.character else member.actor


def theme_text(song: ThemeSong) -> str:
    label = song.kind or "theme"
    title = f'"{song.title}"' if song.title else "untitled"
    return f"{label}: {title} by {song.artist}" if song.artist else f"{label}: {title}"


def fact_texts(facts: ShowFacts, name: str) -> tuple[str, ...]:
    """The current value(s) of field ``name`` as their Provenance records spell them."""
    value = getattr(facts, name)
    if name == "cast":
        return tuple(member_text(m) for m in value)
    if name == "themes":
        return tuple(theme_text(t) for t in value)
    if isinstance(value, tuple):
        return value
    return () if value is None else (value_text(value),)


def by_field(provenance: Iterable[Provenance]) -> dict[str, list[Provenance]]:
    """Provenance records grouped by the field they source."""
    rows: dict[str, list[Provenance]] = {}
    for record in provenance:
        rows.setdefault(record.field, []).append(record)
    return rows


def agreeing_texts(name: str, item: object) -> frozenset[str]:
    """The Provenance values of field ``name`` that agree with ``item``, as merge decides.

    Scalars and list entries are recorded in their kept spelling. A cast member or a
    song is the same one with or without the role, kind, title or artist that a later
    article filled in, so its earlier, shorter records agree with it too.
    """
    if isinstance(item, CastMember):
        return frozenset({member_text(item), item.actor})
    if isinstance(item, ThemeSong):
        return frozenset(
            theme_text(ThemeSong(kind, title, artist))
            for kind in {item.kind, None}
            for title in {item.title, None}
            for artist in {item.artist, None}
        )
    return frozenset({value_text(item)})


def item_confidence(provenance: Iterable[Provenance], name: str, item: object) -> float:
    """How sure the sources that agree with ``item`` of field ``name`` are, together."""
    texts = agreeing_texts(name, item)
    return combined(p for p in provenance if p.field == name and p.value in texts)


def combined(records: Iterable[Provenance]) -> float:
    """1 - prod(1 - c) over distinct articles, each at its surest record; 1.0 without any.

    An article is its link, else its id: an edited version re-read under a new id does
    not confirm itself. A value with no record (set by hand) is not doubted.
    """
    surest: dict[object, float] = {}
    for record in records:
        key = record.link or record.article_id or (record.feed_id, record.seen_at)
        surest[key] = max(surest.get(key, 0.0), record.confidence)
    if not surest:
        return 1.0
    return round(1.0 - math.prod(1.0 - c for c in surest.values()), 6)

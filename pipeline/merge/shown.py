"""What readers see of a show: only the facts sure enough to print.

Each fact has a confidence (``merge.combine.item_confidence``): how sure the extractor was
of it, combined over the articles that agree with it. The email and the archive print a
fact only at ``SHOWN_CONFIDENCE`` or more; below it a scalar is blanked and a list keeps
only its sure entries (cast members, studios... each have their own sources). The title
is always shown. ``anime-digest shows --json`` prints every confidence, shown or not.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import fields, replace
from typing import Any

from pipeline.core.models import SHOWN_CONFIDENCE, Provenance, Show, ShowFacts
from pipeline.merge.provenance import (
    agreeing_texts,
    by_field,
    combined,
    fact_texts,
    item_confidence,
)

Confidence = float | dict[str, float]  # a scalar's, or each list entry's by its text
_FIELDS = tuple(f.name for f in fields(ShowFacts) if f.name != "title")  # never blanked


def shown(show: Show) -> Show:
    """``show`` as readers see it: its shown facts, and the sources of sure values only."""
    facts = shown_facts(show)
    return replace(show, facts=facts, provenance=_sure_sources(show, facts))


def shown_facts(show: Show) -> ShowFacts:
    """The show's facts with every value below ``SHOWN_CONFIDENCE`` left out."""
    rows = by_field(show.provenance)
    blanked: dict[str, Any] = {}
    for name in _FIELDS:
        value = getattr(show.facts, name)
        items = _as_items(value)
        sure = tuple(
            i for i in items if item_confidence(rows.get(name, []), name, i) >= SHOWN_CONFIDENCE
        )
        if sure != items:
            blanked[name] = sure if isinstance(value, tuple) else None
    return replace(show.facts, **blanked)


def confidences(show: Show) -> dict[str, Confidence]:
    """Each fact's confidence: a number per scalar, ``{entry text: number}`` per list."""
    rows = by_field(show.provenance)
    found: dict[str, Confidence] = {}
    for name in ("title", *_FIELDS):
        value = getattr(show.facts, name)
        if value is None or value == ():
            continue
        if isinstance(value, tuple):
            texts = fact_texts(show.facts, name)
            found[name] = {
                text: item_confidence(rows.get(name, []), name, item)
                for item, text in zip(value, texts, strict=True)
            }
        else:
            found[name] = item_confidence(rows.get(name, []), name, value)
    return found


def _sure_sources(show: Show, facts: ShowFacts) -> tuple[Provenance, ...]:
    """Records of shown values, and of earlier values that were sure in their time."""
    kept = _texts(facts)
    current = _texts(show.facts)
    by_value: defaultdict[tuple[str, str], list[Provenance]] = defaultdict(list)
    for record in show.provenance:
        by_value[(record.field, record.value)].append(record)

    def sure(key: tuple[str, str]) -> bool:
        if key in current:
            return key in kept
        return combined(by_value[key]) >= SHOWN_CONFIDENCE

    return tuple(p for p in show.provenance if sure((p.field, p.value)))


def _texts(facts: ShowFacts) -> set[tuple[str, str]]:
    """(field, text) of every value of ``facts``, in each spelling its records may have."""
    return {(name, text) for name, item in _items(facts) for text in agreeing_texts(name, item)}


def _items(facts: ShowFacts) -> Iterator[tuple[str, object]]:
    for field in fields(ShowFacts):
        for item in _as_items(getattr(facts, field.name)):
            yield field.name, item


def _as_items(value: object) -> tuple[object, ...]:
    """A list field's entries, or a scalar as one entry (none when unknown)."""
    if isinstance(value, tuple):
        return value
    return () if value is None else (value,)

"""The season catalogue as a gazetteer: a title the catalogue knows is strong evidence.

A show's title is the extractor's least certain fact, and every other field's
confidence is the title's times how the field was read. When the chosen title (or one
of its alternative titles) matches a catalogue entry's romaji, English or native
title or synonym, folded and scored as merge matches titles (sequel markers must
agree), the title's confidence is raised to ``CATALOGUE_TITLE``, and the show's
other facts with it.

Entries come from the store (``extract --catalog``, and ``build`` when the catalogue is
on) or from a JSON file as ``anime-digest catalog list --json`` prints them
(``--catalog-file``, for tests and benchmarks).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from pipeline.core.codec import from_json
from pipeline.core.errors import ExtractError
from pipeline.core.models import CatalogEntry
from pipeline.core.names import TitleIndex

CATALOGUE_TITLE = 0.95  # a title the catalogue knows is this sure, at least


class Gazetteer:
    """The titles of a set of catalogue entries, for quick matching."""

    def __init__(self, entries: Iterable[CatalogEntry]) -> None:
        self._index = TitleIndex()
        self.size = 0
        for entry in entries:
            self._index.add(f"{entry.source}:{entry.id}", entry.titles)
            self.size += 1

    def knows(self, names: Sequence[str | None]) -> bool:
        """Whether any of ``names`` is a title of a catalogue entry."""
        wanted = [n for n in names if n]
        return bool(wanted) and bool(self._index.scores(wanted))


def surer(gazetteer: Gazetteer | None, names: Sequence[str | None], sure: float) -> float:
    """The title's confidence once the catalogue has had its say."""
    if gazetteer is not None and gazetteer.knows(names):
        return max(sure, CATALOGUE_TITLE)
    return sure


def read_entries(path: Path) -> list[CatalogEntry]:
    """Catalogue entries from a JSON list; ExtractError names the file and the entry."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ExtractError(f"{path}: cannot read catalogue entries: {exc}") from exc
    if not isinstance(raw, list):
        raise ExtractError(f"{path}: expected a JSON list of catalogue entries")
    entries = []
    for index, item in enumerate(raw):
        try:
            entries.append(from_json(CatalogEntry, item))
        except (TypeError, ValueError, AttributeError) as exc:
            raise ExtractError(
                f"{path}: entry #{index + 1} is not a catalogue entry: {exc}"
            ) from exc
    return entries

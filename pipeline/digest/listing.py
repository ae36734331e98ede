"""Readable and JSON listings of merged shows: facts, where each came from, recent changes.

A fact below ``SHOWN_CONFIDENCE`` (kept out of the email and the archive until another
source confirms it) is marked ``(?)`` in the text; the JSON gives every fact's confidence.

Feed text is untrusted: control characters (terminal escapes included) are replaced
before anything is printed, and callers print without markup interpretation.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime

from pipeline.core.codec import to_json
from pipeline.core.models import SHOWN_CONFIDENCE, Provenance, Show, ShowEvent, ShowFacts
from pipeline.core.reports import MergeReport
from pipeline.merge import Confidence, confidences, fact_texts

RECENT_CHANGES = 5  # change events shown per show, newest first

# (field, label) in the order a reader wants them; title is the heading
_FIELDS = (
    ("alt_titles", "also known as"),
    ("season", "season"),
    ("premiere_date", "premiere date"),
    ("premiere_time", "premiere time"),
    ("broadcasters", "broadcasters"),
    ("streaming", "streaming"),
    ("studios", "studio"),
    ("director", "director"),
    ("series_composition", "series composition"),
    ("character_design", "character design"),
    ("music", "music"),
    ("original_creator", "original creator"),
    ("source_material", "source"),
    ("episodes_or_cours", "length"),
    ("genres", "genres"),
    ("cast", "cast"),
    ("themes", "themes"),
)
_Source = tuple[str | None, str | None, datetime | None]  # feed id, link, seen at
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
UNSURE = " (?)"  # after a fact below SHOWN_CONFIDENCE


def in_season(shows: Sequence[Show], season: str | None) -> list[Show]:
    """The shows of ``season`` ("spring 2021" matches "Spring 2021"); all when None."""
    if season is None:
        return list(shows)
    wanted = " ".join(season.split()).casefold()
    return [s for s in shows if (s.facts.season or "").casefold() == wanted]


def render_text(
    shows: Sequence[Show], events: Sequence[ShowEvent], *, outlets: Mapping[str, str] | None = None
) -> str:
    """One block per show: heading, facts with source numbers, sources, recent changes.

    ``outlets`` names feeds by id (from sources.yaml); a feed not in it shows its id.
    """
    if not shows:
        return "No shows yet: run `anime-digest build` after fetching some articles."
    by_slug = _events_by_slug(events)
    names = outlets or {}
    text = "\n\n".join(_show_block(s, by_slug.get(s.slug, []), names) for s in shows)
    if UNSURE in text:
        text += f"\n\n{UNSURE.strip()} unconfirmed: confidence below {SHOWN_CONFIDENCE}, "
        text += "left out of the email and the archive until another source confirms it"
    return text


def render_json(shows: Sequence[Show], events: Sequence[ShowEvent]) -> str:
    """A JSON list of shows, each with its facts, their confidence, provenance and events."""
    by_slug = _events_by_slug(events)
    items = [
        {**to_json(s), "confidence": confidences(s), "events": to_json(by_slug.get(s.slug, []))}
        for s in shows
    ]
    return json.dumps(items, ensure_ascii=False, indent=2)


def render_report(report: MergeReport) -> str:
    """A short summary of one merge pass."""
    lines = [
        f"articles read: {report.articles_read}, show mentions: {report.mentions}",
        f"shows added: {report.shows_added}, shows changed: {report.shows_changed}, "
        f"change events: {report.events}",
    ]
    if report.unnamed:
        lines.append(f"unnamed projects left out: {report.unnamed}")
    lines += [f"could not extract {_clean(reason)}" for reason in report.failed]
    return "\n".join(lines)


def _events_by_slug(events: Sequence[ShowEvent]) -> dict[str, list[ShowEvent]]:
    grouped: dict[str, list[ShowEvent]] = {}
    for item in events:
        grouped.setdefault(item.show_slug, []).append(item)
    return grouped


def _show_block(show: Show, events: list[ShowEvent], outlets: Mapping[str, str]) -> str:
    sources = _sources(show.provenance)
    sure = confidences(show)
    lines = [f"{_clean(show.facts.title or '(untitled)')}  [{show.slug}]"]
    for name, label in _FIELDS:
        line = _fact_line(show, name, label, sources, sure.get(name, 1.0))
        if line:
            lines.append(line)
    lines += _catalog_lines(show)
    lines.append("  sources:")
    lines += [f"    [{n}] {_clean(_cited(key, outlets))}" for key, n in sources.items()]
    newest_first = sorted(reversed(events), key=lambda e: e.at, reverse=True)
    recent = newest_first[:RECENT_CHANGES]
    if recent:
        lines.append("  recent changes:")
        lines += [f"    {e.at:%Y-%m-%d}  {_clean(e.message)}" for e in recent]
    return "\n".join(lines)


def _catalog_lines(show: Show) -> list[str]:
    """The catalogue's own facts (entry, cover, synopsis), each saying where it came from."""
    link = show.catalog
    if link is None:
        return []
    name = "AniList" if link.source == "anilist" else link.source
    lines = [f"  catalogue: {name} #{link.id}" + (f" {_clean(link.url)}" if link.url else "")]
    if not show.news:
        lines.append("  news: none yet (listed from the catalogue only)")
    if link.cover_url:
        lines.append(f"  cover: {_clean(link.cover_url)} ({name})")
    if link.synopsis:
        lines.append(f"  synopsis: {_clean(link.synopsis)} ({name})")
    return lines


def _fact_line(
    show: Show, name: str, label: str, sources: dict[_Source, int], sure: Confidence
) -> str | None:
    values = fact_texts(show.facts, name)
    if not values:
        return None
    refs = sorted(
        {sources[_source_key(p)] for p in show.provenance if p.field == name and p.value in values}
    )
    levels = [sure] * len(values) if isinstance(sure, float) else [sure[v] for v in values]
    items = [
        item + (UNSURE if level < SHOWN_CONFIDENCE else "")
        for item, level in zip(_display(show.facts, name, values), levels, strict=True)
    ]
    joined = "; ".join(items) if name in ("themes", "alt_titles", "cast") else ", ".join(items)
    cited = f"  [{', '.join(map(str, refs))}]" if refs else ""
    return f"  {label}: {_clean(joined)}{cited}"


def _display(facts: ShowFacts, name: str, values: tuple[str, ...]) -> list[str]:
    """Each value of field ``name`` as a reader writes it."""
    if name == "premiere_date" and isinstance(facts.premiere_date, date):
        return [f"{facts.premiere_date:%a %d %b %Y}"]
    if name == "cast":
        return [f"{m.actor} as {m.character}" if m.character else m.actor for m in facts.cast]
    return list(values)


def _sources(provenance: Sequence[Provenance]) -> dict[_Source, int]:
    """Each distinct feed, link and time, numbered in the order first seen."""
    numbered: dict[_Source, int] = {}
    for item in sorted(provenance, key=lambda p: (p.seen_at is None, p.seen_at)):
        numbered.setdefault(_source_key(item), len(numbered) + 1)
    return numbered


def _source_key(item: Provenance) -> _Source:
    return (item.feed_id, item.link, item.seen_at)


def _cited(key: _Source, outlets: Mapping[str, str]) -> str:
    feed_id, link, seen_at = key
    outlet = outlets.get(feed_id or "", feed_id or "unknown feed")
    seen = f" ({seen_at:%Y-%m-%d})" if seen_at else ""
    return f"{outlet}{seen}: {link}" if link else f"{outlet}{seen}"


def _clean(text: str) -> str:
    return _CONTROL.sub(" ", text)

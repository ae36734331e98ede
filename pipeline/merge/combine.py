"""Fold one mention into one show: the conflict rules, provenance and change events.

- Scalars (season, premiere date and time, source material, length) fill in when
  unknown; a different value replaces the current one only when the mention was seen
  later than every source of the current value.
- Lists (stations, services, studios, staff, genres) accumulate; a near-duplicate
  ("TOKYO MX" / "Tokyo MX", "Kōta Ishimori" / "Kota Ishimori") is the same entry.
- Cast accumulates by actor and character; an actor listed without a role gains it.
- Themes accumulate by kind and title; an untitled song gains its title when announced.
- Every value taken, or confirmed again, gets a Provenance record carrying the
  mention's confidence in that field; identical records are kept once, so folding the
  same mention twice changes nothing.
- A value's confidence combines its sources: 1 - prod(1 - c) over the distinct articles
  that agree with it (``item_confidence``). Change events speak only of values at
  ``SHOWN_CONFIDENCE`` or more, so a fact readers cannot see yet is announced when a
  second source confirms it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, TypeVar

from pipeline.core import names as title_names
from pipeline.core.models import (
    SHOWN_CONFIDENCE,
    CastMember,
    EventKind,
    Provenance,
    Show,
    ShowEvent,
    ShowFacts,
    ShowMention,
    ThemeSong,
)
from pipeline.merge.provenance import (
    by_field,
    item_confidence,
    member_text,
    theme_text,
    value_text,
)

SCALARS = ("season", "premiere_date", "premiere_time", "source_material", "episodes_or_cours")
LISTS = (
    "broadcasters",
    "streaming",
    "studios",
    "director",
    "series_composition",
    "character_design",
    "music",
    "original_creator",
    "genres",
)
T = TypeVar("T")
CAST_SHOWN = 5  # cast members named in one event before "and N more"

# list field → (event kind, singular label, plural label); fields absent here raise no event
_LIST_EVENTS: dict[str, tuple[EventKind, str, str]] = {
    "studios": ("studio", "Studio announced", "Studios announced"),
    "director": ("staff", "Director announced", "Directors announced"),
    "series_composition": ("staff", "Series composition announced", "Series composition announced"),
    "character_design": ("staff", "Character designer announced", "Character designers announced"),
    "music": ("staff", "Composer announced", "Composers announced"),
    "original_creator": ("staff", "Original creator named", "Original creators named"),
}
_THEME_LABELS = {"opening": "Opening theme", "ending": "Ending theme", "insert": "Insert song"}


@dataclass(slots=True)
class _Draft:
    """The show being updated by one mention (private and short-lived)."""

    facts: ShowFacts
    provenance: list[Provenance]
    mention: ShowMention
    now: datetime
    quiet: bool  # a brand-new show reports "New show" only, not each of its facts
    slug: str
    events: list[ShowEvent] = field(default_factory=list)
    by_field: dict[str, list[Provenance]] = field(default_factory=dict)  # provenance by field

    def __post_init__(self) -> None:
        self.by_field.update(by_field(self.provenance))

    def note(self, field_name: str, value: str, *, said: str | None = None) -> None:
        """Record where ``value`` came from; ``said`` is the mention's field, if another."""
        m = self.mention
        sure = m.confidence_of(said or field_name)
        record = Provenance(field_name, value, m.article_id, m.feed_id, m.link, m.seen_at, sure)
        if record not in self.provenance:
            self.provenance.append(record)
            self.by_field.setdefault(field_name, []).append(record)

    def shown(self, field_name: str, item: object) -> bool:
        """Whether ``item`` (a value or list item of ``field_name``) is sure enough to show."""
        rows = self.by_field.get(field_name, [])
        return item_confidence(rows, field_name, item) >= SHOWN_CONFIDENCE

    def visible(self, field_name: str, value: T | None) -> T | None:
        """A scalar ``value`` if it is sure enough to show, else None."""
        return value if value is not None and self.shown(field_name, value) else None

    def set(self, field_name: str, value: Any) -> None:
        self.facts = replace(self.facts, **{field_name: value})

    def tell(self, kind: EventKind, message: str) -> None:
        if not self.quiet:
            m = self.mention
            self.events.append(ShowEvent(self.slug, kind, message, self.now, m.article_id, m.link))


def fold_in(
    show: Show, mention: ShowMention, *, now: datetime, new: bool
) -> tuple[Show, list[ShowEvent]]:
    """The show with ``mention`` folded in, and the change events that caused."""
    draft = _Draft(show.facts, list(show.provenance), mention, now, new, show.slug)
    _titles(draft)
    for name in SCALARS:
        _scalar(draft, name)
    for name in LISTS:
        _list(draft, name)
    _cast(draft)
    _themes(draft)
    return _finish(show, draft), draft.events


def _finish(show: Show, draft: _Draft) -> Show:
    seen = draft.mention.seen_at or draft.now
    changed = draft.facts != show.facts
    return replace(
        show,
        facts=draft.facts,
        provenance=tuple(draft.provenance),
        first_seen=seen if show.first_seen is None else min(show.first_seen, seen),
        updated_at=draft.now if changed else show.updated_at,
        image_url=show.image_url or draft.mention.image_url,
    )


# ── titles ────────────────────────────────────────────────────────────────────


def _titles(draft: _Draft) -> None:
    said = draft.mention.facts
    title = draft.facts.title or ""  # merge never folds into an untitled show
    named = [("title", said.title), *(("alt_titles", alt) for alt in said.alt_titles)]
    for origin, name in named:
        if not name:
            continue
        if title_names.same_title_text(name, title):
            draft.note("title", title, said=origin)
            continue
        alts = draft.facts.alt_titles
        known = next((a for a in alts if title_names.same_title_text(a, name)), None)
        if known is None:
            draft.set("alt_titles", (*alts, name))
        draft.note("alt_titles", known or name, said=origin)


# ── scalars ───────────────────────────────────────────────────────────────────


def _scalar(draft: _Draft, name: str) -> None:
    new = getattr(draft.mention.facts, name)
    if new is None:
        return
    old = getattr(draft.facts, name)
    if old is not None and old != new and not _newer(draft, name, old):
        return
    was = draft.visible(name, old)
    draft.note(name, value_text(new))
    if old != new:
        draft.set(name, new)
    if draft.visible(name, new) not in (None, was):  # readers see a new value
        _scalar_event(draft, name, was, new)


def _newer(draft: _Draft, name: str, old: object) -> bool:
    """Whether the mention came after every source of the current value.

    Later means seen later; at the same time, a later stored article (an edited version
    keeps its published time but gets a new id) counts as later.
    """
    m = draft.mention
    if m.seen_at is None:
        return False
    mine = (m.seen_at, m.article_id or 0)
    sources = [p for p in draft.provenance if p.field == name and p.value == value_text(old)]
    return all(p.seen_at is None or mine > (p.seen_at, p.article_id or 0) for p in sources)


def _scalar_event(draft: _Draft, name: str, old: Any, new: Any) -> None:
    if name == "premiere_date":
        if old is None:
            draft.tell("date_set", f"Premiere date set: {_day(new, weekday=True)}")
        else:
            moved = f"Premiere moved from {_day(old, other=new)} to {_day(new, other=old)}"
            draft.tell("date_changed", moved)
    elif name == "premiere_time":
        text = "set: " + new if old is None else f"moved from {old} to {new}"
        draft.tell("time_changed", f"Premiere time {text}")
    elif name == "episodes_or_cours":
        text = "announced: " + new if old is None else f"changed from {old} to {new}"
        draft.tell("episodes", f"Length {text}")


def _day(value: date, *, weekday: bool = False, other: date | None = None) -> str:
    text = f"{value:%b} {value.day}"
    if other is not None and other.year != value.year:
        text += f", {value.year}"
    return f"{text} ({value:%a})" if weekday else text


# ── lists ─────────────────────────────────────────────────────────────────────


def _list(draft: _Draft, name: str) -> None:
    known: tuple[str, ...] = getattr(draft.facts, name)
    before = [item for item in known if draft.shown(name, item)]
    items = list(known)
    for item in getattr(draft.mention.facts, name):
        same = title_names.find_same(items, item)
        if same is None:
            items.append(item)
        draft.note(name, same or item)
    if len(items) > len(known):
        draft.set(name, tuple(items))
    added = [item for item in items if item not in before and draft.shown(name, item)]
    if added:
        _list_event(draft, name, added)


def _list_event(draft: _Draft, name: str, added: list[str]) -> None:
    joined = _join(added)
    if name == "streaming":
        draft.tell("streaming", f"{_streaming_verb(draft)} {joined}")
    elif name == "broadcasters":
        draft.tell("broadcaster", f"Airs on {joined}")
    elif name in _LIST_EVENTS:
        kind, one, many = _LIST_EVENTS[name]
        draft.tell(kind, f"{one if len(added) == 1 else many}: {joined}")


def _streaming_verb(draft: _Draft) -> str:
    premiere = draft.visible("premiere_date", draft.facts.premiere_date)
    started = premiere is not None and premiere <= draft.now.date()
    return "Now streaming on" if started else "Will stream on"


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


# ── cast ──────────────────────────────────────────────────────────────────────


def _same_member(a: CastMember, b: CastMember) -> bool:
    if not title_names.same_name(a.actor, b.actor):
        return False
    return (
        a.character is None
        or b.character is None
        or title_names.same_name(a.character, b.character)
    )


def _cast(draft: _Draft) -> None:
    before = [m for m in draft.facts.cast if draft.shown("cast", m)]
    members = list(draft.facts.cast)
    _accumulate(members, draft.mention.facts.cast, _same_member, _fill_member)
    for member in draft.mention.facts.cast:
        kept = next(m for m in members if _same_member(m, member))
        draft.note("cast", member_text(kept))
    if tuple(members) != draft.facts.cast:
        draft.set("cast", tuple(members))
    added = [
        m
        for m in members
        if draft.shown("cast", m) and not any(_same_member(m, old) for old in before)
    ]
    if added:
        shown = [_member_phrase(m) for m in added[:CAST_SHOWN]]
        more = f", and {len(added) - CAST_SHOWN} more" if len(added) > CAST_SHOWN else ""
        head = (
            "Cast member announced" if len(added) == 1 else f"{len(added)} cast members announced"
        )
        draft.tell("cast", f"{head}: {', '.join(shown)}{more}")


def _fill_member(old: CastMember, new: CastMember) -> CastMember:
    return CastMember(actor=old.actor, character=old.character or new.character)


def _member_phrase(member: CastMember) -> str:
    return f"{member.actor} as {member.character}" if member.character else member.actor


# ── themes ────────────────────────────────────────────────────────────────────


def _same_theme(a: ThemeSong, b: ThemeSong) -> bool:
    return (
        (a.kind is None or b.kind is None or a.kind == b.kind)
        and (a.title is None or b.title is None or title_names.same_name(a.title, b.title))
        and (a.artist is None or b.artist is None or title_names.same_name(a.artist, b.artist))
    )


def _fill_theme(old: ThemeSong, new: ThemeSong) -> ThemeSong:
    return ThemeSong(old.kind or new.kind, old.title or new.title, old.artist or new.artist)


def _themes(draft: _Draft) -> None:
    before = draft.facts.themes
    seen = [draft.shown("themes", song) for song in before]  # readers saw these
    songs = list(before)
    _accumulate(songs, draft.mention.facts.themes, _same_theme, _fill_theme)
    for song in draft.mention.facts.themes:
        draft.note("themes", theme_text(next(s for s in songs if _same_theme(s, song))))
    for index, song in enumerate(songs):
        old = before[index] if index < len(before) and seen[index] else None
        news = old is None or (old.title is None and song.title is not None)
        if news and draft.shown("themes", song):
            draft.tell("theme", _theme_message(song))
    if tuple(songs) != before:
        draft.set("themes", tuple(songs))


def _theme_message(song: ThemeSong) -> str:
    label = _THEME_LABELS.get(song.kind or "", "Theme song")
    if song.title is None:
        return f"{label} artist announced: {song.artist}" if song.artist else f"{label} announced"
    by = f" by {song.artist}" if song.artist else ""
    return f'{label} announced: "{song.title}"{by}'


# ── shared ────────────────────────────────────────────────────────────────────


def _accumulate(
    items: list[T],
    incoming: tuple[T, ...],
    same: Callable[[T, T], bool],
    fill: Callable[[T, T], T],
) -> list[T]:
    """Add ``incoming`` to ``items`` in place: fill matches, append the rest; return those added."""
    added: list[T] = []
    for new in incoming:
        index = next((i for i, old in enumerate(items) if same(old, new)), None)
        if index is None:
            items.append(new)
            added.append(new)
        else:
            items[index] = fill(items[index], new)
    return added

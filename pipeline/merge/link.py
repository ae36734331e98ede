"""Link merged shows to the season catalogue, and list the entries no article covered.

A show is linked to at most one catalogue entry: the one whose romaji, English or
native title or synonym matches one of the show's titles best, folded and scored as
merge matches titles (sequel markers must agree, so *X Season 2* never links to *X*).
Equal scores go to the entry whose season is nearest the show's. An entry links to at
most one show: when two news shows link to the same entry they are one show, and the
one linked first (else the first seen) absorbs the other.

The entry is folded into the show like an article that says what the catalogue says,
with provenance "anilist", the entry's page as link and the entry's last update as the
time it was said: romaji and English titles become alternative titles, the episode
count, the main studios, the start date, and the air time of episode 1 when the news
has no time. News wins where it is newer (the usual conflict rules) or where the
catalogue has no such field (stations, themes, the JST slot); a premiere date the news
keeps against the catalogue is told once, as a "disagreement" event, when they meet.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from pipeline.catalog import SOURCE
from pipeline.core import names as title_names
from pipeline.core.calendar import JST, Season, parse_season, show_season
from pipeline.core.errors import ConfigError
from pipeline.core.models import (
    CatalogEntry,
    CatalogLink,
    Provenance,
    Show,
    ShowEvent,
    ShowFacts,
    ShowMention,
)
from pipeline.core.reports import LinkReport
from pipeline.merge.combine import fold_in
from pipeline.store import Store

FAR = 99  # season distance of a show with no season


@dataclass
class LinkResult:
    """What one linking pass changed (pure; ``link_stored`` saves it)."""

    shows: dict[str, Show] = field(default_factory=dict)  # changed shows by slug
    events: list[ShowEvent] = field(default_factory=list)
    absorbed: dict[str, str] = field(default_factory=dict)  # merged-away slug -> kept slug
    linked: int = 0


def link(shows: Sequence[Show], entries: Sequence[CatalogEntry], *, now: datetime) -> LinkResult:
    """Link each show to its best catalogue entry; merge shows that share one."""
    by_key = {_key(e): e for e in entries}
    index = title_names.TitleIndex()
    for key, entry in by_key.items():
        index.add(key, entry.titles)
    claims: dict[str, list[Show]] = {}
    for show in shows:
        chosen = _choose(show, index.scores(_names(show)), by_key)
        if chosen is not None:
            claims.setdefault(chosen, []).append(show)
    result = LinkResult()
    for key, claimants in claims.items():
        kept = _absorbing(claimants, by_key[key], result, now)
        linked, events = fold_entry(kept, by_key[key], now=now)
        result.linked += 1
        result.events.extend(events)
        if linked != kept or kept.slug in result.shows:
            result.shows[kept.slug] = linked
    return result


def _key(entry: CatalogEntry) -> str:
    return f"{entry.source}:{entry.id}"


def _names(show: Show) -> list[str]:
    return [n for n in (show.facts.title, *show.facts.alt_titles) if n]


def _choose(show: Show, scores: dict[str, float], by_key: dict[str, CatalogEntry]) -> str | None:
    """The best-scoring entry; the nearest season breaks ties, then the lower id."""
    if not scores:
        return None
    season = show_season(show.facts)

    def rank(key: str) -> tuple[float, int, int]:
        entry = by_key[key]
        return (-scores[key], _distance(season, entry.season), entry.id)

    return min(scores, key=rank)


def _distance(season: Season | None, label: str) -> int:
    """How many seasons apart ``season`` and the season called ``label`` are."""
    if season is None:
        return FAR
    try:
        other = parse_season(label)
    except ConfigError:
        return FAR
    return abs((season.year * 4 + season.quarter) - (other.year * 4 + other.quarter))


def _absorbing(
    claimants: list[Show], entry: CatalogEntry, result: LinkResult, now: datetime
) -> Show:
    """The one show of those linked to ``entry``, the others folded into it."""
    ordered = sorted(claimants, key=lambda s: (not _linked_to(s, entry), _first(s), s.slug))
    kept = ordered[0]
    for other in ordered[1:]:
        kept, events = absorb(kept, other, now=now)
        result.absorbed[other.slug] = kept.slug
        result.events.extend(events)
        result.shows[kept.slug] = kept
    return kept


def _linked_to(show: Show, entry: CatalogEntry) -> bool:
    return show.catalog is not None and (show.catalog.source, show.catalog.id) == (
        entry.source,
        entry.id,
    )


def _first(show: Show) -> datetime:
    return show.first_seen or datetime.max.replace(tzinfo=JST)


def absorb(kept: Show, other: Show, *, now: datetime) -> tuple[Show, list[ShowEvent]]:
    """``other``'s facts folded into ``kept``, with every source of both."""
    mention = ShowMention(facts=other.facts, seen_at=other.updated_at or other.first_seen)
    merged, _events = fold_in(kept, mention, now=now, new=False)
    records = list(merged.provenance)
    records += [p for p in other.provenance if p not in records]
    title = other.facts.title or other.slug
    event = ShowEvent(kept.slug, "merged", f"{title} is the same show: merged", now)
    image = kept.image_url or other.image_url
    return replace(merged, provenance=tuple(records), image_url=image), [event]


def fold_entry(show: Show, entry: CatalogEntry, *, now: datetime) -> tuple[Show, list[ShowEvent]]:
    """``show`` with what ``entry`` says folded in and the link to it kept."""
    mention = ShowMention(
        facts=_facts(entry, with_time=_time_wanted(show, entry)),
        feed_id=entry.source,
        link=entry.site_url,
        seen_at=entry.updated_at or now,
    )
    folded, events = fold_in(show, mention, now=now, new=False)
    first = show.first_seen or folded.first_seen  # the catalogue is not the first news of it
    if not _linked_to(show, entry):
        events += _disagreement(folded, mention, now)
    return replace(folded, catalog=catalog_link(entry), first_seen=first), events


def _disagreement(show: Show, mention: ShowMention, now: datetime) -> list[ShowEvent]:
    """An event when the news kept a premiere date the catalogue gives otherwise.

    Told once, when the show and the entry are first linked (a later move either way
    is told by merge's own "Premiere moved" event).
    """
    theirs, ours = mention.facts.premiere_date, show.facts.premiere_date
    if theirs is None or ours is None or theirs == ours:
        return []
    message = f"AniList lists the premiere on {theirs:%b} {theirs.day}; the news says "
    message += f"{ours:%b} {ours.day}, and is newer"
    return [ShowEvent(show.slug, "disagreement", message, now, None, mention.link)]


def _time_wanted(show: Show, entry: CatalogEntry) -> bool:
    """Whether to take the catalogue's episode 1 time: no article gave a time, and the
    day it falls on (in JST) is the show's premiere day, if the news has one."""
    if entry.episode_one_at is None:
        return False
    if any(p.field == "premiere_time" and p.feed_id != entry.source for p in show.provenance):
        return False
    day = show.facts.premiere_date
    return day is None or day == entry.episode_one_at.astimezone(JST).date()


def catalog_link(entry: CatalogEntry) -> CatalogLink:
    """What a linked show keeps of its entry."""
    return CatalogLink(
        source=entry.source,
        id=entry.id,
        url=entry.site_url,
        cover_url=entry.cover_url,
        synopsis=entry.synopsis or None,
    )


def _facts(entry: CatalogEntry, *, with_time: bool) -> ShowFacts:
    """What the catalogue says, as show facts (the fields merge should take from it)."""
    first = entry.episode_one_at.astimezone(JST) if entry.episode_one_at else None
    timed = with_time and first is not None
    alts = (entry.title_english,) if entry.title_english else ()
    return ShowFacts(
        title=entry.title_romaji or entry.title_english,
        alt_titles=alts,
        season=entry.season,
        premiere_date=first.date() if first is not None and timed else entry.start_date,
        premiere_time=f"{first:%H:%M} JST" if first is not None and timed else None,
        studios=entry.studios,
        episodes_or_cours=f"{entry.episodes} episodes" if entry.episodes else None,
    )


def catalog_only(entries: Iterable[CatalogEntry], shows: Iterable[Show]) -> list[Show]:
    """The entries no show is linked to, as shows marked ``news=False``."""
    linked = {(s.catalog.source, s.catalog.id) for s in shows if s.catalog is not None}
    return [_bare(e) for e in entries if (e.source, e.id) not in linked]


def _bare(entry: CatalogEntry) -> Show:
    facts = _facts(entry, with_time=True)
    title = entry.title
    alts = tuple(n for n in (entry.title_romaji, entry.title_english) if n and n != title)
    facts = replace(facts, title=title, alt_titles=alts)
    said = [
        (name, text)
        for name in ("premiere_date", "premiere_time", "episodes_or_cours")
        if (text := _text(getattr(facts, name))) is not None
    ] + [("studios", studio) for studio in facts.studios]
    records = [
        Provenance(name, text, None, entry.source, entry.site_url, entry.updated_at)
        for name, text in said
    ]
    return Show(
        slug=f"{entry.source}-{entry.id}",
        facts=facts,
        provenance=tuple(records),
        catalog=catalog_link(entry),
        news=False,
    )


def _text(value: object) -> str | None:
    if value is None:
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def link_stored(store: Store, *, now: datetime) -> LinkReport:
    """Link the stored shows to the stored catalogue entries and save what changed."""
    entries = store.catalog_entries(source=SOURCE)
    if not entries:
        return LinkReport()
    result = link(store.shows(), entries, now=now)
    changed = [s for slug, s in result.shows.items() if slug not in result.absorbed]
    store.save_links(changed, result.events, absorbed=result.absorbed)
    return LinkReport(
        entries=len(entries),
        linked=result.linked,
        changed=len(changed),
        merged=tuple(f"{gone} into {kept}" for gone, kept in result.absorbed.items()),
        events=len(result.events),
    )

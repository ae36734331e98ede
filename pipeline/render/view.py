"""What the email templates see: an issue turned into display-ready, cleaned values.

Every string here that came from a feed has been made a single line (``clean_line``),
every link is an http(s) address or None (``safe_url``), and the editor's note is
sanitised HTML. Jinja2 still autoescapes all of it into the MJML template; this module
decides what is shown (genre filter, time zones, "and N more"), not how it is escaped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit
from zoneinfo import ZoneInfo

import nh3
from markdown_it import MarkdownIt
from markupsafe import Markup

from pipeline.catalog import ATTRIBUTION, ATTRIBUTION_URL
from pipeline.core.calendar import JST, AirTime, air_time
from pipeline.core.calendar import season_slug as season_slug_of
from pipeline.core.config import Settings
from pipeline.core.models import Issue, Show, ShowEvent, ShowFacts, Variant
from pipeline.core.text import image_path, safe_url
from pipeline.digest import clean_line

CAST_SHOWN = 6  # cast members listed on a card before "and N more"
SOURCES_SHOWN = 5  # source article links on a card
CHANGES_SHOWN = 30  # "what changed" lines before "and N more" (a first issue has many)
HEADLINES_SHOWN = 30  # headlines before "and N more"


@dataclass(frozen=True, slots=True)
class _Link:
    label: str  # text of the link
    url: str  # http(s) address


@dataclass(frozen=True, slots=True)
class _When:
    broadcast: str  # "Sat 10 Apr 2021, 01:30 JST (Friday night, 25:30)", or "TBA"
    local: str | None  # the same moment in the reader's zone, when it differs
    short: str  # "Sat 10 Apr 01:30 JST" for one-line lists


@dataclass(frozen=True, slots=True)
class Fact:
    """One line of a show card."""

    label: str  # "Studio", "Cast", "Opening"
    value: str  # "A-1 Pictures"
    refs: str  # numbers of the card's sources that gave it ("1, 3"), or ""


@dataclass(frozen=True, slots=True)
class Card:
    """One show as a card: every value cleaned and ready to print."""

    slug: str  # the show's archive page name
    title: str  # main title
    alt_titles: tuple[str, ...]  # other titles
    when: _When  # premiere
    when_refs: str  # sources of the premiere date and time
    facts: tuple[Fact, ...]  # staff, cast, themes, genres...: the lines that have a value
    sources: tuple[_Link, ...]  # articles the facts came from, numbered from 1
    page_url: str  # the show's archive page
    calendar_url: str | None  # add this premiere to a calendar (None while TBA)
    image: str | None = None  # the archive's 320 px key visual (only for an http(s) archive)
    news: bool = True  # False: a catalogue entry no article has covered yet (one line)
    catalog_url: str | None = None  # the show's page in the season catalogue


@dataclass(frozen=True, slots=True)
class _Headline:
    """One headline line."""

    title: str  # one line
    url: str | None  # http(s) address, if the feed gave a safe one
    outlet: str  # the feed's name


@dataclass(frozen=True, slots=True)
class _Change:
    """One "what changed" line."""

    message: str  # what changed
    link: str | None  # the article that said so


@dataclass(frozen=True, slots=True)
class IssueView:
    """An issue as one variant's reader sees it, before per-person values."""

    issue: Issue  # the stored issue
    zone_name: str  # the reader's IANA zone
    genres: tuple[str, ...]  # the reader's genre filter (empty: everything)
    preheader: str  # inbox preview line
    premieres: tuple[Card, ...]  # premiering this week, filtered by genre
    changes: tuple[_Change, ...]  # what changed, filtered by genre where the show is known
    cards: tuple[Card, ...]  # the whole lineup, filtered by genre
    shown: int  # how many lineup cards fit into the email
    note_html: Markup | None  # the editor's note, sanitised
    links: dict[str, str]  # archive addresses: issue, lineup, calendar, archive

    @classmethod
    def of(cls, issue: Issue, variant: Variant, zone: ZoneInfo, settings: Settings) -> IssueView:
        """The issue as ``variant``'s reader sees it."""
        wanted = _genre_filter(variant.genres)
        base = settings.base_url
        site = settings.site_dir
        premieres = tuple(_card(s, zone, base, site) for s in issue.premieres if wanted(s))
        cards = tuple(_card(s, zone, base, site) for s in issue.lineup if wanted(s))
        season_slug = season_slug_of(issue.season)
        return cls(
            issue=issue,
            zone_name=variant.timezone,
            genres=tuple(clean_line(g, limit=40) for g in variant.genres),
            preheader=_preheader(issue, premieres, cards),
            premieres=premieres,
            changes=_changes(issue.changes, issue, wanted),
            cards=cards,
            shown=len(cards),
            note_html=_note_html(issue.note_markdown),
            links={
                "issue": f"{base}issues/{issue.number}.html",
                "lineup": f"{base}seasons/{season_slug}.html",
                "calendar": f"{base}calendar/{season_slug}.ics",
                "archive": base,
            },
        )

    def shortened(self, shown: int) -> IssueView:
        """The same view with only the first ``shown`` lineup cards."""
        return replace(self, shown=shown)

    def without_lineup_images(self) -> IssueView:
        """The same view with no image on the lineup cards (premieres keep theirs)."""
        return replace(self, cards=tuple(replace(card, image=None) for card in self.cards))

    def context(self, marks: Mapping[str, str]) -> dict[str, Any]:
        """What the templates see; ``marks`` are the per-person placeholders."""
        headlines = _headlines(self.issue)
        return {
            "issue": self.issue,
            "subject": clean_line(self.issue.subject),
            "preheader": self.preheader,
            "zone_name": self.zone_name,
            "genres": self.genres,
            "premieres": self.premieres,
            "changes": self.changes[:CHANGES_SHOWN],
            "more_changes": max(0, len(self.changes) - CHANGES_SHOWN),
            "headlines": headlines[:HEADLINES_SHOWN],
            "more_headlines": max(0, len(headlines) - HEADLINES_SHOWN),
            "cards": self.cards[: self.shown],
            "hidden": len(self.cards) - self.shown,
            "note_html": self.note_html,
            "note_text": (self.issue.note_markdown or "").strip(),
            "links": self.links,
            "mark": marks,
            "attribution": _attribution(self.issue),
        }


def _attribution(issue: Issue) -> _Link | None:
    """The catalogue's credit line, when the issue shows anything it gave."""
    if any(s.catalog is not None for s in (*issue.lineup, *issue.premieres)):
        return _Link(ATTRIBUTION, ATTRIBUTION_URL)
    return None


def _headlines(issue: Issue) -> tuple[_Headline, ...]:
    return tuple(
        _Headline(
            title=clean_line(h.title, limit=200),
            url=safe_url(h.link),
            outlet=clean_line(h.outlet, limit=80),
        )
        for h in issue.headlines
        if h.title.strip()
    )


def _genre_filter(genres: tuple[str, ...]) -> Callable[[Show], bool]:
    wanted = set(genres)
    return lambda show: not wanted or bool(wanted & {g.casefold() for g in show.facts.genres})


def _preheader(issue: Issue, premieres: Sequence[Card], cards: Sequence[Card]) -> str:
    parts = []
    if premieres:
        parts.append("Premiering this week: " + ", ".join(c.title for c in premieres[:3]))
    parts.append(f"{len(cards)} show{'s' * (len(cards) != 1)} in the {issue.season} lineup")
    if issue.headlines:
        count = len(issue.headlines)
        parts.append(f"{count} headline{'s' * (count != 1)}")
    return clean_line(" · ".join(parts), limit=150)


def _changes(
    events: Iterable[ShowEvent], issue: Issue, wanted: Callable[[Show], bool]
) -> tuple[_Change, ...]:
    known = {s.slug: s for s in (*issue.lineup, *issue.premieres)}
    return tuple(
        _Change(message=clean_line(e.message, limit=300), link=safe_url(e.link))
        for e in events
        if e.show_slug not in known or wanted(known[e.show_slug])
    )


def _note_html(markdown: str | None) -> Markup | None:
    """The editor's note: Markdown without raw HTML, then cleaned by nh3."""
    if not markdown or not markdown.strip():
        return None
    rendered = MarkdownIt("commonmark", {"html": False}).render(markdown)
    return Markup(nh3.clean(rendered, url_schemes={"http", "https", "mailto"}))  # noqa: S704


# ── show cards ────────────────────────────────────────────────────────────────

_STAFF_ROWS = (
    ("Broadcast", "broadcasters"),
    ("Streaming", "streaming"),
    ("Studio", "studios"),
    ("Director", "director"),
    ("Series composition", "series_composition"),
    ("Character design", "character_design"),
    ("Music", "music"),
    ("Original creator", "original_creator"),
)


def _card(show: Show, zone: ZoneInfo, base_url: str, site_dir: Path) -> Card:
    facts = show.facts
    title = clean_line(facts.title or show.slug, limit=200)
    sources = _sources(show)
    refs = _refs(show, sources)
    return Card(
        slug=show.slug,
        title=title,
        alt_titles=tuple(clean_line(t, limit=200) for t in facts.alt_titles if t != facts.title),
        when=_when(facts, zone),
        when_refs=refs("premiere_date", "premiere_time"),
        facts=_facts(facts, refs),
        sources=sources,
        page_url=f"{base_url}shows/{quote(show.slug)}.html",
        calendar_url=_calendar_url(title, facts),
        image=_image(show, base_url, site_dir),
        news=show.news,
        catalog_url=safe_url(show.catalog.url) if show.catalog else None,
    )


def _image(show: Show, base_url: str, site_dir: Path) -> str | None:
    """The archive's rendition of the show's key visual, when readers can load it.

    Only for an http(s) archive whose build (in ``$DIGEST_HOME/site``) holds the
    rendition: with a ``file:`` archive (local use), or an image the archive could not
    use or has not fetched yet, the email has no image rather than a broken one.
    """
    url = safe_url(show.visual_url)
    if url is None or urlsplit(base_url).scheme not in {"http", "https"}:
        return None
    path = image_path(url, 320)
    return base_url + path if (site_dir / path).is_file() else None


def _facts(facts: ShowFacts, refs: Callable[..., str]) -> tuple[Fact, ...]:
    """The card's lines, in reading order, each with the sources that gave it."""
    source = facts.source_material or ""
    rows = [
        *((label, ", ".join(getattr(facts, name)), refs(name)) for label, name in _STAFF_ROWS),
        ("Source", source[:1].upper() + source[1:], refs("source_material")),
        ("Length", facts.episodes_or_cours or "", refs("episodes_or_cours")),
        ("Cast", _cast_line(facts), refs("cast")),
        *(_theme_row(song.kind, song.title, song.artist, refs("themes")) for song in facts.themes),
        ("Genres", ", ".join(facts.genres), refs("genres")),
    ]
    return tuple(
        Fact(label, clean_line(value, limit=600), ref) for label, value, ref in rows if value
    )


def _cast_line(facts: ShowFacts) -> str:
    named = [
        f"{member.actor} ({member.character})" if member.character else member.actor
        for member in facts.cast[:CAST_SHOWN]
    ]
    more = len(facts.cast) - CAST_SHOWN
    return ", ".join(named) + (f" and {more} more" if more > 0 else "")


def _theme_row(
    kind: str | None, title: str | None, artist: str | None, refs: str
) -> tuple[str, str, str]:
    song = f"“{title}”" if title else "untitled"
    return ((kind or "theme").capitalize(), song + (f" by {artist}" if artist else ""), refs)


def _sources(show: Show) -> tuple[_Link, ...]:
    links: list[_Link] = []
    for item in show.provenance:
        url = safe_url(item.link)
        if url and all(link.url != url for link in links):
            host = urlsplit(url).netloc.removeprefix("www.")
            links.append(_Link(label=clean_line(host, limit=80), url=url))
    return tuple(links[:SOURCES_SHOWN])


def _refs(show: Show, sources: Sequence[_Link]) -> Callable[..., str]:
    """A lookup: ShowFacts field names → the numbers of the sources that gave them."""
    number = {link.url: n for n, link in enumerate(sources, start=1)}
    by_field: dict[str, set[int]] = {}
    for item in show.provenance:
        url = safe_url(item.link)
        if url in number:
            by_field.setdefault(item.field, set()).add(number[url])

    def refs(*fields: str) -> str:
        found = set().union(*(by_field.get(f, set()) for f in fields))
        return ", ".join(map(str, sorted(found)))

    return refs


def _when(facts: ShowFacts, zone: ZoneInfo) -> _When:
    slot = air_time(facts)
    if slot is not None:
        return _when_timed(slot, zone)
    if facts.premiere_date is not None:
        day = f"{facts.premiere_date:%a} {facts.premiere_date.day} {facts.premiere_date:%b %Y}"
        return _When(broadcast=f"{day} (time TBA)", local=None, short=day)
    return _When(broadcast="TBA", local=None, short="TBA")


def _when_timed(slot: AirTime, zone: ZoneInfo) -> _When:
    there = slot.at  # already in the broadcaster's zone
    broadcast = f"{_stamp(there)} {slot.zone_name}"
    if slot.late_night:
        eve = there - timedelta(days=1)
        broadcast += f" ({eve:%A} night, {there.hour + 24}:{there:%M})"
    local = None
    if zone.key != slot.zone.key and not (zone.key == JST.key and slot.zone_name == "JST"):
        here = slot.at.astimezone(zone)
        local = f"{_stamp(here)} {here.tzname()} ({zone.key})"
    short = f"{there:%a} {there.day} {there:%b %H:%M} {slot.zone_name}"
    return _When(broadcast=broadcast, local=local, short=short)


def _stamp(moment: datetime) -> str:
    return f"{moment:%a} {moment.day} {moment:%b %Y}, {moment:%H:%M}"


def _calendar_url(title: str, facts: ShowFacts) -> str | None:
    """A one-event "add to calendar" link (Google Calendar template) for the premiere."""
    slot = air_time(facts)
    if slot is not None:
        start = slot.at.astimezone(ZoneInfo("UTC"))
        dates = f"{start:%Y%m%dT%H%M%SZ}/{start + timedelta(minutes=30):%Y%m%dT%H%M%SZ}"
    elif facts.premiere_date is not None:
        day = facts.premiere_date
        dates = f"{day:%Y%m%d}/{day + timedelta(days=1):%Y%m%d}"
    else:
        return None
    query = urlencode({"action": "TEMPLATE", "text": f"{title} premiere", "dates": dates})
    return f"https://calendar.google.com/calendar/render?{query}"

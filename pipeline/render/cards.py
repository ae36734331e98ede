"""One show as the email shows it: a compact card, every value cleaned and ready to print.

A card is four to six lines: the title, the premiere in the reader's zone (and in the
broadcaster's), where to watch, who makes it and from what, a one-sentence synopsis and
the genres. Full staff, cast and theme songs stay on the show's archive page, which the
card links to; the articles the card's facts came from are listed once, numbered, on
its "Sources" line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit
from zoneinfo import ZoneInfo

from pipeline.core.calendar import JST, AirTime, air_time
from pipeline.core.models import Show, ShowFacts
from pipeline.core.text import image_path, safe_url
from pipeline.digest import clean_line

SOURCES_SHOWN = 3  # source article links on a card (the show page lists them all)
SYNOPSIS_LIMIT = 220  # characters of the synopsis's first sentence
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“'‘(])")


@dataclass(frozen=True, slots=True)
class Link:
    label: str  # text of the link
    url: str  # http(s) address


@dataclass(frozen=True, slots=True)
class When:
    broadcast: str  # "Sun 11 Apr 2021, 00:00 JST (Saturday night, 24:00)", or "TBA"
    local: str | None  # the same moment in the reader's zone, when it differs
    short: str  # "Sat 10 Apr 17:00 CEST" (the reader's zone) for one-line lists


@dataclass(frozen=True, slots=True)
class Card:
    """One show as a compact card."""

    slug: str  # the show's archive page name
    title: str  # main title
    when: When  # premiere
    where: str  # stations and streaming services, "Tokyo MX, BS11 · Crunchyroll", or ""
    made: str  # studios and source, "A-1 Pictures · light novel", or ""
    synopsis: str | None  # the catalogue's first sentence
    genres: tuple[str, ...]  # descriptors, shown as chips
    sources: tuple[Link, ...]  # articles the facts came from, numbered from 1
    page_url: str  # the show's archive page ("Full details")
    calendar_url: str | None  # add this premiere to a calendar (None while TBA)
    day: date | None  # premiere date, for the email's size budget
    image: str | None = None  # the archive's 320 px key visual (only for an http(s) archive)
    news: bool = True  # False: a catalogue entry no article has covered yet (one line)
    catalog_url: str | None = None  # the show's page in the season catalogue
    brief: bool = False  # shown as one line (the size budget's far premieres)
    featured: bool = False  # premieres this week: its card is above the lineup, not in it


def card_of(show: Show, zone: ZoneInfo, base_url: str, site_dir: Path) -> Card:
    """``show`` as ``zone``'s reader sees it."""
    facts = show.facts
    title = clean_line(facts.title or show.slug, limit=200)
    return Card(
        slug=show.slug,
        title=title,
        when=_when(facts, zone),
        where=_joined(", ".join(facts.broadcasters), ", ".join(facts.streaming)),
        made=_joined(", ".join(facts.studios), facts.source_material or ""),
        synopsis=_synopsis(show),
        genres=tuple(clean_line(g, limit=40) for g in facts.genres if g.strip()),
        sources=_sources(show),
        page_url=f"{base_url}shows/{quote(show.slug)}.html",
        calendar_url=_calendar_url(title, facts),
        day=facts.premiere_date,
        image=_image(show, base_url, site_dir),
        news=show.news,
        catalog_url=safe_url(show.catalog.url) if show.catalog else None,
    )


def _joined(*parts: str) -> str:
    return clean_line(" · ".join(p for p in parts if p.strip()), limit=300)


def _synopsis(show: Show) -> str | None:
    """The catalogue synopsis's first sentence, cut at a word when it runs long."""
    text = clean_line(show.catalog.synopsis or "", limit=2000) if show.catalog else ""
    if not text:
        return None
    first = SENTENCE_END.split(text, maxsplit=1)[0]
    if len(first) <= SYNOPSIS_LIMIT:
        return first
    return first[:SYNOPSIS_LIMIT].rsplit(" ", 1)[0].rstrip(",;:") + "…"


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


def _sources(show: Show) -> tuple[Link, ...]:
    links: list[Link] = []
    for item in show.provenance:
        url = safe_url(item.link)
        if url and all(link.url != url for link in links):
            host = urlsplit(url).netloc.removeprefix("www.")
            links.append(Link(label=clean_line(host, limit=80), url=url))
    return tuple(links[:SOURCES_SHOWN])


def _when(facts: ShowFacts, zone: ZoneInfo) -> When:
    slot = air_time(facts)
    if slot is not None:
        return _when_timed(slot, zone)
    if facts.premiere_date is not None:
        day = f"{facts.premiere_date:%a} {facts.premiere_date.day} {facts.premiere_date:%b %Y}"
        return When(broadcast=f"{day} (time TBA)", local=None, short=day)
    return When(broadcast="TBA", local=None, short="TBA")


def _when_timed(slot: AirTime, zone: ZoneInfo) -> When:
    there = slot.at  # already in the broadcaster's zone
    broadcast = f"{_stamp(there)} {slot.zone_name}"
    if slot.late_night:
        eve = there - timedelta(days=1)
        broadcast += f" ({eve:%A} night, {there.hour + 24}:{there:%M})"
    local = None
    short = f"{there:%a} {there.day} {there:%b %H:%M} {slot.zone_name}"
    if zone.key != slot.zone.key and not (zone.key == JST.key and slot.zone_name == "JST"):
        here = slot.at.astimezone(zone)
        named = f" ({zone.key})" if zone.key != here.tzname() else ""  # not "UTC (UTC)"
        local = f"{_stamp(here)} {here.tzname()}{named}"
        short = f"{here:%a} {here.day} {here:%b %H:%M} {here.tzname()}"
    return When(broadcast=broadcast, local=local, short=short)


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

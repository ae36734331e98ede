"""What the archive templates see: the site's records and the helpers they call.

``Site`` is everything the pages are made from, read once from the store;
``environment`` wires the filters and globals below into the ``templates/site``
Jinja environment. Every helper returns text for autoescaping templates, except
``note`` (an editor's Markdown note, rendered without raw HTML and cleaned with nh3).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

import jinja2
import nh3
from markdown_it import MarkdownIt
from markupsafe import Markup

from pipeline.archive.subscribe import BUTTON_MARK, NAV_MARK
from pipeline.core.calendar import parse_schedule, premiere_key, season_slug
from pipeline.core.config import Settings
from pipeline.core.models import Issue, Show, ShowEvent
from pipeline.core.text import safe_url
from pipeline.digest import premiere_of
from pipeline.render import template_env

HUES = 12


_NOTE_TAGS = {"p", "a", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "br"}
_NOTE_TAGS |= {"h3", "h4", "hr"}


@dataclass(frozen=True, slots=True)
class Season:
    """One season page: its name as stored, its URL slug, its shows by premiere."""

    name: str  # "Spring 2021"
    slug: str  # "spring-2021"
    shows: tuple[Show, ...]  # dated first (by premiere), then TBA, by title


@dataclass(frozen=True, slots=True)
class Site:
    """Everything the pages are made from, read once from the store."""

    issues: tuple[Issue, ...]  # oldest first
    shows: dict[str, Show]  # by slug: stored shows, plus shows known only from issues
    files: dict[str, str]  # show slug -> file name stem under shows/
    events: dict[str, list[ShowEvent]]  # show slug -> change events, oldest first
    seasons: tuple[Season, ...]  # newest first
    featured: str | None  # slug of the season the index puts first
    current: str  # slug of the season the build date falls in ("current" on the index)


@dataclass(frozen=True, slots=True)
class PremiereView:
    """A premiere as the pages print it (the script adds the reader's local time)."""

    iso: str  # UTC instant for the script; for a date-only premiere, its start in Japan
    machine: str  # the <time datetime> value: the UTC instant, or the date alone
    all_day: bool  # only the date is known
    text: str  # in the broadcaster's zone: "Sat 10 Apr 2021, 01:55 JST"
    site_text: str | None  # the same instant in DIGEST_TIMEZONE, when that zone differs
    weekday: str  # "Sat"
    month: str  # "Apr"
    day: int  # 10


def environment(site: Site, settings: Settings) -> jinja2.Environment:
    env = template_env("site")
    zone = settings.zone
    env.filters.update(
        url=safe_url,
        host=_host,
        when=lambda value: _when(value, zone),
        day=_day,
        note=_note_html,
    )
    env.globals.update(
        site_title="Anime Digest",
        premiere=lambda facts: premiere_view(facts, zone),
        hue=_hue,
        channels=channels,
        show_href=lambda slug: _show_href(site, slug),
        season_href=lambda name: _season_href(site, name),
        fact_sheet=_fact_sheet,
        labels=FIELD_LABELS,
        staff_fields=STAFF_FIELDS,
        issue_title=issue_title,
        site=site,
        subscribe_url=settings.subscribe_url,
        send_times=send_times(settings.schedule, settings.timezone),
        subscribe_marks={"nav": Markup(NAV_MARK), "button": Markup(BUTTON_MARK)},  # noqa: S704
    )
    return env


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def send_times(schedule: str, timezone: str) -> str:
    """When issues go out, for the index's pitch: "every Monday at 09:00 UTC"."""
    spec = parse_schedule(schedule)
    days = [WEEKDAYS[d] for d in spec.days]
    named = f"{', '.join(days[:-1])} and {days[-1]}" if len(days) > 1 else days[0]
    named = "day" if len(days) == 7 else named
    zone = timezone if timezone == "UTC" else f"{timezone} time"
    return f"every {named} at {spec.hour:02d}:{spec.minute:02d} {zone}"


def issue_title(issue: Issue) -> str:
    """The issue's headline: a special edition's title, else its subject."""
    return issue.title or issue.subject or f"Issue {issue.number}"


FIELD_LABELS = {
    "title": "Title",
    "alt_titles": "Also known as",
    "season": "Season",
    "premiere_date": "Premiere date",
    "premiere_time": "Premiere time",
    "broadcasters": "On air",
    "streaming": "Streaming",
    "studios": "Studio",
    "director": "Director",
    "series_composition": "Series composition",
    "character_design": "Character design",
    "music": "Music",
    "original_creator": "Original creator",
    "source_material": "Source",
    "episodes_or_cours": "Length",
    "genres": "Genres",
    "cast": "Cast",
    "themes": "Theme songs",
}
STAFF_FIELDS = ("director", "series_composition", "character_design", "music", "original_creator")


def _host(url: str | None) -> str:
    hostname = urlparse(url or "").hostname or ""
    return hostname.removeprefix("www.") or "source"


def _when(value: datetime | None, zone: ZoneInfo) -> str:
    if value is None:
        return ""
    local = value.astimezone(zone)
    return f"{local:%a} {local.day} {local:%b %Y, %H:%M} {local.tzname()}"


def _day(value: date | datetime | None) -> str:
    return "" if value is None else f"{value:%a} {value.day} {value:%b %Y}"


_MARKDOWN = MarkdownIt("commonmark", {"html": False})


def _note_html(markdown: str | None) -> Markup:
    """An editor's Markdown note as safe HTML: no raw HTML, no images, http(s) links only."""
    html = _MARKDOWN.render(markdown or "")
    cleaned = nh3.clean(
        html,
        tags=_NOTE_TAGS,
        attributes={"a": {"href", "title"}},
        url_schemes={"http", "https"},
        url_relative="deny",
        link_rel="noopener noreferrer nofollow",
    )
    return Markup(cleaned)  # noqa: S704 - nh3 output is sanitised HTML


def premiere_view(facts: Any, zone: ZoneInfo) -> PremiereView | None:
    premiere = premiere_of(facts)
    instant = premiere_key(facts)  # the start in UTC; midnight in Japan for a date alone
    if premiere is None or instant is None:
        return None
    text = _day(premiere.day)
    site_text = None
    if premiere.start is not None:
        text += f", {premiere.start:%H:%M} {premiere.zone_label}"
        if zone.key != premiere.zone:
            site_text = _when(instant, zone)
    return PremiereView(
        iso=instant.strftime("%Y-%m-%dT%H:%M:%SZ"),
        machine=premiere.day.isoformat() if premiere.start is None else instant.isoformat(),
        all_day=premiere.start is None,
        text=text,
        site_text=site_text,
        weekday=f"{premiere.day:%a}",
        month=f"{premiere.day:%b}",
        day=premiere.day.day,
    )


def channels(show: Show) -> list[str]:
    """Where a show can be watched: TV stations, then streaming services."""
    return [*show.facts.broadcasters, *show.facts.streaming]


def _hue(slug: str) -> int:
    """A stable colour (0..11) for a show's card."""
    return int(hashlib.sha256(slug.encode()).hexdigest()[:4], 16) % HUES


def _show_href(site: Site, slug: str) -> str | None:
    stem = site.files.get(slug)
    return None if stem is None else f"shows/{stem}.html"


def _season_href(site: Site, name: str | None) -> str | None:
    if not name:
        return None
    slug = season_slug(name)
    return f"seasons/{slug}.html" if any(s.slug == slug for s in site.seasons) else None


@dataclass(frozen=True, slots=True)
class FactSheet:
    """A show's facts as its page prints them: each fact once, its sources by number."""

    rows: tuple[tuple[str, str, tuple[int, ...]], ...]  # (field, label, source numbers)
    sources: tuple[str, ...]  # source links, numbered from 1 in order of first use


def _fact_sheet(show: Show) -> FactSheet:
    """The facts the show has, in reading order, each citing its articles by number."""
    by_field: dict[str, list[str]] = defaultdict(list)
    for item in show.provenance:
        link = safe_url(item.link)
        if link and link not in by_field[item.field]:
            by_field[item.field].append(link)
    numbers: dict[str, int] = {}
    rows = []
    for field, label in FIELD_LABELS.items():
        if getattr(show.facts, field) in (None, (), ""):
            continue
        cited = tuple(numbers.setdefault(link, len(numbers) + 1) for link in by_field[field])
        rows.append((field, label, tuple(sorted(set(cited)))))
    return FactSheet(rows=tuple(rows), sources=tuple(numbers))


@dataclass(frozen=True, slots=True)
class Moment:
    """One entry of a show's timeline."""

    at: datetime | None  # when it was announced (None: unknown, listed first)
    lines: tuple[str, ...]  # what was said
    link: str | None  # the article, when it has an http(s) address


def timeline(show: Show, events: list[ShowEvent]) -> list[Moment]:
    """What changed, oldest first: the facts themselves are in the fact sheet above it."""
    moments = [Moment(at=e.at, lines=(e.message,), link=safe_url(e.link)) for e in events]
    epoch = datetime.min.replace(tzinfo=UTC)
    return sorted(moments, key=lambda m: m.at or epoch)

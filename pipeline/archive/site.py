"""The static archive site: every issue, every season lineup and every show as pages.

``build_site(store, settings, now=...)`` reads stored issues, shows and change events
and writes, under ``$DIGEST_HOME/site`` (or ``out_dir``)::

    index.html                 latest issue first, past issues, seasons, feed, calendars
    issues/<N>.html            the web version of issue N, with previous / next links
    seasons/<season>.html      the lineup as cards, filterable by genre and channel
    shows/<slug>.html          a show's current facts and the timeline of its news
    feed.atom                  the newest 50 issues with their full content
    calendar/<season>.ics      the season's premieres
    assets/site.css, site.js   the only style sheet and the only script

Pages come from ``templates/site/`` (one template per page role, each extending
``base.html.j2``) and go through one writer (``_site_writer.write_files``), which
skips unchanged files and replaces changed ones atomically. Links between pages are
relative, so the site works from ``file://`` and under any base URL; only the feed
and the calendars, which are read elsewhere, carry absolute ``DIGEST_BASE_URL`` links.

Shows are read as readers may see them (``_shown.shown``): facts below
``SHOWN_CONFIDENCE`` appear on no page, calendar or feed.

Everything that came from a feed is untrusted: the templates autoescape it, Markdown
notes are rendered without raw HTML and cleaned with nh3, and a link is only a link
when it is http(s). Show key visuals are linked, never embedded: the pages make no
request to any other host.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

import jinja2
import nh3
from markdown_it import MarkdownIt
from markupsafe import Markup

from pipeline.archive.feeds import atom_feed, season_calendar
from pipeline.archive.writer import write_files
from pipeline.core import logs
from pipeline.core.calendar import premiere_key, season_of, season_order, season_slug, show_season
from pipeline.core.config import Settings
from pipeline.core.errors import RenderError
from pipeline.core.models import Issue, Show, ShowEvent
from pipeline.core.reports import SiteReport
from pipeline.core.text import safe_url
from pipeline.digest.premieres import premiere_of
from pipeline.merge.shown import shown
from pipeline.render.templates import template_env
from pipeline.store import Store

ASSETS = ("assets/site.css", "assets/site.js", "assets/favicon.svg")
HUES = 12
FEED_ISSUES = 50  # the feed carries the newest issues in full; older ones live on the site
_SAFE_SLUG = re.compile(r"[a-z0-9][a-z0-9_-]{0,99}")
_NOTE_TAGS = {"p", "a", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "br"}
_NOTE_TAGS |= {"h3", "h4", "hr"}

log = logs.get("archive")


@dataclass(frozen=True, slots=True)
class _Season:
    """One season page: its name as stored, its URL slug, its shows by premiere."""

    name: str  # "Spring 2021"
    slug: str  # "spring-2021"
    shows: tuple[Show, ...]  # dated first (by premiere), then TBA, by title


@dataclass(frozen=True, slots=True)
class _Site:
    """Everything the pages are made from, read once from the store."""

    issues: tuple[Issue, ...]  # oldest first
    shows: dict[str, Show]  # by slug: stored shows, plus shows known only from issues
    files: dict[str, str]  # show slug -> file name stem under shows/
    events: dict[str, list[ShowEvent]]  # show slug -> change events, oldest first
    seasons: tuple[_Season, ...]  # newest first
    featured: str | None  # slug of the season the index puts first


@dataclass(frozen=True, slots=True)
class _PremiereView:
    """A premiere as the pages print it (the script adds the reader's local time)."""

    iso: str  # UTC instant for the script; for a date-only premiere, its start in Japan
    machine: str  # the <time datetime> value: the UTC instant, or the date alone
    all_day: bool  # only the date is known
    text: str  # in the broadcaster's zone: "Sat 10 Apr 2021, 01:55 JST"
    site_text: str | None  # the same instant in DIGEST_TIMEZONE, when that zone differs
    weekday: str  # "Sat"
    month: str  # "Apr"
    day: int  # 10


def build_site(
    store: Store, settings: Settings, *, out_dir: Path | None = None, now: datetime
) -> SiteReport:
    """Write the archive site for everything in ``store``; unchanged files stay untouched."""
    target = (out_dir if out_dir is not None else settings.site_dir).resolve()
    base_url = _base_url(settings, target)
    site = _collect(store, now)
    env = _environment(site, settings)
    files = [
        *_assets(env),
        *_issue_pages(env, site),
        *_season_pages(env, site, base_url),
        *_show_pages(env, site),
        ("feed.atom", _feed(env, site, base_url)),
        _render(env, "index.html.j2", "index.html", site=site, latest=_latest(site)),
    ]
    report = write_files(target, files)
    renamed = tuple((slug, name) for slug, name in site.files.items() if slug != name)
    log.info(
        "site_built",
        out_dir=str(target),
        written=len(report.written),
        unchanged=len(report.unchanged),
        removed=len(report.removed),
    )
    return replace(report, renamed=renamed)


def _base_url(settings: Settings, target: Path) -> str:
    """DIGEST_BASE_URL; when it is the default (the home's site folder), the folder built."""
    if settings.base_url == settings.site_dir.resolve().as_uri() + "/":
        return target.as_uri() + "/"
    return settings.base_url


# ── reading ───────────────────────────────────────────────────────────────────


def _collect(store: Store, now: datetime) -> _Site:
    issues = tuple(store.all_issues())
    shows = {show.slug: show for issue in issues for show in (*issue.lineup, *issue.premieres)}
    shows.update({show.slug: show for show in store.shows()})
    shows = {slug: shown(show) for slug, show in shows.items()}
    events: dict[str, list[ShowEvent]] = defaultdict(list)
    for event in store.show_events():
        events[event.show_slug].append(event)
    seasons = _seasons(shows.values(), (issue.season for issue in issues))
    return _Site(
        issues=issues,
        shows=dict(sorted(shows.items())),
        files={slug: _file_stem(slug) for slug in sorted(shows)},
        events=dict(events),
        seasons=seasons,
        featured=_featured(seasons, issues, now),
    )


def _seasons(shows: Iterable[Show], issue_seasons: Iterable[str]) -> tuple[_Season, ...]:
    """A page per season named by a show or an issue, newest first."""
    names: dict[str, str] = {}
    members: dict[str, list[Show]] = defaultdict(list)
    for name in issue_seasons:
        names.setdefault(season_slug(name), name)
    for show in shows:
        season = show_season(show.facts)  # as the email's lineup places it
        if season is not None:
            names.setdefault(season.slug, season.label)
            members[season.slug].append(show)
    seasons = [
        _Season(name=name, slug=slug, shows=tuple(sorted(members[slug], key=_premiere_key)))
        for slug, name in names.items()
    ]
    return tuple(sorted(seasons, key=lambda s: season_order(s.name), reverse=True))


def _premiere_key(show: Show) -> tuple[bool, datetime, str]:
    key = premiere_key(show.facts)
    title = (show.facts.title or show.slug).casefold()
    return (key is None, key or datetime.max.replace(tzinfo=UTC), title)


def _featured(seasons: tuple[_Season, ...], issues: tuple[Issue, ...], now: datetime) -> str | None:
    """The latest issue's season; without issues, the season ``now`` is in, else the newest."""
    slugs = [season.slug for season in seasons]
    if issues:
        return season_slug(issues[-1].season)
    current = season_of(now.date()).slug
    return current if current in slugs else (slugs[0] if slugs else None)


def _file_stem(slug: str) -> str:
    """The show's file name: its slug when URL-safe, else a safe and stable derivation."""
    if _SAFE_SLUG.fullmatch(slug):
        return slug
    digest = hashlib.sha256(slug.encode()).hexdigest()[:8]
    return f"{season_slug(slug)[:60]}-{digest}"


def _latest(site: _Site) -> Issue | None:
    return site.issues[-1] if site.issues else None


# ── rendering ─────────────────────────────────────────────────────────────────


def _environment(site: _Site, settings: Settings) -> jinja2.Environment:
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
        premiere=lambda facts: _premiere_view(facts, zone),
        hue=_hue,
        channels=_channels,
        show_href=lambda slug: _show_href(site, slug),
        season_href=lambda name: _season_href(site, name),
        field_rows=_field_rows,
        labels=FIELD_LABELS,
        staff_fields=STAFF_FIELDS,
        issue_title=_issue_title,
        site=site,
    )
    return env


def _render(env: jinja2.Environment, template: str, rel: str, **context: Any) -> tuple[str, bytes]:
    """One page: ``rel`` is its path in the site, which sets the prefix of relative links."""
    root = "../" * rel.count("/")
    try:
        html = env.get_template(template).render(root=root, page_path=rel, **context)
    except jinja2.TemplateError as exc:
        raise RenderError(f"site template {template} failed for {rel}: {exc}") from exc
    return rel, html.encode("utf-8")


def _assets(env: jinja2.Environment) -> list[tuple[str, bytes]]:
    loader = env.loader
    assert loader is not None
    try:
        return [(name, loader.get_source(env, name)[0].encode("utf-8")) for name in ASSETS]
    except jinja2.TemplateNotFound as exc:
        raise RenderError(f"site asset missing from templates/site: {exc.name}") from exc


def _issue_pages(env: jinja2.Environment, site: _Site) -> list[tuple[str, bytes]]:
    pages = []
    for index, issue in enumerate(site.issues):
        pages.append(
            _render(
                env,
                "issue.html.j2",
                f"issues/{issue.number}.html",
                issue=issue,
                previous=site.issues[index - 1] if index > 0 else None,
                next=site.issues[index + 1] if index + 1 < len(site.issues) else None,
            )
        )
    return pages


def _season_pages(env: jinja2.Environment, site: _Site, base_url: str) -> list[tuple[str, bytes]]:
    pages = []
    for season in site.seasons:
        pages.append(
            _render(
                env,
                "season.html.j2",
                f"seasons/{season.slug}.html",
                season=season,
                genre_options=sorted({g.lower() for s in season.shows for g in s.facts.genres}),
                channel_options=sorted(
                    {c for s in season.shows for c in _channels(s)}, key=str.casefold
                ),
            )
        )
        calendar = season_calendar(
            season.name,
            season.shows,
            lambda show: f"{base_url}shows/{site.files[show.slug]}.html",
        )
        pages.append((f"calendar/{season.slug}.ics", calendar))
    return pages


def _show_pages(env: jinja2.Environment, site: _Site) -> list[tuple[str, bytes]]:
    return [
        _render(
            env,
            "show.html.j2",
            f"shows/{site.files[slug]}.html",
            show=show,
            timeline=_timeline(show, site.events.get(slug, [])),
        )
        for slug, show in site.shows.items()
    ]


def _feed(env: jinja2.Environment, site: _Site, base_url: str) -> bytes:
    body = env.get_template("_issue_body.html.j2")
    return atom_feed(
        site.issues[-FEED_ISSUES:],
        base_url,
        title_of=_issue_title,
        body_of=lambda issue: body.render(issue=issue, root=base_url),
    )


def _issue_title(issue: Issue) -> str:
    """The issue's headline: a special edition's title, else its subject."""
    return issue.title or issue.subject or f"Issue {issue.number}"


# ── helpers the templates call ────────────────────────────────────────────────

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


def _premiere_view(facts: Any, zone: ZoneInfo) -> _PremiereView | None:
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
    return _PremiereView(
        iso=instant.strftime("%Y-%m-%dT%H:%M:%SZ"),
        machine=premiere.day.isoformat() if premiere.start is None else instant.isoformat(),
        all_day=premiere.start is None,
        text=text,
        site_text=site_text,
        weekday=f"{premiere.day:%a}",
        month=f"{premiere.day:%b}",
        day=premiere.day.day,
    )


def _channels(show: Show) -> list[str]:
    """Where a show can be watched: TV stations, then streaming services."""
    return [*show.facts.broadcasters, *show.facts.streaming]


def _hue(slug: str) -> int:
    """A stable colour (0..11) for a show's card."""
    return int(hashlib.sha256(slug.encode()).hexdigest()[:4], 16) % HUES


def _show_href(site: _Site, slug: str) -> str | None:
    stem = site.files.get(slug)
    return None if stem is None else f"shows/{stem}.html"


def _season_href(site: _Site, name: str | None) -> str | None:
    if not name:
        return None
    slug = season_slug(name)
    return f"seasons/{slug}.html" if any(s.slug == slug for s in site.seasons) else None


def _field_rows(show: Show) -> list[tuple[str, str, list[str]]]:
    """(field, label, source links) for each fact the show has, in reading order."""
    sources: dict[str, list[str]] = defaultdict(list)
    for item in show.provenance:
        link = safe_url(item.link)
        if link and link not in sources[item.field]:
            sources[item.field].append(link)
    return [
        (field, label, sources.get(field, []))
        for field, label in FIELD_LABELS.items()
        if getattr(show.facts, field) not in (None, (), "")
    ]


@dataclass(frozen=True, slots=True)
class _Moment:
    """One entry of a show's timeline."""

    at: datetime | None  # when it was announced (None: unknown, listed first)
    lines: tuple[str, ...]  # what was said
    link: str | None  # the article, when it has an http(s) address


def _timeline(show: Show, events: list[ShowEvent]) -> list[_Moment]:
    """Change events and the articles behind each fact, oldest first."""
    said: dict[tuple[str | None, datetime | None], list[str]] = defaultdict(list)
    for item in show.provenance:
        label = FIELD_LABELS.get(item.field, item.field)
        said[(safe_url(item.link), item.seen_at)].append(f"{label}: {item.value}")
    moments = [_Moment(at=at, lines=tuple(lines), link=link) for (link, at), lines in said.items()]
    moments += [_Moment(at=e.at, lines=(e.message,), link=safe_url(e.link)) for e in events]
    epoch = datetime.min.replace(tzinfo=UTC)
    return sorted(moments, key=lambda m: m.at or epoch)

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
    assets/img/<hash>-320.jpg  show key visuals, downloaded once and resized (and -640)

Pages come from ``templates/site/`` (one template per page role, each extending
``base.html.j2``) and go through one writer (``archive.writer.write_files``), which
skips unchanged files and replaces changed ones atomically. Links between pages are
relative, so the site works from ``file://`` and under any base URL; only the feed
and the calendars, which are read elsewhere, carry absolute ``DIGEST_BASE_URL`` links.

Shows are read as readers may see them (``merge.shown``): facts below
``SHOWN_CONFIDENCE`` appear on no page, calendar or feed.

Everything that came from a feed is untrusted: the templates autoescape it, Markdown
notes are rendered without raw HTML and cleaned with nh3, and a link is only a link
when it is http(s). Show key visuals are downloaded and resized into the site
(``archive.images``), never hot-linked: the pages make no request to any other host.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jinja2

from pipeline.archive.feeds import atom_feed, season_calendar
from pipeline.archive.images import pictures
from pipeline.archive.views import Season, Site, channels, environment, issue_title, timeline
from pipeline.archive.writer import write_files
from pipeline.core import logs
from pipeline.core.calendar import premiere_key, season_of, season_order, season_slug, show_season
from pipeline.core.config import Settings
from pipeline.core.errors import RenderError
from pipeline.core.models import Issue, Show, ShowEvent
from pipeline.core.reports import SiteReport
from pipeline.core.text import safe_url
from pipeline.merge import catalog_only, shown
from pipeline.store import Store

ASSETS = ("assets/site.css", "assets/site.js", "assets/favicon.svg")
FEED_ISSUES = 50  # the feed carries the newest issues in full; older ones live on the site
_SAFE_SLUG = re.compile(r"[a-z0-9][a-z0-9_-]{0,99}")

log = logs.get("archive")


def build_site(
    store: Store, settings: Settings, *, out_dir: Path | None = None, now: datetime
) -> SiteReport:
    """Write the archive site for everything in ``store``; unchanged files stay untouched."""
    target = (out_dir if out_dir is not None else settings.site_dir).resolve()
    base_url = _base_url(settings, target)
    site = _collect(store, now, with_catalog=_lists_catalogue(settings))
    env = environment(site, settings)
    pics = pictures(site.shows.values(), target, settings)
    env.globals["picture"] = lambda show: pics.found.get(safe_url(show.visual_url) or "")
    for url, reason in pics.failed:
        log.warning("image_skipped", url=url, reason=reason)
    files = [
        *_assets(env),
        *pics.files,
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
    return replace(report, renamed=renamed, images=len(pics.found), image_failures=pics.failed)


def _base_url(settings: Settings, target: Path) -> str:
    """DIGEST_BASE_URL; when it is the default (the home's site folder), the folder built."""
    if settings.base_url == settings.site_dir.resolve().as_uri() + "/":
        return target.as_uri() + "/"
    return settings.base_url


# ── reading ───────────────────────────────────────────────────────────────────


def _lists_catalogue(settings: Settings) -> bool:
    """Whether season pages list the catalogue's shows that no article covered."""
    return settings.catalog != "off" and settings.lineup == "catalog+news"


def _collect(store: Store, now: datetime, *, with_catalog: bool = False) -> Site:
    issues = tuple(store.all_issues())
    stored = store.shows()
    shows = {show.slug: show for issue in issues for show in (*issue.lineup, *issue.premieres)}
    shows.update({show.slug: show for show in stored})
    if with_catalog:
        shows.update({s.slug: s for s in catalog_only(store.catalog_entries(), stored)})
    linked = {(s.catalog.source, s.catalog.id) for s in stored if s.catalog is not None}
    shows = {slug: shown(show) for slug, show in shows.items() if not _linked_since(show, linked)}
    events: dict[str, list[ShowEvent]] = defaultdict(list)
    for event in store.show_events():
        events[event.show_slug].append(event)
    seasons = _seasons(shows.values(), (issue.season for issue in issues))
    return Site(
        issues=issues,
        shows=dict(sorted(shows.items())),
        files={slug: _file_stem(slug) for slug in sorted(shows)},
        events=dict(events),
        seasons=seasons,
        featured=_featured(seasons, issues, now),
        current=season_of(now.date()).slug,
    )


def _linked_since(show: Show, linked: set[tuple[str, int]]) -> bool:
    """A catalogue-only show of an old issue whose entry a news show is now linked to."""
    ref = show.catalog
    return not show.news and ref is not None and (ref.source, ref.id) in linked


def _seasons(shows: Iterable[Show], issue_seasons: Iterable[str]) -> tuple[Season, ...]:
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
        Season(name=name, slug=slug, shows=tuple(sorted(members[slug], key=_premiere_key)))
        for slug, name in names.items()
    ]
    return tuple(sorted(seasons, key=lambda s: season_order(s.name), reverse=True))


def _premiere_key(show: Show) -> tuple[bool, datetime, str]:
    key = premiere_key(show.facts)
    title = (show.facts.title or show.slug).casefold()
    return (key is None, key or datetime.max.replace(tzinfo=UTC), title)


def _featured(seasons: tuple[Season, ...], issues: tuple[Issue, ...], now: datetime) -> str | None:
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


def _latest(site: Site) -> Issue | None:
    return site.issues[-1] if site.issues else None


# ── rendering ─────────────────────────────────────────────────────────────────


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


def _issue_pages(env: jinja2.Environment, site: Site) -> list[tuple[str, bytes]]:
    pages = []
    for index, issue in enumerate(site.issues):
        pages.append(
            _render(
                env,
                "issue.html.j2",
                f"issues/{issue.number}.html",
                issue=issue,
                credit=any(s.catalog for s in (*issue.lineup, *issue.premieres)),
                previous=site.issues[index - 1] if index > 0 else None,
                next=site.issues[index + 1] if index + 1 < len(site.issues) else None,
            )
        )
    return pages


def _season_pages(env: jinja2.Environment, site: Site, base_url: str) -> list[tuple[str, bytes]]:
    pages = []
    for season in site.seasons:
        pages.append(
            _render(
                env,
                "season.html.j2",
                f"seasons/{season.slug}.html",
                season=season,
                credit=any(s.catalog for s in season.shows),
                genre_options=sorted({g.lower() for s in season.shows for g in s.facts.genres}),
                channel_options=sorted(
                    {c for s in season.shows for c in channels(s)}, key=str.casefold
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


def _show_pages(env: jinja2.Environment, site: Site) -> list[tuple[str, bytes]]:
    return [
        _render(
            env,
            "show.html.j2",
            f"shows/{site.files[slug]}.html",
            show=show,
            credit=show.catalog is not None,
            timeline=timeline(show, site.events.get(slug, [])),
        )
        for slug, show in site.shows.items()
    ]


def _feed(env: jinja2.Environment, site: Site, base_url: str) -> bytes:
    body = env.get_template("_issue_body.html.j2")
    return atom_feed(
        site.issues[-FEED_ISSUES:],
        base_url,
        title_of=issue_title,
        body_of=lambda issue: body.render(issue=issue, root=base_url),
    )

"""Issue (+ subscriber variant) → subject, preheader, HTML and plain text.

Two steps, so thousands of subscribers cost thousands of string fills and only a
handful of MJML compiles:

1. ``render(issue, variant, settings=...)`` fills the Jinja2 templates in
   ``templates/email/`` and compiles the MJML once per distinct (issue, variant,
   settings); later calls with the same arguments return the cached ``Rendered``.
   Per-person values are left as placeholders.
2. ``personalise(rendered, name=..., unsubscribe_url=..., preferences_url=...,
   view_url=...)`` fills the placeholders: HTML-escaped in the HTML part, as plain
   text in the text part.

Everything from feeds is untrusted: Jinja2 autoescapes it into the MJML, links keep
only http(s) addresses, the editor's note is Markdown with raw HTML disabled and the
result cleaned by nh3, and the subject and preheader are single header-safe lines.
Placeholders are built from private-use characters that are stripped from every value
a template prints, so feed text can never forge one.

When the HTML would exceed ``SIZE_LIMIT`` (Gmail clips messages over 102 KB), the
season lineup is cut short and ends with a link to the full lineup page.
"""

from __future__ import annotations

import html
import re
import sysconfig
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import jinja2
import nh3
from markdown_it import MarkdownIt
from markupsafe import Markup
from mjml import mjml_to_html

from pipeline._calendar import JST, AirTime, air_time, parse_season
from pipeline.config import Settings
from pipeline.digest import clean_line
from pipeline.errors import ConfigError, RenderError
from pipeline.models import Issue, Rendered, Show, ShowEvent, ShowFacts, Variant

SIZE_LIMIT = 100_000  # bytes of HTML before personal values; Gmail clips at 102 KB
CAST_SHOWN = 6  # cast members listed on a card before "and N more"
SOURCES_SHOWN = 5  # source article links on a card
MJML_TEMPLATE = "digest.mjml.j2"
TEXT_TEMPLATE = "digest.txt.j2"
SHARE_SUBDIR = Path("share") / "anime-digest" / "templates"

_MARK_OPEN, _MARK_CLOSE = "\ue000", "\ue001"
_FIELDS = ("greeting", "unsubscribe_url", "preferences", "view_url")


class _Placeholder(str):
    """A per-person placeholder; the one kind of value ``_finalize`` leaves untouched."""

    __slots__ = ()


_MARKERS = {name: _Placeholder(f"{_MARK_OPEN}{name}{_MARK_CLOSE}") for name in _FIELDS}
_MARKER_RE = re.compile(f"{_MARK_OPEN}([a-z_]+){_MARK_CLOSE}")
_STRIPPED = {ord(_MARK_OPEN): None, ord(_MARK_CLOSE): None} | {
    code: None for code in range(32) if chr(code) not in "\n\t"
}
_LATE_NIGHT_END = 5  # hours before 05:00 are written as the previous day's 24:00-28:59


def render(issue: Issue, variant: Variant, *, settings: Settings) -> Rendered:
    """The issue for one variant; compiled once per distinct (issue, variant, settings)."""
    canonical = Variant(
        timezone=variant.timezone,
        genres=tuple(sorted({g.strip().casefold() for g in variant.genres if g.strip()})),
    )
    # Hashing a whole issue costs more than a personalisation; the same issue object is
    # usually passed again and again, so look it up by identity first.
    key = (id(issue), canonical, settings)
    known = _by_identity.get(key)
    if known is not None and known[0] is issue:
        return known[1]
    rendered = _render_cached(issue, canonical, settings)
    if len(_by_identity) >= _IDENTITY_ENTRIES:
        _by_identity.clear()
    _by_identity[key] = (issue, rendered)  # holding the issue keeps its id from being reused
    return rendered


_IDENTITY_ENTRIES = 256
_by_identity: dict[tuple[int, Variant, Settings], tuple[Issue, Rendered]] = {}


def personalise(
    rendered: Rendered,
    *,
    name: str,
    unsubscribe_url: str,
    preferences_url: str | None,
    view_url: str,
) -> Rendered:
    """Fill one subscriber's greeting and links into a rendered variant."""
    person = clean_line(name, limit=80)
    greeting = f"Hi {person}," if person else "Hi,"
    unsubscribe, view = clean_line(unsubscribe_url, 2000), clean_line(view_url, 2000)
    prefs = clean_line(preferences_url, 2000) if preferences_url else None
    html_values = {
        "greeting": html.escape(greeting),
        "unsubscribe_url": html.escape(unsubscribe),
        "view_url": html.escape(view),
        "preferences": f' · <a href="{html.escape(prefs)}">Change preferences</a>' if prefs else "",
    }
    text_values = {
        "greeting": greeting,
        "unsubscribe_url": unsubscribe,
        "view_url": view,
        "preferences": f"\nChange preferences: {prefs}" if prefs else "",
    }
    return replace(
        rendered,
        html=_fill(_pieces(rendered.html), html_values),
        text=_fill(_pieces(rendered.text), text_values),
    )


def _clear_caches() -> None:
    """Forget every compiled variant and loaded template (tests and benchmarks)."""
    _by_identity.clear()
    _render_cached.cache_clear()
    _environment.cache_clear()
    _pieces.cache_clear()


# ── placeholders ──────────────────────────────────────────────────────────────


@lru_cache(maxsize=64)
def _pieces(document: str) -> tuple[str, ...]:
    """``document`` split at placeholders: literal, name, literal, name, ..., literal."""
    return tuple(_MARKER_RE.split(document))


def _fill(pieces: tuple[str, ...], values: dict[str, str]) -> str:
    out = list(pieces)
    for index in range(1, len(out), 2):
        out[index] = values[out[index]]
    return "".join(out)


# ── rendering one variant ─────────────────────────────────────────────────────


@lru_cache(maxsize=64)
def _render_cached(issue: Issue, variant: Variant, settings: Settings) -> Rendered:
    zone = _zone(variant.timezone)
    view = _IssueView.of(issue, variant, zone, settings)
    env = _environment()
    html_doc, shown = _compile_fitting(env, view)
    text = _fill_template(env, TEXT_TEMPLATE, view.shortened(shown).context())
    subject = clean_line(issue.subject)  # stored issues are re-checked, never trusted
    return Rendered(subject=subject, preheader=view.preheader, html=html_doc, text=text)


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise RenderError(f"unknown time zone {name!r} in the reader's settings") from exc


def _compile_fitting(env: jinja2.Environment, view: _IssueView) -> tuple[str, int]:
    """Compiled HTML under SIZE_LIMIT, and how many lineup cards it kept."""
    shown = len(view.cards)
    for _attempt in range(len(view.cards) + 1):
        document = _compile(_fill_template(env, MJML_TEMPLATE, view.shortened(shown).context()))
        encoded = document.encode()
        if len(encoded) <= SIZE_LIMIT or shown == 0:
            return document, shown
        shown = _cards_that_fit(encoded, view.cards[:shown], len(encoded) - SIZE_LIMIT)
    raise RenderError(f"{MJML_TEMPLATE}: could not fit the issue under {SIZE_LIMIT} bytes")


def _cards_that_fit(document: bytes, cards: Sequence[_Card], excess: int) -> int:
    """How many leading cards to keep so that dropping the rest removes ``excess`` bytes."""
    end = document.find(b'id="lineup-end"')
    reserve = 600  # the "full lineup" link that replaces the dropped cards
    for keep in range(len(cards) - 1, -1, -1):
        start = document.find(f'id="show-{cards[keep].slug}"'.encode())
        if 0 <= start < end and end - start >= excess + reserve:
            return keep
    return 0


def _compile(mjml: str) -> str:
    """MJML → HTML; any error the compiler reports or raises fails the render."""
    try:
        result = mjml_to_html(mjml)
    except (ValueError, KeyError, AttributeError, TypeError, AssertionError) as exc:
        raise RenderError(f"{MJML_TEMPLATE}: MJML compile failed: {exc!r}") from exc
    if result.errors:
        raise RenderError(f"{MJML_TEMPLATE}: MJML errors: " + "; ".join(map(str, result.errors)))
    return str(result.html)


def _fill_template(env: jinja2.Environment, name: str, context: dict[str, Any]) -> str:
    try:
        return env.get_template(name).render(context)
    except jinja2.TemplateError as exc:
        where = getattr(exc, "name", None) or name
        raise RenderError(f"{where}: template failed: {exc}") from exc


@lru_cache(maxsize=4)
def _environment(folder: Path | None = None) -> jinja2.Environment:
    """Jinja2 for ``templates/email``: HTML autoescaped, text not, placeholders unforgeable."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder or template_dir()),
        autoescape=jinja2.select_autoescape(enabled_extensions=("mjml.j2",), default=False),
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def template_dir() -> Path:
    """``templates/email`` of the checkout (and editable install), else of the install prefix."""
    candidates = [
        Path(__file__).resolve().parent.parent / "templates" / "email",
        Path(sysconfig.get_path("data")) / SHARE_SUBDIR / "email",
    ]
    for folder in candidates:
        if (folder / MJML_TEMPLATE).is_file():
            return folder
    raise RenderError("email templates not found in " + ", ".join(map(str, candidates)))


def _finalize(value: object) -> object:
    """Every printed value loses placeholder marks and control characters."""
    if isinstance(value, _Placeholder):
        return value
    # Markup.translate keeps the value Markup (already safe); plain str stays str.
    return value.translate(_STRIPPED) if isinstance(value, str) else value


# ── what the templates see ────────────────────────────────────────────────────


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
class _Card:
    slug: str  # anchor and archive page name
    title: str  # main title
    alt_titles: tuple[str, ...]  # other titles
    when: _When  # premiere
    facts: tuple[tuple[str, str], ...]  # (label, value) rows that have a value
    cast: str | None  # "A (Role), B and 12 more"
    themes: tuple[str, ...]  # 'Opening: "Title" by Artist'
    genres: str | None  # "sci-fi, mecha"
    sources: tuple[_Link, ...]  # articles the facts came from
    page_url: str  # the show's archive page
    calendar_url: str | None  # add this premiere to a calendar (None while TBA)


@dataclass(frozen=True, slots=True)
class _Headline:
    title: str  # one line
    url: str | None  # http(s) address, if the feed gave a safe one
    outlet: str  # the feed's name


@dataclass(frozen=True, slots=True)
class _Change:
    message: str  # what changed
    link: str | None  # the article that said so


@dataclass(frozen=True, slots=True)
class _IssueView:
    issue: Issue
    zone_name: str
    genres: tuple[str, ...]
    preheader: str
    premieres: tuple[_Card, ...]
    changes: tuple[_Change, ...]
    cards: tuple[_Card, ...]
    shown: int
    note_html: Markup | None
    links: dict[str, str]

    @classmethod
    def of(cls, issue: Issue, variant: Variant, zone: ZoneInfo, settings: Settings) -> _IssueView:
        wanted = _genre_filter(variant.genres)
        base = settings.base_url
        premieres = tuple(_card(s, zone, base) for s in issue.premieres if wanted(s))
        cards = tuple(_card(s, zone, base) for s in issue.lineup if wanted(s))
        season_slug = _season_slug(issue.season)
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

    def shortened(self, shown: int) -> _IssueView:
        return replace(self, shown=shown)

    def context(self) -> dict[str, Any]:
        return {
            "issue": self.issue,
            "subject": clean_line(self.issue.subject),
            "preheader": self.preheader,
            "zone_name": self.zone_name,
            "genres": self.genres,
            "premieres": self.premieres,
            "changes": self.changes,
            "headlines": _headlines(self.issue),
            "cards": self.cards[: self.shown],
            "hidden": len(self.cards) - self.shown,
            "note_html": self.note_html,
            "note_text": (self.issue.note_markdown or "").strip(),
            "links": self.links,
            "mark": _MARKERS,
        }


def _headlines(issue: Issue) -> tuple[_Headline, ...]:
    return tuple(
        _Headline(
            title=clean_line(h.title, limit=200),
            url=_safe_url(h.link),
            outlet=clean_line(h.outlet, limit=80),
        )
        for h in issue.headlines
        if h.title.strip()
    )


def _genre_filter(genres: tuple[str, ...]) -> Callable[[Show], bool]:
    wanted = set(genres)
    return lambda show: not wanted or bool(wanted & {g.casefold() for g in show.facts.genres})


def _season_slug(season: str) -> str:
    try:
        return parse_season(season).slug
    except ConfigError:
        return re.sub(r"[^a-z0-9]+", "-", season.casefold()).strip("-") or "season"


def _preheader(issue: Issue, premieres: Sequence[_Card], cards: Sequence[_Card]) -> str:
    parts = []
    if premieres:
        parts.append("Premiering this week: " + ", ".join(c.title for c in premieres[:3]))
    parts.append(f"{len(cards)} shows in the {issue.season} lineup")
    if issue.headlines:
        count = len(issue.headlines)
        parts.append(f"{count} headline{'s' * (count != 1)}")
    return clean_line(" · ".join(parts), limit=150)


def _changes(
    events: Iterable[ShowEvent], issue: Issue, wanted: Callable[[Show], bool]
) -> tuple[_Change, ...]:
    known = {s.slug: s for s in (*issue.lineup, *issue.premieres)}
    return tuple(
        _Change(message=clean_line(e.message, limit=300), link=_safe_url(e.link))
        for e in events
        if e.show_slug not in known or wanted(known[e.show_slug])
    )


def _note_html(markdown: str | None) -> Markup | None:
    """The editor's note: Markdown without raw HTML, then cleaned by nh3."""
    if not markdown or not markdown.strip():
        return None
    rendered = MarkdownIt("commonmark", {"html": False}).render(markdown)
    return Markup(nh3.clean(rendered, url_schemes={"http", "https", "mailto"}))  # noqa: S704


def _safe_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) address without whitespace, else None."""
    if not url:
        return None
    candidate = url.strip()
    parts = urlsplit(candidate)
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        return None
    if any(ch.isspace() or unicodedata.category(ch)[0] == "C" for ch in candidate):
        return None
    return candidate


# ── show cards ────────────────────────────────────────────────────────────────

_FACT_ROWS = (
    ("Broadcast", "broadcasters"),
    ("Streaming", "streaming"),
    ("Studio", "studios"),
    ("Director", "director"),
    ("Series composition", "series_composition"),
    ("Character design", "character_design"),
    ("Music", "music"),
    ("Original creator", "original_creator"),
)


def _card(show: Show, zone: ZoneInfo, base_url: str) -> _Card:
    facts = show.facts
    title = clean_line(facts.title or show.slug, limit=200)
    page_url = f"{base_url}shows/{quote(show.slug)}.html"
    return _Card(
        slug=show.slug,
        title=title,
        alt_titles=tuple(clean_line(t, limit=200) for t in facts.alt_titles if t != facts.title),
        when=_when(facts, zone),
        facts=_fact_rows(facts),
        cast=_cast_line(facts),
        themes=tuple(_theme_line(t.kind, t.title, t.artist) for t in facts.themes),
        genres=", ".join(facts.genres) or None,
        sources=_sources(show),
        page_url=page_url,
        calendar_url=_calendar_url(title, facts),
    )


def _fact_rows(facts: ShowFacts) -> tuple[tuple[str, str], ...]:
    rows = [(label, ", ".join(getattr(facts, name))) for label, name in _FACT_ROWS]
    source = facts.source_material or ""
    rows += [("Source", source[:1].upper() + source[1:]), ("Length", facts.episodes_or_cours or "")]
    return tuple((label, clean_line(value, limit=300)) for label, value in rows if value)


def _cast_line(facts: ShowFacts) -> str | None:
    if not facts.cast:
        return None
    named = [
        f"{member.actor} ({member.character})" if member.character else member.actor
        for member in facts.cast[:CAST_SHOWN]
    ]
    more = len(facts.cast) - CAST_SHOWN
    line = ", ".join(named) + (f" and {more} more" if more > 0 else "")
    return clean_line(line, limit=600)


def _theme_line(kind: str | None, title: str | None, artist: str | None) -> str:
    label = (kind or "theme").capitalize()
    song = f"“{title}”" if title else "untitled"
    return clean_line(f"{label}: {song}" + (f" by {artist}" if artist else ""), limit=300)


def _sources(show: Show) -> tuple[_Link, ...]:
    links: list[_Link] = []
    for item in show.provenance:
        url = _safe_url(item.link)
        if url and all(link.url != url for link in links):
            host = urlsplit(url).netloc.removeprefix("www.")
            links.append(_Link(label=clean_line(host, limit=80), url=url))
    return tuple(links[:SOURCES_SHOWN])


def _when(facts: ShowFacts, zone: ZoneInfo) -> _When:
    slot = air_time(facts)
    if slot is not None:
        return _when_timed(slot, zone)
    if facts.premiere_date is not None:
        day = f"{facts.premiere_date:%a} {facts.premiere_date.day} {facts.premiere_date:%b %Y}"
        return _When(broadcast=f"{day} (time TBA)", local=None, short=day)
    return _When(broadcast="TBA", local=None, short="TBA")


def _when_timed(slot: AirTime, zone: ZoneInfo) -> _When:
    there = slot.at.astimezone(slot.zone)
    broadcast = f"{_stamp(there)} {slot.zone_name}"
    if there.hour < _LATE_NIGHT_END:
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

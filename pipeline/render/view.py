"""What the email templates see: an issue turned into display-ready, cleaned values.

Every string here that came from a feed has been made a single line (``clean_line``),
every link is an http(s) address or None (``safe_url``), and the editor's note is
sanitised HTML. Jinja2 still autoescapes all of it into the MJML template; this module
decides what is shown (genre filter, time zones, "and N more", the size budget's brief
lines), not how it is escaped.

The email reads in the order a fan wants it: this week's premieres, what changed this
week, the week's headlines, then the season lineup as compact cards (``cards``).
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import nh3
from markdown_it import MarkdownIt
from markupsafe import Markup

from pipeline.catalog import ATTRIBUTION, ATTRIBUTION_URL
from pipeline.core.calendar import season_slug as season_slug_of
from pipeline.core.config import Settings
from pipeline.core.models import Issue, Show, ShowEvent, Variant
from pipeline.core.text import safe_url
from pipeline.digest import clean_line, reader_subject
from pipeline.render.cards import Card, Link, card_of

CHANGES_SHOWN = 30  # "what changed" lines before "and N more" (a first issue has many)
HEADLINES_SHOWN = 30  # headlines before "and N more"
NOTE_HEADING = re.compile(r"<(/?)h[1-6]>")
FULL_CARD_WEEKS = 4  # under the size budget, premieres this far ahead keep a full card


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
    source: Link | None  # the article that said so, labelled with its site


@dataclass(frozen=True, slots=True)
class IssueView:
    """An issue as one variant's reader sees it, before per-person values."""

    issue: Issue  # the stored issue
    zone_name: str  # the reader's IANA zone
    genres: tuple[str, ...]  # the reader's genre filter (empty: everything)
    subject: str  # the reader's subject line
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
        premieres = tuple(card_of(s, zone, base, site) for s in issue.premieres if wanted(s))
        above = {card.slug: replace(card, featured=True) for card in premieres}
        cards = tuple(
            above.get(s.slug) or card_of(s, zone, base, site) for s in issue.lineup if wanted(s)
        )  # a premiere's card is built once, and marked as shown above the lineup
        season_slug = season_slug_of(issue.season)
        changes = _changes(issue.changes, issue, wanted)
        return cls(
            issue=issue,
            zone_name=variant.timezone,
            genres=tuple(clean_line(g, limit=40) for g in variant.genres),
            subject=_subject(issue, variant, premieres, cards),
            preheader=_preheader(issue, premieres, changes, cards),
            premieres=premieres,
            changes=changes,
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

    def briefer(self, full: int | None = None) -> IssueView:
        """The same view with only the lineup's premieres of the next four weeks (from the
        issue's day) as full cards, and of those only the first ``full``; every other
        show is one line: the size budget's cuts."""
        start = self.issue.created_at.date()
        horizon = start + timedelta(weeks=FULL_CARD_WEEKS)
        kept = 0
        cards = []
        for card in self.cards:
            keep = (
                not card.featured
                and _within(card.day, start, horizon)
                and (full is None or kept < full)
            )
            kept += keep
            cards.append(replace(card, brief=not keep))
        return replace(self, cards=tuple(cards))

    def full_cards(self) -> list[int]:
        """Places in the lineup of the shows shown as full cards."""
        shown = self.cards[: self.shown]
        return [
            i for i, card in enumerate(shown) if card.news and not card.brief and not card.featured
        ]

    def context(self, marks: Mapping[str, str]) -> dict[str, Any]:
        """What the templates see; ``marks`` are the per-person placeholders."""
        headlines = _headlines(self.issue)
        cards = self.cards[: self.shown]
        return {
            "issue": self.issue,
            "subject": self.subject,
            "preheader": self.preheader,
            "zone_name": self.zone_name,
            "genres": self.genres,
            "premieres": self.premieres,
            "changes": self.changes[:CHANGES_SHOWN],
            "more_changes": max(0, len(self.changes) - CHANGES_SHOWN),
            "headlines": headlines[:HEADLINES_SHOWN],
            "more_headlines": max(0, len(headlines) - HEADLINES_SHOWN),
            "cards": cards,
            "briefed": sum(1 for c in cards if c.brief),
            "hidden": len(self.cards) - self.shown,
            "note_html": self.note_html,
            "note_text": (self.issue.note_markdown or "").strip(),
            "links": self.links,
            "mark": marks,
            "attribution": _attribution(self.issue),
            "ref": _References(),
            "wrap": wrap,
            "plain_note": plain_note,
        }


TEXT_WIDTH = 72  # columns of the plain-text part


def wrap(text: str, indent: str = "") -> str:
    """``text`` wrapped at 72 columns, continuation lines indented by ``indent``; a word
    longer than a line (an address) stays whole."""
    return "\n".join(
        textwrap.wrap(
            text,
            width=TEXT_WIDTH,
            initial_indent=indent,
            subsequent_indent=indent,
            break_long_words=False,
            break_on_hyphens=False,
        )
    ).removeprefix(indent)


MARKDOWN_LINK = re.compile(r"\[([^\]\n]+)\]\(([^)\s]+)\)")


def plain_note(markdown: str, ref: Callable[[str | None], str]) -> str:
    """The editor's note for the plain-text part, each paragraph wrapped at 72 columns: a
    Markdown link ``[text](url)`` becomes "text [n]", its address listed at the end; an
    unsafe address leaves the text alone."""

    def cite(match: re.Match[str]) -> str:
        url = safe_url(match.group(2))
        return f"{match.group(1)} {ref(url)}" if url else match.group(1)

    paragraphs = re.split(r"\n\s*\n", MARKDOWN_LINK.sub(cite, markdown.strip()))
    return "\n\n".join(wrap(p) for p in paragraphs if p.strip())


class _References:
    """Numbers links in the order the plain-text part first cites them ("[3]"); the
    numbered list closes the message, so no line is broken by a long address."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def __call__(self, url: str | None) -> str:
        if not url:
            return ""
        if url not in self.urls:
            self.urls.append(url)
        return f"[{self.urls.index(url) + 1}]"


def _within(day: date | None, start: date, end: date) -> bool:
    return day is not None and start <= day <= end


def _attribution(issue: Issue) -> Link | None:
    """The catalogue's credit line, when the issue shows anything it gave."""
    if any(s.catalog is not None for s in (*issue.lineup, *issue.premieres)):
        return Link(ATTRIBUTION, ATTRIBUTION_URL)
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


def _subject(
    issue: Issue, variant: Variant, premieres: Sequence[Card], cards: Sequence[Card]
) -> str:
    """The issue's subject, or with a genre filter one that counts and names only the
    reader's shows; a stored subject is re-checked, never trusted."""
    if not variant.genres:
        return clean_line(issue.subject)
    return reader_subject(issue, [card.title for card in premieres], len(cards))


def _preheader(
    issue: Issue, premieres: Sequence[Card], changes: Sequence[_Change], cards: Sequence[Card]
) -> str:
    """The inbox preview: what this reader's email holds, after their genre filter."""
    parts = []
    if premieres:
        parts.append("Premiering this week: " + ", ".join(c.title for c in premieres[:3]))
    if changes:
        parts.append(f"{len(changes)} change{'s' * (len(changes) != 1)} to the shows")
    if cards:
        parts.append(f"{len(cards)} show{'s' * (len(cards) != 1)} in the {issue.season} lineup")
    if issue.headlines:
        count = len(issue.headlines)
        parts.append(f"{count} headline{'s' * (count != 1)}")
    return clean_line(" · ".join(parts) or f"Anime Digest #{issue.number}", limit=150)


def _changes(
    events: Iterable[ShowEvent], issue: Issue, wanted: Callable[[Show], bool]
) -> tuple[_Change, ...]:
    known = {s.slug: s for s in (*issue.lineup, *issue.premieres)}
    return tuple(
        _Change(message=clean_line(e.message, limit=300), source=_source(e.link))
        for e in events
        if e.show_slug not in known or wanted(known[e.show_slug])
    )


def _source(link: str | None) -> Link | None:
    url = safe_url(link)
    if url is None:
        return None
    return Link(label=clean_line(urlsplit(url).netloc.removeprefix("www."), limit=80), url=url)


def _note_html(markdown: str | None) -> Markup | None:
    """The editor's note: Markdown without raw HTML, then cleaned by nh3."""
    if not markdown or not markdown.strip():
        return None
    rendered = MarkdownIt("commonmark", {"html": False}).render(markdown)
    cleaned = nh3.clean(rendered, url_schemes={"http", "https", "mailto"})
    # The note sits between the issue's h1 and its first h2: its headings are h2, so the
    # email's headings stay in order for screen readers.
    return Markup(NOTE_HEADING.sub(r"<\1h2>", cleaned))  # noqa: S704

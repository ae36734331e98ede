"""Which shows, changes and headlines go into an issue: a pure decision that takes ``now``.

An issue has four sections, each left out when empty:

- **Premiering this week**: shows whose first airing falls in the seven days from ``now``,
  by premiere time.
- **What changed**: the merge stage's change events since the last issue.
- **The <Season> <Year> lineup**: every known show of the lineup season, by premiere date
  and time, shows with no date last ("TBA"). The lineup season is the current one until
  ``lineup_lead_weeks`` weeks before the next starts. The season catalogue's entries
  that no article covered are listed too, marked "no news yet" (``Show.news``).
- **Headlines**: articles published since the last issue, the same story from several
  feeds shown once (same link, or near-identical titles).

Shows enter as readers may see them (``merge.shown``): a fact below
``SHOWN_CONFIDENCE`` is left out of the issue, and so out of its premieres and lineup.

The thin-week rule: a weekly issue with fewer than ``thin_week_min_items`` new items
(premieres, changes, headlines) is not made; ``build_issue`` returns a ``Skipped`` value
saying why. Special editions and forced builds are exempt.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qsl, urlencode, urlsplit

import nh3
from rapidfuzz import fuzz, process

from pipeline.core.calendar import JST, Season, air_time, lineup_season, premiere_key, show_season
from pipeline.core.config import Settings
from pipeline.core.models import (
    Article,
    CatalogEntry,
    Headline,
    Issue,
    Show,
    ShowEvent,
    ShowFacts,
    Source,
)
from pipeline.core.reports import Skipped
from pipeline.core.text import LINE_LIMIT, one_line
from pipeline.merge import catalog_only, shown

WEEK = timedelta(days=7)
SUBJECT_LIMIT = 120  # characters; longer subjects are cut with an ellipsis
SUMMARY_LIMIT = 200  # characters of a headline's teaser
SAME_STORY_SCORE = 90  # rapidfuzz token_sort_ratio at or above which two titles are one story


THIN_WEEK = "thin week"  # how every thin-week reason starts (a later run may re-judge it)


def build_issue(
    shows: Sequence[Show],
    articles: Sequence[Article],
    last_issue: Issue | None,
    settings: Settings,
    *,
    now: datetime,
    number: int,
    events: Sequence[ShowEvent] = (),
    sources: Sequence[Source] = (),
    note: str | None = None,
    special: str | None = None,
    season: Season | None = None,
    force: bool = False,
    catalog: Sequence[CatalogEntry] = (),
) -> Issue | Skipped:
    """The issue numbered ``number`` as of ``now``, or ``Skipped`` for a thin weekly issue.

    With ``DIGEST_LINEUP=catalog+news`` the lineup also lists the ``catalog`` entries
    that no show is linked to, marked ``news=False``.
    """
    since = last_issue.created_at if last_issue is not None else now - WEEK
    shows = [shown(show) for show in shows]
    premieres = _premieres(shows, now)
    changes = tuple(e for e in sorted(events, key=lambda e: e.at) if since < e.at <= now)
    headlines = _headlines(articles, {s.id: s.name for s in sources}, since, now)
    new_items = len(premieres) + len(changes) + len(headlines)
    if special is None and not force and new_items < settings.thin_week_min_items:
        return Skipped(
            reason=f"{THIN_WEEK}: {new_items} new item(s) since {since:%Y-%m-%d %H:%M} UTC, "
            f"fewer than {settings.thin_week_min_items} (DIGEST_THIN_WEEK_MIN_ITEMS)",
            new_items=new_items,
        )
    lineup_for = season or lineup_season(
        now, lead_weeks=settings.lineup_lead_weeks, zone=settings.zone
    )
    title = clean_line(special) if special is not None else None
    lineup = _lineup([*shows, *_catalogue_only(catalog, shows, settings)], lineup_for)
    return Issue(
        number=number,
        kind="special" if special is not None else "weekly",
        subject=_subject(number, lineup_for if lineup else None, premieres, title),
        created_at=now,
        season=lineup_for.label,
        premieres=premieres,
        changes=changes,
        lineup=lineup,
        headlines=headlines,
        note_markdown=note,
        title=title,
    )


def clean_line(text: str, limit: int = SUBJECT_LIMIT) -> str:
    """One header-safe line: control and format characters and line breaks removed, capped."""
    return one_line(text, limit)


def _subject(
    number: int, season: Season | None, premieres: Sequence[Show], title: str | None
) -> str:
    """The subject; a season whose lineup is empty is not named (``season`` is None)."""
    if title is not None:
        return clean_line(f"Anime Digest special: {title}")
    titles = [clean_line(s.facts.title or s.slug, limit=80) for s in premieres]
    return _weekly_subject(number, season.label if season else None, titles)


def reader_subject(issue: Issue, premieres: Sequence[str], lineup: int) -> str:
    """The subject for a reader who sees only ``premieres`` (titles) and ``lineup`` shows.

    A genre filter changes what a reader gets, so the count and the names follow it: a
    mecha fan is not promised six premieres when two are theirs, and a season whose
    lineup the filter empties is not named. Special editions keep their own subject.
    """
    if issue.kind == "special":
        return clean_line(issue.subject)
    return _weekly_subject(issue.number, issue.season if lineup else None, premieres)


def _weekly_subject(number: int, season: str | None, premieres: Sequence[str]) -> str:
    """ "Anime Digest #7: Spring 2021 lineup, 3 premieres this week: A, B, ..."; the first
    two premieres are named, and a week without one is "this week's news"."""
    count = len(premieres)
    detail = f"{count} premiere{'s' * (count != 1)} this week" if count else "this week's news"
    if count:
        detail += ": " + ", ".join(premieres[:2]) + (", ..." if count > 2 else "")
    named = f"{season} lineup, " if season else ""
    return clean_line(f"Anime Digest #{number}: {named}{detail}")


# ── shows ─────────────────────────────────────────────────────────────────────


def _premieres(shows: Iterable[Show], now: datetime) -> tuple[Show, ...]:
    """Shows first airing in the seven days from ``now`` (whole days in JST when untimed)."""
    chosen = [show for show in shows if _premieres_within_a_week(show.facts, now)]
    return tuple(sorted(chosen, key=lambda show: (premiere_key(show.facts) or now, _name(show))))


def _premieres_within_a_week(facts: ShowFacts, now: datetime) -> bool:
    slot = air_time(facts)
    if slot is not None:
        return now <= slot.at < now + WEEK
    today = now.astimezone(JST).date()
    return facts.premiere_date is not None and today <= facts.premiere_date < today + WEEK


def _lineup(shows: Iterable[Show], season: Season) -> tuple[Show, ...]:
    """Every show of ``season``: dated by premiere time, then the TBA ones by title."""
    members = [show for show in shows if show_season(show.facts) == season]
    far = datetime.max.replace(tzinfo=UTC)

    def order(show: Show) -> tuple[bool, datetime, str]:
        key = premiere_key(show.facts)
        return (key is None, key or far, _name(show))

    return tuple(sorted(members, key=order))


def _catalogue_only(
    entries: Sequence[CatalogEntry], shows: Sequence[Show], settings: Settings
) -> list[Show]:
    if settings.lineup != "catalog+news":
        return []
    return catalog_only(entries, shows)


def _name(show: Show) -> str:
    """The sort name of a show: its title, else its slug, without case."""
    return (show.facts.title or show.slug).casefold()


# ── headlines ─────────────────────────────────────────────────────────────────


@dataclass
class _Story:
    """Articles found to tell the same story, the earliest first."""

    first: Article
    when: datetime
    feed_ids: list[str] = field(default_factory=list)


def _headlines(
    articles: Iterable[Article], names: dict[str, str], since: datetime, now: datetime
) -> tuple[Headline, ...]:
    """Articles published in (since, now], one per story, newest first."""
    fresh = sorted(
        (a for a in articles if a.title and since < _news_time(a) <= now), key=_news_time
    )
    stories: list[_Story] = []
    by_link: dict[str, _Story] = {}
    titles: list[str] = []
    for item in fresh:
        story = _same_story(item, by_link, titles, stories)
        if story is None:
            story = _Story(item, _news_time(item))
            stories.append(story)
            titles.append(_title_key(item))
        if item.link:
            by_link.setdefault(_link_key(item.link), story)
        if item.feed_id not in story.feed_ids:
            story.feed_ids.append(item.feed_id)
    return tuple(_headline(story, names) for story in sorted(stories, key=lambda s: -_ts(s)))


def _same_story(
    item: Article, by_link: dict[str, _Story], titles: list[str], stories: list[_Story]
) -> _Story | None:
    if item.link and _link_key(item.link) in by_link:
        return by_link[_link_key(item.link)]
    match = process.extractOne(
        _title_key(item), titles, scorer=fuzz.token_sort_ratio, score_cutoff=SAME_STORY_SCORE
    )
    return stories[match[2]] if match is not None else None


def _headline(story: _Story, names: dict[str, str]) -> Headline:
    item = story.first
    return Headline(
        title=clean_line(_plain(item.title or ""), limit=200),
        link=item.link,
        outlet=clean_line(names.get(item.feed_id, item.feed_id), limit=80),
        published=story.when,
        feed_ids=tuple(story.feed_ids),
        summary=clean_line(_plain(item.summary), limit=SUMMARY_LIMIT),
    )


def _ts(story: _Story) -> float:
    return story.when.timestamp()


def _news_time(item: Article) -> datetime:
    """When an article became news: its publication time, else when it was fetched."""
    return item.published or item.fetched_at


def _plain(markup: str) -> str:
    """Text of an HTML fragment: tags dropped, entities decoded."""
    return html.unescape(nh3.clean(markup, tags=set()))


def _title_key(item: Article) -> str:
    title = (item.title or "")[: LINE_LIMIT * 4]  # stored before titles were cut
    return re.sub(r"\W+", " ", _plain(title).casefold()).strip()[:LINE_LIMIT]


def _link_key(link: str) -> str:
    """A link without scheme, ``www.``, fragment, tracking parameters or trailing slash."""
    parts = urlsplit(link.strip())
    host = parts.netloc.lower().removeprefix("www.")
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if not k.startswith("utm_")])
    return f"{host}{parts.path.rstrip('/')}?{query}"

"""The archive's machine-readable files: the Atom feed of issues and a season's ICS calendar.

Both are built with their libraries (feedgen, icalendar), which escape text for
their formats; untrusted text is only stripped of control characters XML cannot
carry. Neither file holds the build time, so an unchanged site rebuilds to the same
bytes: the feed's ``updated`` is the newest issue's time, an event's ``DTSTAMP`` is
when the show last changed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

import icalendar
from feedgen.feed import FeedGenerator

from pipeline.core.config import PROJECT_URL
from pipeline.core.models import Issue, Show
from pipeline.digest import premiere_of

SITE_TITLE = "Anime Digest"
EPISODE_LENGTH = timedelta(minutes=30)
EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(text: str) -> str:
    """``text`` without the control characters XML and iCalendar cannot carry."""
    return _CONTROL.sub("", text)


def atom_feed(
    issues: Sequence[Issue],
    base_url: str,
    *,
    title_of: Callable[[Issue], str],
    body_of: Callable[[Issue], str],
) -> bytes:
    """Every issue, newest first, with its full content as HTML (absolute links)."""
    feed = FeedGenerator()
    feed.id(base_url)
    feed.title(SITE_TITLE)
    feed.subtitle("Weekly season lineups: premieres, changes and anime news.")
    feed.author({"name": SITE_TITLE})
    feed.link(href=base_url, rel="alternate")
    feed.link(href=base_url + "feed.atom", rel="self")
    feed.language("en")
    feed.generator("anime-digest", uri=PROJECT_URL)
    feed.updated(max((i.created_at for i in issues), default=EPOCH))
    for issue in issues:  # feedgen prepends: the newest ends up first
        url = f"{base_url}issues/{issue.number}.html"
        entry = feed.add_entry()
        entry.id(url)
        entry.link(href=url, rel="alternate")
        entry.title(clean_text(title_of(issue)))
        entry.published(issue.created_at)
        entry.updated(issue.created_at)
        entry.summary(clean_text(issue.subject))
        entry.content(clean_text(body_of(issue)), type="html")
    data: bytes = feed.atom_str(pretty=True)
    return data


def season_calendar(season: str, shows: Sequence[Show], show_url: Callable[[Show], str]) -> bytes:
    """The season's premieres: timed events in the broadcaster's zone, else all-day."""
    cal = icalendar.Calendar()
    cal.add("prodid", "-//anime-digest//archive//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", clean_text(f"{season} premieres · {SITE_TITLE}"))
    for show in shows:
        event = _premiere_event(show, show_url(show))
        if event is not None:
            cal.add_component(event)
    cal.add_missing_timezones()
    data: bytes = cal.to_ical()
    return data


def _premiere_event(show: Show, url: str) -> icalendar.Event | None:
    premiere = premiere_of(show.facts)
    if premiere is None:
        return None
    event = icalendar.Event()
    event.add("uid", f"premiere-{show.slug}@{urlparse(url).hostname or 'anime-digest'}")
    event.add("dtstamp", show.updated_at or show.first_seen or EPOCH)
    event.add("summary", clean_text(f"{show.facts.title or show.slug} premiere"))
    event.add("description", clean_text(_description(show, url)))
    event.add("url", url)
    if premiere.start is None:
        event.add("dtstart", premiere.day)
        event.add("dtend", premiere.day + timedelta(days=1))
    else:
        start = premiere.start.replace(tzinfo=ZoneInfo(premiere.zone))
        event.add("dtstart", start)
        event.add("dtend", start + EPISODE_LENGTH)
    return event


def _description(show: Show, url: str) -> str:
    facts = show.facts
    lines = [
        f"{label}: {', '.join(values)}"
        for label, values in (
            ("On air", facts.broadcasters),
            ("Streaming", facts.streaming),
            ("Studio", facts.studios),
        )
        if values
    ]
    return "\n".join([*lines, url])

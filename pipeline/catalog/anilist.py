"""AniList's season query and its answer turned into ``CatalogEntry`` records.

The query asks one ``Page`` (at most 50 media, AniList's page limit) of a season's
anime, most popular first; ``pageInfo.hasNextPage`` says whether another page follows.
A season is ``MediaSeason`` (WINTER, SPRING, SUMMER, FALL) plus ``seasonYear``. Dates
are ``FuzzyDate`` objects whose year, month or day may be null. Every text field is
untrusted: titles are made single lines, the description is stripped of markup and
cut to two sentences, links are kept only when they are http(s).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

import nh3

from pipeline.core.calendar import SEASONS, Season
from pipeline.core.errors import CatalogError
from pipeline.core.models import CatalogEntry
from pipeline.core.text import one_line, safe_url

SOURCE = "anilist"
PER_PAGE = 50  # AniList's largest page
TITLE_LIMIT = 200  # characters of a title
SYNOPSIS_LIMIT = 600  # characters of a synopsis
SYNOPSIS_SENTENCES = 2

QUERY = """
query ($page: Int, $perPage: Int, $season: MediaSeason, $seasonYear: Int) {
  Page(page: $page, perPage: $perPage) {
    pageInfo { hasNextPage }
    media(season: $season, seasonYear: $seasonYear, type: ANIME, sort: POPULARITY_DESC) {
      id idMal title { romaji english native } synonyms format status episodes duration
      startDate { year month day } season seasonYear
      coverImage { large extraLarge color } description(asHtml: false) genres
      studios(isMain: true) { nodes { name } } siteUrl externalLinks { site url type }
      nextAiringEpisode { airingAt episode } isAdult updatedAt
    }
  }
}
""".strip()

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[A-Z\"“‘(])")
_SOURCE_NOTE = re.compile(r"\((?:source|written by)\b[^)]*\)\s*$", re.IGNORECASE)


def variables(season: Season, page: int) -> dict[str, Any]:
    """The query's variables for ``page`` (from 1) of ``season``."""
    return {
        "page": page,
        "perPage": PER_PAGE,
        "season": SEASONS[season.quarter].upper(),
        "seasonYear": season.year,
    }


def read_page(payload: object, season: Season) -> tuple[list[CatalogEntry], bool]:
    """The entries of one answer and whether another page follows.

    CatalogError names what is missing or malformed, and where.
    """
    if not isinstance(payload, Mapping):
        raise CatalogError("AniList answered with something that is not a JSON object")
    errors = payload.get("errors")
    if errors:
        raise CatalogError(f"AniList refused the query: {describe_errors(errors)}")
    page = _dig(payload, "data", "Page")
    media = page.get("media")
    if not isinstance(media, list):
        raise CatalogError("AniList's answer has no list at data.Page.media")
    has_next = _dig(page, "pageInfo").get("hasNextPage")
    if not isinstance(has_next, bool):
        raise CatalogError("AniList's answer has no boolean at data.Page.pageInfo.hasNextPage")
    entries = [_entry(item, season, f"data.Page.media[{i}]") for i, item in enumerate(media)]
    return entries, has_next


def describe_errors(errors: object) -> str:
    """AniList's ``errors`` array (message, status) as one line."""
    if not isinstance(errors, Sequence) or isinstance(errors, str):
        return one_line(str(errors), 200)
    parts = []
    for item in errors[:3]:
        if isinstance(item, Mapping):
            status = f" ({item['status']})" if isinstance(item.get("status"), int) else ""
            parts.append(f"{item.get('message', 'no message')}{status}")
    return one_line("; ".join(parts) or "no message", 300)


def _dig(value: object, *keys: str) -> Mapping[str, Any]:
    path = ""
    for key in keys:
        path = f"{path}.{key}" if path else key
        if not isinstance(value, Mapping) or not isinstance(value.get(key), Mapping):
            raise CatalogError(f"AniList's answer has no object at {path}")
        value = value[key]
    assert isinstance(value, Mapping)
    return value


def _entry(item: object, season: Season, where: str) -> CatalogEntry:
    if not isinstance(item, Mapping) or not isinstance(item.get("id"), int):
        raise CatalogError(f"AniList's answer has no numeric id at {where}")
    try:
        return _parse(item, season)
    except (TypeError, ValueError, AttributeError) as exc:
        raise CatalogError(f"AniList's answer is malformed at {where} (id {item['id']})") from exc


def _parse(item: Mapping[str, Any], season: Season) -> CatalogEntry:
    title = item.get("title") or {}
    cover = item.get("coverImage") or {}
    return CatalogEntry(
        source=SOURCE,
        id=item["id"],
        season=season.label,
        title_romaji=_line(title.get("romaji")),
        title_english=_line(title.get("english")),
        title_native=_line(title.get("native")),
        synonyms=tuple(s for s in (_line(x) for x in item.get("synonyms") or ()) if s),
        format=_line(item.get("format")),
        status=_line(item.get("status")),
        episodes=_int(item.get("episodes")),
        duration=_int(item.get("duration")),
        start_date=_fuzzy_date(item.get("startDate")),
        cover_url=safe_url(cover.get("extraLarge")) or safe_url(cover.get("large")),
        cover_color=_colour(cover.get("color")),
        synopsis=synopsis(item.get("description") or ""),
        genres=tuple(g for g in (_line(x) for x in item.get("genres") or ()) if g),
        studios=_studios(item.get("studios")),
        site_url=safe_url(item.get("siteUrl")),
        streaming=_streaming(item.get("externalLinks")),
        episode_one_at=_episode_one(item.get("nextAiringEpisode")),
        is_adult=bool(item.get("isAdult")),
        id_mal=_int(item.get("idMal")),
        updated_at=_timestamp(item.get("updatedAt")),
    )


def synopsis(description: str) -> str:
    """Plain text of a description: markup and source notes dropped, two sentences."""
    text = html.unescape(nh3.clean(str(description).replace("<br>", " "), tags=set()))
    text = _SOURCE_NOTE.sub("", one_line(text, 10_000)).strip()
    sentences = _SENTENCE_END.split(text)
    return one_line(" ".join(sentences[:SYNOPSIS_SENTENCES]), SYNOPSIS_LIMIT)


def _line(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {type(value).__name__}")
    return one_line(value, TITLE_LIMIT) or None


def _int(value: object) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"expected a number, got {value!r}")
    return value


def _fuzzy_date(value: object) -> date | None:
    """A FuzzyDate with year, month and day as a date; None when any part is unknown."""
    if not isinstance(value, Mapping):
        return None
    parts = [_int(value.get(k)) for k in ("year", "month", "day")]
    if None in parts:
        return None
    year, month, day = (p for p in parts if p is not None)
    return date(year, month, day)


def _colour(value: object) -> str | None:
    return value if isinstance(value, str) and re.fullmatch(r"#[0-9a-fA-F]{6}", value) else None


def _studios(value: object) -> tuple[str, ...]:
    nodes = value.get("nodes") if isinstance(value, Mapping) else None
    names = (_line(n.get("name")) for n in nodes or () if isinstance(n, Mapping))
    return tuple(dict.fromkeys(n for n in names if n))


def _streaming(value: object) -> tuple[str, ...]:
    links = [x for x in value or () if isinstance(x, Mapping)] if isinstance(value, list) else []
    sites = (_line(x.get("site")) for x in links if x.get("type") == "STREAMING")
    return tuple(dict.fromkeys(s for s in sites if s))


def _episode_one(value: object) -> datetime | None:
    if not isinstance(value, Mapping) or value.get("episode") != 1:
        return None
    return _timestamp(value.get("airingAt"))


def _timestamp(value: object) -> datetime | None:
    seconds = _int(value)
    return None if seconds is None else datetime.fromtimestamp(seconds, tz=UTC)

"""A fake AniList GraphQL endpoint on 127.0.0.1 (Starlette under uvicorn), for tests.

It answers ``POST /`` the way AniList documents: ``{"data": {"Page": {"pageInfo":
{"hasNextPage": ...}, "media": [...]}}}`` for the season and page the query's
variables ask, with ``X-RateLimit-Limit`` and ``X-RateLimit-Remaining`` on every
answer (``exhausted``: always 0, with ``X-RateLimit-Reset`` two seconds ahead).
Faults queued in ``faults`` are served first, one per request:

    "429"        429 with Retry-After: 1, X-RateLimit-Remaining: 0 and AniList's
                 {"data": null, "errors": [{"message": "Too Many Requests.", "status": 429}]}
    "429-long"   the same with Retry-After: 3600
    "500"        500 with an errors array
    "malformed"  200 with a body that is not JSON
    "no-page"    200 with {"data": {}}

Every request body is recorded in ``requests``. The season's pages are the tests' own.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from time import time
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from web_fixtures import UvicornThread

LIMIT = 30


def media(
    id: int,
    romaji: str,
    english: str | None = None,
    *,
    native: str | None = None,
    synonyms: tuple[str, ...] = (),
    start: tuple[int | None, int | None, int | None] = (2021, 4, None),
    episodes: int | None = 12,
    studios: tuple[str, ...] = (),
    airing_at: int | None = None,
    adult: bool = False,
    description: str | None = None,
    updated_at: int = 1_615_000_000,  # 2021-03-06, before the sample articles
) -> dict[str, Any]:
    """One Media object in the shape of AniList's schema for the season query."""
    year, month, day = start
    return {
        "id": id,
        "idMal": id + 10_000,
        "title": {"romaji": romaji, "english": english, "native": native},
        "synonyms": list(synonyms),
        "format": "TV",
        "status": "NOT_YET_RELEASED",
        "episodes": episodes,
        "duration": 24,
        "startDate": {"year": year, "month": month, "day": day},
        "season": "SPRING",
        "seasonYear": 2021,
        "coverImage": {
            "large": f"https://s4.anilist.co/file/anilistcdn/media/anime/cover/medium/bx{id}.jpg",
            "extraLarge": f"https://s4.anilist.co/file/anilistcdn/media/anime/cover/large/bx{id}.jpg",
            "color": "#e4a15d",
        },
        "description": description or f"{romaji} is a show.<br><br>It airs in spring.",
        "genres": ["Action", "Drama"],
        "studios": {"nodes": [{"name": s} for s in studios]},
        "siteUrl": f"https://anilist.co/anime/{id}",
        "externalLinks": [
            {"site": "Crunchyroll", "url": "https://www.crunchyroll.com/x", "type": "STREAMING"},
            {"site": "Official Site", "url": "https://example.jp/", "type": "INFO"},
        ],
        "nextAiringEpisode": {"airingAt": airing_at, "episode": 1} if airing_at else None,
        "isAdult": adult,
        "updatedAt": updated_at,
    }


@dataclass
class FakeAniList:
    """Serves ``seasons[(SEASON, year)]`` (a list of pages) until ``stop``."""

    seasons: dict[tuple[str, int], list[list[dict[str, Any]]]]
    faults: list[str] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)
    exhausted: bool = False  # every answer says no request is left until 2 s from now
    server: UvicornThread | None = None

    @property
    def url(self) -> str:
        assert self.server is not None
        return self.server.url

    def start(self) -> FakeAniList:
        app = Starlette(routes=[Route("/", self._answer, methods=["POST"])])
        self.server = UvicornThread(app)
        self.server.start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()

    async def _answer(self, request: Request) -> Response:
        body = await request.json()
        self.requests.append(body)
        remaining = {"X-RateLimit-Limit": str(LIMIT)}
        remaining["X-RateLimit-Remaining"] = str(max(0, LIMIT - len(self.requests)))
        if self.exhausted:
            remaining |= {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(int(time()) + 2)}
        if self.faults:
            return _fault(self.faults.pop(0), remaining)
        variables = body.get("variables") or {}
        if "Page(page: $page, perPage: $perPage)" not in body.get("query", ""):
            return _errors(400, "Unknown query shape", remaining)
        pages = self.seasons.get((variables.get("season"), variables.get("seasonYear")), [[]])
        number = int(variables.get("page", 1))
        found = pages[number - 1] if 0 < number <= len(pages) else []
        page = {"pageInfo": {"hasNextPage": number < len(pages)}, "media": found}
        return JSONResponse({"data": {"Page": page}}, headers=remaining)


def _errors(status: int, message: str, headers: dict[str, str]) -> Response:
    error = {"message": message, "status": status, "locations": [{"line": 1, "column": 1}]}
    return JSONResponse({"data": None, "errors": [error]}, status_code=status, headers=headers)


def _fault(kind: str, headers: dict[str, str]) -> Response:
    if kind.startswith("429"):
        wait = "3600" if kind == "429-long" else "1"
        limited = {**headers, "X-RateLimit-Remaining": "0", "Retry-After": wait}
        return _errors(429, "Too Many Requests.", limited)
    if kind == "500":
        return _errors(500, "Internal Server Error", headers)
    if kind == "malformed":
        return Response("<html>upstream timeout</html>", status_code=200, headers=headers)
    if kind == "no-page":
        return Response(json.dumps({"data": {}}), media_type="application/json", headers=headers)
    raise AssertionError(f"unknown fault {kind!r}")


# The Spring 2021 season the catalogue tests serve: two pages, one adult entry.
# Saturday 10 April 2021, 00:30 JST
EPISODE_ONE = int(datetime(2021, 4, 9, 15, 30, tzinfo=UTC).timestamp())

PAGE_ONE = [
    media(
        116589,
        "86",
        "86 EIGHTY-SIX",
        native="86―エイティシックス―",
        synonyms=("Eighty Six",),
        start=(2021, 4, 10),
        episodes=11,
        studios=("A-1 Pictures",),
        airing_at=EPISODE_ONE,
        description=(
            "The Republic of San Magnolia has long been under attack.<br><br>"
            "<i>Its drones</i> are said to be unmanned. But the truth is otherwise. "
            "(Source: Yen Press)"
        ),
    ),
    media(120000, "Kitsune Tantei Jimusho", "Kitsune Detective Agency", studios=("Foxfire Works",)),
]
PAGE_TWO = [
    media(120001, "Yuugure no Shokudou", "Twilight Diner", start=(2021, 4, 14)),
    media(120002, "Otona no Jikan", "After Hours", adult=True),
    media(120003, "Iron Tide Frontier 2nd Season", start=(None, None, None), episodes=None),
    media(120004, "Tsukiakari no Yuubinya", synonyms=("Moonlit Courier",)),
]
SPRING_2021 = {("SPRING", 2021): [PAGE_ONE, PAGE_TWO]}

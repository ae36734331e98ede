"""Fixture data for the archive site: a small Spring 2021 season, its issues, and hostile text.

Written for these tests (no article from the shared corpus). ``XSS`` payloads try to
set ``window.__xss`` or the document title; a page where any of them runs has failed.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from PIL import Image

from pipeline.core.models import (
    CastMember,
    Headline,
    Issue,
    Provenance,
    Show,
    ShowEvent,
    ShowFacts,
    ThemeSong,
)
from pipeline.core.text import image_path
from pipeline.store import Store

ANN = "https://news.example.com/2021/86-preview"
CR = "https://feeds.example.org/articles/86-streaming"
XSS_SCRIPT = "<script>window.__xss = 1; document.title = 'pwned'</script>"
XSS_IMG = '<img src="x" onerror="window.__xss = 1">'
XSS_SVG = "<svg onload=\"window.__xss = 1\"><script>document.title='pwned'</script></svg>"
XSS_LINK = "javascript:window.__xss=1"
XSS_ALL = (XSS_SCRIPT, XSS_IMG, XSS_SVG)


def at(day: int, hour: int = 12, month: int = 3) -> datetime:
    return datetime(2021, month, day, hour, 0, tzinfo=UTC)


def eighty_six() -> Show:
    facts = ShowFacts(
        title="86-Eighty-Six",
        alt_titles=("86 EIGHTY-SIX",),
        season="Spring 2021",
        premiere_date=date(2021, 4, 10),
        premiere_time="23:30 JST",
        broadcasters=("Tokyo MX", "BS11"),
        streaming=("Crunchyroll",),
        studios=("A-1 Pictures",),
        director=("Toshimasa Ishii",),
        series_composition=("Toshiya Ono",),
        character_design=("Tetsuya Kawakami",),
        original_creator=("Asato Asato",),
        source_material="light novel",
        episodes_or_cours="2 cours",
        genres=("sci-fi", "mecha", "drama"),
        cast=(
            CastMember(actor="Shōya Chiba", character="Shinei Nouzen"),
            CastMember(actor="Ikumi Hasegawa", character="Vladilena Milizé"),
        ),
        themes=(ThemeSong(kind="opening", title="3-bun 29-byō", artist="Hitorie"),),
    )
    return Show(
        slug="86-eighty-six",
        facts=facts,
        provenance=(
            Provenance("premiere_date", "2021-04-10", 1, "ann", ANN, at(20)),
            Provenance("studios", "A-1 Pictures", 1, "ann", ANN, at(20)),
            Provenance("cast", "Shinei Nouzen: Shōya Chiba", 1, "ann", ANN, at(20)),
            Provenance("streaming", "Crunchyroll", 2, "cr", CR, at(25)),
            Provenance("premiere_time", "23:30 JST", 2, "cr", CR, at(25)),
        ),
        first_seen=at(20),
        updated_at=at(25),
        image_url="https://img.example.com/86.jpg",
    )


def vivy() -> Show:
    """Listed the Japanese way: 24:00 on Apr 3 is midnight starting Apr 4."""
    facts = ShowFacts(
        title="Vivy: Fluorite Eye's Song",
        season="Spring 2021",
        premiere_date=date(2021, 4, 3),
        premiere_time="24:00 JST",
        broadcasters=("Tokyo MX",),
        streaming=("Funimation",),
        studios=("Wit Studio",),
        genres=("sci-fi", "music"),
    )
    return Show(slug="vivy", facts=facts, first_seen=at(10), updated_at=at(10))


def date_only() -> Show:
    facts = ShowFacts(
        title="Odd Taxi",
        season="Spring 2021",
        premiere_date=date(2021, 4, 6),
        broadcasters=("TV Tokyo",),
        genres=("mystery",),
    )
    return Show(slug="odd-taxi", facts=facts, first_seen=at(5), updated_at=at(5))


def to_be_announced() -> Show:
    facts = ShowFacts(title="Untold Spring Project", season="Spring 2021", genres=("comedy",))
    return Show(slug="untold-spring-project", facts=facts, first_seen=at(5))


def hostile() -> Show:
    """A show whose every text field came from a feed that tries to inject script."""
    facts = ShowFacts(
        title=f"Evil {XSS_SCRIPT}",
        alt_titles=(XSS_IMG,),
        season="Spring 2021",
        premiere_date=date(2021, 4, 8),
        premiere_time="25:30 JST",
        broadcasters=(XSS_SVG,),
        streaming=("Crunchyroll",),
        genres=("comedy", XSS_IMG),
        cast=(CastMember(actor=XSS_SCRIPT, character=XSS_IMG),),
    )
    return Show(
        slug="evil-show",
        facts=facts,
        provenance=(Provenance("title", XSS_SVG, 9, "bad", XSS_LINK, at(26)),),
        first_seen=at(26),
        updated_at=at(26),
        image_url=XSS_LINK,
    )


def summer() -> Show:
    facts = ShowFacts(
        title="Summer Sequel",
        season="Summer 2021",
        premiere_date=date(2021, 7, 7),
        premiere_time="22:00 JST",
        broadcasters=("AT-X",),
        genres=("action",),
    )
    return Show(slug="summer-sequel", facts=facts, first_seen=at(27), updated_at=at(27))


SPRING = (vivy(), date_only(), hostile(), eighty_six(), to_be_announced())

EVENTS = (
    ShowEvent(
        "86-eighty-six", "new_show", "86-Eighty-Six announced for Spring 2021", at(20), 1, ANN
    ),
    ShowEvent("86-eighty-six", "streaming", "Crunchyroll will stream 86-Eighty-Six", at(25), 2, CR),
    ShowEvent("evil-show", "new_show", f"New: {XSS_SCRIPT}", at(26), 9, XSS_LINK),
)


def issues() -> tuple[Issue, ...]:
    first = Issue(
        number=1,
        kind="weekly",
        subject="Anime Digest #1: the Spring 2021 lineup so far",
        created_at=at(22, 9),
        season="Spring 2021",
        lineup=SPRING,
        changes=EVENTS[:1],
        headlines=(
            Headline(
                title="86 anime reveals its premiere",
                link=ANN,
                outlet="Anime News Example",
                published=at(20),
                summary="The mecha drama premieres in April.",
            ),
        ),
    )
    second = Issue(
        number=2,
        kind="special",
        subject="Anime Digest special: Spring 2021 preview",
        title="Spring 2021 preview",
        created_at=at(29, 9),
        season="Spring 2021",
        premieres=(vivy(), date_only()),
        lineup=SPRING,
        changes=EVENTS,
        note_markdown=(
            "Welcome to the **preview**. [Read the guide](https://guide.example.com/spring).\n\n"
            f"Raw HTML stays text: {XSS_SCRIPT} {XSS_IMG}\n\n"
            f"[a bad link]({XSS_LINK}) and ![an image](https://tracker.example.com/pixel.gif)"
        ),
        headlines=(
            Headline(title=XSS_SCRIPT, link=XSS_LINK, outlet=XSS_IMG, published=at(27)),
            Headline(
                title=f"Feed title {XSS_IMG}",
                link="https://news.example.com/story",
                outlet="Anime News Example",
                published=at(28),
                summary=f"Summary {XSS_SVG} {XSS_SCRIPT}",
            ),
        ),
    )
    third = Issue(
        number=3,
        kind="weekly",
        subject="Anime Digest #3: 86 premieres this week",
        created_at=datetime(2021, 4, 5, 9, 0, tzinfo=UTC),
        season="Spring 2021",
        premieres=(eighty_six(), hostile()),
        lineup=(*SPRING, summer()),
    )
    return first, second, third


def seed(store: Store) -> None:
    """Store every fixture show, event and issue."""
    for show in (*SPRING, summer()):
        store.save_show(show, [e for e in EVENTS if e.show_slug == show.slug])
    for issue in issues():
        store.save_issue(issue)


def keep_cover(site_dir: Path, url: str, colour: tuple[int, int, int] = (58, 64, 196)) -> None:
    """Put renditions of the picture at ``url`` into ``site_dir`` before a build, as an
    earlier build would have, so the build embeds it without downloading anything."""
    for width in (320, 640):
        target = site_dir / image_path(url, width)
        target.parent.mkdir(parents=True, exist_ok=True)
        Image.new("RGB", (width, width * 9 // 16), colour).save(target, "JPEG")

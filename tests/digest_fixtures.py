"""Shows, articles and issues the digest and render tests build on (written for the tests)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

from pipeline.core.config import Settings
from pipeline.core.models import (
    Article,
    CastMember,
    Headline,
    Issue,
    Provenance,
    Show,
    ShowEvent,
    ShowFacts,
    ThemeSong,
)

NOW = datetime(2021, 4, 5, 9, 0, tzinfo=UTC)  # a Monday, a few days into Spring 2021
BASE_URL = "https://digest.example.org/"


def email_settings(tmp_path: Path, **overrides: object) -> Settings:
    """Settings with a fixed public address, so rendered links do not depend on tmp_path."""
    return Settings.load(home=tmp_path / "home", base_url=BASE_URL, secret="s", **overrides)


def eighty_six() -> Show:
    """A fully described show, premiering late on a Saturday night in Japan."""
    facts = ShowFacts(
        title="86-Eighty-Six",
        alt_titles=("86 -Eighty Six-",),
        season="Spring 2021",
        premiere_date=date(2021, 4, 10),
        premiere_time="24:00 JST",
        broadcasters=("Tokyo MX", "BS11"),
        streaming=("Crunchyroll",),
        studios=("A-1 Pictures",),
        director=("Toshimasa Ishii",),
        series_composition=("Toshiya Ono",),
        character_design=("Tetsuya Kawakami",),
        music=("Hiroyuki Sawano", "Kohta Yamamoto"),
        original_creator=("Asato Asato",),
        source_material="light novel",
        episodes_or_cours="2 cours",
        genres=("sci-fi", "mecha", "drama"),
        cast=tuple(
            CastMember(actor, character)
            for actor, character in [
                ("Shōya Chiba", "Shinei Nouzen"),
                ("Ikumi Hasegawa", "Vladilena Milizé"),
                ("Seiichirō Yamashita", "Raiden Shūga"),
                ("Kikuko Inoue", "Annette"),
                ("Yuki Shin", "Theoto"),
                ("Ayaka Asai", "Anju"),
                ("Shiori Izawa", "Kurena"),
                ("Chiaki Omigawa", "Kaie"),
            ]
        ),
        themes=(
            ThemeSong("opening", "3-bun 29-byō", "Hitorie"),
            ThemeSong("ending", "Avid", "SawanoHiroyuki[nZk]:mizuki"),
        ),
    )
    source = Provenance(
        field="premiere_date",
        value="2021-04-10",
        article_id=1,
        feed_id="ann",
        link="https://news.example.org/86-preview",
        seen_at=NOW - timedelta(days=30),
    )
    staff = Provenance(
        field="studios",
        value="A-1 Pictures",
        article_id=2,
        feed_id="crunchy",
        link="https://cr.example.org/86-staff",
        seen_at=NOW - timedelta(days=20),
    )
    cast = replace(staff, field="cast", value="Shinei Nouzen: Shōya Chiba")
    return Show(
        slug="86-eighty-six",
        facts=facts,
        provenance=(source, staff, cast),
        image_url="https://news.example.org/86-key-visual.jpg",
    )


def simple_show(slug: str, title: str, **facts: object) -> Show:
    """A show with a title and whatever facts the test needs."""
    return Show(slug=slug, facts=ShowFacts(title=title, **facts))  # type: ignore[arg-type]


def article(
    key: str, title: str, *, feed: str = "ann", hours_ago: float = 24, link: str | None = None
) -> Article:
    """An article published ``hours_ago`` before NOW."""
    when = NOW - timedelta(hours=hours_ago)
    return Article(
        feed_id=feed,
        entry_key=key,
        link=link if link is not None else f"https://{feed}.example.org/{key}",
        title=title,
        author=None,
        published=when,
        summary=f"<p>About {title}</p>",
        content_html="",
        content_hash=key,
        fetched_at=when + timedelta(minutes=5),
    )


def event(slug: str, message: str, *, hours_ago: float = 24) -> ShowEvent:
    return ShowEvent(
        show_slug=slug, kind="cast", message=message, at=NOW - timedelta(hours=hours_ago)
    )


def sample_issue(**changes: object) -> Issue:
    """A small weekly issue with every section filled."""
    tba = simple_show("mystery", "Mystery Project", season="Spring 2021", genres=("romance",))
    issue = Issue(
        number=7,
        kind="weekly",
        subject="Anime Digest #7: Spring 2021 lineup, 1 premiere this week",
        created_at=NOW,
        season="Spring 2021",
        premieres=(eighty_six(),),
        changes=(event("86-eighty-six", "86-Eighty-Six adds Kikuko Inoue as Annette"),),
        lineup=(eighty_six(), tba),
        headlines=(
            Headline(
                title="Spring 2021 preview guide",
                link="https://ann.example.org/preview",
                outlet="Anime News Network",
                published=NOW - timedelta(hours=5),
                feed_ids=("ann",),
            ),
        ),
        note_markdown="Welcome to **spring**! See [the guide](https://ann.example.org/preview).",
    )
    return replace(issue, **changes)  # type: ignore[arg-type]


def many_shows(count: int) -> tuple[Show, ...]:
    """``count`` fully described shows spread over April 2021."""
    base = eighty_six()
    return tuple(
        replace(
            base,
            slug=f"show-{i}",
            facts=replace(
                base.facts, title=f"Show number {i}", premiere_date=date(2021, 4, 1 + i % 28)
            ),
        )
        for i in range(count)
    )


class Tags(HTMLParser):
    """Every start tag of an HTML document with its attributes."""

    def __init__(self, document: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(document)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def named(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]

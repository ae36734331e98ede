"""A real season's issue stays under the email's size budget, and says what it left out.

80 shows with 20 headlines, every show fully described: a long title, three stations
and two services, two studios, staff, cast, theme songs, five sources, a catalogue
synopsis and a key visual whose 320 px rendition the archive holds. Gmail clips a
message over 102 KB and hides what follows, the unsubscribe link among it; the budget is
90 KB of HTML. Two calendars: one premiere a day (the full cards of the next four weeks
fit), and a real season's crowded first weeks (twenty premieres this week, and not every
card of the next four weeks fits, so the soonest keep theirs).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from digest_fixtures import BASE_URL, NOW, eighty_six, email_settings, sample_issue

from pipeline.core.models import CatalogLink, Headline, Provenance, Show, Variant
from pipeline.core.text import image_path
from pipeline.render.budget import SIZE_LIMIT
from pipeline.render.compose import personalise, render

pytestmark = pytest.mark.usefixtures("fresh_render_caches")

SYNOPSIS = (
    "A courier who carries letters between floating islands finds one addressed to a city"
    " that fell from the sky a hundred years ago. She sets out to deliver it anyway."
)
TITLES = (
    "The Sky Courier and the Letter to the Fallen City",
    "I Was Reincarnated as the Villainess's Loyal Butler, So I Opened a Bakery",
    "Mobile Frontier Gundam-like Robot Story: The Witch of the Outer Ring",
    "Our Quiet Tea Club",
)
ISSUE_DAY = NOW.date()  # Monday 5 April 2021
NEXT_WEEK = ISSUE_DAY + timedelta(weeks=1)
HORIZON = ISSUE_DAY + timedelta(weeks=4)


def one_a_day(i: int) -> date | None:
    """From 1 April 2021, a premiere a day."""
    return date(2021, 4, 1) + timedelta(days=i)


def crowded(i: int) -> date | None:
    """Six premieres before the issue, sixty in its first three weeks, eight in May and
    June, six still TBA: how a real season starts."""
    if i < 6:
        return date(2021, 3, 30) + timedelta(days=i % 6)
    if i < 66:
        return ISSUE_DAY + timedelta(days=(i - 6) // 3)
    if i < 74:
        return date(2021, 5, 10) + timedelta(days=5 * (i - 66))
    return None


def season(site: Path, premiere: object) -> tuple[Show, ...]:
    """80 fully described shows premiering on ``premiere(i)``, each with a key visual
    whose rendition the archive in ``site`` holds."""
    base = eighty_six()
    shows = []
    for i in range(80):
        visual = f"https://news.example.org/visual-{i}.jpg"
        rendition = site / image_path(visual, 320)
        rendition.parent.mkdir(parents=True, exist_ok=True)
        rendition.write_bytes(b"jpeg")
        sources = tuple(
            Provenance("studios", "src", i, "feed", f"https://news{n}.example.org/item-{i}", NOW)
            for n in range(5)
        )
        day = premiere(i)  # type: ignore[operator]
        shows.append(
            replace(
                base,
                slug=f"show-{i}",
                image_url=visual,
                provenance=base.provenance + sources,
                catalog=CatalogLink("anilist", i, f"https://anilist.co/anime/{i}", None, SYNOPSIS),
                facts=replace(
                    base.facts,
                    title=f"{TITLES[i % len(TITLES)]}, Part {i}",
                    premiere_date=day,
                    premiere_time="24:00 JST" if day else None,
                    broadcasters=("Tokyo MX", "BS11", "MBS"),
                    streaming=("Crunchyroll", "Netflix"),
                    studios=("A-1 Pictures", "CloverWorks"),
                    genres=("sci-fi", "mecha", "drama", "adventure"),
                ),
            )
        )
    return tuple(shows)


def headlines() -> tuple[Headline, ...]:
    return tuple(
        Headline(
            f"Headline number {n}: the new season's biggest premieres, casts and theme songs",
            f"https://www.animenewsnetwork.example.org/news/2021-04-0{n % 9 + 1}/story-{n}/.17{n}",
            "Anime News Network",
            NOW,
        )
        for n in range(20)
    )


@pytest.mark.parametrize("premiere", [one_a_day, crowded], ids=["one-a-day", "crowded"])
def test_an_80_show_season_with_20_headlines_stays_under_the_budget(
    tmp_path: Path, premiere: object
) -> None:
    settings = email_settings(tmp_path)
    shows = season(settings.site_dir, premiere)
    this_week = tuple(
        s for s in shows if s.facts.premiere_date and ISSUE_DAY <= s.facts.premiere_date < NEXT_WEEK
    )
    issue = sample_issue(lineup=shows, premieres=this_week, headlines=headlines())
    mail = personalise(
        render(issue, Variant("Europe/Berlin"), settings=settings),
        name="Mio",
        unsubscribe_url=f"{BASE_URL}unsubscribe?token=abc",
        preferences_url=f"{BASE_URL}preferences?token=abc",
        view_url=f"{BASE_URL}issues/7.html",
    )

    size = len(mail.html.encode())
    assert size < 90_000 and SIZE_LIMIT <= 90_000, f"{size} bytes of HTML"
    assert f'<a href="{BASE_URL}unsubscribe?token=abc">Unsubscribe</a>' in mail.html
    assert mail.text.count("Unsubscribe: ") == 1
    for n in range(20):
        assert f"Headline number {n}: " in mail.html
    named = re.findall(r", Part (\d+)</a>", mail.html.split('id="card-0"')[1])
    assert sorted({int(n) for n in named}) == list(range(80))  # every show is in the lineup
    assert "Full cards for every show on the Spring 2021 season page" in mail.html
    assert f"{BASE_URL}seasons/spring-2021.html" in mail.html

    # This week's premieres have their cards (and covers) above the lineup; in it, full
    # cards go to the soonest premieres of the next four weeks, and shows already on air,
    # later or TBA are one line each.
    full = [int(n) for n in re.findall(r'id="card-(\d+)" role="presentation"', mail.html)]
    window = [i for i, s in enumerate(shows) if within_four_weeks(s) and s not in this_week]
    assert full and full == window[: len(full)]
    thumbs = re.findall(r'<img alt="Key visual of [^"]+, Part (\d+)" class="thumb"', mail.html)
    assert [int(n) for n in thumbs] == full
    assert mail.html.count('class="one"') == 80 - len(full)
    if premiere is one_a_day:  # the four weeks' cards fit: none of them is a line
        assert full == window
    for show in this_week:
        assert f'alt="Key visual of {show.facts.title}" class="cover"' in mail.html
        assert f"{show.facts.title}</a> · " in mail.html  # and a line in the lineup


def within_four_weeks(show: Show) -> bool:
    day = show.facts.premiere_date
    return day is not None and ISSUE_DAY <= day <= HORIZON

"""A real season's issue stays under the email's size budget, and says what it left out.

An 80-show season with 20 headlines, every show fully described (long titles, staff,
cast, themes, five sources, a catalogue synopsis and a key visual the archive holds),
premiering over three months. Gmail clips a message over 102 KB and hides what follows,
the unsubscribe link among it; the budget is 90 KB of HTML.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from digest_fixtures import BASE_URL, NOW, eighty_six, email_settings, sample_issue

import pipeline.render.compose
from pipeline.core.models import CatalogLink, Headline, Provenance, Show, Variant
from pipeline.core.text import image_path
from pipeline.render.compose import SIZE_LIMIT, personalise, render

SYNOPSIS = (
    "A courier who carries letters between floating islands finds one addressed to a city"
    " that fell from the sky a hundred years ago. She sets out to deliver it anyway."
)


@pytest.fixture(autouse=True)
def _fresh_caches() -> Iterator[None]:
    pipeline.render.compose._clear_caches()
    yield
    pipeline.render.compose._clear_caches()


def season(count: int, site: Path) -> tuple[Show, ...]:
    """``count`` fully described shows, one premiere a day from 1 April 2021, each with a
    key visual whose rendition the archive in ``site`` holds."""
    base = eighty_six()
    shows = []
    for i in range(count):
        visual = f"https://news.example.org/visual-{i}.jpg"
        rendition = site / image_path(visual, 320)
        rendition.parent.mkdir(parents=True, exist_ok=True)
        rendition.write_bytes(b"jpeg")
        sources = tuple(
            Provenance("studios", "src", i, "feed", f"https://news{n}.example.org/item-{i}", NOW)
            for n in range(5)
        )
        title = f"The Sky Courier and the Letter to the Fallen City, Part {i}"
        shows.append(
            replace(
                base,
                slug=f"show-{i}",
                image_url=visual,
                provenance=base.provenance + sources,
                catalog=CatalogLink("anilist", i, f"https://anilist.co/anime/{i}", None, SYNOPSIS),
                facts=replace(
                    base.facts,
                    title=title,
                    premiere_date=date(2021, 4, 1) + timedelta(days=i),
                    studios=("A-1 Pictures", "CloverWorks"),
                ),
            )
        )
    return tuple(shows)


def test_an_80_show_season_with_20_headlines_stays_under_the_budget(tmp_path: Path) -> None:
    settings = email_settings(tmp_path)
    shows = season(80, settings.site_dir)
    headlines = tuple(
        Headline(
            f"Headline number {n} about the new season's biggest premieres",
            f"https://ann.example.org/news/{n}",
            "Anime News Network",
            NOW,
        )
        for n in range(20)
    )
    issue = sample_issue(lineup=shows, premieres=shows[4:7], headlines=headlines)
    mail = personalise(
        render(issue, Variant("Europe/Berlin"), settings=settings),
        name="Mio",
        unsubscribe_url=f"{BASE_URL}unsubscribe?token=abc",
        preferences_url=f"{BASE_URL}preferences?token=abc",
        view_url=f"{BASE_URL}issues/7.html",
    )
    size = len(mail.html.encode())
    assert size < 90_000 and SIZE_LIMIT <= 90_000, f"{size} bytes of HTML"
    assert f'href="{BASE_URL}unsubscribe?token=abc"' in mail.html
    for n in range(20):
        assert f"Headline number {n} " in mail.html
    named = re.findall(r"Letter to the Fallen City, Part (\d+)</a>", mail.html)
    assert sorted({int(n) for n in named}) == list(range(80))  # every show is in the email
    # Premieres up to four weeks after the issue (5 April) keep a full card with a cover;
    # later ones are one line each, with the season page one click away.
    full = {int(n) for n in re.findall(r'id="card-(\d+)"[^>]*>\s*<tr>', mail.html)}
    horizon = (date(2021, 5, 3) - date(2021, 4, 1)).days
    assert full == set(range(horizon + 1))
    assert mail.html.count('class="one"') == 80 - len(full)
    assert "Full cards for every show on the Spring 2021 season page" in mail.html
    assert f"{BASE_URL}seasons/spring-2021.html" in mail.html

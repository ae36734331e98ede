"""The subject and the inbox preview line say what this reader's email holds.

A reader decides from two lines whether to open the email: the subject names the week's
premieres, and both lines count only what the reader's genre filter lets through, never
name a lineup that is empty for them, and a special edition says it is one.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from digest_fixtures import NOW, eighty_six, event, sample_issue, simple_show

from pipeline.core.calendar import parse_season
from pipeline.core.config import Settings
from pipeline.core.models import Issue, Variant
from pipeline.digest.issue import build_issue
from pipeline.render.compose import render

pytestmark = pytest.mark.usefixtures("fresh_render_caches")


def spring(slug: str, title: str, genres: tuple[str, ...], day: int) -> object:
    return simple_show(
        slug,
        title,
        season="Spring 2021",
        genres=genres,
        premiere_date=date(2021, 4, day),
        premiere_time="23:00 JST",
    )


def week(cfg: Settings) -> Issue:
    """A built issue: three premieres this week (two mecha), a mecha change, a later show."""
    shows = [
        spring("orbit", "Steel Orbit", ("mecha",), 6),
        spring("tea", "Our Quiet Tea Club", ("slice of life",), 7),
        spring("frame", "Iron Frame", ("mecha", "drama"), 9),
        spring("later", "Later Romance", ("romance",), 20),
    ]
    issue = build_issue(
        shows,  # type: ignore[arg-type]
        (),
        None,
        cfg,
        now=NOW,
        number=8,
        force=True,
        season=parse_season("Spring 2021"),
        events=(event("frame", "Iron Frame adds a second cour"),),
    )
    assert isinstance(issue, Issue)
    return issue


def test_the_subject_names_the_first_premieres_of_the_week(cfg: Settings) -> None:
    issue = week(cfg)
    assert issue.subject == (
        "Anime Digest #8: Spring 2021 lineup, 3 premieres this week: Steel Orbit,"
        " Our Quiet Tea Club, ..."
    )
    assert render(issue, Variant("UTC"), settings=cfg).subject == issue.subject


def test_a_mecha_reader_gets_a_subject_counting_only_mecha_shows(cfg: Settings) -> None:
    mail = render(week(cfg), Variant("Europe/Berlin", ("mecha",)), settings=cfg)
    assert mail.subject == (
        "Anime Digest #8: Spring 2021 lineup, 2 premieres this week: Steel Orbit, Iron Frame"
    )
    assert mail.preheader == (
        "Premiering this week: Steel Orbit, Iron Frame · 1 change to the shows"
        " · 2 shows in the Spring 2021 lineup"
    )
    assert "Our Quiet Tea Club" not in mail.html and "Our Quiet Tea Club" not in mail.text


def test_a_reader_whose_filter_empties_the_lineup_is_not_promised_one(cfg: Settings) -> None:
    mail = render(week(cfg), Variant("UTC", ("horror",)), settings=cfg)
    assert mail.subject == "Anime Digest #8: this week's news"
    assert "lineup" not in mail.preheader and "Premiering" not in mail.preheader
    romance = render(week(cfg), Variant("UTC", ("romance",)), settings=cfg)
    assert romance.subject == "Anime Digest #8: Spring 2021 lineup, this week's news"
    assert romance.preheader == "1 show in the Spring 2021 lineup"


def test_a_special_edition_is_named_as_one_for_every_reader(cfg: Settings) -> None:
    special = build_issue(
        [eighty_six()], (), None, cfg, now=NOW, number=9, special="Spring 2021 preview"
    )
    assert isinstance(special, Issue)
    for variant in (Variant("UTC"), Variant("Asia/Tokyo", ("mecha",)), Variant("UTC", ("yuri",))):
        mail = render(special, variant, settings=cfg)
        assert mail.subject == "Anime Digest special: Spring 2021 preview"
        assert "<h1>Anime Digest special: Spring 2021 preview</h1>" in mail.html
        assert mail.text.startswith("ANIME DIGEST SPECIAL: Spring 2021 preview\n")


def test_a_hand_written_subject_is_kept_for_readers_without_a_filter(cfg: Settings) -> None:
    issue = replace(sample_issue(), subject="Our spring kick-off")
    assert render(issue, Variant("UTC"), settings=cfg).subject == "Our spring kick-off"

"""Credit, date and list forms of outlets beyond the ones the readers were first written for."""

from __future__ import annotations

from datetime import date

from extract_helpers import one

from pipeline.models import CastMember

HEADLINE = "Salt Road Rangers Anime Reveals Staff"


def test_role_in_parentheses_after_the_name() -> None:
    body = "Aki Mori (director) and Ken Oda (series composition) lead Salt Road Rangers."
    facts = one(body, title=HEADLINE)
    assert facts.director == ("Aki Mori",)
    assert facts.series_composition == ("Ken Oda",)


def test_other_works_in_parentheses_are_still_not_roles() -> None:
    facts = one("Aki Mori (Paper Comet) is directing Salt Road Rangers.", title=HEADLINE)
    assert facts.director == ("Aki Mori",)


def test_name_as_role() -> None:
    body = (
        "Salt Road Rangers is an original anime, with Aki Mori as director, Ken Oda as series"
        " composition writer, Yui Sato as character designer and Rin Abe as composer."
    )
    facts = one(body, title=HEADLINE)
    assert facts.director == ("Aki Mori",)
    assert facts.series_composition == ("Ken Oda",)
    assert facts.character_design == ("Yui Sato",)
    assert facts.music == ("Rin Abe",)


def test_cast_list_after_a_label_paragraph() -> None:
    body = "<p>Salt Road Rangers premieres in April.</p><p>Cast</p><ul><li>Iris: Mai Oda</li></ul>"
    facts = one(body, title=HEADLINE)
    assert facts.cast == (CastMember(actor="Mai Oda", character="Iris"),)


def test_author_and_illustrator_nouns_before_the_owners() -> None:
    body = "Author Ami Koda and illustrator Sen Ito's Salt Road Rangers light novel gets an anime."
    facts = one(body, title=HEADLINE)
    assert facts.original_creator == ("Ami Koda", "Sen Ito")


def test_numeric_month_day_dates() -> None:
    facts = one("Salt Road Rangers airs in Japan on 7/8 at 23:30 on Fuji TV.", title=HEADLINE)
    assert facts.premiere_date == date(2025, 7, 8)
    assert facts.premiere_time == "23:30 JST"


def test_a_figure_scale_is_not_a_date() -> None:
    facts = one("Salt Road Rangers gets a 1/7 scale figure on TV Tokyo's store.", title=HEADLINE)
    assert facts.premiere_date is None


def test_press_release_dateline_is_not_the_premiere() -> None:
    body = (
        "TOKYO (March 1, 2025) - Salt Road Rangers will stream on Crunchyroll. It premieres in"
        " Japan on April 9 on TV Tokyo."
    )
    assert one(body, title=HEADLINE).premiere_date == date(2025, 4, 9)

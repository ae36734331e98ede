"""Forms met in fresh real articles: a number that belongs to a title, a body that
writes the headline's title with a small change of its own, a headline's premiere month,
and a new director named beside the earlier seasons' staff."""

from __future__ import annotations

from extract_helpers import one

from pipeline.extract.headline_kind import lists_shows


def test_a_number_inside_a_title_is_no_count_of_shows() -> None:
    body = "Mob Relay 100 III has set its premiere, and Mob Relay 100 fans have a new trailer."
    assert not lists_shows("Mob Relay 100 III Anime Teases October 2022 Premiere", body)
    assert lists_shows("Streamer Adds 5 Anime to Its Summer Catalogue", "It adds 5 anime.")


def test_a_sequel_the_body_writes_with_a_small_change_keeps_the_headline_s_title() -> None:
    facts = one(
        "The long-awaited season 2 of The Harbor is Night Shift (Minato wa Yakin) has put"
        " out a preview of its first episode.\n\n"
        "The harbor is night shift Season 2 will be animated by Studio Lantern and"
        " directed by Aki Mori.\n\n"
        "As a treat for The Harbor's Night Shift Season 2's premiere, the cast held a"
        " special program.",
        title="The Harbor is a Night-Shifter Season 2 Releases Episode 1 Preview",
        published=None,
    )
    assert facts.title == "The Harbor is a Night-Shifter Season 2"
    assert facts.studios == ("Studio Lantern",)


def test_a_headline_s_month_and_year_of_premiere_set_the_season() -> None:
    facts = one(
        "New information came out about the third season, with Lantern Tide III now set to"
        " premiere this October. A fresh trailer has landed too.",
        title="Lantern Tide III Anime Teases October 2022 Premiere",
        published=None,
    )
    assert facts.season == "Fall 2022"
    delayed = one(
        "The anime has been pushed back from its planned July 2023 premiere.",
        title="Lantern Tide Anime Delayed From July 2023 Premiere",
        published=None,
    )
    assert delayed.season is None


def test_a_new_director_joining_the_earlier_seasons_staff_directs_the_sequel() -> None:
    facts = one(
        "Lantern Tide III is set to premiere this October.\n\n"
        "Aki Mori, who directed the first two seasons of Lantern Tide, has moved up to"
        " executive director. Jun Hara (episode 6 of Lantern Tide II) is the new director,"
        " joining the staff and cast from the first two seasons.",
        title="Lantern Tide III Anime Teases October 2022 Premiere",
        published=None,
    )
    assert facts.director == ("Jun Hara",)

"""Forms met in news items and lists the readers had not seen: a genre phrase before the
title, a franchise's film named in full only in the body, songs in single quotes or
named after "which is titled", list entries with a dashed subtitle and a description,
and a watch list's headline."""

from __future__ import annotations

from extract_helpers import one, shows

from pipeline.core.models import ThemeSong


def test_a_genre_phrase_before_the_source_word_describes_the_show() -> None:
    facts = one(
        "Harumi Oda's Hanamiya manga is getting a TV anime. The anime premieres in"
        " January 2021, with Aki Mori directing at Studio Hanabi.",
        title="Romantic Comedy Manga Hanamiya Gets TV Anime",
    )
    assert facts.title == "Hanamiya"
    assert facts.director == ("Aki Mori",)


def test_a_franchise_film_takes_the_name_the_body_gives_it() -> None:
    facts = one(
        "Fans of Salt Road Rangers have something to look forward to. The first season"
        " of Salt Road Rangers aired in 2022, and the movie, titled Salt Road Rangers"
        " Code: Ember, has a new trailer.\n\n"
        "Salt Road Rangers Code: Ember opens in theaters in Japan on December 22, 2023."
        " Salt Road Rangers Code: Ember is directed by Aki Mori.",
        title="Salt Road Rangers movie gets a new trailer and a release date",
    )
    assert facts.title == "Salt Road Rangers Code: Ember"
    assert facts.premiere_date is not None and facts.premiere_date.isoformat() == "2023-12-22"


def test_a_franchise_film_without_a_longer_name_keeps_the_franchise_name() -> None:
    facts = one(
        "The Salt Road Rangers movie opens in theaters on December 22, 2023. Salt Road"
        " Rangers creator Aki Mori wrote its story, and the Salt Road Rangers cast returns.",
        title="Salt Road Rangers movie gets a release date",
    )
    assert facts.title == "Salt Road Rangers"


def test_songs_in_single_quotes_keep_their_titles() -> None:
    facts = one(
        "Lantern Street premieres on April 7.\n\n"
        "Theme Songs\n\n"
        "• Opening Theme: 'Knock Down' by Rei Okada\n\n"
        "• Ending Theme: ‘Cream Puff Waltz’ by Night Parade",
        title="Lantern Street Anime Reveals Theme Songs",
    )
    assert facts.themes == (
        ThemeSong(kind="opening", title="Knock Down", artist="Rei Okada"),
        ThemeSong(kind="ending", title="Cream Puff Waltz", artist="Night Parade"),
    )


def test_an_apostrophe_is_no_quote() -> None:
    facts = one(
        "Lantern Street premieres on April 7. Rei Okada's Knock Down is the opening theme,"
        " and Night Parade's Waltz is the ending.",
        title="Lantern Street Anime Reveals Theme Songs",
    )
    assert all(song.title is None or "'" not in song.title for song in facts.themes)


def test_a_song_named_after_which_is_titled() -> None:
    facts = one(
        "Lantern Street has released a new teaser for its second season, which premieres"
        " on April 11. Rei Okada will sing the ED for the new season, which is titled Kaze"
        " no Michi (Road of the Wind).",
        title="Lantern Street Season 2 Reveals New Promo",
    )
    assert facts.themes == (ThemeSong(kind="ending", title="Kaze no Michi", artist="Rei Okada"),)


def test_list_entries_with_a_dashed_subtitle_and_a_description() -> None:
    found = shows(
        "The distributor revealed new acquisitions. The newly acquired films include:\n\n"
        "  • Salt Road Rangers The Movie – Episode Ember: A much-anticipated addition to"
        " the sports anime genre.\n"
        "  • Lantern Street – The Hidden Kingdom: A fantasy adventure that continues the"
        " popular Lantern Street series.",
        title="The Distributor's New Releases",
    )
    assert [f.title for f in found] == [
        "Salt Road Rangers The Movie – Episode Ember",
        "Lantern Street – The Hidden Kingdom",
    ]


def test_a_watch_list_headline_with_one_show_left_on_a_cut_page() -> None:
    found = shows(
        "Spring is here, and with it a new season of anime to look forward to.\n\n"
        "I spotted a few trends in the season's lineup while reading about it.\n\n"
        "<h2>Salt Road Rangers 2</h2>\n\n"
        "The second season of Salt Road Rangers picks up where the first ended, and I"
        " cannot wait to see it.",
        title="Watch List: Spring Anime 2019",
        published=None,
    )
    assert [f.title for f in found] == ["Salt Road Rangers 2"]


def test_list_entries_each_a_title_and_a_sentence_about_it() -> None:
    found = shows(
        "The distributor revealed new acquisitions on Friday. The newly acquired films"
        " include:\n\n"
        "  • Salt Road Rangers: A much-anticipated addition to the sports anime genre.\n"
        "  • Lantern Street: A fantasy adventure that continues the popular series.\n"
        "  • Hanamiya: Due out on May 31 in North America, this film is eagerly awaited.",
        title="The Distributor's New Releases",
    )
    assert [f.title for f in found] == ["Salt Road Rangers", "Lantern Street", "Hanamiya"]


def test_a_distributor_bringing_a_film_to_theaters_is_the_film_s_news() -> None:
    facts = one(
        "The distributor said today that it will bring LANTERNA to cinemas nationwide"
        " beginning January 14. LANTERNA, from filmmaker Aki Mori and Studio Hanabi, had"
        " its premiere at a film festival in May.",
        title="DISTRIBUTOR BRINGS AWARD NOMINATED DIRECTOR AKI MORI’S “LANTERNA” TO THEATERS",
    )
    assert facts.title == "LANTERNA"

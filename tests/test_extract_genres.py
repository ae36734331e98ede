"""Genres from the article's own descriptors."""

from __future__ import annotations

from extract_helpers import one

HEADLINE = "Lantern Rabbit Anime Reveals Premiere"


def test_compound_descriptors_are_split() -> None:
    facts = one("The sci-fi/mecha drama joins the season.", title=HEADLINE)
    assert facts.genres == ("sci-fi", "mecha", "drama")
    assert one("Its action-comedy adaptation arrives soon.", title=HEADLINE).genres == (
        "action",
        "comedy",
    )


def test_standing_genre_names_stay_whole() -> None:
    facts = one("A slice-of-life romantic comedy about a café.", title=HEADLINE)
    assert facts.genres == ("slice of life", "romantic comedy")


def test_everyday_words_need_a_noun() -> None:
    facts = one(
        "Yor in action. Ko Abe is composing the music. A story of war and romance.", title=HEADLINE
    )
    assert facts.genres == ()


def test_genre_words_inside_the_title_do_not_count() -> None:
    facts = one(
        "Magical Comedy Club premieres in April.",
        title="Magical Comedy Club Anime Sets April Premiere",
    )
    assert facts.genres == ()


def test_sport_battle_and_space_descriptors_before_a_noun() -> None:
    facts = one(
        "Salt Road Rangers is a space battle anime. Its studio also made a soccer series.",
        title="Salt Road Rangers Anime Reveals Staff",
    )
    assert facts.genres[:2] == ("space", "battle")


def test_genre_words_inside_another_shows_name_are_no_genres() -> None:
    text = (
        "Muse Asia licensed the Lantern Harbor film, along with the Glass Live! Moss Gakuen "
        "School Idol Dōkōkai and Paper Quest: The Adventure of Dai anime."
    )
    assert one(text, title="Muse Asia Licenses Lantern Harbor Film").genres == ()

"""A franchise's new entry named in the body, past the franchise's events and offices,
and other forms met in fresh articles."""

from __future__ import annotations

from extract_helpers import one, shows


def test_a_new_entry_is_its_subtitled_name_not_the_franchise_event_or_office() -> None:
    facts = one(
        'At the "Dai 3-kai Skyrider Conference" event on Friday, Kinema Works revealed the'
        " first new Skyrider television anime in six years, titled Armored Skyrider : The"
        " Girl From Venus ( Sōkō Skyrider : Kinsei no Shōjo ). It premieres in 2031.\n\n"
        "Taro Aoki, Chief Skyrider Officer at the studio, said the team aims higher than"
        " ever, and the Skyrider franchise turns 40 next year.",
        title="Kinema Works Reveals Skyrider: The Girl From Venus, 1st New Skyrider TV Anime"
        " in 6 Years",
    )
    assert facts.title == "Skyrider : The Girl From Venus"


def test_bullet_lines_alone_over_their_paragraphs_are_the_shows_of_an_impressions_post() -> None:
    found = shows(
        "The new season is here. Below are the shows I tried, worst first.\n\n"
        "  • Starfall Express\n\n"
        "I could not finish it. The show fails to excite or interest me at all, though the"
        " trivia about train stations may please some viewers out there.\n\n"
        "  • Lantern Knights\n\n"
        "It comes across as far too generic. None of the characters win me over, and the CG"
        " puts me off a little as well. Dropped after the first episode.\n\n"
        "  • Paper Moon Diary\n\n"
        "Winter 2029 brought us two shows like it",
        title="Fall 2030 Anime Brief Impressions",
    )
    assert [(s.title, s.season) for s in found] == [
        ("Starfall Express", "Fall 2030"),
        ("Lantern Knights", "Fall 2030"),
        ("Paper Moon Diary", "Winter 2029"),
    ]


def test_a_headline_with_the_year_before_the_season_lists_shows_of_that_season() -> None:
    found = shows(
        "So, what did I make of the season? These ratings rest on first episodes only.\n\n"
        "Ano Hi Mita Kaze no Iro wo Bokutachi wa Mada Shiranai\n\n"
        "Wow, that is a mouthful. Still, the show pulls at every emotional string it has,"
        " and the cast of childhood friends is drawn with real care from the first scene.",
        title="2031 Spring Anime First Impressions",
    )
    assert [(s.title, s.season) for s in found] == [
        ("Ano Hi Mita Kaze no Iro wo Bokutachi wa Mada Shiranai", "Spring 2031")
    ]


def test_a_title_set_beside_a_film_by_someone_credits_the_director() -> None:
    facts = one(
        "At last I found a copy of Lantern Children, a 2030 film by Aoi Morimoto (Summer"
        " Stars). Lantern Children took the Animation of the Year prize. Earlier, the"
        " author's first book was the basis for an anime film by Rin Kato and Kinema Works.",
        title="Lantern Children (2030, Studio Hoshi)",
    )
    assert facts.director == ("Aoi Morimoto",)

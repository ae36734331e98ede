"""News that is not about a show, headline-only items, and companies in headlines."""

from __future__ import annotations

import pytest
from extract_helpers import one, shows


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "Veteran Animator Kazuo Hirata Passes Away at 68",
            "Hirata directed the 1999 TV anime Paper Comet at Studio Birch.",
        ),
        (
            "Clockwork Fox Pop-Up Shop Opens in Shibuya on April 1",
            "A pop-up shop for the Clockwork Fox anime opens on April 1 with goods drawn by"
            " the anime's character designer Emi Tsuda.",
        ),
        (
            "Studio Ninefold Opens Second Branch in Sapporo",
            "Studio Ninefold announced that it opened a branch in Sapporo on Monday.",
        ),
        (
            "Glass Bell Performs Theme Song for Live-Action Lantern Series",
            'Glass Bell revealed on Monday that the band is performing the theme song "Gift" for'
            " Lantern, the latest entry in a six-decade-old TV novel franchise. The series"
            " premieres on March 31 and will run for 130 episodes. Rei Ono stars in the series"
            " as Takashi, and Aki Mori writes the scripts for the series.",
        ),
    ],
)
def test_people_company_and_event_news_gives_no_show(headline: str, body: str) -> None:
    assert shows(body, title=headline) == []


@pytest.mark.parametrize(
    "headline",
    [
        "Crunchyroll posts its Spring 2025 simulcast calendar",
        "Studio Ninefold opens a second studio in Osaka",
        "HIDIVE reveals its Spring 2025 lineup",
    ],
)
def test_headline_only_company_news_gives_no_show(headline: str) -> None:
    assert shows("", title=headline) == []


def test_headline_only_item_is_read_from_its_headline() -> None:
    facts = one("", title="Paper Crane Express anime premieres April 10, 2025 on Tokyo MX")
    assert facts.title == "Paper Crane Express"
    assert facts.premiere_date is not None and facts.premiere_date.isoformat() == "2025-04-10"
    assert facts.broadcasters == ("Tokyo MX",)
    assert facts.season == "Spring 2025"


def test_streamer_adding_a_show_is_not_the_show() -> None:
    facts = one("", title="HIDIVE adds Salt Road Rangers to its Spring 2025 lineup")
    assert facts.title == "Salt Road Rangers"
    assert facts.streaming == ("HIDIVE",)
    assert facts.studios == ()


def test_licensor_acquiring_a_show_is_not_the_show() -> None:
    body = (
        "Bluebell Licensing announced that it acquired Salt Road Rangers. The anime premieres"
        " on April 4 on TV Tokyo."
    )
    facts = one(body, title="Bluebell Licensing Acquires Salt Road Rangers for Spring 2025")
    assert facts.title == "Salt Road Rangers"


def test_show_that_adapts_a_work_is_not_its_own_studio() -> None:
    body = "Salt Road Rangers adapts Ami Koda's manga. Studio: Dune Works"
    facts = one(body, title="Salt Road Rangers Anime Reveals Staff")
    assert facts.studios == ("Dune Works",)


def test_studio_news_without_a_project_gives_no_untitled_show() -> None:
    body = "Studio Ninefold said its staff of 80 worked on the 2019 TV anime Paper Comet."
    assert shows(body, title="Studio Ninefold Celebrates Tenth Year") == []


def test_unnamed_project_of_a_studio_is_still_a_show() -> None:
    body = "Studio Ninefold announced a new original TV anime project directed by Aki Mori."
    facts = one(body, title="Studio Ninefold announces untitled original anime")
    assert facts.title is None
    assert facts.director == ("Aki Mori",)


def test_list_headline_gives_each_named_show_its_own_sentences() -> None:
    body = (
        "Crunchyroll announced that it will stream three more anime this spring.\n\n"
        "Salt Road Rangers premieres on April 5 at 23:00 JST. Moth & Ember debuts on April 9."
        " Kohaku Lane premieres on April 12 on Tokyo MX."
    )
    found = shows(body, title="Crunchyroll to Stream Salt Road Rangers, Moth & Ember, Kohaku Lane")
    assert [f.title for f in found] == ["Salt Road Rangers", "Moth & Ember", "Kohaku Lane"]
    assert all(f.streaming == ("Crunchyroll",) for f in found)
    assert [f.premiere_date and f.premiere_date.day for f in found] == [5, 9, 12]
    assert [f.broadcasters for f in found] == [(), (), ("Tokyo MX",)]


def test_list_headline_whose_items_the_body_does_not_name_is_one_show() -> None:
    body = "Salt Road Rangers premieres on April 5 with new cast."
    found = shows(body, title="Salt Road Rangers Anime Reveals Cast, Visual, April 5 Premiere")
    assert [f.title for f in found] == ["Salt Road Rangers"]


def test_two_titles_joined_in_a_sequel_headline_give_two_sequels() -> None:
    body = (
        "The Paper Crane anime will get a second season in 2026. The Neon Carp anime will"
        " also get a second season, premiering in April 2026."
    )
    found = shows(body, title="Paper Crane and Neon Carp Anime Get Second Seasons")
    assert [f.title for f in found] == ["Paper Crane Season 2", "Neon Carp Season 2"]
    assert [f.season for f in found] == [None, "Spring 2026"]


def test_a_title_with_and_that_the_body_names_whole_stays_whole() -> None:
    body = "The Salt and Ember anime premieres in April."
    assert [f.title for f in shows(body, title="Salt and Ember Anime Reveals Cast")] == [
        "Salt and Ember"
    ]


def test_all_capitals_headline_takes_the_bodys_spelling() -> None:
    body = "Bluebell Licensing has acquired Pebble Lancer, which premieres on April 8 on AT-X."
    facts = one(body, title="BLUEBELL LICENSING ACQUIRES PEBBLE LANCER")
    assert facts.title == "Pebble Lancer"


def test_industry_alliance_gives_no_show() -> None:
    body = "Studio Lark and Moss Animation formed an alliance to share CG resources."
    assert shows(body, title="Four Anime Studios Form Production Alliance") == []


def test_a_manga_ending_gives_no_show() -> None:
    body = "Ami Koda's Iron Petal manga will end in July. It inspired a TV anime in 2020."
    assert shows(body, title="Iron Petal Manga Ends in July") == []


def test_event_headline_that_announces_a_premiere_is_show_news() -> None:
    body = "The Salt Road Rangers anime will premiere on July 5 on Tokyo MX, the concert revealed."
    facts = one(body, title="Salt Road Rangers Anime Reveals July 5 Premiere at Concert")
    assert facts.title == "Salt Road Rangers"
    assert facts.broadcasters == ("Tokyo MX",)


def test_partnership_headline_that_announces_a_premiere_is_show_news() -> None:
    body = "Salt Road Rangers premieres on April 5 on Tokyo MX and streams on Crunchyroll."
    facts = one(body, title="Crunchyroll Partnership Brings Salt Road Rangers Anime Premiere")
    assert facts.title == "Salt Road Rangers"


def test_award_news_gives_no_show() -> None:
    body = "Salt Road Rangers won the top prize. Studio Dune animated the series for Fuji TV."
    assert shows(body, title="Salt Road Rangers Wins Anime of the Year Award") == []


def test_a_voice_actors_hiatus_gives_no_show() -> None:
    body = "Jun Saeki will go on hiatus. He voices Kai in the Salt Road Rangers anime on TV Tokyo."
    assert shows(body, title="Voice Actor Jun Saeki Goes on Hiatus for Health Reasons") == []


def test_home_video_news_presents_its_show_without_a_premiere() -> None:
    body = "The Salt Road Rangers anime's Blu-ray set, all 12 episodes, arrives on April 26."
    headline = "Bluebell Media to Release Salt Road Rangers on Blu-ray in September"
    facts = one(body, title=headline)
    assert facts.title == "Salt Road Rangers"
    assert facts.premiere_date is None  # the disc's release day is no premiere


def test_dub_news_presents_its_show() -> None:
    body = (
        "Crunchyroll revealed the English dub cast for the Salt Road Rangers anime. The anime"
        " premiered on April 6 on Tokyo MX. Kenji Aso is directing the anime at Studio Dune."
    )
    facts = one(body, title="Crunchyroll Reveals English Dub Cast for Salt Road Rangers")
    assert facts.title == "Salt Road Rangers"
    assert (facts.broadcasters, facts.studios) == (("Tokyo MX",), ("Studio Dune",))


def test_second_part_date_and_first_part_length_are_not_this_run() -> None:
    body = (
        "The second part of the Salt Road Rangers anime will premiere on January 8 on MBS."
        " The first part aired from July to September and had 12 episodes."
    )
    facts = one(body, title="Salt Road Rangers Anime's 2nd Part Premieres in January")
    assert (facts.premiere_date, facts.episodes_or_cours) == (None, None)


def test_a_manga_anniversary_gives_no_show() -> None:
    body = "Ami Koda's Iron Petal manga celebrated its 10th anniversary. It inspired a TV anime."
    assert shows(body, title="Iron Petal Manga Celebrates 10th Anniversary With New Visual") == []


def test_headline_only_casting_news() -> None:
    facts = one("", title="Mai Oda joins Salt Road Rangers anime as Iris")
    assert facts.title == "Salt Road Rangers"
    assert [(m.actor, m.character) for m in facts.cast] == [("Mai Oda", "Iris")]


def test_an_interview_with_a_studio_head_gives_no_show() -> None:
    body = "We spoke with Studio Dune CEO Aki Mori. Mori produced Salt Road Rangers for TV Tokyo."
    assert shows(body, title="Interview: Studio Dune CEO on Building a Studio") == []


def test_a_poll_round_up_with_a_heading_per_show_still_gives_its_shows() -> None:
    text = (
        "<p>Readers voted.</p><h3>Salt Road Rangers</h3><p>Premieres April 5 on Tokyo MX.</p>"
        "<h3>Moth Lantern</h3><p>Premieres April 9 on AT-X.</p>"
    )
    found = shows(text, title="Most Anticipated Anime of Spring 2025: Poll Results")
    assert [f.title for f in found] == ["Salt Road Rangers", "Moth Lantern"]


def test_a_business_word_inside_the_shows_own_title_is_not_business_news() -> None:
    body = (
        "Ranking of Dragons, the next anime from Studio Kiri, premieres this fall. "
        "Ranking of Dragons adapts Mio Tane's web manga."
    )
    found = shows(body, title="Ranking of Dragons: The Next Anime From Studio Kiri")
    assert [f.title for f in found] == ["Ranking of Dragons"]


def test_a_box_office_chart_presents_its_film() -> None:
    found = shows(
        "Ocean Lamp: The Movie earned 300 million yen in its second weekend.",
        title="Japan Box Office: Ocean Lamp Film Stays at No. 1",
    )
    assert [f.title for f in found] == ["Ocean Lamp: The Movie"]


@pytest.mark.parametrize(
    ("headline", "body", "titles"),
    [
        (
            "Moss Pictures to Produce Over 10 Anime Titles Per Year",
            "The company's Japanese studio will double its output, its president said.",
            [],
        ),
        (
            "Trending",
            "A new video for the Lantern Rabbit anime began streaming on Friday. The anime"
            " premieres on April 4.",
            ["Lantern Rabbit"],
        ),
    ],
)
def test_a_headline_of_generic_words_names_no_show(
    headline: str, body: str, titles: list[str]
) -> None:
    found = shows(body, title=headline, published="2025-03-01")
    assert [f.title for f in found] == titles


def test_a_columns_tag_before_the_headlines_colon_is_no_part_of_the_title() -> None:
    body = (
        "The adventures carry on this January with Lantern II, and the theme song performers"
        " were just announced. The band returns for the second season's opening."
    )
    facts = one(body, title="Anisong: Lantern Season 2 OP and ED Announced", published="2025-11-02")
    assert facts.title == "Lantern Season 2"


def test_the_pages_cut_copy_of_a_long_headline_is_no_show() -> None:
    text = (
        "<h2>Aki Mori Previews Winter 2023 TV Anime</h2>"
        "<p>Aki Mori, the voice of Kirino in Paper Comet, has put out a teaser video for "
        "'Ashita no Katachi', her upcoming 12th single. She has been cast as Wisteria, the "
        "lead character of the upcoming winter 2023 TV anime The Tale of the Lanterns, which "
        "will use the song as its opening theme.</p>"
    )
    headline = "Aki Mori Previews Winter 2023 TV Anime The Tale of the Lanterns Opening Theme"
    assert [f.title for f in shows(text, title=headline)] == ["The Tale of the Lanterns"]


def test_a_page_whose_punctuation_is_spelled_as_references_is_read_as_markup() -> None:
    body = (
        "<p>One more week has passed&comma; so here is the news&period;<&sol;p>&NewLine;"
        "<h3>Paper Lantern Girl<&sol;h3>&NewLine;"
        "<p>We just got more news on the upcoming romance anime&comma; Paper Lantern Girl&comma; "
        "including its July 10 premiere on Tokyo MX&period;<&sol;p>"
    )
    facts = one(body, title="Anime News This Week (5/23 – 5/30)", published="2020-05-30")
    assert facts.title == "Paper Lantern Girl"
    assert str(facts.premiere_date) == "2020-07-10"
    assert facts.broadcasters == ("Tokyo MX",)


def test_a_title_with_died_in_it_is_no_obituary() -> None:
    body = (
        "Netflix revealed that The Lantern Keeper Died is coming to its catalog this year.\n\n"
        "The Lantern Keeper Died adapts Aya Mori's horror manga."
    )
    found = shows(body, title="The Lantern Keeper Died Netflix Release Date")
    assert [f.title for f in found] == ["The Lantern Keeper Died"]


def test_an_actors_death_is_still_no_show() -> None:
    body = "Voice actor Jun Sato, known for Lantern Harbor, died on Monday. He was 61."
    assert shows(body, title="Voice Actor Jun Sato Died at 61") == []


def test_a_title_with_a_word_of_a_death_notice_written_once_in_the_body_is_the_show() -> None:
    found = shows(
        "Netflix will stream the anime The Summer Hikaru Died next year. Ryohei Takeshita"
        " directs it at studio Cygames.",
        title="The Summer Hikaru Died Anime Will Stream on Netflix",
    )
    assert [f.title for f in found] == ["The Summer Hikaru Died"]

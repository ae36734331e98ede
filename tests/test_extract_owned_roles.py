"""Roles described by whom they belong to ("X's younger sister, Yanagi"), music that
"comes courtesy of" its composers, a character's fixation in a synopsis, a season
preview cut after its first entry, and a title that ends in a question mark."""

from __future__ import annotations

from extract_helpers import one, shows

from pipeline.core.models import ShowFacts


def pairs(facts: ShowFacts) -> set[tuple[str, str | None]]:
    return {(m.actor, m.character) for m in facts.cast}


def test_a_role_named_after_its_owner_and_relation_is_the_name_after_the_comma() -> None:
    facts = one(
        "The new season of Hina Wants to Play arrives this autumn. On the cast side, Seina"
        " Kato will voice Hina's younger sister, Yanagi, and Hideo Ishikawa will voice"
        " Hina's dad, Fujio. The music comes courtesy of Satoshi Igarashi, Tatsuya Yano,"
        " and Naoki Tani.",
        title="Hina Wants to Play Season 2 Releases Promotional Video",
    )
    assert {("Seina Kato", "Yanagi"), ("Hideo Ishikawa", "Fujio")} <= pairs(facts)
    assert facts.music == ("Satoshi Igarashi", "Tatsuya Yano", "Naoki Tani")


def test_an_owned_role_in_a_list_of_pairs_keeps_the_next_pair_apart() -> None:
    facts = one(
        "The cast of Paper Town includes Rio Suzuki as Amanda; Sakura Ando as Amanda's"
        " mother, Lizzie; Riisa Naka as Emily. The film also stars Fumi Hirano as Takao's mother,"
        " Megumi Han as Sato, and Mikako Komatsu as Aizawa.",
        title="Paper Town Film Reveals Cast",
    )
    found = pairs(facts)
    assert ("Sakura Ando", "Lizzie") in found
    assert ("Megumi Han", "Sato") in found
    assert not any(character == "Megumi Han" for _, character in found)


def test_a_character_s_fixation_on_a_game_in_a_synopsis_credits_no_creator() -> None:
    facts = one(
        "Karuta Club 3 arrives on home video on July 27. The distributor describes it so:"
        " \"Chihiro Ayase's fixation on the card game is already paying off, and her team"
        ' has won the national tournament."',
        title="Karuta Club 3 Dubbed Trailer Released",
    )
    assert facts.original_creator == ()


def test_a_season_preview_cut_after_its_first_entry_gives_that_entry() -> None:
    facts = one(
        "So far this year has not been great for anime, so I hope the fall season wows me."
        " Let us go through the lineup of scheduled shows, title translations my own.\n\n"
        "Shin Kaze Yori (From the New Wind): So, a post-apocalyptic sci-fi setting with a"
        " ruling class gifted with psionic powers. That could be fun, but it could go wrong"
        " in plenty of ways.",
        title="Fall Anime Season 2031 – This Better Be Good",
    )
    assert facts.title == "Shin Kaze Yori"


def test_a_heading_that_ends_in_a_question_mark_over_its_caption_is_a_show() -> None:
    found = shows(
        "Plenty of series this season are fun and light, so let us jump right in.\n\n"
        "Moon Road\n\n"
        "Moon Road 01Moon Road 03\n\n"
        "This high fantasy series is the kind of thing I love, though it is slow so far.\n\n"
        "Is It Wrong to Seek a Sword in a Tower?\n\n"
        "Is It Wrong to Seek a Sword in a Tower 01Is It Wrong to Seek a Sword in a Tower 02\n\n"
        "I did not know what to expect from this one, but it is a harem show after all.",
        title="Spring 2031 Anime Season First Impressions",
    )
    assert "Is It Wrong to Seek a Sword in a Tower?" in [f.title for f in found]


def test_a_quoted_word_after_a_show_s_news_verb_describes_the_picture() -> None:
    headline = "Kumo in Love Anime Reveals ‘Extreme’ Tanabata Illustration"
    lead = (
        "With an October 2031 broadcast on the way, the official website of the upcoming"
        " Kumo in Love anime marked Tanabata today with an {q}extreme{q} illustration from"
        " original manga creator Rin Sato, showing Kumo and Aya as the star-crossed lovers"
    )
    straight = lead.format(q="'")
    curly = lead.replace("{q}extreme{q}", "‘extreme’") + "."
    plain_headline = headline.replace("‘", "'").replace("’", "'")
    found = shows(
        f"{headline}\n\n{straight}\n\n{curly}\n\nKen Taka and Yoko Hika voice the two.\n\n"
        f"{plain_headline}\n\nTanabata Illustration\n\n"
        "Adapted from Rin Sato's manga, Kumo in Love is directed by Yo Kawa at studio"
        " J.C.STAFF.\n\nDisney+ is set to stream the anime worldwide this fall.\n\n"
        "Source: Official X\n\ncomic\n\nStar Precure! Shares New Ending Movie, CD Jackets\n\n"
        "2031-7-10 9:03:47\n\ncomic\n\nOVERLORD Anime Film Hits Theaters on September 20\n\n"
        "2031-7-10 9:04:18\n\n0 comment AAuthor MAdmin\nExpress your opinion!",
        title=headline,
        published=None,
    )
    assert [f.title for f in found] == ["Kumo in Love"]


def test_a_title_written_with_its_small_words_in_either_case_is_taken_whole() -> None:
    facts = one(
        "Romance isekai are popular. The upcoming anime I'm in Love With The Witch aims to"
        " change that.\n\n"
        "I'm in Love With the Witch is one of the year's most anticipated anime, set to"
        " premiere in Japan on October 2, 2031. A new PV came from the official I'm in Love"
        " With the Witch website.\n\n"
        "I'm in Love With the Witch follows Rei, an office worker.",
        title="Upcoming Isekai Is the Romance Anime Fans Need",
    )
    assert facts.title is not None
    assert facts.title.casefold() == "i'm in love with the witch"


def test_a_page_without_a_headline_opens_with_its_show_written_after_the_too() -> None:
    facts = one(
        "Starknights, Yoshi's well-liked tower defense mobile game, is getting an anime"
        " adaptation.\n"
        "The game's official channel has put up a trailer for the new series, and nothing"
        " is known yet about its staff.\n"
        "Hyperglyph developed Starknights, which launched in China in 2029. The Starknights"
        " anime has no premiere date yet.",
    )
    assert facts.title == "Starknights"


def test_an_interview_about_a_show_s_theme_song_is_news_of_the_show() -> None:
    facts = one(
        "A video has been released in which the unit Perfume, performers of the theme song"
        ' of "To Our Tomorrow," based on the manga by Rei Oka, talk about the song. Aono'
        " Riko will voice Fuuna in the new season.",
        title='Perfume interview video for "To Our Tomorrow" released',
    )
    assert facts.title == "To Our Tomorrow"


def test_a_headline_s_new_film_is_the_name_the_body_writes_in_capitals() -> None:
    facts = one(
        "On Tuesday, Ken Oda's animation studio Studio Kumo announced that Oda (Summer Games,"
        " Mirai) is at work on a new anime film titled ROSE (Ryu to Bara no Hime, literally"
        ' "The Princess of Dragons and Roses"). The film opens in Japan in summer 2031. Oda'
        " is directing and scripting the film, and he is also credited for the original work.\n"
        "The studio points to Oda's earlier films in which online worlds play a central role,"
        " such as Summer Games, as titles that explore modern society.",
        title="Ken Oda Unveils New Anime Film Rose for Next Summer",
    )
    assert facts.title == "ROSE"
    assert facts.alt_titles == ("Ryu to Bara no Hime",)


def test_a_name_an_address_guard_hid_in_the_body_is_put_back_from_the_headline() -> None:
    facts = one(
        "On Saturday, a live special ahead of The [email protected] Stage Live! franchise's 10th"
        " anniversary premiered a teaser for the franchise's TV anime. The [email protected]"
        " Stage Live! anime is directed by Shinya Wada at Shirogumi.",
        title="The STAR@LET Stage Live! TV Anime's Teaser Unveils Fall 2031 Premiere",
    )
    assert facts.title is not None
    assert facts.title.startswith("The STAR@LET Stage Live")


def test_a_director_s_earlier_films_quoted_late_in_sentences_make_no_digest() -> None:
    found = shows(
        "“Door Keeper” follows the director’s 2028 film “River Days”\n\n"
        "Ken Oda, who directed the anime box office hits “Sky Letter” and “River Days,” has"
        " scheduled his next anime film, “Door Keeper,” for release in the fall of 2031.\n\n"
        "Oda made the announcement Wednesday at a press conference streamed on the channel"
        " of the distributor, noting that the film is his first in three years, since"
        " 2028’s “River Days.”\n\n"
        "“Door Keeper,” which has no English title yet, is a road movie about a girl who"
        " closes doors across Japan.\n\n"
        "Oda’s 2026 film “Sky Letter” was a huge success in Japan, where it still ranks"
        " fifth among the country's films, behind only “Blade Night: Endless Train” and"
        " two others.",
        title="‘Sky Letter’ Director Ken Oda Sets Next Anime Film for Fall 2031",
    )
    assert len(found) == 1  # the one new film's article, not a digest of the earlier ones

"""Forms met in fresh real articles: quoted titles that hold an apostrophe or follow a
singer's name, tags and headline copies glued to the words next to them, speakers'
names over their comments, and preview entries written as "#1 – X. Y", "X:" alone on a
line, "4X" or "X - 3rd April"."""

from __future__ import annotations

from extract_helpers import one, shows

from pipeline.extract.candidate_filters import plausible
from pipeline.extract.headline_kind import lists_shows
from pipeline.extract.text import to_document


def test_a_singer_quoted_before_the_show_is_not_the_show() -> None:
    facts = one(
        "On Tuesday, singer Mika Arai was named as the performer of the theme song for the"
        ' upcoming TV anime of Jun Ota\'s "Lantern Tide" manga. The anime premieres on'
        " April 12 on NHK. Mika Arai began her career in 1998, and Mika Arai has since sold"
        " millions of records.",
        title="Singer-songwriter 'Mika Arai' to perform the theme song for 'Lantern Tide' anime",
    )
    assert facts.title == "Lantern Tide"


def test_a_singer_s_quoted_hits_are_no_shows() -> None:
    found = shows(
        "Mika Arai will sing the opening of the Lantern Tide anime, which premieres on"
        " April 12 on NHK. Her classic songs, written over three decades of touring in"
        ' Japan and abroad, include "Paper Moon", "Slow Rain",'
        ' "Tin Whistle" and "Blue Hour".',
        title="Mika Arai to Sing Lantern Tide Anime's Opening",
    )
    assert [f.title for f in found] == ["Lantern Tide"]


def test_a_full_width_tag_glued_to_the_headline_is_cut() -> None:
    facts = one(
        "It is a long time since Harbor Lights opened in Japan. Harbor Lights keeps"
        " breaking records, and its English trailer is out now.",
        title="English-dubbed trailer released for anime film Harbor Lights【Video】",
    )
    assert facts.title == "Harbor Lights"


def test_this_anime_being_back_for_a_second_season_numbers_its_title() -> None:
    facts = one(
        "After nine years away, this beloved anime adaptation is finally back for a second"
        " season! The first episode spends its time on the cast.",
        title="The Moth Keeper episode 1",
    )
    assert facts.title == "The Moth Keeper Season 2"


def test_a_quoted_title_keeps_its_own_apostrophe() -> None:
    facts = one(
        "Studio Reed will make a TV series based on “Kanda’s Run,” the PSP game. In"
        " Kanda’s Run, the streets have been taken over by ghosts. Kanda’s Run came out"
        " in 2011.",
        title="“Kanda’s Run” TV Anime Adaptation Ready by January 2017",
    )
    assert facts.title == "Kanda’s Run"


def test_a_headline_copy_glued_to_the_first_sentence_is_cut() -> None:
    facts = one(
        "Otaku Weekly\nTin Soldier Girl! Manga Gets Anime in January 2023\n\n"
        "Tin Soldier Girl! Manga Gets Anime in January 2023Tin Soldier Girl!, the popular"
        " manga by Rin Ota, is being turned into an anime series that will begin airing"
        " in January 2023.\n\nKen Abe is directing the anime at Studio Reed.",
        title="Tin Soldier Girl! Manga Gets Anime in January 2023",
        published=None,
    )
    assert (facts.title or "").rstrip("!") == "Tin Soldier Girl"


def test_a_character_line_named_in_the_headline_is_no_part_of_the_title() -> None:
    facts = one(
        "On Monday, Studio Reed revealed that it is making an anime series out of its Mossball"
        " character line. The series will debut in April. Studio Reed launched Mossball in 2021.",
        title="Studio Reed Reveals Anime Series for Mossball Character Line",
    )
    assert facts.title == "Mossball"


def test_a_comment_s_speaker_credited_above_heads_no_show() -> None:
    found = shows(
        '<p>The broadcast slot for "Beast Ledger" has been decided: it begins on Tokyo MX'
        ' on January 10. The opening is "Desire Path" by Ono Taichi, and the ending is'
        ' "Mark" by Sasaki Rie.</p>\n'
        '<p>The TV anime "Beast Ledger" begins at 10:00 P.M. on January 10.</p>\n'
        "<h3>Ono Taichi</h3>\n<p>――On the theme song.</p>\n"
        "<p>Each of us runs down a dark path, and at its end there is always a light.</p>\n"
        "<h3>Sasaki Rie</h3>\n<p>――On the theme song.</p>\n"
        "<p>I am so happy to be making music for this anime!</p>",
        published="2020-11-06",
    )
    assert [f.title for f in found] == ["Beast Ledger"]


def test_a_studio_s_home_city_is_no_title_and_a_directed_film_is() -> None:
    facts = one(
        "Netflix revealed a three-picture deal with Tokyo-based anime powerhouse Studio"
        " Kite. The first release under the deal will be Drifting Lanterns, directed by"
        " Hiro Ishi, which premieres on Sept. 16.",
        title="Netflix Inks Three-Picture Deal With Japanese Anime Studio Kite",
    )
    assert facts.title == "Drifting Lanterns"


def test_a_rundown_lists_shows() -> None:
    assert lists_shows("Fall 2015 Rundown Part 4")
    assert lists_shows("Winter 2019 First Impressions")
    assert not lists_shows("Kite Runner Gets Anime in Fall 2015")


def test_entry_headings_lose_a_day_first_date_and_a_glued_rank() -> None:
    dated = shows(
        "Spring is here, and these shows start soon.\n\n"
        "Iron Lotus (The Lotus of Iron) - 3rd April\n"
        "Fans have waited for this one since the manga began in 2014.\n\n"
        "Copper Kettle Club 2 - 9th April\n"
        "Season 2 of this comedy series.",
        title="Shonen Anime - Spring 2016",
        published=None,
    )
    assert [f.title for f in dated] == ["Iron Lotus", "Copper Kettle Club Season 2"]
    ranked = shows(
        "9 Anime to Keep an Eye On\n\n"
        "4Iron Lotus\n\nFeature Detail\n\n"
        "Iron Lotus looks like a solid pick for anyone who likes heroes. It premieres"
        " April 3.\n\n"
        "5Paper Lantern Dogs\n\nFeature Detail\n\n"
        "Paper Lantern Dogs has a plot that is intriguing. The manga has included"
        " appearances by authors like Agatha Moore, Dan Bell and Lev Tolst.",
        title="9 Anime to Keep an Eye On for the Spring Season",
        published="2016-03-17",
    )
    assert [f.title for f in ranked] == ["Iron Lotus", "Paper Lantern Dogs"]


def test_a_numbered_entry_may_hold_a_period_inside_its_title() -> None:
    document = to_document("So, in at number 1, the best new anime is …\n\n#1 – Aldo. Zero\n")
    assert [(b.kind, b.text) for b in document.blocks][-1] == ("heading", "#1 – Aldo. Zero")


def test_a_title_alone_on_its_line_with_a_colon_heads_its_entry() -> None:
    found = shows(
        "These are the series I'll be watching this season of anime:\n\n"
        "iron-lotus-anime-banner\n\nIron Lotus:\n\n"
        "I've been a fan of the Iron Lotus manga for quite a while, and the trailer"
        " blew me away with what the studio has done with it.\n\n"
        "kettle-anime-banner\n\nCopper Kettle Club:\n\n"
        "As a fan of the band, I feel somewhat obligated to check out this series about"
        " its members.",
        title="Luke's Spring 2013 Anime Picks",
        published=None,
    )
    assert [f.title for f in found] == ["Iron Lotus", "Copper Kettle Club"]


def test_a_headline_of_companies_alone_names_no_show() -> None:
    facts = one(
        "Amazon Prime Video wants to be the first place to watch anime. It will bring the"
        " second season of From Field Hand to Sword Master into its catalog.",
        title="Goodbye Crunchyroll? Amazon Prime Video",
        published=None,
    )
    assert facts.title == "From Field Hand to Sword Master Season 2"


def test_a_quoted_headline_title_keeps_a_descriptor_like_last_word() -> None:
    facts = one(
        "Discotek Media is putting the Lantern War TV series out on Blu-ray. Kenji Oda"
        " directed the series.",
        title="Discotek Media Sets 'Lantern War' Blu-ray Anime Release",
    )
    assert facts.title == "Lantern War"
    assert facts.director == ("Kenji Oda",)


def test_a_special_anime_a_franchise_gets_for_its_anniversary_is_its_news() -> None:
    facts = one(
        "The official channel started streaming a special anime marking the first"
        " anniversary of the Horse Girls Derby game. Kei Oka came back to direct it.",
        title="Horse Girls Derby Gets Special Anime to Commemorate Game's 1st Anniversary",
    )
    assert facts.title == "Horse Girls Derby"


def test_a_director_s_quoted_earlier_work_heads_no_entry() -> None:
    facts = one(
        "During the imprint's live stream on April 17, it was confirmed that Ken Hara's"
        ' fantasy light novel series "Bone Knight Abroad" will be adapted into a TV anime.\n\n'
        'Kaito Ono, the director of "Star Lance Symphony", is directing the anime, with'
        ' Studio Reed handling the animation. Taro Kiku, a script writer on "Night Owl'
        ' The Animation", is supervising the series scripts.\n\n'
        "■ Arc – CV: Tomo Maeda\nA gamer who wakes up as a skeleton.\n\n"
        "■ Arianne – CV: Ai Fujii\nAn elf warrior.\n\n"
        "Staff\n\nOriginal Work: Ken Hara [Overlap Novels]\nDirector: Kaito Ono",
        title="“Bone Knight Abroad” Light Novel Confirms TV Anime Adaptation!",
        published="2021-04-18",
    )
    assert facts.title == "Bone Knight Abroad"
    assert facts.original_creator == ("Ken Hara",)  # the imprint in brackets is no name
    assert [(c.character, c.actor) for c in facts.cast] == [
        ("Arc", "Tomo Maeda"),
        ("Arianne", "Ai Fujii"),
    ]


def test_a_studio_written_without_the_space_after_its_period_is_found() -> None:
    facts = one(
        "The brand-new original anime “Coral Lantern” from P.A.WORKS will air on TOKYO MX"
        " starting July 8, 2021.",
        title="Coral Lantern Anime Reveals Second Visual",
    )
    assert facts.studios == ("P.A.WORKS",)


def test_list_lines_lose_their_hashtags_and_a_best_opening_label() -> None:
    found = shows(
        "Here is the lineup of shows I'll be blogging from October onward:\n\n"
        "01. Iron Lotus Maid War #アイアンロータス\n"
        "02. Paper Lantern Dogs #paper_lantern\n"
        "03. Copper Kettle Club #kettle\n"
        "04. Salt Moon Diary #salt_moon\n\n"
        "Well then, see you next time in October!",
        title="2022 Season: 2nd Half!",
        published="2022-09-29",
    )
    assert [f.title for f in found] == [
        "Iron Lotus Maid War",
        "Paper Lantern Dogs",
        "Copper Kettle Club",
        "Salt Moon Diary",
    ]
    best = shows(
        "My Initial Thoughts on the Spring 2016 Anime Season\n\n"
        "A new anime season has kicked off, and here is what I make of the first episodes.\n\n"
        "Best Opening Theme: Haven't You Heard? I'm Tanaka\n\n"
        "The opening is a joy, and the show itself is a sharp comedy.\n\n"
        "Copper Kettle Club\n\nOh man, what a letdown. The art looks stiff and cheap.",
        title="First Impressions: Spring 2016",
        published="2016-04-10",
    )
    assert [f.title for f in best] == ["Haven't You Heard? I'm Tanaka", "Copper Kettle Club"]


def test_a_headline_s_and_the_body_writes_as_an_ampersand_is_one_title() -> None:
    facts = one(
        "One of the new shows this spring is Hop & Stroller, a rom-com about two"
        " high schoolers, and now the Hop & Stroller anime has handed us a cute opening.\n\n"
        "If you don't know Hop & Stroller, the series started out as a manga, and the Hop &"
        " Stroller anime streams on Crunchyroll.",
        title="Hop and Stroller Anime Opening",
    )
    assert facts.title == "Hop & Stroller"


def test_a_title_with_a_period_glued_to_its_next_word_stays_whole() -> None:
    facts = one(
        "The show airs next month! baton op.Overture, an original production from Studio"
        " Reed, has revealed its main visual ahead of its October 5 premiere. baton"
        " op.Overture belongs to a multimedia project.",
        title="Studio Reed's baton op.Overture Anime Unveils Main Visual, Cast",
    )
    assert facts.title == "baton op.Overture"


def test_a_quoted_episode_title_is_not_the_show() -> None:
    facts = one(
        "Heading into its third season, Dr. Lantern New World Season 3 Episode 1 catches us"
        " up on the team as they get ready for the next adventure. “New Sea Chart” spends its"
        " time on the ship, and New Sea Chart ends on a cliffhanger.",
        title="REVIEW: Dr. Lantern New World Season 3, Episode 1— “New Sea Chart”",
        published=None,
    )
    assert facts.title == "Dr. Lantern New World Season 3"


def test_a_title_that_holds_a_quoted_word_is_read_whole() -> None:
    facts = one(
        'On Tuesday the official website for the original short anime "Deko" Meets Girl'
        " started streaming its second promotional video. The anime will debut in October"
        " on MBS.",
        title='"Deko" Meets Girl Anime\'s 2nd Video Reveals Its Lead',
    )
    assert facts.title == '"Deko" Meets Girl'


def test_a_song_the_text_says_is_titled_x_is_not_the_show() -> None:
    facts = one(
        "The official website for the Lantern Moth anime confirmed that the second season,"
        " titled Lantern Moth Again, will premiere in April. The opening theme song for the"
        " new season is titled “Wind Over the Moonlit Sea”. Lantern Moth fans are thrilled.",
        published=None,
    )
    assert facts.title != "Wind Over the Moonlit Sea"
    assert "Lantern Moth" in (facts.title or "")


def test_an_ordinal_before_a_quoted_title_and_anime_season_numbers_it() -> None:
    facts = one(
        "The third season of the Lantern Horizon anime has been delayed to January 2021."
        " Lantern Horizon will run for 12 episodes.",
        title="3rd ‘Lantern Horizon’ Anime Season Rescheduled",
        published="2020-09-10",
    )
    assert facts.title == "Lantern Horizon Season 3"
    assert not any("Anime Season" in a for a in facts.alt_titles)


def test_a_headline_s_title_in_capitals_is_read_as_the_body_writes_it() -> None:
    facts = one(
        "It comes as no surprise that Heavenly Delusion topped our poll. Heavenly Delusion"
        " follows two teenagers across a ruined Japan, and the anime's staff give the"
        " setting of Heavenly Delusion a lot of care.",
        title="Seasonal First Impressions: Climbing The Stairway to a HEAVENLY DELUSION",
        published=None,
    )
    assert facts.title == "Heavenly Delusion"


def test_a_review_s_parts_and_a_streamer_s_advert_head_no_shows() -> None:
    found = shows(
        "<h2>Summer Anime 2017 First Episode Impressions – Part 3</h2>\n"
        "<h3>Iron Lotus</h3>\n<p>Studio – Kite Works</p>\n"
        "<p>Iron Lotus follows a girl who climbs into a great pit.</p>\n"
        "<h3>The Good</h3>\n<p>The art is lovely and the music is better.</p>\n"
        "<h3>The Bad</h3>\n<p>Nothing much yet.</p>\n"
        "<h3>Try Crunchyroll Premium Today!</h3>\n<p>Watch without ads.</p>",
        title="Summer Anime 2017 First Episode Impressions – Part 3",
        published="2017-07-11",
    )
    assert [f.title for f in found] == ["Iron Lotus"]


def test_a_year_is_no_singer_and_an_unnamed_opening_gives_way_to_the_named_one() -> None:
    facts = one(
        "On Feb 28, 2024, the official website of Lantern Tide announced the artists who will"
        " sing the opening and ending theme songs for the second cour of the anime.\n\n"
        "The rock band Hitomi will sing the opening theme song “On The Frontline,” and"
        " singer-songwriter Yuko Ohara will sing the ending theme song “Mamoritai Mono”.",
        title="Lantern Tide Season 2 Cour 2 Reveals Theme Song Artists",
    )
    assert [(t.kind, t.title, t.artist) for t in facts.themes] == [
        ("opening", "On The Frontline", "Hitomi"),
        ("ending", "Mamoritai Mono", "Yuko Ohara"),
    ]


def test_a_source_s_per_and_a_writer_s_board_games_name_no_shows() -> None:
    found = shows(
        "When he isn't playing board games such as Agrarian, Lords of Deepwater, or"
        " Carcass Town, Tom pays his bills by tutoring.\n\n"
        "<h2>Iron Lotus</h2>\n<p>Iron Lotus comes from a game series and premieres in July.</p>\n"
        "<h2>Copper Kettle Club</h2>\n<p>Copper Kettle Club is a comedy about a tea club.</p>\n"
        "<p>Per Filmmarks, the film also sits at No. 1 in the first-day ranking.</p>",
        title="The Summer 2013 Anime Preview Guide",
        published="2013-07-05",
    )
    assert [f.title for f in found] == ["Iron Lotus", "Copper Kettle Club"]


def test_is_coming_ends_a_headline_title_and_a_body_cue_drops_its_year() -> None:
    coming = one(
        "Plunge!! isn't the best-known anime around, but it will get a bigger audience."
        " Sentai Filmworks has licensed the Plunge!! anime adaptation.",
        title="Eto Mori's Plunge!! is coming to the United States this December",
    )
    assert (coming.title or "").casefold().startswith("plunge")
    assert " is" not in (coming.title or "")
    dated = one(
        "Ever since it was first announced, the 2023 Iron Wanderer anime adaptation has been"
        " the talk of the town, and the 2023 Iron Wanderer anime gets a new trailer this"
        " month. The 2023 Iron Wanderer anime premieres in July.",
        title="Anime to reveal new trailer this month",
    )
    assert dated.title == "Iron Wanderer"


def test_a_storyline_section_and_a_donation_appeal_head_no_shows() -> None:
    found = shows(
        "<p>The third season of the Lamp Keeper anime will begin in spring 2022.</p>\n"
        "<h2>Lamp Keeper Season 3</h2>\n<p>The third season is made at Studio Reed.</p>\n"
        "<h2>Lamp Keeper Storyline</h2>\n<p>A girl who loves books is reborn in a world"
        " without them.</p>\n<h2>We Need Your Help!</h2>\n<p>Support us on Patreon.</p>",
        title="Lamp Keeper Season 3 Release Date",
        published="2021-10-01",
    )
    assert [f.title for f in found] == ["Lamp Keeper Season 3"]


def test_where_it_streams_and_a_staff_comment_s_writer_head_no_shows() -> None:
    found = shows(
        "<p>Here's our guide to the best anime of Spring 2023; all shows are now streaming.</p>"
        "\n<h2>Tengoku Lantern / Heavenly Lantern</h2>\n<h3>Available on Disney+ and Hulu</h3>\n"
        "<p>Nobody can blame you for missing Heavenly Lantern, a post-apocalyptic road trip.</p>"
        "\n<h2>Iron Lotus Season 3</h2>\n<ul><li>Studio: Wit Studio</li></ul>\n"
        "<p>Staff Comments:</p>\n<h3>Josh Tolen</h3>\n"
        "<p>And we're back! Iron Lotus loses no time getting back on track.</p>",
        title="Heavenly Lantern, Iron Lotus and More of the Best Anime of Spring 2023",
        published="2023-05-01",
    )
    assert [f.title for f in found] == ["Tengoku Lantern", "Iron Lotus Season 3"]


def test_a_contraction_is_no_title() -> None:
    assert not plausible("I'm")
    assert not plausible("That's", loose=True)
    assert plausible("I'm Standing on a Million Lives")


def test_a_two_word_genre_after_the_headline_s_title_goes() -> None:
    facts = one(
        "Kitamiya, the anime adaptation of Rin Ota's manga, is scheduled to begin airing"
        " January 9. Kitamiya follows two high schoolers with secret lives.",
        title="Kitamiya Romantic Comedy Anime Hits Screens January 9",
        published="2020-11-01",
    )
    assert facts.title == "Kitamiya"

"""Forms met in fresh real articles: one show's article cut by section headings, a
creator's work named in the headline with a descriptor, an alternative title slashed or
on the line under a heading, studios named in a compound or beside a person's job,
songs credited before their kind, and counts and dates that are not the run's."""

from __future__ import annotations

from extract_helpers import one, shows

from pipeline.core.models import ThemeSong
from pipeline.extract.heading_extras import without_occasion
from pipeline.extract.headline_kind import lists_shows
from pipeline.extract.show_headings import is_show_heading
from pipeline.extract.text import to_document
from pipeline.extract.title_forms import without_lead


def test_section_headings_of_one_show_s_article_make_no_round_up() -> None:
    facts = shows(
        "Station Kita has announced that the anime adaptation of Aki Mori's Lamplight"
        " novels will air in July 2024. Titled ‘Lamplight Errands’, it adapts the first"
        " two novels.\n\n"
        "<h2>A Star-Studded Cast and Crew</h2>\n\n"
        "<p>Rei Okada voices the lead of ‘Lamplight Errands’. Ken Ito is directing the"
        " anime at Studio Hanabi, and Yui Sato is overseeing the scripts.</p>\n\n"
        "<h2>Mystery Meets the Everyday</h2>\n\n"
        "<p>The story of ‘Lamplight Errands’ follows two students who keep running into"
        " small mysteries in their town.</p>\n\n"
        "<h2>A Long-Awaited Adaptation</h2>\n\n"
        "<p>Fans of the novels have waited years for the news.</p>",
        title="Station Kita Set to Premiere Anime Adaptation ‘Lamplight Errands’ in July",
    )
    assert [f.title for f in facts] == ["Lamplight Errands"]
    assert facts[0].studios == ("Studio Hanabi",)


def test_a_round_up_whose_headings_name_their_shows_stays_a_round_up() -> None:
    found = shows(
        "<p>April brings two new shows worth a look, and one of them is Copper Orchard.</p>\n\n"
        "<h2>Copper Orchard</h2>\n\n<p>Copper Orchard premieres in April on Tokyo MX.</p>\n\n"
        "<h2>Glass Harbor</h2>\n\n<p>Glass Harbor premieres in April on AT-X, a week after"
        " Copper Orchard.</p>",
        title="Copper Orchard Leads a Busy April",
    )
    assert [f.title for f in found] == ["Copper Orchard", "Glass Harbor"]


def test_a_creator_s_work_with_a_descriptor_in_the_headline() -> None:
    facts = one(
        "On Tuesday, the publisher revealed that an anime based on Aki Mori 's Lantern"
        " manga will air on NHK in summer 2025. The studio Hanabi is producing the anime.",
        title="Aki Mori's Lantern Wartime Manga Gets Anime in Summer 2025",
    )
    assert facts.title == "Lantern"
    assert facts.original_creator == ("Aki Mori",)
    assert facts.season == "Summer 2025"


def test_another_work_s_film_does_not_make_the_show_a_film() -> None:
    facts = one(
        "An anime of the Paper Lantern manga will air on NHK in summer 2025. The author's"
        " earlier manga also inspired Red Ribbon, a 28-minute short anime film by another"
        " studio.",
        title="Paper Lantern Manga Gets Anime in Summer 2025",
    )
    assert facts.season == "Summer 2025"


def test_a_slashed_pair_gives_the_other_title() -> None:
    facts = one(
        "The TV anime of Aki Mori's fantasy manga Hi no Kishidan/Fire Knights revealed"
        " its second opening. Fire Knights streams on Crunchyroll/HIDIVE.",
        title="Fire Knights Anime Reveals Second Opening",
    )
    assert facts.alt_titles == ("Hi no Kishidan",)
    assert facts.streaming == ("Crunchyroll", "HIDIVE")


def test_a_dated_line_under_a_heading_is_the_show_s_other_title() -> None:
    found = shows(
        "<p>Two new shows this week, both from the first week of the season.</p>\n"
        "<h3>Lantern Girls</h3>\n<p>Chōchin Shōjo (2019)</p>\n"
        "<p>We start with a show that premiered with 2 episodes a week early, so there are"
        " 3 episodes out already.</p>\n"
        "<h3>Glass Harbor</h3>\n<p>Garasu no Minato (2019)</p>\n"
        "<p>A quieter start, but a promising one.</p>",
        title="Weekly Roundup Winter 2019 Week 1",
    )
    assert [(f.title, f.alt_titles) for f in found] == [
        ("Lantern Girls", ("Chōchin Shōjo",)),
        ("Glass Harbor", ("Garasu no Minato",)),
    ]
    assert found[0].episodes_or_cours is None


def test_the_writer_under_a_presented_by_label_is_no_show() -> None:
    found = shows(
        "<p>Here are our picks of the season's sequels.</p>\n"
        "<h3>Moonlit Relay Season 2</h3>\n<p>Presented By:</p>\n<h3>Sagekev</h3>\n"
        "<p>Studio: Studio Hanabi</p>\n<p>Genres: Fantasy, Celtic Folklore, Drama</p>\n"
        "<p>Synopsis: A runner carries messages between two worlds.</p>",
        title="The Fall 2023 Sequel Guide",
    )
    assert [f.title for f in found] == ["Moonlit Relay Season 2"]
    assert found[0].studios == ("Studio Hanabi",)
    assert found[0].genres == ("fantasy", "folklore", "drama")


def test_a_count_that_is_only_a_bound_is_no_run_length() -> None:
    assert (
        one(
            "Glass Harbor Part 3 is in production. The new part will have at least 12 episodes.",
            title="Glass Harbor Part 3 Announced",
        ).episodes_or_cours
        is None
    )
    assert (
        one(
            "The 12-episode series is an original work by Studio Hanabi.",
            title="Glass Harbor Anime Premieres in October",
        ).episodes_or_cours
        == "12 episodes"
    )


def test_the_studio_of_a_compound_before_animated() -> None:
    facts = one(
        "The David Production-animated dark fantasy Fire Knights is simulcast on Crunchyroll.",
        title="Fire Knights Anime Reveals Second Opening",
    )
    assert facts.studios == ("David Production",)


def test_a_studio_named_as_a_person_s_employer_is_no_credit() -> None:
    facts = one(
        "An anime of the Paper Lantern manga will air on NHK in summer 2025. Veteran"
        " Studio Ghibli animator Aki Mori serves as the animation producer, and the"
        " studio Sasayuri is producing the anime.",
        title="Paper Lantern Manga Gets Anime in Summer 2025",
    )
    assert facts.studios == ("Sasayuri",)


def test_a_song_credited_before_its_kind_keeps_its_artist_and_title() -> None:
    facts = one(
        'The TV anime Fire Knights revealed that the new song "MAYDAY feat.Rei from'
        ' GLASS LAKE" by coldrain, a five-member rock band, will serve as the OP theme'
        " of its second cour.",
        title="Fire Knights Anime Reveals Second Opening",
    )
    assert facts.themes == (
        ThemeSong(kind="opening", title="MAYDAY feat. Rei from GLASS LAKE", artist="coldrain"),
    )


def test_the_creator_of_a_manga_named_with_an_earlier_work() -> None:
    facts = one(
        "The official website of the TV anime based on Aki Mori (Soul Lantern)'s dark"
        " fantasy manga Fire Knights revealed a new visual.",
        title="Fire Knights Anime Reveals New Visual",
    )
    assert facts.original_creator == ("Aki Mori",)


def test_a_magazine_s_publisher_is_no_creator() -> None:
    facts = one(
        "The Lantern Days anime adapts the manga written and illustrated by Aki Mori."
        " Weekly Lantern Jump, Hoshisha's shonen manga magazine, has serialized the manga"
        " since 2020.",
        title="Lantern Days Anime Announced for January",
    )
    assert facts.original_creator == ("Aki Mori",)


def test_an_author_s_earlier_work_in_parentheses_is_no_cast() -> None:
    facts = one(
        "Adapted from the popular manga by Aki Mori (Sket Lantern), Witch Lantern is a"
        " rom-com about a witch whose prophecy is cast over her.",
        title="Witch Lantern Anime Gets New Trailer",
    )
    assert facts.cast == ()
    assert facts.original_creator == ("Aki Mori",)


def test_a_special_program_aired_on_the_news_day_is_no_premiere() -> None:
    facts = one(
        "On Monday, May 27, 2024, the magazine aired a special program on its YouTube"
        " channel to confirm that the Lantern Days anime is in production. The anime will"
        " premiere in January 2025.",
        title="Lantern Days Anime Announced for January 2025",
        published="2024-05-27",
    )
    assert facts.premiere_date is None
    assert facts.season == "Winter 2025"


def test_links_set_side_by_side_are_each_a_list_line() -> None:
    found = shows(
        "<h1>Spring 2022 Anime Preview</h1>\n"
        "<p>The previews are sorted into categories, and the full list is linked below.</p>\n"
        "<h3>Series:</h3>\n"
        "<p><a>Copper Orchard</a><a>Glass Harbor</a><a>Lantern Girls</a></p>",
        title="Spring 2022 Anime Preview",
    )
    assert [f.title for f in found] == ["Copper Orchard", "Glass Harbor", "Lantern Girls"]


def test_a_blog_s_byline_over_an_image_file_name_is_no_show() -> None:
    found = shows(
        "<h1>There Is No Sleep</h1>\n<h2>The Best and Worst of the Summer 2024 Anime Lineup</h2>\n"
        "<h3>Rhea Wardlow</h3>\n<h3>incollage_20240707_164718553</h3>\n"
        "<p>I have decided to try as many of the new airing anime as I can this summer.</p>\n"
        "<h3>Tasuketsu -Fate of the Lantern-</h3>\n"
        "<p>Kicking things off, we have Tasuketsu, an adaptation of a web manga.</p>",
        title="The Best and Worst of the Summer 2024 Anime Lineup",
    )
    assert [f.title for f in found] == ["Tasuketsu -Fate of the Lantern-"]


def test_the_writer_s_bio_is_no_text_of_the_article() -> None:
    document = to_document(
        "<p>Rhea Wardlow is an associate curation editor whose job is to spotlight the best"
        " anime, comics and games.</p>\n"
        "<p>The summer anime season is nearly here, with a batch of new premieres.</p>"
    )
    assert [b.text for b in document.blocks] == [
        "The summer anime season is nearly here, with a batch of new premieres."
    ]


def test_a_show_s_editor_is_staff_not_a_writer_s_bio() -> None:
    facts = one(
        "The anime's staff was revealed. Aki Mori is the editor in charge. Rei Okada, Ken"
        " Ito and Yui Sato are creating the anime's soundtrack.",
        title="Lantern Days Anime Reveals Staff",
    )
    assert facts.music == ("Rei Okada", "Ken Ito", "Yui Sato")


def test_a_heading_s_bare_number_is_the_season_the_text_speaks_of() -> None:
    found = shows(
        "<p>Welcome to my take on the Winter 2022 Preview Guide! Here are the premieres.</p>\n"
        "<h3>Copper Orchard 2</h3>\n<p>Streams: Funimation on Thursdays</p>\n"
        "<p>The second season's opener suggests that not much will be different.</p>\n"
        "<h3>Glass Harbor</h3>\n<p>A quieter start, but a promising one.</p>",
        title="Winter 2022 Preview Guide",
    )
    assert (found[0].title, found[0].alt_titles) == (
        "Copper Orchard Season 2",
        ("Copper Orchard 2",),
    )


def test_page_parts_links_and_scores_are_no_shows_in_headings() -> None:
    found = shows(
        "<h2>Introduction: Returning Anime TV Shows</h2>\n"
        "<p>Every season a fresh pile of anime lands at our feet.</p>\n"
        "<h2>Copper Orchard –Hype level: 9</h2>\n<p>Made by Madhouse, so expect a lot.</p>\n"
        "<h2>Page 1 of 12</h2>\n<p>Glass Harbor is next week's pick.</p>\n"
        "<h2>Glass Harbor (TV Series 2023– ) - IMDb</h2>\n<p>See the full cast there.</p>",
        title="The Best New Anime of Spring 2015",
    )
    assert [f.title for f in found] == ["Copper Orchard"]
    assert found[0].studios == ("Madhouse",)


def test_a_title_s_number_before_anime_makes_no_list_headline() -> None:
    assert not lists_shows("Kaiju No. 9 Anime's 2nd Season Debuts in July 2025")
    assert lists_shows("10 Anime to Watch This Spring")


def test_a_headline_s_titled_name_and_a_kind_s_apposed_name() -> None:
    titled = one(
        "A new zombie anime is on the way! It is called Grave Land Saga, and a game maker"
        " is making it. Grave Land Saga premieres in October.",
        title="Game Maker's Original Zombie Anime Titled Grave Land Saga, Cast Revealed",
    )
    assert titled.title == "Grave Land Saga"
    apposed = one(
        "What if your school ranked you by how well you gamble? That is the premise of"
        " Kakeru, a new TV anime from studio MAPPA. Kakeru premieres in July.",
        title="[NEW ANIME] Gambling manga, Kakeru, gets a TV anime",
    )
    assert apposed.title == "Kakeru"


def test_a_streamer_between_the_title_and_anime_is_no_part_of_it() -> None:
    body = "You should start getting hyped for Lantern Dash, due to stream on Netflix."
    assert without_lead("Lantern Dash Netflix", body) == "Lantern Dash"
    assert without_lead("Lantern Dash", body) == "Lantern Dash"


def test_a_character_someone_plays_is_no_title() -> None:
    facts = one(
        "On Friday, the staff of the television anime of Aki Mori's Ranking of Lanterns"
        ' (Ōsama Rantan) manga unveiled the October 14 premiere. The prince meets "Kage"'
        " (shadow), a shadow on the ground. Kage is a survivor of an assassin clan. Kage"
        " steals to get by. Kage becomes his friend. Rei Okada will play Kage.",
    )
    assert facts.title == "Ranking of Lanterns"


def test_a_sequel_list_s_entries_take_the_season_their_text_names() -> None:
    found = shows(
        "<p>Here are the anime getting a new season next year.</p>\n"
        "<h2>One Lantern Man</h2>\n"
        "<p>The return of the hero has come once more for a third season.</p>\n"
        "<h2>Tokyo Lanterns</h2>\n"
        "<p>After season one's ending, the studio announced that season two will be"
        " released in January.</p>",
        title="Top 10 anime releasing a new season next year",
    )
    assert [f.title for f in found] == ["One Lantern Man Season 3", "Tokyo Lanterns Season 2"]


def test_the_headline_s_copy_with_straight_quotes_is_dropped() -> None:
    facts = shows(
        "<p>Rock Band & Rei Okada Get Roped In As Kaiju No. 9 Anime Theme Songs' Artists</p>\n"
        "<p>The official website for the upcoming Kaiju No. 9 anime unveiled a new promo"
        " video. Kaiju No. 9 will begin airing on April 13, 2024.</p>",
        title="Rock Band & Rei Okada Get Roped In As Kaiju No. 9 Anime Theme Songs’ Artists",
        published="2024-02-29",
    )
    assert [f.title for f in facts] == ["Kaiju No. 9"]


def test_one_show_takes_its_genre_from_the_headline() -> None:
    facts = one(
        "The studio Hanabi has put out the first teaser for Lantern, its upcoming anime.",
        title="First Teaser Revealed for Upcoming Boys’ Love Anime “Lantern”",
    )
    assert facts.genres == ("boys' love",)


def test_a_promo_lead_and_a_hyphenated_genre_before_the_title_go() -> None:
    promo = one(
        "A third promo has been released for Blue Lantern: Kyoto Saga, the second season of"
        " the TV anime. The official Blue Lantern website posted it.",
        title="Another New Promo For BLUE LANTERN Season 2",
    )
    assert promo.title == "BLUE LANTERN Season 2"
    genre = one(
        "Aki Mori's horror-comedy manga series Lantern-chan is getting an anime adaptation,"
        " announced for an October 2021 release.",
        title="Horror-Comedy Manga Lantern-Chan To Receive Anime Adaptation In October 2021",
    )
    assert genre.title == "Lantern-Chan"


def test_page_lines_are_no_show_headings() -> None:
    assert not is_show_heading("Apr 1, 2017 at 5:30pm JST")
    assert not is_show_heading("Table of Contents")
    assert not is_show_heading("Storyboards by: Aki Mori")
    assert not is_show_heading("Rhea Wardlow '23")
    assert is_show_heading("Lantern Girls")


def test_a_review_s_credit_lines_are_no_listed_shows() -> None:
    found = shows(
        "<p>This piece reviews the first episodes of the season.</p>\n"
        "<h2>Copper Orchard</h2>\n<ul><li>Episodes watched: 1</li>"
        "<li>Storyboards by: Aki Mori</li><li>Episode direction by: Rei Okada</li></ul>\n"
        "<p>The baffling architecture of the city makes it a fascinating setting.</p>",
        title="Spring 2025 Anime Mini-Review Corner",
    )
    assert [f.title for f in found] == ["Copper Orchard"]


def test_a_headline_title_the_body_writes_with_a_word_in_capitals() -> None:
    facts = one(
        "<p>Sentai Filmworks licenses Lantern 4 the Animation</p>\n"
        "<p>Sentai Filmworks announced today that it has licensed the anime series Lantern 4."
        " The series adapts the game.</p>\n"
        "<p>The hit game becomes a spectacular anime in LANTERN 4 the Animation!</p>",
        title="Sentai Filmworks licenses Lantern 4 the Animation",
    )
    assert facts.title == "LANTERN 4 the Animation"


def test_a_director_s_earlier_work_in_the_headline_is_not_the_new_film() -> None:
    facts = one(
        "Today the official website for HELLO LANTERN, the upcoming original anime film by"
        " Salt Road Rangers director Aki Mori, launched with a first teaser trailer. It is"
        " his second feature film, after Salt Road Rangers The Movie in 2017.",
        title="Salt Road Rangers Director's Original Anime Film HELLO LANTERN Releases Its"
        " 1st Teaser Trailer",
    )
    assert facts.title == "HELLO LANTERN"


def test_a_block_s_schedule_lines_name_their_shows_without_the_hour() -> None:
    found = shows(
        "<p>The new lineup officially starts July 6th and runs as follows:</p>\n"
        "<ul><li>11:00 PM – Copper Orchard</li><li>11:30 PM – Glass Harbor Season 3</li>"
        "<li>12:00 AM – Lantern Girls</li></ul>",
        title="Toonami Shifts Its July Schedule",
    )
    assert sorted(f.title or "" for f in found) == [
        "Copper Orchard",
        "Glass Harbor Season 3",
        "Lantern Girls",
    ]


def test_an_entry_s_field_lines_are_no_shows() -> None:
    assert not is_show_heading("Status: Dropped")
    assert not is_show_heading("Contributors: Aki, Rei")
    assert not is_show_heading("Premiered: Fall 2017")


def test_a_known_studio_the_show_comes_from() -> None:
    facts = one(
        "Frieren's Journey Season 2 lands January 16 from Madhouse, promising more adventures.",
        title="Frieren's Journey Season 2 Premieres January 16",
    )
    assert facts.studios == ("Madhouse",)


def test_a_review_heading_s_episode_and_its_title_are_cut() -> None:
    assert without_occasion("Deai Lantern Recipe - E1 - Nagomu and Itsuka") == (
        "Deai Lantern Recipe"
    )
    assert without_occasion("Re:Lantern - Starting Life") == "Re:Lantern - Starting Life"


def test_the_body_s_final_season_name_of_the_anime() -> None:
    facts = one(
        "On Monday NHK announced that the 14th episode of the Glass Titan The Final Season"
        " anime, which was preempted by news coverage, has been moved to next week.",
        title="Glass Titan's Quake-Delayed Episode 73 Rescheduled to Next Week",
    )
    assert facts.title == "Glass Titan The Final Season"

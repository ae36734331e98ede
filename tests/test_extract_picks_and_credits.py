"""Forms met in fresh real articles: writers' picks and stacked other names as entry
headings, people after a top list's dash, counted lists of shows in prose, a film that
the body names beside its series, credits given as "credited with directing", casts
announced as lists or as "voice talent", and hard-wrapped plain text."""

from __future__ import annotations

from extract_helpers import one, shows

from pipeline.extract.candidate_filters import is_generic
from pipeline.extract.headline_kind import lists_shows
from pipeline.extract.text import to_document


def test_a_writer_s_pick_heading_names_the_show_after_the_label() -> None:
    found = shows(
        "<p>The new season has started, and here is what our writers are waiting for.</p>"
        "<h2>Toshi’s Pick: Lantern Tide</h2><p>Lantern Tide is a quiet story about a"
        " lighthouse keeper and the town she looks after.</p>"
        "<h2>Kat’s Pick: Paper Moon Academy</h2><p>Paper Moon Academy follows a school"
        " club that builds kites and enters them in contests.</p>",
        title="Our Writers' Most Anticipated Anime of the Season",
    )
    assert [f.title for f in found] == ["Lantern Tide", "Paper Moon Academy"]


def test_people_after_a_top_list_s_dash_are_its_directors_not_its_title() -> None:
    facts = one(
        "The year's films were many, and these are the best of them.\n"
        "10. Harbor Lights – Aki Mori, Jun Hara, Ken Sato\n"
        '"Harbor Lights" is an anthology of three stories set in three port cities. Under'
        " the joint direction of Aki Mori, Jun Hara and Ken Sato, it tells each story with"
        " its own colours.",
        title="Best Anime Films of the Year",
    )
    assert facts.title == "Harbor Lights"
    assert facts.director == ("Aki Mori", "Jun Hara", "Ken Sato")


def test_two_stacked_headings_that_share_a_first_word_are_one_show_s_names() -> None:
    found = shows(
        "Will I find a new favourite? Here is what I look forward to this season.\n\n"
        "So let's get to the list of what makes my heart beat faster.\n\n"
        "Kaze no Tani wa Tooi: Hoshi no Sho (KazeTani)\n\n"
        "Kaze no Valley is Far: Star Chapter\n\n"
        "I'm not going to save the best for last: this is my most anticipated show of the"
        " season, and I have waited two years for the sequel.",
        title="Will I find love? Anticipating Fall 2017.",
    )
    assert len(found) == 1
    assert found[0].title == "Kaze no Tani wa Tooi: Hoshi no Sho"
    assert "Kaze no Valley is Far: Star Chapter" in found[0].alt_titles


def test_a_counted_list_of_shows_after_a_colon_names_each_show() -> None:
    found = shows(
        "Most anime is split into seasons of about three months.\n\n"
        "As for new airing series, there are two interesting shows: Lantern Tide and"
        " Paper Moon Academy (Kami no Tsuki Gakuen).\n\n"
        "Lantern Tide is one of the biggest comedy manga of the year. Paper Moon Academy"
        " follows a school club that builds kites.",
        title="Spring 2022",
    )
    assert {f.title for f in found} >= {"Lantern Tide", "Paper Moon Academy"}


def test_a_film_the_body_names_beside_its_series_is_the_show() -> None:
    facts = one(
        "On Sunday, the studio started streaming a second video for Lantern Tide: Night"
        " Harbor, the upcoming sequel anime film to the Lantern Tide television anime"
        " series. The film will open in 2020.\n\nAki Mori is once again directing the film"
        " at ufotable.",
        title="Lantern Tide Anime Film Reveals Teaser Video, 2020 Debut",
        published="2019-10-20",
    )
    assert facts.title == "Lantern Tide: Night Harbor"
    assert facts.studios == ("ufotable",)


def test_a_surname_credited_with_directing_and_the_original_story_is_named_in_full() -> None:
    facts = one(
        "Makoto Arai's latest film, Harbor Lights (in English, Lights of the Harbor), has"
        " a new trailer.\n\nArai is credited with directing the film as well as writing the"
        " original story.",
        title="Harbor Lights Gets Trailer and Key Art",
        published="2022-08-01",
    )
    assert facts.director == ("Makoto Arai",)
    assert facts.original_creator == ("Makoto Arai",)
    assert "Lights of the Harbor" in facts.alt_titles


def test_a_voice_talent_list_gives_actors_without_characters() -> None:
    facts = one(
        "'Harbor Lights' is a coming-of-age drama anime film. The Japanese voice talent"
        " includes Aki Mori, Jun Hara, Ken Sato, and Mika Arai.",
        title="Anime Film 'Harbor Lights' Is Coming To North America",
    )
    assert [(m.actor, m.character) for m in facts.cast] == [
        ("Aki Mori", None),
        ("Jun Hara", None),
        ("Ken Sato", None),
        ("Mika Arai", None),
    ]


def test_a_cast_list_of_actor_is_character_lines_pairs_them() -> None:
    facts = one(
        "<p>The cast has been announced for the upcoming Lantern Tide anime:</p>"
        "<ul><li>Aki Mori is Nadia Sol</li><li>Machico is Tora</li></ul>"
        "<p>Lantern Tide will debut in April 2018.</p>",
        title="Cast Announcement for the Lantern Tide Anime",
    )
    assert [(m.actor, m.character) for m in facts.cast] == [
        ("Aki Mori", "Nadia Sol"),
        ("Machico", "Tora"),
    ]


def test_reprised_roles_given_respectively_pair_in_order() -> None:
    facts = one(
        "Lantern Tide Season 2 has been announced. Aki Mori, Jun Hara, and Ken Sato will"
        " reprise their roles as Nadia, Tora, and Ren respectively. Mika Arai will also"
        " join the main cast as Gen Sol in Lantern Tide Season 2.",
        title="Lantern Tide Season 2 Announced",
    )
    assert [(m.actor, m.character) for m in facts.cast] == [
        ("Aki Mori", "Nadia"),
        ("Jun Hara", "Tora"),
        ("Ken Sato", "Ren"),
        ("Mika Arai", "Gen Sol"),
    ]


def test_a_place_before_as_is_no_actor() -> None:
    facts = one(
        "Lantern Tide returns as a new anime. Aki Mori stars as Nadia Sol. In the '90s, a"
        " publisher licensed the manga in North America as Tide Lanterns but dropped it.",
        title="Lantern Tide Returns with a New Anime Series",
    )
    assert [m.actor for m in facts.cast] == ["Aki Mori"]


def test_a_date_is_no_theme_singer() -> None:
    facts = one(
        "On Thursday, December 15, 2023, the website of the Lantern Tide anime revealed its"
        " ending theme song along with the artist singing it. The ending theme song is"
        ' titled "Good Luck Sail," performed by Halca.',
        title="Lantern Tide anime unveils new PV",
    )
    assert [(t.title, t.artist) for t in facts.themes] == [("Good Luck Sail", "Halca")]


def test_hard_wrapped_plain_text_joins_back_into_paragraphs() -> None:
    text = (
        "Aki Mori and Jun Hara have also been confirmed to voice the lead characters. The\n\n"
        "19-year-old Mori, best known as Ren in Paper Moon and Sol in Blue Hour, plays\n\n"
        "Nadia Sol, who is friendly and loves to eat. The 25-year-old Hara, meanwhile, whose\n\n"
        "well-known roles include Kanon in Slow Rain, voices the other lead, Tora, who\n\n"
        "loves camping and gives Nadia a reason to take an interest in camping."
    )
    blocks = to_document(text).blocks
    assert len(blocks) == 1
    facts = one(text, title='TV Anime "Lantern Tide" Reveals Two Main Voice Cast')
    assert [(m.actor, m.character) for m in facts.cast] == [
        ("Aki Mori", "Nadia Sol"),
        ("Jun Hara", "Tora"),
    ]


def test_plain_lines_that_end_on_a_word_a_sentence_may_end_on_are_not_joined() -> None:
    text = (
        "Here are the shows that will fill my seasonal anime schedule\n\n"
        "Lantern Tide\n\n"
        "This was the easiest pick, since the first season was so good and I missed it\n\n"
        "Paper Moon Academy\n\n"
        "Of all the trailers I have watched this season this one made me laugh the most\n\n"
        "Blue Hour"
    )
    assert [b.text for b in to_document(text).blocks][1::2] == [
        "Lantern Tide",
        "Paper Moon Academy",
        "Blue Hour",
    ]


def test_a_staff_table_s_rows_credit_each_role_and_drop_other_works() -> None:
    facts = one(
        "A teaser for the original anime Lantern Tide was revealed on Sunday.\n\n"
        "Position | Staff | Other Works\n"
        "Director, Original Story | Aki Mori | Blue Hour, Paper Moon\n"
        "Series Composition | Jun Hara | Slow Rain\n"
        "Music | Ken Sato | Tin Whistle\n"
        "Animation Production | MAPPA | Blue Hour",
        title="Lantern Tide Teaser Shows Delinquents and Magic",
    )
    assert facts.director == ("Aki Mori",)
    assert facts.original_creator == ("Aki Mori",)
    assert facts.series_composition == ("Jun Hara",)
    assert facts.music == ("Ken Sato",)
    assert facts.studios == ("MAPPA",)


def test_an_html_table_row_of_name_role_and_works_credits_the_name() -> None:
    facts = one(
        "<p>Lantern Tide is an original anime premiering in April.</p><table>"
        "<tr><td>Aki Mori</td><td>Director</td><td>Blue Hour (Live Action)</td></tr>"
        "<tr><td>Jun Hara</td><td>Character Design</td><td>Paper Moon</td></tr></table>",
        title="Original Anime Lantern Tide Premieres in April",
    )
    assert facts.director == ("Aki Mori",)
    assert facts.character_design == ("Jun Hara",)


def test_a_line_of_labels_is_no_table_row() -> None:
    facts = one(
        "<p>Lantern Tide is a new anime.</p><p>Studio: Doga Kobo Source: Original</p>",
        title="Lantern Tide Anime Announced",
    )
    assert facts.studios == ("Doga Kobo",)


def test_genre_tags_glued_after_a_heading_s_show_go_to_its_genres() -> None:
    found = shows(
        "Spring is here, and these are the shows I am watching.\n\n"
        "Lantern Tide Comedy, Drama, Fantasy, Romance\n\n"
        "Lantern Tide is a quiet story about a lighthouse keeper and her town, and its first"
        " episode was lovely.\n\n"
        "Paper Moon Academy Action, Demons, Fantasy, Supernatural\n\n"
        "Paper Moon Academy follows a school club that builds kites, and the anime looks"
        " great.",
        title="Spring 2019: What Am I Watching?",
    )
    assert [(f.title, f.genres) for f in found] == [
        ("Lantern Tide", ("comedy", "drama", "fantasy", "romance")),
        ("Paper Moon Academy", ("action", "fantasy", "supernatural")),
    ]


def test_a_season_aside_in_words_numbers_the_show_and_keeps_its_subtitle() -> None:
    found = shows(
        "Let's look back at the shows that came back this winter.\n\n"
        "Lantern Tide: Harbor Wars (Season Two)\n\n"
        "Lantern Tide is a smart show, and in its second season the town goes to war with"
        " the harbor.",
        title="ANIME REVIEW | Winter 2021 Returning Series",
    )
    assert [f.title for f in found] == ["Lantern Tide: Harbor Wars Season 2"]
    assert "Lantern Tide: Harbor Wars" in found[0].alt_titles


def test_a_movie_titled_in_the_body_is_the_headline_s_movie() -> None:
    facts = one(
        "The Lantern Tide movie is set to hit theaters on February 17, 2023. Titled Lantern"
        " Tide: Graduation, the movie will come out together with a short film.",
        title="Lantern Tide movie release date revealed",
        published="2022-10-07",
    )
    assert facts.title == "Lantern Tide: Graduation"


def test_scripts_in_someone_s_charge_and_a_video_director_are_read_apart() -> None:
    facts = one(
        "Lantern Tide Season 2 premiered its first trailer. Aki Mori is directing the anime,"
        " Jun Hara is back in charge of the series scripts, and Ken Sato is the video"
        " director.",
        title="Lantern Tide Season 2 Streams Full Trailer",
    )
    assert facts.director == ("Aki Mori",)
    assert facts.series_composition == ("Jun Hara",)


def test_a_singer_who_comes_back_is_named_without_the_verb() -> None:
    facts = one(
        "Lantern Tide Season 2 premieres in January. Mika Arai comes back from the first"
        ' season to perform the opening theme song "Seize the Tide".',
        title="Lantern Tide Season 2 Reveals Opening",
    )
    assert [(t.title, t.artist) for t in facts.themes] == [("Seize the Tide", "Mika Arai")]


def test_shows_the_writer_has_not_caught_up_on_are_not_the_season_s() -> None:
    found = shows(
        "The season is packed. I'm also treating it as a chance to watch some classics I"
        " still haven't caught up on, namely Blue Hour, Paper Moon, and Slow Rain.",
        title="Fall 2012 Anime Preview",
    )
    assert not {f.title for f in found} & {"Blue Hour", "Paper Moon", "Slow Rain"}


def test_returning_series_and_a_look_into_a_season_list_shows() -> None:
    assert lists_shows("ANIME REVIEW | Winter 2021 Returning Series")
    assert lists_shows("Hilariously Late Look into Fall 2012: What's on the Table?")
    assert lists_shows("Will I find love? Anticipating Fall 2017.")
    assert not lists_shows("Lantern Tide Returns in Fall 2012")


def test_a_partnership_s_content_is_no_title() -> None:
    assert is_generic("Original Anime Content")


def test_a_cast_table_s_text_rows_pair_characters_and_actors() -> None:
    facts = one(
        "Lantern Tide premieres on April 1.\n\n"
        "Below is the full list of cast members announced so far:\n\n"
        "Character | Voice Artist | Other Works\n"
        "Nadia Sol | Aki Mori | Ren (Paper Moon: Second Tide)\n"
        "Tora | Jun Hara | Kite (Blue Hour)",
        title="Lantern Tide Reveals 2nd PV, April 1 Premiere",
    )
    assert [(m.actor, m.character) for m in facts.cast] == [
        ("Aki Mori", "Nadia Sol"),
        ("Jun Hara", "Tora"),
    ]


def test_a_breadcrumb_and_a_dishonorable_mention_head_no_show() -> None:
    found = shows(
        "<h2>GINX TV > Opinion > TV</h2><p>Here are the best new shows of the spring.</p>"
        "<h2>Dishonorable Mention</h2><p>I gave Blue Hour's first episodes a fair review,"
        " but it fell apart.</p><h2>1. Lantern Tide</h2><p>Lantern Tide is a quiet story"
        " about a lighthouse keeper, and the anime is lovely.</p>",
        title="The 5 Best Anime Premieres of Spring 2025, Ranked",
    )
    assert [f.title for f in found] == ["Lantern Tide"]


def test_a_market_s_release_after_the_title_is_not_part_of_it() -> None:
    facts = one(
        "Lantern Tide, the film adaptation of the manga, is coming to North American"
        " theaters. Lantern Tide premiered in June.",
        title="Anime film Lantern Tide North American release date",
    )
    assert facts.title == "Lantern Tide"


def test_a_season_s_tv_anime_in_a_headline_is_no_list() -> None:
    assert not lists_shows("Rock Band Drops Winter 2023 TV Anime Lantern Tide Opening Theme MV")
    assert lists_shows("Fall 2017 Seasonal Anime Chart GIFs")


def test_the_anime_s_sequel_project_named_in_the_body_is_the_show() -> None:
    facts = one(
        "The account posted a teaser about Lantern Tide Revenge, the anime's sequel project,"
        " set for January 1. The Lantern Tide anime premiered in October 2018.",
        title="Actor Teases Lantern Tide Sequel Info on January 1",
        published="2020-12-28",
    )
    assert facts.title == "Lantern Tide Revenge"


def test_an_english_title_the_series_goes_by_is_another_name_and_no_director() -> None:
    facts = one(
        "Aki Mori's Gin no Kaze is getting a TV anime adaptation. Jun Hara will direct the"
        " anime. Scripting will be handled by Ken Sato. The series goes by the English title"
        " Silver Wind, a direct translation of its Japanese title.",
        title="Gin no Kaze TV Anime Airs in July",
    )
    assert facts.director == ("Jun Hara",)
    assert facts.series_composition == ("Ken Sato",)
    assert "Silver Wind" in facts.alt_titles


def test_an_actor_s_earlier_roles_before_taking_on_a_role_are_cut() -> None:
    facts = one(
        "Lantern Tide is a new anime. Aki Mori, who voiced Ren in Paper Moon, Kite in Blue"
        " Hour, and Sol in Slow Rain, will take on the role of Nadia.",
        title="Lantern Tide Anime Adaptation Announced",
    )
    assert [(m.actor, m.character) for m in facts.cast] == [("Aki Mori", "Nadia")]


def test_a_list_item_s_short_note_does_not_end_the_list() -> None:
    found = shows(
        "On paper, the strength of the season is sequels. Shows like Lantern Tide, Paper"
        " Moon 2 (its second season) and Blue Hour 2 (also a second season) are safe bets.",
        title="Spring 2017 Season Preview",
    )
    assert {"Paper Moon 2", "Blue Hour 2"} <= {f.title for f in found}


def test_titles_with_a_dash_glued_on_lead_their_paragraphs() -> None:
    found = shows(
        "A fresh anime season climbs into view and hands us plenty of new shows.\n\n"
        "Lantern Tide- In the era of the black ships, idols became wild rock stars and the"
        " show leans into it.\n\n"
        "Paper Moon Academy- Last year's much loved club is back, just as silly as before"
        " and twice as loud.",
        title="First Impressions: Summer 2014 Anime Season",
    )
    assert [f.title for f in found] == ["Lantern Tide", "Paper Moon Academy"]


def test_the_first_line_of_a_list_its_paragraph_announces_is_an_item() -> None:
    found = shows(
        "I've waited for this season a long while. To start, these are the series that"
        " will be continuing this summer:\n\n"
        "Lantern Tide\nPaper Moon Academy\nBlue Hour Rangers\n\n"
        "That's three shows already.",
        title="2016 Summer Anime Preview",
    )
    assert [f.title for f in found] == ["Lantern Tide", "Paper Moon Academy", "Blue Hour Rangers"]


def test_an_episode_count_headline_and_the_adaptation_s_year_are_no_part_of_the_title() -> None:
    facts = one(
        "A distributor has revealed how many episodes the 2019 anime adaptation of Aki Mori's"
        " Lantern series will have. The anime series will air 24 episodes. Lantern's official"
        " account announced a new opening.",
        title="Total Episode Count for Lantern 2019 Anime Adaptation Revealed",
        published="2019-03-30",
    )
    assert facts.title == "Lantern"


def test_a_film_s_subtitle_after_film_words_and_a_part_s_tilde_name_are_the_title() -> None:
    film = one(
        "The upcoming anime film of Lantern Tide, Lantern Tide: Harbor Paradise, has released"
        " its main trailer. On Sunday, the anime movie Lantern Tide: Harbor Paradise revealed"
        " its key visual.",
        title="Lantern Tide anime movie unveils main trailer and key visual",
        published="2025-07-27",
    )
    assert film.title == "Lantern Tide: Harbor Paradise"
    part = one(
        "The upcoming Lantern Tide ~High School Days~ ONA series has released a main PV. The"
        " first Lantern Tide episode streams on July 12.",
        title="Lantern Tide ONA Releases Main PV Trailer",
        published="2023-06-23",
    )
    assert part.title == "Lantern Tide ~High School Days~"


def test_shows_the_writer_liked_last_season_are_not_previewed() -> None:
    found = shows(
        "<p>Fall looks fantastic. Summer surprised me too: naturally I also liked shows such"
        " as Blue Hour, Paper Moon, Slow Rain, etc. I'll miss every one of them.</p>"
        "<h3>Lantern Tide Part 2</h3><p>Lantern Tide returns for its second part.</p>",
        title="My Fall 2022 Preview",
    )
    assert [f.title for f in found] == ["Lantern Tide Part 2"]


def test_staff_lines_and_staff_roles_after_as_are_no_cast() -> None:
    facts = one(
        "Lantern Tide: The Movie opens in January.\n"
        "– Director: Aki Mori\n"
        "– Monitor Works: Jun Hara, Ken Sato\n"
        "– Music: Mika Arai\n\n"
        "Rin Ito will return as the scriptwriter, while Sora Abe will join Kei as character"
        " designer. Yumi Kawai and Mizuki Tada head the cast as the two main leads, Nadia and"
        " Tora respectively.",
        title="Lantern Tide: The Movie Reveals Staff",
    )
    assert [(m.actor, m.character) for m in facts.cast] == [
        ("Yumi Kawai", "Nadia"),
        ("Mizuki Tada", "Tora"),
    ]


def test_a_headline_s_lower_case_title_the_body_repeats_is_the_title() -> None:
    facts = one(
        "On Monday, the website of the anime adapted from Aki Mori's March comes in like a"
        " lion manga shared details on its second season. The first March comes in like a"
        " lion series debuted last October. March comes in like a lion ran 22 episodes.",
        title="March comes in like a lion Anime's 2nd Season Reveals October 14 Premiere,"
        " Visual, 22 Episode Count",
        published="2017-08-21",
    )
    assert facts.title == "March comes in like a lion Season 2"


def test_preview_headlines_of_what_i_watch_and_favourites_list_shows() -> None:
    assert lists_shows("Anime Spring 2019 Season: What I'll be watching")
    assert lists_shows("My favourite anime from Fall 2020")


def test_a_studio_s_name_alone_under_a_show_heading_is_no_show() -> None:
    found = shows(
        "<h2>Lantern Tide</h2><h2>Tezuka Productions</h2><p>The show, based on the light"
        " novel series of the same name, follows two girls through their school days.</p>",
        title="My favourite anime from Fall 2020",
    )
    assert [f.title for f in found] == ["Lantern Tide"]


def test_a_heading_s_misspelt_title_takes_the_body_s_spelling() -> None:
    found = shows(
        "<p>The fall season is shifting back into top gear.</p>"
        "<h2>Lantern Harbour Tide, Top 5 Upcoming Fall 2020 Anime You Need to Watch</h2>"
        "<p>Whenever a hit manga gets an adaptation it's a big event, and Lantern Harbor"
        " Tide is no different. Lantern Harbor Tide follows a keeper of the light.</p>",
        title="Top 7 Upcoming Fall 2020 Anime You Need to Have on Your Radar",
    )
    assert [f.title for f in found] == ["Lantern Harbor Tide"]
    assert "Lantern Harbour Tide" in found[0].alt_titles


def test_cast_members_a_film_includes_are_no_shows() -> None:
    found = shows(
        "<p>The staff for the upcoming Lantern Tide anime film revealed more cast.</p>"
        "<p>The newly announced cast members for the Lantern Tide anime films include Yuki"
        " Sato, Aki Mori, Jun Hara, and Ken Ono.</p>",
        title="Lantern Tide anime film adds four cast members",
        published="2024-02-02",
    )
    assert [f.title for f in found] == ["Lantern Tide"]


def test_field_lines_and_a_must_watch_list_head_no_show() -> None:
    found = shows(
        "<h2>Winter 2018 Anime Must Watch List</h2><p>These are the shows to watch.</p>"
        "<h3>Lantern Tide Season 2</h3><h4>Type: Sequel/OVA</h4><p>The keepers return for"
        " a second season of quiet stories.</p><h4>Genre(s): Mystery, Supernatural</h4>"
        "<p>It stays as strange as before.</p>",
        title="Summer 2017 Sequel Guide",
    )
    assert [f.title for f in found] == ["Lantern Tide Season 2"]


def test_a_picture_s_caption_glued_before_a_ranked_line_goes() -> None:
    found = shows(
        "We listed the results in reverse order with nice, big pictures.\n\n"
        "Lantern Tide20. Lantern Tide (July 10)\n"
        "Paper Moon19. Paper Moon (July 1)\n"
        "Blue Hour Rangers18. Blue Hour Rangers (July 6)",
        title="Kadokawa Reveals Japanese Fans' Most Anticipated Summer '18 Anime",
        published="2018-06-20",
    )
    assert [f.title for f in found] == ["Lantern Tide", "Paper Moon", "Blue Hour Rangers"]


def test_a_picture_s_path_and_a_premiering_heading_head_no_show() -> None:
    found = shows(
        "<p>/cdn.example.com/uploads/image/65162399/fall_reviews_2019.0.jpg)</p>"
        "<p>The fall season is packed with major titles.</p>"
        "<h3>Lantern Tide (season 4)</h3><p>Lantern Tide season 4 came around quickly.</p>"
        "<h3>Premiering in October</h3><p>Paper Moon Academy, now in its fourth season, is"
        " about a kite club.</p>",
        title="Fall 2019 anime season preview: Lantern Tide, Paper Moon Academy",
        published="2019-09-03",
    )
    assert all(f.title and "Premiering" not in f.title and "/" not in f.title for f in found)

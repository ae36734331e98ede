"""Credits, titles and page furniture in forms met in fresh articles: a crew listed across
one sentence, a film named only in the body, a comment thread under the text."""

from __future__ import annotations

from extract_helpers import one, shows


def test_a_reunited_crew_sentence_credits_each_role_and_the_film_is_the_novel_adapted() -> None:
    facts = one(
        "For a while we have heard that Studio Kanna, led by Daigo Sorimachi (Orbit Lane,"
        " Paper Tide), was at work on a new film.\n\n"
        "Sorimachi and the team behind the 2012 series Lantern Hall have come back for an"
        " adaptation of the novel Hoshi wa Tooku Utau Shōjo by Lantern Hall author Keiko"
        " Mabuchi.\n\n"
        "The whole Lantern Hall crew is back: Sorimachi directs, the film will be penned by"
        " Akane Ishida, and Ryo Tabata will design the characters.\n\n"
        "We are big Daigo Sorimachi fans here, and the film debuts April 7 in Japan.",
        title="Daigo Sorimachi, Lantern Hall Staff Reunite For Theatrical Film",
    )
    assert facts.title == "Hoshi wa Tooku Utau Shōjo"
    assert facts.director == ("Daigo Sorimachi",)
    assert facts.series_composition == ("Akane Ishida",)
    assert facts.character_design == ("Ryo Tabata",)


def test_a_name_listed_after_another_credit_starts_its_own_clause() -> None:
    facts = one(
        "Due to premiere on October 2, Kirameki! Hoshimori is the first series from studio"
        " Tenku.\n\n"
        "Kenta Oyama directs the series, working from scripts written by Mio Harada, and"
        " Sora Kudo designs the characters.",
        title="Kirameki! Hoshimori Reveals Second Promotional Video",
    )
    assert facts.series_composition == ("Mio Harada",)
    assert facts.character_design == ("Sora Kudo",)


def test_a_month_before_the_word_anime_is_no_title() -> None:
    facts = one(
        "Kirameki! Hoshimori key visual\n\n"
        "A baker is summoned to another world and opens a tea house. It is the premise of"
        " the upcoming Fall TV anime, Kirameki! Hoshimori.\n\n"
        "It premieres on October 2.",
        title="October Anime Kirameki! Hoshimori Reveals Second Promotional Video",
    )
    assert facts.title == "Kirameki! Hoshimori"


def test_a_family_name_written_first_after_a_role_is_a_person_not_the_title() -> None:
    facts = one(
        "Mind Walk director Sorimachi Daigo has taken charge of a new anime adaptation of"
        " Paper Tide writer Mabuchi Keiko's much-loved sports story Table Tennis Boys.\n\n"
        "And in Sorimachi, Mabuchi's writing meets an ideal partner. Table Tennis Boys will"
        " air on Fuji TV.",
        title="Watch The First Trailer For Sorimachi's TABLE TENNIS BOYS",
    )
    assert facts.title == "Table Tennis Boys"


def test_a_byline_with_its_handle_and_a_comment_thread_are_no_shows() -> None:
    found = shows(
        "Founder and Editor; Osaka, Japan (@LanternTodd)\n\n"
        "Mind Walk director Sorimachi Daigo has taken charge of Table Tennis Boys, a new"
        " anime of the sports manga. Table Tennis Boys will air on Fuji TV in April.\n\n"
        "Silent HarukaMarch 24, 2031 6:31 PM\n\n"
        "He is my favourite director, so my heart races.\n\n"
        "Todd KimuraMarch 24, 2031 11:13 PM\n\n"
        "This one will be a full series.",
        title="Watch The First Trailer For TABLE TENNIS BOYS",
    )
    assert [s.title for s in found] == ["Table Tennis Boys"]


def test_a_song_headline_names_the_show_whose_theme_is_sung() -> None:
    facts = one(
        "The Kagehana television anime series has the band mono.LEAF singing its opening"
        ' theme song "Yumegatari", and Rina Okubo is writing the anime\'s soundtrack.\n\n'
        "The anime is based on Jun Hattori's Kagehana manga.",
        title="Rock Band mono.LEAF Performs Kagehana Anime's Theme",
    )
    assert facts.title == "Kagehana"


def test_a_source_work_named_by_its_author_is_titled_without_the_author() -> None:
    facts = one(
        "The studio will adapt the manga Kumo no Ito by Paper Tide author Keiko Mabuchi."
        " Kumo no Ito will air in 2031.",
        title="Studio Kanna's Next Project Announced",
    )
    assert facts.title == "Kumo no Ito"


def test_a_japanese_title_given_with_the_film_is_its_other_name() -> None:
    facts = one(
        "Animator Sorimachi Daigo announced that his new film, called The Lantern Garden,"
        " will open in Japanese theaters in 2031.\n\n"
        "With the Japanese title Tōrō no Niwa, the film tells a quiet love story.",
        title="Sorimachi Daigo's LANTERN GARDEN Arrives In 2031",
    )
    assert facts.title == "The Lantern Garden"
    assert facts.alt_titles == ("Tōrō no Niwa",)


def test_a_classic_films_headline_names_no_show_called_classic() -> None:
    found = shows(
        "Kagami Media plans to release several classic anime features, including two"
        " 1970s films, with an English dub track.",
        title="New Company to Release Classic Anime Movies",
    )
    assert "Classic" not in [s.title for s in found]


def test_a_picks_post_keeps_its_heading_over_what_its_about_labels() -> None:
    found = shows(
        "New year, new season. Here are the picks:\n\n"
        "Starfall Express Next Stage\n\n"
        "What It's About: In the far future, songs are banned on several planets, and a"
        " troupe of singers travels between them.\n\n"
        "The story follows girls from planets where singing is allowed and planets where it"
        " is not.\n\n"
        "Why It's Interesting: It could have been one more idol show, but its world is bold.",
        title="Winter Anime 2031 Picks",
    )
    assert [(s.title, s.season) for s in found] == [("Starfall Express Next Stage", "Winter 2031")]


def test_a_headline_s_brand_new_trailer_and_role_for_an_actor_are_no_part_of_the_title() -> None:
    trailer = one(
        "Hoshizora, a brand new original anime, is in production at studio Tenku. The"
        " series will run 12 episodes.",
        title="Hoshizora Brand New Trailer Revealed for New Anime",
    )
    role = one(
        "Kiiro announced today that he has landed a part in the anime of Jun Hattori's"
        " Tori no Sora, a basketball manga. The anime airs in fall 2031.",
        title="Tori no Sora Role for Kiiro",
    )
    assert (trailer.title, role.title) == ("Hoshizora", "Tori no Sora")


def test_a_band_to_sing_the_op_of_a_show_s_second_season_names_that_season() -> None:
    facts = one(
        "The duo announced that they will perform Luminize, the opening theme for the next"
        " season of Star Card Battlers, which airs from April 11, 2031 on TV Aichi.",
        title="Duo to sing OP of Star Card Battlers’s 2nd Season",
    )
    assert facts.title == "Star Card Battlers Season 2"


def test_a_season_written_in_words_before_its_show_numbers_the_show() -> None:
    facts = one(
        "Toei Animation put off the season three finale of the Border Guard anime series."
        " The episode had been set for 1:30 a.m. on January 16, 2031.",
        title="Border Guard Season Finale Postponed Amid Storm Warnings",
    )
    assert facts.title == "Border Guard Season 3"


def test_a_prefecture_is_no_title() -> None:
    facts = one(
        "Ikuko Ito is the animator at Studio Kumo.\n\n"
        'Under its project "Kagaprise!," Kaga Prefecture has chosen to make a very short'
        " animation to show off the many foods the prefecture takes pride in.\n\n"
        "The project was started to back farmers and restaurants in Kaga Prefecture.",
        title="Ken Sato Voices The Lead in Twitter Anime to Promote Kaga Prefecture's Foods",
    )
    assert facts.title != "Kaga Prefecture"


def test_the_page_s_copy_of_a_title_colon_tagline_headline_does_not_lengthen_the_title() -> None:
    facts = one(
        "On Saturday, the distributor announced that Wall of Giants will be coming to the"
        " late-night block.\n\n"
        "The anime hit makes its cable debut on May 3.\n\n"
        "wall of giants 600x375 Wall of Giants: Anime Hit Heads to Late Night\n\n"
        "Based on the manga, Wall of Giants took the world by storm.",
        title="Wall of Giants: Anime Hit Heads to Late Night",
    )
    assert facts.title == "Wall of Giants"


def test_a_descriptor_before_the_source_word_leaves_the_title_the_body_writes() -> None:
    facts = one(
        'Rin Aoki\'s "alternate-world reform fantasy" novel series Tsuki no Michi (Moonway'
        " -Lunar Road- or literally, Road Guided by the Moon) is getting a television anime,"
        " which will premiere next year on Tokyo MX.",
        title="Moonway -Lunar Road- Isekai Social Reform Novel Gets TV Anime",
    )
    assert facts.title == "Moonway -Lunar Road-"


def test_a_headline_s_director_of_another_show_with_its_mark_is_neither_title_nor_person() -> None:
    facts = one(
        "Cinemas got the 28th Kite Boy movie this weekend, with Star Live! director Taro"
        " Kyogoku in charge. The film, called Kite Boy: Crash! Paper Kingdom, opened at No. 1."
        "\n\nThe Star Live! director's new film had first been set for April 24.",
        title="Star Live! Director’s Kite Boy Movie Debuts at No. 1 in Japan",
    )
    assert facts.title == "Kite Boy: Crash! Paper Kingdom"
    assert facts.director == ("Taro Kyogoku",)


def test_a_licensor_s_line_up_post_names_the_show_of_its_storyline_overview() -> None:
    found = shows(
        "With most new seasons about to start, Kagami USA has put one more title into its"
        " Fall 2031 line-up: The Starlit War, which it will simulcast from October 3rd 2031."
        "\n\nStoryline Overview for The Starlit War\n\n"
        "The story follows a boy who enrols at an academy city where students duel for"
        " honour, and a princess who needs a partner.",
        title="Kagami USA Add The Starlit War to Their Fall 2031 Line-Up",
    )
    assert [s.title for s in found] == ["The Starlit War"]


def test_a_column_s_preview_tag_and_its_dated_copy_name_one_show_without_the_date() -> None:
    found = shows(
        "Anime Preview: Mahou Gakuen (Tuesday, November 19, 2030)\n\n"
        "Set for January 2031, and based on the light novel series. A boy meets a girl who"
        " makes him a magic user.\n\n"
        "Why should you care? Ken Fukuda will be among the cast.",
        title="Anime Preview: Mahou Gakuen",
    )
    assert [(s.title, s.alt_titles) for s in found] == [("Mahou Gakuen", ())]


def test_a_panel_report_s_show_heading_sheds_its_tagline_and_actors_are_no_shows() -> None:
    found = shows(
        "The packed Tenku Industry Panel was held on July 4th at Anime Expo 2031, where fans"
        " heard about the studio's new titles.\n\n"
        "The Hidden Ronin – A New Historical Adventure TV Anime\n\n"
        "Written and illustrated by Kei Matsuda, the historical adventure anime is coming to"
        " Crunchyroll on July 6, 2031, and is directed by Yuta Okada.\n\n"
        "The Hidden Ronin is loosely based on a real historical figure, an heir on the run.\n\n"
        "Voice actors in the series who caught our eye:\n\n"
        "Ken Nakamura – known for Sora in Star Blades, Hawk in My Hero Squad, and more.\n\n"
        "Aoi Yuki – known for Mao in The Herbalist Diaries, Lumi in Star Garden, and more.",
        title="Anime Expo 2031 Tenku Industry Panel Announcements",
    )
    assert [s.title for s in found] == ["The Hidden Ronin"]


def test_a_quoted_headline_title_takes_the_name_the_body_quotes_whole() -> None:
    facts = one(
        'A new teaser was posted by the official website for "Stand By Me Kiterubot", the'
        " first 3D CG film starring the famous robot Kiterubot.",
        title="Kiterubot New Movie 2031: 'Stand By Me' To Mark End Of Franchise",
    )
    assert facts.title == "Stand By Me Kiterubot"


def test_a_licensor_that_confirms_it_licensed_a_season_names_the_season() -> None:
    facts = one(
        "Kagami Media, the North American anime distributor, said that its license for"
        " Penpals. also covers the anime's second season. On Tuesday Kagami Media had"
        " announced that it picked up Penpals. It plans to release the anime this fall.",
        title="Kagami Media Confirms It Licensed Penpals Season 2",
    )
    assert facts.title == "Penpals Season 2"


def test_a_tagline_headline_with_an_ellipsis_gives_way_to_the_adapted_title() -> None:
    facts = one(
        "The wait until this April is far shorter than I expected.\n\n"
        "You read that right: the anime adaptation of Secret Friend Z premiers this April!!!"
        "\n\nBetter still, Aki Omiya has been lined up to voice the heroine.",
        title="April Showers Bring…..THE BEST ANIME EVER",
    )
    assert facts.title == "Secret Friend Z"


def test_a_blog_s_category_archive_page_title_is_no_show() -> None:
    found = shows(
        "Film Fest 2031 Award Winners Announced\n\n"
        "The festival named the features and short films that won this year's awards.",
        title="Category Archives: Anime",
    )
    assert "Category Archives" not in [s.title for s in found]


def test_a_headline_that_drops_a_title_s_small_words_takes_the_body_s_form() -> None:
    facts = one(
        "Weekly Shounen Leap is home to many battle manga, and a few harem titles too. Now"
        " Tadashi Miura's Yuki and the Haunted Hot Springs, one of its comedy manga, is"
        " getting a TV anime adaptation.",
        title="Sexy Shounen Leap Harem Manga Yuki Haunted Hot Springs Gets TV Anime",
    )
    assert facts.title == "Yuki and the Haunted Hot Springs"


def test_a_new_project_headline_takes_the_name_the_body_gives_it() -> None:
    facts = one(
        "If the name kumoglobe rings no bell, some of its work should. Their newest project"
        " is Michi to Hana, which follows the adventures of a free-willed diva.",
        title="New kumoglobe Project",
    )
    assert facts.title == "Michi to Hana"


def test_a_country_a_station_and_the_paralympics_are_no_titles() -> None:
    film = one(
        '"Tsubame", the latest work from animator Kenji Aoyama, arrives in cinemas across'
        " China on March 24. Aoyama attended a screening in China on Sunday. China has"
        " welcomed his films before.",
        title="Kenji Aoyama's new animated film to be released in China",
    )
    shorts = one(
        "Hoping to spark interest in the Paralympic Games, NHK will air a series of animated"
        " shorts starting next month.\n\n"
        "Called Ani x Sport: Who Is Your Hero?, the 5-minute stories show para-sports.",
        title="NHK to air series of animated shorts to arouse interest in Paralympic Games",
    )
    assert (film.title, shorts.title) == ("Tsubame", "Ani x Sport: Who Is Your Hero")


def test_a_studio_headline_s_short_based_on_a_picture_book_is_no_title() -> None:
    facts = one(
        "Aoi Tori Mitsuketa! anime short debuts in spring 2031\n\n"
        "Nuvo, a new studio set up by a studio founder, is turning Itsumo Kaga's Aoi Tori"
        " Mitsuketa! picture book into a net anime that will debut in spring 2031.",
        title="Studio Founder's New Studio Makes Anime Short Based on Picture Book",
    )
    assert facts.title is not None and facts.title.startswith("Aoi Tori Mitsuketa")


def test_the_author_s_earlier_works_in_a_headline_give_way_to_the_glossed_new_film() -> None:
    facts = one(
        "If tearful romantic comedy is your passion, you cannot skip Naitemo Neko wa Warau"
        " (Crying, the Cat Still Laughs), the new anime film written by Mari Oka.\n\n"
        "The film opens on June 5, 2031.",
        title="The Author of Maquette and Anohi Returns to the Cinema on June 5: All the News"
        " on the New Film",
    )
    assert facts.title == "Naitemo Neko wa Warau"


def test_a_heading_with_a_bar_between_two_names_gives_the_second_as_another_title() -> None:
    found = shows(
        "My habit is to sample many shows at the start of a season.\n\n"
        "Grey Ash of Fantasy | Hai to Maboroshi no Grey (A-1 Pictures)\n\n"
        "A party of strangers wakes in a fantasy world with no memory of their past lives.\n\n"
        "Star Relay | Hoshi no Relay (Kagami Studio)\n\n"
        "Two runners pass a baton across the stars in this quiet sports story.",
        title="Previews: Anime Winter 2031 Opening Watchlist",
    )
    assert [(s.title, s.alt_titles, s.studios) for s in found] == [
        ("Grey Ash of Fantasy", ("Hai to Maboroshi no Grey",), ("A-1 Pictures",)),
        ("Star Relay", ("Hoshi no Relay",), ("Kagami Studio",)),
    ]


def test_a_video_tag_and_a_director_s_newest_film_named_after_a_comma() -> None:
    facts = one(
        "Kenji Aoyama's newest film, Children Who Chase the Stars (Hoshi o Ou Kodomo)"
        " premiered last Saturday and is now playing across Japan.\n\n"
        "On Saturday director Aoyama appeared at a cinema with lead actors Hisa Kanemoto and"
        " Miyu Irino.",
        title="Video: Kenji Aoyama, Hisa Kanemoto and Miyu Irino at Premiere",
    )
    assert facts.title == "Children Who Chase the Stars"


def test_a_show_that_gives_an_update_and_a_licensor_that_gets_a_show() -> None:
    update = one(
        "Kessoku has been one of the leading sports anime, and Kagami I.G launched its fourth"
        " season in January 2031. Fans now know when the English dub arrives.",
        title="Kessoku Gives Big Update on Season 4 Dub",
    )
    licensed = one(
        "New York Comic Con is under way, and Bandai has made a few big announcements. First,"
        " they have licensed Tengen Toppa Hoshi Lagann. Yes, Hoshi Lagann!",
        title="Bandai Gets Hoshi Lagann / Others",
    )
    assert (update.title, licensed.title) == ("Kessoku Season 4", "Hoshi Lagann")


def test_a_director_announcing_a_new_film_project_is_not_the_film() -> None:
    found = shows(
        "The director of The Boy and The Wolf is reuniting with Studio Kumo for his next"
        " project, due out in 2032.\n\n"
        "Anime director Mamoru Hosokawa has revealed that he will go back to directing in 2032"
        " with his next film, and Studio Kumo will animate it.",
        title="Mamoru Hosokawa Announces New Film Project",
    )
    assert "Mamoru Hosokawa" not in [s.title for s in found]


def test_a_season_picks_post_for_a_year_and_rated_headings() -> None:
    found = shows(
        "At last I've sampled the new shows airing this season.\n\n"
        "Tomodachi ga Inai episode 1: 8/10\n\n"
        "I went in with doubts, and every one of them was blown away. The pacing worked and"
        " it made me laugh.\n\n"
        "Bento Wars: 5/10\n\n"
        "A fight over discount lunch boxes, and sillier than it sounds, with decent action.\n\n"
        "Guilty Tower: 7/10\n\n"
        "Gorgeous to look at, though the hero is a bit of a wet blanket so far.",
        title="Winter Season Picks For 2031",
    )
    assert [(s.title, s.season) for s in found] == [
        ("Tomodachi ga Inai", "Winter 2031"),
        ("Bento Wars", "Winter 2031"),
        ("Guilty Tower", "Winter 2031"),
    ]


def test_a_new_series_headline_takes_the_name_the_body_says_it_is_titled() -> None:
    facts = one(
        "A new anime series, tentatively titled Kasshan, was announced at the anime fair"
        " today. Madcap will produce the show, and broadcast is planned for the fall.",
        title="New Kasshan Series from Madcap",
    )
    assert facts.title == "Kasshan"


def test_a_show_that_stays_on_a_station_and_a_misspelt_sequel_headline() -> None:
    stays = one(
        "The popular anime 'Kiterubot' can be seen again on GMA from tomorrow, with its"
        " films shown every weekday.",
        title="Kiterubot Stays on GMA",
    )
    sequel = one(
        "Fuji TV launched its late-night block in 2005 and aired Ayashi ~Classic Horror~ in"
        " 2006. Its new series, Monokami, will run 12 episodes in the same block.",
        title="Monokami - Sequal to Ayashi ~Classic Horror~ Announced",
    )
    assert (stays.title, sequel.title) == ("Kiterubot", "Monokami")


def test_a_season_s_first_impression_post_with_dashed_colon_lines_lists_its_shows() -> None:
    found = shows(
        "You get one bundled first impression post. Shall we begin?\n\n"
        "- Dragon Trial : I have no idea why I start with this one, since it has been quite"
        " unimpressive so far.\n\n"
        "- Magical Girl Hikari : I was ready to drop it after the first episode, but the"
        " third changed my mind.\n\n"
        "- Level Z : Something I had not planned to watch; I am curious where it goes.",
        title="Winter Season 2031, 1st impression post",
    )
    assert [(s.title, s.season) for s in found] == [
        ("Dragon Trial", "Winter 2031"),
        ("Magical Girl Hikari", "Winter 2031"),
        ("Level Z", "Winter 2031"),
    ]


def test_the_role_an_actor_takes_is_no_title() -> None:
    found = shows(
        'Ai Hirano has said she will take the role of "Kiri" in Jewelbox, the new anime built'
        " to sell a line of toys. The series is planned for 52 episodes, beginning Sunday,"
        " April 5, 2031.",
        title="New Cast Member Announced",
    )
    assert "Kiri" not in [s.title for s in found]

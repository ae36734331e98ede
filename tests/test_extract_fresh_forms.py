"""Forms met in fresh real articles: a quoted title made of common words, a single show's
article cut by headings that each name it, credits and songs in the words outlets use,
and dates that belong to a later episode."""

from __future__ import annotations

from extract_helpers import one, shows

from pipeline.extract.show_headings import is_show_heading


def test_a_quoted_title_of_common_words_with_its_own_mark_is_the_title() -> None:
    facts = one(
        "Kanae Mori's New Season! manga is getting a television anime.\n\n"
        "In the story, Aoi joins a ski club. Aoi's senior is the club's captain, and Aoi"
        " learns to race.",
        title="'New Season!' Manga About a Ski Club Gets TV Anime",
        published=None,
    )
    assert facts.title == "New Season!"
    assert facts.original_creator == ("Kanae Mori",)


def test_headings_that_each_name_the_headline_s_show_are_sections_of_one_article() -> None:
    found = shows(
        "<h1>Ember Knights: Hundred-Year Ash War Confirms 1-hour Special</h1>"
        "<p>To mark its first cour's end, Ember Knights: Hundred-Year Ash War has revealed"
        " a one-hour special.</p>"
        "<h2>Ember Knights: Hundred-Year Ash War Fan Reception, Episode Count</h2>"
        "<p>The Ash War arc has been adapted into a TV anime by studio Pierrot, and the"
        " anime runs for four cours.</p>"
        "<h2>Ember Knights Episodes 12 and 13 Special Finale</h2>"
        "<p>The finale will air on TV Tokyo as a one-hour special.</p>",
        title="Ember Knights: Hundred-Year Ash War Confirms 1-hour Special",
        published=None,
    )
    assert [f.title for f in found] == ["Ember Knights: Hundred-Year Ash War"]
    assert found[0].studios == ("Pierrot",)  # the common noun "studio" is no part of it
    assert found[0].broadcasters == ("TV Tokyo",)


def test_new_songs_sung_by_a_described_unit_and_taken_on_by_a_singer() -> None:
    facts = one(
        "The Lantern Tide anime's second cour starts on April 3 with new songs.\n\n"
        'The new OP, "BLAZE," will be sung by the Japanese dance and vocal unit KIDWAVE,'
        ' while Aya Mori takes on the new ED "Tonari ni Iru" ("Next to You").',
        title="Lantern Tide Anime Lines Up New OP/ED Performers",
        published=None,
    )
    assert [(s.kind, s.title, s.artist) for s in facts.themes] == [
        ("opening", "BLAZE", "KIDWAVE"),
        ("ending", "Tonari ni Iru", "Aya Mori"),
    ]


def test_a_later_episode_s_airing_is_no_premiere() -> None:
    facts = one(
        'The 12th episode of the TV anime "Lantern Tide," which is based on a manga about'
        ' the Shinsengumi by Aki Mori, is titled "Eight Heads" and will air on Yomiuri'
        " TV at 5:30 pm on January 4th.",
        title='Lantern Tide Episode 12 "Eight Heads"',
        published="2025-01-03",
    )
    assert facts.premiere_date is None
    assert facts.season is None
    assert facts.original_creator == ("Aki Mori",)  # "a manga about X by A"


def test_a_company_acquiring_the_rights_to_a_series_is_not_the_title() -> None:
    facts = one(
        "Opening what it called a week of announcements, the publisher Sentinel Pictures"
        " has acquired Ember Warfare, a twelve-episode series now airing in Japan. The series"
        " is directed by Aki Mori, with animation by Madhouse.",
        title="Sentinel Pictures Acquire Rights to Anime Series Ember Warfare",
        published=None,
    )
    assert facts.title == "Ember Warfare"
    assert facts.themes == ()  # "Opening what ..." opens a sentence, not a song


def test_a_character_the_body_names_inside_the_headline_s_one_word_title() -> None:
    facts = one(
        "There is a school and a girl called Kaoru Ayase who puts up flyers for a karuta"
        " club. Kaoru is struggling to find members, and she bumps into Taichi. Kaoru is"
        " surprised. Kaoru thinks back. Kaoru notices this. Kaoru goes home. Kaoru plays.",
        title="Kaorufuru Episode 1",
        published="2011-10-05",
    )
    assert facts.title == "Kaorufuru"


def test_the_show_an_actor_voiced_a_part_in_is_named_without_the_part() -> None:
    facts = one(
        "Kadokawa is revealing that a theatrical film adaptation of Aki Mori's Paper War"
        " (Kami Sensō) light novels is being made.\n\n"
        "The story is set in 2019. Iku Kasa signs up with the Defense Force.\n\n"
        "Earlier on Wednesday, Rin Sato, who voiced Iku Kasa in the Paper War television"
        " anime, hinted that good news was coming.",
        title="Paper War Light Novels Get Anime Film",
        published="2011-06-23",
    )
    assert facts.title == "Paper War"
    assert facts.alt_titles == ("Kami Sensō",)


def test_a_mixed_media_project_s_name_and_a_designer_s_past_works() -> None:
    facts = one(
        "On Thursday it was announced that the mixed-media project Corner Store Boys has"
        " been green-lit for a television anime. It will premiere on TBS.\n\n"
        "The Corner Store Boys mixed-media project was created by a magazine.\n\n"
        "Aki Mori will handle the anime's character designs. His past work includes key"
        " animation for Buddy Circuit and character designs for Tokimeki Cafe."
    )
    assert facts.title == "Corner Store Boys"
    assert facts.character_design == ("Aki Mori",)


def test_a_season_s_first_episode_impressions_list_their_shows_by_heading() -> None:
    found = shows(
        "<p>Rather than a review for every episode, here is one post for the season.</p>"
        "<h2>Ember Road no Tabi</h2>"
        "<p>After an accident, our heroine Kagami can only live in the game World of Ember."
        " World of Ember is her home now.</p>",
        title="Anime Winter 2022 Season: First Episode Impressions",
        published="2022-01-20",
    )
    assert [f.title for f in found] == ["Ember Road no Tabi"]


def test_a_schedule_list_under_date_lines_names_each_show() -> None:
    found = shows(
        "<p>Streamwell has announced that some of its dubs are postponed.</p>"
        "<ul><li>They have a full list of all the anime affected, set out in the list"
        " below.</li><li>March 19, 2020</li><li>Ember Road, beginning with Episode 8</li>"
        "<li>Paper Lantern, beginning with Episode 9</li><li>March 20, 2020</li>"
        "<li>Harbor Lights, beginning with Episode 5</li></ul>",
        title="Streamwell SimulDub Delays Due To Coronavirus",
        published=None,
    )
    assert [f.title for f in found] == ["Ember Road", "Paper Lantern", "Harbor Lights"]


def test_a_sentence_s_first_word_before_a_possessive_title_is_no_given_name() -> None:
    facts = one(
        "Kurogane's Game is officially getting a TV anime. Kurogane's Game has been running"
        " in a weekly magazine for 15 volumes.\n\n"
        "If Kurogane's Game is new to you, here is a short synopsis.",
        title="Kurogane's Game Gets An TV Anime Adaptation",
        published=None,
    )
    assert facts.title == "Kurogane's Game"


def test_a_stream_start_after_the_title_is_no_part_of_it() -> None:
    facts = one(
        "The channel announced that it will stream the anime movie Lantern Wonderland from"
        " 31 August. Lantern Wonderland was first released in Japan in April 2019.",
        title="Streamwell to Stream Lantern Wonderland from 31 August",
        published="2020-08-29",
    )
    assert facts.title == "Lantern Wonderland"


def test_a_company_unveiling_a_named_original_anime_project_is_not_its_title() -> None:
    facts = one(
        "Brightwave, a company focused on animation, has revealed its newest original anime"
        " project, “Ember Hotel.” Ember Hotel will premiere in 2025. The"
        " project is a collaboration between Brightwave and another firm. Brightwave will"
        " share more later, and Brightwave fans wait.",
        title="Brightwave Unveils New Original Anime Project Ember Hotel for 2025",
        published=None,
    )
    assert facts.title == "Ember Hotel"


def test_a_film_s_english_title_completes_the_headline_s_title_and_its_gloss() -> None:
    facts = one(
        "The upcoming anime film adapting Aki Mori's Lantern Diary (Tōrō Nikki) manga has"
        " started streaming a new trailer. The film's English title is Lantern Diary the"
        " Movie: Tied to the Summer Sky, and its Japanese title is Gekijōban Tōrō Nikki.",
        title="Upcoming Lantern Diary (Tōrō Nikki) Anime Film Releases New Trailer",
        published=None,
    )
    assert facts.title == "Lantern Diary the Movie: Tied to the Summer Sky"


def test_a_group_that_would_sing_a_song_is_no_artist_named_they() -> None:
    facts = one(
        "At a concert, the idol group Star Fish announced that they would sing the ending"
        ' theme song for the anime. The ending theme song is "Sakura-Go-Round".',
        title="Star Fish to sing the ending theme song for Lantern Tide anime",
        published=None,
    )
    assert all(s.artist != "they would" for s in facts.themes)


def test_an_award_winning_manga_getting_a_tv_anime_is_a_show_s_news() -> None:
    facts = one(
        "A magazine scan has revealed that Paper Moon Harbor, Rin Sato's bestselling manga,"
        " is getting a TV anime adaptation. Animating it falls to Shaft.\n\n"
        "From Rin Sato, the mangaka behind another hit, the manga has won many prizes.",
        title="Award-Winning Paper Moon Harbor Manga Gets TV Anime by Shaft",
        published=None,
    )
    assert facts.title == "Paper Moon Harbor"
    assert facts.original_creator == ("Rin Sato",)


def test_a_theme_whose_title_is_unannounced_leaves_the_show_titled() -> None:
    facts = one(
        "The official website of the anime of Aki Mori's manga Lantern Days 3 started"
        " streaming its second commercial. The series will air this January on Tokyo MX.\n\n"
        "Yui Sato comes back for the ending theme, whose title has not been announced yet.\n\n"
        "The staff are as follows:\n\n"
        "- Original Series Creator: Aki Mori\n- Director: Jun Hara",
        title="Lantern Days 3 Commercial 2 Introduces New Characters Leo and Nana",
        published=None,
    )
    assert facts.title == "Lantern Days 3"
    assert facts.original_creator == ("Aki Mori",)
    assert facts.cast == ()  # "Original Series Creator: Aki Mori" is no part and its actor


def test_a_director_s_earlier_film_in_the_headline_gives_way_to_the_one_called() -> None:
    facts = one(
        "Fans of Summer Skies, take note: director Aki Mori has been working on his next"
        " film and intends to release it in Japanese theaters in July. Called Ookami no Ame"
        " (The Wolf Rain), the film tells the story of Hana. Ookami no Ame opens in July.",
        title="Summer Skies director releasing next film in July 2012",
        published=None,
    )
    assert facts.title == "Ookami no Ame"


def test_a_franchise_s_new_tv_anime_is_the_name_after_it() -> None:
    facts = one(
        "On Monday, the staff behind Ghost Academy, the latest Ghost Clock anime series,"
        " announced a guest in its first episode. Ghost Clock fans know the cast. Ghost"
        " Clock has run for years, and Ghost Clock films continue. Ghost Academy premieres"
        " on December 27.",
        title="Kana Mori Voices Character in 1st Episode of New Ghost Clock TV Anime Ghost Academy",
        published="2019-12-23",
    )
    assert facts.title == "Ghost Academy"


def test_a_manga_s_short_anime_spinoff_is_named_by_its_own_title() -> None:
    facts = one(
        "On Monday, a channel revealed that Aki Mori's Island of Beasts manga is getting a"
        " comedy spinoff anime called Kaoru no Takaramono (Kaoru's Treasure). The anime will"
        " debut on November 18. Where the Island of Beasts manga follows students on an"
        " island, the Kaoru no Takaramono anime is a comedy.\n\n"
        "Yu Saito is the audio director, and Hiroshi Namiki is directing the anime.",
        title="Aki Mori's Island of Beasts Manga Gets Kaoru no Takaramono Short Anime Spinoff",
        published="2020-10-12",
    )
    assert facts.title == "Kaoru no Takaramono"
    assert facts.director == ("Hiroshi Namiki",)  # the audio director directs no anime


def test_a_singer_s_ending_theme_in_a_show_names_the_show() -> None:
    facts = one(
        "The official website for the television anime of Aki Mori's light novel series The"
        " Iron Gate revealed that Miho Sato joins the cast and performs its ending theme song"
        ' "Kanata."',
        title="Miho Sato Voices Yuzu Sings Ending Theme In The Iron Gate Isekai Anime",
        published=None,
    )
    assert facts.title == "The Iron Gate"


def test_a_schedule_s_lines_of_several_shows_under_date_headings() -> None:
    found = shows(
        "<p>Funimation is pushing back its SimulDubs. You can see the full list of affected"
        " series below:</p>"
        "<h3>March 19, 2020</h3><ul><li>Ember Road, from Episode 8, Paper Lantern, from"
        " Episode 9</li></ul>"
        "<h3>March 20, 2020</h3><ul><li>Harbor Lights, from Episode 5 on</li></ul>",
        title="Funimation Postpones SimulDubs Due to Coronavirus Pandemic",
        published=None,
    )
    assert [(f.title, f.streaming) for f in found] == [
        ("Ember Road", ("Funimation",)),
        ("Paper Lantern", ("Funimation",)),
        ("Harbor Lights", ("Funimation",)),
    ]


def test_a_picture_s_file_name_set_as_a_heading_is_no_show() -> None:
    found = shows(
        "<p>A second promotional video is out for the anime of Aki Mori's Lime manga.</p>"
        "<p>The Lime TV anime premieres on AT-X in January. The yuri manga Lime is popular.</p>"
        "<p>The anime's main cast includes:</p>"
        "<ul><li>Rin Sato will voice Yuzu</li><li>Mei Kato as Mei</li></ul>"
        "<h4>Lime-Anime-Character-Designs-Mei Kato</h4>"
        "<ul><li>Aya Mori voicing Harumi</li><li>Yu Ito as Matsuri</li></ul>"
        "<h4>Lime-Anime-Character-Designs-Yu Ito</h4>"
        "<ul><li>Ai Hara as Kayo</li><li>Rei Sato as Nina</li></ul>",
        title="Lime – Promotional Video 2",
        published=None,
    )
    assert [f.title for f in found] == ["Lime"]
    assert not is_show_heading("Lime-Anime-Character-Designs-Mei Kato")
    assert is_show_heading("Lime")


def test_a_headline_s_common_words_joined_by_and_are_no_two_shows() -> None:
    found = shows(
        "Two new cast members and the opening theme for the upcoming Tearmoon Road anime"
        " have been announced. Tearmoon Road is a light novel series by Aki Mori.\n\n"
        "Rin Sato has been cast as Abel, and Tearmoon Road starts in October.",
        title="Cast Members and Opening Theme for Anime Adaptation of Tearmoon Road",
        published=None,
    )
    assert [f.title for f in found] == ["Tearmoon Road"]


def test_a_director_s_earlier_show_and_a_title_with_its_own_comma() -> None:
    facts = one(
        "Original: At a convention, the studio's panel revealed an original anime called"
        " Goodbye, Mira, pitched as a fairy tale set in Japan's Kiso prefecture.\n\n"
        "Kiso is the hometown of Goodbye, Mira's director Aki Mori, who worked on the Star"
        " Revue anime series and Star Revue the Movie.",
        title="Star Revue's Aki Mori To Direct Studio Anime About Mermaid Reborn in Japan",
        published="2024-05-18",
    )
    assert facts.title == "Goodbye, Mira"
    assert facts.original_creator == ()  # "Original:" opens a sentence here, not a credit


def test_a_possessive_name_the_body_never_writes_apart_is_part_of_the_title() -> None:
    facts = one(
        "The two-part film of Aki Mori's Dead Dead Demon's Lantern Destruction manga"
        " announced its cast. Dead Dead Demon's Lantern Destruction opens on March 22.",
        title="Dead Dead Demon's Lantern Destruction Anime Films Reveal March 22 Opening",
        published="2023-11-19",
    )
    assert facts.title == "Dead Dead Demon's Lantern Destruction"


def test_a_link_to_another_list_and_the_author_box_below_it_are_no_list() -> None:
    facts = one(
        "<p>The summer season has arrived, and Ember Force draws the eye of fans. Reports say"
        " Ember Force is getting 4 cours for its first run.</p>"
        "<p>For a look at the other series coming out this summer, check out my list of the"
        " season's shows.</p>"
        "<ul><li>Joshua D.</li><li>Joshua D.</li><li>Just a Guy who loves Anime</li></ul>",
        title="Ember Force Anime Will Have 4 Cours",
        published=None,
    )
    assert facts.title == "Ember Force"


def test_a_digest_heading_s_episode_count_news_is_no_part_of_the_title() -> None:
    found = shows(
        "<h2>Lantern Tide II Episode Count Revealed</h2>"
        "<p>Judging by the release schedule, season 2 of Lantern Tide runs 13 episodes.</p>"
        "<h2>Paper Moon Site Episode Count Revealed</h2>"
        "<p>The creator revealed that the Paper Moon Site anime will have 12 episodes.</p>",
        title="News of the Day 06-01-18",
        published="2018-01-06",
    )
    assert [f.title for f in found] == ["Lantern Tide Season 2", "Paper Moon Site"]


def test_a_headline_s_title_without_its_subtitle_colon_is_one_show() -> None:
    found = shows(
        "On Wednesday, the staff for the stage play of the original television anime project"
        " Joran: The Princess of Ash and Blood announced the play's cast. The anime's main"
        " cast are reprising their roles.",
        title="Joran the Princess of Ash and Blood Anime Cast Reprises Roles in Stage Play",
        published="2021-06-17",
    )
    assert [f.title for f in found] == ["Joran: The Princess of Ash and Blood"]


def test_a_single_s_track_list_and_videos_are_no_round_up() -> None:
    found = shows(
        "<p>On the day their debut CD was released, the Lantern Friends Project's channel"
        " began streaming a music video. Lantern Friends 2 is now on Crunchyroll.</p>"
        '<h3>"Kimi no Basho" short MV</h3><ul><li>Director / Yuma Saito</li></ul>'
        '<h3>2. "Oto no Iro" (The Color of Sound)</h3><ul><li>written/composed/arranged by'
        " Zen Mitsu</li></ul>"
        '<h3>3. "Tsuki to Hi" (The Moon and The Sun)</h3><ul><li>written/composed by RIRI'
        "</li></ul>",
        title="Watch Unit Gothic×Luck Perform Lantern Friends 2 New ED Theme in MV",
        published="2019-03-13",
    )
    assert [f.title for f in found] == ["Lantern Friends 2"]


def test_a_described_anime_the_body_names_in_apposition_is_the_title() -> None:
    facts = one(
        "Having just finished celebrating the Lunar New Year, the staff made a big"
        " announcement about the Lunar Calendar anime, Etomaru. The series will receive a"
        " second season.",
        title="Lunar Calendar Anime Etomaru Gets Second Season",
        published=None,
    )
    assert facts.title == "Etomaru Season 2"


def test_a_studio_making_a_hand_drawn_anime_film_called_x() -> None:
    facts = one(
        "The anime studio Lantern I.G. is making a new hand drawn anime film called \"Aki's"
        ' Island". The movie tells of two children. Aki Mori is directing the film.',
        title="Lantern IG Makes Hand Drawn Anime",
        published=None,
    )
    assert facts.title == "Aki's Island"


def test_shows_a_headline_compares_the_film_to_are_no_list_of_shows() -> None:
    facts = one(
        "Have you ever wondered what colour your heart would be? A poster for Your Hues shows"
        " two teenage girls. Your Hues is directed by Aki Mori, and Your Hues opens in"
        " August. Chainsaw Man, Tokyo Mew Mew, and K-On! are among the staff's past works.",
        title="Chainsaw Man, Tokyo Mew Mew, and K-On! fans have plenty to be excited about"
        " with a studio's next film",
        published=None,
    )
    assert facts.title == "Your Hues"


def test_a_person_s_new_film_named_after_a_glued_comma() -> None:
    facts = one(
        "The premiere was a calm one.\n\n"
        "The Song of the Heart (Kokoro no Uta) opens in theaters on September 19th, and it"
        " had its premiere in Chichibu. Aki Mori spoke at Chichibu, and Aki Mori thanked the"
        " town. Aki Mori directed it.",
        title="Aki Mori’s New Film,The Song of the Heart, Premiered in Chichibu!",
        published=None,
    )
    assert facts.title == "The Song of the Heart"


def test_a_possessive_title_after_a_studio_s_verb() -> None:
    facts = one(
        "Tokyo studio Lantern I.G. is making Giovanni’s Harbor, a hand-drawn feature directed"
        " by Aki Mori.",
        title="Lantern I.G draws up Giovanni's Harbor",
        published=None,
    )
    assert facts.title == "Giovanni’s Harbor"  # as the body writes it


def test_a_children_s_book_series_anime_takes_the_body_s_full_name() -> None:
    facts = one(
        "On Friday, the publisher revealed that Sai-Kyo! Zukan: The Final Battles, a new"
        " anime, will start on January 6 on TV Tokyo.",
        title="Sai-Kyo! Zukan Children's Book Series Gets Anime Starting on January 6",
        published="2023-12-15",
    )
    assert facts.title == "Sai-Kyo! Zukan: The Final Battles"


def test_a_digest_s_episode_lines_head_each_show() -> None:
    found = shows(
        "<p>The winter season has arrived in full force this week.</p>"
        "<ul><li>AKB0049: Episode 15</li><li>Watch out idols, Mimori is on notice.</li></ul>"
        "<p>With crackdowns on fun across the galaxy, Tsubasa broadcasts anyway.</p>"
        "<ul><li>Lantern Club NEXT: Episode 1</li><li>Meat, it's what's for dinner.</li></ul>"
        "<p>One of my top anime from 2011 is back for more battles.</p>"
        "<ul><li>Little Lanterns!: Episode 14</li><li>Remember, kids, imagination.</li></ul>"
        "<p>Mio fades away as the others carry on.</p>",
        title="Weekly Anime Round-Up: January 7th – January 14th",
        published="2013-01-15",
    )
    assert [f.title for f in found] == ["AKB0049", "Lantern Club NEXT", "Little Lanterns!"]


def test_a_rank_glued_to_a_heading_s_title_goes() -> None:
    found = shows(
        "<p>Deciding which anime to watch each season is hard.</p>"
        "<h2>1Lantern Attorney</h2>"
        "<p>The Lantern Attorney anime has been a long time coming for this game franchise.</p>",
        title="9 Anime to Keep an Eye On for the Spring Season",
        published="2016-03-20",
    )
    assert [f.title for f in found] == ["Lantern Attorney"]


def test_a_quoted_title_before_a_lower_case_movie_takes_the_film_s_subtitle() -> None:
    facts = one(
        "The label announced today that the band will perform the opening theme for Lantern"
        " Dogs: Dead Orchard. Lantern Dogs Dead Orchard is scheduled to premiere in 2018.",
        title="Band to perform opening theme for “Lantern Dogs” movie",
        published=None,
    )
    assert facts.title == "Lantern Dogs: Dead Orchard"


def test_a_new_animated_feature_and_a_producer_known_for_other_hits() -> None:
    facts = one(
        "The film, called The Red Lantern, will be directed by Aki Mori. Rin Sato, director of"
        " worldwide hits such as Grave Lanterns, will oversee the film as its artistic"
        " producer. The Red Lantern opens next year, and The Red Lantern is Aki Mori's first.",
        title="Studio Announces Next Year Release of New Animated Feature Film",
        published=None,
    )
    assert facts.title == "The Red Lantern"
    assert "Rin Sato" not in facts.director


def test_a_smartphone_game_for_anime_adaptation_names_the_game() -> None:
    facts = one(
        "The developers of the smartphone game Lanternknights announced an anime adaptation."
        " The first season is titled Dawn, and Lanternknights fans are pleased.",
        title="Lanternknights smartphone game for anime adaptation",
        published=None,
    )
    assert facts.title == "Lanternknights"


def test_a_name_before_a_colon_and_check_out_is_the_title() -> None:
    facts = one(
        "A new promo video is out for number42, the upcoming rugby anime. number42 will air"
        " on Tokyo MX from January 8th.",
        title="NUMBER42: Check Out A New Promo Video For The Upcoming Rugby Anime",
        published="2019-12-20",
    )
    assert facts.title.casefold() == "number42"


def test_a_sentence_case_headline_s_verb_and_a_second_season_in_the_title() -> None:
    facts = one(
        "Because of COVID-19, the remaining episodes of the anime series Major 3rd (TV) -"
        " Second Season will be postponed. Starting next week, they will rebroadcast Major"
        " 3rd - season 2 TV from episodes one to four.",
        title="Major 3rd (TV) - Second Season will be postponed due to COVID-19",
        published=None,
    )
    assert facts.title == "Major 3rd Season 2"


def test_a_new_anime_project_s_own_name_is_its_title() -> None:
    facts = one(
        "Project Harbor is a new original anime from Wit Studio. Project Harbor will be"
        " directed by Aki Mori.",
        title="New Anime Project Harbor Announced (Video)",
        published=None,
    )
    assert facts.title == "Project Harbor"


def test_a_sequel_headline_takes_the_body_s_subtitled_film() -> None:
    facts = one(
        "Lantern of the Iron Harbor fans have waited for a sequel, yet the story of the coming"
        " anime film, Lantern of the Iron Harbor: The Battle of Unato, is still unknown. Aki"
        " Mori directs. Lantern of the Iron Harbor aired in 2016, and Lantern of the Iron"
        " Harbor is back.",
        title="'Lantern of the Iron Harbor' Sequel Reveals New Trailer",
        published=None,
    )
    assert facts.title == "Lantern of the Iron Harbor: The Battle of Unato"


def test_a_blog_post_s_own_headline_is_no_show_and_a_novelist_is_a_writer() -> None:
    found = shows(
        "Magical Girl Raising Lantern is based on a light novel. Koyuki Himekawa is voiced by"
        " Nao Tōyama.",
        title="Off-Topic Post: Anime I Watched (and Am Watching), Sixth Post",
        published=None,
    )
    assert "Off-Topic Post" not in [f.title for f in found]
    staff = one(
        "A new project by the director was teased. Aki Mori is directing it, and novelist Yu"
        " Saito is writing the script for the new anime project.",
        title="Lantern Revue Director's New Project Teased",
        published=None,
    )
    assert staff.series_composition == ("Yu Saito",)


def test_a_licensor_a_descriptor_and_a_blog_s_season_name_are_no_titles() -> None:
    licensed = shows(
        'Lanternai Visual USA has licensed a pair of new anime series: the drama "Shigomi" (12'
        ' episodes) and the romance "True Lanterns" (13 episodes). Lanternai says the first'
        " True Lanterns volume holds one episode, and True Lanterns fans complained.",
        title="Lanternai License Two Series, Launch Controversial Rel. Sched",
        published=None,
    )
    assert "Lanternai" not in [f.title for f in licensed]
    popular = one(
        "The two theme singles of the anime K-Lantern topped the charts this week. K-Lantern"
        " fans bought many copies.",
        title="Popular Anime Series K-Lantern",
        published=None,
    )
    assert popular.title == "K-Lantern"
    blog = shows(
        "Here is my preview of the new season. Utawareru: The False Mask is the first show I"
        " will watch.",
        title="FlareLanterns Fall 2015 Preview",
        published=None,
    )
    assert "FlareLanterns Fall 2015" not in [f.title for f in blog]


def test_a_show_s_news_with_topic_headings_is_one_show_when_its_lead_names_it() -> None:
    found = shows(
        "<p>The anime of Aki Mori's manga The Summer Lantern Died has revealed fresh details."
        " It premieres on Netflix on July 5th.</p>"
        "<h2>Special Preview and International Event</h2>"
        "<p>An exclusive event will be held on July 5 in Shinjuku.</p>"
        "<h2>Behind the Production</h2>"
        "<p>Rin Sato directs the series, produced by Cygames Pictures.</p>"
        "<h2>An Award-Winning Manga That Keeps Growing</h2>"
        "<p>Published since 2021, The Summer Lantern Died manga has passed three million"
        " copies.</p>",
        title="The Summer Lantern Died Anime Reveals New Details",
        published=None,
    )
    assert [f.title for f in found] == ["The Summer Lantern Died"]
    assert found[0].director == ("Rin Sato",)


def test_a_rating_and_a_tally_heading_are_no_shows() -> None:
    found = shows(
        "<p>Of all the new Fall 2016 releases, I ended up watching 8 new shows.</p>"
        "<h3>6 - Completed Season Ones</h3><h3>2 - Abandoned</h3>"
        "<p>All eight appear below, ranked from my favorite of the season down.</p>"
        "<h3>Lantern!!! on ICE</h3><h3>5/5 Stars</h3><h3>Studio: MAPPA</h3>"
        "<p>At first I had no intention of watching it, but I binged it in two days.</p>"
        "<h3>Paper Boat</h3><h3>Rating: 5/5</h3><h3>Studio: Zexcs</h3>"
        "<p>I feel like the only person who watched this anime, and I loved it.</p>",
        title="Anime Fall 2016 Season Wrap Up",
        published=None,
    )
    assert [f.title for f in found] == ["Lantern!!! on ICE", "Paper Boat"]


def test_a_streamer_s_headline_list_of_quoted_titles_with_their_commas() -> None:
    found = shows(
        "Funimation has licensed four more series. Bamboo Lantern follows a kendo club."
        " Dragonaut tells of a girl and a dragon. Tower of Lanterns and Blassreiter stream on"
        " Crunchyroll too.",
        title="Funimation Adds 4 'Bamboo Lantern,' 'Dragonaut,' 'Tower of Lanterns,' &"
        " 'Blassreiter'",
        published=None,
    )
    assert [f.title for f in found] == [
        "Bamboo Lantern",
        "Dragonaut",
        "Tower of Lanterns",
        "Blassreiter",
    ]


def test_a_heading_that_repeats_the_headline_s_show_keeps_one_show() -> None:
    found = shows(
        "<h3>Gamers Blog</h3>"
        "<p>The troubles of Arc are only beginning when the upcoming Skeleton Lantern in"
        " Another World TV anime comes to our world on April 7.</p>"
        "<p>In Japan the Skeleton Lantern in Another World light novels are published by"
        " OVERLAP, with eight volumes out so far.</p>"
        "<h3>Skeleton Lantern in Another World</h3>"
        "<p>Aki Mori is directing the TV anime adaptation of Skeleton Lantern in Another World"
        " at Studio Kai.</p>",
        title="Skeleton Lantern in Another World TV Anime Comes to Our World on April 7",
        published="2022-03-03",
    )
    assert [f.title for f in found] == ["Skeleton Lantern in Another World"]

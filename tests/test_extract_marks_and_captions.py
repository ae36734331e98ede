"""Forms met in fresh real articles: a title's own "!" (kept, and no bar to its season
number), a picture's numbered alt text, a making-of video's quoted nickname and a
synopsis credited to a website."""

from __future__ import annotations

from datetime import date

from extract_helpers import one, shows


def test_a_title_s_own_exclamation_mark_is_kept() -> None:
    facts = one(
        "Kite Run! is a new anime about a kite club. Studio Lantern animates Kite Run!,"
        " and the first episode of Kite Run! airs in April.",
        title="Kite Run! Anime Reveals Staff",
    )
    assert facts.title == "Kite Run!"


def test_a_sentence_that_ends_on_the_title_gives_it_no_mark() -> None:
    facts = one(
        "Studio Lantern animates Kite Run, and Kite Run airs in April. We cannot wait for"
        " Kite Run!",
        title="Kite Run Anime Reveals Staff",
    )
    assert facts.title == "Kite Run"


def test_a_title_ending_in_marks_still_takes_the_season_the_text_gives() -> None:
    found = shows(
        "Spring brings back three favourites. Here they are.\n\nKite Run!!\n\n"
        "The club is back: Studio Lantern brings the second season of Kite Run!! to TV in"
        " April.\n\nPaper Moon\n\nPaper Moon returns in April with Aki Mori directing at"
        " Studio Kiri.\n\nGlass Bell\n\nGlass Bell returns in April, animated by Studio Tide.",
        title="Three Anime Coming Back This Spring",
    )
    assert [f.title for f in found] == ["Kite Run!! Season 2", "Paper Moon", "Glass Bell"]


def test_a_picture_s_numbered_alt_text_is_no_show() -> None:
    found = shows(
        "Studio Lantern's July Anime Is Kite Run! - The Kite Anime\n\n"
        "Studio Lantern has announced that its short film about a kite club will become a"
        " full season. The kite anime is titled Kite Run! and stars four boys.\n\n"
        "Studio Lantern's July Anime Is Kite Run! pic 1\n\n"
        "Kite Run! is based on Aki Mori's novel. Part of the staff has been revealed:\n\n"
        "  • Director – Rei Ono (Paper Moon, Glass Bell)\n"
        "  • Composer – Jō Aki (Tide)\n\n"
        "Studio Lantern's July Anime Is Kite Run! pic 2\n\n"
        "The opening of the anime will be the song Sky High by the band Paper Moon.",
        title="Studio Lantern's July Anime Is Kite Run! - The Kite Anime",
    )
    assert [f.title for f in found] == ["Kite Run!"]


def test_a_quoted_nickname_the_body_never_names_is_no_title() -> None:
    facts = one(
        "Warner Bros. Japan began streaming a staff interview video for Tidal, Studio"
        " Lantern's new original anime film. Director Aki Mori talked about Tidal's story.\n\n"
        "Tidal got its start when Mori met the producer.",
        title="Tidal Anime Film Making-of Video Reveals How the 'Star Team' Assembled",
    )
    assert facts.title == "Tidal"


def test_a_synopsis_credited_to_a_website_names_no_studio() -> None:
    facts = one(
        "Kite Run is animated by Studio Lantern.\n\nHere is a synopsis of the anime from"
        " MAL:\n\nA boy who loves kites joins a club.",
        title="Kite Run Anime Reveals Staff",
    )
    assert facts.studios == ("Studio Lantern",)


def test_a_us_channel_s_east_and_central_time_is_no_date() -> None:
    facts = one(
        "Kite Run is scheduled to premiere on Toonami at 2/1c this Saturday, July 27.",
        title="Kite Run to Premiere on Toonami",
        published="2013-07-25",
    )
    assert facts.premiere_date == date(2013, 7, 27)


def test_a_blog_s_picture_credit_is_no_show() -> None:
    found = shows(
        "Thursday, July 25, 2013\n\nPrimary Source for Image: Lantern Broadcasting\n\n"
        "The late night blocks are getting two new premieres soon: Kite Run and Sea Cow.\n\n"
        "Kite Run is scheduled to premiere on Toonami this Saturday, July 27. Kite Run is"
        " animated by Studio Lantern.\n\nPrimary Source for Image: TheGeeks\n\n"
        "Besides Kite Run, Sea Cow is scheduled to premiere on August 11.",
        title="Cable News: Kite Run and Sea Cow to Premiere on Toonami",
        published="2013-07-25",
    )
    assert found
    assert not any("Image" in (f.title or "") for f in found)


def test_an_animated_feature_s_full_title_is_the_film_s_title() -> None:
    facts = one(
        "The Japanese animated feature Tidal: 1.0 You Are Home claimed first place at the"
        " box office. Tidal is produced by animation house Gainax, and Tidal: 1.0 is"
        " directed by Aki Mori.",
        title="Tidal Soars to the Top of Japan's Box Office",
    )
    assert facts.title == "Tidal: 1.0 You Are Home"
    assert facts.studios == ("Gainax",)


def test_a_known_studio_in_charge_again_animates_the_final_season() -> None:
    facts = one(
        "The team behind the Kite Run anime shared a preview of the final season.\n\n"
        "More precisely, it is the third part of the anime's fourth and final season.\n\n"
        "It covers the ending of the manga, and MAPPA is once again in charge.",
        title="Kite Run: the final season reveals its first preview",
    )
    assert facts.title == "Kite Run Season 4"
    assert facts.studios == ("MAPPA",)


def test_a_mini_anime_s_headline_gives_the_project_s_whole_name() -> None:
    facts = one(
        "On Friday, the official website for Reiwa no Kite Run, the project celebrating the"
        " 24th anniversary of the Kite Run mascot franchise, began streaming a teaser for the"
        " new mini anime. Kite Run fans will see a new character, and Kite Run's mascot"
        " returns. The anime will premiere in the fall.",
        title="Reiwa no Kite Run Mini Anime Teaser Reveals Theme Song, Fall Premiere",
        published="2022-02-03",
    )
    assert facts.title == "Reiwa no Kite Run"
    assert facts.season == "Fall 2022"


def test_a_title_written_once_before_themed_is_still_the_title() -> None:
    facts = one(
        "Kite Run 143, the upcoming series billed as a Filipino anime, is due to start airing"
        " on GMA 7 this October. Kite Run 143 has a Filipino cast that includes Rei Ono, Aya"
        " Kudo and Jō Aki, joined by Rin Tomo.\n\nFans can catch a series of Kite Run"
        ' 143-themed concerts.\n\n"We are proud of Kite Run 143," said Mina Kaze, the'
        " managing director and co-founder of Lantern Digital.",
        title="GMA 7 Slates Filipino Anime Series",
    )
    assert facts.title == "Kite Run 143"
    assert [m.actor for m in facts.cast][:3] == ["Rei Ono", "Aya Kudo", "Jō Aki"]
    assert facts.director == ()


def test_a_franchise_s_movie_named_in_the_headline_is_the_film() -> None:
    facts = one(
        "Mugen Rail, the record-setting Kite Run movie, is at last coming to Blu-ray on Dec."
        " 21. Mugen Rail comes with the film's soundtrack. Mugen Rail adapts the seventh arc"
        " of the Kite Run manga.",
        title="Kite Run Movie Mugen Rail Gets Blu-Ray Release Date",
    )
    assert facts.title == "Mugen Rail"


def test_a_spaced_colon_subtitle_before_tv_series_is_the_title() -> None:
    facts = one(
        "Sentai Filmworks will record an English dub of the Kite Run 4 : The Animation TV"
        " series, which started airing this Fall season.",
        title="Sentai Filmworks Confirms English Dub of Kite Run 4",
    )
    assert facts.title == "Kite Run 4 : The Animation"


def test_a_studio_whose_name_holds_a_number_is_not_cut_at_its_hyphen() -> None:
    facts = one(
        "Crunchyroll confirmed that the Kite Run anime adaptation is still happening, with"
        " Studio A-1 Pictures working on it.",
        title="Kite Run Anime Is Still Coming",
    )
    assert facts.studios == ("A-1 Pictures",)


def test_a_film_of_another_year_is_not_the_headline_s_film() -> None:
    facts = one(
        "On Sunday the staff of Eiga Kite Run: Rin no Esekai Monogatari (The Tale of Rin's"
        " Picture World), the 44th film of the Kite Run franchise, premiered a new trailer.\n\n"
        "The film is scheduled to open in Japan on March 7, 2025.\n\n"
        "The 2024 Kite Run film Eiga Kite Run: Rin no Chikyū Symphony (Kite Run the Movie:"
        " Rin's Earth Symphony) opened at #1 in Japan last March.",
        title="2025 Kite Run Film's New Trailer Previews Aimyon's Theme Song",
        published="2024-12-08",
    )
    assert facts.title == "Eiga Kite Run: Rin no Esekai Monogatari"


def test_a_headline_that_gives_the_name_of_the_new_series() -> None:
    facts = one(
        "Tokyo TV recently announced the eighth animated series of the franchise Ki-Te-Run!,"
        " whose official name is Ki-Te-Run! Go Rush !!. It will join the schedule in April"
        " 2022.\n\nAki Mori will direct the series for the studio Bridge.",
        title="Ki-Te-Run! Go Rush Is the Name of the Eighth Anime Series Dedicated to the"
        " Famous Card Game",
    )
    assert facts.title == "Ki-Te-Run! Go Rush"


def test_a_studio_s_earlier_works_quoted_before_its_new_one_are_not_the_title() -> None:
    facts = one(
        'LANTERN of "Paper Moon" and "Glass Bell" announces its newest original TV anime'
        ' series "Tide." Tide will be animated by LANTERN.',
        title='LANTERN of "Paper Moon" and "Glass Bell" has decided to produce "Tide," a new'
        " original TV anime",
    )
    assert facts.title == "Tide"


def test_a_descriptor_before_anime_gives_way_to_the_name_after_it() -> None:
    facts = one(
        "Coming this April is Kite Run, the newest project from Aki Mori and the story of"
        " Japan's only Paper Samurai. Kite Run is an upcoming Netflix Original anime series"
        " about the figure known as the only Paper Samurai in history. Kite Run is made with"
        " MAPPA. Kite Run season 1 has six episodes.",
        title="Paper Samurai Anime Kite Run Season 1 Coming to Netflix in April 2021",
        published="2021-03-09",
    )
    assert facts.title == "Kite Run"


def test_a_game_s_roman_numeral_and_subtitle_is_no_season() -> None:
    facts = one(
        "The Kite Run animated series begins streaming on Netflix this year; the website"
        " lists the season as four 30-minute episodes. The show adapts Kite Run III: Lantern's"
        " Curse. He added that the series will be written by Warren Ellis.",
        title="Kite Run animated series to launch on Netflix this year",
        published="2017-02-09",
    )
    assert facts.title == "Kite Run"
    assert facts.episodes_or_cours == "4 episodes"
    assert facts.series_composition == ("Warren Ellis",)


def test_the_day_a_release_date_was_announced_is_no_premiere() -> None:
    facts = one(
        "The upcoming anime movie Kite Run announced its official release date on 18 August"
        " 2020. The film, first slated to premiere on 15 May 2020, was postponed and will now"
        " be released on 13 November 2020.",
        title="Kite Run Movie Announces Release Date",
    )
    assert facts.premiere_date == date(2020, 11, 13)


def test_staff_lines_with_dashes_are_no_show_headings() -> None:
    found = shows(
        "Home Kite Run Movie Announces Release Date\n\nKite Run Movie Announces Release Date"
        "\n\nThe upcoming anime movie Kite Run will now be released on 13 November 2020. Toei"
        " Anim\n\nThe Cast and Production\n\nRei Ono – Mina Kaze\nAya Kudo – Pip Lane\n"
        "Jo Aki – Sen Ito\nRin Tomo – Ken Aoi\nMei Sora – Rio Hana\nKen Oda – Ren Abe\n\n"
        "DirectorAki Mori\nAssistant Director – Yu Kamata\nScriptwriter – Midori Kuri\n"
        "Character Designer – Yoshi Uma\nAnimation Director – Sho Naka\nProducer – Hiro Seki"
        "\n\nThe trailer can be watched here.\n\nSource: Kite Run Official Website\n\n"
        "Featured Image: Manga Thrill\n\nComments are temporarily unavailable for maintenance.",
        title="Kite Run Movie Announces Release Date",
    )
    assert [f.title for f in found] == ["Kite Run"]
    assert found[0].series_composition == ("Midori Kuri",)


def test_a_described_show_in_the_headline_gives_way_to_the_one_the_body_names() -> None:
    facts = one(
        "The title has a question mark because I haven't seen it yet.\n\n"
        "The show is called ‘Kite Run?‘, and its summary goes like this: a boy becomes a"
        " zombie.\n\nThat all sounds Zombie Friendly enough.\n\n"
        "Anyway, ‘Kite Run?’ starts in Japan on January 11th.",
        title="Zombie-Friendly Anime to Start Soon in Japan?",
        published=None,
    )
    assert facts.title is not None and facts.title.startswith("Kite Run")


def test_the_studio_handling_the_animation_and_the_director_in_charge() -> None:
    facts = one(
        "The magazine announced that the second season of Kite Run arrives on October 6th."
        " The studio TMS Entertainment is handling the animation, and the director in charge"
        " is Aki Mori (Paper Moon).",
        title="Kite Run Second Season Arrives on October 6th",
    )
    assert facts.studios == ("TMS Entertainment",)
    assert facts.director == ("Aki Mori",)


def test_a_fan_poll_s_ranked_lines_with_vote_counts_are_its_shows() -> None:
    found = shows(
        "A news site ran a poll from April 1-17 and counted more than 9,000 votes.\n\n"
        "  1. Kite Run - 1,465 votes\n  2. Paper Moon - 1,442 votes\n"
        "  3. Glass Bell - 990 votes\n  4. Tide Pool - 913 votes",
        title="Japanese Fans Vote for Their Favorite Isekai Anime",
    )
    assert [f.title for f in found] == ["Kite Run", "Paper Moon", "Glass Bell", "Tide Pool"]


def test_a_franchise_s_numeral_and_its_new_film_s_titled_name() -> None:
    facts = one(
        "Kite Run III is getting a new animated film, titled Kite Run III the First. Toho has"
        " put out the first trailer.\n\nThe trailer revealed that Aki Mori will direct the"
        " film. It will open in Japanese theatres from 6th December 2019.\n\nThis is the first"
        " Kite Run III film since creator Rei Ono died.",
        title="Kite Run III 3DCG Anime Film Announced, Aki Mori to Direct",
    )
    assert facts.title == "Kite Run III the First"
    assert facts.premiere_date == date(2019, 12, 6)


def test_the_article_s_text_set_above_its_headline_s_copy_is_kept() -> None:
    facts = one(
        "The official website says the TV anime of Kite Run demo Koi ga Shitai! will air this"
        " Fall, beginning in October. We covered the announcement last week, along with what to"
        " expect from the series. Studio Lantern is producing it, and its staff list includes"
        " names also found on other famous anime such as Paper Moon and Glass Bell. We're"
        " fairly sure the series will be among the best this Fall.\n\n"
        "Kite Run demo Koi ga Shitai! TV Anime in October\n",
        title="Kite Run demo Koi ga Shitai! TV Anime in October",
        published=None,
    )
    assert facts.title == "Kite Run demo Koi ga Shitai!"
    assert facts.studios == ("Studio Lantern",)
    assert "Kite Run demo Koi ga Shitai" not in facts.alt_titles


def test_a_studio_s_original_film_in_the_headline_is_named_without_original() -> None:
    facts = one(
        "On November 26, 2023, Studio MAPPA's Tidemark anime film put out a trailer and"
        " announced that the title would arrive in January 2024. Aki Mori is set to direct the"
        " film; she is known for writing anime such as Paper Moon.\n"
        "The Studio MAPPA film was first announced in 2021 under the full title Alice to Kite"
        " Run Kojo.\nThe Tidemark anime film: Release date and more details about the"
        " upcoming Studio MAPPA film",
        title="MAPPA's Original Tidemark Anime Film Reveals January 2024 Netflix Release",
    )
    assert facts.title == "Tidemark"


def test_a_manga_magazine_s_column_headline_is_no_title() -> None:
    facts = one(
        "At last Weekly Shonen Sunday has a new anime project for us. Manga News reported it"
        " here.\n\nSatelight will animate it, and the manga is by Yuu Watase.",
        title="Weekly Shonen Sunday - 2013 Anime #4",
    )
    assert facts.title != "Weekly Shonen Sunday"

"""Titles, sections and credits read from evidence, in the shapes real news takes.

Every article here is written for these tests (invented shows and people)."""

from __future__ import annotations

import pytest
from extract_helpers import one, shows


def test_a_headline_about_an_actor_takes_the_show_from_the_body() -> None:
    body = (
        "Mai Oda will star in Salt Road Rangers, the new original TV anime from Studio Dune."
        " Salt Road Rangers premieres on Tokyo MX in April. Kenji Aso is directing Salt Road"
        " Rangers at Studio Dune."
    )
    facts = one(body, title="Mai Oda Stars in New Anime by Studio Dune")
    assert facts.title == "Salt Road Rangers"
    assert facts.director == ("Kenji Aso",)


def test_descriptors_before_or_after_the_title_are_not_part_of_it() -> None:
    body = "The website for the Iron Petal anime revealed its cast. Iron Petal airs in July."
    assert one(body, title="Sci-Fi Survival Anime Iron Petal Reveals Cast").title == "Iron Petal"
    scraped = "The official website for the anime revealed its cast on Friday."
    assert one(scraped, title="Iron Petal Sci-Fi Battle Anime Reveals Cast").title == "Iron Petal"


def test_a_creators_new_film_headline_names_the_film_in_the_body() -> None:
    body = (
        "After two years of work, Aki Mori's next film, Lanterns of the Quiet Harbor, has a"
        " teaser. Lanterns of the Quiet Harbor opens in Japan on September 15."
    )
    facts = one(body, title="Aki Mori's New Anime Film Reveals Theme Song Performer")
    assert facts.title == "Lanterns of the Quiet Harbor"


def test_a_preview_with_category_headings_gives_only_the_shows() -> None:
    body = (
        "Here is what we are watching this season.\n\nMost Anticipated\n\nSalt Road Rangers"
        "\n\nStudio: Studio Dune\nDirector: Kenji Aso\n\nA road trip across a salt desert."
        "\n\nTop Anime\n\nIron Petal\n\nStudio: Lapis Frame\n\nA gardener joins the army."
    )
    found = shows(body, title="Spring 2025 Season Preview")
    assert [f.title for f in found] == ["Salt Road Rangers", "Iron Petal"]
    assert [f.studios for f in found] == [("Studio Dune",), ("Lapis Frame",)]
    assert {f.season for f in found} == {"Spring 2025"}


def test_a_lineup_names_shows_in_running_text() -> None:
    body = (
        "Bluebell+ revealed its Fall 2025 slate, including Salt Road Rangers, Iron Petal,"
        " and Echo Valley, and plenty more."
    )
    found = shows(body, title="Bluebell+ Fall 2025 Anime Lineup: Salt Road Rangers & More")
    assert [f.title for f in found] == ["Salt Road Rangers", "Iron Petal", "Echo Valley"]
    assert {f.season for f in found} == {"Fall 2025"}


def test_staff_are_credited_by_the_role_that_governs_each_name() -> None:
    body = (
        "The director is Kenji Aso, who is directing the anime at Studio Dune. Rina Ueno is the"
        " one overseeing the series scripts, while Sho Kato is adapting Ami Koda's character"
        " designs for animation. Yui Mori serves as sound director, and the music is being"
        " composed by Daichi Hara."
    )
    facts = one(body, title="Salt Road Rangers Anime Reveals Staff")
    assert facts.director == ("Kenji Aso",)
    assert facts.series_composition == ("Rina Ueno",)
    assert facts.character_design == ("Sho Kato",)
    assert facts.music == ("Daichi Hara",)
    assert facts.studios == ("Studio Dune",)


def test_role_nouns_before_names_credit_each_name() -> None:
    body = (
        "Director Kenji Aso, series composition writer Rina Ueno, character designer Sho Kato"
        " and composer Daichi Hara return for the second season."
    )
    facts = one(body, title="Salt Road Rangers Anime Gets 2nd Season")
    assert (facts.director, facts.series_composition) == (("Kenji Aso",), ("Rina Ueno",))
    assert (facts.character_design, facts.music) == (("Sho Kato",), ("Daichi Hara",))


def test_a_streams_start_is_not_the_premiere_even_when_it_says_japanese() -> None:
    body = (
        "Bluebell+'s Japanese-language stream with English subtitles starts on January 4."
        " The anime debuts on Tokyo MX on January 4 at 24:00 (effectively January 5 at"
        " 12:00 a.m.)."
    )
    facts = one(body, title="Salt Road Rangers Anime Premieres in January", published="2024-12-19")
    assert (str(facts.premiere_date), facts.premiere_time) == ("2025-01-05", "00:00 JST")


def test_page_noise_and_glued_sentences_do_not_become_facts() -> None:
    body = (
        "Salt Road Rangers Anime Reveals Cast\n\nposted on by Aki Mori\n\nLeave a Reply\n\n"
        "The characters are being designed by Sho Kato (Iron Petal).The anime premieres on"
        " TBS in January."
    )
    facts = one(body, title="Salt Road Rangers Anime Reveals Cast")
    assert facts.title == "Salt Road Rangers"
    assert facts.character_design == ("Sho Kato",)
    assert facts.broadcasters == ("TBS",)


def test_a_plain_text_guide_opens_each_show_with_its_title_line() -> None:
    body = (
        "This season's shows are below.\n"
        "Salt Road Rangers\nStudio: Studio Dune\nGenre: Comedy\nPremiere Date: October 6\n"
        "What It Is About: A road trip.\n"
        "Iron Petal\nStudio: Lapis Frame\nPremiere Date: October 8\nWhere to Watch: HIDIVE"
    )
    found = shows(body, title="Your Fall 2025 Anime Guide", published="2025-09-20")
    assert [(f.title, f.studios) for f in found] == [
        ("Salt Road Rangers", ("Studio Dune",)),
        ("Iron Petal", ("Lapis Frame",)),
    ]
    assert [str(f.premiere_date) for f in found] == ["2025-10-06", "2025-10-08"]
    assert found[1].streaming == ("HIDIVE",)


def test_an_article_listing_shows_one_per_line_gives_each_show() -> None:
    body = (
        "Bluebell+ will add the following anime in April:\n"
        "4/2/2025: Salt Road Rangers (Premiere)\n"
        "4/9/2025: Iron Petal Episodes 1 - 13 (Dubbed)\n"
        "4/10/2025: Echo Valley (Dubbed)\n\n"
        "Salt Road Rangers premieres on April 2."
    )
    found = shows(body, title="Bluebell+ Adds Salt Road Rangers, 2 More in April 2025")
    assert [f.title for f in found] == ["Salt Road Rangers", "Iron Petal", "Echo Valley"]


def test_a_quoted_song_in_the_headline_is_not_the_title() -> None:
    body = (
        "The official website for the Iron Petal anime began streaming a video for its third"
        ' season, with the opening theme song "TOMORROW" by the band Lumen.'
    )
    headline = 'Iron Petal 3rd Season Video Reveals OP Theme Song "TOMORROW" by Lumen'
    assert one(body, title=headline).title == "Iron Petal Season 3"


def test_a_number_can_be_the_title_the_headline_gives() -> None:
    body = "The anime of Ami Koda's 86 light novel series premieres on April 10 on Tokyo MX."
    assert one(body, title="86 Sci-Fi Anime Reveals April 10 Debut").title == "86"


def test_a_heading_with_two_names_gives_a_title_and_its_other_name() -> None:
    body = (
        "Our autumn picks.\n\nYoru no Niwa/The Night Garden\n\nBegins: October 8th, 2025\n\n"
        "Streaming: Crunchyroll\n\nIron Petal\n\nBegins: October 9th, 2025"
    )
    found = shows(body, title="Autumn 2025 Preview", published="2025-09-01")
    assert [f.title for f in found] == ["Yoru no Niwa", "Iron Petal"]
    assert "The Night Garden" in found[0].alt_titles


def test_two_shows_joined_by_a_comma_in_the_headline_give_two_records() -> None:
    body = (
        "The film of Salt Road Rangers moves to June 4. Salt Road Rangers had been set for May."
        " Iron Petal, the other film, moves to July 9. Iron Petal opens in 100 theaters."
    )
    found = shows(body, title="Salt Road Rangers, Iron Petal Anime Films Delayed")
    assert [f.title for f in found] == ["Salt Road Rangers", "Iron Petal"]


def test_a_headline_led_by_a_person_the_body_calls_by_family_name_is_not_the_show() -> None:
    body = (
        "On Saturday, Aki Moriyama (Paper Comet) revealed the heroine and the November 11"
        " opening of Lanterns of the Quiet Harbor, his first film in three years.\n\n"
        "Moriyama calls Lanterns of the Quiet Harbor a road movie."
    )
    title = "Aki Moriyama Unveils New Anime Film Lanterns of the Quiet Harbor's Heroine"
    assert one(body, title=title).title == "Lanterns of the Quiet Harbor"


def test_a_headline_listing_the_cast_names_one_show() -> None:
    body = (
        "The website for the Salt Road Rangers anime announced three lead cast members.\n\n"
        "Mai Oda as Lily\n\nKen Sato as Taku\n\nYui Abe as Mina\n\nThe anime debuts in 2026."
    )
    facts = one(body, title="Mai Oda, Ken Sato, Yui Abe Star in Salt Road Rangers Anime")
    assert facts.title == "Salt Road Rangers"
    assert [c.actor for c in facts.cast] == ["Mai Oda", "Ken Sato", "Yui Abe"]


def test_a_headline_naming_an_earlier_works_team_takes_the_anime_it_makes() -> None:
    body = (
        "Studio Dune and the staff of Paper Comet are making Salt Road Rangers, an original"
        " anime. Paper Comet director Kenji Aso returns; Paper Comet writer Mai Oda writes."
        " The anime premieres on Tokyo MX in October."
    )
    title = "Paper Comet Team Makes Original Rowing TV Anime Salt Road Rangers"
    assert one(body, title=f"{title} in October").title == "Salt Road Rangers"


def test_a_preview_event_in_a_shows_news_headline_makes_no_list_article() -> None:
    body = (
        "<p>The second Salt Road Rangers season revealed its promo video on Sunday.</p>"
        "<p>The season premieres on July 3 on Tokyo MX.</p><h3>Iron Petal</h3>"
        "<p>Within the story, the heroine stars in a stage play.</p>"
    )
    title = "Salt Road Rangers Season 2 Reveals Promo Video, July 3 Debut, AX Preview"
    assert one(body, title=title).title == "Salt Road Rangers Season 2"


def test_a_title_with_a_mark_inside_keeps_the_words_before_it() -> None:
    body = (
        "The Salt Road!!! On Ice anime premieres on October 6. Salt Road!!! On Ice is an"
        " original story. Studio Dune animates Salt Road!!! On Ice."
    )
    assert one(body, title="Salt Road!!! On Ice Premieres October 6th").title == (
        "Salt Road!!! On Ice"
    )
    body = "Tsukimi. THE ANIMATION 2 is delayed. Tsukimi. THE ANIMATION 2 now opens in July."
    title = "Tsukimi. THE ANIMATION 2 Anime Delayed to July"
    assert one(body, title=title).title == "Tsukimi. THE ANIMATION 2"


def test_a_headline_clause_that_plans_something_is_not_part_of_the_title() -> None:
    body = "Sentai Filmworks licensed the anime. It will stream only on HIDIVE, from July 7."
    title = "Sentai Filmworks Acquires Iron Petal, Plans HIDIVE Exclusive"
    assert one(body, title=title).title == "Iron Petal"


def test_a_second_seasons_news_under_a_subheadline_is_that_season() -> None:
    body = (
        "Oda voices a researcher in the season that premieres July 3\n\n"
        "The official website for the anime of Aki Mori's Salt Road Rangers manga announced"
        " that Mai Oda has joined the second season's cast as Lily."
    )
    title = "Salt Road Rangers Anime Casts Mai Oda as Lily"
    assert one(body, title=title).title == "Salt Road Rangers Season 2"


def test_a_headline_subtitle_after_a_colon_is_kept_as_the_body_writes_it() -> None:
    body = (
        "The second season of Aki Mori's Salt Road - From Dunes to the Sea light novel series"
        " premieres on January 13. Salt Road airs on AT-X."
    )
    title = "Salt Road: From Dunes to the Sea Season 2 Unveils Cast, January 13 Debut"
    assert one(body, title=title).title == "Salt Road - From Dunes to the Sea Season 2"


def test_a_title_styled_in_lower_case_is_read_from_the_headline() -> None:
    body = (
        "The official website for the original rugby anime road24 revealed a promo video."
        " The anime will have 12 episodes and premieres on January 8."
    )
    facts = one(body, title="road24 Rugby Anime Reveals New Promo Video, 12-Episode Length")
    assert facts.title == "road24"
    assert facts.genres == ("rugby",)


def test_an_untitled_opening_theme_does_not_make_the_show_untitled() -> None:
    body = (
        'The fantasy anime "Salt Road Rangers" premieres in January. The singer Chima will'
        " perform the still-untitled opening theme. Salt Road Rangers airs on Tokyo MX."
    )
    title = "'Salt Road Rangers' Latest News: Premiere Dates and Promotional Video"
    assert one(body, title=title).title == "Salt Road Rangers"


def test_a_headline_less_page_opening_with_the_show_in_the_past_tense_names_it() -> None:
    body = (
        "Salt Road ran as a short series in 2015, and its twist on the virtual world genre"
        " won fans.\n\nThe new trailer teases the January 9 premiere and the arc Salt Road"
        " covers next.\n\nThe story takes place in Yggdrasil, a game. Yggdrasil shuts down."
    )
    assert one(body, title=None).title == "Salt Road"


def test_a_stations_block_starting_with_a_show_names_that_show() -> None:
    body = (
        "TV Tokyo will start a new anime block on Sunday nights, and the first show in it is"
        " Iron Petal The Animation, based on a smartphone game. The anime debuts on April 7."
    )
    title = "TV Tokyo Launches New Sunday Night Anime Block Starting With Iron Petal The Animation"
    assert one(body, title=title).title == "Iron Petal The Animation"


def test_a_long_headline_title_the_scraped_body_lost_is_still_the_show() -> None:
    body = (
        "announced on Friday that the second season of the television anime ofand's) light"
        " novel series has been pushed back to 2024. The new season will be streamed by"
        " Crunchyroll."
    )
    title = "The Duke of Copper and His Clockwork Maid Anime's 2nd Season Delayed to 2024"
    facts = one(body, title=title)
    assert facts.title == "The Duke of Copper and His Clockwork Maid Season 2"
    assert facts.streaming == ("Crunchyroll",)


def test_a_sentence_that_opens_with_titled_names_the_film() -> None:
    body = (
        "The team behind Paper Comet is making a new anime film, and its first visual is out."
        "\n\nTitled Lanterns of the Quiet Harbor, the film is set in a small port town."
    )
    title = "Paper Comet Team’s New Movie Visual Revealed"
    assert one(body, title=title).title == "Lanterns of the Quiet Harbor"


def test_a_creators_possessive_headline_takes_the_work_the_body_names() -> None:
    body = (
        "TATSUMI and irodori announced a three-minute Salt Road special for New Year's Eve."
        " The anime of director TATSUMI and irodori 's Salt Road project premiered in 2020."
        " After the 12th episode, TATSUMI confirmed that he was making a new project."
    )
    title = "TATSUMI's Salt Road Anime Gets 3-Minute Televised Short on New Year's Eve"
    assert one(body, title=title).title == "Salt Road"


def test_where_a_film_comes_from_describes_it_and_is_no_title() -> None:
    body = (
        "The French-Japanese film Lantern Cat Anzu revealed a new video on Friday. Aki Mori"
        " joins the cast as Anzu's mother. The film opens on July 19."
    )
    title = "French-Japanese Film Lantern Cat Anzu's Video Reveals New Cast Member Aki Mori"
    assert one(body, title=title).title == "Lantern Cat Anzu"


def test_a_concept_before_the_anime_marker_describes_the_title_after_it() -> None:
    body = (
        'A livestream for Glass Meadow Re:BLOOM, the "Steam x Choir" mixed-media project of'
        " two publishers, revealed its promo video. Glass Meadow Re:BLOOM premieres this year."
        " The project's full title is Glass Meadow Re:BLOOM ~Songs of the Boiler Room~."
    )
    headline = "Pubco, Paperwhale's Steam x Choir Anime Glass Meadow Re:BLOOM Reveals Promo"
    assert one(body, title=headline).title == "Glass Meadow Re:BLOOM"


def test_two_titles_joined_by_a_slash_give_the_first_the_body_writes() -> None:
    body = (
        "The staff of Aki Mori's new anime film Tsuki no Fune wa. (the moon ship.) announced"
        " two more cast members. The film opens in Japan on August 26."
    )
    headline = "Aki Mori's Tsuki no Fune wa./the moon ship. Film Casts Rina Sato, Emi Kudo"
    assert one(body, title=headline).title.rstrip(".") == "Tsuki no Fune wa"


def test_a_work_the_headline_credits_the_director_with_is_not_the_new_show() -> None:
    body = (
        "Kenji Aso, the director who is known for anime of the caliber of Salt Road Rangers,"
        " will soon be back on Fuji TV with a brand new TV series. Heading the cast is Mai"
        " Oda. The project is presented on Thursday, with a teaser trailer."
    )
    headline = "The director of Salt Road Rangers will soon return with a new anime"
    assert "Salt Road Rangers" not in [f.title for f in shows(body, title=headline)]


def test_a_columns_name_before_a_dash_leaves_the_headline_to_the_show_after_it() -> None:
    body = (
        "Salt Road Rangers\n\nHow would you rate episode 1 of Salt Road Rangers ?\n\n"
        "Dana Whitfield\n\nRating: 3.5\n\n"
        "Framed as a revival of an old anime, Salt Road Rangers introduces six brothers."
        " Salt Road Rangers premieres on TV Tokyo on October 5 and streams on Paperwhale."
    )
    found = shows(body, title="The Fall 2015 Anime Preview Guide - Salt Road Rangers")
    assert [f.title for f in found] == ["Salt Road Rangers"]


def test_a_new_anime_of_a_franchise_takes_the_name_the_body_gives_it() -> None:
    body = (
        "After a recent tease, we finally have a first look at the new Iron Petal anime. Iron"
        " Petal Kaigun ReBOOT! is heading to TV in January, with Mai Oda in the lead."
    )
    found = one(body, title="New Iron Petal Anime Dashes in with First Promo")
    assert found.title == "Iron Petal Kaigun ReBOOT!"


def test_a_directors_new_untitled_anime_is_not_named_after_his_earlier_work() -> None:
    body = (
        "Legendary anime director Aki Mori returns with a new anime next year! Paperwhale has"
        " revealed that the Salt Road Rangers director will make a new animated series next"
        " year, as chief director and scriptwriter. The new work is slated for summer 2020."
    )
    headline = "Salt Road Rangers Director Aki Mori to Create a New Anime for Release in 2020"
    titles = [f.title for f in shows(body, title=headline)]
    assert "Salt Road Rangers" not in titles and "Legendary" not in titles


def test_a_teams_new_film_titled_in_the_body_keeps_its_title() -> None:
    body = (
        "The team behind Salt Road Rangers is making a new anime film. Titled Kokoro no Fune"
        " (The Heart's Ship), the film is set in Chichibu. Director Aki Mori returns."
    )
    assert one(body, title="Salt Road Team's New Movie Visual Revealed").title == "Kokoro no Fune"


def test_a_franchise_film_named_by_its_official_site_takes_that_full_title() -> None:
    body = (
        "On Monday, the official website for the 2024 Lantern film Eiga Lantern: Nobita no"
        " Umi Symphony ( Lantern the Movie: Nobita's Sea Symphony) posted a new trailer.\n\n"
        "The franchise's 43rd film opens in Japan on March 1. Lantern the Movie: Nobita's"
        " Treasure Island was the 2018 film, and Lantern the Movie 2023 sold well too. Lantern"
        " fans know Lantern, and the Lantern the Movie series runs every year with Lantern."
    )
    facts = one(body, title="2024 Lantern Film Trailer Reveals Theme Song", published="2024-01-15")
    assert facts.title == "Eiga Lantern: Nobita no Umi Symphony"
    assert facts.season is None  # an "Eiga" title is a film's


def test_a_makers_credits_in_parentheses_do_not_name_the_new_short() -> None:
    body = (
        "1st anime collaboration for the agency, Salt Road director\n\n"
        "The agency revealed that it is working with director AKIRA (Salt Road, Iron Petal)"
        " on a special short anime. It premieres on December 31 from 9:57 to 10:00 p.m. JST"
        " on Tokyo MX.\n\n"
        "At the studio Yaoyorozu, AKIRA directed the first season of the Salt Road television"
        " anime series."
    )
    found = shows(body, title="paperwhale, AKIRA Present Short Anime on New Year's Eve")
    assert [f.title for f in found] == [None]
    assert found[0].premiere_time == "21:57 JST"  # a range's "p.m." holds for its start too


def test_a_companys_name_a_speech_quote_and_a_spotlight_headline() -> None:
    body = "Paperwhale Bros. teased a new anime movie, with an announcement coming next month."
    titles = [f.title for f in shows(body, title="Paperwhale Bros. Teases New Anime Movie")]
    assert "Paperwhale" not in titles
    body = "The director said the storyboards for his next work are nearly done. He began in 2022."
    titles = [
        f.title
        for f in shows(body, title='Aki Mori: Storyboards for Next Work Are "Just About Done"')
    ]
    assert "Just About Done" not in titles
    spotlight = (
        "Launch Info\n\nTerritories: North America, Europe, Oceania, and CIS\n\n"
        "Launch Time: TBD\n\nLANTERN is heading to TV this fall. LANTERN follows a girl in a"
        " maze.\n\nMechanical Design\n\nHiro Taiga\n\nStan Brunet\n\nSound Director\n\nEri Kimura\n"
    )
    found = shows(spotlight, title="LANTERN - Paperwhale Fall 2021 Spotlight")
    assert [f.title for f in found] == ["LANTERN"]


def test_a_cued_titles_shorter_head_keeps_its_last_word_before_the_colon() -> None:
    body = (
        "Returning series such as Moss x Lantern carry on their stories this fall. First, Moss"
        " x Lantern, last spring's big hit, is coming back. On top of that, the series is"
        " getting a spinoff film, Moss x Lantern: Code White, which opens in December."
        " Moss x Lantern remains the season's favourite."
    )
    found = shows(body, title="Fall 2023 Anime Guide", published="2023-09-20")
    assert [f.title for f in found][:1] == ["Moss x Lantern"]


def test_the_subject_of_is_scheduled_to_air_is_the_show_and_a_girl_named_x_is_not() -> None:
    body = (
        "Crunchyroll has announced an updated version of its summer lineup.\n\n"
        "Moss Game in 5 Seconds is scheduled to air on July 13, with later episodes every"
        " Tuesday. Moss Game in 5 Seconds streams in Thailand too.\n\n"
        "The story follows Akira, a keen gamer who is drawn one day into a battle with a"
        " mysterious girl named Mion. Mayumi Shintani voices Mion."
    )
    found = shows(body, title="Crunchyroll Adds 2 More Anime to Summer 2021 Lineup")
    assert [f.title for f in found] == ["Moss Game in 5 Seconds"]


def test_the_title_a_teaser_reveals_is_the_show_not_the_franchise() -> None:
    text = (
        "The official account for the Lantern Harbor anime posted a teaser for the first of "
        "six sequel films. The teaser reveals the film's title, Lantern Harbor: Crown Tide, "
        "along with its cast and its opening date of April 10, 2020. Lantern Harbor fans "
        "waited long for it. Rei Ono returns from the Lantern Harbor television series to "
        "direct the film."
    )
    found = one(text, title="1st Lantern Harbor Sequel Film's Teaser Reveals Title, Cast")
    assert found.title == "Lantern Harbor: Crown Tide"


def test_hits_a_performer_sang_for_are_no_shows_of_the_article() -> None:
    text = (
        "The creator of one of the best anime of this year is about to see another of his "
        "works turned into a movie.\n\n"
        "The official account of the Lantern Harbor anime project has revealed its first trailer, "
        "and the film opens in Japanese theaters on September 19, 2025. The theme song will "
        "be performed by Glass Moon, who have performed for hits such as Paper Comet, Tide "
        "Runners and Blue Orchard. Lantern Harbor will surely be one of the year's best films, "
        "in a year when hits such as Iron Sky and Comet Road take over cinemas."
    )
    assert [f.title for f in shows(text, title=None)] == ["Lantern Harbor"]


def test_a_quoted_earlier_work_of_the_staff_is_no_show_of_its_own() -> None:
    text = (
        'The first promotional video is out for the original anime "Lantern Harbor."\n\n'
        "The series reunites the main staff who previously worked together on the anime "
        'adaptation of the webcomic "Paper Comet Days."\n\n'
        "Rei Ono is directing the series at the studio Kite, whose most recent work also "
        'includes "Tide Runners Hanamaru."\n\n'
        "Mika Sato will write the series scripts, and the Lantern Harbor anime premieres in "
        "April 2018."
    )
    found = shows(text, title="'Lantern Harbor' Latest News: New Promo Video")
    assert [f.title for f in found] == ["Lantern Harbor"]


def test_two_parts_that_read_as_the_same_show_give_one_record() -> None:
    text = (
        "Lantern Harbor is finally coming back for Season 2 in a couple of days, and the anime "
        "has revealed how many episodes the season runs! The Summer 2024 anime schedule "
        "kicks off this month, and Lantern Harbor is one of the biggest comebacks this Summer, "
        "taking on a new arc from Rei Ono's original manga.\n\n"
        "With Lantern Harbor Season 2 premiering on July 3rd in Japan, the anime is previewing "
        "its home media plans. The new season will have 13 episodes in total.\n\n"
        "When Does Lantern Harbor Season 2 Come Out?\n\n"
        "Lantern Harbor Season 2 will premiere on July 3rd in Japan, and HIDIVE has confirmed "
        "that it will stream the new episodes. Lantern Harbor Season 2 will also bring a new "
        "opening theme titled \u201cFatale,\u201d performed by GEMN."
    )
    found = shows(text, published="2024-07-01")
    assert [f.title for f in found] == ["Lantern Harbor Season 2"]
    assert found[0].streaming == ("HIDIVE",)


def test_a_colon_inside_a_leads_english_gloss_does_not_leave_half_a_gloss() -> None:
    text = (
        "Lantern Harbor: Umi no Uta (Lantern Harbor: Song of the Sea), the fourth film in the "
        "Lantern Harbor franchise, opened in 366 theaters on Saturday and took #2 at the box "
        "office for the weekend. It sold 355,200 tickets.\n\n"
        "The new film is projected to earn 2.5 billion yen.\n\n"
        "Paper Comet: The Last Light beat the latest Lantern Harbor film for the weekend in "
        "both tickets sold (737,467) and total yen earned, even though it opened on Friday."
    )
    titles = [f.title for f in shows(text, title="Lantern Harbor Film Debuts at #2")]
    assert titles[0] == "Lantern Harbor: Umi no Uta"


def test_a_sequel_written_with_a_lower_case_season_is_named_from_the_body() -> None:
    text = (
        "On Friday, May 9, 2025, a new promotional video for the upcoming My Lantern Darling "
        "season 2 television anime began streaming on the official YouTube channel. The "
        "trailer previewed the sequel's opening theme song.\n\n"
        "The latest announcement only covered the opening theme of My Lantern Darling season "
        "2, so the ending theme details will probably follow soon."
    )
    assert one(text, title=None, published="2025-05-09").title == "My Lantern Darling Season 2"


def test_a_new_works_title_given_in_single_quotes_names_it() -> None:
    text = (
        "Kenji Hosaka (Wolf Harbor, Summer Tide) has announced his next animated feature film, and "
        "it will release in Japan in July 2015. Its title is 'The Boy & the Lantern.' A teaser "
        "poster was shown as well; the story centers on an orphaned boy in Shibuya.\n\n"
        "If you're a fan of Hosaka's films, have a look at the manga of Wolf Harbor."
    )
    found = one(text, title="Kenji Hosaka's next film announced!", published="2014-12-10")
    assert found.title == "The Boy & the Lantern"


def test_the_third_season_of_x_names_x_season_3() -> None:
    text = (
        "A new teaser visual and an October 2025 premiere date have been announced for the "
        "upcoming third season of Lantern Harbor. The third season will air on the NHK General "
        "channel in Japan. Crunchyroll will also stream the anime's new season."
    )
    assert one(text, title=None, published="2025-04-20").title == "Lantern Harbor Season 3"


def test_a_headline_less_page_names_its_show_where_a_sentence_opens_with_it() -> None:
    text = (
        "Studio Kite clearly has a busy 2025 ahead. This spring brings Moss Harbor: Vigilantes, "
        "and this fall its final season reaches TV. Lanternakuta may not share a premise with "
        "those shows, but it could match their energy. Crunchyroll announced that it will be "
        "the only place to stream Lanternakuta this July.\n\n"
        "Lanternakuta is based on the manga serialized in Weekly Shonen Magazine."
    )
    assert one(text, title=None, published="2025-03-14").title == "Lanternakuta"


def test_a_headline_less_film_page_takes_its_show_from_a_later_opening_not_a_watch_heading() -> (
    None
):
    text = (
        "The newest anime movie from Rei Kagami has begun arriving in theaters around Japan, "
        "and a new trailer marking the full release of Tobira no Umi gives the most complete "
        "look yet at the movie! Thanks to hits such as Glass Bell and Paper Sky, Kagami has "
        "become one of the better-known directors of the past few years. Everyone had their "
        "eyes on the new movie as the director put out another big feature.\n\n"
        "Tobira no Umi officially opened in theaters throughout Japan on November 11th, and "
        "it beat other worldwide releases at the box office.\n\n"
        "How You Can Watch Tobira no Umi\n\n"
        "Tobira no Umi still has no official English title, but it has been licensed for "
        "release in English. Rei Kagami is credited with the direction, story, and "
        "screenplay for Toho."
    )
    found = one(text, title=None, published="2022-11-13")
    assert (found.title, found.director) == ("Tobira no Umi", ("Rei Kagami",))


def test_readers_comments_quoting_the_headline_do_not_make_it_the_title() -> None:
    text = (
        "What You Need to Know:\n\n"
        "An animation studio based in Nagoya has announced an original anime for 2020! "
        "Lanternzakura is themed around a near-future setting.\n\n"
        "bee-surprised1 New Anime Lanternzakura Announced for 2020!\n\n"
        "I had no idea there were animation studios in Nagoya.\n\n"
        "bee-surprised1 New Anime Lanternzakura Announced for 2020!"
    )
    found = one(text, title="New Anime Lanternzakura Announced for 2020!", published=None)
    assert found.title == "Lanternzakura"


def test_a_work_dubbed_x_names_x() -> None:
    text = (
        "Lantern Harbor ranked among the anime releases of 2018 that critics praised most. Two "
        "film projects are about to grant fans' wish. The first is a side-story. Dubbed Lantern "
        "Harbor Gaiden: Eternity and the Auto Moss Doll, the side-story film has just put out "
        "its first trailer."
    )
    assert one(text, title=None, published="2019-08-17").title == (
        "Lantern Harbor Gaiden: Eternity and the Auto Moss Doll"
    )


def test_a_studios_newest_film_is_the_show_not_the_works_it_is_known_for() -> None:
    text = (
        'TOKYO, Mar 16 - Studio Kite, the studio known for "Moss Highway" and "The Drifting '
        'Lantern," will release its newest anime film "The Contrarian Tide" exclusively on '
        "Netflix on May 24.\n\n"
        'The studio\'s earlier films include "A Paper Away", which was also released on '
        'Netflix. "A Paper Away" was a hit.'
    )
    assert one(text, title=None, published="2024-03-16").title == "The Contrarian Tide"


def test_a_compilation_films_own_title_set_off_by_its_ordinal_names_it() -> None:
    text = (
        "On Saturday, the official website for the Lantern Reconguista series announced that "
        "Gekijōban Lantern G no Reconguista I: Ike! Core Moss (Go! Core Moss), the first of the "
        "five compilation films planned for the anime, will open in Japan on November 29."
    )
    title = "1st Lantern: Reconguista Compilation Film Opens in Japan on November 29"
    assert one(text, title=title, published="2019-08-25").title == (
        "Gekijōban Lantern G no Reconguista I: Ike! Core Moss"
    )


def test_a_preview_trailer_headline_is_one_show_not_a_season_preview() -> None:
    text = (
        "A new preview trailer for Lantern Road Season 2 came out on Sunday. The sequel will "
        "air in the Fall 2022 anime season and stream on Crunchyroll.\n\n"
        "Lantern Road Season 2 continues from where the first season ended, and Rei Kagami "
        "will direct it.\n\n"
        "The anime adapts the manga by Aya Mori, serialized since 2016.\n\n"
        "Lantern Road took the Best Manga award at the 43rd manga awards in 2019."
    )
    found = shows(
        text, title="Lantern Road Season 2 Preview Trailer Revealed", published="2022-07-03"
    )
    assert [(f.title, f.director) for f in found] == [("Lantern Road Season 2", ("Rei Kagami",))]


def test_a_new_entry_keeps_its_headline_name_over_a_pc_game_of_the_franchise() -> None:
    text = (
        "On Friday, the official website of the new Lantern Rain anime project revealed that "
        "the anime will no longer debut in July as planned. The first Lantern Rain television "
        "anime ran for 26 episodes in 2006. In 2014, the creators released Lantern Rain Hou "
        "for PC in Japan as a thank-you to fans."
    )
    found = one(
        text, title="New Lantern Rain Anime Delayed Due to COVID-19", published="2020-05-21"
    )
    assert found.title == "Lantern Rain"


def test_a_visual_poster_headline_names_the_sequel_and_its_returning_staff() -> None:
    text = (
        "Today, on September 29, the official website for the anime of Aki Mori's light novel "
        "series Lantern Lord confirmed that the series will get a second season, to be "
        "released in January of 2018.\n\n"
        "The main staff members from the first season are coming back for season 2, among "
        "them director Rei Ono, series composition writer Sora Ide, and character designer "
        "Mina Kaze. Studio Kite will once again handle the anime production. The previous "
        "season's staff is coming back, though Jun Aso takes over as character modeling "
        "director."
    )
    found = one(
        text,
        title="New Visual Poster For LANTERN LORD Season 2's January 2018 Premiere",
        published="2017-09-29",
    )
    assert (found.title, found.premiere_date, found.season) == (
        "LANTERN LORD Season 2",
        None,
        "Winter 2018",
    )
    assert (found.director, found.series_composition, found.character_design) == (
        ("Rei Ono",),
        ("Sora Ide",),
        ("Mina Kaze",),
    )


def test_a_manga_magazine_in_the_headline_is_no_show() -> None:
    text = (
        "Shogakukan's Weekly Shonen Comet magazine announced in its 42nd issue that the "
        "Lantern Rain OVA will air on Tokyo MX from October 6. The Lantern Rain OVA "
        "episodes came bundled with the 12th volume of the Shonen Comet manga, and Lantern "
        "Rain follows a boy carried off to a ruined world."
    )
    found = one(text, title="Shonen Comet Anime Short to Air on TV", published="2015-09-20")
    assert (found.title or "").startswith("Lantern Rain")  # the OVA, not the magazine


def test_a_title_in_right_single_quotes_on_both_sides_is_the_headline_s_quoted_title() -> None:
    text = (
        "Transition from a novel series to an anime for 47!\n\n"
        "47 is a science-fiction light novel series by Aki Mori. The first half aired from "
        "April 11 to June 20, 2021 on Tokyo MX, and details about the second half have just "
        "been revealed: it will stream on Netflix."
    )
    headline = "The Anime Series ’47’ Season 2 Arriving with Much Fanfare on Netflix! Release"
    assert one(text, title=headline, published=None).title == "47 Season 2"


def test_a_subheadline_about_the_anime_s_2nd_season_numbers_the_show() -> None:
    text = (
        "Anime's 2nd season premieres on March 25\n\n"
        "The 11th issue of this year's Weekly Comet magazine reveals that Rei Ono has joined "
        "the cast of the Lantern Hero anime as Enji. New cast members announced earlier for "
        "the show's second season include Aki Mori as Hitoshi."
    )
    found = one(
        text, title="Rei Ono Joins Lantern Hero Anime's Cast as Enji", published="2017-02-09"
    )
    assert found.title == "Lantern Hero Season 2"


def test_a_headline_about_the_2nd_film_takes_the_film_the_body_names_second() -> None:
    text = (
        "2nd film opens on July 22\n\n"
        "The staff of the two Re:cycle of Lanterndrum compilation films started streaming a "
        "trailer for the second film. The project re-edits all 24 episodes of the "
        "television anime. The first film, Kimi no Ressha (Your Train), opened on April 29. "
        'The second film, "Boku wa Kimi o Mamoru" (I Protect You), will open on July 22. '
        "Rei Ono is directing the project."
    )
    headline = "2nd Lanterndrum Compilation Film Trailer Previews Song by Triple H"
    found = one(text, title=headline, published="2022-07-06")
    assert found.title == "Boku wa Kimi o Mamoru"


def test_a_section_heading_x_movie_release_date_adds_no_movie_to_the_title() -> None:
    text = (
        "Lantern Back, a special one-shot by Aki Mori, is heading to the big screen, and a "
        "new update has revealed how long the new anime movie will run.\n\n"
        "Lantern Back Movie Release Date\n\n"
        "Lantern Back will open in Japanese theaters on June 28, and it runs 58 minutes."
    )
    found = one(text, title="Lantern Back Anime Movie Reveals Runtime", published="2024-05-11")
    assert found.title == "Lantern Back"


def test_a_directors_family_name_before_the_headline_title_is_no_show() -> None:
    text = (
        "On Thursday, a movie site started streaming the newest trailer for Rei Kagami's "
        "film Hoshi no Umi. The film is the newest work from the creator of Paper Sky, and "
        "Hoshi no Umi opens in Japan on May 7. Composer Tenmon is working with Kagami once more."
    )
    found = one(
        text, title="Kagami's Hoshi no Umi, Lantern Trailers Streamed", published="2011-03-10"
    )
    assert found.title == "Hoshi no Umi"


def test_a_headline_naming_no_show_takes_the_name_that_opens_the_body() -> None:
    body = (
        "Gravelight, a new anime adapted from the hit manga of the same name, finally has a "
        "release window: it is coming to Crunchyroll in October 2025.\n\n"
        "Gravelight is directed by Aya Mori, who is known for Glass Harbor. Jirō Tanabe wrote "
        "the scripts.\n\nWhile we wait for Gravelight, take a look at our guide to Paper "
        "Moon Relay season 3."
    )
    headline = "New supernatural romance anime based on a hit manga gets Crunchyroll release window"
    assert [f.title for f in shows(body, title=headline)] == ["Gravelight"]


def test_a_family_name_opening_a_paragraph_is_no_show() -> None:
    body = (
        "The studio will release two feature films next summer, one of them based on the "
        "life of the engineer Jirō Tanabe.\n\nTanabe became famous as the chief engineer of "
        "many fighter planes in the war era. Tanabe later wrote a memoir about those years."
    )
    titles = [f.title for f in shows(body, title="Studio releasing 2 movies in Summer 2026")]
    assert "Tanabe" not in titles


def test_a_headline_labelled_new_anime_lists_each_show() -> None:
    body = (
        "Three new anime shows were revealed lately.\n\n"
        "Glass Harbor is based on the game of the same name. Studio Kestrel will handle the "
        "animation, and Aya Mori is directing.\n\n"
        "Over the weekend a label unveiled Paper Moon, adapted from a light novel by Jun Sato. "
        "Orchard Works will do the animation production.\n\n"
        "Last of all, the manga artist of Velvet Frame noted that the anime's third season "
        "should arrive after the movie."
    )
    found = shows(body, title="New Anime: Glass Harbor, Paper Moon, Velvet Frame")
    assert [f.title for f in found] == ["Glass Harbor", "Paper Moon", "Velvet Frame Season 3"]
    assert found[0].director == ("Aya Mori",)
    assert found[1].studios == ("Orchard Works",)


def test_a_preview_headline_with_a_studios_season_names_the_show_after_anime() -> None:
    body = (
        "The Spring 2026 season is a long way off, but Orchard Works brought two previews of "
        "its adaptation of Aya Mori's Kaze no Tomodachi (It's Hard to Befriend the Wind) to "
        "the event. Having Jun Sato as director, the anime will air on Noitamina."
    )
    headline = (
        "Check Out Two Previews for Orchard Pictures' Spring 2026 Anime "
        "It's Hard to Befriend the Wind"
    )
    facts = one(body, title=headline)
    assert facts.title in ("It's Hard to Befriend the Wind", "Kaze no Tomodachi")
    assert facts.director == ("Jun Sato",)  # not "Having Jun Sato"


@pytest.mark.parametrize(
    ("headline", "body", "title"),
    [
        (
            "Mina Sato Joins Lantern Harbor ~Tide no Uta~Anime Cast",
            "The Lantern Harbor ~Tide no Uta~ anime added Mina Sato to its cast.",
            "Lantern Harbor ~Tide no Uta~",
        ),
        (
            "Aya Mori’s On Air Lanterns! 2026 TV Animation Teaser Visual Revealed",
            "Aya Mori’s On-Air Lanterns! gets an anime. The On Air Lanterns! visual is out too.",
            "On Air Lanterns",
        ),
        (
            "Paper Comet: New Show by Glass Harbor Director Jun Sato",
            "The new show from director Jun Sato was announced today. Studio Kestrel will animate.",
            "Paper Comet",
        ),
        (
            "News: TV Anime Velvet Frame Premiere Date Confirmed + Trailer",
            "The TV anime of the Velvet Frame!! manga premieres on April 8. TRUSTRICK will sing "
            "its as-yet-untitled OP song.",
            "Velvet Frame",
        ),
        pytest.param(
            "Mio Kaneda, Starlit Choir Perform Themes for A Tale of the Quiet Knight Anime",
            (
                "On Saturday, the official website for the television anime of the light novel "
                "series announced the theme song artists. Mio Kaneda sings the opening theme "
                'song "Flare." The anime will debut in April 2026.'
            ),
            "A Tale of the Quiet Knight",
            id="singers_performing_themes_for_a_show_leave_the_show_alone_in_the_title",
        ),
        pytest.param(
            "World's Edge Garden Episode 2 And The Rest Delayed Till January 2026",
            (
                "On Friday, the official website of the upcoming anime World’s Edge Garden "
                "announced that episode 2 and every later episode are delayed to January 2026. "
                "World’s Edge Garden will still air its first episode as planned."
            ),
            "World’s Edge Garden",
            id="a_headline_apostrophe_matches_the_bodys_curly_one",
        ),
        pytest.param(
            "Netflix orders anime series based on Japanese Manga Quiet Knight: See the cast",
            (
                "Netflix to bring anime series based on Japanese Manga Quiet Knight.\n\nThe "
                "Japanese voice cast features Aya Mori as Gesa. Quiet Knight draws on an older "
                "story arc."
            ),
            "Quiet Knight",
            id="a_cue_drops_the_kind_of_source_before_the_name",
        ),
        pytest.param(
            "Jun Sato Joins Cast of Lantern Harbor Anime 2nd Season",
            "The anime's official website announced that Jun Sato joins the second season as Kai.",
            "Lantern Harbor Season 2",
            id="an_actor_joining_the_cast_of_a_sequel_leaves_the_sequel",
        ),
        pytest.param(
            "New Kagerou TV Anime Teaser Trailer",
            (
                "Today saw the first teaser for the Kagerou TV anime, the adaptation of Aya "
                "Mori's novel Kagerou Labyrinth Marker.\nThe trailer previews the opening theme "
                "song.\nKagerou will be animated at Studio Kestrel and starts in Fall 2026."
            ),
            "Kagerou",
            id="a_new_anime_takes_no_longer_name_from_its_source_novel_or_the_next_line",
        ),
        pytest.param(
            'Lantern: Nobita\'s Little "Sky Wars" 2026 Film Video Highlights Original, Remake',
            (
                'On Wednesday, the website for the Lantern: Nobita\'s Little "Sky Wars" 2026 '
                "anime film started streaming a video. The film opens on March 4."
            ),
            'Lantern: Nobita\'s Little "Sky Wars" 2026',
            id="a_quoted_word_inside_a_titles_year_form_stays_part_of_it",
        ),
        pytest.param(
            "Kagerou Novels Get TV Anime in 2026",
            (
                "Aniplex revealed that a television anime based on Aya Mori's Kagerou "
                "historical fantasy novel series will debut in 2026."
            ),
            "Kagerou",
            id="a_plural_source_before_get_is_no_part_of_the_title",
        ),
        pytest.param(
            "Kagerou Surprises with New Characters",
            "The Kagerou anime unveiled four new characters this Tuesday.",
            "Kagerou",
            id="a_headline_verb_such_as_surprises_ends_the_title",
        ),
        pytest.param(
            "Kestrel Works, Orchard's Paper Moon Game Gets TV Anime in April",
            (
                "Kestrel Works and Orchard's mahjong game Paper Moon gets a television anime in "
                "April. Jun Sato is directing the Paper Moon anime at Studio Lark."
            ),
            "Paper Moon",
            id="two_makers_of_one_game_are_no_list_of_shows",
        ),
        pytest.param(
            "KAGEROU HOTEL Mobile Game Inspires Anime Adaptation",
            "An anime adaptation was announced for the KAGEROU HOTEL mobile video game today.",
            "KAGEROU HOTEL",
            id="the_kind_of_game_before_inspires_is_no_part_of_the_title",
        ),
        pytest.param(
            "Lantern Harbor Is Featuring JAM Circle For Its Opening Theme In Season 2",
            "JAM Circle will sing the opening of the second season of Lantern Harbor.",
            "Lantern Harbor Season 2",
            id="is_featuring_ends_the_title_and_the_band_is_no_show",
        ),
    ],
)
def test_headline_shapes_around_a_title(headline: str, body: str, title: str) -> None:
    assert (one(body, title=headline).title or "").rstrip("!") == title


def test_the_author_credited_with_the_original_manga_is_no_show() -> None:
    body = (
        "Lantern Crystal's story carries on in the 2-part Pretty Lantern Eternal The MOVIE "
        "films. The films adapt the Dead Moon arc of Mina Takeda's original manga.\\n\\n"
        "Mina Takeda is credited with the original work, and she supervises the films too."
    )
    facts = one(body, title="Studio Kestrel and Toei Co-Produce Lantern Eternal Films")
    assert facts.title != "Mina Takeda"
    assert facts.original_creator == ("Mina Takeda",)

"""Credit, date and list forms of outlets beyond the ones the readers were first written for."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import one

from pipeline.core.models import CastMember

HEADLINE = "Salt Road Rangers Anime Reveals Staff"


def test_role_in_parentheses_after_the_name() -> None:
    body = "Aki Mori (director) and Ken Oda (series composition) lead Salt Road Rangers."
    facts = one(body, title=HEADLINE)
    assert facts.director == ("Aki Mori",)
    assert facts.series_composition == ("Ken Oda",)


def test_other_works_in_parentheses_are_still_not_roles() -> None:
    facts = one("Aki Mori (Paper Comet) is directing Salt Road Rangers.", title=HEADLINE)
    assert facts.director == ("Aki Mori",)


def test_name_as_role() -> None:
    body = (
        "Salt Road Rangers is an original anime, with Aki Mori as director, Ken Oda as series"
        " composition writer, Yui Sato as character designer and Rin Abe as composer."
    )
    facts = one(body, title=HEADLINE)
    assert facts.director == ("Aki Mori",)
    assert facts.series_composition == ("Ken Oda",)
    assert facts.character_design == ("Yui Sato",)
    assert facts.music == ("Rin Abe",)


def test_cast_list_after_a_label_paragraph() -> None:
    body = "<p>Salt Road Rangers premieres in April.</p><p>Cast</p><ul><li>Iris: Mai Oda</li></ul>"
    facts = one(body, title=HEADLINE)
    assert facts.cast == (CastMember(actor="Mai Oda", character="Iris"),)


def test_author_and_illustrator_nouns_before_the_owners() -> None:
    body = "Author Ami Koda and illustrator Sen Ito's Salt Road Rangers light novel gets an anime."
    facts = one(body, title=HEADLINE)
    assert facts.original_creator == ("Ami Koda", "Sen Ito")


def test_numeric_month_day_dates() -> None:
    facts = one("Salt Road Rangers airs in Japan on 7/8 at 23:30 on Fuji TV.", title=HEADLINE)
    assert facts.premiere_date == date(2025, 7, 8)
    assert facts.premiere_time == "23:30 JST"


def test_a_figure_scale_is_not_a_date() -> None:
    facts = one("Salt Road Rangers gets a 1/7 scale figure on TV Tokyo's store.", title=HEADLINE)
    assert facts.premiere_date is None


def test_press_release_dateline_is_not_the_premiere() -> None:
    body = (
        "TOKYO (March 1, 2025) - Salt Road Rangers will stream on Crunchyroll. It premieres in"
        " Japan on April 9 on TV Tokyo."
    )
    assert one(body, title=HEADLINE).premiere_date == date(2025, 4, 9)


def test_staff_returning_as_their_role() -> None:
    body = "Ken Oda returns as series composition writer for Salt Road Rangers."
    assert one(body, title=HEADLINE).series_composition == ("Ken Oda",)


def test_character_designs_come_from() -> None:
    body = "Character designs for Salt Road Rangers come from Yui Sato."
    assert one(body, title=HEADLINE).character_design == ("Yui Sato",)


def test_source_line_naming_the_material_is_not_provenance() -> None:
    body = (
        "<ul><li>Studio: Dune Works</li><li>Source: Manga by Ami Koda</li>"
        "<li>Episodes: 13</li></ul>"
    )
    facts = one(body, title=HEADLINE)
    assert facts.source_material == "manga"
    assert facts.original_creator == ("Ami Koda",)
    assert facts.episodes_or_cours == "13 episodes"


def test_voice_note_without_a_named_character_keeps_the_actor() -> None:
    body = "The cast includes Iris (CV: Mai Oda) and the innkeeper (CV: Jun Saeki)."
    facts = one(body, title=HEADLINE)
    assert CastMember(actor="Mai Oda", character="Iris") in facts.cast
    assert any(m.actor == "Jun Saeki" for m in facts.cast)


def test_fields_on_one_line_split_by_bars() -> None:
    facts = one("Studio: Dune Works | Premiere: July 5 on Tokyo MX", title=HEADLINE)
    assert facts.studios == ("Dune Works",)
    assert facts.premiere_date == date(2025, 7, 5)


def test_delay_gives_the_new_window_not_the_old_date() -> None:
    body = (
        "Salt Road Rangers has been delayed from July to October 2025 due to production"
        " issues. It was originally scheduled to premiere on July 7."
    )
    facts = one(body, title="Salt Road Rangers Anime Delayed")
    assert facts.premiere_date is None
    assert facts.season == "Fall 2025"


def test_artist_after_by_loses_its_descriptor() -> None:
    body = 'The opening theme, titled "Sugar Orbit", is performed by the idol unit Cream Satellite.'
    facts = one(body, title=HEADLINE)
    assert [(s.kind, s.title, s.artist) for s in facts.themes] == [
        ("opening", "Sugar Orbit", "Cream Satellite")
    ]


def test_cast_line_of_names_without_roles() -> None:
    facts = one("Salt Road Rangers premieres in April.\n\nCast: Mai Oda, Jun Saeki", title=HEADLINE)
    assert [(m.actor, m.character) for m in facts.cast] == [("Mai Oda", None), ("Jun Saeki", None)]


def test_month_and_year_before_debut_give_the_season() -> None:
    body = "The promotional video reveals the anime's April 2025 debut."
    facts = one(body, title=HEADLINE)
    assert facts.season == "Spring 2025"
    assert facts.premiere_date is None


def test_staff_line_of_roles_and_names_without_colons() -> None:
    body = (
        "Staff: Director Aki Mori, Series Composition Ken Oda, Character Design Yui Sato,"
        " Music Rin Abe, Animation Production Dune Works"
    )
    facts = one(body, title=HEADLINE)
    assert facts.director == ("Aki Mori",)
    assert facts.series_composition == ("Ken Oda",)
    assert facts.character_design == ("Yui Sato",)
    assert facts.music == ("Rin Abe",)
    assert facts.studios == ("Dune Works",)


def test_apposition_between_a_name_and_its_role_is_skipped() -> None:
    body = "Aki Mori, who directed Paper Comet, is directing Salt Road Rangers."
    assert one(body, title=HEADLINE).director == ("Aki Mori",)


def test_iso_dates() -> None:
    facts = one("Premiere: 2025-04-05 (Sat), 24:30 on Tokyo MX", title=HEADLINE)
    assert facts.premiere_date == date(2025, 4, 6)
    assert facts.premiere_time == "00:30 JST"


def test_game_developer_is_the_creator_and_not_the_title() -> None:
    body = "The anime of Salt Road, the video game developed by Lumen Forge, premieres in October."
    facts = one(body, title="Salt Road Video Game Gets TV Anime")
    assert facts.title == "Salt Road"
    assert facts.original_creator == ("Lumen Forge",)
    assert facts.source_material == "video game"


def test_bracketed_labels_open_sections() -> None:
    body = (
        "【Broadcast】\nTOKYO MX: From October 5, 2025, every Thursday at 24:30\n"
        "【Streaming】\nPrime Video: From October 5, 2025"
    )
    facts = one(body, title=HEADLINE)
    assert facts.premiere_date == date(2025, 10, 6)
    assert facts.premiere_time == "00:30 JST"


def test_illustrator_credited_with_illustrations_by() -> None:
    body = "It adapts the light novel series by Ami Koda with illustrations by Kuu."
    assert one(body, title=HEADLINE).original_creator == ("Ami Koda", "Kuu")


def test_replaced_director_is_not_credited() -> None:
    body = "Aki Mori will replace Ken Oda as the director of Salt Road Rangers."
    assert one(body, title=HEADLINE).director == ("Aki Mori",)


def test_previously_scheduled_window_gives_no_season() -> None:
    body = "Salt Road Rangers, which was previously scheduled for July 2025, is delayed to 2026."
    assert one(body, title=HEADLINE).season is None


def test_action_packed_is_a_genre() -> None:
    body = "Salt Road Rangers is an action-packed mecha series."
    assert one(body, title=HEADLINE).genres == ("action", "mecha")


def test_headline_aside_and_window_are_read() -> None:
    body = "Director: Aki Mori\n\nBased on the web novel by Ami Koda."
    facts = one(
        body, title="'Salt Road Rangers' TV anime announced for October 2025 (Studio: Dune)"
    )
    assert facts.studios == ("Dune",)
    assert facts.season == "Fall 2025"


def test_service_named_after_its_own_streaming_service() -> None:
    body = "Bluebell Media will simulcast Salt Road Rangers on its streaming service Bell+."
    assert one(body, title=HEADLINE).streaming == ("Bell+",)


def test_window_announced_for_a_month() -> None:
    body = "Salt Road Rangers Season 2 has been announced for October 2025."
    assert one(body, title="Salt Road Rangers Season 2 - Announcement PV").season == "Fall 2025"


def test_translated_role_suffix_is_dropped() -> None:
    body = "Comments from Mai Oda (Iris role) were also released."
    assert one(body, title=HEADLINE).cast == (CastMember(actor="Mai Oda", character="Iris"),)


def test_effective_date_replaces_the_listed_one() -> None:
    body = "It premieres on October 4 on TBS at 1:28 a.m. (effectively, October 5)."
    facts = one(body, title=HEADLINE)
    assert (facts.premiere_date, facts.premiere_time) == (date(2025, 10, 5), "01:28 JST")


def test_band_size_is_not_part_of_the_artist() -> None:
    body = 'The four-member band Nightjar Parade performs the opening theme song "Dive Line."'
    facts = one(body, title=HEADLINE)
    assert [(s.kind, s.title, s.artist) for s in facts.themes] == [
        ("opening", "Dive Line", "Nightjar Parade")
    ]


def test_a_genre_word_that_starts_a_name_is_not_a_genre() -> None:
    body = "Cast\n\nTsuki: Yuri Hanamura\nKujira: Sho Kamata"
    assert one(body, title="Tsuki to Kujira Anime Reveals Cast").genres == ()


def test_play_the_role_of() -> None:
    body = "Mai Oda will play the role of the elder sister Lan, and Jun Saeki will play Mei."
    facts = one(body, title=HEADLINE)
    assert [(m.actor, m.character) for m in facts.cast] == [
        ("Mai Oda", "Lan"),
        ("Jun Saeki", "Mei"),
    ]


def test_stream_date_of_a_show_on_tv_is_not_the_premiere() -> None:
    body = "Salt Road Rangers streams on Crunchyroll from October 3. Japan: Tokyo MX in October."
    assert one(body, title=HEADLINE).premiere_date is None


def test_stream_date_of_a_streaming_original_is_the_premiere() -> None:
    body = "Netflix will stream Salt Road Rangers worldwide on October 3."
    assert one(body, title=HEADLINE).premiere_date == date(2025, 10, 3)


def test_genre_noun_described_before_from() -> None:
    body = "A mystery from Studio Loom, set in old Osaka."
    assert one(body, title=HEADLINE).genres == ("mystery",)


def test_late_night_time_wins_over_the_same_listed_day_alone() -> None:
    body = (
        "The site revealed the anime's April 11 premiere on Friday. The anime will premiere"
        " on TV Tokyo on April 11 at 24:30."
    )
    facts = one(body, title=HEADLINE)
    assert (facts.premiere_date, facts.premiere_time) == (date(2025, 4, 12), "00:30 JST")


def test_earlier_numbered_season_is_not_this_run() -> None:
    body = (
        "The third season will air in two cours, starting in July 2026. The second season"
        " aired in Spring 2025 with 12 episodes on TBS."
    )
    facts = one(body, title="'Salt Road Rangers' Season 3 Confirmed for Two Cours")
    assert (facts.season, facts.broadcasters, facts.episodes_or_cours) == (
        "Summer 2026",
        (),
        "2 cours",
    )


def test_quoted_show_title_is_not_the_songs_title() -> None:
    body = 'The opening theme of the TV anime "Salt Road Rangers" will be "Prism" by YURIKA.'
    facts = one(body, title=HEADLINE)
    assert [(s.kind, s.title, s.artist) for s in facts.themes] == [("opening", "Prism", "YURIKA")]


def test_scripts_handled_written_or_credited_before_the_name() -> None:
    body = (
        "Aki Mori is directing Salt Road Rangers at Studio Kiri, with Ken Oda handling the"
        " scripts, Yui handling the character designs. Its script is being written by Ren Abe."
        " Scriptwriter Mei Sato is also back, together with character designer Rin Toda."
    )
    facts = one(body, title=HEADLINE)
    assert set(facts.series_composition) == {"Ken Oda", "Ren Abe", "Mei Sato"}
    assert facts.director == ("Aki Mori",) and facts.character_design == ("Yui", "Rin Toda")


def test_a_dub_announcement_still_names_the_source_and_its_creator() -> None:
    body = (
        "On Friday, Paperwhale announced the English dub of the television anime of"
        " Mio Tane 's Salt Road Rangers manga. The English cast includes Ann Lee as Rui."
    )
    facts = one(body, title="Salt Road Rangers Anime Gets English Dub")
    assert facts.original_creator == ("Mio Tane",) and facts.source_material == "manga"
    assert facts.cast == ()  # the dub's cast is not the anime's


def test_the_studio_a_director_works_at() -> None:
    body = (
        "Aki Mori is the director at 8-Pixel, with Ken Oda as assistant director. "
        "Mori is directing and writing the anime at 8-Pixel."
    )
    assert one(body, title=HEADLINE).studios == ("8-Pixel",)


def test_character_designers_named_in_the_ways_real_credits_do() -> None:
    body = (
        "Aki Mori oversaw the series scripts, working with Ken Oda, who designed the characters."
        " Yui Sato is again writing the music, and Rin Abe and Mei Toda are once more designing"
        " the characters. Sho Kan and Ryo Ise are character designers as well."
    )
    facts = one(body, title=HEADLINE)
    assert facts.series_composition == ("Aki Mori",) and facts.music == ("Yui Sato",)
    assert set(facts.character_design) == {"Ken Oda", "Rin Abe", "Mei Toda", "Sho Kan", "Ryo Ise"}


def test_directors_of_the_sound_or_the_cg_are_not_the_anime_director() -> None:
    body = (
        "Aki Mori is directing the anime at Studio Kiri. The CGI director is Ken Oda, and"
        " Yui Sato directs the sound. Rin Abe is once again directing the sound. Mei Toda"
        " served as the CG chief director."
    )
    assert one(body, title=HEADLINE).director == ("Aki Mori",)


def test_a_studio_written_with_initials_is_not_cut_at_its_periods() -> None:
    body = "Aki Mori is directing the anime at J.C. Staff, and Ken Oda composes the music."
    facts = one(body, title=HEADLINE)
    assert facts.studios == ("J.C. Staff",) and facts.music == ("Ken Oda",)


def test_a_creators_title_beside_the_name_credits_the_source() -> None:
    body = (
        "Salt Road Rangers adapts the manga by legendary mangaka Aki Mori.\n\n"
        "The film is written by the original manga author Ken Oda himself."
    )
    assert one(body, title=HEADLINE).original_creator == ("Aki Mori", "Ken Oda")
    later = "Rin Abe, the creator of the original manga, visited the studio."
    assert one(later, title=HEADLINE).original_creator == ("Rin Abe",)


def test_a_manga_creator_credited_with_designs_is_not_the_original_creator() -> None:
    body = "Manga creator Yui Sato is the original character designer of Salt Road Rangers."
    assert one(body, title=HEADLINE).original_creator == ()


def test_a_directorial_debut_names_the_director() -> None:
    body = "Salt Road Rangers marks the directorial debut of Aki Mori, a key animator."
    assert one(body, title=HEADLINE).director == ("Aki Mori",)
    body = "Salt Road Rangers is Ken Oda's directorial debut."
    assert one(body, title=HEADLINE).director == ("Ken Oda",)


def test_a_wire_storys_dateline_is_not_a_performer() -> None:
    body = (
        "TOKYO, Feb 14 (News On Japan) - The pop group Night Tram will perform the opening"
        " theme for the upcoming anime Salt Road Rangers."
    )
    assert [t.artist for t in one(body, title=HEADLINE).themes] == ["Night Tram"]


def test_credits_that_name_the_role_before_the_person() -> None:
    body = (
        "Directing the anime at Studio Dune ( Paper Comet ) is Aki Mori ( Iron Petal ), and"
        " Rin Abe is the producer. Overseeing the series scripts is Ken Oda."
    )
    facts = one(body, title=HEADLINE)
    assert facts.director == ("Aki Mori",)
    assert facts.series_composition == ("Ken Oda",)
    later = "The anime is being directed at Studio Dune by Yui Sato (Iron Petal)."
    assert one(later, title=HEADLINE).director == ("Yui Sato",)
    scripts = "Mai Oda serves as chief director, and the scripts come from Ren Abe (Iron Petal)."
    assert one(scripts, title=HEADLINE).series_composition == ("Ren Abe",)


def test_a_show_described_as_a_music_series_is_no_composer() -> None:
    body = "Salt Road Rangers premieres in April. Lantern Harbor is a music short series."
    assert one(body, title=HEADLINE).music == ()


def test_one_word_pen_names_and_a_sequels_source_credit_its_creators() -> None:
    body = "At last debuting, this shojo anime adapts the acclaimed manga by Hatsuharu."
    assert one(body, title=HEADLINE).original_creator == ("Hatsuharu",)
    body = (
        "Matsui (Paper Comet, Iron Petal) launched the manga in Weekly Shonen Jump in 2021."
        " Kadokawa started publishing the novels in print in May 2017."
    )
    assert one(body, title=HEADLINE).original_creator == ("Matsui",)
    sequel = "The anime adapts Shu's Salt Road Rangers light novel series."
    title = "Salt Road Rangers Season 2 Reveals Cast"
    assert one(sequel, title=title).original_creator == ("Shu",)


def test_script_credits_in_more_words_and_a_family_name_takes_the_full_name() -> None:
    body = (
        "Aki Moriyama (Paper Comet) revealed the film's heroine. Moriyama also wrote the"
        " film's script, and Ken Oda returns to write and oversee the scripts of the series."
    )
    assert one(body, title=HEADLINE).series_composition == ("Aki Moriyama", "Ken Oda")


def test_character_design_credits_in_more_words_but_not_the_original_designer() -> None:
    body = (
        "Aki Mori is once again the character designer. Ken Oda is again adapting Yui Sato's"
        " original character designs for animation. Rin Abe drew the original character"
        " designs for the novels."
    )
    assert one(body, title=HEADLINE).character_design == ("Aki Mori", "Ken Oda")


def test_a_chief_animation_directors_line_names_no_studio() -> None:
    body = (
        "Salt Road Rangers is animated at Studio Dune.\n\n"
        "Chief Animation Directors: Aki Mori, Ken Oda"
    )
    assert one(body, title=HEADLINE).studios == ("Studio Dune",)


def test_a_film_distributor_that_produces_is_no_animation_studio() -> None:
    body = (
        "Salt Road Rangers is animated at Studio Dune. In 2010, Universal Pictures and"
        " Illumination Entertainment obtained the film rights to produce a live-action film."
    )
    assert one(body, title=HEADLINE).studios == ("Studio Dune",)


def test_staff_roles_given_respectively_and_a_music_producer_who_is_no_composer() -> None:
    body = (
        "Aki Mori, Ken Oda, and Yui Sato also returned, as art director, sound director, and"
        " composer, respectively. Rin Abe now holds the music producer credit."
    )
    assert one(body, title=HEADLINE).music == ("Yui Sato",)
    band = "Composing the music is F.M.F ( Aki Mori , eba ). The anime airs in April."
    assert one(band, title=HEADLINE).music == ("F.M.F",)


def test_more_ways_news_credits_the_original_work() -> None:
    cases = [
        ("Mina Oda is credited with the original story.", {"Mina Oda"}),
        ("It adapts the manga created by Aki Mori and Ren Sato.", {"Aki Mori", "Ren Sato"}),
        ("It adapts the manga of the same name, written and illustrated by Kumoya.", {"Kumoya"}),
        (
            "It adapts the light novel series of the same name by author Rina Kudo and"
            " illustrator Gilsen.",
            {"Rina Kudo", "Gilsen"},
        ),
        ("The Lantern Harbor Production Committee is credited with the original concept.", set()),
        (
            "Based on the manga written by Aki Mori and illustrated by Ren Sato, Lantern Harbor"
            " aired its first season in 2016.",
            {"Aki Mori", "Ren Sato"},
        ),
    ]
    for body, creators in cases:
        facts = one(f"Lantern Harbor premieres in April. {body}", title="Lantern Harbor Anime Set")
        assert set(facts.original_creator) == creators, body


def test_more_ways_news_credits_the_scripts() -> None:
    cases = [
        "Aki Mori directs, with a screenplay by Level-5's Rina Kudo, and music by Ren Sato.",
        "The team has director Aki Mori , script supervisor Rina Kudo , composer Ren Sato.",
        "The scripts are in the hands of Rina Kudo, known for work on many comedies.",
        "Scriptwriter: Rina Kudo",
        "Aki Mori is directing the film, and Rina Kudo is writing its script.",
    ]
    for body in cases:
        facts = one(f"Lantern Harbor premieres in April. {body}", title="Lantern Harbor Anime Set")
        assert facts.series_composition == ("Rina Kudo",), body


def test_a_pronoun_carries_a_second_role_and_designs_come_from_a_companys_artist() -> None:
    body = (
        "Lantern Harbor premieres in April. Aki Mori is directing the series at Studio Dune"
        " and OLM, and he is supervising the series scripts as well. The film Copper Orchard"
        " is directed by Rina Kudo (an animator on Iron Petal), who is also drawing the"
        " character designs. Its key art will come from Paperwhale's Ren Sato."
    )
    facts = one(body, title="Lantern Harbor Anime Set")
    assert facts.series_composition == ("Aki Mori",)
    assert "Rina Kudo" in facts.character_design
    assert "Copper Orchard" not in facts.character_design


def test_character_designs_from_a_companys_artist_and_a_one_word_name() -> None:
    body = (
        "Lantern Harbor premieres in April, with Mei Sato handling the scripts, Utsumi"
        " handling the character designs, and Ren Abe composing the music."
    )
    assert one(body, title="Lantern Harbor Anime Set").character_design == ("Utsumi",)
    body = "Lantern Harbor starts in May. Its character designs will come from Level-5's Rin Toda."
    assert one(body, title="Lantern Harbor Anime Set").character_design == ("Rin Toda",)


def test_directing_the_sound_at_a_studio_names_no_animation_studio() -> None:
    body = (
        "Lantern Harbor premieres in April. Aki Mori directs the anime at Studio Dune, and"
        " Ren Sato directs the sound at Magic Lantern Sound."
    )
    assert one(body, title="Lantern Harbor Anime Set").studios == ("Studio Dune",)


def test_a_line_naming_several_roles_credits_each_known_one() -> None:
    body = (
        "Lantern Harbor (PV)\n"
        "Director, Series composition: Aki Mori\n"
        "Character designer, Chief animation director: Rin Toda\n\n"
        "At Studio Dune, Ren Sato is directing: the studio says so."
    )
    facts = one(body, title="Lantern Harbor Anime Set")
    assert facts.series_composition == ("Aki Mori",) and facts.character_design == ("Rin Toda",)
    assert "Aki Mori" in facts.director


def test_source_material_negated_quoted_or_a_game_company_reads_right() -> None:
    cases = [
        (
            'The channel for Lantern Harbor, the original "near-future battle action" anime'
            " from Chukyo TV, posted a video.",
            "original",
        ),
        (
            "Lantern Harbor adapts the manga by Aki Mori. Unlike the studio's two previous"
            " shows, it is not an original anime.",
            "manga",
        ),
        (
            "Lantern Harbor adapts the light novel by Aki Mori. The game company Elsewhere is"
            " also collaborating on the scripts.",
            "light novel",
        ),
    ]
    for body, source in cases:
        facts = one(body, title="Lantern Harbor Anime Set", published="2024-01-05")
        assert facts.source_material == source, body


def test_a_studio_named_like_a_company_counts_where_it_animates_the_show() -> None:
    body = (
        "Lantern Harbor premieres in April. Aki Mori is directing the anime at Children's"
        " Lantern Entertainment. The game is published by Paperwhale Entertainment."
    )
    assert one(body, title="Lantern Harbor Anime Set").studios == (
        "Children's Lantern Entertainment",
    )
    body = (
        "Lantern Harbor premieres in April. Credit for the animation production goes to Harbor"
        " Music & Digital Entertainment."
    )
    facts = one(body, title="Lantern Harbor Anime Set")
    assert facts.studios == ("Harbor Music & Digital Entertainment",)


def test_roles_filled_together_and_episode_writers_beside_the_series_composition() -> None:
    body = (
        "Lantern Harbor premieres in April. Aki Mori fills both the chief director and series"
        " script supervisor roles."
    )
    facts = one(body, title="Lantern Harbor Anime Set")
    assert facts.director == ("Aki Mori",) and facts.series_composition == ("Aki Mori",)
    body = (
        "Lantern Harbor premieres in April. Handling the series composition is Rina Kudo, while"
        " the script is being written by Ren Sato and Mei Abe."
    )
    assert one(body, title="Lantern Harbor Anime Set").series_composition == ("Rina Kudo",)


def test_a_director_who_writes_too_and_a_script_named_by_its_writer() -> None:
    body = (
        "Lantern Harbor opens in July. The Lantern Harbor team includes Moriyama as director"
        " and writer, Rin Toda as character designer."
    )
    facts = one(body, title="Lantern Harbor Film Trailer")
    assert facts.director == ("Moriyama",) and facts.series_composition == ("Moriyama",)
    body = (
        "Lantern Harbor, the original anime film by Mari Okada and Studio Dune, opens in July."
        " The singer was won over after reading Okada's script."
    )
    assert one(body, title="Lantern Harbor Film Trailer").series_composition == ("Mari Okada",)


def test_more_ways_an_article_credits_the_original_creator() -> None:
    cases = {
        "Shigeru Kimiya directs the anime at PRA. The original work is credited to Kei Mori.": (
            "Kei Mori",
        ),
        "Yoshiyuki Asai directs the anime from an original concept and scripts by Jun Maeda.": (
            "Jun Maeda",
        ),
        "A TV anime of Isayama Hajime's supernatural-action series 「Lantern Rabbit」 is coming.": (
            "Isayama Hajime",
        ),
        '"Brave Runda", a song by the late Lantern creator Takashi Yanase, is the motif.': (
            "Takashi Yanase",
        ),
        "Original manga creator Tatsuya Endō is credited with the original work and the "
        "original character designs.": ("Tatsuya Endō",),
    }
    for text, creators in cases.items():
        assert one(text, title="Lantern Rabbit Anime Film Opens").original_creator == creators
    studio = "The 12-episode series is an original work by Studio Canyon."
    assert one(studio, title="Lantern Rabbit Anime Premieres").original_creator == ()
    drawn = "Makoto Shinkai's new Lantern Rabbit anime film earned 3.8 billion yen."
    assert one(drawn, title="Lantern Rabbit Film Earns 3.8 Billion Yen").original_creator == ()


def test_a_game_is_the_source_only_where_the_text_names_a_game_to_adapt() -> None:
    adapted = {
        "The anime adapts the Lantern Rabbit smartphone video game.": "video game",
        "The TV anime is based on the game of the same name.": "video game",
        "Based on a Japanese RPG mobile game, Lantern Rabbit takes place in a tower.": (
            "video game"
        ),
    }
    for text, source in adapted.items():
        assert one(text, title="Lantern Rabbit Anime Premieres").source_material == source
    played = (
        "The basketball games he used to enjoy had lost their pull. The singer has never "
        "sung a theme song for any anime or game before. It is an important step for anime "
        "and manga as a medium."
    )
    assert one(played, title="Lantern Rabbit Anime Premieres").source_material is None
    based = "Here is a round-up of the manga-based series of the spring."
    assert one(based, title="Lantern Rabbit Anime Premieres").source_material == "manga"


def test_a_studio_after_its_owner_keeps_its_own_name() -> None:
    cases = {
        "The film was produced by Oshiyama's Studio Durian.": "Studio Durian",
        "Rei Ono directed the anime at A-1 Pictures' CloverWorks studio.": "CloverWorks",
        "Brain's Base is animating the anime.": "Brain's Base",
    }
    for text, studio in cases.items():
        found = one(text, title="Lantern Rabbit Anime Premieres").studios
        assert studio in found and not any(s.endswith(f" {studio}") for s in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ken Oda ( Paper Comet ) is again adapting Yui Sato 's original character designs for"
        " animation.",
        "Yui Sato drew the original designs, and Ken Oda is adapting those designs for animation.",
        "Yui Sato is credited with the original character designs, which Ken Oda ( Paper Comet )"
        " is adapting for animation.",
    ],
)
def test_who_adapts_the_designs_for_animation_is_the_character_designer_not_a_studio(
    sentence: str,
) -> None:
    facts = one(f"{sentence} Moss Animation is animating the series.", title=HEADLINE)
    assert facts.character_design == ("Ken Oda",)
    assert facts.studios == ("Moss Animation",)


@pytest.mark.parametrize(
    ("sentence", "director", "writers"),
    [
        (
            "Aki Mori (Paper Comet) directed the anime and also handled the screenplay.",
            ("Aki Mori",),
            ("Aki Mori",),
        ),
        (
            "Aki Mori is both directing the anime and overseeing its series scripts.",
            ("Aki Mori",),
            ("Aki Mori",),
        ),
        (
            "Aki Mori is the director, scriptwriter, and character designer.",
            ("Aki Mori",),
            ("Aki Mori",),
        ),
        (
            "Aki Mori is directing the anime at Moss Animation, and Ken Oda is both supervising"
            " and writing the series scripts.",
            ("Aki Mori",),
            ("Ken Oda",),
        ),
        ("Ken Oda (Paper Comet) penned the script, his first for the franchise.", (), ("Ken Oda",)),
        ("Ken Oda (Paper Comet) is in charge of the series' scripts.", (), ("Ken Oda",)),
        (
            "The series composition of Salt Road Rangers Season 2 will be handled by the writer"
            " Ken Oda.",
            (),
            ("Ken Oda",),
        ),
        (
            "Ken Oda, whose works include Paper Comet, Glass Harbor, and Iron Tide, is supervising"
            " and writing the series' scripts.",
            (),
            ("Ken Oda",),
        ),
    ],
)
def test_one_person_credited_with_several_roles_in_one_sentence(
    sentence: str, director: tuple[str, ...], writers: tuple[str, ...]
) -> None:
    facts = one(sentence, title=HEADLINE)
    assert facts.director == director
    assert facts.series_composition == writers


@pytest.mark.parametrize(
    ("sentence", "designers"),
    [
        (
            "Scriptwriter Ken Oda is back, together with character designer and chief animation"
            " director Yui Sato.",
            ("Yui Sato",),
        ),
        ("The original character art is being adapted for animation by Yui Sato.", ("Yui Sato",)),
        ("Yui Sato will adapt the novel's illustrations for animation.", ("Yui Sato",)),
        ("Director: Ken Oda\nCharacter Designer/Chief Animation Director: Yui Sato", ("Yui Sato",)),
        ("Yui Sato joins as a new sub-character designer.", ("Yui Sato",)),
        (
            "Yui Sato, animation director of Paper Comet, handled the character designs.",
            ("Yui Sato",),
        ),
        ("Yui Sato and Mei Ueda share the character design credit.", ("Yui Sato", "Mei Ueda")),
        ("The character designers include Yui Sato and Mei Ueda.", ("Yui Sato", "Mei Ueda")),
        ("The anime's talented character designer, Yui Sato, drew the visuals.", ("Yui Sato",)),
        (
            "Yui Sato is the character designer, Ken Oda is the art director.",
            ("Yui Sato",),
        ),
    ],
)
def test_character_designers_in_more_written_forms(
    sentence: str, designers: tuple[str, ...]
) -> None:
    assert one(sentence, title=HEADLINE).character_design == designers


@pytest.mark.parametrize(
    ("sentence", "composers"),
    [
        ("kensuke ushio (Space Dandy) is composing the music.", ("kensuke ushio",)),
        ("F.M.F ( Yūki Nara , eba ) composes the music.", ("F.M.F",)),
        ("The music is being composed by F.M.F (Yūki Nara, eba).", ("F.M.F",)),
        ("The designs come from Aki Mori, and the music comes from R.O.N (FLCL).", ("R.O.N",)),
        ("The music is being composed by cyberpunk master Ken Oda.", ("Ken Oda",)),
        ("The director is also the music producer, and the anime is composing the music.", ()),
    ],
)
def test_composers_whose_names_are_written_in_lower_case_or_with_dots(
    sentence: str, composers: tuple[str, ...]
) -> None:
    assert one(sentence, title=HEADLINE).music == composers


def test_a_creators_work_named_after_an_apposition_credits_the_creator() -> None:
    text = (
        "The anime adaptation of Aki Mori's masterpiece, Paper Spiral, premieres on September "
        "28 on Adult Swim. One of them is Rei Ono's first major work with the publisher, "
        "Lantern Yatsura, which debuted in 1978."
    )
    assert one(text, title="Paper Spiral Anime Premieres September 28").original_creator == (
        "Aki Mori",
    )


def test_a_manga_adaptation_of_the_anime_is_no_source() -> None:
    text = (
        "The official website of the new Lantern Rain anime project revealed that the anime "
        "will no longer debut in July. Mina Kaze will draw a manga adaptation of the new "
        "anime, and Rei Ono directs it at Studio Kite."
    )
    facts = one(text, title="New Lantern Rain Anime Delayed", published="2020-05-21")
    assert facts.source_material is None


def test_the_original_series_of_a_sequel_is_no_anime_original_source() -> None:
    text = (
        "Lantern Ghoul Season 3 will stream its English dub next month. The new season is "
        "set two years after the events of the original series, and it picks up where the "
        "original anime adaptation left off."
    )
    facts = one(text, title="Lantern Ghoul Season 3 English Dub Delayed", published="2018-05-01")
    assert facts.source_material is None


def test_a_title_set_off_as_the_original_anime_film_by_its_makers_is_an_original() -> None:
    text = (
        "The official website for Lantern Factory, the original anime film by Rei Ono and "
        "Studio Kite, released a music video on Friday."
    )
    facts = one(text, title="Lantern Factory Film Unveils Music Video", published="2023-05-01")
    assert facts.source_material == "original"


@pytest.mark.parametrize(
    ("text", "creators"),
    [
        (
            "Salt Road Rangers is based on the same-titled manga comic by Toka Sosuke,"
            " published under Kadokawa's Beam Comix.",
            ("Toka Sosuke",),
        ),
        (
            "Based on the manga of the same name by artist Ginko and writer Yuki Takahata, the"
            " anime Salt Road Rangers follows a boy.",
            ("Ginko", "Yuki Takahata"),
        ),
        (
            "Salt Road Rangers is based on a popular manga by Kanehito Yamada (story) and"
            " Tsukasa Abe (art).",
            ("Kanehito Yamada", "Tsukasa Abe"),
        ),
        (
            "Atsushi Okubo first created Salt Road Rangers for Kodansha's Weekly Shonen Magazine"
            " in 2015.",
            ("Atsushi Okubo",),
        ),
        (
            "The original concept of Salt Road Rangers is credited to Alexandre Celibidache.",
            ("Alexandre Celibidache",),
        ),
        (
            "Ko Nakamura is again credited for the story concept of Salt Road Rangers.",
            ("Ko Nakamura",),
        ),
        (  # another work of the same creator is no credit for this one
            "Salt Road Rangers is based on Ukyo Kodachi's manga. Masashi Kishimoto created"
            " Lantern Tide in the September 1999 issue of Weekly Shonen Jump.",
            ("Ukyo Kodachi",),
        ),
    ],
)
def test_more_ways_an_article_credits_the_source_s_makers(
    text: str, creators: tuple[str, ...]
) -> None:
    assert one(text, title=HEADLINE).original_creator == creators


@pytest.mark.parametrize(
    ("text", "directors", "writers"),
    [
        (
            "The animation is by the studio TMS Entertainment, the direction is by Shuhei"
            " Matsushita, with scripts by Yuichiro Kido.",
            ("Shuhei Matsushita",),
            ("Yuichiro Kido",),
        ),
        (
            "The show keeps the team that led the first season: direction from Naoko Yamada,"
            " composition from Reiko Yoshida, and character designs from Yukiko Horiguchi.",
            ("Naoko Yamada",),
            (),
        ),
        (
            "The team includes Hideya Takahashi and Yasuhiro Kimura as co-directors.",
            ("Hideya Takahashi", "Yasuhiro Kimura"),
            (),
        ),
        (
            "The anime has two directors: Takeo Takahashi and Toru Kitahata.",
            ("Takeo Takahashi", "Toru Kitahata"),
            (),
        ),
        (
            "I have high hopes for it because it has Mitsu Yamazaki and Yoshiko Nakamura as"
            " director and writer.",
            ("Mitsu Yamazaki",),
            ("Yoshiko Nakamura",),
        ),
        (
            "The anime was directed and series composed by Kotomi Deai, with Yuriko Abe"
            " designing the characters.",
            ("Kotomi Deai",),
            ("Kotomi Deai",),
        ),
        (
            "Takahiro Kamei, known as an episode director on many long-running series, is"
            " directing the anime.",
            ("Takahiro Kamei",),
            (),
        ),
    ],
)
def test_more_ways_prose_names_the_director(
    text: str, directors: tuple[str, ...], writers: tuple[str, ...]
) -> None:
    facts = one(text, title=HEADLINE)
    assert facts.director == directors
    assert facts.series_composition == writers


@pytest.mark.parametrize(
    ("text", "studios"),
    [
        ("Animated by TMS Entertainment, Salt Road Rangers will be a hit.", ("TMS Entertainment",)),
        (
            "The production looks promising: JC Staff, the studio behind One Punch Man, is in"
            " charge.",
            ("JC Staff",),
        ),
        ("Now MAPPA, the studio behind Yuri on Ice, takes it on.", ("MAPPA",)),
        ("The anime is being produced at the Bridge studio.", ("Bridge",)),
        ("Masaaki Yuasa is at the helm of the anime at Science SARU.", ("Science SARU",)),
        ("The movie is directed by Ken Yamamoto for Cygames.", ("Cygames",)),
    ],
)
def test_more_ways_prose_names_the_studio(text: str, studios: tuple[str, ...]) -> None:
    assert one(text, title=HEADLINE).studios == studios


@pytest.mark.parametrize(
    ("text", "designers", "composers"),
    [
        (
            "Naoyuki Onda also returns as chief animation director and character designer.",
            ("Naoyuki Onda",),
            (),
        ),
        (
            "BunBun (Yuki Yuna Is a Hero, Izetta: The Last Witch) provides its character designs.",
            ("BunBun",),
            (),
        ),
        (
            "While Keigo Koyonagi, Masahiro Suwa, and Kevin Penkin are coming back as series"
            " writer, character designer, and composer, the director changes.",
            ("Masahiro Suwa",),
            ("Kevin Penkin",),
        ),
        (
            "Tadashi Hiramatsu will provide the character designs, while the team of Taku"
            " Matsushiba and Taro Umebayashi score the soundtrack.",
            ("Tadashi Hiramatsu",),
            ("Taku Matsushiba", "Taro Umebayashi"),
        ),
        (
            "The music is the responsibility of Kensuke Ushio (Space Dandy, A Silent Voice).",
            (),
            ("Kensuke Ushio",),
        ),
        ("Lantis is producing the music.", (), ()),  # a label, not a composer
    ],
)
def test_more_ways_prose_names_the_designer_and_the_composer(
    text: str, designers: tuple[str, ...], composers: tuple[str, ...]
) -> None:
    facts = one(text, title=HEADLINE)
    assert facts.character_design == designers
    assert facts.music == composers

"""Forms met in fresh real articles: credits with an aside about past work, a source's
start that is no season, singers who lead a headline, a story arc quoted in one, another
show's "season 2", a first season's streamer, roles with asides paired "respectively",
and cast lists of "seiyuus such as ..."."""

from __future__ import annotations

from extract_helpers import one, shows


def test_directing_duties_go_to_a_person_whose_past_work_follows() -> None:
    facts = one(
        "Studio Kiri adapts the vampire manga Night Garden. Directing duties go to Aki Mori,"
        " who has worked on episodes of Paper Moon, Glass Bell and Tide 8.0.",
        title="Night Garden Anime Reveals Staff",
    )
    assert facts.director == ("Aki Mori",)


def test_a_writer_with_experience_on_other_shows_writes_the_scripts() -> None:
    facts = one(
        "Studio Kiri adapts the manga Night Garden. Rei Ono, with experience on Paper Moon,"
        " Glass Bell and Tide, will write the series' script.",
        title="Night Garden Anime Reveals Staff",
    )
    assert facts.series_composition == ("Rei Ono",)


def test_the_season_the_source_began_in_is_not_the_anime_s() -> None:
    facts = one(
        "Studio Kiri adapts the manga Night Garden. The manga, which began in fall 2012, now"
        " runs to six volumes.",
        title="Night Garden Anime Reveals Staff",
    )
    assert facts.season is None


def test_a_source_described_as_a_gag_manga_gives_its_genre() -> None:
    facts = one(
        "Studio Kiri adapts the gag manga Night Garden for television.",
        title="Night Garden Anime Reveals Staff",
    )
    assert facts.genres == ("gag",)


def test_singers_who_perform_a_show_s_new_themes_are_not_the_show() -> None:
    facts = one(
        "The new opening theme of the Nightgarden: Next Bloom television anime will be"
        " performed by Paper Bell, and the new ending theme by TIDELINE. Both songs debut in"
        " October. Paper Bell has earlier sung theme songs for Glass Moon and Tide.",
        title="Paper Bell, Tideline Perform New Nightgarden Anime Themes",
    )
    assert facts.title == "Nightgarden"


def test_another_show_s_season_2_does_not_make_this_article_a_sequel_s() -> None:
    facts = one(
        "The new opening theme of the Night Garden television anime will be performed by"
        " Paper Bell. Paper Bell earlier sang for Glass Moon season 2.\n\n"
        "The Night Garden television anime debuted in Japan on TV Tokyo on April 5."
        " Crunchyroll is streaming the anime as well.",
        title="Paper Bell Performs New Night Garden Anime Theme",
    )
    assert facts.broadcasters == ("TV Tokyo",)
    assert facts.streaming == ("Crunchyroll",)


def test_a_story_arc_quoted_before_the_word_arc_is_not_the_title() -> None:
    facts = one(
        'A trailer for the "Blue Harbor" arc of the second season of Night Garden shows a'
        " new opening. The second season of Night Garden airs on NTV.",
        title="Night Garden Anime Season 2's 'Blue Harbor' Arc Trailer Reveals Opening",
    )
    assert facts.title == "Night Garden Season 2"


def test_the_first_season_s_later_streaming_start_is_not_the_new_season_s() -> None:
    facts = one(
        "The second season of Night Garden debuted on April 1 on NTV. Crunchyroll streams the"
        " anime as it airs.\n\nThe first season premiered in Japan in April 2021. Outside"
        " Japan, the show started streaming on Netflix in August 2021.",
        title="Night Garden Season 2 Reveals More Cast",
    )
    assert facts.streaming == ("Crunchyroll",)


def test_roles_with_asides_are_paired_in_order_with_their_actors() -> None:
    facts = one(
        "The second season of Night Garden airs in January. Aki Mori, Rei Ono and Jo Aki"
        " reprise their roles as Princess (royal penguin), Gean (gentoo penguin) and Hululu,"
        " respectively.",
        title="Night Garden Season 2 Reveals Cast",
    )
    assert [(m.actor, m.character) for m in facts.cast] == [
        ("Aki Mori", "Princess"),
        ("Rei Ono", "Gean"),
        ("Jo Aki", "Hululu"),
    ]


def test_a_person_returning_to_direct_the_sound_is_no_director() -> None:
    facts = one(
        "Aki Mori directs the second season of Night Garden. Rei Ono returns from the first"
        " season to direct the sound.",
        title="Night Garden Season 2 Reveals Staff",
    )
    assert facts.director == ("Aki Mori",)


def test_seiyuus_such_as_a_list_of_names_are_the_cast() -> None:
    facts = one(
        "The Night Garden film brings back the cast of the earlier videos, with seiyuus such"
        " as Aki Mori, Rei Ono and Jo Aki, though their roles are not revealed yet.",
        title="Night Garden Film Opens This Summer",
    )
    assert [m.actor for m in facts.cast] == ["Aki Mori", "Rei Ono", "Jo Aki"]


def test_a_writer_s_stamp_line_is_no_show() -> None:
    facts = one(
        "El estreno del anime Nightou Garden se retrasará hasta julio\n\n"
        "avatar Ana Ruiz 28/02/2020 5\n\nThe official account for the anime adaptation of"
        " Mika Sato's light novel series Nightō Gardén announced a delay to July.\n\n"
        "avatar\n\nAna Ruiz\n\nA lover of science, I write for this site.",
        title="El estreno del anime Nightou Garden se retrasará hasta julio",
    )
    assert facts.title == "Nightō Gardén"


def test_a_one_word_pen_name_before_its_light_novel_series_is_the_author() -> None:
    facts = one(
        "The official account for the anime adaptation of Shu's light novel series Night"
        " Garden announced that the premiere moves to July. Shu began the light novels in"
        " 2017, and Shu's fifth volume came out last year.",
        title="El estreno del anime Night Garden se retrasa hasta julio",
    )
    assert facts.title == "Night Garden"


def test_a_foreign_headline_s_article_word_is_no_title() -> None:
    facts = one(
        "The official website of the Night-kyū Garden multimedia project announced that the"
        " anime's last episodes are delayed. The anime airs on Tokyo MX.",
        title="El anime Night Garden retrasa sus episodios",
    )
    assert facts.title == "Night-kyū Garden"


def test_a_cast_line_with_the_actor_s_other_roles_before_is_reads_the_role_after() -> None:
    facts = one(
        "Night Garden anime cast:\n\n"
        '  • Aki Mori (Ringo "Paper Moon") is Tamaki Kasuga\n'
        '  • Rei Ono (Romeo "Glass Bell", Asuka "Tide") is Mahiro Atori',
        title="Night Garden Anime Reveals Cast",
    )
    assert [(m.actor, m.character) for m in facts.cast] == [
        ("Aki Mori", "Tamaki Kasuga"),
        ("Rei Ono", "Mahiro Atori"),
    ]


def test_the_singer_behind_another_show_s_opening_is_no_artist() -> None:
    facts = one(
        "Night Garden revealed its second ending. For the new ending, the staff brought in the"
        " singer behind Glass Moon's opening to perform the song.",
        title="Night Garden Reveals Ending Theme by Glass Moon OP Singer",
    )
    assert facts.themes == ()


def test_a_singer_described_by_several_trades_stars_and_sings_the_theme() -> None:
    facts = one(
        "TV Tokyo announced the Night Garden TV anime. Singer, actress and voice actress Aki"
        " Mori will star in the television anime and will perform its theme song.",
        title="Night Garden Gets TV Anime",
    )
    assert [m.actor for m in facts.cast] == ["Aki Mori"]
    assert [t.artist for t in facts.themes] == ["Aki Mori"]


def test_actors_listed_with_their_parts_in_other_works_are_the_cast() -> None:
    facts = one(
        "Studio Kiri announced the original anime Night Garden. The cast is a list of famous"
        " voice actors:\n\nAki Mori (Shigaraki in Paper Moon);\n\nRei Ono (Dabi in Paper Moon);"
        "\n\nJo Aki (Gintoki in Glass Bell);\n\nThese names could make the anime a success.",
        title="Night Garden Original Anime Announced",
    )
    assert [(m.actor, m.character) for m in facts.cast] == [
        ("Aki Mori", None),
        ("Rei Ono", None),
        ("Jo Aki", None),
    ]


def test_a_speaker_s_role_before_a_colon_is_not_the_show() -> None:
    facts = one(
        "The streamer's senior manager of dubbing said on Monday that the television anime"
        " adaptation of the manga will get a simulcast in the U.S. The anime will stream on"
        " Disney+ worldwide on April 1.",
        title="Disney Senior Dubbing Manager: Night Garden Anime to Get Simulcast in U.S.",
    )
    assert facts.title == "Night Garden"


def test_a_designer_of_a_company_is_credited_not_the_company() -> None:
    facts = one(
        "Aki Mori is directing Night Garden at Studio Kiri. Utsushita of Minakata Laboratory is"
        " the character designer.",
        title="Night Garden Anime Reveals Staff",
    )
    assert facts.character_design == ("Utsushita",)


def test_the_anime_adapting_a_novel_series_names_the_show() -> None:
    facts = one(
        "The official website of the TV anime adapting Kite Run!, the novel series by Aki Mori"
        " and illustrator Rei Ono, has announced that the show will have 12 episodes.",
        title="Desvelada la fecha de estreno del anime",
    )
    assert facts.title == "Kite Run"
    assert facts.episodes_or_cours == "12 episodes"


def test_cast_lines_saying_who_will_be_whom_pair_actor_and_role() -> None:
    facts = one(
        "Night Garden premieres on ATX in July.\n\nThe main cast members are:\n\n"
        "  • Aki Mori will be Keita Amano.\n  • Rei Ono will be Karen Tendo.",
        title="Night Garden Anime Reveals Cast",
    )
    assert facts.broadcasters == ("ATX",)
    assert [(m.actor, m.character) for m in facts.cast] == [
        ("Aki Mori", "Keita Amano"),
        ("Rei Ono", "Karen Tendo"),
    ]


def test_a_round_up_item_on_the_second_season_of_a_quoted_tv_anime_names_the_season() -> None:
    found = shows(
        "“Anime 1 Week” sums up the week's anime news. This time, the world’s first OVA, “Doros,”"
        " gets its first BD release.\n\n"
        "On the 20th, it was announced that the 4th episode of the final chapter of the popular"
        " anime ” Tank Girls ” will be shown in theaters in 2023.\n\n"
        "On the 20th, it became clear that Studio Kiri will release “Paper Moon Universe”, the"
        " new movie version of the TV animation “Paper Moon”, on March 24, 2023.\n\n"
        "On the 21st, it was revealed that the second season of the TV anime “Glass Bell,”"
        " based on the manga by Aki Mori, will air in 2023.\n\n"
        "On the 21st, it emerged that the world’s first OVA, “Doros,” will be put on BD for the"
        " first time and released on March 24, 2023.",
        title="Figure ‘Kite’ announced at Hobby EXPO World’s first OVA ‘Doros’ first BD.",
        published=None,
    )
    by_title = {f.title: f for f in found}
    assert by_title["Paper Moon Universe"].season is None  # a film has no season
    assert "Glass Bell Season 2" in by_title


def test_a_headline_spelling_the_title_one_letter_short_keeps_the_body_s_title() -> None:
    facts = one(
        "Earlier today the official website for the new anime Stars Drift (Hoshi no Sora)"
        " announced the ending theme. Aki Mori (Paper Moon, Glass Bell: The Exiled) directs.",
        title="Star Drift: pubblicate nuove informazioni sull'ending theme dell'anime",
    )
    assert facts.title == "Stars Drift"


def test_a_headline_s_short_name_takes_the_full_name_the_body_introduces() -> None:
    facts = one(
        "At last there is a date for the anime based on Aki Mori's story Yoru no Niwa Kōmuin"
        " (in English: Night Garden Civil Servants). The show will debut on Tokyo MX on April"
        " 7.",
        title="Yoru no Niwa: ecco il video promozionale che rivela la data d'uscita",
        published=None,
    )
    assert facts.title == "Yoru no Niwa Kōmuin"


def test_a_station_s_first_word_in_a_headline_is_no_title() -> None:
    found = shows(
        "Crunchyroll and Fuji TV have announced a partnership on original anime. The first is"
        " Kite Sea no Kaina, a fantasy by Aki Mori, which will air on Fuji TV in January.",
        title="Crunchyroll e Fuji TV insieme per i prossimi anime original",
    )
    assert "Fuji" not in [f.title for f in found]


def test_a_title_in_guillemets_is_read_whole() -> None:
    facts = one(
        "Während eines Livestreams wurde verkündet, wann die Animeserie «Kiteberry» startet."
        " Die Serie läuft ab dem 6. April im japanischen Fernsehen.",
        title="Startdatum von «Kiteberry» bekanntgegeben",
        published=None,
    )
    assert facts.title == "Kiteberry"


def test_a_historical_fantasy_is_split_like_other_compound_descriptors() -> None:
    facts = one(
        "Studio Kiri adapts the historical fantasy novel Night Garden for television.",
        title="Night Garden Anime Reveals Staff",
    )
    assert facts.genres == ("historical", "fantasy")


def test_the_title_a_sequel_is_given_wins_over_the_work_it_follows() -> None:
    facts = one(
        "A sequel to the 2015 anime film Kite Academy has been announced. Titled The Laws of"
        " the Kite: Dawn Chapter, the sequel will open a trilogy and brings back the same staff.",
        title="Annunciato un sequel per il film Kite Academy",
    )
    assert facts.title == "The Laws of the Kite: Dawn Chapter"


def test_a_show_s_composer_in_the_headline_does_not_make_the_show_an_earlier_work() -> None:
    facts = one(
        "The composer working on the Night Garden anime adaptation has given fans a progress"
        " report. Night Garden is Aki Mori's series, and J.C. Staff animates the anime.",
        title="Night Garden Composer Updates Fans on Anime's Progress",
    )
    assert facts.title == "Night Garden"


def test_a_title_glued_to_its_kind_in_a_headline_is_read() -> None:
    facts = one(
        "Shueisha's magazine revealed five more voice actors for the anime adaptation of Aki"
        " Mori's manga »Kite Run!« (Japanese: »Tako Hashire!«). The anime is made at Studio"
        " Kiri.",
        title="Neue Details zum Kite Run!-Anime",
        published=None,
    )
    assert facts.title == "Kite Run!"


def test_a_spanish_ordinal_leading_a_headline_is_no_title() -> None:
    facts = one(
        "The second special of Kiterun!!, which premiered in November 2015 at an anime"
        " festival, will go on sale with volume 21 of the manga this coming May. Shueisha made"
        " the announcement about creator Aki Mori's sports manga.",
        title="Segundo OVA de Kiterun estará a la venta en mayo",
        published=None,
    )
    assert facts.title is not None and facts.title.startswith("Kiterun")

"""Staff credits and studios, from prose and from ``Role: Name`` lists."""

from __future__ import annotations

from extract_helpers import one, shows

HEADLINE = "Lantern Rabbit Anime Reveals Staff"


def test_directing_the_anime_at_a_studio() -> None:
    facts = one("Mika Sorano (Glass Bell) is directing the anime at Studio Hanabi.", title=HEADLINE)
    assert facts.director == ("Mika Sorano",)
    assert facts.studios == ("Studio Hanabi",)


def test_credits_in_parentheses_are_not_attributed() -> None:
    text = (
        "Lantern Rabbit is directed by Ren Oda (Paper Moon, Tide Clock). "
        "Ren Oda is composing the music."
    )
    facts = one(text, title=HEADLINE)
    assert facts.director == ("Ren Oda",)
    assert all(
        "Paper Moon" not in v for v in (*facts.studios, *facts.music, *facts.original_creator)
    )


def test_roles_in_prose() -> None:
    text = (
        "Aki Mori is in charge of the series scripts, and Yū Tanabe is designing the characters. "
        "Kei Hoshi and Rio Minami are composing the music."
    )
    facts = one(text, title=HEADLINE)
    assert facts.series_composition == ("Aki Mori",)
    assert facts.character_design == ("Yū Tanabe",)
    assert facts.music == ("Kei Hoshi", "Rio Minami")


def test_role_nouns_before_names() -> None:
    text = (
        "Director Sō Kimura, series composition writer Nao Ueda, and composer Iku Hara all return."
    )
    facts = one(text, title=HEADLINE)
    assert (facts.director, facts.series_composition, facts.music) == (
        ("Sō Kimura",),
        ("Nao Ueda",),
        ("Iku Hara",),
    )


def test_screenplay_counts_as_series_composition() -> None:
    assert one("Ami Kudo wrote the screenplay.", title=HEADLINE).series_composition == ("Ami Kudo",)


def test_role_list_lines() -> None:
    text = (
        "<h3>Staff</h3><ul><li>Director: Jun Sato</li><li>Series Composition: Emi Ono</li>"
        "<li>Character Design: Tomo Ise (based on original designs by Rui Kaga)</li>"
        "<li>Music: Ko Abe, Mei Ito</li><li>Animation Production: Studio Kiri × Pebble Works</li>"
        "<li>Production: Lantern Rabbit Partners</li></ul>"
    )
    facts = one(text, title=HEADLINE)
    assert facts.director == ("Jun Sato",)
    assert facts.series_composition == ("Emi Ono",)
    assert facts.character_design == ("Tomo Ise",)
    assert facts.music == ("Ko Abe", "Mei Ito")
    assert facts.studios == ("Studio Kiri", "Pebble Works")


def test_family_name_first_in_capitals_is_kept() -> None:
    facts = one("■ Staff\nDirector: SATO Hana\nMusic: ONO Kei", title=HEADLINE)
    assert facts.director == ("SATO Hana",)


def test_earlier_ova_staff_is_not_attributed() -> None:
    text = (
        "Jun Sato is directing the anime at Studio Kiri. The manga previously inspired a "
        "two-episode OVA in 2019, which Moss Animation animated under director Rei Kaga."
    )
    facts = one(text, title=HEADLINE)
    assert facts.director == ("Jun Sato",)
    assert facts.studios == ("Studio Kiri",)
    assert facts.episodes_or_cours is None


def test_source_and_creators() -> None:
    text = (
        "The anime adapts Sora Ito and Nao Kida's fantasy manga, "
        "which Kodansha USA publishes in English."
    )
    facts = one(text, title=HEADLINE)
    assert facts.source_material == "manga"
    assert facts.original_creator == ("Sora Ito", "Nao Kida")


def test_original_anime_and_web_novel() -> None:
    assert one("An original anime from Studio Kiri.", title=HEADLINE).source_material == "original"
    facts = one("It is based on the web novel by Rin Aso.", title=HEADLINE)
    assert (facts.source_material, facts.original_creator) == ("web novel", ("Rin Aso",))


def test_episodes_and_cours() -> None:
    assert one("It will run for two split cours.", title=HEADLINE).episodes_or_cours == "2 cours"
    assert (
        one("Netflix streams all eight episodes.", title=HEADLINE).episodes_or_cours == "8 episodes"
    )


def test_more_ways_of_crediting_staff() -> None:
    text = (
        "The anime is helmed by Kai Mori and animated by Studio Kiri. Rin Aso is the character "
        "designer, and the music is composed by Ko Abe and Mei Ito. Aniplex is producing."
    )
    facts = one(text, title=HEADLINE)
    assert facts.director == ("Kai Mori",)
    assert facts.studios == ("Studio Kiri",)
    assert facts.character_design == ("Rin Aso",)
    assert facts.music == ("Ko Abe", "Mei Ito")


def test_producers_and_labels_are_not_studios() -> None:
    facts = one("The anime is produced by Aniplex, with Avex Pictures on music.", title=HEADLINE)
    assert facts.studios == ()


def test_screenplay_writer_is_not_an_original_creator() -> None:
    facts = one("The anime is written by Ami Kudo.", title=HEADLINE)
    assert facts.original_creator == ()


def test_single_word_names_where_the_sentence_makes_them_clear() -> None:
    text = (
        "Toshi Kato is returning from the first season to direct at C2C. Monaca is composing "
        "the music. The anime is based on Katarina and Ryo Fuji's manga, itself based on "
        "Katarina's web novel."
    )
    facts = one(text, title="'Lantern Rabbit' Season 2 Reveals Staff")
    assert facts.director == ("Toshi Kato",)
    assert facts.music == ("Monaca",)
    assert facts.original_creator == ("Katarina", "Ryo Fuji")


def test_a_surname_alone_refers_back_to_the_full_name() -> None:
    text = "It adapts Hina Kura's manga. Kura's manga runs in Kodansha's magazine."
    assert one(text, title=HEADLINE).original_creator == ("Hina Kura",)


def test_studio_name_is_not_cut_short() -> None:
    text = "Studio A.C.G.T is animating the series, and Bibury Animation Studios helps."
    assert one(text, title=HEADLINE).studios == ("Studio A.C.G.T", "Bibury Animation Studios")


def test_studios_of_earlier_seasons_do_not_count() -> None:
    text = "OLM and Studio Kiri animated the first two seasons."
    assert one(text, title="'Lantern Rabbit' Season 3 Announced").studios == ()


def test_authors_who_launched_the_manga_but_not_adaptation_artists() -> None:
    text = (
        "Hide Furu and Ben Court launched the spin-off manga in 2016. "
        "Haru Soe began a manga adaptation in 2021."
    )
    assert one(text, title=HEADLINE).original_creator == ("Hide Furu", "Ben Court")


def test_composers_listed_with_one_word_names() -> None:
    text = (
        "MAPPA is producing the animation, and Kamo Washi, Bonobo, and Floating Dots "
        "are composing the music."
    )
    assert one(text, title=HEADLINE).music == ("Kamo Washi", "Bonobo", "Floating Dots")


def test_original_work_in_prose_and_webtoons() -> None:
    assert one("The anime is an original work by Studio Kiri.", title=HEADLINE).source_material == (
        "original"
    )
    assert one("It adapts Rin Aso's webtoon.", title=HEADLINE).source_material == "manga"


def test_hyphenated_lengths() -> None:
    assert one("It is a two-cour anime.", title=HEADLINE).episodes_or_cours == "2 cours"
    assert one("A 13-episode series.", title=HEADLINE).episodes_or_cours == "13 episodes"


def test_one_word_staff_names_at_the_start_of_a_clause() -> None:
    text = "Jun Sato is directing the anime, and Take is designing the characters."
    facts = one(text, title=HEADLINE)
    assert facts.character_design == ("Take",)
    assert facts.director == ("Jun Sato",)


def test_credits_at_the_start_of_a_sentence() -> None:
    text = "Directed by Kai Mori at Studio Kiri, the series follows a courier. Written by Ami Kudo."
    facts = one(text, title=HEADLINE)
    assert facts.director == ("Kai Mori",)
    assert facts.studios == ("Studio Kiri",)


def test_an_earlier_seasons_episode_count_is_not_this_ones() -> None:
    for body in (
        "Paperwhale will stream the English dub of Lantern Harbor Punch in January. Lantern"
        " Harbor, which premiered in October 2020, ran for 12 episodes; Paperwhale streamed it"
        " as it aired in Japan.",
        "Lantern Harbor premieres in January on Tokyo MX. Mai Oda directs Lantern Harbor again,"
        " after directing Copper Orchard. That 10-episode series premiered in January 2018.",
    ):
        assert one(body, title="Lantern Harbor Punch Set").episodes_or_cours is None, body


def test_the_final_set_of_episodes_gives_the_runs_length() -> None:
    body = (
        "Lantern Harbor's broadcast has a new schedule. Episodes 11-15 will no longer air"
        " together on March 25, and the final set, episodes 13-15, will premiere on March 27."
    )
    assert one(body, title="Lantern Harbor Delays Episodes").episodes_or_cours == "15 episodes"


def test_a_sequel_with_returning_staff_keeps_the_credits_the_text_gives_in_the_past() -> None:
    text = (
        "The second season will debut on April 4. The new season will have a returning staff "
        "and cast. The first season premiered in July 2024. Mika Sorano directed the anime at "
        "Studio Hanabi, and Ren Oda designed the characters."
    )
    facts = one(text, title="Lantern Rabbit Anime's 2nd Season Reveals April 4 Debut")
    assert facts.title == "Lantern Rabbit Season 2"
    assert facts.director == ("Mika Sorano",)
    assert facts.character_design == ("Ren Oda",)
    assert facts.season == "Spring 2025"


def test_a_sequel_without_returning_staff_leaves_the_first_seasons_director_out() -> None:
    text = (
        "The second season will debut on April 4. The first season premiered in July 2024. "
        "Mika Sorano directed the anime at Studio Hanabi."
    )
    facts = one(text, title="Lantern Rabbit Anime's 2nd Season Reveals April 4 Debut")
    assert facts.director == ()


def test_a_label_value_stops_at_the_next_label_and_tba_is_no_value() -> None:
    text = (
        "Lantern Rabbit\n\nStudio: TBA\nStreaming: Crunchyroll Hype Level: Mild\n\n"
        "Moss Road\n\nStudio: Studio Hanabi\nStreaming: TBA\n\nBoth premiere in April."
    )
    found = shows(text, title="Spring 2025 Anime Preview", published="2025-03-01")
    assert [(f.title, f.studios, f.streaming) for f in found] == [
        ("Lantern Rabbit", (), ("Crunchyroll",)),
        ("Moss Road", ("Studio Hanabi",), ()),
    ]


def test_studio_before_initials_is_the_whole_studio() -> None:
    text = (
        "Funimation revealed a partnership with Studio J.C. Staff on Lantern Harbor, a new "
        "and original anime film due out in 2021."
    )
    assert one(text, title="Funimation Co-Produces Lantern Harbor Film").studios == ("J.C. Staff",)


def test_script_writers_beside_a_series_composer_are_no_series_composers() -> None:
    text = (
        "Aki Mori is directing the Lantern Harbor anime. Rei Ono is in charge of the series "
        "composition, while Mika Sato and Kenji Hosaka are writing the script."
    )
    assert one(text, title="Lantern Harbor Anime Reveals Staff").series_composition == ("Rei Ono",)


def test_staff_back_from_earlier_seasons_take_their_roles_respectively() -> None:
    text = (
        "The final season of the Lantern Harbor anime will premiere on Netflix this year. Aki "
        "Mori and Rei Ono are both back from the first two seasons as director and "
        "scriptwriter respectively, and Studio Kite returns to handle animation production."
    )
    facts = one(text, title="Lantern Harbor Anime's Final Season Split in 2 Halves")
    assert (facts.director, facts.series_composition) == (("Aki Mori",), ("Rei Ono",))


def test_a_staff_list_line_saying_the_music_will_be_done_by_someone() -> None:
    text = (
        "The series staff is:\n\n• The Director is Aki Mori\n• The music will be done by Sora Ide"
    )
    facts = one(text, title=HEADLINE)
    assert (facts.director, facts.music) == (("Aki Mori",), ("Sora Ide",))


def test_the_creator_himself_shares_the_scripts() -> None:
    text = (
        "The television anime of Aki Mori's manga Lantern Rabbit has a new visual. Rei Ono "
        "(Glass Bell, Paper Sky) and Mori himself are in charge of the series scripts."
    )
    facts = one(text, title=HEADLINE)
    assert facts.series_composition == ("Rei Ono", "Aki Mori")


def test_a_director_at_two_studios_credits_both_studios_and_no_second_director() -> None:
    found = one(
        "Rei Ono is directing the series at Kite Animation and Synergy MX . Aki Mori is in "
        "charge of the series composition.",
        title="Paper Lantern Anime Reveals Staff",
    )
    assert (found.director, found.studios) == (("Rei Ono",), ("Kite Animation", "Synergy MX"))


def test_directed_and_written_by_credits_the_director_and_the_writer_not_a_creator() -> None:
    facts = one(
        "Directed and written by Mari Kanda, Lantern Girl is an original anime film, produced "
        "by studio MAPPA. It opens in Japan on September 15.",
        title="Lantern Girl Film Opens in September",
    )
    assert facts.director == ("Mari Kanda",)
    assert facts.series_composition == ("Mari Kanda",)
    assert facts.original_creator == ()


def test_a_series_composer_writes_and_the_manga_adaptations_artist_created_nothing() -> None:
    facts = one(
        "Lantern Rabbit adapts the novel series by Yuki Aosora. Kodansha USA describes the "
        "manga adaptation drawn by Haru Tomo.\n\n"
        "Mamoru Kanda (Paper Bell) is directing the anime at Studio Hanabi, with Noboru Aoi "
        "(Glass Spectre) as series composer and Noriko Sato as character designer.",
        title=HEADLINE,
    )
    assert facts.series_composition == ("Noboru Aoi",)
    assert facts.music == ()
    assert facts.original_creator == ("Yuki Aosora",)


def test_a_studio_owning_the_anime_is_its_studio_not_its_creator() -> None:
    facts = one(
        "Kyoto Animation's Lantern City the Animation revealed a new visual. The anime adapts "
        "Aya Mori's gag manga Lantern City.",
        title="Lantern City the Animation Reveals New Visual",
    )
    assert facts.original_creator == ("Aya Mori",)


def test_directing_the_named_anime_at_a_studio_names_the_studio() -> None:
    facts = one(
        "It was announced that the game gets an anime in April. Jun Sato (Lantern Harbor, "
        "Copper Duke!) is directing the Relay☆ anime at Orchard Films.",
        title="Paper Moon Relay Game Gets TV Anime in April",
    )
    assert facts.studios == ("Orchard Films",)
    assert facts.director == ("Jun Sato",)

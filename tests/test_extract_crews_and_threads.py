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

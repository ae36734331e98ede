"""Forms met in fresh real articles from outlets that write in other languages: their
quotation marks around a title, enumerations whose titles carry a colon or an exclamation
mark, a paragraph hard-wrapped inside its parentheses, staff who "will both return ... as
X and Y respectively", a sub-character designer, a title quoted in single marks after a cue,
a sequel named in Spanish, quoted magazines, manga and parts that are no shows, a list
closed item by item with semicolons, a season's list named in another language, an
enumeration grouped by streaming service, a singer "known as" a name, a dub's language, a
French season adjective, a studio's head word beside a kicker's show, and headings that
name a sequel in Portuguese.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from extract_helpers import one, shows

from pipeline.extract import article_from_file, extract
from pipeline.extract.headline_kind import lists_shows
from pipeline.extract.titles import from_heading

REAL = Path(__file__).parent / "data" / "real"  # fresh rounds of real articles


def test_a_title_in_german_quotation_marks_is_the_headline_s_show() -> None:
    facts = one(
        "Crunchyroll will produce a 13-part anime series based on Yū Suzuki's »Shenmue« video"
        " game series. Chikara Sakurai directs the series for Telecom Animation Film.",
        title="»Shenmue: The Animation« – Crunchyroll und Adult Swim kündigen Anime-Serie an",
    )
    assert facts.title == "Shenmue"  # the headline's quoted name, found again in the body
    assert facts.studios == ("Telecom Animation Film",)


def test_a_title_in_low_and_high_german_quotes_is_read_like_a_quoted_one() -> None:
    facts = one(
        "Studio Kiri will make a 12-episode series of the „Night Garden“ manga.",
        title="„Night Garden“ kommt als 12-episode series",
    )
    assert facts.title == "Night Garden"


def test_a_listed_title_with_a_colon_and_one_with_an_exclamation_mark_stay_whole() -> None:
    found = shows(
        "The winter season goes on with more new series on Wakanim.\n\n"
        "This time the new series covered are ID: Invaded, Keep Your Hands Off Einzouken!,"
        " Pet, Seton Academy: Join the Pack! and Sorcerous Stabber Orphen.\n\n"
        "ID: Invaded\nStudio: NAZ\nGenre: Crime, Thriller\nStreaming on Wakanim\n\n"
        "What is it about?\nSakaido is known as a master detective.",
        title="Winter 2020 Simulcast Season Part 2",
    )
    titles = [s.title for s in found]
    assert titles[:2] == ["ID: Invaded", "Keep Your Hands Off Einzouken"]
    assert "Sorcerous Stabber Orphen" in titles and "Invaded" not in titles
    assert found[0].studios == ("NAZ",)


def test_a_paragraph_wrapped_inside_a_list_of_past_works_stays_one_paragraph() -> None:
    found = shows(
        'Netflix has announced that the second season of "Night Garden" will land on the'
        " platform on July 15.\n\n"
        'The series is directed by Aki Mori, with music by Rei Ono ("Paper Moon",\n'
        '"Glass Bell", "Tide", "River Song: Second\n'
        'Season", "Blue Hour").',
        title='EL ANIME "NIGHT GARDEN 2" LLEGA A NETFLIX',
    )
    assert len(found) == 1  # the past works stay inside their parentheses
    assert found[0].director == ("Aki Mori",)
    assert found[0].music == ("Rei Ono",)


def test_two_people_who_will_both_return_take_their_roles_respectively() -> None:
    facts = one(
        "The final season of Night Garden will debut in December. Aki Mori and Rei Ono will"
        " both return from the first season as director and screenwriter respectively.",
        title="Night Garden Final Season Set for December",
    )
    assert facts.director == ("Aki Mori",)
    assert facts.series_composition == ("Rei Ono",)


def test_a_sub_character_designer_is_not_the_character_designer() -> None:
    facts = one(
        "Studio Kiri adapts the manga Night Garden.\n\n"
        "Director: Aki Mori\nCharacter Design: Rei Ono\nSub-Character Design: Mai Sato",
        title="Night Garden Anime Reveals Staff",
    )
    assert facts.character_design == ("Rei Ono",)


def test_a_single_quoted_title_after_second_season_of_ends_at_its_mark() -> None:
    facts = one(
        "We can follow the second season of 'Night Garden' from October 7 on Crunchyroll."
        " Studio Kiri adapts Aki Mori's manga once more.",
        title="Night Garden abrirá su temporada 2 con una secuencia de apertura",
    )
    assert facts.title == "Night Garden Season 2"


def test_a_headline_s_second_season_in_spanish_names_the_sequel() -> None:
    facts = one(
        "Aki Mori's manga Night Garden was a hit. The Kiri family returns next month with new"
        " episodes, which make up the second season.",
        title="Night Garden revela el opening de su segunda temporada",
    )
    assert facts.title == "Night Garden Season 2"


AGENTS_BODY = (
    "A fresh promotional video for the upcoming anime “Night Garden: Dance of Spring” has"
    " been released. Aki Mori directs the anime at Studio Kiri.\n\n"
    "Rei Ono and Mai Sato launched the series in April 2021. A manga adaptation drawn by"
    " Ken Ito has been running in the publisher's “Lumen” magazine since July 2022. A"
    " further manga, titled “Yoru no Niwa Hyakka” (English: “Night Garden: Hundred Songs”),"
    " has been published on the “Kadopage” website since May 2023."
)


def test_a_quoted_magazine_and_a_quoted_manga_title_lead_no_show_of_their_own() -> None:
    found = shows(AGENTS_BODY, title="Night Garden: Neues Promo-Video enthüllt den Main-Cast")
    assert [s.title for s in found] == ["Night Garden: Dance of Spring"]


def test_a_work_s_quoted_parts_are_no_list_of_shows() -> None:
    found = shows(
        "A fresh promotional video for the anime “Night Garden: Dance of Spring” is out."
        " Aki Mori directs it at Studio Kiri.\n\n"
        "The novels are made up of several parts: “Dance of Spring”, “Dance of Summer”,"
        " “The Archer of Dawn” and “Dance of Autumn”.",
        title="Night Garden: Neues Promo-Video enthüllt den Main-Cast",
    )
    assert [s.title for s in found] == ["Night Garden: Dance of Spring"]


def test_a_list_with_an_item_to_a_paragraph_and_semicolons_gives_each_show() -> None:
    found = shows(
        "Here is the spring schedule with its most important titles. These are the anime"
        " that will debut in April 2023:\n\n"
        "Night Garden - Stagione 3;\n\n"
        "Glass Bell - Stagione 2 ;\n\n"
        "; Tide Song: The Deep;\n\n"
        "Paper Moon;\n\n"
        "River Hour.\n\n"
        "Expectations are high for the third season of Night Garden.",
        title="Anime importanti in arrivo nella primavera 2023: quali sono",
    )
    titles = [s.title for s in found]
    assert "Glass Bell Season 2" in titles
    assert "Tide Song: The Deep" in titles and "Paper Moon" in titles


def test_a_sequel_written_with_its_number_after_the_title_is_season_n() -> None:
    facts = one(
        "Studio Kiri released the first poster for the anime's second season. It is now"
        " confirmed that Night Garden 2 will debut in January 2021.",
        title="Night Garden seconda stagione debutta gennaio 2021 online poster",
    )
    assert facts.title == "Night Garden Season 2"


def test_an_other_name_in_parentheses_is_read_from_its_own_line() -> None:
    body = (
        "Home > Anime > ¿Cuánto durará el anime de Yoru no Kishi 2?\n\n"
        "Season 2 of the Yoru no Kishi (The Night Knight) anime is close."
    )
    titles = from_heading("The Night Knight", body)
    assert titles.alt_titles and all("\n" not in alt for alt in titles.alt_titles)


def test_a_series_under_a_shared_title_takes_that_title_over_a_foreign_headline() -> None:
    facts = one(
        "On Friday a toy maker announced a new series of five-minute animated shorts under the"
        " shared title Neko no Shigoto! (Working Cats!). It premieres on January 5 on Tokyo MX."
        "\n\nThe idea behind Neko no Shigoto! (Working Cats!) comes from Aki Mori.",
        title="Krótkometrażowe anime o pracujących kotach już na początku 2018 roku",
    )
    assert facts.title == "Neko no Shigoto!"


def test_a_quoted_title_in_sentence_case_that_the_headline_writes_is_the_show() -> None:
    facts = one(
        'The distributor released the first trailer for "Quiero ver tu jardín". It shows off'
        " a fine dub.\n\nThe film is made at Studio Kiri, with Aki Mori as director. Besides"
        ' the novel and this film, "Quiero ver tu jardín" was also adapted into a manga.',
        title="Una distribuidora estrena el primer trailer de Quiero ver tu jardin",
    )
    assert facts.title == "Quiero ver tu jardín"


def test_a_season_s_list_headline_in_german_reads_its_one_show_heading() -> None:
    found = shows(
        "The autumn season 2019 has kicked off with its first simulcasts on Wakanim.\n\n"
        "As every season, a selection of new anime is introduced in this series.\n\n"
        "Night Garden\n\nStudio: Kiri\nGenre: Sport\nStream on Wakanim\n\n"
        "What is it about?\nA boy joins the basketball club.",
        title="Anime-Simulcast-Herbstsaison 2019 Teil 1",
    )
    assert [s.title for s in found] == ["Night Garden"]
    assert found[0].studios == ("Kiri",)


def test_an_english_winter_headline_is_not_read_as_a_german_season() -> None:
    assert lists_shows("Anime importanti in arrivo nella primavera 2023: quali sono")
    assert not lists_shows("Night Garden Anime Premieres in Winter 2023")


def test_an_enumeration_grouped_by_streaming_service_gives_each_show() -> None:
    found = shows(
        "Selected simulcasts of the new season are presented in this series.\n\n"
        "Opening the first part of the series are Crunchyroll with Night Garden, Glass Bell"
        " and Tide Song, and Wakanim with Paper Moon, River Hour and Blue Lantern.",
        title="Anime-Simulcast-Frühlingssaison 2019 Teil 1",
    )
    assert [s.title for s in found] == [
        "Night Garden",
        "Glass Bell",
        "Tide Song",
        "Paper Moon",
        "River Hour",
        "Blue Lantern",
    ]


def test_a_headline_s_season_in_italian_or_german_is_each_listed_show_s() -> None:
    found = shows(
        "These are the anime that will debut in April 2023:\n\n"
        "Night Garden;\n\nGlass Bell;\n\nTide Song;\n\nPaper Moon.",
        title="Anime importanti in arrivo nella primavera 2023: quali sono",
    )
    assert found and {s.season for s in found} == {"Spring 2023"}
    one_heading = shows(
        "The season has kicked off with its first simulcasts on Wakanim.\n\n"
        "Night Garden\n\nStudio: Kiri\nGenre: Sport\n\nWhat is it about?\nA boy plays.",
        title="Anime-Simulcast-Herbstsaison 2019 Teil 1",
    )
    assert [s.season for s in one_heading] == ["Fall 2019"]


def test_a_singer_known_as_a_name_is_credited_by_that_name() -> None:
    facts = one(
        "The second season of Night Garden has debuted. The opening theme, “Tide Song”, is"
        " performed by the solo singer known as MIRA, while the ending, “Paper Moon”, is sung"
        " by Lanterns.",
        title="Night Garden seconda stagione: le sigle",
    )
    assert [t.artist for t in facts.themes] == ["MIRA", "Lanterns"]


def test_a_dub_s_language_after_a_title_is_not_part_of_it() -> None:
    facts = one(
        "Crunchyroll released the first episode of the second season of Night Garden with the"
        " Italian dub, adding it to this season's simuldubs.",
        title="Night Garden 2 simuldub",
    )
    assert facts.title == "Night Garden Season 2"


def test_a_french_season_adjective_names_the_list_and_its_season() -> None:
    found = shows(
        "The winter season was no great start to the year, but some titles stood out.\n\n"
        "The best anime of winter\n\n"
        "Night Garden\n\n"
        "  • From: original work;\n  • Studio: Kiri;\n  • Number of episodes: 12;\n\n"
        "In life every human being needs a garden.",
        title="Meilleur anime de la saison hivernale 2025",
    )
    assert [(s.title, s.season) for s in found] == [("Night Garden", "Winter 2025")]


def test_a_studio_s_head_word_is_no_title_and_a_kicker_s_show_is_read() -> None:
    path = REAL / "round873" / "articles" / "r87304-sosbrigade-kyoani-tsurune.json"
    found = extract(article_from_file(path, now=datetime(2026, 1, 1, tzinfo=UTC)))
    assert [m.facts.title for m in found] == ["Tsurune"]  # not "Kyoto" of "Kyoto Animation"


def test_a_german_spring_season_headline_and_a_list_one_turns_to_give_the_shows() -> None:
    found = shows(
        "Spring is here and brings a new anime season.\n\n"
        "In the first part of the first-look series I turn to Night Garden, Glass Bell and"
        " Paper Moon.\n\n"
        "Night Garden\n\nStudio: Kiri\nGenre: Mystery\nStream bei Crunchyroll\n\n"
        "What is it about?\nA boy meets a yokai.",
        title="Anime-Simulcast-Frühlingssaison 2018 Teil 1",
    )
    assert [(s.title, s.season) for s in found] == [
        ("Night Garden", "Spring 2018"),
        ("Glass Bell", "Spring 2018"),
        ("Paper Moon", "Spring 2018"),
    ]


def test_a_french_count_of_new_series_lists_the_batch_it_is_made_up_of() -> None:
    found = shows(
        "Crunchyroll has announced close to 30 new titles this summer. The wave opens with a"
        " first batch made up of Night Garden, Glass Bell, Paper Moon and Tide Song.\n\n"
        "Night Garden will begin streaming on July 5. It follows the saga of the 2000s.",
        title="quatre nouvelles séries en simulcast chez Crunchyroll",
    )
    assert [s.title for s in found] == ["Night Garden", "Glass Bell", "Paper Moon", "Tide Song"]


def test_headings_with_a_portuguese_sequel_name_their_seasons() -> None:
    found = shows(
        "The autumn anime season is knocking at the door.\n\n"
        "Night Garden – terceira temporada\n\n"
        "The most adorable family in anime is back for a third season.\n\n"
        "Glass Bell – sexta temporada\n\n"
        "The war goes on in the sixth season, with bigger battles.\n\n"
        "Paper Moon\n\nA new series about a girl and the moon.",
        title="Veja os animes que estreiam na temporada de outono deste ano",
    )
    assert [s.title for s in found] == [
        "Night Garden Season 3",
        "Glass Bell Season 6",
        "Paper Moon",
    ]


def test_another_language_s_new_before_anime_is_no_title() -> None:
    facts = one(
        "The official website for Night Garden, an original sci-fi anime, has put out a first"
        " teaser trailer, with details on the voice cast and the premiere.",
        title="Nuovo anime sci-fi Night Garden mostra teaser trailer",
    )
    assert facts.title == "Night Garden"


def test_a_quoted_title_closed_before_the_headline_s_full_stop_is_the_show() -> None:
    facts = one(
        "The new anime from Studio Kiri, directed by Aki Mori, arrives on Tokyo MX on April 5."
        ' What is "NIGHT GARDEN" about? Night Garden is a team of five agents.',
        title="Zwiastun anime „Night Garden”. Premiera w kwietniu!",
    )
    assert facts.title == "Night Garden"

"""Evidence a page gives beside its prose, and forms met in fresh real articles: the
address of a page whose stored copy lost its headline, a studio whose name ends in
initials at the end of a sentence, an adverb before its verb, a date a delay replaced,
and a cast line whose actor carries a note of another part.
"""

from __future__ import annotations

import pytest
from extract_helpers import article, one, shows

from pipeline.extract import extract

TWO_WORKS = (
    "Aniplex revealed that the anime adaptation of Yokusaru Shibata's Tojima Tanzaburo Wants"
    " to be a Masked Rider manga will air for two consecutive cours.\n\n"
    "Takahiro Ikezoe directs the anime at LIDEN FILMS.\n\n"
    "Shibata's earlier works include Air Master. Shibata finished Air Master in July 2014."
    " Shibata's Air Master manga also became a television anime in 2003."
)


def test_a_page_without_a_headline_takes_its_show_from_the_words_of_its_address() -> None:
    link = "https://news.example/news/2025-12-20/tojima-wants-to-be-a-kamen-rider-anime/.232319"
    found = extract(article(TWO_WORKS, title=None, link=link))
    assert [m.facts.title for m in found] == ["Tojima Tanzaburo Wants to be a Masked Rider"]
    assert found[0].facts.studios == ("LIDEN FILMS",)


def test_an_address_that_names_no_candidate_leaves_the_body_s_evidence_alone() -> None:
    found = extract(article(TWO_WORKS, title=None, link="https://news.example/item?id=232319"))
    assert [m.facts.title for m in found] == ["Air Master"]  # the body writes it most


def test_a_studio_ending_in_initials_ends_its_sentence_before_the_next_credit() -> None:
    facts = one(
        "Kazuya Nomura is at the helm of the project at Production I.G. Toshiyuki Yahagi"
        " (Guilty Crown) is the chief animation director and also designs the characters.",
        title="Joker Game Anime Will Have 12 Episodes",
    )
    assert facts.studios == ("Production I.G",)
    assert facts.director == ("Kazuya Nomura",)


def test_an_adverb_before_its_verb_is_no_subject_of_a_page_without_a_headline() -> None:
    facts = one(
        "Sword of the Demon Hunter: Kijin Gentosho, the adaptation of Motoo Nakanishi's"
        " historical fantasy light novel series, has been pushed back to 2025.\n\n"
        "\"The TV anime 'Kijin Gentosho' has been postponed because of production delays,\""
        " the official website said.\n\n"
        "Kazuya Aiura is directing. The show will air in Japan on Tokyo MX.\n\n"
        'In the words of the synopsis, "Thus begins the journey of a man who hunts through'
        ' time."',
        title=None,
        published="2024-06-07",
    )
    assert facts.title == "Kijin Gentosho"


def test_the_date_a_delay_replaced_gives_no_season() -> None:
    facts = one(
        "The TV anime Kijin Gentosho, which was set to start airing in July 2024, has been"
        " postponed because of production delays. It is now planned to air in 2025.",
        title="Kijin Gentosho Anime Delayed to 2025",
        published="2024-06-07",
    )
    assert facts.title == "Kijin Gentosho"
    assert facts.season is None and facts.premiere_date is None


def test_a_note_of_another_part_marks_the_actor_of_a_dashed_cast_line() -> None:
    facts = one(
        "The anime film revealed its cast.\n\nCast:\n"
        "Yuuki Kaji (Eren Jaeger in Attack on Titan) - Shin Hazama\n"
        "Maaya Uchida (Norman in The Promised Neverland) - Kotori Izumi",
        title="Ashita Sekai ga Owaru Toshitemo Film Reveals Cast",
    )
    assert [(c.actor, c.character) for c in facts.cast] == [
        ("Yuuki Kaji", "Shin Hazama"),
        ("Maaya Uchida", "Kotori Izumi"),
    ]


def test_a_title_the_body_names_in_full_first_keeps_its_full_form() -> None:
    facts = one(
        "The official site released a new trailer for the much-anticipated Kaiju No. 8 anime"
        " series on Friday.\n\nWhat is Kaiju No. 8 About:\nIn a world plagued by creatures"
        " called Kaiju, Kafka Hibino dreamed of joining the Defense Force. \"Let's wipe out the"
        ' Kaiju together," Kafka promised. Now he works for a firm that cleans up after Kaiju'
        " battles. Mina protects humanity from Kaiju. He is not worthy of fighting Kaiju.",
        title=None,
    )
    assert facts.title == "Kaiju No. 8"  # not the monsters' common name it holds


def test_a_title_written_only_in_japanese_brackets_is_the_show() -> None:
    facts = one(
        "From October 2015 a TV anime brimming with music starts broadcasting. It is"
        " 『スタミュ』, which calls itself an original musical anime. 『スタミュ』 takes place"
        " at an elite school. The opening theme is 「DREAMER」 by Gero.",
        title=None,
        published=None,
    )
    assert facts.title == "スタミュ"
    assert [(t.kind, t.title, t.artist) for t in facts.themes] == [("opening", "DREAMER", "Gero")]


def test_a_latin_page_keeps_the_latin_name_it_gives_before_an_embedded_japanese_one() -> None:
    facts = one(
        "The official website for Hoods Entertainment's upcoming original TV anime Gekidol"
        " announced today that it will premiere on AT-X in January.\n\n"
        "TVアニメ「ゲキドル」2021年1月5日より放送開始\n— 「ゲキドル」公式 #ゲキドル\n\n"
        "The main cast includes Hikaru Akao as Seria.",
        title="New Idol-Themed Original TV Anime",
        published="2020-11-26",
    )
    assert facts.title == "Gekidol"


def test_a_list_shaped_actor_first_is_read_actor_first_whatever_its_marks() -> None:
    facts = one(
        "The anime will stream on Wakanim. As for the cast, these members are confirmed:\n\n"
        "Nao Fujita - Sister Krone\n\nYuko Kaida - Isabella, the mother\n\n"
        "Shinei Ueki - Don\n\nShizuka Ishigami - Nat",
        title="The Promised Neverland Season 2 Reveals Clip",
    )
    assert [(c.actor, c.character) for c in facts.cast] == [
        ("Nao Fujita", "Sister Krone"),
        ("Yuko Kaida", "Isabella"),
        ("Shinei Ueki", "Don"),
        ("Shizuka Ishigami", "Nat"),
    ]


def test_a_blog_s_field_lines_under_each_show_are_no_cast() -> None:
    found = shows(
        "Mirai Nikki\n\nThe premise is good.\nSub Group: GotSpeed\nFirst Rating: 8\n\n"
        "Gundam AGE\n\nIt is fine so far.\nSub Group: Commie\nFirst Rating: 6",
        title="Fall 2011 First Impressions",
        published="2011-10-11",
    )
    assert all(not f.cast for f in found)


def test_a_part_written_before_its_voice_actor_is_the_part() -> None:
    facts = one(
        "The Jujutsu Kaisen anime stage opened Jump Festa. Megumi Fushiguro voice actor Yuma"
        " Uchida was confirmed to appear, and veteran voice actor Kenjiro Tsuda hosted. There"
        " was a Q&A with the voice actors of Yuji Itadori (Junya Enoki) and Mahito (Nobunaga"
        " Shimazaki).",
        title="Jujutsu Kaisen Stage Opens Jump Festa",
    )
    assert {(c.actor, c.character) for c in facts.cast} >= {
        ("Yuma Uchida", "Megumi Fushiguro"),
        ("Junya Enoki", "Yuji Itadori"),
        ("Nobunaga Shimazaki", "Mahito"),
    }
    assert all(c.actor not in ("Megumi Fushiguro", "Yuji Itadori") for c in facts.cast)


def test_an_opening_quote_typed_for_an_apostrophe_still_credits_the_author() -> None:
    facts = one(
        "On Thursday, the official website for the new television anime of Rumiko Takahashi‘s"
        " Urusei Yatsura manga launched a fifth promotional video.",
        title="Urusei Yatsura Anime Reveals 2nd Half Theme Songs",
    )
    assert facts.original_creator == ("Rumiko Takahashi",)


def test_more_ways_of_naming_the_source_s_author() -> None:
    appositive = one(
        "A new TV special of Nanatsu no Taizai was announced. The author of the original"
        " manga, Nakaba Suzuki, is writing a story for this TV special.",
        title="Nanatsu no Taizai TV Special Announced",
    )
    originally = one(
        "The news came during a livestream for the anime adaptation of the novel Mushoku"
        " Tensei, originally by Yuki Urushibara.",
        title="Mushoku Tensei Anime Reveals Cast",
    )
    drew = one(
        "Mushishi came from a 10-volume manga series Yuki Urushibara drew for the Afternoon"
        " magazine. The second TV season premieres in April.",
        title="Mushishi Second Season Announced",
    )
    assert appositive.original_creator == ("Nakaba Suzuki",)
    assert originally.original_creator == ("Yuki Urushibara",)
    assert drew.original_creator == ("Yuki Urushibara",)


def test_two_shows_before_one_possessive_season_are_not_one_title() -> None:
    facts = one(
        "Funimation planned to put out My Hero Academia and Tokyo Ghoul’s season 3 English"
        " dubs on the same day. Tokyo Ghoul:re has aired four episodes with no issues.",
        title="Tokyo Ghoul Season 3 English Dub Delayed",
        published="2018-05-07",
    )
    assert facts.title == "Tokyo Ghoul Season 3"


def test_a_headline_s_news_after_a_colon_is_no_subtitle() -> None:
    facts = one(
        "Anime Scenes from Awajima: Premieres in April 2026\n\n"
        "The anime Scenes from Awajima premieres on April 9. Scenes from Awajima adapts the"
        " manga. The staff of Scenes from Awajima revealed a visual.",
        title="Anime Scenes from Awajima: Estreia em Abril de 2026",
        published="2026-01-20",
    )
    assert facts.title == "Scenes from Awajima"


def test_a_name_the_body_quotes_alone_is_no_subtitle_of_the_show() -> None:
    facts = one(
        "SPY×FAMILY: Official髭男dism takes the OP, and the ED goes to a singer\n\n"
        "The band 「Official髭男dism」 will perform the opening theme 「ミックスナッツ」 for the TV"
        " anime 「SPY×FAMILY」, based on the manga. 「SPY×FAMILY」 premieres in April.",
        title="SPY×FAMILY:Official髭男dismがOP担当",
    )
    assert facts.title == "SPY×FAMILY"


def test_a_list_under_a_line_announcing_the_cast_names_no_shows() -> None:
    found = shows(
        "A second season of the anime Hikaru's Summer was announced.\n\n"
        "<p>The other cast members are:</p><ul>"
        "<li>Yumiri Hanamori - Asako Yamagishi, a classmate of Yoshiki</li>"
        "<li>Wakana Kowaka - Rie Kurebayashi, a housewife who can see what others cannot</li>"
        "<li>Chikahiro Kobayashi - Tanaka, an employee on the trail of something</li></ul>",
        title="Hikaru's Summer Season 2 Announced",
    )
    assert [f.title for f in found] == ["Hikaru's Summer Season 2"]


def test_an_embedded_post_s_date_is_no_premiere() -> None:
    facts = one(
        "Golden Kamuy is getting an anime adaptation. It is scheduled to premiere April 9.\n\n"
        "Golden Kamuy TV anime gets a new Key Visual. It will begin airing on April 9th."
        " pic.twitter.com/D7G40zSRqj — YonkouProductions (@YonkouProd) March 5, 2018",
        title="Golden Kamuy Anime 2018 Premiere Date",
        published="2018-03-06",
    )
    assert str(facts.premiere_date) == "2018-04-09"
    assert facts.season == "Spring 2018"


def test_character_profiles_under_a_line_announcing_the_characters_are_no_shows() -> None:
    found = shows(
        "The staff of the Just Because! original anime project launched a website.\n\n"
        "The anime's characters include (from left to right):\n\n"
        "Hazuki Morikawa\n\nHazuki is a member of the school concert band who has already"
        " settled on a college.\n\n"
        "Haruto Sōma\n\nHaruto is a member of the baseball team who has secured a job.\n\n"
        "Mio Natsumi\n\nMio was in Eita's class in middle school and studies hard.",
        title="Original High School Anime 'Just Because!' Unveils Trailer, Characters",
        published="2017-05-30",
    )
    assert [f.title for f in found] == ["Just Because!"]


def test_a_credit_set_as_a_subheadline_and_two_directors_named_together() -> None:
    subheadline = one(
        "Directed by Yoshiyuki Asai (Captain Earth)\n\n"
        "The official website of the anime revealed the premiere. It is an original anime.",
        title="Charlotte Anime to Premiere on July 4",
    )
    together = one(
        "The anime's 40th anniversary event was announced. Yoshitaka Yashima and Aya Komaki are"
        " the directors of the series, and Katsuyoshi Nakatsuru designs the characters.",
        title="Dragon Ball Daima Sets Its Date",
    )
    assert subheadline.director == ("Yoshiyuki Asai",)
    assert together.director == ("Yoshitaka Yashima", "Aya Komaki")


def test_theme_songs_a_whole_sentence_credits() -> None:
    facts = one(
        'The season\'s opening theme song "Rise Up" and its ending theme song "Believe" are'
        " both performed by NiziU. It was revealed that GEMN, the performer of the insert song"
        ' “Fatale,” is a special unit. The video announces the opening song "Paper Sky" by the'
        " rock band Survive Said the Prophet.",
        title="Tower of God Season 2 Reveals Theme Songs",
    )
    assert {(t.kind, t.title, t.artist) for t in facts.themes} == {
        ("opening", "Rise Up", "NiziU"),
        ("ending", "Believe", "NiziU"),
        ("insert", "Fatale", "GEMN"),
        ("opening", "Paper Sky", "Survive Said the Prophet"),
    }


def test_a_band_s_quoted_song_named_as_the_opening() -> None:
    facts = one(
        "The trailer teases the opening theme. UVERworld's \"Touch off,\" the series' opening"
        " theme, had already been teased. It also gives a taste of the new ending theme,"
        ' "Zettai Zetsumei," by the returning Burnout Syndromes.',
        title="The Promised Neverland Reveals Opening Theme Promo",
    )
    assert {(t.kind, t.title, t.artist) for t in facts.themes} == {
        ("opening", "Touch off", "UVERworld"),
        ("ending", "Zettai Zetsumei", "Burnout Syndromes"),
    }


CREDITS = (
    (
        "series_composition",
        "Michiko Yokote",
        "The designer returns, and script supervision remains in the hands of Michiko Yokote.",
    ),
    (
        "series_composition",
        "Gen Urobuchi",
        "Director Takanobu Mizuno will lead the adaptation,"
        " while Gen Urobuchi is responsible for the story composition.",
    ),
    (
        "series_composition",
        "Teruko Utsumi",
        "MAPPA is animating the series, with Nobuyuki"
        " Takeuchi directing and Teruko Utsumi on scripts.",
    ),
    (
        "series_composition",
        "Kazuki Nakashima",
        "Hiroyuki Imaishi directs, together again with"
        " head writer Kazuki Nakashima (Gurren Lagann).",
    ),
    (
        "series_composition",
        "Mari Okada",
        "It is a new anime film from MAPPA and director/writer Mari Okada.",
    ),
    (
        "character_design",
        "Yoko Suzuki",
        "Two writers handle the series composition, while the"
        " character design has been entrusted to Yoko Suzuki (Bleach).",
    ),
    (
        "character_design",
        "Ayumi Yamada",
        "Masashi Koizuka is set to direct, while Ayumi Yamada"
        " has adapted Arakawa's designs for the small screen.",
    ),
    (
        "character_design",
        "Kousuke Kawazura",
        "Kousuke Kawazura is adapting Kumeta's designs for animation.",
    ),
)


@pytest.mark.parametrize(("field", "person", "text"), CREDITS)
def test_more_ways_of_crediting_scripts_and_designs(field: str, person: str, text: str) -> None:
    facts = one(text, title="Sarazanmai Anime Reveals Staff")
    assert getattr(facts, field) == (person,)


def test_a_title_in_japanese_brackets_after_anime_beats_a_sidebar_episode_title() -> None:
    facts = one(
        "呪術廻戦 死滅回游 前編\nEpisode 50 「死滅回游について」\n"
        "Broadcast of Thursday, January 15\n\n"
        "It emerged on August 18 that the unit 「TOKYO MONSTERS」 will take charge of the"
        " opening theme (OP) 「PUPPET’S」 for the TV anime 「テスラノート」, based on a spy manga.",
        title=None,
        published=None,
    )
    assert facts.title == "テスラノート"


def test_a_person_s_name_is_no_studio() -> None:
    facts = one(
        "In its second weekend, Belle, the new anime film from Mamoru Hosoda and Studio Chizu,"
        " kept the #1 spot. It earned 523,357 yen from Friday to Sunday.",
        title="Mamoru Hosoda's Belle Film at #1 Again",
        published="2021-07-27",
    )
    assert facts.studios == ("Studio Chizu",)


def test_the_day_a_news_item_happened_is_no_premiere() -> None:
    then = one(
        "The third season was announced in 2022. Then, on Wednesday, June 21, 2023, the third"
        " season got a new key visual and a confirmed release window of April 2024.",
        title="KonoSuba Season 3 Gets New Key Visual",
        published="2023-06-21",
    )
    saw = one(
        "Thursday, May 29, 2025 saw the first promotional video for To Your Eternity season 3"
        " start streaming. The season premieres in October.",
        title="To Your Eternity Season 3 First PV",
        published="2025-05-29",
    )
    assert then.premiere_date is None
    assert saw.premiere_date is None and saw.season == "Fall 2025"

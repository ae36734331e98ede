"""Forms met in fresh real articles: writers' picks and stacked other names as entry
headings, people after a top list's dash, counted lists of shows in prose, a film that
the body names beside its series, credits given as "credited with directing", casts
announced as lists or as "voice talent", and hard-wrapped plain text."""

from __future__ import annotations

from extract_helpers import one, shows

from pipeline.extract.text import to_document


def test_a_writer_s_pick_heading_names_the_show_after_the_label() -> None:
    found = shows(
        "<p>The new season has started, and here is what our writers are waiting for.</p>"
        "<h2>Toshi’s Pick: Lantern Tide</h2><p>Lantern Tide is a quiet story about a"
        " lighthouse keeper and the town she looks after.</p>"
        "<h2>Kat’s Pick: Paper Moon Academy</h2><p>Paper Moon Academy follows a school"
        " club that builds kites and enters them in contests.</p>",
        title="Our Writers' Most Anticipated Anime of the Season",
    )
    assert [f.title for f in found] == ["Lantern Tide", "Paper Moon Academy"]


def test_people_after_a_top_list_s_dash_are_its_directors_not_its_title() -> None:
    facts = one(
        "The year's films were many, and these are the best of them.\n"
        "10. Harbor Lights – Aki Mori, Jun Hara, Ken Sato\n"
        '"Harbor Lights" is an anthology of three stories set in three port cities. Under'
        " the joint direction of Aki Mori, Jun Hara and Ken Sato, it tells each story with"
        " its own colours.",
        title="Best Anime Films of the Year",
    )
    assert facts.title == "Harbor Lights"
    assert facts.director == ("Aki Mori", "Jun Hara", "Ken Sato")


def test_two_stacked_headings_that_share_a_first_word_are_one_show_s_names() -> None:
    found = shows(
        "Will I find a new favourite? Here is what I look forward to this season.\n\n"
        "So let's get to the list of what makes my heart beat faster.\n\n"
        "Kaze no Tani wa Tooi: Hoshi no Sho (KazeTani)\n\n"
        "Kaze no Valley is Far: Star Chapter\n\n"
        "I'm not going to save the best for last: this is my most anticipated show of the"
        " season, and I have waited two years for the sequel.",
        title="Will I find love? Anticipating Fall 2017.",
    )
    assert len(found) == 1
    assert found[0].title == "Kaze no Tani wa Tooi: Hoshi no Sho"
    assert "Kaze no Valley is Far: Star Chapter" in found[0].alt_titles


def test_a_counted_list_of_shows_after_a_colon_names_each_show() -> None:
    found = shows(
        "Most anime is split into seasons of about three months.\n\n"
        "As for new airing series, there are two interesting shows: Lantern Tide and"
        " Paper Moon Academy (Kami no Tsuki Gakuen).\n\n"
        "Lantern Tide is one of the biggest comedy manga of the year. Paper Moon Academy"
        " follows a school club that builds kites.",
        title="Spring 2022",
    )
    assert {f.title for f in found} >= {"Lantern Tide", "Paper Moon Academy"}


def test_a_film_the_body_names_beside_its_series_is_the_show() -> None:
    facts = one(
        "On Sunday, the studio started streaming a second video for Lantern Tide: Night"
        " Harbor, the upcoming sequel anime film to the Lantern Tide television anime"
        " series. The film will open in 2020.\n\nAki Mori is once again directing the film"
        " at ufotable.",
        title="Lantern Tide Anime Film Reveals Teaser Video, 2020 Debut",
        published="2019-10-20",
    )
    assert facts.title == "Lantern Tide: Night Harbor"
    assert facts.studios == ("ufotable",)


def test_a_surname_credited_with_directing_and_the_original_story_is_named_in_full() -> None:
    facts = one(
        "Makoto Arai's latest film, Harbor Lights (in English, Lights of the Harbor), has"
        " a new trailer.\n\nArai is credited with directing the film as well as writing the"
        " original story.",
        title="Harbor Lights Gets Trailer and Key Art",
        published="2022-08-01",
    )
    assert facts.director == ("Makoto Arai",)
    assert facts.original_creator == ("Makoto Arai",)
    assert "Lights of the Harbor" in facts.alt_titles


def test_a_voice_talent_list_gives_actors_without_characters() -> None:
    facts = one(
        "'Harbor Lights' is a coming-of-age drama anime film. The Japanese voice talent"
        " includes Aki Mori, Jun Hara, Ken Sato, and Mika Arai.",
        title="Anime Film 'Harbor Lights' Is Coming To North America",
    )
    assert [(m.actor, m.character) for m in facts.cast] == [
        ("Aki Mori", None),
        ("Jun Hara", None),
        ("Ken Sato", None),
        ("Mika Arai", None),
    ]


def test_a_cast_list_of_actor_is_character_lines_pairs_them() -> None:
    facts = one(
        "<p>The cast has been announced for the upcoming Lantern Tide anime:</p>"
        "<ul><li>Aki Mori is Nadia Sol</li><li>Machico is Tora</li></ul>"
        "<p>Lantern Tide will debut in April 2018.</p>",
        title="Cast Announcement for the Lantern Tide Anime",
    )
    assert [(m.actor, m.character) for m in facts.cast] == [
        ("Aki Mori", "Nadia Sol"),
        ("Machico", "Tora"),
    ]


def test_reprised_roles_given_respectively_pair_in_order() -> None:
    facts = one(
        "Lantern Tide Season 2 has been announced. Aki Mori, Jun Hara, and Ken Sato will"
        " reprise their roles as Nadia, Tora, and Ren respectively. Mika Arai will also"
        " join the main cast as Gen Sol in Lantern Tide Season 2.",
        title="Lantern Tide Season 2 Announced",
    )
    assert [(m.actor, m.character) for m in facts.cast] == [
        ("Aki Mori", "Nadia"),
        ("Jun Hara", "Tora"),
        ("Ken Sato", "Ren"),
        ("Mika Arai", "Gen Sol"),
    ]


def test_a_place_before_as_is_no_actor() -> None:
    facts = one(
        "Lantern Tide returns as a new anime. Aki Mori stars as Nadia Sol. In the '90s, a"
        " publisher licensed the manga in North America as Tide Lanterns but dropped it.",
        title="Lantern Tide Returns with a New Anime Series",
    )
    assert [m.actor for m in facts.cast] == ["Aki Mori"]


def test_a_date_is_no_theme_singer() -> None:
    facts = one(
        "On Thursday, December 15, 2023, the website of the Lantern Tide anime revealed its"
        " ending theme song along with the artist singing it. The ending theme song is"
        ' titled "Good Luck Sail," performed by Halca.',
        title="Lantern Tide anime unveils new PV",
    )
    assert [(t.title, t.artist) for t in facts.themes] == [("Good Luck Sail", "Halca")]


def test_hard_wrapped_plain_text_joins_back_into_paragraphs() -> None:
    text = (
        "Aki Mori and Jun Hara have also been confirmed to voice the lead characters. The\n\n"
        "19-year-old Mori, best known as Ren in Paper Moon and Sol in Blue Hour, plays\n\n"
        "Nadia Sol, who is friendly and loves to eat. The 25-year-old Hara, meanwhile, whose\n\n"
        "well-known roles include Kanon in Slow Rain, voices the other lead, Tora, who\n\n"
        "loves camping and gives Nadia a reason to take an interest in camping."
    )
    blocks = to_document(text).blocks
    assert len(blocks) == 1
    facts = one(text, title='TV Anime "Lantern Tide" Reveals Two Main Voice Cast')
    assert [(m.actor, m.character) for m in facts.cast] == [
        ("Aki Mori", "Nadia Sol"),
        ("Jun Hara", "Tora"),
    ]


def test_plain_lines_that_end_on_a_word_a_sentence_may_end_on_are_not_joined() -> None:
    text = (
        "Here are the shows that will fill my seasonal anime schedule\n\n"
        "Lantern Tide\n\n"
        "This was the easiest pick, since the first season was so good and I missed it\n\n"
        "Paper Moon Academy\n\n"
        "Of all the trailers I have watched this season this one made me laugh the most\n\n"
        "Blue Hour"
    )
    assert [b.text for b in to_document(text).blocks][1::2] == [
        "Lantern Tide",
        "Paper Moon Academy",
        "Blue Hour",
    ]

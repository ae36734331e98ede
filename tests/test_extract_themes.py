"""Theme songs: kind, title (or none) and artist."""

from __future__ import annotations

import pytest
from extract_helpers import one, shows

from pipeline.core.models import ThemeSong

HEADLINE = "Lantern Rabbit Anime Reveals Theme Songs"


def test_opening_and_ending_in_one_sentence() -> None:
    text = (
        'The rock band Night Tram performs the opening theme "Blue Hour," '
        'and Aoi Sena sings the ending theme, "Kaerimichi."'
    )
    facts = one(text, title=HEADLINE)
    assert facts.themes == (
        ThemeSong(kind="opening", title="Blue Hour", artist="Night Tram"),
        ThemeSong(kind="ending", title="Kaerimichi", artist="Aoi Sena"),
    )


def test_untitled_song() -> None:
    facts = one("Singer-songwriter Aoi Sena will perform the ending theme song.", title=HEADLINE)
    assert facts.themes == (ThemeSong(kind="ending", title=None, artist="Aoi Sena"),)


def test_theme_song_without_a_kind() -> None:
    facts = one('The band Kumo performs the theme song "Shūten."', title=HEADLINE)
    assert facts.themes == (ThemeSong(kind=None, title="Shūten", artist="Kumo"),)


def test_insert_song_sung_by() -> None:
    facts = one("The insert song will be sung by Rui Kaga, who voices the heroine.", title=HEADLINE)
    assert facts.themes == (ThemeSong(kind="insert", title=None, artist="Rui Kaga"),)


def test_performed_by_after_the_title() -> None:
    facts = one('The ending theme "Avid" is performed by Tide[n2k]:mio.', title=HEADLINE)
    assert facts.themes == (ThemeSong(kind="ending", title="Avid", artist="Tide[n2k]:mio"),)


def test_appositive_artist_description_is_dropped() -> None:
    text = 'GLOW, a unit formed by Ai Ito and Ken Ma, performs the opening theme song "Fatal."'
    assert one(text, title=HEADLINE).themes == (
        ThemeSong(kind="opening", title="Fatal", artist="GLOW"),
    )


def test_list_lines_and_to_be_announced() -> None:
    text = (
        'MUSIC\nOpening Theme: "Tōmyō" by Lamp Nine\n'
        'Ending Theme: To be announced\nED: "Sora" / Mio'
    )
    facts = one(text, title=HEADLINE)
    assert facts.themes == (
        ThemeSong(kind="opening", title="Tōmyō", artist="Lamp Nine"),
        ThemeSong(kind="ending", title="Sora", artist="Mio"),
    )


def test_song_owned_by_the_artist_and_japanese_quotes() -> None:
    text = 'Mio Asa\'s new song "Blue Hour" will serve as the opening theme. ED: Kumo「Sora」'
    facts = one(text, title=HEADLINE)
    assert ThemeSong(kind="opening", title="Blue Hour", artist="Mio Asa") in facts.themes
    assert any(t.kind == "ending" and t.title == "Sora" for t in facts.themes)


def test_a_duo_credited_with_and_stays_one_artist_and_filler_words_are_no_artist() -> None:
    body = (
        'The ending theme song is "Beyond the Door" by Aki Mori and Ren Oda. '
        "The opening theme song is performed by the cast, so stay tuned."
    )
    songs = one(body, title="Salt Road Rangers Anime Reveals Theme Songs").themes
    assert [(s.kind, s.title, s.artist) for s in songs] == [
        ("ending", "Beyond the Door", "Aki Mori and Ren Oda")
    ]


def test_a_singer_who_returns_to_perform_is_named_without_the_verb() -> None:
    body = 'The rock group lumen returns to perform the theme song "Only Ours" for the film.'
    songs = one(body, title="Salt Road Rangers Film Reveals Theme Song").themes
    assert [(s.title, s.artist) for s in songs] == [("Only Ours", "lumen")]


def test_an_artist_named_by_family_name_takes_the_full_name_written_before() -> None:
    body = (
        'The opening theme song "Blue Hour" is performed by Mai Kitō and Ren Abe, and the'
        ' ending theme song "Night Tram" is performed by Kitō.'
    )
    songs = one(body, title=HEADLINE).themes
    assert ThemeSong(kind="ending", title="Night Tram", artist="Mai Kitō") in songs


def test_an_artist_name_stops_where_the_sentence_goes_on() -> None:
    body = 'Night Tram is coming back to perform the theme song "WILL" for the film.'
    assert one(body, title=HEADLINE).themes == (
        ThemeSong(kind=None, title="WILL", artist="Night Tram"),
    )
    cover = 'The theme song will be a cover of Aki Mori\'s song "Jump."'
    assert [t.title for t in one(cover, title=HEADLINE).themes] == ["Jump"]


def test_unquoted_song_titles_after_the_kind_of_song() -> None:
    text = (
        "Lantern Harbor premieres in April. The opening theme song is EVERTIDE by Paper Lamps,"
        " and Mina Oda will sing the ending theme song Salt Road. The musical act GLEAM performs"
        " the insert song, Quiet Harbor Lights, while the ending theme song The Copper Bells"
        " is still to come."
    )
    songs = set(one(text, title="Lantern Harbor Reveals Theme Songs").themes)
    assert ThemeSong(kind="opening", title="EVERTIDE", artist="Paper Lamps") in songs
    assert ThemeSong(kind="ending", title="Salt Road", artist="Mina Oda") in songs
    assert ThemeSong(kind="insert", title="Quiet Harbor Lights", artist="GLEAM") in songs


def test_two_owned_songs_a_closing_pick_and_particles_in_an_artists_name() -> None:
    text = (
        "The video previews Ivy's opening theme song \"Yūho\" (Walk) and GLOW's ending theme"
        ' song "Kyūsoku" (Charging). The insert song "Soumonka" will be performed by the'
        ' progressive rock band Soko ni Naru. For the closing, the pick was "FUTSUU" by'
        " Conton Candy, a three-piece rock band."
    )
    songs = set(one(text, title=HEADLINE).themes)
    assert ThemeSong(kind="opening", title="Yūho", artist="Ivy") in songs
    assert ThemeSong(kind="ending", title="Kyūsoku", artist="GLOW") in songs
    assert ThemeSong(kind="insert", title="Soumonka", artist="Soko ni Naru") in songs
    assert ThemeSong(kind="ending", title="FUTSUU", artist="Conton Candy") in songs


def test_a_song_lists_headings_give_each_show_its_song_of_the_listed_kind() -> None:
    text = (
        "<p>Here are my favourite openings of the season.</p>"
        '<h3>2 ) "EVERTIDE" by Paper Lamps, Lantern Harbor</h3><p>A great rock song.</p>'
        '<h3>1 ) "Salt Road" by Mina Oda, Copper Orchard</h3><p>My top pick this fall.</p>'
    )
    found = {f.title: f for f in shows(text, title="Top 5 Anime Openings of Fall 2021")}
    assert found["Lantern Harbor"].themes == (
        ThemeSong(kind="opening", title="EVERTIDE", artist="Paper Lamps"),
    )
    assert found["Copper Orchard"].themes[0].artist == "Mina Oda"


def test_two_songs_in_one_sentence_with_bands_whole_names() -> None:
    cases = {
        'Lamp Post will sing the opening theme song "Glass Hour" and Now on Air will sing '
        'the ending theme song "Late Rain."': [
            ("opening", "Glass Hour", "Lamp Post"),
            ("ending", "Late Rain", "Now on Air"),
        ],
        'The Pinwheels are providing the opening theme song "Needle Road," and Echo in '
        'Formal are contributing the ending theme "after rain."': [
            ("opening", "Needle Road", "The Pinwheels"),
            ("ending", "after rain", "Echo in Formal"),
        ],
        'The video previews the opening theme song "Aufwind" by Who-ya Tide and the ending '
        'theme song "Moonlit" by ASCO.': [
            ("opening", "Aufwind", "Who-ya Tide"),
            ("ending", "Moonlit", "ASCO"),
        ],
    }
    for text, songs in cases.items():
        found = one(text, title="Lantern Rabbit Anime Reveals Theme Songs").themes
        assert [(s.kind, s.title, s.artist) for s in found] == songs


def test_songs_named_before_their_singer_or_shared_by_one_artist() -> None:
    cases = {
        'The opening theme song is called "Koeru," or "Surpass," and rock group Lanterns '
        "performs it.": [("opening", "Koeru", "Lanterns")],
        'The video features the opening theme song "Exist" by RAISE A TIDE, who are also '
        'performing the ending theme song "Embrace of light."': [
            ("opening", "Exist", "RAISE A TIDE"),
            ("ending", "Embrace of light", "RAISE A TIDE"),
        ],
        "The Opening theme song of the Lantern Rabbit anime is History Maker by Dean Fuji.": [
            ("opening", "History Maker", "Dean Fuji")
        ],
        'The video previews the opening theme song "Katachi", sung by Aya Take, who voices '
        'the protagonist, as well as the ending theme song "Rewrite" by Hakubo.': [
            ("opening", "Katachi", "Aya Take"),
            ("ending", "Rewrite", "Hakubo"),
        ],
    }
    for text, songs in cases.items():
        found = one(text, title=HEADLINE).themes
        assert [(s.kind, s.title, s.artist) for s in found] == songs


def test_a_pronoun_or_a_count_before_the_song_is_no_artist() -> None:
    text = (
        'The opening theme song "Lantern Light" will be sung by eight members of the main'
        " cast. The ending singer announced on Saturday that she will sing the ending theme"
        ' song "Moss Road" for the anime.'
    )
    facts = one(text, title=HEADLINE)
    assert {(t.title, t.artist) for t in facts.themes} == {
        ("Lantern Light", None),
        ("Moss Road", None),
    }


def test_a_words_of_praise_before_the_singer_are_no_part_of_the_artist() -> None:
    text = 'The film\'s theme song "Good Night" is sung by none other than Utada Hikaru.'
    facts = one(text, title="Lantern Highway Anime Film Reveals Theme Song")
    assert [(t.title, t.artist) for t in facts.themes] == [("Good Night", "Utada Hikaru")]


def test_praise_before_the_singer_in_a_sentence_about_the_song() -> None:
    text = (
        "What makes the film special is its theme song: none other than Utada Hikaru is"
        ' performing it, under the title "Good Night".'
    )
    facts = one(text, title="Lantern Highway Anime Film Reveals Theme Song")
    assert [(t.title, t.artist) for t in facts.themes] == [("Good Night", "Utada Hikaru")]


def test_a_band_that_returns_for_the_opening_after_a_participle_is_its_artist() -> None:
    text = (
        "Having sung the anime's first OP song, Moss & The Lanterns return for the second"
        ' season\'s OP theme, titled "Lantern II ~Beyond~".'
    )
    facts = one(text, title="Lantern Season 2 OP and ED Announced")
    assert [(t.kind, t.title, t.artist) for t in facts.themes] == [
        ("opening", "Lantern II ~Beyond~", "Moss & The Lanterns")
    ]


def test_a_song_lists_song_line_under_each_show_is_that_shows_theme() -> None:
    body = (
        "An anime site asked readers to pick their favorite openings of 2022.\n\n"
        "5. Glass Lock\n\u201cChaos Tide\u201d by Square Garden\n\n"
        "4. Tiger & Moss 2\n\u201cKaleido Fiesta\u201d by Square Garden\n\n"
        "3. Lantern Harbor\n\u201cSeishun Tide\u201d by Kessoku Moss\n\n"
        "2. Paper Comet\n\u201cMixed Stars\u201d by Glass Orchard\n\n"
        "1. Moss Man\n\u201cKick Forward\u201d by Rei Ono\n\n"
        "And the top spot goes to this song."
    )
    found = shows(body, title="Top 2022 Anime Opening Theme Songs!")
    assert [(f.title, [(t.kind, t.title, t.artist) for t in f.themes]) for f in found] == [
        ("Glass Lock", [("opening", "Chaos Tide", "Square Garden")]),
        ("Tiger & Moss 2", [("opening", "Kaleido Fiesta", "Square Garden")]),
        ("Lantern Harbor", [("opening", "Seishun Tide", "Kessoku Moss")]),
        ("Paper Comet", [("opening", "Mixed Stars", "Glass Orchard")]),
        ("Moss Man", [("opening", "Kick Forward", "Rei Ono")]),
    ]


def test_a_subheadlines_untitled_song_gives_way_to_the_same_song_with_its_title() -> None:
    text = (
        "Moss Kyōdan performs opening; cast performs ending\n\n"
        'Moss Kyōdan will perform the opening theme "LANTERN II ~Sekai o Koete~" for the '
        "second season of Lantern Harbor, which premieres in January."
    )
    themes = one(text, title="Lantern Harbor Anime Theme Song Artists Return for 2nd Season").themes
    assert [(t.kind, t.title, t.artist) for t in themes if t.kind == "opening"] == [
        ("opening", "LANTERN II ~Sekai o Koete~", "Moss Kyōdan")
    ]


def test_a_song_provided_as_the_theme_for_a_film_and_its_writer_is_no_composer() -> None:
    text = (
        'The rock band GLASS-BELL will provide their song "Diver" as the theme for Lantern '
        "Road the Movie. This is the band's first theme song for a film. Rei Kagami, the "
        "band's vocalist and guitarist, wrote both the music and the lyrics."
    )
    found = one(text, title="Rock Band GLASS-BELL Performs Lantern Road the Movie Theme Song")
    assert found.themes == (ThemeSong(kind=None, title="Diver", artist="GLASS-BELL"),)
    assert found.music == ()


@pytest.mark.parametrize(
    ("text", "songs"),
    [
        (
            'Galileo Galilei will perform the opening song titled "Amadeus," while ChoQMay is'
            ' responsible for the ending song "Ao no Maho."',
            [("opening", "Amadeus", "Galileo Galilei"), ("ending", "Ao no Maho", "ChoQMay")],
        ),
        (
            'PassCode is handling the new opening theme for the series, a song titled "WILLSHINE".',
            [("opening", "WILLSHINE", "PassCode")],
        ),
        (
            'The clip previews the anime\'s theme, "Deadly Drive," sung by GRANRODEO.',
            [(None, "Deadly Drive", "GRANRODEO")],
        ),
        (
            'The video showcases the opening song, "Hibana" by Mindaryn, together with the'
            ' closing song "Yuyami no uta" by Keina Suda.',
            [("opening", "Hibana", "Mindaryn"), ("ending", "Yuyami no uta", "Keina Suda")],
        ),
        (
            "The opening and the ending themes will be sung by Ali Project and Annabel"
            " respectively.",
            [("opening", None, "Ali Project"), ("ending", None, "Annabel")],
        ),
        (  # a caption's name on the line above is no part of the singer's
            "Kuabara and Izumi Kitta\n\nPassCode is handling the new opening theme, a song"
            ' titled "WILLSHINE".',
            [("opening", "WILLSHINE", "PassCode")],
        ),
    ],
)
def test_more_ways_prose_names_a_theme_song(
    text: str, songs: list[tuple[str | None, str | None, str]]
) -> None:
    facts = one(text, title="Night Garden Anime Reveals Theme Songs")
    assert [(t.kind, t.title, t.artist) for t in facts.themes] == songs

"""Voice cast in prose and in lists, with or without characters."""

from __future__ import annotations

import pytest
from extract_helpers import one, shows

from pipeline.core.models import CastMember

HEADLINE = "Lantern Rabbit Anime Reveals Cast"


def test_will_be_voiced_by() -> None:
    facts = one("Mina Kaze will be voiced by Haru Sato (Glass Bell).", title=HEADLINE)
    assert facts.cast == (CastMember(actor="Haru Sato", character="Mina Kaze"),)


def test_actor_as_character_with_descriptions() -> None:
    text = "The cast includes Rei Ono as the tired detective Sōji Mori and Aya Kudo as Pip."
    facts = one(text, title=HEADLINE)
    assert facts.cast == (
        CastMember(actor="Rei Ono", character="Sōji Mori"),
        CastMember(actor="Aya Kudo", character="Pip"),
    )


def test_one_actor_two_roles() -> None:
    facts = one("- Emi Sato as Lily and as her double, Lilith", title=HEADLINE)
    assert [m.character for m in facts.cast] == ["Lily", "Lilith"]


def test_actor_with_character_in_parentheses() -> None:
    text = "Kōta Mine (Captain Ira) and Yui Asa (Oswin) are confirmed to return."
    facts = one(text, title=HEADLINE)
    assert facts.cast == (
        CastMember(actor="Kōta Mine", character="Captain Ira"),
        CastMember(actor="Yui Asa", character="Oswin"),
    )


def test_character_actor_list_after_an_introducing_line() -> None:
    text = "The newly announced cast members include:\n\nMina Kaze: Haru Sato\nThe Warden: Jō Aki\n"
    facts = one(text, title=HEADLINE)
    assert facts.cast == (
        CastMember(actor="Haru Sato", character="Mina Kaze"),
        CastMember(actor="Jō Aki", character="The Warden"),
    )


def test_dash_separated_bullets() -> None:
    text = "Joining the cast:\n• Lakka — Rin Tomo\n• Sui — Ao Natsu"
    assert [m.actor for m in one(text, title=HEADLINE).cast] == ["Rin Tomo", "Ao Natsu"]


def test_actors_without_roles() -> None:
    text = "Mei Tōno and Ken'ichi Saga round out the cast in roles that have not been revealed."
    facts = one(text, title=HEADLINE)
    assert facts.cast == (CastMember(actor="Mei Tōno"), CastMember(actor="Ken'ichi Saga"))


def test_staff_credits_in_parentheses_are_not_cast() -> None:
    facts = one("Ren Oda (Paper Moon) is directing the anime at Studio Kiri.", title=HEADLINE)
    assert facts.cast == ()


def test_cast_list_without_roles() -> None:
    facts = one("The cast includes Mei Sora, Ken Aoi, and Rio Hana.", title=HEADLINE)
    assert [m.actor for m in facts.cast] == ["Mei Sora", "Ken Aoi", "Rio Hana"]
    assert all(m.character is None for m in facts.cast)


def test_character_with_cv_note() -> None:
    text = "■ Cast\nSubaru Kimura (CV: Yūta Ono)\nEmi Hoshi (CV: Rie Taka)"
    facts = one(text, title=HEADLINE)
    assert facts.cast == (
        CastMember(actor="Yūta Ono", character="Subaru Kimura"),
        CastMember(actor="Rie Taka", character="Emi Hoshi"),
    )


def test_staff_returning_as_director_is_not_cast() -> None:
    text = "Rei Ono is returning as director, and OLM is again producing the animation."
    facts = one(text, title=HEADLINE)
    assert facts.cast == ()
    assert facts.director == ("Rei Ono",)


def test_future_tense_and_stars_as() -> None:
    text = "Rei Ono will voice Mina, and Aya Kudo stars as Captain Ira."
    facts = one(text, title=HEADLINE)
    assert facts.cast == (
        CastMember(actor="Aya Kudo", character="Captain Ira"),
        CastMember(actor="Rei Ono", character="Mina"),
    )


def test_a_staff_list_after_the_cast_is_not_read_as_characters() -> None:
    text = (
        "The anime's main cast are:\n\nAoi Kurata as Mina\n\nThe story follows five girls.\n\n"
        "Additional staff includes:\n- Item Design: Tokuhiro Itagaki\n"
        "- Concept Design: Junbun Lin, Kentaro Sako\n- Art Director: Naoko Akuzawa\n"
        "- Sound Director: Yukio Nagasaki\n- Editing: Tomoki Nagasaka"
    )
    found = shows(text, title="Glass Owl Anime Reveals Cast, Staff")
    assert [(c.actor, c.character) for c in found[0].cast] == [("Aoi Kurata", "Mina")]


def test_actors_and_characters_paired_respectively() -> None:
    text = (
        "Glass Owl premieres on October 4. The key visual shows the previously announced "
        "characters Kana Sakuragi, Hitomi Koshigaya, and Koji Shigemoto. Aoi Kurata, Yumi "
        "Hanamori, and Riku Koyama will voice these characters, respectively. Ren Hoshino "
        "and Sora Minami voice Taku and Nao, respectively."
    )
    found = shows(text, title="Glass Owl Anime Reveals Visual, Cast")
    assert {(c.actor, c.character) for c in found[0].cast} == {
        ("Aoi Kurata", "Kana Sakuragi"),
        ("Yumi Hanamori", "Hitomi Koshigaya"),
        ("Riku Koyama", "Koji Shigemoto"),
        ("Ren Hoshino", "Taku"),
        ("Sora Minami", "Nao"),
    }


def test_a_seiyuu_or_voice_cast_label_lists_the_cast() -> None:
    text = (
        "Glass Owl\nStudio: Studio Drive\nJapanese Airdate: 5th April 2025\n"
        "Seiyuu: Yusuke Kobayashi, Daisuke Namikawa, Kenn\nDirector: Noriyuki Abe\n\n"
        "A prince loses his kingdom and sets out to win it back."
    )
    found = shows(text, title="Spring 2025 Preview")
    assert [c.actor for c in found[0].cast] == ["Yusuke Kobayashi", "Daisuke Namikawa", "Kenn"]


def test_an_actor_with_past_roles_in_parentheses_plays_the_character_after_them() -> None:
    body = (
        "Mai Oda (Glass Bell's Mina, Paper Comet's Kana) plays Lily, a runner."
        " Ren Abe comes back to voice Taku."
    )
    assert one(body, title=HEADLINE).cast == (
        CastMember(actor="Mai Oda", character="Lily"),
        CastMember(actor="Ren Abe", character="Taku"),
    )


def test_a_character_noted_with_a_voice_actor_who_plays_a_role_is_no_actor() -> None:
    body = "Within the story, Mina Kaze (voiced by) will play Tsurugi in the stage play."
    assert one(body, title=HEADLINE).cast == ()


def test_short_character_actor_paragraphs_under_a_cast_heading() -> None:
    body = (
        "<p>Lantern Rabbit premieres in October.</p>"
        "<h2>Lantern Rabbit Characters &amp; Voice Cast</h2>"
        "<p>Bojji – Mai Oda</p><p>Kage – Ren Abe</p>"
    )
    assert one(body, title=HEADLINE).cast == (
        CastMember(actor="Mai Oda", character="Bojji"),
        CastMember(actor="Ren Abe", character="Kage"),
    )


def test_who_voices_played_by_and_reversed_respectively() -> None:
    body = (
        'The opening theme "Scrap Art" is performed by Mai Oda , who voices Lily in the series.'
        " The story follows Mina Kaze (played by Ren Abe ), a new hula dancer."
        " The visual shows protagonist Pip and deuteragonist Taku, who are voiced by Yui Sato"
        " and Ken Oda respectively."
    )
    assert set(one(body, title=HEADLINE).cast) == {
        CastMember(actor="Mai Oda", character="Lily"),
        CastMember(actor="Ren Abe", character="Mina Kaze"),
        CastMember(actor="Yui Sato", character="Pip"),
        CastMember(actor="Ken Oda", character="Taku"),
    }


def test_more_ways_news_gives_a_cast() -> None:
    text = (
        "Lantern Harbor returns in October. While Mai Oda and Ren Hoshino come back for their"
        " roles as Aki and The Keeper, the anime has also revealed new cast members. Rina Sato,"
        " the actress known for many comic roles, plays the lead character, Mio. A teaser"
        " confirmed that Kenji Aso will be the voice of Loid Harbor. Yui Tanabe, Sora Minami"
        " and Nao Fujii round out the supporting cast."
    )
    cast = {(c.actor, c.character) for c in one(text, title="Lantern Harbor Season 2 Cast").cast}
    assert {("Mai Oda", "Aki"), ("Rina Sato", "Mio"), ("Kenji Aso", "Loid Harbor")} <= cast
    assert ("Sora Minami", None) in cast and ("Nao Fujii", None) in cast
    assert any(actor == "Ren Hoshino" and role and "Keeper" in role for actor, role in cast)


def test_a_cast_list_of_actor_then_character() -> None:
    text = (
        "<p>The film opens in November.</p><p>The cast members are:</p><ul>"
        "<li>Ami Toda — Kokoro</li><li>Sakura Kiryu — Aki</li><li>Kumi Aso — Kokoro's mother</li>"
        "</ul>"
    )
    cast = {(c.actor, c.character) for c in one(text, title="Glass Castle Film Reveals Cast").cast}
    assert cast == {
        ("Ami Toda", "Kokoro"),
        ("Sakura Kiryu", "Aki"),
        ("Kumi Aso", "Kokoro's mother"),
    }


def test_a_role_the_actor_is_known_for_is_not_this_shows_role() -> None:
    text = (
        "The returning cast:\n\n"
        "- Rin Aoba (Kiri Mado in Glass Harbor) comes back to voice Sora Ichii\n"
        "- Mei Tono (Pell from Lantern Works) voices Nagi\n"
    )
    facts = one(text, title=HEADLINE)
    assert set(facts.cast) == {
        CastMember(actor="Rin Aoba", character="Sora Ichii"),
        CastMember(actor="Mei Tono", character="Nagi"),
    }


def test_characters_with_epithets_initials_aliases_and_nicknames() -> None:
    text = (
        "The cast includes Rei Ono as Uhak the Silent, Aya Kudo as Tarō J. Suzuki, "
        'Emi Sato as Enji Todoroki/Endeavor, and Mio Hara as Shigeo "Mob" Kageyama.'
    )
    assert [m.character for m in one(text, title=HEADLINE).cast] == [
        "Uhak the Silent",
        "Tarō J. Suzuki",
        "Enji Todoroki/Endeavor",
        'Shigeo "Mob" Kageyama',
    ]


def test_cast_members_for_the_film_and_actors_lending_their_voices() -> None:
    text = (
        "Other cast members for the film include Rei Ono, Aya Kudo, and Emi Sato.\n\n"
        "Mio Hara and Kenta Ishi are also lending their voices."
    )
    assert [m.actor for m in one(text, title=HEADLINE).cast] == [
        "Rei Ono",
        "Aya Kudo",
        "Emi Sato",
        "Mio Hara",
        "Kenta Ishi",
    ]


def test_joining_taking_over_and_other_voice_credits() -> None:
    cases = {
        "Rei Ono is also joining the cast as Karl Heinz Schneider.": (
            "Rei Ono",
            "Karl Heinz Schneider",
        ),
        "The video features Mina Kaze, who is voiced by Aya Kudo.": ("Aya Kudo", "Mina Kaze"),
        "Emi Sato takes over from Mio Hara as the voice of the lead character Anos.": (
            "Emi Sato",
            "Anos",
        ),
        "White Cell's voice actor Kenta Ishi appeared at the panel.": ("Kenta Ishi", "White Cell"),
    }
    for text, (actor, character) in cases.items():
        assert one(text, title=HEADLINE).cast == (CastMember(actor=actor, character=character),)


def test_a_one_word_stage_name_in_an_announced_list_of_roles() -> None:
    text = "The cast includes:\n\nRei Ono as the Hero\n\nAimi as Blue\n\nAya Kudo as Pink"
    assert CastMember(actor="Aimi", character="Blue") in one(text, title=HEADLINE).cast


@pytest.mark.parametrize(
    "line",
    [
        "Writer: Toukou Machida",
        "Original Proposal: Moss Project",
        "CG: Eiji Inomoto",
    ],
)
def test_a_staff_job_in_a_label_line_is_no_character(line: str) -> None:
    text = f"The cast and staff:\n\n• Lily: Aki Mori\n• Director: Ren Oda\n• {line}"
    facts = one(text, title="Lantern Rabbit Anime Reveals Cast")
    assert [(c.actor, c.character) for c in facts.cast] == [("Aki Mori", "Lily")]


def test_a_cast_line_that_ends_in_an_image_credit_keeps_its_cast() -> None:
    text = (
        "On Tuesday, Kadokawa announced two new cast members for the second season:\n\n"
        'Aki Mori as Yukiharu the Twilight Diver, a "visiting" reporter Image courtesy of'
        " Kadokawa© 2023 Moss/KADOKAWA\n\n"
        "Ren Oda as Uhak the Silent, a great demon Image courtesy of Kadokawa© 2023 Moss\n\n"
        "Image courtesy of Kadokawa© 2023 Moss/KADOKAWA"
    )
    facts = one(text, title="Lantern Rabbit Season 2 Casts Aki Mori, Ren Oda")
    assert [(c.actor, c.character) for c in facts.cast] == [
        ("Aki Mori", "Yukiharu the Twilight Diver"),
        ("Ren Oda", "Uhak the Silent"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mei Ueda (Banished Heroes, My Next Life as a Villainess) is also in the cast.",
        "Per Comic Natalie as the source, Mei Ueda voices Lily.",
    ],
)
def test_a_titles_or_a_sources_words_before_as_are_no_actor(sentence: str) -> None:
    facts = one(f"Aki Mori voices Rin. {sentence}", title=HEADLINE)
    assert "My Next Life" not in {c.actor for c in facts.cast}
    assert not any(c.actor.startswith("Per ") for c in facts.cast)


def test_an_actors_earlier_work_between_name_and_verb_does_not_hide_the_role() -> None:
    text = (
        "Lantern Harbor Season 2 premieres on October 23. Aki Mori from Paper Comet will voice "
        "Hisame. Rei Ono from Glass Orchard, who earlier voiced Hayase in the first season, "
        "will voice Kahaku."
    )
    cast = one(text, title="Lantern Harbor Season 2 Reveals More Cast").cast
    assert [(c.actor, c.character) for c in cast] == [("Aki Mori", "Hisame"), ("Rei Ono", "Kahaku")]


def test_actors_who_joined_the_cast_as_two_roles_are_paired_in_order() -> None:
    text = (
        "The Lantern Harbor anime premieres on October 5. Aki Mori and Rei Ono have joined the "
        "cast as Hyoro Gari (left in the image below) and Jaga Imo (right), the hero's friends."
    )
    cast = one(text, title="Lantern Harbor Anime Adds Cast").cast
    assert [(c.actor, c.character) for c in cast] == [
        ("Aki Mori", "Hyoro Gari"),
        ("Rei Ono", "Jaga Imo"),
    ]


def test_actors_who_play_the_lead_roles_of_two_characters_respectively() -> None:
    text = (
        "The Lantern Harbor anime is set to premiere in 2023. Aki Mori and Rei Ono play the "
        "lead roles of Yūki Wakura and Kyōka Uzen, respectively."
    )
    cast = one(text, title="Lantern Harbor Anime Reveals Cast").cast
    assert [(c.actor, c.character) for c in cast] == [
        ("Aki Mori", "Yūki Wakura"),
        ("Rei Ono", "Kyōka Uzen"),
    ]


def test_comments_headed_by_actor_and_the_voice_of() -> None:
    text = (
        "Comments from the returning cast were posted. Rin Kaga (the voice of Bonfire): "
        "The story reaches its third act. Ami Tō (the voice of the wanderer Lark): I waited "
        "for this. Sō Ide (the voice of Gale in Another Show) narrates the trailer."
    )
    facts = one(text, title=HEADLINE)
    assert facts.cast == (
        CastMember(actor="Rin Kaga", character="Bonfire"),
        CastMember(actor="Ami Tō", character="Lark"),
    )


def test_a_cast_list_of_characters_portrayed_by_actors() -> None:
    text = (
        "The cast of the coming series is:\n\n"
        "• Mina portrayed by Rei Kagami\n• Sora portrayed by Aya Mori"
    )
    facts = one(text, title=HEADLINE)
    assert facts.cast == (
        CastMember(actor="Rei Kagami", character="Mina"),
        CastMember(actor="Aya Mori", character="Sora"),
    )


def test_also_in_the_cast_lists_actors_with_one_word_stage_names() -> None:
    text = (
        "The main character Mina Maki is voiced by Rei Ono, who is 18. Also in the cast are "
        "Aki Mori, Kou Ide, Aimi, and Sora Hino. Besides directing the film and writing its "
        "script, Kagami is credited with the original work."
    )
    facts = one(text, title=HEADLINE)
    assert [m.actor for m in facts.cast] == ["Rei Ono", "Aki Mori", "Kou Ide", "Aimi", "Sora Hino"]
    assert "Besides" not in facts.director


def test_an_authors_line_credits_the_creators_not_the_cast() -> None:
    facts = one(
        "Lantern Empire\n\nAuthors: Mochi Nozomu\n\nStudio: Silver Link\n\n"
        "The light novel gets a TV anime this fall.",
        title="Lantern Empire Anime Premieres This Fall",
    )
    assert facts.original_creator == ("Mochi Nozomu",)
    assert facts.cast == ()


def test_a_cast_list_with_each_actors_other_works_in_parentheses() -> None:
    text = (
        "The confirmed cast members are Rei Ono (Paper Moon, Glass Bell), Aya Kudo"
        " (Star Fish, Tide) and Jō Aki (Lantern, Hollow Bay)."
    )
    facts = one(text, title=HEADLINE)
    assert [m.actor for m in facts.cast] == ["Rei Ono", "Aya Kudo", "Jō Aki"]
    assert all(m.character is None for m in facts.cast)


def test_actor_with_as_character_in_parentheses() -> None:
    text = "So far the cast members are Rei Ono (as Mina Kaze) and Aya Kudo (as Pip)."
    facts = one(text, title=HEADLINE)
    assert facts.cast == (
        CastMember(actor="Rei Ono", character="Mina Kaze"),
        CastMember(actor="Aya Kudo", character="Pip"),
    )


def test_an_aside_in_parentheses_is_not_a_role() -> None:
    text = "Lantern Rabbit (as I'll call it) has a fine cast. Rei Ono plays the lead."
    assert all(m.character != "I'll" for m in one(text, title=HEADLINE).cast)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (  # a list line per actor: "A in the role of C"
            "Already confirmed members:\n\nTasuku Kaito in the role of Meguru Bachira\n\n"
            "Kazuki Ura in the role of Yoichi Isagi",
            {("Tasuku Kaito", "Meguru Bachira"), ("Kazuki Ura", "Yoichi Isagi")},
        ),
        (
            "Nobunaga Shimazaki will take the role of Izana Kurokawa.",
            {("Nobunaga Shimazaki", "Izana Kurokawa")},
        ),
        (  # the characters in one sentence, their actors "respectively" in the next
            "The new characters featured in this trailer are Majikaja, Maaa and Gab. Hiroki"
            " Goto, Kana Ichinose and Ryota Takeuchi will voice them, respectively.",
            {
                ("Hiroki Goto", "Majikaja"),
                ("Kana Ichinose", "Maaa"),
                ("Ryota Takeuchi", "Gab"),
            },
        ),
        (  # "respectively" before the roles
            "Madoka Suge and Mashiro Yagi will voice, respectively, the two new characters"
            " Parotia and Ezo.",
            {("Madoka Suge", "Parotia"), ("Mashiro Yagi", "Ezo")},
        ),
        (
            "Chiaki Kobayashi and Yuto Uemura would voice the lead characters Jack and Phil,"
            " respectively.",
            {("Chiaki Kobayashi", "Jack"), ("Yuto Uemura", "Phil")},
        ),
        (  # "C (A)": a one-word role with its actor's full name in parentheses
            "The newly confirmed cast members are Majikaja (Hiroki Goto), Maaa (Kana Ichinose)"
            " and Muugi (Kimiko Saito).",
            {("Hiroki Goto", "Majikaja"), ("Kana Ichinose", "Maaa"), ("Kimiko Saito", "Muugi")},
        ),
        (
            "The film features the voices of Hideaki Anno, Miori Takimoto and Morio Kazama.",
            {("Hideaki Anno", None), ("Miori Takimoto", None), ("Morio Kazama", None)},
        ),
        (
            "It was revealed that Kazuya Nakai and Masako Isobe will join Lantern Rabbit's cast.",
            {("Kazuya Nakai", None), ("Masako Isobe", None)},
        ),
    ],
)
def test_more_ways_prose_pairs_actors_and_roles(text: str, pairs: set[tuple[str, str]]) -> None:
    facts = one(text, title=HEADLINE)
    assert {(c.actor, c.character) for c in facts.cast} == pairs


def test_actors_who_join_the_cast_as_roles_respectively_keep_their_roles() -> None:
    facts = one(
        "Yuko Sanpei, Sho Karino, and Chiyo Tomaru will join the cast in the second part of the"
        " anime as Gil, Fran, and Delia, respectively.",
        title=HEADLINE,
    )
    assert {(c.actor, c.character) for c in facts.cast} == {
        ("Yuko Sanpei", "Gil"),
        ("Sho Karino", "Fran"),
        ("Chiyo Tomaru", "Delia"),
    }


def test_characters_who_join_a_show_s_character_cast_are_no_actors() -> None:
    facts = one(
        "The event revealed that Naofumi, Raphtalia, and Filo from The Rising of the Shield Hero"
        " will join the character cast of Lantern Rabbit.",
        title=HEADLINE,
    )
    assert facts.cast == ()


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Haruka Terui stars as “Yuna Yuki”, with Suzuko Mimori as “Mimori Togo”.",
            {("Haruka Terui", "Yuna Yuki"), ("Suzuko Mimori", "Mimori Togo")},
        ),
        (
            "The cast:\n\n- Jose by Kana Hanazawa (Mitsuri in Demon Slayer)\n\n"
            "- Orha by Yoshitsugu Matsuoka",
            {("Kana Hanazawa", "Jose"), ("Yoshitsugu Matsuoka", "Orha")},
        ),
        (
            "The main cast will feature Jun Kasama as Raizo Kurima, plus Yuichiro Umehara and"
            " Hisako Kanemoto.",
            {("Jun Kasama", "Raizo Kurima"), ("Yuichiro Umehara", None), ("Hisako Kanemoto", None)},
        ),
        (
            "It was revealed that the film will star Junya Enoki (Yuji in Jujutsu Kaisen) and"
            " Reina Ueda.",
            {("Junya Enoki", None), ("Reina Ueda", None)},
        ),
        (  # a translation in quotation marks is no role
            'In French it translates as "La croisée dans un labyrinthe étranger".',
            set(),
        ),
    ],
)
def test_quoted_roles_by_lines_and_plus_lists_give_the_cast(
    text: str, pairs: set[tuple[str, str | None]]
) -> None:
    facts = one(text, title=HEADLINE)
    assert {(c.actor, c.character) for c in facts.cast} == pairs

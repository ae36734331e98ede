"""A fan's short season marks ("Frieren S2"), one show written two ways in one article,
page stamps and widgets around the text, and cast written as "C, played by A"."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from extract_helpers import one

from pipeline.extract import article_from_file, extract
from pipeline.extract.text import to_document

REAL = Path(__file__).parent / "data" / "real"  # fresh rounds of real articles


def test_a_short_season_mark_is_that_season_and_keeps_the_written_form() -> None:
    facts = one(
        "<p>The second season of Frieren S2 premieres on January 16, 2026. Madhouse is still"
        " the studio behind Frieren S2.</p>",
        title="Frieren S2 Premieres on January 16",
    )
    assert facts.title == "Frieren Season 2"
    assert "Frieren S2" in facts.alt_titles  # the article's own form, for matching
    assert facts.premiere_date is not None and facts.premiere_date.isoformat() == "2026-01-16"


def test_an_episode_code_is_no_season_mark() -> None:
    facts = one(
        "<p>The anime Frieren returns with S2E05 on January 16, 2026 on Nippon TV.</p>",
        title="Frieren Returns on January 16",
    )
    assert facts.title == "Frieren"


def test_a_season_written_with_and_without_its_subtitle_is_one_show() -> None:
    path = REAL / "round891" / "articles" / "r89104-senarai-january-2026-anime-sequels.json"
    found = extract(article_from_file(path, now=datetime(2026, 1, 5, tzinfo=UTC)))
    titles = [m.facts.title or "" for m in found]
    assert [t for t in titles if t.startswith("Jujutsu Kaisen")] == [
        "Jujutsu Kaisen Season 3: The Culling Game Part 1"
    ]
    assert "Jujutsu Kaisen Season 3" in found[0].facts.alt_titles
    assert titles[1] == "Frieren: Beyond Journey's End Season 2"
    assert len(titles) == 7  # the page's "Notification" and date stamp are no shows


def test_page_widgets_and_stamps_above_the_text_are_left_out() -> None:
    page = (
        "Notification\n\n×\n\nAd\n\nMost Popular Tags\n\nSearch\n\n"
        "2026-01-04 | 12:33 WIB | 0 Reads Last Updated 2026-01-04T05:33:33Z\n\n"
        "Avellana - 20.09.2021\n\nAd Space\n\n"
        "The anime Night Garden premieres on January 9, 2026 on Tokyo MX."
    )
    document = to_document(page, "Night Garden Premieres in January")
    assert [b.text for b in document.blocks] == [
        "The anime Night Garden premieres on January 9, 2026 on Tokyo MX."
    ]


def test_a_character_played_by_an_actor_in_a_list_is_cast() -> None:
    facts = one(
        "<p>The studio presented the actors who bring three new characters to life: Degesu,"
        " played by Junya Enoki; Gomah, played by Showtaro Morikubo; and Dr. Arinsu, played by"
        " Yoko Hikasa.</p>",
        title="Night Garden Reveals Three New Cast Members",
    )
    assert {(c.character, c.actor) for c in facts.cast} == {
        ("Degesu", "Junya Enoki"),
        ("Gomah", "Showtaro Morikubo"),
        ("Dr. Arinsu", "Yoko Hikasa"),
    }


def test_a_returning_actor_will_once_again_voice_the_character() -> None:
    facts = one(
        "<p>Night Garden Season 3 premieres on April 9. Chika Fujiwara will once again be voiced"
        " by Konomi Kohara (Roxy in Mushoku Tensei).</p>",
        title="Night Garden Season 3 Premieres on April 9",
    )
    assert [(c.character, c.actor) for c in facts.cast] == [("Chika Fujiwara", "Konomi Kohara")]

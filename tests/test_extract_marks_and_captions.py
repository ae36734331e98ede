"""Forms met in fresh real articles: a title's own "!" (kept, and no bar to its season
number)."""

from __future__ import annotations

from extract_helpers import one, shows


def test_a_title_s_own_exclamation_mark_is_kept() -> None:
    facts = one(
        "Kite Run! is a new anime about a kite club. Studio Lantern animates Kite Run!,"
        " and the first episode of Kite Run! airs in April.",
        title="Kite Run! Anime Reveals Staff",
    )
    assert facts.title == "Kite Run!"


def test_a_sentence_that_ends_on_the_title_gives_it_no_mark() -> None:
    facts = one(
        "Studio Lantern animates Kite Run, and Kite Run airs in April. We cannot wait for"
        " Kite Run!",
        title="Kite Run Anime Reveals Staff",
    )
    assert facts.title == "Kite Run"


def test_a_title_ending_in_marks_still_takes_the_season_the_text_gives() -> None:
    found = shows(
        "Spring brings back three favourites. Here they are.\n\nKite Run!!\n\n"
        "The club is back: Studio Lantern brings the second season of Kite Run!! to TV in"
        " April.\n\nPaper Moon\n\nPaper Moon returns in April with Aki Mori directing at"
        " Studio Kiri.\n\nGlass Bell\n\nGlass Bell returns in April, animated by Studio Tide.",
        title="Three Anime Coming Back This Spring",
    )
    assert [f.title for f in found] == ["Kite Run!! Season 2", "Paper Moon", "Glass Bell"]

"""How sure the extractor is of each fact, from the evidence behind it."""

from __future__ import annotations

from extract_helpers import article

from pipeline.core.models import SHOWN_CONFIDENCE, ShowMention
from pipeline.extract import extract


def _one(content: str, title: str) -> ShowMention:
    found = extract(article(content, title=title))
    assert len(found) == 1, [m.facts.title for m in found]
    return found[0]


def test_plain_facts_of_a_clearly_named_show_are_shown() -> None:
    mention = _one(
        "The Salt Road Rangers anime will premiere on Tokyo MX on April 6 at 24:00."
        " Kenji Aso is directing the Salt Road Rangers anime at Studio Dune.",
        title="Salt Road Rangers Anime Reveals April 6 Premiere",
    )
    assert mention.facts.premiere_date is not None
    sure = mention.confidence
    assert {"title", "premiere_date", "broadcasters", "director", "studios"} <= set(sure)
    assert all(sure[f] >= SHOWN_CONFIDENCE for f in ("premiere_date", "director", "studios"))


def test_a_date_no_sentence_ties_to_the_japanese_airing_is_less_sure() -> None:
    headline = "Salt Road Rangers Anime Reveals Premiere"
    on_tv = _one("The Salt Road Rangers anime premieres on Tokyo MX on April 6.", headline)
    listed = _one("The Salt Road Rangers anime arrives on April 6.", headline)
    assert on_tv.facts.premiere_date == listed.facts.premiere_date
    assert listed.confidence["premiere_date"] < on_tv.confidence["premiere_date"]


def test_facts_of_a_show_the_article_barely_names_stay_below_the_threshold() -> None:
    mention = _one(
        "The event drew a large crowd. A short clip of the anime Paper Comet played on stage,"
        " and the anime premieres on April 6.",
        title="Fans Gather in Akihabara for a Weekend of Stage Events",
    )
    assert mention.facts.title == "Paper Comet"
    assert mention.confidence["title"] < 0.6
    assert mention.confidence["premiere_date"] < SHOWN_CONFIDENCE

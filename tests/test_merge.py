"""Merging show mentions: one show per title, sequels apart, conflicts, provenance, events."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from pipeline.core.models import CastMember, Show, ShowFacts, ShowMention, ThemeSong
from pipeline.core.reports import MergeResult
from pipeline.merge.shown import shown_facts
from pipeline.merge.shows import merge

DAY0 = datetime(2021, 2, 1, 12, 0, tzinfo=UTC)
NOW = datetime(2021, 3, 20, 9, 0, tzinfo=UTC)


def said(title: str | None, *, day: int = 0, article: int = 1, feed: str = "ann", **facts: Any):
    """What article ``article`` of ``feed``, published on day ``day``, says about a show."""
    return ShowMention(
        facts=ShowFacts(title=title, **facts),
        article_id=article,
        feed_id=feed,
        link=f"https://{feed}.example/news/{article}",
        seen_at=DAY0 + timedelta(days=day),
    )


def merged(*mentions: ShowMention, known: tuple[Show, ...] = ()) -> MergeResult:
    return merge(known, mentions, now=NOW)


def only(result: MergeResult) -> Show:
    (show,) = result.shows
    return show


def messages(result: MergeResult) -> list[str]:
    return [event.message for event in result.events]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            said("That Time I Got Reincarnated as a Slime", alt_titles=("Tensei Shitara Slime",)),
            said("Tensei shitara Slime", article=2, feed="cr"),
        ),
        (
            said("Shōjo Kageki Revue Starlight"),
            said("Shoujo Kageki Revue Starlight", article=2, feed="cr"),
        ),
        (said("Kaguya-sama: Love Is War"), said("KAGUYA SAMA - LOVE IS WAR", article=2)),
        (said("Yuru Camp 2nd Season"), said("Yuru Camp Season 2", article=2, feed="cr")),
        (said("Yuru Camp Second Season"), said("Yuru Camp Season 2", article=2, feed="cr")),
        (said("Ōkami Mimi no Kouhai"), said("Ookami Mimi no Kohai", article=2, feed="cr")),
        (said("Mushoku Tensei Part 2"), said("Mushoku Tensei 2nd Cour", article=2, feed="cr")),
        (said("Movie"), said("MOVIE!", article=2)),
        (
            said("Overlord II"),
            said("Overlord S2", article=2),
        ),
        (said("Spy × Family"), said("SPY x FAMILY", article=2)),
        (said("Frieren: Beyond Journey’s End"), said("Frieren - Beyond Journeys End", article=2)),
    ],
)
def test_the_same_show_from_two_outlets_becomes_one_show(
    first: ShowMention, second: ShowMention
) -> None:
    show = only(merged(first, second))
    assert show.facts.title == first.facts.title
    assert {p.feed_id for p in show.provenance if p.field in ("title", "alt_titles")} == {
        first.feed_id,
        second.feed_id,
    }


def test_a_different_spelling_is_kept_as_an_alternative_title() -> None:
    show = only(merged(said("Mushoku Tensei"), said("Mushoku Tensei", alt_titles=("無職転生",))))
    assert show.facts.alt_titles == ("無職転生",)


def test_sequels_and_films_stay_apart_from_their_first_season() -> None:
    result = merged(
        said("Mob Psycho 100", article=1),
        said("Mob Psycho 100 Season 2", article=2),
        said("Mob Psycho 100 3rd Season", article=3),
        said("Mob Psycho 100: The Movie", article=4),
        said("Mob Psycho 100 Part 2", article=5),
    )
    titles = sorted(s.facts.title or "" for s in result.shows)
    assert len(titles) == 5
    assert len({s.slug for s in result.shows}) == 5


def test_different_shows_with_similar_short_titles_stay_apart() -> None:
    assert len(merged(said("Given"), said("Gibiate")).shows) == 2


def test_a_newer_premiere_date_wins_and_the_move_is_an_event() -> None:
    first = merged(said("86", premiere_date=date(2021, 4, 3)))
    later = said("86", day=3, article=2, feed="cr", premiere_date=date(2021, 4, 10))
    result = merged(later, known=first.shows)
    assert only(result).facts.premiere_date == date(2021, 4, 10)
    (event,) = result.events
    assert event.kind == "date_changed"
    assert event.message == "Premiere moved from Apr 3 to Apr 10"
    assert (event.article_id, event.link) == (2, later.link)


def test_an_older_announcement_read_late_does_not_override() -> None:
    first = merged(said("86", day=5, premiere_date=date(2021, 4, 10)))
    stale = said("86", day=1, article=2, premiere_date=date(2021, 4, 3), season="Spring 2021")
    result = merged(stale, known=first.shows)
    facts = only(result).facts
    assert facts.premiere_date == date(2021, 4, 10)
    assert facts.season == "Spring 2021"  # unknown facts still fill in
    assert "Premiere" not in " ".join(messages(result))


def test_first_premiere_date_is_announced_with_its_weekday() -> None:
    first = merged(said("86"))
    result = merged(said("86", article=2, premiere_date=date(2021, 4, 10)), known=first.shows)
    assert messages(result) == ["Premiere date set: Apr 10 (Sat)"]


def test_a_new_show_is_one_event_not_one_per_fact() -> None:
    result = merged(said("86", premiere_date=date(2021, 4, 10), director=("Toshimasa Ishii",)))
    assert messages(result) == ["New show: 86"]


def test_cast_and_staff_accumulate_without_near_duplicates() -> None:
    first = said(
        "86",
        director=("Kōta Ishimori",),
        broadcasters=("TOKYO MX",),
        cast=(CastMember("Shōya Chiba", "Shinei Nouzen"), CastMember("Ikumi Hasegawa")),
    )
    second = said(
        "86",
        article=2,
        feed="cr",
        director=("Kota Ishimori",),
        broadcasters=("Tokyo MX", "BS11"),
        cast=(
            CastMember("Shoya Chiba", "Shinei Nouzen"),
            CastMember("Ikumi Hasegawa", "Vladilena Milizé"),
            CastMember("Seiichiro Yamashita", "Raiden Shuga"),
        ),
    )
    result = merged(second, known=merged(first).shows)
    facts = only(result).facts
    assert facts.director == ("Kōta Ishimori",)
    assert facts.broadcasters == ("TOKYO MX", "BS11")
    assert facts.cast == (
        CastMember("Shōya Chiba", "Shinei Nouzen"),
        CastMember("Ikumi Hasegawa", "Vladilena Milizé"),
        CastMember("Seiichiro Yamashita", "Raiden Shuga"),
    )
    assert messages(result) == [
        "Airs on BS11",
        "Cast member announced: Seiichiro Yamashita as Raiden Shuga",
    ]


def test_several_new_cast_members_are_one_event() -> None:
    cast = tuple(CastMember(f"Actor {n}", f"Hero {n}") for n in "ABC")
    result = merged(said("86", article=2, cast=cast), known=merged(said("86")).shows)
    assert messages(result) == [
        "3 cast members announced: Actor A as Hero A, Actor B as Hero B, Actor C as Hero C"
    ]


def test_staff_and_streaming_events_read_well() -> None:
    known = merged(said("86", premiere_date=date(2021, 4, 10))).shows
    result = merged(
        said("86", article=2, director=("Toshimasa Ishii",), streaming=("Crunchyroll",)),
        known=known,
    )
    assert messages(result) == ["Will stream on Crunchyroll", "Director announced: Toshimasa Ishii"]
    aired = merge(known, [said("86", article=3, streaming=("Netflix",))], now=NOW + timedelta(60))
    assert messages(aired) == ["Now streaming on Netflix"]


def test_an_untitled_theme_gets_its_title_when_announced() -> None:
    first = merged(said("86", themes=(ThemeSong("opening", None, "Hitorie"),)))
    result = merged(
        said("86", article=2, themes=(ThemeSong("opening", "3-bun 29-byō", "Hitorie"),)),
        known=first.shows,
    )
    assert only(result).facts.themes == (ThemeSong("opening", "3-bun 29-byō", "Hitorie"),)
    assert messages(result) == ['Opening theme announced: "3-bun 29-byō" by Hitorie']


def test_themes_accumulate_by_kind_and_title() -> None:
    songs = (ThemeSong("opening", "Song A", "X"), ThemeSong("ending", "Song B", "Y"))
    show = only(merged(said("86", themes=songs), said("86", article=2, themes=songs[:1])))
    assert show.facts.themes == songs


def test_every_fact_keeps_where_it_came_from() -> None:
    first = said("86", broadcasters=("TOKYO MX",), premiere_date=date(2021, 4, 3))
    second = said(
        "86",
        day=2,
        article=7,
        feed="cr",
        broadcasters=("Tokyo MX",),
        premiere_date=date(2021, 4, 10),
    )
    show = only(merged(first, second))
    stations = {(p.value, p.feed_id, p.link) for p in show.provenance if p.field == "broadcasters"}
    assert stations == {("TOKYO MX", "ann", first.link), ("TOKYO MX", "cr", second.link)}
    dates = [p for p in show.provenance if p.field == "premiere_date" and p.value == "2021-04-10"]
    assert [(p.article_id, p.seen_at) for p in dates] == [(7, second.seen_at)]


def test_doubtful_entries_are_announced_when_a_second_source_confirms_them() -> None:
    known = merged(said("86")).shows
    doubt = {"studios": 0.2, "cast": 0.4}
    first = said(
        "86", day=1, article=2, studios=("A-1 Pictures",), cast=(CastMember("Shōya Chiba"),)
    )
    unsure = merged(replace(first, confidence=doubt), known=known)
    assert messages(unsure) == []
    assert shown_facts(only(unsure)).studios == () and shown_facts(only(unsure)).cast == ()

    second = said(
        "86",
        day=2,
        article=3,
        feed="mal",
        studios=("A-1 PICTURES",),
        cast=(CastMember("Shoya Chiba", "Shin"),),
    )
    confirmed = merged(replace(second, confidence=doubt), known=unsure.shows)
    assert messages(confirmed) == ["Cast member announced: Shōya Chiba as Shin"]  # 0.4, 0.4: 0.64
    assert shown_facts(only(confirmed)).cast == (CastMember("Shōya Chiba", "Shin"),)
    assert shown_facts(only(confirmed)).studios == ()  # 0.2, 0.2: 0.36


def test_slugs_are_stable_url_safe_and_unique() -> None:
    first = only(merged(said("Re:Zero − Starting Life in Another World")))
    assert first.slug == "re-zero-starting-life-in-another-world"
    renamed = said(
        "Re:ZERO -Starting Life in Another World-",
        article=2,
        alt_titles=("Re:Zero kara Hajimeru Isekai Seikatsu",),
    )
    assert only(merged(renamed, known=(first,))).slug == first.slug
    assert only(merged(said("Frieren: Beyond Journey's End"))).slug == "frieren-beyond-journeys-end"
    result = merged(said("進撃の巨人"), said("鬼滅の刃", article=2))
    assert sorted(s.slug for s in result.shows) == ["show", "show-2"]


def test_merging_the_same_mentions_again_changes_nothing() -> None:
    mentions = (
        said("86", premiere_date=date(2021, 4, 3), cast=(CastMember("Shōya Chiba", "Shin"),)),
        said("86", day=2, article=2, premiere_date=date(2021, 4, 10), studios=("A-1 Pictures",)),
        said("86", day=3, article=3, themes=(ThemeSong("ending", None, "SawanoHiroyuki"),)),
    )
    first = merged(*mentions)
    again = merged(*mentions, known=first.shows)
    assert again.shows == () and again.events == ()


def test_an_unnamed_project_is_not_merged_into_anything() -> None:
    known = merged(said("86")).shows
    result = merged(said(None, article=2, studios=("A-1 Pictures",)), known=known)
    assert result.shows == () and result.skipped == 1


def test_merge_does_not_change_what_it_was_given() -> None:
    known = merged(said("86")).shows
    before = replace(known[0])
    merged(said("86", article=2, genres=("mecha",)), known=known)
    assert known[0] == before

"""Linking merged shows to catalogue entries: titles, synonyms, sequels, seasons, merging."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from digest_fixtures import simple_show

from pipeline.core.models import CatalogEntry, Provenance, Show, ShowEvent
from pipeline.merge import catalog_only, link, link_stored
from pipeline.store import Store

NOW = datetime(2021, 4, 5, 9, 0, tzinfo=UTC)
ARTICLE_TIME = datetime(2021, 3, 20, tzinfo=UTC)


def entry(id: int, romaji: str, english: str | None = None, **fields: object) -> CatalogEntry:
    values: dict[str, object] = {
        "season": "Spring 2021",
        "site_url": f"https://anilist.co/anime/{id}",
    }
    values |= fields
    return CatalogEntry("anilist", id, title_romaji=romaji, title_english=english, **values)  # type: ignore[arg-type]


def news_show(slug: str, title: str, **facts: object) -> Show:
    """A show one article (published ARTICLE_TIME) told of, with a source for each fact."""
    show = simple_show(slug, title, **({"season": "Spring 2021"} | facts))
    link_ = f"https://news.example/{slug}"
    records = [Provenance("title", title, 1, "ann", link_, ARTICLE_TIME)]
    records += [
        Provenance(name, str(value), 1, "ann", link_, ARTICLE_TIME)
        for name, value in facts.items()
        if not isinstance(value, tuple)
    ]
    return replace(show, provenance=tuple(records), first_seen=ARTICLE_TIME)


KITSUNE = entry(1, "Kitsune Tantei Jimusho", "Kitsune Detective Agency", episodes=12)


def test_an_english_headline_and_a_romaji_headline_both_link() -> None:
    english = link([news_show("k-en", "Kitsune Detective Agency")], [KITSUNE], now=NOW)
    romaji = link([news_show("k-ro", "Kitsune Tantei Jimusho")], [KITSUNE], now=NOW)

    for result, slug in ((english, "k-en"), (romaji, "k-ro")):
        show = result.shows[slug]
        assert show.catalog is not None and show.catalog.id == 1
        assert show.catalog.url == "https://anilist.co/anime/1"
        assert show.facts.episodes_or_cours == "12 episodes"
    assert english.shows["k-en"].facts.alt_titles == ("Kitsune Tantei Jimusho",)
    assert romaji.shows["k-ro"].facts.alt_titles == ("Kitsune Detective Agency",)


def test_a_synonym_links() -> None:
    courier = entry(2, "Tsukiakari no Yuubinya", synonyms=("Moonlit Courier",))

    result = link([news_show("moonlit-courier", "Moonlit Courier")], [courier], now=NOW)

    assert result.shows["moonlit-courier"].catalog is not None


def test_a_sequel_links_only_to_its_own_entry() -> None:
    first = entry(3, "Iron Tide Frontier", season="Fall 2020")
    second = entry(4, "Iron Tide Frontier 2nd Season")
    shows = [
        news_show("iron", "Iron Tide Frontier", season="Fall 2020"),
        news_show("iron-2", "Iron Tide Frontier Season 2"),
    ]

    result = link(shows, [second, first], now=NOW)

    assert {s: v.catalog.id for s, v in result.shows.items() if v.catalog} == {
        "iron": 3,
        "iron-2": 4,
    }
    unlinked = link([news_show("iron", "Iron Tide Frontier")], [second], now=NOW)
    assert unlinked.shows == {} and unlinked.linked == 0


def test_the_nearest_season_wins_between_entries_of_the_same_name() -> None:
    old = entry(5, "Fruits Basket", season="Spring 2001")
    new = entry(6, "Fruits Basket", season="Spring 2021")

    result = link([news_show("fruits-basket", "Fruits Basket")], [old, new], now=NOW)

    assert result.shows["fruits-basket"].catalog.id == 6  # type: ignore[union-attr]


def test_two_news_shows_of_one_entry_become_one_show() -> None:
    english = news_show("kitsune-detective-agency", "Kitsune Detective Agency")
    romaji = news_show(
        "kitsune-tantei-jimusho", "Kitsune Tantei Jimusho", broadcasters=("Fuji TV",)
    )
    romaji = replace(romaji, first_seen=datetime(2021, 3, 25, tzinfo=UTC))

    result = link([romaji, english], [KITSUNE], now=NOW)

    assert result.absorbed == {"kitsune-tantei-jimusho": "kitsune-detective-agency"}
    kept = result.shows["kitsune-detective-agency"]
    assert kept.facts.broadcasters == ("Fuji TV",)
    assert {p.link for p in kept.provenance} >= {
        "https://news.example/kitsune-tantei-jimusho",
        "https://news.example/kitsune-detective-agency",
    }
    assert "merged" in [e.kind for e in result.events]


def test_the_newer_source_wins_a_premiere_date_and_the_change_is_told() -> None:
    show = news_show("kitsune", "Kitsune Detective Agency", premiere_date=date(2021, 4, 10))
    older = replace(
        KITSUNE, start_date=date(2021, 4, 17), updated_at=datetime(2021, 3, 1, tzinfo=UTC)
    )
    newer = replace(older, updated_at=datetime(2021, 4, 1, tzinfo=UTC))

    kept = link([show], [older], now=NOW).shows["kitsune"]
    moved = link([show], [newer], now=NOW)

    assert kept.facts.premiere_date == date(2021, 4, 10)
    assert moved.shows["kitsune"].facts.premiere_date == date(2021, 4, 17)
    assert [e.message for e in moved.events if e.kind == "date_changed"] == [
        "Premiere moved from Apr 10 to Apr 17"
    ]
    (told,) = [e for e in link([show], [older], now=NOW).events if e.kind == "disagreement"]
    assert (
        told.message == "AniList lists the premiere on Apr 17; the news says Apr 10, and is newer"
    )
    assert told.link == "https://anilist.co/anime/1"
    assert link([kept], [older], now=NOW).events == []  # told once


def test_linking_again_changes_nothing() -> None:
    first = link([news_show("kitsune", "Kitsune Detective Agency")], [KITSUNE], now=NOW)

    again = link(list(first.shows.values()), [KITSUNE], now=NOW)

    assert again.shows == {} and again.events == [] and again.linked == 1


def test_entries_no_show_is_linked_to_are_listed_without_news() -> None:
    diner = entry(7, "Yuugure no Shokudou", "Twilight Diner", start_date=date(2021, 4, 14))
    linked = link([news_show("kitsune", "Kitsune Detective Agency")], [KITSUNE], now=NOW)

    (only,) = catalog_only([KITSUNE, diner], linked.shows.values())

    assert (only.slug, only.news, only.facts.title) == ("anilist-7", False, "Twilight Diner")
    assert only.facts.alt_titles == ("Yuugure no Shokudou",)
    assert only.facts.premiere_date == date(2021, 4, 14)


def test_stored_shows_of_one_entry_are_merged_with_their_events(store: Store) -> None:
    store.save_show(
        news_show("kitsune-detective-agency", "Kitsune Detective Agency"),
        [ShowEvent("kitsune-detective-agency", "new_show", "New show", ARTICLE_TIME)],
    )
    store.save_show(
        news_show("kitsune-tantei-jimusho", "Kitsune Tantei Jimusho"),
        [ShowEvent("kitsune-tantei-jimusho", "cast", "Cast announced", ARTICLE_TIME)],
    )
    store.save_catalog("anilist", "Spring 2021", [KITSUNE], now=NOW, requests=1)

    report = link_stored(store, now=NOW)

    assert report.merged == ("kitsune-tantei-jimusho into kitsune-detective-agency",)
    (show,) = store.shows()
    assert show.slug == "kitsune-detective-agency" and show.catalog is not None
    assert {e.show_slug for e in store.show_events()} == {"kitsune-detective-agency"}
    assert [e.message for e in store.show_events()][:2] == ["New show", "Cast announced"]
    assert link_stored(store, now=NOW).changed == 0

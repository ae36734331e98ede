"""Refreshing shows from stored articles: published order, saved events, idempotent passes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from pipeline.core.errors import ExtractError, StoreError
from pipeline.core.models import Article, ShowFacts, ShowMention
from pipeline.core.reports import MergeReport
from pipeline.merge.shows import refresh
from pipeline.store import Store

NOW = datetime(2021, 3, 20, 9, 0, tzinfo=UTC)

# What each article version says, by its content: the extractor below only looks it up.
FACTS = {
    "ann-1-edited": ShowFacts(title="86-Eighty-Six", premiere_date=date(2021, 4, 17)),
    "ann-1": ShowFacts(title="86-Eighty-Six", premiere_date=date(2021, 4, 3)),
    "cr-1": ShowFacts(title="86 EIGHTY-SIX", premiere_date=date(2021, 4, 10)),
    "cr-2": ShowFacts(title="86 Eighty Six 2nd Season"),
    "ann-2": ShowFacts(title="86-Eighty-Six", broadcasters=("Tokyo MX",)),
}


def lookup(article: Article) -> list[ShowMention]:
    if article.entry_key == "broken":
        raise ExtractError(f"{article.entry_key}: no readable body")
    return [ShowMention(facts=FACTS[article.content_hash])]


def article(
    feed: str, key: str, *, published_day: int, fetched_day: int = 40, version: str = ""
) -> Article:
    return Article(
        feed_id=feed,
        entry_key=key,
        link=f"https://{feed}.example/{key}",
        title=f"News {key}",
        author=None,
        published=datetime(2021, 2, 1, tzinfo=UTC) + timedelta(days=published_day),
        summary="",
        content_html="<p>body</p>",
        content_hash=key + version,
        fetched_at=datetime(2021, 2, 1, tzinfo=UTC) + timedelta(days=fetched_day),
    )


def test_refresh_merges_stored_articles_in_published_order(store: Store) -> None:
    # The newer announcement (cr-1) is fetched first; it must still win.
    store.save_articles("cr", [article("cr", "cr-1", published_day=5, fetched_day=6)])
    store.save_articles("ann", [article("ann", "ann-1", published_day=1, fetched_day=7)])
    report = refresh(store, now=NOW, extractor=lookup)
    assert report == MergeReport(articles_read=2, mentions=2, shows_added=1, events=2)
    (show,) = store.shows()
    assert show.slug == "86-eighty-six"
    assert show.facts.premiere_date == date(2021, 4, 10)
    dated = {p.feed_id for p in show.provenance if p.field == "premiere_date"}
    assert dated == {"ann", "cr"}
    assert [e.message for e in store.show_events()] == [
        "New show: 86-Eighty-Six",
        "Premiere moved from Apr 3 to Apr 10",
    ]
    assert store.show_events()[1].link == "https://cr.example/cr-1"


def test_a_second_refresh_without_new_articles_changes_nothing(store: Store) -> None:
    store.save_articles("ann", [article("ann", "ann-1", published_day=1)])
    refresh(store, now=NOW, extractor=lookup)
    before = (store.shows(), store.show_events())
    assert refresh(store, now=NOW + timedelta(hours=1), extractor=lookup) == MergeReport()
    assert (store.shows(), store.show_events()) == before


def test_only_new_articles_are_read_and_sequels_become_their_own_show(store: Store) -> None:
    store.save_articles("ann", [article("ann", "ann-1", published_day=1)])
    refresh(store, now=NOW, extractor=lookup)
    store.save_articles("cr", [article("cr", "cr-2", published_day=2)])
    store.save_articles("ann", [article("ann", "ann-2", published_day=3)])
    report = refresh(store, now=NOW + timedelta(days=1), extractor=lookup)
    assert (report.articles_read, report.shows_added, report.shows_changed) == (2, 1, 1)
    assert [s.slug for s in store.shows()] == ["86-eighty-six", "86-eighty-six-2nd-season"]
    assert store.show_events()[-1].message == "Airs on Tokyo MX"


def test_an_article_the_extractor_refuses_is_reported_and_tried_again(store: Store) -> None:
    store.save_articles("ann", [article("ann", "broken", published_day=1)])
    store.save_articles("ann", [article("ann", "ann-1", published_day=2)])
    report = refresh(store, now=NOW, extractor=lookup)
    assert report.articles_read == 1 and report.shows_added == 1
    assert report.failed == ("ann/broken: broken: no readable body",)
    again = refresh(store, now=NOW, extractor=lookup)
    assert again.failed == report.failed and again.articles_read == 0


def test_an_edited_article_is_read_again_and_its_correction_wins(store: Store) -> None:
    store.save_articles("ann", [article("ann", "ann-1", published_day=1)])
    refresh(store, now=NOW, extractor=lookup)
    edited = article("ann", "ann-1", published_day=1, fetched_day=41, version="-edited")
    assert store.save_articles("ann", [edited]) == (0, 1)
    report = refresh(store, now=NOW + timedelta(days=1), extractor=lookup)
    assert (report.articles_read, report.shows_changed) == (1, 1)
    (show,) = store.shows()
    assert show.facts.premiere_date == date(2021, 4, 17)
    assert store.show_events()[-1].message == "Premiere moved from Apr 3 to Apr 17"


def test_a_concurrent_pass_that_saved_first_wins_and_this_one_saves_nothing(
    store: Store,
) -> None:
    store.save_articles("ann", [article("ann", "ann-1", published_day=1)])
    (stored,) = store.unmerged_articles()
    refresh(store, now=NOW, extractor=lookup)
    before = (store.shows(), store.show_events())
    (show,) = before[0]
    late = replace(show, facts=replace(show.facts, genres=("mecha",)))
    with pytest.raises(StoreError, match="another merge pass"):
        store.save_merge([late], [], article_ids=[stored.id or 0], now=NOW)
    assert (store.shows(), store.show_events()) == before

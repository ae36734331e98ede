"""Fact confidence: stored and listed, kept out of the email and the archive until confirmed."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from pipeline.app.cli import app
from pipeline.app.run import build_next_issue
from pipeline.archive.site import build_site
from pipeline.core.config import Settings
from pipeline.core.models import Article, CastMember, Rendered, ShowFacts, ShowMention, Variant
from pipeline.merge.shows import refresh
from pipeline.render.compose import render
from pipeline.store import Store

NOW = datetime(2021, 4, 5, 9, 0, tzinfo=UTC)  # a Monday; the premiere is on Saturday
APR_10 = date(2021, 4, 10)
DATE_SPELLINGS = ("10 Apr", "Apr 10", "2021-04-10", "20210410")  # cards, events, timeline, ICS

# What each article version says, by its content hash: the extractor below looks it up.
MENTIONS = {
    "ann-1": ShowMention(
        ShowFacts(
            title="Rust and Bloom",
            season="Spring 2021",
            studios=("Studio Reef",),
            cast=(CastMember("Aoi Yūki", "Rin"),),
        )
    ),
    "cr-1": ShowMention(
        ShowFacts(
            title="Rust and Bloom",
            premiere_date=APR_10,
            cast=(CastMember("Kana Hanazawa", "Mei"),),
        ),
        confidence={"premiere_date": 0.3, "cast": 0.2},
    ),
    "mal-1": ShowMention(
        ShowFacts(title="Rust and Bloom", premiere_date=APR_10), confidence={"premiere_date": 0.4}
    ),
}


def lookup(article: Article) -> list[ShowMention]:
    return [MENTIONS[article.content_hash.removesuffix("-edited")]]


def article(feed: str, key: str, *, day: int, version: str = "") -> Article:
    return Article(
        feed_id=feed,
        entry_key=key,
        link=f"https://{feed}.example/{key}",
        title=f"News {key}",
        author=None,
        published=datetime(2021, 3, day, tzinfo=UTC),
        summary="",
        content_html="<p>body</p>",
        content_hash=key + version,
        fetched_at=datetime(2021, 3, day, 1, tzinfo=UTC),
    )


def read(store: Store, *articles: Article, now: datetime) -> None:
    for item in articles:
        store.save_articles(item.feed_id, [item])
    refresh(store, now=now, extractor=lookup)


@pytest.fixture
def doubtful(store: Store) -> Store:
    """A show whose studio and first cast member are sure, its premiere date is not."""
    sure, unsure = article("ann", "ann-1", day=1), article("cr", "cr-1", day=3)
    read(store, sure, unsure, now=NOW - timedelta(days=1))
    return store


def email(store: Store, settings: Settings, *, now: datetime) -> Rendered:
    outcome = build_next_issue(store, settings, now=now, force=True)
    assert outcome.issue is not None
    return render(outcome.issue, Variant("UTC"), settings=settings)


def site_files(store: Store, settings: Settings, out: Path, *, now: datetime) -> dict[str, str]:
    build_site(store, settings, out_dir=out, now=now)
    return {str(p.relative_to(out)): p.read_text("utf-8") for p in out.rglob("*") if p.is_file()}


def shows_json(home: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The one stored show as `anime-digest shows --json` prints it."""
    monkeypatch.setenv("DIGEST_HOME", str(home))
    result = CliRunner().invoke(app, ["shows", "--json"])
    assert result.exit_code == 0, result.output
    (show,) = json.loads(result.output)
    return show


def test_a_doubtful_fact_is_stored_and_listed_with_its_confidence(
    doubtful: Store, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    (show,) = Store.open(settings.database_url).shows()
    (dated,) = [p for p in show.provenance if p.field == "premiere_date"]
    assert (dated.value, dated.feed_id, dated.confidence) == ("2021-04-10", "cr", 0.3)

    listed = shows_json(settings.home, monkeypatch)
    assert listed["facts"]["premiere_date"] == "2021-04-10"
    assert listed["confidence"] == {
        "title": 1.0,
        "season": 1.0,
        "premiere_date": 0.3,
        "studios": {"Studio Reef": 1.0},
        "cast": {"Rin: Aoi Yūki": 1.0, "Mei: Kana Hanazawa": 0.2},
    }
    sources = {(p["field"], p["feed_id"], p["confidence"]) for p in listed["provenance"]}
    assert ("premiere_date", "cr", 0.3) in sources and ("studios", "ann", 1.0) in sources

    result = CliRunner().invoke(app, ["shows"])
    assert "premiere date: Sat 10 Apr 2021 (?)" in result.output
    assert "cast: Aoi Yūki as Rin; Kana Hanazawa as Mei (?)" in result.output
    assert "studio: Studio Reef  [" in result.output


def test_a_doubtful_fact_stays_out_of_the_email_and_the_archive(
    doubtful: Store, settings: Settings, tmp_path: Path
) -> None:
    mail = email(doubtful, settings, now=NOW)
    site = site_files(doubtful, settings, tmp_path / "site", now=NOW)
    show_page = site["shows/rust-and-bloom.html"]
    for part in (mail.html, mail.text, show_page, site["seasons/spring-2021.html"]):
        assert "Rust and Bloom" in part and "Studio Reef" in part
    assert "Aoi Yūki" in show_page  # the cast is on the show's page, not in the email
    assert "TBA" in mail.text
    everything = {"email.html": mail.html, "email.txt": mail.text, **site}
    for name, content in everything.items():
        for unsure in (*DATE_SPELLINGS, "Kana Hanazawa"):
            assert unsure not in content, f"{unsure!r} shown in {name}"


def test_a_second_source_confirms_a_fact_into_the_email_and_the_archive(
    doubtful: Store, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    email(doubtful, settings, now=NOW)
    later = NOW + timedelta(hours=1)
    read(doubtful, article("mal", "mal-1", day=4), now=later - timedelta(minutes=30))

    assert shows_json(settings.home, monkeypatch)["confidence"]["premiere_date"] == 0.58
    mail = email(doubtful, settings, now=later)
    site = site_files(doubtful, settings, tmp_path / "site", now=later)
    for part in (mail.html, mail.text, site["shows/rust-and-bloom.html"]):
        assert "Sat 10 Apr 2021" in part
    premieres = mail.text.split("PREMIERING THIS WEEK", 1)[1].split("\n\n\n", 1)[0]
    assert "Rust and Bloom" in premieres and "Sat 10 Apr 2021" in premieres
    assert "Premiere date set: Apr 10 (Sat)" in mail.text
    assert "DTSTART;VALUE=DATE:20210410" in site["calendar/spring-2021.ics"]
    assert all("Kana Hanazawa" not in content for content in (mail.html, mail.text, *site.values()))


def test_an_edited_article_does_not_confirm_itself(
    doubtful: Store, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read(doubtful, article("cr", "cr-1", day=3, version="-edited"), now=NOW - timedelta(hours=1))
    assert shows_json(settings.home, monkeypatch)["confidence"]["premiere_date"] == 0.3
    mail = email(doubtful, settings, now=NOW)
    assert not any(date_text in mail.text for date_text in DATE_SPELLINGS)


def test_an_older_database_gains_the_confidence_column(doubtful: Store, settings: Settings) -> None:
    with doubtful.begin() as conn:
        conn.execute(text("ALTER TABLE show_provenance DROP COLUMN confidence"))
    doubtful.close()
    reopened = Store.open(settings.database_url)
    (show,) = reopened.shows()
    assert {p.confidence for p in show.provenance} == {1.0}  # sources from before: not doubted
    reopened.close()


@pytest.mark.parametrize("confidence", [{"premiere_date": 1.5}, {"premiere": 0.5}])
def test_a_confidence_must_name_a_field_and_lie_between_zero_and_one(
    confidence: dict[str, float],
) -> None:
    with pytest.raises(ValueError, match="confidence"):
        ShowMention(ShowFacts(title="Rust and Bloom"), confidence=confidence)

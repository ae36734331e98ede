"""Which shows, changes and headlines go into an issue, and when a week is skipped."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from digest_fixtures import NOW, article, email_settings, event, sample_issue, simple_show

from pipeline.core.calendar import parse_season
from pipeline.core.config import Settings
from pipeline.core.errors import ConfigError
from pipeline.core.models import Issue, Show, Source
from pipeline.core.reports import Skipped
from pipeline.digest.issue import build_issue


def build(shows: list[Show], cfg: Settings, **kwargs: object) -> Issue:
    kwargs.setdefault("now", NOW)
    kwargs.setdefault("number", 1)
    kwargs.setdefault("force", True)
    result = build_issue(shows, kwargs.pop("articles", ()), kwargs.pop("last", None), cfg, **kwargs)  # type: ignore[arg-type]
    assert isinstance(result, Issue)
    return result


def titles(shows: tuple[Show, ...]) -> list[str | None]:
    return [show.facts.title for show in shows]


def test_premiering_this_week_is_the_next_seven_days_by_premiere_time(cfg: Settings) -> None:
    shows = [
        simple_show("late", "Late Slot", premiere_date=date(2021, 4, 6), premiere_time="25:30 JST"),
        simple_show(
            "early", "Early Slot", premiere_date=date(2021, 4, 7), premiere_time="00:30 JST"
        ),
        simple_show("day", "Date Only", premiere_date=date(2021, 4, 5)),
        simple_show(
            "gone", "Aired Yesterday", premiere_date=date(2021, 4, 4), premiere_time="23:00 JST"
        ),
        simple_show(
            "later", "Next Month", premiere_date=date(2021, 4, 13), premiere_time="22:00 JST"
        ),
        simple_show("tba", "No Date"),
        simple_show("odd", "Odd Time", premiere_date=date(2021, 4, 5), premiere_time="late night"),
    ]
    issue = build(shows, cfg)
    # 25:30 on the 6th is 01:30 on the 7th: an hour after the 00:30 slot of the 7th.
    assert titles(issue.premieres) == ["Date Only", "Odd Time", "Early Slot", "Late Slot"]


def test_lineup_is_the_season_sorted_by_premiere_with_tba_last(cfg: Settings) -> None:
    shows = [
        simple_show("b", "Bravo", season="Spring 2021"),
        simple_show(
            "c",
            "Charlie",
            season="Spring 2021",
            premiere_date=date(2021, 4, 10),
            premiere_time="23:00 JST",
        ),
        simple_show("d", "Delta", premiere_date=date(2021, 4, 9)),  # season from its date
        simple_show("a", "Alpha", season="Spring 2021"),
        simple_show("w", "Winter Show", season="Winter 2021", premiere_date=date(2021, 1, 9)),
        simple_show(
            "e",
            "Echo",
            season="spring 2021",
            premiere_date=date(2021, 4, 10),
            premiere_time="01:00 JST",
        ),
    ]
    issue = build(shows, cfg)
    assert issue.season == "Spring 2021"
    assert titles(issue.lineup) == ["Delta", "Echo", "Charlie", "Alpha", "Bravo"]


@pytest.mark.parametrize(
    ("today", "lead_weeks", "season"),
    [
        (datetime(2021, 3, 10, 12, tzinfo=UTC), 3, "Winter 2021"),
        (datetime(2021, 3, 11, 0, tzinfo=UTC), 3, "Spring 2021"),
        (datetime(2021, 3, 31, 12, tzinfo=UTC), 0, "Winter 2021"),
        (datetime(2021, 4, 1, 0, tzinfo=UTC), 0, "Spring 2021"),
        (datetime(2021, 12, 20, 0, tzinfo=UTC), 3, "Winter 2022"),
    ],
)
def test_lineup_switches_to_the_next_season_weeks_before_it_starts(
    tmp_path: Path, today: datetime, lead_weeks: int, season: str
) -> None:
    cfg = email_settings(tmp_path, lineup_lead_weeks=lead_weeks)
    assert build([], cfg, now=today).season == season


def test_season_option_overrides_the_calendar(cfg: Settings) -> None:
    old = simple_show("x", "Old Show", season="Fall 2019")
    issue = build([old], cfg, season=parse_season("fall 2019"))
    assert issue.season == "Fall 2019" and titles(issue.lineup) == ["Old Show"]


def test_a_bad_season_is_refused_with_its_text() -> None:
    with pytest.raises(ConfigError, match="Sprung 2021"):
        parse_season("Sprung 2021")


def test_headlines_show_each_story_once_with_its_first_outlet(cfg: Settings) -> None:
    articles = [
        article(
            "a1",
            "Spring 2021 Preview Guide",
            feed="ann",
            hours_ago=30,
            link="https://news.example.org/guide",
        ),
        article("a2", "Spring 2021 preview guide!", feed="crunchy", hours_ago=20),
        article(
            "a3",
            "Totally different story",
            feed="mal",
            hours_ago=10,
            link="https://www.news.example.org/guide/?utm_source=rss",
        ),
        article("a4", "86 gets a <b>second</b> cour &amp; more", feed="mal", hours_ago=5),
    ]
    sources = [Source("ann", "Anime News Network", "https://ann.example.org/feed")]
    issue = build([], cfg, articles=articles, sources=sources)
    assert [(h.title, h.outlet) for h in issue.headlines] == [
        ("86 gets a second cour & more", "mal"),
        ("Spring 2021 Preview Guide", "Anime News Network"),
    ]
    assert issue.headlines[1].feed_ids == ("ann", "crunchy", "mal")


def test_only_news_since_the_last_issue_is_new(cfg: Settings) -> None:
    last = replace(sample_issue(), created_at=NOW - timedelta(hours=12))
    issue = build(
        [],
        cfg,
        last=last,
        articles=[
            article("old", "Old news", hours_ago=13),
            article("new", "New news", hours_ago=2),
        ],
        events=[event("x", "before", hours_ago=13), event("x", "after", hours_ago=1)],
    )
    assert [h.title for h in issue.headlines] == ["New news"]
    assert [e.message for e in issue.changes] == ["after"]


def test_a_thin_week_is_skipped_and_says_why(cfg: Settings) -> None:
    result = build_issue([], [], None, cfg, now=NOW, number=3)
    assert isinstance(result, Skipped)
    assert result.new_items == 0 and "thin week" in result.reason


def test_the_thin_week_threshold_is_configurable(tmp_path: Path) -> None:
    cfg = email_settings(tmp_path, thin_week_min_items=3)
    two = [article("a", "One story"), article("b", "Another story entirely")]
    assert isinstance(build_issue([], two, None, cfg, now=NOW, number=1), Skipped)
    three = [*two, article("c", "Third thing happens")]
    assert isinstance(build_issue([], three, None, cfg, now=NOW, number=1), Issue)


def test_special_editions_and_forced_builds_are_exempt_from_the_thin_week_rule(
    cfg: Settings,
) -> None:
    special = build_issue([], [], None, cfg, now=NOW, number=4, special="Spring 2021 preview")
    assert isinstance(special, Issue)
    assert (
        special.kind == "special" and special.subject == "Anime Digest special: Spring 2021 preview"
    )
    forced = build_issue([], [], None, cfg, now=NOW, number=4, force=True)
    assert isinstance(forced, Issue) and forced.kind == "weekly"


def test_the_subject_is_one_capped_line(cfg: Settings) -> None:
    issue = build([], cfg, special="Spring\r\nBcc: victim@example.org\x00" + "x" * 300)
    assert "\n" not in issue.subject and "\r" not in issue.subject and "\x00" not in issue.subject
    assert issue.subject.startswith("Anime Digest special: Spring Bcc: victim@example.org")
    assert len(issue.subject) <= 120


def test_a_subject_never_names_an_empty_lineup(cfg: Settings) -> None:
    spring = simple_show("b", "Bravo", season="Spring 2021")
    named = build([spring], cfg, season=parse_season("Spring 2021"))
    empty = build([spring], cfg, season=parse_season("Fall 2026"))
    assert "Spring 2021 lineup" in named.subject
    assert empty.lineup == () and "lineup" not in empty.subject and "Fall" not in empty.subject

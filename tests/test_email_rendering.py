"""Rendering an issue as an email: facts on the cards, time zones, size, variants, errors."""

from __future__ import annotations

import itertools
import re
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from digest_fixtures import (
    BASE_URL,
    NOW,
    Tags,
    eighty_six,
    event,
    many_shows,
    sample_issue,
    simple_show,
)

import pipeline.render.compose
from pipeline.core.config import Settings
from pipeline.core.errors import RenderError
from pipeline.core.models import Headline, Rendered, Variant
from pipeline.render.compose import personalise, render

pytestmark = pytest.mark.usefixtures("fresh_render_caches")


def links_of(text: str) -> dict[str, str]:
    """The plain-text part's numbered links: "[3]" → its address."""
    return dict(re.findall(r"^(\[\d+\]) (\S+)$", text, flags=re.M))


def cards_in(html: str) -> int:
    """How many lineup cards (full or one line) the HTML holds."""
    return len(re.findall(r'id="card-\d+"', html))


def for_reader(rendered: Rendered, name: str = "Mio") -> Rendered:
    return personalise(
        rendered,
        name=name,
        unsubscribe_url=f"{BASE_URL}unsubscribe?token=abc&x=1",
        preferences_url=None,
        view_url=f"{BASE_URL}issues/7.html",
    )


def test_the_card_is_compact_and_the_full_details_are_one_link_away(cfg: Settings) -> None:
    mail = for_reader(render(sample_issue(), Variant("Europe/Berlin"), settings=cfg))
    for part in (mail.html, mail.text):
        for fact in [
            "86-Eighty-Six",
            "Tokyo MX, BS11 · Crunchyroll",
            "A-1 Pictures · light novel",
            "sci-fi",
            "mecha",
            "https://news.example.org/86-preview",
            f"{BASE_URL}calendar/spring-2021.ics",
            f"{BASE_URL}shows/86-eighty-six.html",
            f"{BASE_URL}issues/7.html",
            "calendar.google.com",
            "Spring 2021 preview guide",
            "Anime News Network",
            "Hi Mio,",
        ]:
            assert fact in part, fact
    for detail in ("Toshimasa Ishii", "Shōya Chiba", "Hitorie", "3-bun 29-byō"):
        assert detail not in mail.text and detail not in mail.html  # on the show's page
    assert "Full details" in mail.html
    assert mail.subject == sample_issue().subject
    assert "86-Eighty-Six" in mail.preheader


def test_the_order_is_premieres_changes_headlines_then_the_lineup(cfg: Settings) -> None:
    mail = render(sample_issue(), Variant("Europe/Berlin"), settings=cfg)
    headings = re.findall(r"<h2>(.*?)</h2>", mail.html.replace("&#39;", "'"))
    assert headings == [
        "Premiering this week",
        "What changed this week",
        "This week's headlines",
        "The Spring 2021 lineup",
    ]
    text = mail.text
    order = [
        "PREMIERING THIS WEEK",
        "WHAT CHANGED THIS WEEK",
        "THIS WEEK'S HEADLINES",
        "THE SPRING 2021 LINEUP",
        "LINKS",
    ]
    assert [text.index(h) for h in order] == sorted(text.index(h) for h in order)


def test_sources_are_one_numbered_line_per_card_not_marks_on_facts(cfg: Settings) -> None:
    mail = render(sample_issue(), Variant("UTC"), settings=cfg)
    assert "<sup" not in mail.html
    cited = links_of(mail.text)
    sources = next(line for line in mail.text.splitlines() if "Sources:" in line)
    news, staff = (f"[{n}]" for n in ("4", "5"))
    assert sources.strip() == f"Sources: news.example.org {news}, cr.example.org {staff}"
    assert cited[news] == "https://news.example.org/86-preview"
    assert cited[staff] == "https://cr.example.org/86-staff"
    assert '1 <a href="https://news.example.org/86-preview">news.example.org</a>' in mail.html


def test_the_text_part_is_wrapped_at_72_columns_and_never_breaks_an_address(
    cfg: Settings,
) -> None:
    long = "A" + " very" * 40 + " long headline"
    issue = sample_issue(
        headlines=(Headline(long, "https://ann.example.org/" + "x" * 90, "ANN", NOW),)
    )
    text = render(issue, Variant("UTC"), settings=cfg).text
    body = text.split("\nLINKS\n")[0]
    assert max(len(line) for line in body.splitlines() if "://" not in line) <= 72
    assert "https://ann.example.org/" + "x" * 90 in text  # whole, in the list of links


def test_the_editors_note_is_rendered_as_markdown(cfg: Settings) -> None:
    mail = render(sample_issue(), Variant(), settings=cfg)
    assert "<strong>spring</strong>" in mail.html
    assert '<a href="https://ann.example.org/preview"' in mail.html
    assert "See the guide [1]." in mail.text  # the address is listed with the others
    assert links_of(mail.text)["[1]"] == "https://ann.example.org/preview"


def test_headings_in_the_editors_note_keep_the_emails_outline(cfg: Settings) -> None:
    note = "# Big news\n\nText.\n\n### Small print\n\n[bad](javascript:alert-1) link"
    mail = render(sample_issue(note_markdown=note), Variant(), settings=cfg)
    levels = [int(n) for n in re.findall(r"<h([1-6])[ >]", mail.html)]
    assert levels[0] == 1 and levels.count(1) == 1  # one h1, the issue's
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels))  # no level skipped
    assert "<h2>Big news</h2>" in mail.html and "<h2>Small print</h2>" in mail.html
    assert "bad link" in mail.text and "javascript" not in mail.text
    assert "\n\n# Big news\n\nText.\n\n### Small print\n\nbad link\n" in mail.text


@pytest.mark.parametrize(
    ("zone", "local"),
    [
        ("America/Los_Angeles", "Fri 9 Apr 2021, 09:30 PDT (America/Los_Angeles)"),
        ("Europe/Berlin", "Fri 9 Apr 2021, 18:30 CEST (Europe/Berlin)"),
    ],
)
def test_late_night_slots_read_right_on_both_sides_of_midnight(
    cfg: Settings, zone: str, local: str
) -> None:
    show = simple_show(
        "late",
        "Late Show",
        season="Spring 2021",
        premiere_date=date(2021, 4, 9),
        premiere_time="25:30 JST",
    )
    mail = render(sample_issue(lineup=(show,), premieres=(show,)), Variant(zone), settings=cfg)
    for part in (mail.html, mail.text):
        assert "Sat 10 Apr 2021, 01:30 JST (Friday night, 25:30)" in part
        assert local in part


def test_a_reader_in_japan_sees_one_time(cfg: Settings) -> None:
    mail = render(sample_issue(), Variant("Asia/Tokyo"), settings=cfg)
    assert "Sun 11 Apr 2021, 00:00 JST (Saturday night, 24:00)" in mail.text
    assert "(Asia/Tokyo)" not in mail.text


def test_a_sixty_show_season_stays_under_gmails_clipping_size(cfg: Settings) -> None:
    shows = many_shows(60)
    mail = for_reader(render(sample_issue(lineup=shows), Variant("Europe/Berlin"), settings=cfg))
    assert len(mail.html.encode()) < 90_000
    assert len(Tags(mail.html).named("h3")) == 61  # every show kept its card (and a premiere)
    assert "more show" not in mail.html


def test_a_lineup_too_long_even_as_one_line_each_ends_with_a_link_to_the_full_page(
    cfg: Settings,
) -> None:
    shows = many_shows(700)
    mail = for_reader(render(sample_issue(lineup=shows), Variant("Europe/Berlin"), settings=cfg))
    assert len(mail.html.encode()) < 90_000
    cards = cards_in(mail.html)
    assert 0 < cards < 700
    hidden = 700 - cards
    assert f"See the full lineup: {hidden} more shows" in mail.html
    assert f"{BASE_URL}seasons/spring-2021.html" in mail.html
    assert f'href="{BASE_URL}unsubscribe?token=abc&amp;x=1"' in mail.html
    number = next(n for n, url in links_of(mail.text).items() if url.endswith("spring-2021.html"))
    assert f"...and {hidden} more shows: {number}" in mail.text


def test_a_first_issue_full_of_news_stays_short(cfg: Settings) -> None:
    changes = tuple(event("86-eighty-six", f"Change number {n}") for n in range(200))
    headlines = tuple(
        Headline(f"Story number {n}", f"https://ann.example.org/{n}", "ANN", NOW)
        for n in range(200)
    )
    issue = sample_issue(lineup=many_shows(60), changes=changes, headlines=headlines)
    mail = for_reader(render(issue, Variant("UTC"), settings=cfg))
    assert len(mail.html.encode()) < 90_000
    assert "170 more changes in the web version" in mail.html
    assert "170 more headlines in the web version" in mail.html
    number = next(n for n, url in links_of(mail.text).items() if url.endswith("issues/7.html"))
    assert f"...and 170 more in the web version {number}" in mail.text


def test_mjml_is_compiled_once_per_variant(cfg: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = pipeline.render.compose.mjml_to_html

    def counting(source: str) -> Any:
        calls.append(1)
        return real(source)

    monkeypatch.setattr(pipeline.render.compose, "mjml_to_html", counting)
    issue = sample_issue()
    variants = [
        Variant("Europe/Berlin"),
        Variant("America/Los_Angeles", ("mecha", "romance")),
        Variant("America/Los_Angeles", ("Romance", "mecha")),  # the same variant
        Variant("UTC"),
    ]
    mails = [
        for_reader(render(issue, variants[i % 4], settings=cfg), name=f"Reader {i}")
        for i in range(200)
    ]
    assert len(calls) == 3
    assert len({m.html for m in mails}) == 200  # every reader got their own greeting
    assert "Hi Reader 199," in mails[199].html and "Hi Reader 199," in mails[199].text


def test_a_genre_filter_keeps_only_matching_shows(cfg: Settings) -> None:
    mail = render(sample_issue(), Variant("UTC", ("romance",)), settings=cfg)
    assert "Mystery Project" in mail.text and "86-Eighty-Six" not in mail.text


def test_a_named_reader_is_greeted_and_a_nameless_one_gets_no_bare_hi(cfg: Settings) -> None:
    rendered = render(sample_issue(), Variant("UTC"), settings=cfg)
    named = for_reader(rendered, name="Aki")
    assert "<p>Hi Aki,</p>" in named.html and "\nHi Aki,\n" in named.text
    nameless = for_reader(rendered, name="")
    assert "Hi," not in nameless.html and "Hi," not in nameless.text
    assert "<p></p>" not in nameless.html.replace(" ", "")
    assert "issues/7.html\n\nWelcome to **spring**" in nameless.text  # one blank line
    assert "issues/7.html\n\nHi Aki,\n\nWelcome to **spring**" in named.text


def test_the_subject_counts_and_names_only_the_readers_genres(cfg: Settings) -> None:
    vivy = simple_show("vivy", "Vivy", season="Spring 2021", genres=("music", "sci-fi"))
    mecha = simple_show("mecha-x", "Steel Orbit", season="Spring 2021", genres=("mecha",))
    issue = sample_issue(premieres=(eighty_six(), vivy, mecha), lineup=(eighty_six(), vivy, mecha))
    everyone = render(issue, Variant("UTC"), settings=cfg)
    assert everyone.subject == issue.subject  # no filter: the issue's own subject
    fan = render(issue, Variant("UTC", ("mecha",)), settings=cfg)
    assert fan.subject == (
        "Anime Digest #7: Spring 2021 lineup, 2 premieres this week: 86-Eighty-Six, Steel Orbit"
    )
    nobody = render(issue, Variant("UTC", ("romance",)), settings=cfg)
    assert nobody.subject == "Anime Digest #7: this week's news"  # an empty lineup is not named
    special = replace(issue, kind="special", subject="Anime Digest special: Spring preview")
    assert render(special, Variant("UTC", ("mecha",)), settings=cfg).subject == special.subject


@pytest.mark.parametrize(
    ("wrong", "right", "message"),
    [
        ("mj-txet", "mj-text", r"digest\.mjml\.j2: unknown MJML element 'mj-txet'"),
        ("mj-corpus", "mj-body", r"digest\.mjml\.j2: MJML compile failed: .*mj-body"),
    ],
)
def test_an_mjml_error_fails_the_render_naming_the_template(
    cfg: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    wrong: str,
    right: str,
    message: str,
) -> None:
    broken = tmp_path / "templates"
    shutil.copytree(pipeline.render.compose.template_dir(), broken)
    source = (broken / "digest.mjml.j2").read_text(encoding="utf-8")
    (broken / "digest.mjml.j2").write_text(source.replace(right, wrong), encoding="utf-8")
    monkeypatch.setattr(pipeline.render.compose, "template_dir", lambda: broken)
    with pytest.raises(RenderError, match=message):
        render(sample_issue(), Variant(), settings=cfg)


@pytest.mark.parametrize(
    ("partial", "message"),
    [
        ("Title\n{{ card.no_such_field }}\n", r"_show_card\.txt\.j2, line 2: .*no_such_field"),
        ("Title\n{% if %}\n", r"_show_card\.txt\.j2, line 2: template failed"),
    ],
)
def test_a_template_error_names_the_template_and_line(
    cfg: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, partial: str, message: str
) -> None:
    broken = tmp_path / "templates"
    shutil.copytree(pipeline.render.compose.template_dir(), broken)
    (broken / "_show_card.txt.j2").write_text(partial, encoding="utf-8")
    monkeypatch.setattr(pipeline.render.compose, "template_dir", lambda: broken)
    with pytest.raises(RenderError, match=message):
        render(sample_issue(), Variant(), settings=cfg)


def test_errors_the_compiler_returns_fail_the_render(
    cfg: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline.render.compose.mjml_to_html

    def with_errors(source: str) -> Any:
        return real(source)._replace(errors=["mj-column: unknown attribute 'colour'"])

    monkeypatch.setattr(pipeline.render.compose, "mjml_to_html", with_errors)
    with pytest.raises(RenderError, match=r"digest\.mjml\.j2.*colour"):
        render(sample_issue(), Variant(), settings=cfg)


def test_an_unknown_reader_zone_is_a_render_error(cfg: Settings) -> None:
    with pytest.raises(RenderError, match="Mars/Olympus"):
        render(sample_issue(), Variant("Mars/Olympus"), settings=cfg)


def test_templates_are_found_from_the_checkout() -> None:
    assert (pipeline.render.compose.template_dir() / "_show_card.mjml.j2").is_file()
    assert eighty_six().facts.title  # the fixture the templates are checked with

"""Text from feeds cannot run script, break the layout, forge links or break the subject."""

from __future__ import annotations

from dataclasses import replace

import pytest
from digest_fixtures import BASE_URL, NOW, Tags, eighty_six, sample_issue

from pipeline.core.config import Settings
from pipeline.core.models import Article, CastMember, Headline, Issue, Provenance, Variant
from pipeline.digest.issue import build_issue
from pipeline.render.compose import personalise, render

pytestmark = pytest.mark.usefixtures("fresh_render_caches")

HOSTILE = '</mj-text></mj-column><script>alert(1)</script><img src=x onerror="alert(2)">'
STYLE = '<div style="width:expression(alert(3))">x</div>'


def hostile_issue() -> Issue:
    show = eighty_six()
    facts = replace(
        show.facts,
        title=f"86 {HOSTILE}",
        alt_titles=(STYLE,),
        studios=("A-1 Pictures</p></div></mj-text>",),
        cast=(
            CastMember(
                actor='<a href="javascript:alert(4)">x</a>', character="\ue000greeting\ue001"
            ),
        ),
    )
    bad_source = Provenance("title", "x", None, "ann", "javascript:alert(5)", NOW)
    show = replace(show, facts=facts, provenance=(*show.provenance, bad_source))
    headline = Headline(
        title=f"Breaking\r\nnews {HOSTILE}",
        link="javascript:alert(6)",
        outlet=f"Evil {STYLE}",
        published=NOW,
    )
    return sample_issue(
        premieres=(show,),
        lineup=(show,),
        headlines=(headline,),
        note_markdown=f"Note <script>alert(7)</script> [x](javascript:alert(8)) {STYLE}",
    )


def test_hostile_feed_text_cannot_run_or_break_the_layout(cfg: Settings) -> None:
    mail = personalise(
        render(hostile_issue(), Variant("Europe/Berlin"), settings=cfg),
        name="Mio",
        unsubscribe_url=f"{BASE_URL}unsubscribe?t=1",
        preferences_url=None,
        view_url=f"{BASE_URL}issues/7.html",
    )
    tags = Tags(mail.html)
    assert tags.named("script") == [] and tags.named("img") == []
    for _name, attrs in tags.tags:
        assert not any(key.startswith("on") for key in attrs)
        assert "javascript:" not in (attrs.get("href") or "").lower()
        assert "expression(" not in (attrs.get("style") or "")
    assert "</mj-" not in mail.html and "<mj-" not in mail.html
    # The layout held: the premiere's card, its lineup line, the headline and the footer.
    assert len(tags.named("h3")) == 1  # this week's premiere; the lineup points up to it
    assert [a for a in tags.named("p") if a.get("class") == "one"] != []
    assert "A-1 Pictures&lt;/p&gt;&lt;/div&gt;&lt;/mj-text&gt;" in mail.html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in mail.html
    assert f'href="{BASE_URL}unsubscribe?t=1"' in mail.html


def test_feed_text_cannot_forge_a_personal_placeholder(cfg: Settings) -> None:
    mail = personalise(
        render(hostile_issue(), Variant(), settings=cfg),
        name="Mio",
        unsubscribe_url=f"{BASE_URL}unsubscribe?t=1",
        preferences_url=None,
        view_url=f"{BASE_URL}issues/7.html",
    )
    assert mail.html.count("Hi Mio,") == 1 and mail.text.count("Hi Mio,") == 1


def test_personal_values_are_escaped_for_html_and_single_lines_in_text(cfg: Settings) -> None:
    mail = personalise(
        render(sample_issue(), Variant(), settings=cfg),
        name='<b onclick="x()">Eve</b>\nBcc: x@example.org',
        unsubscribe_url=f'{BASE_URL}u?t="><script>alert(9)</script>',
        preferences_url=f"{BASE_URL}prefs?t=1&x=2",
        view_url=f"{BASE_URL}issues/7.html",
    )
    tags = Tags(mail.html)
    assert (
        tags.named("script") == []
        and tags.named("b")
        and all("onclick" not in attrs for attrs in tags.named("b"))
    )
    assert "Hi &lt;b onclick=&quot;x()&quot;&gt;Eve&lt;/b&gt; Bcc: x@example.org," in mail.html
    assert "&quot;&gt;&lt;script&gt;alert(9)" in mail.html
    assert f"{BASE_URL}prefs?t=1&amp;x=2" in mail.html
    assert f"Change preferences: {BASE_URL}prefs?t=1&x=2" in mail.text
    assert 'Hi <b onclick="x()">Eve</b> Bcc: x@example.org,\n' in mail.text  # one line


def test_hostile_text_stays_plain_in_the_text_part(cfg: Settings) -> None:
    stored = replace(hostile_issue(), subject="Line one\r\nBcc: x@example.org")
    mail = render(stored, Variant(), settings=cfg)
    assert mail.subject == "Line one Bcc: x@example.org"
    assert "javascript:alert(6)" not in mail.text  # an unsafe link is not offered
    assert "Breaking news" in mail.text  # the headline still reads, on one line


def test_a_headline_cannot_put_a_newline_into_the_subject(cfg: Settings) -> None:
    evil = Article(
        feed_id="ann",
        entry_key="e",
        link="https://ann.example.org/e",
        title="Spring\r\nBcc: victim@example.org",
        author=None,
        published=NOW,
        summary="",
        content_html="",
        content_hash="e",
        fetched_at=NOW,
    )
    issue = build_issue([], [evil], None, cfg, now=NOW, number=1, special="Special\nX-Injected: 1")
    assert isinstance(issue, Issue)
    mail = render(issue, Variant(), settings=cfg)
    for line in (mail.subject, mail.preheader, issue.headlines[0].title):
        assert "\n" not in line and "\r" not in line

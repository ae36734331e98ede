"""The golden emails read well with a screen reader and in the order a fan wants.

Read from the reviewed golden files (``tests/data/email``), so what is checked is what
was reviewed: the language is declared, headings go h1, h2, h3 without skipping, every
image has a text alternative, every link's text (or label) says where it goes, and the
Berlin reader's email opens with premieres and their covers, then what changed, the
headlines, and a compact lineup with no per-fact source marks.
"""

from __future__ import annotations

import itertools
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "data" / "email"
VAGUE = {"here", "click here", "source", "sources", "link", "more", "read more", "this"}


class Outline(HTMLParser):
    """Headings, images and links of an HTML document, in order."""

    def __init__(self, document: str) -> None:
        super().__init__()
        self.lang: str | None = None
        self.headings: list[tuple[int, str]] = []
        self.images: list[dict[str, str | None]] = []
        self.links: list[tuple[str, str]] = []  # (text or aria-label, href)
        self._heading: int | None = None
        self._link: dict[str, str | None] | None = None
        self._text = ""
        self.feed(document)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "html":
            self.lang = values.get("lang")
        elif re.fullmatch(r"h[1-6]", tag):
            self._heading, self._text = int(tag[1]), ""
        elif tag == "img":
            self.images.append(values)
        elif tag == "a":
            self._link, self._text = values, ""

    def handle_endtag(self, tag: str) -> None:
        if re.fullmatch(r"h[1-6]", tag) and self._heading is not None:
            self.headings.append((self._heading, self._text.strip()))
            self._heading = None
        elif tag == "a" and self._link is not None:
            label = self._link.get("aria-label") or self._text.strip()
            self.links.append((label, self._link.get("href") or ""))
            self._link = None

    def handle_data(self, data: str) -> None:
        self._text += data


@pytest.fixture(params=["berlin", "los-angeles-romance"])
def golden(request: pytest.FixtureRequest) -> str:
    return (GOLDEN / f"weekly-7.{request.param}.html").read_text(encoding="utf-8")


def test_the_email_declares_its_language_and_keeps_its_headings_in_order(golden: str) -> None:
    outline = Outline(golden)
    assert outline.lang == "en"
    levels = [level for level, _ in outline.headings]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels)), outline.headings


def test_every_image_has_a_text_alternative(golden: str) -> None:
    for image in Outline(golden).images:
        assert (image.get("alt") or "").startswith("Key visual of "), image


def test_every_link_says_where_it_goes(golden: str) -> None:
    links = Outline(golden).links
    assert len(links) > 5
    for label, href in links:
        assert label and label.casefold() not in VAGUE, (label, href)
        assert href.startswith("https://"), (label, href)


def test_the_berlin_email_opens_with_premieres_and_their_covers() -> None:
    html = (GOLDEN / "weekly-7.berlin.html").read_text(encoding="utf-8")
    headings = [text for level, text in Outline(html).headings if level == 2]
    assert headings == [
        "Premiering this week",
        "What changed this week",
        "This week's headlines",
        "The Spring 2021 lineup",
    ]
    premieres = html[html.index("Premiering this week") : html.index("What changed this week")]
    assert '<img alt="Key visual of 86-Eighty-Six" class="cover"' in premieres
    changes = html[html.index("What changed this week") : html.index("This week's headlines")]
    assert ">animenewsnetwork.example.org</a>" in changes  # a change names its source
    lineup = html[html.index("The Spring 2021 lineup</h2>") :]
    assert '<img alt="Key visual of Glass Meadow" class="thumb"' in lineup
    assert "premieres this week, above" in lineup and "no news yet" in lineup
    assert "<sup" not in html and "Shōya Chiba" not in html  # no marks; cast on the show page
    assert lineup.count("Sources: ") == 1  # one Sources line on the one full card

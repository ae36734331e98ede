"""Feed documents become Article records: golden files beside their inputs.

Each ``tests/data/feeds/NAME.xml`` with a ``NAME.expected.json`` beside it is parsed and
compared with it. After a reviewed change, regenerate the goldens with::

    REGENERATE_GOLDENS=1 .venv/bin/pytest tests/test_feed_parsing.py
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline.core.codec import to_json
from pipeline.core.errors import SourceError
from pipeline.fetch.parse import parse_feed

FEEDS = Path(__file__).parent / "data" / "feeds"
FETCHED_AT = datetime(2021, 4, 1, 9, 0, tzinfo=UTC)
GOLDEN = sorted(p for p in FEEDS.glob("*.xml") if p.with_suffix(".expected.json").exists())


def parse(path: Path):
    return parse_feed(
        "test",
        path.read_bytes(),
        url=f"http://feeds.test/{path.name}",
        content_type="application/rss+xml",
        fetched_at=FETCHED_AT,
    )


def test_every_golden_input_has_its_expected_output() -> None:
    assert {p.name for p in GOLDEN} >= {
        "season-rss.xml",
        "season-atom.xml",
        "identity.xml",
        "windows-1252.xml",
        "shift-jis.xml",
        "broken-but-readable.xml",
    }


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: p.name)
def test_feed_parses_to_its_golden_articles(path: Path) -> None:
    parsed = parse(path)
    actual = {"warning": parsed.warning, "articles": to_json(parsed.articles)}
    golden = path.with_suffix(".expected.json")
    if os.environ.get("REGENERATE_GOLDENS"):
        golden.write_text(json.dumps(actual, indent=2, ensure_ascii=False) + "\n", "utf-8")
    assert actual == json.loads(golden.read_text("utf-8"))


def test_rss_content_encoded_is_the_body_and_summary_stays_the_teaser() -> None:
    (first, second) = parse(FEEDS / "season-rss.xml").articles
    assert first.content_html.startswith("<p><b>Paper Moon Orchestra</b>")
    assert first.summary == "A music drama premiering April 5."
    assert first.published == datetime(2021, 3, 16, 10, 30, tzinfo=UTC)  # +0900 → UTC
    assert first.image_url == "https://wire.test/img/paper-moon.jpg"
    assert second.content_html == second.summary  # no content:encoded: the summary
    assert second.image_url == "https://wire.test/img/glass-garden.png"


def test_entry_identity_is_guid_then_link_then_hash() -> None:
    keys = [a.entry_key for a in parse(FEEDS / "identity.xml").articles]
    assert keys[0] == "guid-1"
    assert keys[1] == "https://ids.test/b"
    assert keys[2].startswith("sha256:") and len(keys[2]) == len("sha256:") + 64


def test_declared_encodings_are_decoded() -> None:
    (cp1252,) = parse(FEEDS / "windows-1252.xml").articles
    assert cp1252.title == "Pokémon-style café “preview” – season début"
    (sjis,) = parse(FEEDS / "shift-jis.xml").articles
    assert sjis.title == "春アニメ2021 放送開始日まとめ"


def test_sloppy_feed_with_entries_is_read_with_a_warning() -> None:
    parsed = parse(FEEDS / "broken-but-readable.xml")
    assert [a.title for a in parsed.articles] == ["Still readable"]
    assert parsed.warning


def test_garbage_is_refused_with_a_reason() -> None:
    with pytest.raises(SourceError, match="not a"):
        parse(FEEDS / "garbage.xml")


def test_a_body_that_looks_like_a_path_is_never_opened() -> None:
    with pytest.raises(SourceError):
        parse_feed(
            "x", b"/etc/hostname", url="http://x.test/", content_type=None, fetched_at=FETCHED_AT
        )


EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "feeds"


@pytest.mark.parametrize("name", ["sakura-wire.xml", "lineup-journal.atom", "anime-headlines.xml"])
def test_sample_feeds_parse_cleanly(name: str) -> None:
    parsed = parse(EXAMPLES / name)
    assert parsed.warning is None
    assert len(parsed.articles) >= 3
    assert all(a.published and a.published.year == 2021 for a in parsed.articles)


def test_sample_86_preview_carries_its_facts() -> None:
    articles = parse(EXAMPLES / "sakura-wire.xml").articles
    (preview,) = [a for a in articles if a.title and "86-Eighty-Six" in a.title]
    for fact in (
        "Asato Asato",
        "April 10, 2021 on Tokyo MX",
        "Director: Toshimasa Ishii",
        "A-1 Pictures",
        "Series composition: Toshiya Ono",
        "Character design: Tetsuya Kawakami",
        "Shinei Nouzen: Shōya Chiba",
        "Vladilena Mirize: Ikumi Hasegawa",
        '"3-bun 29-byō" by Hitorie',
        '"Avid" by SawanoHiroyuki[n2k]:mizuki',
    ):
        assert fact in preview.content_html, fact
    assert preview.image_url is not None


def test_huge_titles_and_authors_are_cut_to_one_line_of_300_characters() -> None:
    huge = "Clockwork Foxes premiere\n" * 40_000  # about 1 MB, over many lines
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
        f"<item><title>{huge}</title><author>{huge}</author><guid>g1</guid>"
        "<link>https://news.example/1</link><description>x</description></item>"
        "</channel></rss>"
    ).encode()
    (article,) = parse_feed(
        "test", feed, url="http://feeds.test/huge.xml", content_type="application/rss+xml",
        fetched_at=FETCHED_AT,
    ).articles  # fmt: skip

    assert article.title is not None and article.author is not None
    assert len(article.title) <= 300 and len(article.author) <= 300
    assert "\n" not in article.title
    assert article.title.startswith("Clockwork Foxes premiere Clockwork Foxes")

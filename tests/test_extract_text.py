"""HTML and plain text to structured text, without boilerplate."""

from __future__ import annotations

import pytest

from pipeline.extract.folding import Folded
from pipeline.extract.text import Block, to_document

PAGE = """<figure><img src="kv.jpg"/><figcaption>Key visual ©Studio Kiri</figcaption></figure>
<p>The anime <strong>Glass Owl</strong> (<em>Garasu no Fukurō</em>) premieres in April &amp;
May.</p>
<p><iframe src="https://video.example/embed/1" title="Trailer"></iframe></p>
<blockquote class="twitter-tweet"><p>See you on May 3!</p></blockquote>
<h3>Staff</h3>
<p><strong>CAST</strong><br />Owl: Mei Sora<br />Crow: Ken Aoi</p>
<p>Related: <a href="/x">Another show</a></p>
<p>Source: Comic Natalie</p>
<div class="share-buttons"><span>Share on X</span></div>
<script>alert(1)</script>"""


def test_html_keeps_structure_and_drops_boilerplate() -> None:
    document = to_document(PAGE)
    assert document.blocks == (
        Block("para", "The anime Glass Owl (Garasu no Fukurō) premieres in April & May."),
        Block("heading", "Staff"),
        Block("heading", "CAST"),
        Block("item", "Owl: Mei Sora"),
        Block("item", "Crow: Ken Aoi"),
    )


def test_provenance_is_kept_apart() -> None:
    assert to_document(PAGE).provenance == ("Comic Natalie",)


def test_emphasis_is_remembered_for_titles() -> None:
    assert "Glass Owl" in to_document(PAGE).emphasis


def test_plain_text_headings_items_and_paragraphs() -> None:
    text = (
        "Release Date\n\nIt premieres on April 4.\n\n"
        "Returning Cast\nOwl: Mei Sora\nCrow: Ken Aoi\n\n©2025 Kiri"
    )
    document = to_document(text)
    assert document.blocks == (
        Block("heading", "Release Date"),
        Block("para", "It premieres on April 4."),
        Block("heading", "Returning Cast"),
        Block("item", "Owl: Mei Sora"),
        Block("item", "Crow: Ken Aoi"),
    )


def test_table_cells_become_label_lines() -> None:
    table = (
        "<table><tr><th>Director</th><td>Jun Sato</td></tr>"
        "<tr><td>Music</td><td>Ko Abe</td></tr></table>"
    )
    assert [b.text for b in to_document(table).blocks] == ["Director: Jun Sato", "Music: Ko Abe"]


def test_a_blogs_byline_and_reading_time_are_no_headings() -> None:
    text = (
        "The Winter Sequel Guide\n\nAki Mori\nAniBlog-Official\nPublished in\n"
        "14 min readJan 5, 2024\n\n--\n\nIntro text about the sequels of the season.\n\n"
        "Salt Road Rangers Season 2\n\nPresented By: Ken Oda\nStudio: Studio Dune\n"
        "Genres: Fantasy\n\nSynopsis: A road trip across a salt desert."
    )
    blocks = to_document(text).blocks
    assert [b.text for b in blocks if b.kind == "heading"] == [
        "The Winter Sequel Guide",
        "Salt Road Rangers Season 2",
    ]
    assert "Aki Mori" not in [b.text for b in blocks]


def test_a_pages_dates_and_font_size_buttons_and_a_rank_before_a_dash_are_furniture() -> None:
    text = (
        "Five New Anime\n\nPublished: 27th October 2020 06:15 PM  |   Last Updated: 27th"
        " October 2020\n\nA+A\n\nThe streamer will add five anime.\n\n10 – Paper Moon Relay\n\n"
        "Paper Moon Relay is a horror comedy."
    )
    blocks = to_document(text).blocks
    assert [b.text for b in blocks if b.kind == "heading"][1:] == ["10 – Paper Moon Relay"]
    assert not any(b.text.startswith(("Published", "A+A")) for b in blocks)


def test_a_blogs_via_credit_and_comment_form_are_no_text() -> None:
    doc = to_document(
        "The show gets a third season.\n\n"
        "Via Anime News Network 2\n\n"
        "Fill in your details below or click an icon to log in:\n\n"
        "WordPress.com Logo\n\n"
        "You are commenting using your WordPress.com account."
    )
    assert [b.text for b in doc.blocks] == ["The show gets a third season."]
    assert doc.provenance == ("Anime News Network 2",)


def test_a_timestamp_with_a_comment_count_is_no_text() -> None:
    doc = to_document("Jan 13, 2014 1:37 AM | 19 Comments\n\nThe anime revealed its cast.")
    assert [b.text for b in doc.blocks] == ["The anime revealed its cast."]


def test_a_read_on_prompt_and_a_stock_photo_credit_are_no_text() -> None:
    doc = to_document(
        "Which anime movies are coming to theaters?\n\nRead on!\n\nDeposit Photos\n\n"
        "Paper Lantern opens in Japan on May 3."
    )
    assert [b.text for b in doc.blocks] == [
        "Which anime movies are coming to theaters?",
        "Paper Lantern opens in Japan on May 3.",
    ]


def test_a_byline_that_says_where_it_was_published_is_no_text() -> None:
    document = to_document(
        "Day 1,204, 09:15 Published in Japan by Sora Tanabe\n\n"
        "The Lantern Rabbit anime premieres in April."
    )
    assert [b.text for b in document.blocks] == ["The Lantern Rabbit anime premieres in April."]


def test_a_blogs_comment_count_heading_ends_the_article() -> None:
    doc = to_document(
        "The cast of Paper Lantern grows by two.\n\n"
        "4 thoughts on “Paper Lantern Cast Additions”\n\n"
        "Mina says: I can't wait for this one!"
    )
    assert [b.text for b in doc.blocks] == ["The cast of Paper Lantern grows by two."]


def test_a_source_line_naming_an_official_website_is_provenance() -> None:
    doc = to_document(
        "The Paper Lantern films are co-produced by two studios.\n\n"
        "Source: Pretty Paper Lantern Eternal The MOVIE anime's official website"
    )
    assert [b.text for b in doc.blocks] == [
        "The Paper Lantern films are co-produced by two studios."
    ]
    assert doc.provenance == ("Pretty Paper Lantern Eternal The MOVIE anime's official website",)


def test_a_case_blind_cue_matches_any_case_and_refuses_capitals() -> None:
    cue = Folded(r"\bsimulcast\b|\btv\s+anime\b")
    assert cue.found("SIMULCAST on Crunchyroll") and cue.found("the Tv Anime")
    assert not cue.found("simulcasts only")
    with pytest.raises(ValueError, match="lower case"):
        Folded(r"\bTV\b")  # would never match lower-cased text


def test_a_run_of_other_articles_cut_off_excerpts_is_no_text() -> None:
    doc = to_document(
        "Paper Lantern will air from Apr. 5 on AT-X and more.\n"
        'A new series of the gag anime "Copper Duke" is going to be produced in…\n'
        "Limited edition goods with newly drawn key visuals will be…\n"
        'Studio Kestrel will put out its first new anime in six years, "Lantern Harbor", based…'
    )
    assert [b.text for b in doc.blocks] == ["Paper Lantern will air from Apr. 5 on AT-X and more."]


def test_one_sentence_that_trails_off_stays() -> None:
    doc = to_document("Paper Lantern airs in April.\n\nAnd that is before the best part...")
    assert len(doc.blocks) == 2


def test_a_comment_count_with_recent_comments_and_a_comments_stamp_end_the_article() -> None:
    doc = to_document(
        "Paper Lantern gets an OVA in June.\n\n10 Comments Recent Comments\n\n"
        "The OVA will be called Training Camp.\n\nJan 27, 2017 7:22 PM by lanternfan\n\n"
        "Can't wait!"
    )
    assert [b.text for b in doc.blocks] == ["Paper Lantern gets an OVA in June."]
    doc = to_document(
        "Paper Lantern gets an OVA in June.\n\nJan 27, 2017 7:22 PM by lanternfan\n\nCan't wait!"
    )
    assert [b.text for b in doc.blocks] == ["Paper Lantern gets an OVA in June."]


def test_the_writers_bio_ends_the_article() -> None:
    doc = to_document(
        "Paper Lantern premieres this fall.\n\nAnime Production: Orchard Works\n\n"
        "Aya Mori is the anime and manga editor and reporter for a geek news site. Follow "
        "her on Twitter at @ayamori.\n\nOther Top News"
    )
    assert [b.text for b in doc.blocks][-1] == "Anime Production: Orchard Works"


def test_a_sentence_about_a_writer_in_the_story_stays() -> None:
    doc = to_document(
        "Jun Sato is the series' head writer, and he also wrote the novels.\n\n"
        "Paper Lantern premieres this fall."
    )
    assert len(doc.blocks) == 2

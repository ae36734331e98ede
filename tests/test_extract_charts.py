"""Box-office chart articles: every entry the headline places is a show, the body adds
the entries it opens a paragraph with, and each entry keeps its own sentences."""

from __future__ import annotations

from extract_helpers import shows

CHART = """Image: the Lantern Harbor film's visual

In its ninth weekend at the Japanese box office, the film climbed from #3 back up to #2. \
It sold 175,000 tickets over the weekend.

Paper Comet

The sequel film covers the novel Paper Comet: Sister Arc. The first of two sequel anime \
films based on the light novel series opened at #4. Rei Ono returned to direct the film at \
Studio Kite.

Glass Orchard LIVE BEYOND, the theatrical anime concert for the Glass Orchard franchise, \
moved up from #9 to #7 in its sixth weekend. Mika Sato directed the concert film.

The live-action film of Aki Mori's And Yet, The Tide (Nano ni, Shio) manga came in at #3 \
in its opening weekend.
"""
CHART_HEADLINE = (
    "Lantern Harbor Rises to #2, Paper Comet: Sister Arc Opens at #4 in Japan, "
    "'And Yet, The Tide' at #3"
)


def test_a_chart_names_every_anime_entry_of_its_headline_and_body() -> None:
    found = shows(CHART, title=CHART_HEADLINE)
    assert [f.title for f in found] == [
        "Lantern Harbor",
        "Paper Comet: Sister Arc",
        "Glass Orchard LIVE BEYOND",
    ]  # the live-action film at #3 is no show, though its quoted title holds a comma


def test_a_sentence_that_gives_an_entrys_place_belongs_to_that_entry() -> None:
    found = {f.title: f for f in shows(CHART, title=CHART_HEADLINE)}
    assert found["Paper Comet: Sister Arc"].director == ("Rei Ono",)
    assert found["Glass Orchard LIVE BEYOND"].director == ("Mika Sato",)
    assert found["Lantern Harbor"].director == ()
    assert all(f.season is None for f in found.values())  # films on a chart have no season


def test_a_chart_with_one_placed_headline_entry_takes_the_others_from_the_body() -> None:
    body = (
        "Lantern Harbor: Rising Tide, the second film of the franchise, placed at #3 during "
        "its opening weekend. Rei Ono directed the film.\n\n"
        "Paper Comet: Tidewatch, the sixth film of the series, slipped from #2 to #5 in its "
        "third weekend. Mika Sato directed it."
    )
    headline = "Lantern Harbor: Rising Tide Film Opens at #3 in Japan, Earns 42 Million Yen"
    found = shows(body, title=headline)
    assert [(f.title, f.director) for f in found] == [
        ("Lantern Harbor: Rising Tide", ("Rei Ono",)),
        ("Paper Comet: Tidewatch", ("Mika Sato",)),
    ]


def test_a_box_office_report_without_places_in_its_headline_reads_its_body() -> None:
    body = (
        "Moss Harbor opens at #2; The Lantern Rises stays at #1\n\n"
        "The Lantern Rises (Kaze Tachinu), the anime film by Studio Kite and Aki Mori, held onto "
        "#1 in its eighth weekend.\n\n"
        "Toei Animation and Rei Ono's CG-animated Space Pirate Moss Harbor film opened at #2.\n\n"
        "In its second weekend, the Ano Hi Mita Glass no Namae. (anoglass) film slipped from #3 "
        "to #4.\n\n"
        "The live-action Sadako Tide film climbed from #6 to #5 in its second weekend.\n\n"
        "The 26th film in the Paper Comet franchise fell from #5 to #6 in its ninth weekend."
    )
    found = shows(body, title="Japanese Box Office, September 7-8", published="2013-09-16")
    assert [f.title for f in found] == [
        "The Lantern Rises",
        "Space Pirate Moss Harbor",
        "Ano Hi Mita Glass no Namae.",
    ]


def test_a_chart_headline_joined_by_while_names_both_entries() -> None:
    body = (
        "Mika Sato's your lantern. anime film remained at #1 in its 12th weekend at the "
        "Japanese box office.\n\n"
        "The live-action Museum film opened at #2 over the weekend. The film adapts a suspense "
        "horror manga Museum.\n\n"
        "The anime film Eiga Mahō Tsukai Moss! Kiseki no Henshin! Cure Lantern! fell from #5 "
        "to #7 in its third weekend.\n\n"
        "Rei Ono's (Paper Comet, Glass Lagoon) In This Corner of the Harbor anime film opened "
        "at #10."
    )
    headline = "'Museum' Film Opens at #2 in Japan While your lantern. Stays at #1"
    found = shows(body, title=headline, published="2016-11-14")
    assert [f.title for f in found] == [
        "your lantern.",
        "Eiga Mahō Tsukai Moss! Kiseki no Henshin! Cure Lantern!",
        "In This Corner of the Harbor",
    ]


def test_an_entry_named_as_the_film_of_a_source_takes_its_full_title() -> None:
    body = (
        "Lantern Harbor – The Movie: Mugen Tide held the #1 spot for a 12th weekend in a "
        "row.\n\n"
        "Studio 4°C 's anime film of Aki Mori 's Paper Comet of Chimney Town ( Entotsu-chō no "
        "Comet ) picture book climbed from #4 to #3 in its second weekend.\n\n"
        "The Glass franchise's new anime film Gekijōban Glass Orchard : Tenshi no Namida took "
        "#5 in its opening weekend."
    )
    found = shows(body, title="Paper Comet Film Rises to #3, 2020 Moss Film Slips to #4")
    assert [f.title for f in found] == [
        "Paper Comet of Chimney Town",
        "Moss",
        "Lantern Harbor – The Movie: Mugen Tide",
        "Gekijōban Glass Orchard : Tenshi no Namida",
    ]


def test_a_subheadline_lists_more_entries_with_their_places() -> None:
    body = (
        "MossAi, PaperAi sci-fi parallel world films open at #9, #10\n\n"
        "For a 10th weekend running, the Lantern Film Red anime held the #1 spot at the "
        "Japanese box office.\n\n"
        "Eiga Glass Party Yume Miru (Glass Party The Movie), the film for the Glass Party "
        "anime, slipped from #4 to #6."
    )
    found = shows(body, title="Lantern Film Red Stays at #1 for 10th Weekend")
    assert [f.title for f in found] == [
        "Lantern Film Red",
        "MossAi",
        "PaperAi",
        "Eiga Glass Party Yume Miru",
    ]


def test_a_box_office_report_with_one_anime_entry_keeps_live_action_facts_out() -> None:
    body = (
        "Lantern stays at #1; Library Tides, Moss-chan in top 4\n\n"
        "Meitantei Lantern: Zekkai no Private Eye (Lantern: Private Eye), the 17th Lantern "
        "film, held #1 in its third weekend. Aki Mori returns to direct this one at Studio "
        "Kite.\n\n"
        "In its second weekend, the live-action film of Rei Ono's Library Tides novels climbed "
        "from #4 to #3. Junichi Oka stars as Atsushi Dōjō. Shinsuke Sato directed the film."
    )
    found = shows(body, title="Japanese Box Office, May 4-5", published="2013-05-12")
    assert [(f.title, f.director) for f in found] == [
        ("Meitantei Lantern: Zekkai no Private Eye", ("Aki Mori",))
    ]


def test_an_older_report_gives_places_as_no_and_entries_in_several_shapes() -> None:
    body = (
        "Moss Coast Umizaru, the live-action film of a coast guard manga, held on to No. 1 "
        "in its second weekend. It took in US$6,975,357.\n\n"
        "Rei Ono's Ōkami no Niwa (Wolf Garden) film debuted at No. 2. The film took in "
        "US$4,592,490 on 381 screens.\n\n"
        "Lantern Nobita: Kiseki no Shima ~Animal Trip~, this year's Lantern film, opened at "
        "No. 3. Mika Sato and Aki Mori appear in the film as guest stars.\n\n"
        "The anime adaptation of Ken Ito's American novel series Paper Tree House slipped "
        "from No. 4 to No. 5 in its third weekend."
    )
    found = shows(body, title="Japanese Box Office, July 21-22", published="2012-07-30")
    assert [f.title for f in found] == [
        "Ōkami no Niwa",
        "Lantern Nobita: Kiseki no Shima ~Animal Trip~",
        "Paper Tree House",
    ]  # not "Rei Ono's Ōkami ..." nor "American"; the live-action No. 1 is no show

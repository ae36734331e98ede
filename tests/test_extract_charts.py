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

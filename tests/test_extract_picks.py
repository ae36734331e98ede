"""A critics' column of picks names its shows in running prose, not in headings."""

from __future__ import annotations

from extract_helpers import shows

COLUMN = """by The Editorial Team,

Is your watchlist ready for a spring full of promising new shows? Our critics picked \
the premieres they look forward to most this season.

Aki Mori

The winter season gave me plenty to watch. This coming season is a different story. \
More Moss Harbor is always welcome, so this Moss Harbor: Tide season is on my list. \
Paper Comet Universe, the revival of the decades-old Paper Comet franchise, also \
interests me. I will also have to try the Lantern of the Galactic Sea reboot, which may \
be one of the most ambitious remakes ever. Among the new series, Glass Girl Ore and \
Golden Orchard intrigue me most.

Still, the one title that really excites me is one of the last debuts of the season: \
Iron Metal Panic! Invisible Tide. I rewatched its earlier series many times on DVD, \
alongside Star Runner Tutu and Moon Magica.

Rei Ono

Another returning franchise is Blue Lantern, which comes back after a hiatus of six years.
"""


def test_a_critics_column_names_the_shows_its_prose_picks() -> None:
    found = shows(COLUMN, title="Our Most Anticipated Anime of Spring 2018", published="2018-03-30")
    assert [f.title for f in found] == [
        "Paper Comet Universe",
        "Lantern of the Galactic Sea",
        "Glass Girl Ore",
        "Golden Orchard",
        "Iron Metal Panic! Invisible Tide",
        "Blue Lantern",
    ]  # a show the writer only compares a pick with, and the critics' names, are none


def test_the_same_prose_in_an_article_that_is_no_column_of_picks_names_no_pick() -> None:
    found = shows(COLUMN, title="Spring 2018 Is Coming", published="2018-03-30")
    assert "Golden Orchard" not in [f.title for f in found]

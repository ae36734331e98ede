"""A round-up of films whose headings keep the titles in sentence case, under a headline
about a country's theatres: the headings are the shows, not the country's adjective nor the
date that leads a sentence."""

from __future__ import annotations

from extract_helpers import shows

ROUNDUP = (
    "For the seventh year running, two distributors bring Japanese animated features to our"
    " theatres. Here are the three films we will soon see in cinemas.\n\n"
    "Kaze no kaze\n\n"
    "The event opens on October 15th with Kaze, the new feature from Aki Mori. It follows a"
    " child who meets his grown-up sister.\n\n"
    "Glass Highway\n\n"
    "Things go on on November 20th and 21st with Glass Highway, directed by Rei Ono and based"
    " on the novel of the same name.\n\n"
    "I want to hold your lantern\n\n"
    "The last dates run from January 21st to 23rd with I want to hold your lantern, the"
    " animated version of a bestseller. Directed by Mai Sato, it follows a student."
)


def test_sentence_case_headings_among_a_title_case_one_are_the_shows() -> None:
    found = shows(ROUNDUP, title="Movies: the anime arriving in Italian theatres this fall")
    assert [s.title for s in found] == [
        "Kaze no kaze",
        "Glass Highway",
        "I want to hold your lantern",
    ]
    assert found[1].director == ("Rei Ono",)


def test_a_country_s_adjective_in_a_headline_is_no_show() -> None:
    found = shows(
        "A new anime season opens at the cinema. Two distributors bring Japanese animated"
        " features to Italian theatres, starting on October 15th.",
        title="Movies: the anime arriving in Italian theatres this fall",
    )
    assert "Italian" not in [s.title for s in found]


def test_a_date_before_with_does_not_lead_the_title_it_cues() -> None:
    found = shows(
        "Things go on on November 20th and 21st with Glass Highway, directed by Rei Ono.",
        title="The anime films arriving in theatres this fall",
    )
    assert [s.title for s in found] == ["Glass Highway"]

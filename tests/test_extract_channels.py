"""Stations and streaming services: the lexicon, patterns for unknown names, and its file."""

from __future__ import annotations

import pytest
from extract_helpers import one

from pipeline.core.errors import ExtractError
from pipeline.extract.lexicon import lexicon, parse_lexicon

HEADLINE = "Lantern Rabbit Anime Reveals Premiere"


def test_longest_station_name_wins() -> None:
    facts = one(
        "It premieres on July 5 on TBS and BS-TBS, and later on BS TV Tokyo.", title=HEADLINE
    )
    assert facts.broadcasters == ("TBS", "BS-TBS", "BS TV Tokyo")


def test_programming_block_is_not_a_station() -> None:
    facts = one("It airs in Fuji TV's Noitamina block from October 2.", title=HEADLINE)
    assert facts.broadcasters == ("Fuji TV",)


def test_unknown_streaming_service_from_patterns() -> None:
    facts = one("The series will stream exclusively on Lumen+ in North America.", title=HEADLINE)
    assert facts.streaming == ("Lumen+",)


def test_known_services_as_written() -> None:
    facts = one(
        "Netflix and U-NEXT will stream the anime in Japan, and Crunchyroll elsewhere.",
        title=HEADLINE,
    )
    assert facts.streaming == ("Netflix", "U-NEXT", "Crunchyroll")


def test_previous_season_streamer_does_not_count() -> None:
    text = (
        "The first season aired on Tokyo MX, and Crunchyroll streamed it. "
        "Season 2 is in production."
    )
    facts = one(text, title="'Lantern Rabbit' Season 2 Announced")
    assert facts.streaming == () and facts.broadcasters == ()


def test_lexicon_file_is_extensible() -> None:
    custom = parse_lexicon(
        "broadcasters: [Moon TV]\nstreaming: [StarFlix]\nstudios: []\ngenres: {}\n"
    )
    assert custom.broadcasters.search("airs on Moon TV")
    assert lexicon() is lexicon()


def test_malformed_lexicon_is_reported() -> None:
    with pytest.raises(ExtractError, match="broadcasters"):
        parse_lexicon("broadcasters: 3\n")


def test_trailer_host_is_not_a_streaming_service() -> None:
    facts = one("The second trailer was posted on YouTube on Friday.", title=HEADLINE)
    assert facts.streaming == ()


def test_a_station_in_a_streaming_list_stays_a_station() -> None:
    facts = one("Streaming: Crunchyroll, AT-X\n\nIt premieres on July 5 on AT-X.", title=HEADLINE)
    assert "AT-X" not in facts.streaming and "Crunchyroll" in facts.streaming


def test_services_in_a_list_on_the_x_service_and_starting_to_stream() -> None:
    body = (
        "Salt Road Rangers premieres on April 7 on TOKYO MX. It will also stream through"
        " several Japanese services, including: Bandai Channel, Niconico and Docomo Anime."
        " It will also stream in Japan on the Lumen service. The d Anime Store will begin"
        " streaming the anime on July 6."
    )
    facts = one(body, title="Salt Road Rangers Anime Premieres April 7", published="2025-03-01")
    assert set(facts.streaming) == {
        "Bandai Channel",
        "Niconico",
        "Docomo Anime",
        "Lumen",
        "d Anime Store",
    }


def test_a_station_that_makes_the_show_or_releases_its_trailer_is_not_where_it_airs() -> None:
    body = (
        "Mainichi Broadcasting System (MBS) has put out a new trailer for Lantern Harbor, the"
        " original anime from Chukyo TV and Studio Dune. The anime premieres on Tokyo MX in"
        " April."
    )
    assert one(body, title="Lantern Harbor Trailer").broadcasters == ("Tokyo MX",)


def test_a_service_that_streamed_an_earlier_run_as_it_aired_is_not_this_ones() -> None:
    body = (
        "Lantern Harbor premieres on Tokyo MX on January 9 and streams on Paperwhale. The"
        " author's earlier novel series was also adapted; that series premiered in January"
        " 2018. HIDIVE streamed the series as it aired."
    )
    assert one(body, title="Lantern Harbor Reveals Promo").streaming == ("Paperwhale",)


def test_a_known_station_is_kept_in_the_whole_form_the_text_writes() -> None:
    text = (
        "The anime premieres on April 1 on BS-NTV, RKB Mainichi Broadcasting, NHK General TV "
        "and Television Niigata Network Co., Ltd."
    )
    assert one(text, title="Lantern Rabbit Anime Premieres").broadcasters == (
        "BS-NTV",
        "RKB Mainichi Broadcasting",
        "NHK General TV",
        "Television Niigata Network Co., Ltd.",
    )


def test_abematv_and_other_services_stream_rather_than_broadcast() -> None:
    text = "The anime streams on AbemaTV, FunimationNow, GyaO! and AnimeLab from April 1."
    facts = one(text, title="Lantern Rabbit Anime Premieres")
    assert facts.broadcasters == ()
    assert set(facts.streaming) == {"AbemaTV", "FunimationNow", "GyaO!", "AnimeLab"}


def test_cable_channels_and_regional_stations_written_in_full() -> None:
    text = (
        "The anime premieres on January 7 on CS-TBS Channel 1, CS NTV+ and NCC Nagasaki"
        " Culture Telecasting Corporation, and on CTV a day later."
    )
    facts = one(text, title="Lantern Rabbit Anime Reveals Premiere", published="2025-12-01")
    assert facts.broadcasters == (
        "CS-TBS Channel 1",
        "CS NTV+",
        "NCC Nagasaki Culture Telecasting Corporation",
        "CTV",
    )


def test_a_service_that_reported_the_news_or_streamed_an_earlier_season_is_no_stream() -> None:
    facts = one(
        "<p>Lantern Rabbit Season 2 premieres on April 4 on Tokyo MX.</p>"
        "<p>Crunchyroll earlier reported on the voice actors of the anime.</p>"
        "<p>The anime's first season premiered in July 2019 and ran for 13 episodes. Funimation"
        " streamed the series with subtitles and with an English dub.</p>",
        title="Lantern Rabbit Season 2 Premieres on April 4",
    )
    assert facts.broadcasters == ("Tokyo MX",)
    assert facts.streaming == ()

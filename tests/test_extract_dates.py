"""Premiere dates, JST times and seasons, read from sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import one, shows

HEADLINE = "Moonlit Ferry Anime Reveals Premiere"


def test_late_night_hour_moves_to_the_next_calendar_day() -> None:
    facts = one("The anime will premiere on May 3 at 25:30 on Tokyo MX.", title=HEADLINE)
    assert facts.premiere_date == date(2025, 5, 4)
    assert facts.premiere_time == "01:30 JST"


def test_24_00_is_midnight_of_the_next_day() -> None:
    facts = one("It airs Friday, April 4 at 24:00 on TV Asahi.", title=HEADLINE)
    assert (facts.premiere_date, facts.premiere_time) == (date(2025, 4, 5), "00:00 JST")


def test_effectively_date_is_not_moved_twice() -> None:
    text = (
        "The series premieres on April 9 at 25:55 JST (1:55 a.m. JST, effectively Apr. 10) on MBS."
    )
    facts = one(text, title=HEADLINE)
    assert (facts.premiere_date, facts.premiere_time) == (date(2025, 4, 10), "01:55 JST")


def test_really_means_marks_the_real_date() -> None:
    text = "Wednesday night at 24:00 on Tokyo MX, which really means Thursday, April 10."
    facts = one(text, title=HEADLINE)
    assert (facts.premiere_date, facts.premiere_time) == (date(2025, 4, 10), "00:00 JST")


def test_december_article_puts_january_in_the_next_year() -> None:
    facts = one("The anime premieres on January 8 on TBS.", title=HEADLINE, published="2025-12-05")
    assert facts.premiere_date == date(2026, 1, 8)
    assert facts.season == "Winter 2026"


def test_a_date_without_a_year_and_without_a_dateline_stays_unknown() -> None:
    text = "The anime premieres on April 6 at 25:00 on Tokyo MX this spring."
    facts = one(text, title=HEADLINE, published=None)
    assert (facts.premiere_date, facts.premiere_time, facts.season) == (None, None, None)
    assert facts.broadcasters == ("Tokyo MX",)


def test_a_past_premiere_later_in_the_year_than_the_dateline_was_last_year() -> None:
    facts = one("The anime premiered on October 8 on TBS.", title=HEADLINE, published="2021-02-18")
    assert facts.premiere_date == date(2020, 10, 8)


def test_a_weekly_slot_in_another_sentence_gives_the_premiere_its_time() -> None:
    text = (
        "The anime will debut on Tokyo MX on January 10. It will air on Wednesdays at 24:00"
        " (effectively, Thursdays at midnight JST)."
    )
    facts = one(text, title=HEADLINE, published="2023-11-09")
    assert (facts.premiere_date, facts.premiere_time) == (date(2024, 1, 11), "00:00 JST")


def test_a_coming_weekday_is_the_first_after_the_dateline() -> None:
    facts = one("The film opens in Japan on Friday.", title=HEADLINE, published="2021-11-29")
    assert facts.premiere_date == date(2021, 12, 3)


def test_a_weekday_gone_by_is_the_last_before_the_dateline() -> None:
    text = "The film opened in Japan last Friday and sold 295,000 tickets."
    assert one(text, title=HEADLINE, published="2023-03-07").premiere_date == date(2023, 3, 3)
    video = "The staff premiered the second promotional video last Thursday."
    assert one(video, title=HEADLINE, published="2023-03-07").premiere_date is None


def test_a_schedule_of_month_day_year_dates_and_a_us_zone_in_words() -> None:
    text = (
        "Lantern Rabbit arrives on Japanese TV on October 4. The full broadcast schedule "
        "(all times JST):\n\n- Abema TV: 10/4/2018 at 23:30 (10/4/2018 at 11:30 PM)\n"
        "- AT-X: 10/4/2018 at 24:00"
    )
    facts = one(text, title=HEADLINE, published="2018-09-20")
    assert (facts.premiere_date, facts.premiere_time) == (date(2018, 10, 4), "23:30 JST")
    dub = "The simuldub premieres on 4/26/2017 at 9:30PM Eastern (6:30PM Pacific)."
    assert one(dub, title=HEADLINE, published="2017-04-10").premiere_date is None


def test_a_time_stated_in_jst_in_a_sentence_of_its_own() -> None:
    text = (
        "The anime revealed its release date, October 23, 2022. The anime will start "
        "premiering at 7 pm JST on NHK ETV."
    )
    facts = one(text, title=HEADLINE, published="2022-08-01")
    assert (facts.premiere_date, facts.premiere_time) == (date(2022, 10, 23), "19:00 JST")


def test_a_later_episode_or_a_single_is_not_the_premiere() -> None:
    text = (
        "The anime premiered on January 11 on Tokyo MX. The seventh episode will now air on"
        " March 8. The theme song's single will be released on January 9."
    )
    facts = one(text, title=HEADLINE, published="2023-02-20")
    assert facts.premiere_date == date(2023, 1, 11)


def test_a_written_year_is_read_without_a_dateline() -> None:
    facts = one("The anime premieres on April 6, 2027 on Tokyo MX.", title=HEADLINE, published=None)
    assert (facts.premiere_date, facts.season) == (date(2027, 4, 6), "Spring 2027")


def test_next_year_is_added_when_the_article_says_so() -> None:
    facts = one("It opens on May 22 next year on Fuji TV.", title=HEADLINE, published="2025-11-14")
    assert facts.premiere_date == date(2026, 5, 22)


def test_day_first_and_abbreviated_dates() -> None:
    assert one("It premieres 10 April on BS11.", title=HEADLINE).premiere_date == date(2025, 4, 10)
    assert one("It debuts Apr. 12 on AT-X.", title=HEADLINE).premiere_date == date(2025, 4, 12)


def test_broadcast_time_without_zone_is_jst() -> None:
    facts = one("The anime premieres on April 2 at 9 p.m. on Nippon TV.", title=HEADLINE)
    assert facts.premiere_time == "21:00 JST"


def test_eastern_time_beside_jst_keeps_the_japanese_time() -> None:
    text = "The anime debuts in Japan on July 5 at 11:30 p.m. JST (10:30 a.m. EDT) on TBS."
    facts = one(text, title=HEADLINE)
    assert (facts.premiere_date, facts.premiere_time) == (date(2025, 7, 5), "23:30 JST")


def test_utc_time_of_a_japanese_airing_is_converted_to_jst() -> None:
    facts = one("It premieres in Japan on April 3 at 15:00 UTC on WOWOW.", title=HEADLINE)
    assert (facts.premiere_date, facts.premiere_time) == (date(2025, 4, 4), "00:00 JST")


def test_overseas_stream_time_alone_is_not_the_premiere() -> None:
    facts = one("Streaming: Mondays starting October 6 at 12:00 p.m. EDT", title=HEADLINE)
    assert facts.premiere_date is None
    assert facts.premiere_time is None


def test_vague_time_gives_no_time() -> None:
    facts = one(
        "It premiered on Fuji TV on October 3, just before 1 a.m.",
        title=HEADLINE,
        published="2025-10-20",
    )
    assert facts.premiere_date == date(2025, 10, 3)
    assert facts.premiere_time is None


def test_month_only_window_gives_a_season_and_no_date() -> None:
    facts = one("The new television anime will premiere in January 2026.", title=HEADLINE)
    assert facts.premiere_date is None
    assert facts.season == "Winter 2026"


def test_year_only_window_gives_no_season() -> None:
    assert one("The project is slated for 2026.", title=HEADLINE).season is None


def test_season_named_by_the_article_wins_over_the_premiere_month() -> None:
    text = "This fall it gets a big debut: it kicks off on September 26 on Nippon TV."
    facts = one(text, title=HEADLINE, published="2025-09-01")
    assert facts.season == "Fall 2025"


def test_staggered_stations_take_the_earliest_airing() -> None:
    text = "The anime premieres October 7 at 22:30 on Tokyo MX, followed by BS11 on October 9."
    facts = one(text, title=HEADLINE, published="2025-08-20")
    assert facts.premiere_date == date(2025, 10, 7)


def test_screenings_and_previous_seasons_are_not_the_premiere() -> None:
    text = (
        "The first episode screened in advance at a festival on June 1. "
        "The first season premiered in April 2023. "
        "The season premieres on July 3 on Tokyo MX."
    )
    facts = one(text, title="'Moonlit Ferry' Season 2 Reveals Cast", published="2025-06-01")
    assert facts.premiere_date == date(2025, 7, 3)
    assert facts.season == "Summer 2025"


def test_a_film_has_no_season() -> None:
    text = "The anime film opens in Japanese theaters on September 12."
    facts = one(text, title="Anime Film 'Moonlit Ferry' Reveals Cast", published="2025-06-01")
    assert facts.premiere_date == date(2025, 9, 12)
    assert facts.season is None


def test_a_show_the_text_calls_an_anime_film_has_no_season_despite_episodes() -> None:
    text = (
        "Moonlit Ferry Anime Film Trailer Reveals October 21 Debut\n\nThe anime film of the "
        "novel Moonlit Ferry opens on October 21. The novel's tie-in drama ran for 12 episodes."
    )
    facts = one(text, title="Moonlit Ferry Anime Film Trailer Reveals October 21 Debut")
    assert facts.premiere_date == date(2025, 10, 21) and facts.season is None


def test_a_film_the_headline_calls_a_film_has_no_season_despite_a_tv_series_in_the_body() -> None:
    text = (
        "The film will open in Japan on January 17. The 13-episode television anime series "
        "based on the manga premiered in July 2017."
    )
    headline = "Moonlit Ferry: Dawn of the Tide Film Reveals Theme Song Artists"
    facts = one(text, title=headline, published="2019-12-16")
    assert facts.title == "Moonlit Ferry: Dawn of the Tide"
    assert facts.premiere_date == date(2020, 1, 17) and facts.season is None


def test_a_month_years_before_the_article_is_the_source_works_not_the_season() -> None:
    text = (
        "The manga is getting a television anime. The author launched the manga in "
        "November 2014 and ended it in November 2019."
    )
    facts = one(text, title="Moonlit Ferry Manga Gets TV Anime", published="2023-07-09")
    assert facts.season is None and facts.premiere_date is None


@pytest.mark.parametrize(
    ("text", "season"),
    [
        ("The website revealed a new video and a July premiere.", "Summer 2025"),
        ("The sequel has been delayed until July.", "Summer 2025"),
        ("The new anime will air its first episode this coming fall.", "Fall 2025"),
        ("The teaser trailer has narrowed that window to January 2026.", "Winter 2026"),
        ("The series is heading to TV in Japan in April 2026.", "Spring 2026"),
    ],
)
def test_a_month_window_written_in_other_words_gives_the_season(text: str, season: str) -> None:
    facts = one(text, title=HEADLINE, published="2025-05-21")
    assert facts.season == season and facts.premiere_date is None


@pytest.mark.parametrize(
    "sentence",
    [
        "In a promotional video released on July 5, the staff revealed the release window.",
        "The biggest news in the new PV from July 5 was the release window.",
        "The government will ask schools to close from March 2 until the end of the month.",
        "The staff started a crowdfunding campaign for the anime, which closed on June 1.",
        "Fans are guessing at the announcement, apparently scheduled for December 27.",
        "Sentai will release the anime as a premium box set on January 29.",
    ],
)
def test_the_date_of_a_video_a_closing_or_a_campaign_is_no_premiere(sentence: str) -> None:
    text = f"{sentence} The anime will arrive in October of 2024."
    facts = one(text, title=HEADLINE, published="2024-07-07")
    assert facts.premiere_date is None and facts.season == "Fall 2024"


def test_us_stream_time_is_never_taken_for_the_japanese_airing() -> None:
    text = (
        "Crunchyroll will stream the series as it airs in Japan, starting April 3 at 11:30 a.m. PT."
    )
    facts = one(text, title=HEADLINE)
    assert facts.premiere_date is None and facts.premiere_time is None


def test_technically_before_a_late_night_time_still_moves_the_day() -> None:
    text = (
        "It premieres Saturday, April 5, at 1:30 a.m. JST (technically Friday, April 4, at 25:30)."
    )
    facts = one(text, title=HEADLINE)
    assert (facts.premiere_date, facts.premiere_time) == (date(2025, 4, 5), "01:30 JST")


def test_the_date_of_the_announcement_is_not_the_premiere() -> None:
    text = (
        "The official website revealed on March 22 that the anime will premiere on April 5 on TBS."
    )
    assert one(text, title=HEADLINE).premiere_date == date(2025, 4, 5)


def test_book_and_event_dates_are_not_the_premiere() -> None:
    text = (
        "The ninth volume will be released on March 9. A stage event is set for March 23. "
        "The anime will premiere in July."
    )
    facts = one(text, title=HEADLINE)
    assert facts.premiere_date is None
    assert facts.season == "Summer 2025"


def test_a_tv_series_that_mentions_a_film_keeps_its_season() -> None:
    text = (
        "The TV anime premieres on April 4 on TBS. The film adaptation of the manga opened in 2019."
    )
    assert one(text, title=HEADLINE).season == "Spring 2025"


def test_first_cour_of_a_new_show_is_its_own_run() -> None:
    text = "The first cour will premiere on April 4 on TBS and run for 12 episodes."
    facts = one(text, title=HEADLINE)
    assert facts.premiere_date == date(2025, 4, 4)
    assert facts.episodes_or_cours == "12 episodes"


def test_first_season_of_a_new_show_is_its_own_run() -> None:
    text = "The anime's first season will premiere on April 4 on TBS with 12 episodes."
    facts = one(text, title=HEADLINE)
    assert facts.premiere_date == date(2025, 4, 4)
    assert facts.episodes_or_cours == "12 episodes"


def test_an_advance_screening_beside_the_premiere_in_one_sentence() -> None:
    text = (
        "The anime will screen its first episode at a theater on March 22, "
        "ahead of its TV premiere on April 5 on TBS."
    )
    assert one(text, title=HEADLINE).premiere_date == date(2025, 4, 5)


def test_a_bare_date_gives_way_to_the_same_night_marked_effectively_the_next_day() -> None:
    body = (
        "The anime will premiere in Japan on October 9.\n\n"
        "It premieres on October 9 on Chukyo TV at 1:55 a.m. JST (effectively, October 10)."
    )
    facts = one(body, title="Salt Road Rangers Anime Premieres October 9", published="2025-09-10")
    assert (facts.premiere_date, facts.premiere_time) == (date(2025, 10, 10), "01:55 JST")


def test_confirmed_to_premiere_on_a_day_is_the_premiere_not_the_news() -> None:
    facts = one(
        "The long-awaited Moonlit Ferry Season 2 is confirmed to premiere on Saturday, "
        "October 7, 2023, at 11 PM JST. The website announced it on September 14, 2023.",
        title="Moonlit Ferry Season 2: Release Date and Key Visuals",
        published="2023-09-16",
    )
    assert facts.premiere_date == date(2023, 10, 7)
    assert facts.premiere_time == "23:00 JST"


def test_a_dub_named_after_the_japanese_opening_leaves_the_opening() -> None:
    facts = one(
        "The film is set to release on July 19th in Japan, and a licensor will give it a "
        "wider release in 2020 with both subtitled and dubbed screenings.",
        title="Moonlit Ferry Film Theme Song Confirmed",
        published="2019-05-25",
    )
    assert facts.premiere_date == date(2019, 7, 19)


def test_a_delayed_films_old_opening_date_is_no_premiere() -> None:
    facts = one(
        "The official website of Moonlit Ferry the Movie announced that the film's "
        "theatrical release in Japan has been pushed back from March 6. The film had first "
        "been slated to open in Japan on June 26, but it was postponed indefinitely.",
        title="Moonlit Ferry Anime Film Delayed",
        published="2020-02-27",
    )
    assert facts.premiere_date is None


def test_a_table_of_release_times_by_zone_gives_the_japanese_row() -> None:
    body = (
        "Lantern Harbor episode 1 arrives this week.\n\n"
        "The first episode will be released at these times:\n\n"
        "Pacific Daylight Time 10:15 am Wednesday July 2 Eastern Daylight Time 1:15 pm"
        " Wednesday July 2 Central European Summer Time 7:15 pm Wednesday July 2 Indian"
        " Standard Time 10:45 pm Wednesday July 2 Japanese Standard Time 2:15 am Thursday"
        " July 3 Australia Central Standard Time 2:45 am Thursday July 3"
    )
    facts = one(body, title="Lantern Harbor Episode 1 Release Date", published="2025-06-28")
    assert str(facts.premiere_date) == "2025-07-03" and facts.premiere_time == "02:15 JST"


def test_twelve_midnight_is_the_start_of_the_day() -> None:
    body = (
        "Lantern Harbor premieres on Tokyo MX on October 9 at 24:00 JST (effectively, October"
        " 10 at 12:00 midnight)."
    )
    facts = one(body, title="Lantern Harbor Premieres in October", published="2023-09-01")
    assert str(facts.premiere_date) == "2023-10-10" and facts.premiere_time == "00:00 JST"


def test_a_headlines_season_without_a_year_takes_the_datelines() -> None:
    body = (
        "The winter anime season was stacked, and with the last episodes of the winter 2023"
        " season wrapping up this week, we turn to spring.\n\n"
        "Lantern Harbor (Studio Dune) – April 1 on Paperwhale\n\n"
        "A delivery girl crosses a harbor town.\n\n"
        "Copper Orchard (Hollow Reed) – April 5 on Paperwhale\n\n"
        "A cooking comedy in an orchard.\n"
    )
    found = shows(body, title="Spring Anime Preview: The Shows to Watch", published="2023-04-01")
    assert [f.season for f in found] == ["Spring 2023", "Spring 2023"]


def test_a_stream_outside_japan_is_no_premiere() -> None:
    body = (
        "The website revealed that a second season of Lantern Harbor has been green-lit for an"
        " October 2019 television premiere. Paperwhale started streaming the show outside Japan"
        " on December 24, 2018."
    )
    facts = one(body, title="Lantern Harbor Gets a Second Season", published="2019-03-20")
    assert facts.premiere_date is None and facts.season == "Fall 2019"


def test_a_month_the_premiere_had_first_been_announced_for_is_not_its_season() -> None:
    body = (
        "Anime had first been announced for an April premiere\n\n"
        "The staff of the Lantern Harbor television anime announced that the premiere is being"
        " pushed back to July."
    )
    facts = one(body, title="Lantern Harbor Anime Delayed to July", published="2026-02-04")
    assert facts.season == "Summer 2026"


def test_an_earlier_films_opening_a_year_before_gives_way_to_the_new_ones() -> None:
    body = (
        "The 2024 Lantern film posted a new trailer. The franchise's 43rd film opens in Japan"
        " on March 1.\n\n"
        "The franchise's 42nd anime film, Lantern the Movie 2023, opened in Japan on March 3."
    )
    facts = one(body, title="2024 Lantern Film Trailer", published="2024-01-15")
    assert str(facts.premiere_date) == "2024-03-01"


def test_the_month_the_novels_began_publishing_is_not_the_anime_season() -> None:
    body = (
        "The second season of the Lantern Harbor anime has been pushed back to 2024.\n\n"
        "Paperwhale started publishing the novels in print in Japan in May 2017."
    )
    facts = one(body, title="Lantern Harbor Season 2 Delayed to 2024", published="2023-09-08")
    assert facts.season is None


def test_a_radio_show_or_special_around_the_premiere_does_not_replace_it() -> None:
    text = (
        "The anime will premiere on April 10 and will air on Tokyo MX and BS11. A special will "
        "air ahead of the anime on March 27 at 24:00 (effectively, March 28 at midnight). The "
        "official web radio program will start on April 10 at 24:00 (effectively, April 11 at "
        "midnight)."
    )
    found = one(
        text, title="Lantern Harbor Anime's 3rd Trailer Reveals Split Cours", published="2021-03-13"
    )
    assert found.premiere_date == date(2021, 4, 10)


def test_a_live_streamed_announcement_is_no_earlier_run() -> None:
    text = (
        "Earlier today the live-streamed program for Lantern Harbor announced that the anime "
        "will premiere on April 7th at 24:30 (effectively April 8th at 12:30 a.m.) on Tokyo MX "
        "and BS11. GyaO! will start streaming it on April 9th at 12:00 p.m."
    )
    found = one(text, title="Lantern Harbor Anime Gets April Premiere", published="2018-02-28")
    assert (found.premiere_date, found.premiere_time) == (date(2018, 4, 8), "00:30 JST")


@pytest.mark.parametrize(
    "distractor",
    [
        "On April 6, the film's official website said that the studio had pushed back the "
        "film's opening in Japan.",
        "That was its second delay, since it was first planned to open in Japan on January "
        "10, 2020.",
        "Many cinemas closed after the government declared a state of emergency on April 23.",
        "The film's teaser video will premiere on YouTube on Sunday, April 10 at 8:00 p.m.",
    ],
)
def test_dates_of_a_teaser_a_statement_an_old_plan_or_a_closure_are_no_premiere(
    distractor: str,
) -> None:
    text = f"The Lantern Harbor film will open on September 18. {distractor}"
    found = one(text, title="Lantern Harbor Film Opens on September 18", published="2020-03-20")
    assert found.premiere_date == date(2020, 9, 18)


def test_the_date_a_site_began_its_daily_character_reveals_is_no_premiere() -> None:
    text = (
        "On Thursday, the official website for the television anime of Lantern Rabbit "
        "revealed another character. Since June 10, the website and the official Twitter "
        "account have both been unveiling one new character and voice actor each day."
    )
    facts = one(text, title="Lantern Rabbit TV Anime Casts Rei Ono", published="2015-06-11")
    assert (facts.premiere_date, facts.season) == (None, None)


def test_a_chart_weekend_is_no_premiere_and_a_past_screening_start_keeps_its_year() -> None:
    text = (
        "Lantern Train: The Movie held at #2 in its 21st weekend. After 12 straight weeks at "
        "#1 at the box office in Japan, the film slipped to #2 over the January 9-10 weekend. "
        "Lantern Train: The Movie started screening in 38 IMAX theaters in Japan on October "
        "16, and it posted the highest opening weekend in the world."
    )
    facts = one(text, title="Lantern Train: The Movie Stays at #2", published="2021-03-08")
    assert facts.premiere_date == date(2020, 10, 16)


def test_a_sentence_about_the_manga_alone_gives_no_premiere() -> None:
    found = one(
        "The new season of the Paper Idol anime will debut in 2026.\n\n"
        "Aki Mori and Rei Ono started the manga in Weekly Lantern magazine in April 2020, "
        "and finished it on November 14.",
        title="Paper Idol Anime's 3rd Season Reveals Visual",
        published="2025-03-22",
    )
    assert (found.premiere_date, found.season) == (None, None)  # the manga's end is no airing


def test_a_sentence_about_a_live_action_film_alone_gives_no_premiere() -> None:
    found = one(
        "A website for a new Paper Crowds anime series has been opened. The series will debut "
        "in July.\n\n"
        "The franchise is also getting a live-action film adaptation starring Aoi Sato, Ken "
        "Mori, Rei Ono, and Sho Kato, which will open in Japan on August 24.",
        title="New Paper Crowds Anime Series to Debut in July",
        published="2013-04-05",
    )
    assert found.premiere_date is None  # the film's opening is no airing of the anime

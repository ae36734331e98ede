"""Layouts of real news that name several shows without headings: a dash after each
show's name, a chart headline, and facts stated under an actor's family name."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import one, shows

DASH_LIST = """Paperwhale has updated its spring dub slate after a short pause.

Lantern Harbor - After a delay, Paperwhale will release episodes 5 through 8 on May 7.

The Copper Orchard - The new series starts its weekly dub on May 13, every Wednesday.

Sundial Runners - Paperwhale launches the dub of this spring series on May 16.
"""


def test_a_dash_after_each_name_gives_each_show_its_part() -> None:
    found = shows(DASH_LIST, title="Paperwhale Dub Schedule Update", published="2025-04-30")
    assert [f.title for f in found] == ["Lantern Harbor", "The Copper Orchard", "Sundial Runners"]


def test_one_title_with_a_dash_of_its_own_is_no_list() -> None:
    text = (
        "Ember Sail - The Movie opened in 300 theaters on June 6.\n\n"
        "Ember Sail - The Movie sold 120,000 tickets in its first three days.\n"
    )
    assert len(shows(text, title="Ember Sail Film Opens at #1")) == 1


def test_verdict_lines_are_no_titles() -> None:
    text = (
        "Mika: PASS - This one does not interest me at all, sadly.\n\n"
        "Ren: PASS - Not my kind of show, so I will skip it this time.\n"
    )
    titles = [f.title for f in shows(text, title="Winter Picks", published="2025-01-02")]
    assert "Mika: PASS" not in titles and "Ren: PASS" not in titles


CHART = """The Glass Orchard anime film climbed from #7 to #6 in its fourth weekend.

The film opened in Japan on July 20 in 456 theaters, directed by Emi Sakura.

The second film of Star Relay dropped to #7 in its third weekend.
"""


def test_a_chart_headline_names_each_entry() -> None:
    found = shows(
        CHART,
        title="The Glass Orchard Climbs to #6, Star Relay Film Drops to #7",
        published="2025-08-14",
    )
    assert [f.title for f in found] == ["The Glass Orchard", "Star Relay"]
    orchard = found[0]
    assert orchard.premiere_date == date(2025, 7, 20)  # the line after the one that named it
    assert orchard.director == ("Emi Sakura",)
    assert found[1].premiere_date is None and found[1].director == ()


def test_a_family_name_takes_the_role_given_later() -> None:
    text = (
        "The cast includes Aoi Hanamura, Rina Kudo and Sota Mine.\n\n"
        "Hanamura will play the heroine Yuzu Aki. Kudo voices Mei Tono, her rival.\n"
    )
    cast = {(m.actor, m.character) for m in one(text, title="Paper Lanterns Film Cast").cast}
    assert ("Aoi Hanamura", "Yuzu Aki") in cast and ("Rina Kudo", "Mei Tono") in cast
    assert ("Sota Mine", None) in cast


def test_the_japanese_dub_is_the_anime_itself() -> None:
    text = (
        "Lumen Garden premieres on July 7 on BS Fuji.\n\n"
        "The Japanese dub of the anime stars:\n\n"
        "Jo Sakai as Hiro\n\nAya Suda as Lily\n"
    )
    cast = {(m.actor, m.character) for m in one(text, title="Lumen Garden Premieres July 7").cast}
    assert cast == {("Jo Sakai", "Hiro"), ("Aya Suda", "Lily")}


def test_a_trailer_or_a_manga_is_not_where_the_show_streams() -> None:
    text = (
        "Tide Keeper will premiere on TOKYO MX in April.\n\n"
        "An English-subtitled version of the trailer, which previews the opening song, "
        "is streaming on Crunchyroll.\n\n"
        "Netflix publishes the manga digitally in English.\n"
    )
    assert one(text, title="Tide Keeper Anime's Trailer Previews Opening").streaming == ()


def test_a_sequel_article_leaves_the_first_seasons_streamer_out() -> None:
    text = (
        "The second season of Iron Meadow will premiere in January.\n\n"
        "The first season premiered in Japan on July 3 on TOKYO MX. "
        "The anime is streaming exclusively on Disney+ worldwide.\n"
    )
    facts = one(text, title="Iron Meadow Season 2 Premieres in January", published="2025-10-01")
    assert facts.streaming == ()


SUBJECT_LED = """Here is what caught our eye for the coming months.

Glass Meadow is a quiet fantasy series about a florist who can hear flowers, animated by \
Studio Reed for an October premiere.

Iron Lullaby, the mecha anime from the director of last year's hit, has finally set its \
premiere for October 9 on TOKYO MX.

Mina Aoki (Rei), Kaito Sena (Jun) and Yuna Hori (Sara) lead its cast.

Paper Moon Diner follows two cooks at a night diner; the manga adaptation airs this fall.
"""


def test_a_list_article_gives_each_paragraph_led_by_a_show_its_own_record() -> None:
    found = shows(SUBJECT_LED, title="3 Anime to Watch This Fall", published="2025-09-01")
    assert [f.title for f in found] == ["Glass Meadow", "Iron Lullaby", "Paper Moon Diner"]
    meadow, lullaby, diner = found
    assert meadow.studios == ("Studio Reed",) and lullaby.broadcasters == ("TOKYO MX",)
    assert {m.actor for m in lullaby.cast} == {"Mina Aoki", "Kaito Sena", "Yuna Hori"}
    assert diner.broadcasters == () and meadow.cast == ()


def test_outside_a_list_article_a_paragraph_subject_opens_no_record() -> None:
    found = shows(SUBJECT_LED, title="Iron Lullaby Sets October 9 Premiere", published="2025-09-01")
    assert [f.title for f in found] == ["Iron Lullaby"]


RANKED_HEADINGS = """<p>Our staff voted on the fall season.</p>
<h2>Most Anticipated: Harbor Lights: The Long Night</h2>
<p>The sequel premieres on October 2 on TOKYO MX.</p>
<h2>Runner-up: Clockwork Orchard Part 2</h2>
<p>The second part airs from October 5 on Fuji TV.</p>
"""


def test_a_category_before_a_headings_title_is_not_part_of_it() -> None:
    found = shows(RANKED_HEADINGS, title="Most Anticipated Fall Anime", published="2025-09-01")
    assert [f.title for f in found] == ["Harbor Lights: The Long Night", "Clockwork Orchard Part 2"]


SPOTLIGHT = """<h2>Glass Meadow</h2>
<p>The florist fantasy Glass Meadow premieres this week.</p>
<h3>Characters and Cast</h3>
<h4>Aimi as Rei Hoshino</h4>
<p>The florist who hears flowers.</p>
<h3>Character Design</h3>
<h4>Yuji Oka</h4>
<h3>Sound Director</h3>
<h4>Eri Kimura</h4>
"""


def test_cast_lines_and_role_headings_are_no_shows() -> None:
    titles = [f.title for f in shows(SPOTLIGHT, title="Glass Meadow - Fall Spotlight")]
    assert titles == ["Glass Meadow"]


def test_a_headline_in_title_case_finds_the_title_the_body_writes_in_its_own_case() -> None:
    text = (
        "The panel opened with the first episode of Songs of the Deep Sea. "
        "Songs of the Deep Sea adapts Mio Tane's manga. "
        "The crowd cheered when Songs of the Deep Sea ended."
    )
    facts = one(text, title="Expo 2025: Songs Of The Deep Sea Premiere Report")
    assert facts.title == "Songs of the Deep Sea"


def test_a_company_acquiring_the_show_is_not_part_of_its_title() -> None:
    text = (
        "On Friday, a trade site reported that the distributor picked up the rights to the"
        " second season. The season premieres on April 1 on NTV."
    )
    facts = one(text, title="France's Lumen Acquires Tide Wardens Anime Season 2's Global Rights")
    assert facts.title == "Tide Wardens Season 2"


PREVIEW_HEADINGS = """<p>These are the shows we are most eager to watch this spring.</p>
<h2>Glass Meadow (Studio Reed) – April 1 on Crunchyroll</h2>
<p>A florist who hears flowers finds a talking seed.</p>
<h2>Iron Lullaby (Production I.G.) – April 5 on Disney+ Worldwide</h2>
<p>A mecha pilot sings her machine to sleep.</p>
"""


def test_a_heading_with_its_air_date_and_studio_names_the_show() -> None:
    found = shows(PREVIEW_HEADINGS, title="Spring Anime Preview", published="2025-03-20")
    assert [(f.title, f.alt_titles) for f in found] == [
        ("Glass Meadow", ()),
        ("Iron Lullaby", ()),
    ]
    assert [(f.studios, f.streaming) for f in found] == [
        (("Studio Reed",), ("Crunchyroll",)),
        (("Production I.G",), ("Disney+",)),
    ]


NEWS_ARCHIVE = """<h2>Lantern Harbor Season 2 Set for Broadcast from 2026</h2>
<p>The second season of Lantern Harbor airs from January.</p>
<h2>Copper Orchard Confirmed for TV Anime Adaptation in 2026</h2>
<p>The Copper Orchard manga by Mio Tane gets a TV anime.</p>
"""


def test_a_news_headline_used_as_a_heading_is_read_for_its_title() -> None:
    found = shows(NEWS_ARCHIVE, title="Anime News Archive: Week 48", published="2025-12-01")
    assert [f.title for f in found] == ["Lantern Harbor Season 2", "Copper Orchard"]


TURNS = """Paperwhale revealed four more titles for the summer today.

Up first is the second season of Lantern Harbor, which follows the lighthouse keepers.

Next up is Copper Orchard, which starts on July 5 in Japan.

Last is Sundial Runners, an original series with no date yet.
"""


def test_a_list_article_gives_each_show_that_takes_its_turn_a_record() -> None:
    found = shows(TURNS, title="Paperwhale Adds Three Summer 2025 Anime", published="2025-06-20")
    titles = ["Lantern Harbor Season 2", "Copper Orchard", "Sundial Runners"]
    assert [f.title for f in found] == titles


@pytest.mark.parametrize(
    ("headline", "body", "title"),
    [
        (  # the headline's reading, written in the body, beats a nickname the story repeats
            "A Paper Whale Anime Film's Video Reveals Ending Song",
            'Twin Lakes streamed a video for A Paper Whale today. The story follows Miyo "Muge"'
            " Sato. Muge loves cats. Muge hides a secret. Muge runs. Muge jumps. Muge sings.",
            "A Paper Whale",
        ),
        (  # a genre before "TV Anime", and a possessive head ("X's Cast Member ...")
            "Adventure TV Anime Lantern's Cast Member Aki Mori Also Sings Its Ending Theme",
            "Aki Mori, who voices Hideo in the TV anime of Rin Abe's Lantern manga, sings the"
            ' ending theme "Naniiro."',
            "Lantern",
        ),
        (  # a quoted title ends where its quotation does
            "‘Tide’ Anime Film Announces Trailer, Theme Song",
            "‘Tide’ Anime Film delayed to August 22\n\nThe official website for Mio Tane’s Tide"
            " anime film put out a trailer.",
            "Tide",
        ),
        (  # a title with a comma and "and", written in the body in another case
            "Mika, the Wolf and the Moon Anime Film's Trailer Previews Insert Song",
            "Kadokawa streamed a trailer for the anime film of Mio Tane's story Mika to Ookami"
            " (Mika, The Wolf and the Moon). The film opens in December.",
            "Mika, The Wolf and the Moon",
        ),
    ],
)
def test_headline_readings_of_real_outlets(headline: str, body: str, title: str) -> None:
    found = shows(body, title=headline, published="2020-10-12")
    assert [f.title for f in found] == [title]


SEQUELS = """This is the busiest season in a while.

Real quick, let us run through the notable sequels airing this season. Here goes.

- Lantern Harbor season 3 (my top pick)
- Copper Orchard part 2
- Sundial Runners season 2 (not my thing)
"""


def test_a_list_a_few_sentences_after_its_announcement_gives_its_shows() -> None:
    found = shows(SEQUELS, title="Autumn Anime 2025: Sequel Season", published="2025-10-08")
    titles = [f.title for f in found]
    for title in ("Lantern Harbor Season 3", "Copper Orchard part 2", "Sundial Runners Season 2"):
        assert title in titles


def test_a_new_original_project_with_its_title_to_come_has_no_title() -> None:
    text = (
        "Director Aki Mori (Paper Comet) and the studio Kiri are teaming up on an original"
        " television anime project. The anime's title and further details will be unveiled"
        " on September 20."
    )
    found = shows(
        text,
        title="Paper Comet Director Aki Mori, Studio Kiri Announce New Original TV Anime Project",
    )
    assert [f.title for f in found] == [None]


BOX_OFFICE = """Destiny Road, the live-action film based on Rin Abe's manga, slipped from #7 to #8.

"Karma Tide" (Umi no Go), the fourth film in the Star Relay anime project, placed #9.

Lantern Harbor: The Movie, the third film in the franchise, dropped out of the top ten.
"""


def test_a_box_office_chart_gives_each_anime_film_and_leaves_live_action_out() -> None:
    found = shows(BOX_OFFICE, title="4th Star Relay Anime Film Opens at #9 at Japanese Box Office")
    assert [f.title for f in found] == ["Karma Tide", "Lantern Harbor: The Movie"]


def test_a_heading_that_names_its_kind_before_a_quoted_title() -> None:
    text = """<p>Three films to see this year.</p>
<h2>Movie “Glass Meadow”</h2><p>A florist film from Studio Reed opens in July.</p>
<h2>Movie “Iron Lullaby”</h2><p>The mecha film opens in November.</p>
"""
    found = shows(text, title="3 Anime Movies to See This Year", published="2025-01-10")
    assert [f.title for f in found] == ["Glass Meadow", "Iron Lullaby"]


@pytest.mark.parametrize(
    ("headline", "body", "title"),
    [
        (
            "Lantern the Animation's 5th Promo Video Streamed",
            "On Friday, the teaser site for Lantern The Animation streamed its fifth video.",
            "Lantern The Animation",
        ),
        (
            "Paperwhale Adds ‘Tide Wardens’ For Fall 2025 Anime Lineup",
            "Paperwhale adds Tide Wardens to its fall lineup. Tide Wardens starts in October.",
            "Tide Wardens",
        ),
    ],
)
def test_titles_ending_in_the_animation_and_quoted_after_a_company(
    headline: str, body: str, title: str
) -> None:
    assert [f.title for f in shows(body, title=headline, published="2025-09-16")] == [title]


def test_a_round_up_of_second_seasons_numbers_its_shows() -> None:
    text = """<p>Spring was great, and plenty of its shows have announced more.</p>
<h2>Glass Meadow</h2><p>The florist fantasy returns next year.</p>
<h2>Iron Lullaby Season 3</h2><p>Already on its third outing.</p>
<h2>Copper Orchard</h2><p>The cooking comedy comes back in the fall.</p>
"""
    found = shows(text, title="These Spring Anime Are Getting Second Seasons")
    assert [f.title for f in found] == [
        "Glass Meadow Season 2",
        "Iron Lullaby Season 3",
        "Copper Orchard Season 2",
    ]


SCHEDULE_AND_CAST = """The website of the TV anime Lantern Harbor has posted its premiere schedule.

Premiere schedule:

July 4: Tokyo MX (24:00-), Gunma TV (24:00-),

TV Saitama (24:30-), MBS (25:58-), BS11 (24:00-)

July 8: CBC (27:01-)

Lantern Harbor is an original anime by Paperwhale Pictures. Mina Sorano directs it.

Main voice cast:

Yuto Kaneshiro: Daichi Arakawa (Ren in Copper Orchard)

Saki Hoshimura: Emi Tachibana (Aoi in Glass Meadow)

Kenta: Emi Tachibana
"""


def test_lines_of_a_schedule_or_cast_list_are_no_show_headings() -> None:
    found = shows(SCHEDULE_AND_CAST, title='TV Anime "Lantern Harbor" to Premiere on July 4')
    assert [f.title for f in found] == ["Lantern Harbor"]
    assert "TV Saitama" in found[0].broadcasters and "CBC" in found[0].broadcasters
    cast = {(c.character, c.actor) for c in found[0].cast}
    assert ("Yuto Kaneshiro", "Daichi Arakawa") in cast and ("Kenta", "Emi Tachibana") in cast


BOX_OFFICE_LINES = "\n".join(
    [
        "Lantern Harbor drops to #7, Copper Orchard at #11",
        (
            "Eiga Glass Meadow Jam: Tide Gakuen Y - Neko wa Hero ni Nareru ka (Glass Meadow "
            "Jam the Movie: Can a Cat be a Hero?), the franchise's sixth film, placed #4 in "
            "its opening weekend. It opened last Friday on 347 screens."
        ),
        (
            "The story of the new film takes place at a school for heroes, where the friends "
            "tackle the mysteries of the campus one by one."
        ),
        (
            "Destiny - Salt Road Monogatari, the live-action film based on a manga, slipped "
            "from #7 to #8 in its eighth weekend at the Japanese box office."
        ),
        (
            "Kidō Senshi Iron Petal: Senkō no Tide - Circe no Umi , the second film of the "
            "Iron Petal anime project, fell from #1 to #2 in its second weekend at the box "
            "office."
        ),
        "",
    ]
)


def test_a_box_office_report_reads_each_films_whole_title_and_skips_live_action() -> None:
    titles = [
        f.title
        for f in shows(
            BOX_OFFICE_LINES, title="6th Glass Meadow Film Opens at #4, Iron Petal Film at #2"
        )
    ]
    assert "Eiga Glass Meadow Jam: Tide Gakuen Y - Neko wa Hero ni Nareru ka" in titles
    assert "Kidō Senshi Iron Petal: Senkō no Tide - Circe no Umi" in titles
    assert not any(t and t.startswith("Destiny") for t in titles)


def test_one_shows_quoted_names_and_its_magazine_make_no_digest() -> None:
    text = (
        'The tale of two tiny girls starts in the fantasy anime series "Tide to Lantern (Tide'
        ' and Lantern)," and more news has been released.\n'
        "Tide and Lantern are fairies only 9 centimeters tall who live inside a tree.\n"
        'The series, also known as "Tide and Lantern: Tiny Life in the Woods," is based on'
        " the manga by Aki Mori.\n"
        'The seinen manga magazine "Harbor!" launched the series in 2011, and its anime'
        " premieres in January.\n"
    )
    titles = [f.title for f in shows(text, title="'Tide to Lantern' Latest News: Premiere Dates")]
    assert titles == ["Tide to Lantern"]


def test_a_headline_listing_films_keeps_those_a_cut_page_lost() -> None:
    text = (
        "The film adaptation of Rin Abe's Lantern Harbor. -Hatsukoi- manga sold 143,000"
        " tickets over its opening weekend.\n\n"
        "Copper Orchard fell from #3 to #5 in its third weekend."
    )
    found = shows(text, title="Lantern Harbor, Copper Orchard, Iron Petal, Glass Meadow Films Open")
    titles = [f.title for f in found]
    assert {"Copper Orchard", "Iron Petal", "Glass Meadow"} <= set(titles), titles
    assert any(t and t.startswith("Lantern Harbor") for t in titles)


def test_a_cut_lists_one_entry_under_its_category_heading_is_a_show() -> None:
    text = (
        "<p>Paperwhale has revealed its full slate of fall anime, including Lantern Harbor.</p>"
        "<p>See the full list of new and returning titles below:</p>"
        "<h2>NEW TO PAPERWHALE FALL 2021</h2>"
        "<p><strong>The Copper Story</strong> – After their leader sees her powers, a young"
        " orphan is taken in by a powerful clan.</p>"
    )
    titles = [f.title for f in shows(text, title="Paperwhale Fall 2021 Anime Lineup")]
    assert "The Copper Story" in titles


def test_a_chart_paragraph_led_by_the_films_director_gives_no_show_named_after_him() -> None:
    body = (
        "Eiga Star Relay: Nobita to Sora no Kuni (Star Relay the Movie 2023), the 42nd film of"
        " the Star Relay franchise, sold 300,000 tickets in its opening weekend.\n\n"
        "The film opened in Japan last Friday.\n\n"
        "Takumi Dōyama (Genbanojō, Star Relay episodes) directed the film. Ryota Kosawa"
        " (Great Pretender) penned the script.\n\n"
        "The live-action film of Aki Mori's Glass Road manga came in at #2 in its opening"
        " weekend.\n\nTakehiko Shinjō directed the film from a script by Haruka Ōkita."
    )
    headline = "Star Relay 2023 Film Opens at #1, 'Glass Road' at #2"
    found = shows(body, title=headline, published="2023-03-07")
    assert [f.title for f in found] == ["Eiga Star Relay: Nobita to Sora no Kuni"]


def test_a_show_whose_name_reads_like_a_persons_stays_a_show() -> None:
    body = "Kemono Jihen premieres in January on Tokyo MX. Aki Mori is directing the anime."
    facts = one(body, title="Kemono Jihen Anime Reveals January Premiere", published="2025-10-02")
    assert facts.title == "Kemono Jihen"
    assert facts.director == ("Aki Mori",)


def test_title_lines_over_field_lines_are_the_shows_headings() -> None:
    body = (
        "In under a month, the first shows of the summer season start rolling out.\n\n"
        "Moss Principal - Summer Anime Season 2017\n\n"
        "Genres: Action, Adventure | Premiere: July 7 | Studio: Studio Reed\n\n"
        "With its 19th-century setting, the show carries a spy thriller's feel.\n\n"
        "GLASS REFLECTION - Summer Anime Season 2017\n\n"
        "Genres: Action, Super Power | Premiere: July 22 | Studio: Moss Animation\n\n"
        "The series is a famous comic writer's creation."
    )
    found = shows(body, title="Summer Anime Season 2017", published="2017-06-20")
    assert [(f.title, f.studios) for f in found] == [
        ("Moss Principal", ("Studio Reed",)),
        ("GLASS REFLECTION", ("Moss Animation",)),
    ]


def test_a_paragraph_led_by_the_future_director_gives_no_show_named_after_him() -> None:
    body = (
        "Moss Productions has revealed how many episodes the 2019 anime adaptation of Aki "
        "Mori's Paper Lantern series will have. The anime series will air 24 episodes.\n\n"
        "Paper Lantern's official account announced that the show will begin its new chapter "
        "on April 8 with a new opening theme song.\n\n"
        "Paper Lantern is the second anime series based on the manga.\n\n"
        "Kazuki Furuya, who previously worked on anime shows such as Paper Arrest and "
        "Glass X, will direct the series, and scriptwriter Rei Ono handled the series "
        "composition.\n\n"
        "Mika Sato, animation director of Iron Harbor, handled the character designs.\n\n"
        "Takao Yoshi (Glass Lied) is handling the series composition, and Keiko Kuro is the "
        "character designer."
    )
    headline = "Total Episode Count for Paper Lantern 2019 Anime Adaptation Revealed"
    found = shows(body, title=headline)
    assert [f.title for f in found] == ["Paper Lantern"]


def test_a_native_title_line_under_a_shows_heading_does_not_replace_it() -> None:
    body = (
        "<p>The titles in this preview were chosen by each writer.</p>"
        "<h3>Moss Titan Final Season Part 2</h3>"
        "<p><em>Koke no Kyojin: The Final Season Part 2 | 苔の巨人</em></p>"
        "<p><strong>Source:</strong> Manga<br><strong>Animation Company:</strong> Reed<br>"
        "<strong>Premiere:</strong> January 10, 2022 (JST)</p>"
        "<h3>Glass Orchard</h3>"
        "<p><em>Garasu no Kajuen | ガラスの果樹園</em></p>"
        "<p><strong>Source:</strong> Light Novel<br><strong>Animation Company:</strong> Kite<br>"
        "<strong>Premiere:</strong> January 12, 2022 (JST)</p>"
    )
    found = shows(body, title="Winter Anime 2022 Season Preview", published="2021-12-20")
    assert [f.title for f in found] == ["Moss Titan Final Season Part 2", "Glass Orchard"]


def test_a_credit_line_or_a_line_of_links_set_as_a_heading_is_no_show() -> None:
    body = (
        "<p>This spring has a few interesting shows.</p>"
        "<h3>Moss Alchemist</h3><ul><li>Studio: Studio Reed</li></ul>"
        "<h3>AniDB, ANN, Official, Forum</h3><ul><li>Directed by Ken Oda</li></ul>"
        "<h3>Series Composition by Aki Mori (Paper Comet)</h3><p>The brothers return.</p>"
        "<h3>Glass Harbor</h3><p>A new fantasy from Studio Dune premieres in April.</p>"
    )
    found = shows(body, title="Spring '09 Previews", published="2009-03-20")
    assert [f.title for f in found] == ["Moss Alchemist", "Glass Harbor"]


def test_a_critics_name_over_their_column_is_no_show() -> None:
    body = (
        "<p>by The Editorial Team,</p><p>Our critics have singled out the premieres they"
        " look forward to most.</p><h3>Theron Mori</h3><p>The winter season gave me plenty"
        " to watch. Still, the one title that excites me is Lantern Panic.</p>"
        "<h3>Rebecca Ueda</h3><p>Every season I pin my hopes on a manga I love.</p>"
        "<h3>Lucas DeMori</h3><p>There is no such thing as too many girlfriends.</p>"
    )
    found = shows(body, title="Our Most Anticipated Anime of Spring 2018", published="2018-03-30")
    assert not {"Theron Mori", "Rebecca Ueda", "Lucas DeMori"} & {f.title for f in found}


def test_a_numbered_lists_first_line_set_as_a_heading_stays_in_the_list() -> None:
    body = (
        "Here is the remainder of the list, with each show's premiere date:\n\n"
        "2. Moss Road (July 1)\n\n3. Glass Harbor: The Second Plate (July 2)\n"
        "4. Lantern Rabbit (July 2)\n5. Paper Comet (July 11)"
    )
    found = shows(body, title="10 Most Anticipated Summer TV Anime Listed", published="2016-06-20")
    assert [f.title for f in found][:2] == ["Moss Road", "Glass Harbor: The Second Plate"]


def test_plain_text_headings_with_an_abbreviation_or_a_spoken_line_under_them() -> None:
    body = (
        "The Summer 2015 anime season is nearly over, and as October arrives some series come "
        "back for the new Fall 2015 season. Here are our picks:\n\n"
        "1. Lantern Harbor: Junior High\n\n"
        "No, this is not the season 2 many people want, but it is the lovable spin-off.\n\n"
        "2. Dr. Moss: New World Part 2\n\n"
        "Another sequel on our list is Dr. Moss: New World Part 2, scheduled for October 12.\n\n"
        "3. Paper Comet (2015)\n\n"
        "Come on, it's Paper Comet, that's reason enough!\n\n"
        "4. Glass Suit: Iron-Blooded Orphans\n\n"
        "The newest entry in the ever-growing Glass franchise."
    )
    found = shows(body, title="7 Familiar Anime Returning This Fall", published="2015-09-20")
    assert [(f.title, f.season) for f in found] == [
        ("Lantern Harbor: Junior High", "Fall 2015"),
        ("Dr. Moss: New World Part 2", "Fall 2015"),
        ("Paper Comet (2015)", "Fall 2015"),  # the year as written; "Paper Comet" its alt
        ("Glass Suit: Iron-Blooded Orphans", "Fall 2015"),
    ]
    assert "Paper Comet" in found[2].alt_titles

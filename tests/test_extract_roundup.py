"""Round-up articles become one show per heading; other works are not attributed."""

from __future__ import annotations

from datetime import date

from extract_helpers import shows

ROUNDUP = """<p>Winter is busy. Here are three shows to watch.</p>
<p><strong>Also read:</strong> <a href="/x">The Best Anime of 2024</a></p>
<h2>Paper Comet Season 2</h2>
<p>The underdog mystery comedy returns on January 8 at 24:00 on TV Asahi, with Studio Kiri back
on animation duties. HIDIVE has the simulcast.</p>
<h2>The Clock Shepherd 2nd Season</h2>
<p>Pebble Line's steampunk adventure starts January 11 on Fuji TV, and Prime Video streams it.</p>
<h2>Bakery Wolf</h2>
<figure><img src="x.jpg"/><figcaption>©Bakery Wolf Committee</figcaption></figure>
<p>This cooking comedy begins January 5 on ABC TV.
Moss Animation is adapting Ritsu Kano's manga.</p>
<div class="sharedaddy"><h3>Share this:</h3><ul><li>Facebook</li><li>X</li></ul></div>
"""


def test_each_heading_gives_one_show() -> None:
    found = shows(ROUNDUP, title="3 Winter 2025 Shows", published="2024-12-27")
    assert [f.title for f in found] == [
        "Paper Comet Season 2",
        "The Clock Shepherd Season 2",
        "Bakery Wolf",
    ]


def test_facts_stay_with_their_own_show() -> None:
    comet, shepherd, wolf = shows(ROUNDUP, title="3 Winter 2025 Shows", published="2024-12-27")
    assert (comet.premiere_date, comet.premiere_time) == (date(2025, 1, 9), "00:00 JST")
    assert comet.streaming == ("HIDIVE",) and comet.studios == ("Studio Kiri",)
    assert shepherd.studios == ("Pebble Line",) and shepherd.streaming == ("Prime Video",)
    assert shepherd.genres == ("steampunk", "adventure")
    assert wolf.broadcasters == ("ABC TV",) and wolf.original_creator == ("Ritsu Kano",)
    assert wolf.source_material == "manga"


def test_round_up_theme_counts_for_every_show() -> None:
    text = (
        "<p>Every new one this July.</p><h2>Moat Dragon</h2><p>A comedy.</p>"
        "<h2>Ramen Villainess</h2><p>A drama show.</p>"
    )
    found = shows(text, title="Every New Isekai Anime of Summer 2025", published="2025-06-24")
    assert all("isekai" in f.genres for f in found)
    assert all(f.season == "Summer 2025" for f in found)


def test_numbered_text_headings() -> None:
    text = (
        "My picks.\n\n1. Glass Owl\n\nAn original anime. It starts April 4 on NHK.\n\n"
        "2. Iron Tea (Tetsu no Cha)\n\nIt airs April 8 at 24:30 on Tokyo MX."
    )
    owl, tea = shows(text, title="Spring 2025 Preview", published="2025-03-28")
    assert owl.title == "Glass Owl" and owl.source_material == "original"
    assert tea.title == "Iron Tea" and tea.alt_titles == ("Tetsu no Cha",)
    assert (tea.premiere_date, tea.premiere_time) == (date(2025, 4, 9), "00:30 JST")


def test_closing_sections_are_not_shows() -> None:
    text = (
        "<h2>Glass Owl (2026)</h2><p>It starts April 6 on NHK.</p>"
        "<h2>Iron Tea</h2><p>It starts April 9 on TBS.</p>"
        "<h2>Honorable Mentions</h2><p>Paper Comet is fun too.</p>"
    )
    found = shows(text, title="Two Spring Picks", published="2026-03-20")
    assert [f.title for f in found] == ["Glass Owl (2026)", "Iron Tea"]  # the year as written
    assert found[0].alt_titles == ("Glass Owl",)  # the year is no name of its own


def test_sections_named_after_the_show_do_not_make_a_round_up() -> None:
    text = (
        "<p>Glass Owl premieres April 6 on NHK.</p><h2>Glass Owl Cast</h2>"
        "<ul><li>Mei Sora as Owl</li></ul>"
        "<h2>Glass Owl Staff</h2><ul><li>Director: Jun Sato</li></ul>"
    )
    found = shows(text, title="Glass Owl Anime Reveals Cast", published="2026-03-20")
    assert [f.title for f in found] == ["Glass Owl"]
    assert found[0].director == ("Jun Sato",)


def test_long_light_novel_titles_are_headings_too() -> None:
    text = (
        "<h3>The Too-Careful Saint: Tossed Aside by My Fiancé and Sold to Another Kingdom</h3>"
        "<p><strong>Studio:</strong> Studio Kiri<br/><strong>Premiere:</strong> April 3</p>"
        "<h3>Glass Owl</h3><p><strong>Premiere:</strong> July 2025</p>"
    )
    saint, owl = shows(text, title="Picks of the Year", published="2025-03-30")
    assert saint.title.startswith("The Too-Careful Saint") and saint.studios == ("Studio Kiri",)
    assert owl.season == "Summer 2025" and owl.premiere_date is None


def test_only_a_lineup_introduction_lends_its_service() -> None:
    intro = "<p>Netflix had a great year. Here is what airs next.</p>"
    heads = (
        "<h2>Glass Owl</h2><p>It starts April 6 on NHK.</p><h2>Iron Tea</h2><p>April 9 on TBS.</p>"
    )
    assert all(f.streaming == () for f in shows(intro + heads, title="Two Spring Picks"))
    lineup = "<p>Here's what's coming to Crunchyroll this spring.</p>"
    assert all(f.streaming == ("Crunchyroll",) for f in shows(lineup + heads, title="Two Picks"))


def test_back_catalogue_and_publishers_are_not_attributed() -> None:
    text = (
        "<p>Moon Media will stream <em>Glass Owl</em> on Lumen+ from April 6.</p>"
        "<h3>About Moon Media</h3><p>Moon Media's catalog includes Pale Harbor (2019), which "
        "Studio Kiri animated and Netflix streams.</p>"
        "<p>Kodansha USA publishes the Glass Owl manga in English.</p>"
    )
    facts = shows(text, title="Moon Media to Stream 'Glass Owl' Anime", published="2026-03-01")[0]
    assert facts.title == "Glass Owl"
    assert facts.studios == () and facts.streaming == ("Lumen+",)
    assert facts.original_creator == ()


def test_a_heading_with_an_ampersand_names_a_show() -> None:
    text = (
        "<p>More shows this spring.</p><h3>Bamboo Thief</h3><p>Premieres April 6.</p>"
        "<h3>Rust & Bloom</h3><p>Premieres April 9.</p>"
    )
    found = shows(text, title="Spring Simulcast Lineup, Part 2", published="2025-03-20")
    assert [f.title for f in found] == ["Bamboo Thief", "Rust & Bloom"]


def test_hash_numbered_headings_lose_their_numbers() -> None:
    text = (
        "<p>Robots are back.</p><h2>#1 Steel Heron</h2><p>Premieres October 4 on MBS.</p>"
        "<h2>#2 Rust Orbit</h2><p>Premieres October 17.</p>"
    )
    found = shows(text, title="The 2 Most Anticipated Mecha Anime", published="2025-09-10")
    assert [f.title for f in found] == ["Steel Heron", "Rust Orbit"]


def test_studio_in_a_headings_parentheses_is_the_studio_not_an_alt_title() -> None:
    text = (
        "<h3>Coral Crown (Studio Reef)</h3><p>Premieres July 3. A mermaid romance.</p>"
        "<h3>Thunder Kitchen (Bolt Animation)</h3><p>Premieres July 6.</p>"
    )
    coral, thunder = shows(text, title="Summer Anime Guide", published="2025-06-20")
    assert (coral.title, coral.alt_titles, coral.studios) == ("Coral Crown", (), ("Studio Reef",))
    assert thunder.studios == ("Bolt Animation",)
    assert coral.genres == ("romance",)


NEWS_ARCHIVE = """Anime News Archive: Nov 13-19, 2023

Anime News Archive

Here are the anime news items of the week.

Sequel to Paper Moon Relay Announced

Paper Moon Relay encore, a sequel to Paper Moon Relay, has been confirmed for 2024.

Lantern Harbor (Season 2) Set for July 2024 Broadcast

The second season of Lantern Harbor is now scheduled to air in July 2024 on Tokyo MX.

Salt Road Rangers 10th Anniversary Festival Confirmed

Salt Road Rangers ended in November, and a live festival will be held on January 27.

Iron Petal Pop-up Store to Open for a Limited Time

A pop-up store for the anime Iron Petal will open at six stores on December 1.
"""


def test_a_news_archive_gives_the_show_news_and_not_its_events_and_shops() -> None:
    found = shows(NEWS_ARCHIVE, title="Anime News Archive: Nov 13-19, 2023")
    assert [f.title for f in found] == ["Paper Moon Relay encore", "Lantern Harbor Season 2"]


def test_a_news_headline_heading_gives_the_show_its_text_names() -> None:
    body = (
        "<h3>Paper Moon Relay Anime to Get a Second Season in October</h3>"
        "<p>The Paper Moon Relay anime gets a second season. It premieres on October 7.</p>"
        "<h3>Adult Swim to Re-Air an Episode of Lantern Harbor After Error</h3>"
        "<p>The block will re-air the sixth episode of Lantern Harbor on March 23."
        " Lantern Harbor premiered on February 9.</p>"
    )
    found = shows(body, title="Anime News Briefs")
    assert [f.title for f in found] == ["Paper Moon Relay Season 2", "Lantern Harbor"]


def test_an_image_caption_under_a_show_heading_is_no_show() -> None:
    body = (
        "<p>Spring brings many returning anime.</p>"
        "<h2>Paper Moon Relay (Season 3)</h2><h3>Mina and Taku from Paper Moon Relay</h3>"
        "<p>The popular rom-com Paper Moon Relay returns in April.</p>"
        "<h2>Lantern Harbor (Season 2)</h2><h3>lantern harbor</h3>"
        "<p>Lantern Harbor, the slice-of-life anime, returns in April too.</p>"
    )
    found = [f.title for f in shows(body, title="The Most Anticipated Anime of Spring 2022")]
    assert found == ["Paper Moon Relay Season 3", "Lantern Harbor Season 2"]


def test_a_cut_pages_last_show_heading_is_a_show() -> None:
    body = (
        "<p>These are the must-watch series of the spring.</p>"
        "<h3>Paper Moon Relay (Studio Dune) – April 1 on Crunchyroll</h3>"
        "<p>Synopsis: A relay runner races the moon across the desert.</p>"
        "<h3>Lantern Harbor (Lapis Frame) – April 1 on Disney+ Worldwide</h3>"
    )
    found = shows(body, title="Spring Anime Preview: The 14 must watch series")
    assert [f.title for f in found] == ["Paper Moon Relay", "Lantern Harbor"]
    assert found[1].streaming == ("Disney+",)


def test_news_item_headlines_that_name_the_show_after_their_verb() -> None:
    text = (
        "Two More Cast Members Announced for the Lantern Harbor Anime\n\n"
        "Two more voice actors have joined the cast of the Lantern Harbor anime. Mai Oda is"
        " Kaibara.\n\n"
        "Salt Road Creative Team Unveils Copper Orchard Original Anime Film\n\n"
        "The team behind Salt Road revealed Copper Orchard, an original anime film opening in"
        " the fall.\n"
    )
    titles = [f.title for f in shows(text, title="Anime News Briefs", published="2019-03-20")]
    assert titles == ["Lantern Harbor", "Copper Orchard"]


def test_a_picks_heading_with_its_premiere_in_parentheses_names_its_show() -> None:
    text = (
        "With the spring season about to begin, our critic shares his top three picks.\n\n"
        "1. Lantern Harbor (premiers April 10)\n\n"
        "Sitting at the top of the list is Lantern Harbor, a new original anime from Studio"
        " Dune. Lantern Harbor is set on Mars.\n"
    )
    found = shows(text, title="Our Critic Gives You the Three Must-Watch Anime of Spring")
    assert [f.title for f in found] == ["Lantern Harbor"]


def test_a_cut_digests_last_news_headline_still_names_its_show() -> None:
    text = (
        "Glass Meadow Anime to Get a Second Season in October\n\n"
        "The website for the Glass Meadow anime revealed a second season.\n\n"
        "Two More Cast Members Announced for the Lantern Harbor Anime\n\n"
        "Two more voice actors have joined the cast of the Lantern Harbor anime.\n\n"
        "Salt Road Creative Team Unveils Copper Orchard Original Anime Film\n"
    )
    titles = [f.title for f in shows(text, title="Anime News Briefs", published="2019-03-20")]
    assert titles == ["Glass Meadow Season 2", "Lantern Harbor", "Copper Orchard"]


def test_a_digest_names_each_items_show_by_its_cue_words() -> None:
    body = (
        "Happy Sunday, everyone, and welcome to a brand-new weekly digest!\n\n"
        "Time to ship out to bigger screens! Word came out at a fan event that Glass Fleet is "
        "getting an anime movie from Studio Kite.\n\n"
        "It's FourSquare with aliens! The upcoming Lantern anime revealed its first staff "
        "members. Aki Mori has been picked to direct the project at Craftar.\n\n"
        "How bad? So bad. The Paper Comet! anime series announced two new cast members: Rei "
        "Ono and Mika Sato will play Riko and Erena, respectively.\n\n"
        "Plus Ultra! A fresh trailer for Moss Harbor THE MOVIE: Futari no Umi went up online."
    )
    found = shows(body, title="Weekly Digest 153: Back from the Con")
    assert [f.title for f in found] == [
        "Glass Fleet",
        "Lantern",
        "Paper Comet!",
        "Moss Harbor THE MOVIE: Futari no Umi",
    ]
    assert found[1].director == ("Aki Mori",)


def test_a_news_heading_x_to_do_something_names_x() -> None:
    body = (
        "<p>Lantern Bites – Glass Witch &amp; Paper Moon Crystal</p>"
        "<h3>Glass Witch to fly towards us in April</h3>"
        "<p>It seems April will be the month when the anime adaptation of the Glass Witch "
        "manga shows up. Aki Mori is directing the anime at Studio Kite.</p>"
        "<h3>Paper Moon Crystal Season 3 premieres in April</h3>"
        "<p>The third season of Paper Moon Crystal premieres on April 4 on Tokyo MX.</p>"
        "<h3>Something to fill the void after winter</h3>"
        "<p>One more comedy to look forward to every Saturday.</p>"
    )
    found = shows(body, title="Glass Witch and Paper Moon Crystal News")
    assert [(f.title, f.director) for f in found][:2] == [
        ("Glass Witch", ("Aki Mori",)),
        ("Paper Moon Crystal Season 3", ()),
    ]
    assert "Something" not in [f.title for f in found]


def test_a_preview_blog_s_score_and_notable_staff_lines_are_no_shows() -> None:
    body = (
        "Spring has arrived, so it is time for one more season preview with the usual crew.\n\n"
        "Lantern Triage\n\n"
        "Studio: Moss Works\n\n"
        "Notable Staff: Rei Kagami (Director: Glass Bell, Paper Sky)\n\n"
        "Genres: Action, Comedy\n\n"
        "The nurses of a city hospital fight illness by day and crime by night, and this "
        "one is packed with comic action from start to finish.\n\n"
        "Anticipation Level: 2/10\n\n"
        "Harbor Lights\n\n"
        "Studio: Kite\n\n"
        "A quiet drama about a lighthouse keeper and the town that forgot him, told across "
        "one long winter.\n\n"
        "Anticipation Level: 7/10"
    )
    found = shows(body, title="Spring 2015 Season Preview", published="2015-03-17")
    assert [(f.title, f.studios) for f in found] == [
        ("Lantern Triage", ("Moss Works",)),
        ("Harbor Lights", ("Kite",)),
    ]


def test_a_tier_list_preview_reads_title_studio_and_chief_director_from_one_line() -> None:
    body = (
        "One more season, one more glut of TV series. Below I go through the shows whose "
        "staff looked interesting enough to justify a first episode, ranked by anticipation.\n\n"
        "TIER 1 – Definitely keeping up\n\n"
        "Lantern Lily (Studio Kite) – chief dir. Rei Kagami\n"
        "By now you know the drill: mind-bending camera work, unhinged color scripts and "
        "filters, and a newly patented hair style, all of it on display again this winter."
    )
    found = shows(body, title="Winter 2025 Seasonals Preview – Anime I'm looking forward to")
    assert [(f.title, f.studios, f.director) for f in found] == [
        ("Lantern Lily", ("Studio Kite",), ("Rei Kagami",))
    ]


def test_a_blog_list_with_a_byline_and_image_source_lines_names_each_show() -> None:
    body = (
        "Author: Rei Ono Published: December 24th, 2017\n"
        "It looks as if 2018 will be the year of sequels, and this article goes through the "
        "list of upcoming sequels for next season.\n"
        "On to the list, then:\n"
        "Lantern Sins: Revival of the Lamps (Pictured above)\n"
        "Adapted from one of the most popular manga around, the series has drawn a lot of "
        "interest in the West, and after a long wait the real second season is finally here.\n"
        "Source: Image: Promotional visual Official Website\n"
        "Paper/Extra Last Encore\n"
        "The Paper series is best described as a sprawling franchise with an almost unbroken "
        "run for years now, and it keeps building interest abroad with each new entry."
    )
    found = shows(body, title="Sequels Everywhere", published="2017-12-24")
    assert [(f.title, f.original_creator) for f in found] == [
        ("Lantern Sins: Revival of the Lamps", ()),
        ("Paper/Extra Last Encore", ()),
    ]


def test_digest_item_headings_with_sees_and_added_to_name_their_shows() -> None:
    body = (
        "News of the Day\n\n"
        "Lantern Mädchen Finale Sees Further Delays\n\n"
        "The final episode of Lantern Mädchen has been delayed again, the anime's website "
        "said on Thursday, and it will now air in June on Tokyo MX.\n\n"
        "Paper Comet Film Added to Hulu\n\n"
        "Hulu added the Paper Comet film to its catalogue in Japan this week, with the TV "
        "series to follow it next month."
    )
    titles = [
        f.title for f in shows(body, title="News of the Day (24/05/18)", published="2018-05-24")
    ]
    assert titles == ["Lantern Mädchen", "Paper Comet"]


def test_a_theme_song_list_heading_names_the_show_after_the_quoted_song() -> None:
    body = (
        "Here are our favorite theme songs from this fall's lineup.\n\n"
        '"KICK BOX" Lantern Man\n\n'
        'Are you tired of Lantern Man yet? Debuting at number one, "KICK BOX" by Rei Ono '
        "nails the manga's style from its first strummed chord.\n\n"
        '"AIUE" Paper Yatsura\n\n'
        'Paper Yatsura invaded our screens in October, and "AIUE" by Aki Mori opens it with '
        "a bright, bouncy hook."
    )
    found = shows(body, title="5 Best Anime Theme Songs of the Fall 2022 Season")
    assert [f.title for f in found] == ["Lantern Man", "Paper Yatsura"]


def test_a_preview_blogs_hype_level_and_links_lines_are_no_shows() -> None:
    body = (
        "Another season, another preview from the team.\n\n"
        "Lantern Camp\n\n"
        "Hype Level: Somewhat High\n\n"
        "Links: MyAnimeList, PV\n\n"
        "Girls camping in the mountains again, with the same cosy mood as the first season "
        "and a new character joining the club.\n\n"
        "Paper Pedal\n\n"
        "Hype Level: Low\n\n"
        "The cycling anime returns for another long run of races through the winter."
    )
    titles = [
        f.title for f in shows(body, title="Winter 2018 Season Preview", published="2017-12-28")
    ]
    assert titles == ["Lantern Camp", "Paper Pedal"]


def test_digest_headings_with_will_be_and_a_sequel_movie_name_their_shows() -> None:
    body = (
        "This Week in Anime\n\n"
        "Lantern on Titan Will be Adapting the Uprising Arc\n\n"
        "The third season of the Lantern on Titan anime will adapt the Uprising arc, the "
        "studio confirmed at its stage event this weekend.\n\n"
        "Paper Magica Sequel Movie Announced\n\n"
        "A new Paper Magica film continuing the story of the first one is in the works, its "
        "staff said on Sunday."
    )
    titles = [
        f.title for f in shows(body, title="This Week in Anime 11/2/17", published="2017-11-02")
    ]
    assert titles == ["Lantern on Titan Season 3", "Paper Magica"]


def test_image_captions_that_write_the_headlines_show_make_no_round_up() -> None:
    body = (
        "The Lantern Neverland, one of 2019's best new anime, is officially getting a second "
        "season.\n\n"
        "Emma Lantern Neverland\n\n"
        "One of the hit series of the winter season, The Lantern Neverland, has had a second "
        "season announced after the rousing success of its first.\n\n"
        "Lantern Neverland Key Art Emma Norman and Ray\n\n"
        "On top of that, The Lantern Neverland is coming to Toonami in April, where the "
        "series will air alongside other anime shows such as Paper Art Online: Alicization, "
        "My Moss Academia, and Attack on Kite."
    )
    found = shows(body, title="The Lantern Neverland Season 2 Announced", published="2019-03-29")
    assert [f.title for f in found] == ["The Lantern Neverland Season 2"]


def test_a_digest_headed_etc_reads_each_paragraph_the_show_it_leads_with() -> None:
    body = (
        "A long weekend leaves a pile of news behind it. To start with, the Lantern! Movie "
        "comes to theaters on December 3, 2011. That's spelled with one exclamation point.\n\n"
        "Shinryaku! Mossmusume, the popular manga series that was animated last year, is "
        "returning for a second season. More details will come later.\n\n"
        "Kitezemi, which is being animated as an OAD right now, will get a TV anime series "
        "beginning on April 2. The cast stays the same as the OAD's.\n\n"
        "Last of all, Paper To will be animated. It's a popular light novel series about a "
        "boy and his local supermarket."
    )
    found = shows(
        body, title="Long Weekend News: Lantern!! Movie, Mossmusume 2, etc.", published="2011-02-22"
    )
    assert [(f.title, f.premiere_date and f.premiere_date.isoformat()) for f in found] == [
        ("Lantern! Movie", "2011-12-03"),
        ("Shinryaku! Mossmusume Season 2", None),  # its "!" ends no sentence of the title
        ("Kitezemi", "2011-04-02"),  # one word, but set off as the anime it is
        ("Paper To", None),
    ]


def test_a_slates_paragraphs_led_by_a_creators_work_name_the_work() -> None:
    body = (
        "At an event in Tokyo on Tuesday, the service announced an aggressive slate of "
        "original anime.\n\n"
        "Rei Ono's Lanternman is getting a new series too, called Lanternman Crybaby, which "
        "follows a young man who fuses with a demon. Lanternman Crybaby will run 10 episodes "
        "from Science KITE, and it is expected to premiere on Netflix in spring 2018.\n\n"
        "Aki Mori and Ken Ito's Paper Gai is also being made into an anime series in spring "
        "2018. Its title character is fused with a living weapon.\n"
        "Mika Sato's Moss Song will be a brand-new anime series from Netflix in 2018."
    )
    found = shows(body, title="A Reboot Headlines Netflix's Original Anime Slate", published=None)
    assert [(f.title, f.original_creator) for f in found] == [
        ("Lanternman Crybaby", ()),
        ("Paper Gai", ("Aki Mori", "Ken Ito")),
        ("Moss Song", ("Mika Sato",)),
    ]  # "X's Y" is the creator's work, "called Y Z" its full name, a last short line too
    assert found[0].studios == ("Science KITE",)  # "10 episodes from Science KITE"


AKA_PREVIEW = """Winter 2025 – 2026 Anime Preview and Watchlist

The sequels are the safest bets of the season, so let's begin with those.

Zoku Lantern Harbor

AKA: Lantern Harbor Season 2 or Lantern Harbor's Tide 2


Studio: Orchard Works – Glass Road, Paper Moon
Official Site

The first season of this supernatural slice-of-life show ran last summer and was the best
show of that season.

Velvet Frame: Okaeri

AKA: Velvet Frame Season 3


Studio: Studio Kestrel
Director: Aya Mori – looks like her first time directing
Official Website
"""


def test_an_aka_line_gives_other_names_and_a_winter_across_two_years_is_the_later() -> None:
    headline = "Winter 2025 – 2026 Anime Preview and Watchlist"
    found = shows(AKA_PREVIEW, title=headline, published="2025-11-29")
    assert [(f.title, f.alt_titles) for f in found] == [
        ("Zoku Lantern Harbor", ("Lantern Harbor Season 2", "Lantern Harbor's Tide 2")),
        ("Velvet Frame: Okaeri", ("Velvet Frame Season 3",)),
    ]  # the "AKA:" lines are no shows of their own
    assert [f.season for f in found] == ["Winter 2026", "Winter 2026"]
    assert found[0].studios == ("Orchard Works",)  # not its earlier works after the dash
    assert found[1].director == ("Aya Mori",)


EVENT_RECAP = """<p>The festival is in full swing; here are the announcements.</p>
<h2>Lantern Harbor</h2>
<p>Season 2 of Lantern Harbor revealed its first teaser trailer ahead of the planned April
2026 premiere date. Orchard Works is animating the sequel.</p>
<h2>Paper Moon Relay</h2>
<p>Paper Moon Relay unveiled a new trailer for the TV anime's upcoming third season, with a
new theme song.</p>
<h2>Velvet Frame</h2>
<p>Velvet Frame season 1 was a big hit, and Velvet Frame season 2 arrives in October.</p>
"""


def test_a_recaps_sections_take_the_season_their_text_gives() -> None:
    found = shows(EVENT_RECAP, title="Festival 2026: All Announcements", published="2025-12-20")
    assert [f.title for f in found] == [
        "Lantern Harbor Season 2",
        "Paper Moon Relay Season 3",
        "Velvet Frame Season 2",
    ]  # the first season named beside the second is the one before


STAFF_PICKS = """Our Winter 2026 Preview Guide kicks off on Saturday, January 3 - until then,
here are the shows our staff are looking forward to most!

Mina Hollister

Plenty of shows this winter have me curious, but I have whittled the list down to three.
The first is Lantern Harbor, which I have been shouting about since 2023. Orchard Works
returns for this fourth installment, and I can't wait.

Paper Moon Relay is my final must-watch, a fantasy story about a forest golem and a girl.
"""


def test_a_staff_writers_name_over_a_column_is_no_show() -> None:
    found = shows(STAFF_PICKS, title="Our Most Anticipated Anime of Winter 2026")
    titles = [f.title for f in found]
    assert "Mina Hollister" not in titles
    assert "Our Winter 2026 Preview Guide" not in titles


SINGER_PROFILES = """<p>The second main PV for the anime Lantern Harbor has been released.</p>
<h2>Second main PV</h2>
<p>The video previews the opening theme song.</p>
<h2>Comment from GLOW, the opening theme song singer</h2>
<p>We are proud to sing for Lantern Harbor.</p>
<h2>GLOW Profile</h2>
<p>GLOW is a unit formed by Aya Mori and Jun Sato.</p>
<h2>Paper Birds Profile</h2>
<p>An alternative rock band with a delicate yet powerful sound.</p>
"""


def test_a_singers_profile_and_comment_headings_are_no_shows() -> None:
    found = shows(SINGER_PROFILES, title="The second main PV for the anime Lantern Harbor is out")
    assert [f.title for f in found] == ["Lantern Harbor"]


FIELD_PREVIEW = """Spring Anime Preview - '26 Edition

<--To Winter 2025-26 Anime Preview

To Summer 2026 Anime Preview-->

Spring has arrived and, as usual, it brings a huge wave of new titles.


Lantern Harbor

Debut: April 2, 2026
Format: TV
Director: Aya Mori
Studio: Orchard Works
Additional Links: ANN Entry

Synopsis
A schoolboy finds that the ghost of an old friend follows him around.


Paper Moon Relay

Debut: April 9, 2026
Format: TV
Director: Jun Sato
Studio: Studio Kestrel
Additional Links: ANN Entry

Synopsis
A relay team runs across the moon.
"""


def test_a_previews_field_blocks_and_page_links_are_no_shows() -> None:
    found = shows(FIELD_PREVIEW, title="Spring Anime Preview - '26 Edition", published="2026-04-01")
    assert [(f.title, f.premiere_date, f.director) for f in found] == [
        ("Lantern Harbor", date(2026, 4, 2), ("Aya Mori",)),
        ("Paper Moon Relay", date(2026, 4, 9), ("Jun Sato",)),
    ]  # not "To Summer 2026 Anime Preview-->" nor "Format: TV"
    assert all(f.cast == () for f in found)  # "Additional Links: ANN Entry" is no cast line


FESTIVAL_FILMS = """<p>Two Japanese films will screen at the festival this year.</p>
<h2>Festival 2026 Banner</h2>
<h2>The Case of Mina &amp; Aya</h2>
<h2>Mina and Aya Anime Movie Poster</h2>
<p>Romaji: Mina to Aya: Satsujin Jiken</p>
<p>The Case of Mina &amp; Aya is directed by Jun Sato and follows two school friends.</p>
<h2>Miss Lantern</h2>
<h2>Miss Lantern Anime Movie Poster</h2>
<p>Miss Lantern is directed by Aya Mori and tells of a painter's daughter.</p>
"""


def test_an_images_alt_text_set_as_a_heading_is_no_show() -> None:
    found = shows(FESTIVAL_FILMS, title="Japanese Films at the Festival 2026")
    assert [f.title for f in found] == ["The Case of Mina & Aya", "Miss Lantern"]
    assert [f.director for f in found] == [("Jun Sato",), ("Aya Mori",)]


FIELD_LABELS = """Winter 2026 TV Anime Digest

Lantern Harbor

Airtime: Sundays 10:30
Light Novel: N/A
Studio: Orchard Works

Paper Moon Relay

Airtime: Mondays 24:00
Manga: N/A
Studio: Studio Kestrel
"""


def test_airtime_and_source_label_lines_are_no_shows() -> None:
    found = shows(FIELD_LABELS, title="Winter 2026 TV Anime Digest")
    assert [(f.title, f.studios) for f in found] == [
        ("Lantern Harbor", ("Orchard Works",)),
        ("Paper Moon Relay", ("Studio Kestrel",)),
    ]


DASHED_PREVIEW = """Spring is here, so here are my hot takes on the season's biggest shows.

Lantern Harbor Season 3 Part 2 (Harbor Lights Season 3 part 2) – Premiere April 29, 2025

Action – Drama – Fantasy – Military – Superpower

Director – Aya Mori (Paper Moon Relay, Copper Duke)
Studio – Orchard Works

I have waited two years for this, and I am not waiting any longer.

Paper Moon Relay Season 2 – Premiere April 10, 2025

Comedy – Parody – Sports

Director – Jun Sato

The first season was a surprise hit, and the second looks even sillier.
"""


def test_a_previews_dashed_entries_genre_lines_and_role_lines_are_read() -> None:
    found = shows(DASHED_PREVIEW, title="Top Spring Anime 2025: Worth Watching?")
    assert [(f.title, f.premiere_date, f.genres, f.director) for f in found] == [
        (
            "Lantern Harbor Season 3 Part 2",
            date(2025, 4, 29),
            ("action", "drama", "fantasy", "military", "superpower"),
            ("Aya Mori",),
        ),
        (
            "Paper Moon Relay Season 2",
            date(2025, 4, 10),
            ("comedy", "parody", "sports"),
            ("Jun Sato",),
        ),
    ]  # not "Action – Drama – ..." nor "Director – Aya Mori" as shows
    assert found[0].studios == ("Orchard Works",)


TAKES = """Here are the shows we are watching this winter.

Lantern Harbor (manga)

Aya Mori's manga about a lighthouse town comes to TV with Studio Kestrel animating.

Pat's Take: I have read every volume, and I could not be happier about this one.

Mina's Take: The staff is the same team that made last year's best comedy.

A relay team races across a city of paper.

Pat's Take: I'm calling it: this is the sleeper hit of the season.
"""


def test_a_writers_take_is_no_show() -> None:
    found = shows(TAKES, title="Winter 2026 Preview Guide", published="2026-01-03")
    assert not [f.title for f in found if "Take" in (f.title or "")]  # not "Pat's Take"


NEWS_OF_THE_DAY = """Author: Aya Mori     Published: December 28th, 2025

Lantern Harbor Teases Anime Release

In the latest promotion for the upcoming anime of the Lantern Harbor manga, the staff
posted a new visual. The anime premieres in January.

Source: Paper Magazine

Copper Duke Manga to End

The Copper Duke manga is due to end two chapters from now, with its 134th chapter.

Source: Comic Kestrel

Paper Moon Relay Gets Second Season

The second season of the Paper Moon Relay anime will premiere in April.

Source: Orchard News
"""


def test_a_digests_item_about_a_manga_alone_is_no_show() -> None:
    found = shows(NEWS_OF_THE_DAY, title="News of the Day 28-12-25", published="2025-12-28")
    assert [f.title for f in found] == ["Lantern Harbor", "Paper Moon Relay Season 2"]


ODD_HEADINGS = """Here are the shows of the season we cannot wait for.

Kill la Kill

Studio Kestrel's loud action comedy finally gets its TV run this week.

4. Kawaii dake ja Nai Aya-san

A sweet romantic comedy about a girl who is cooler than her boyfriend.

Lantern Harbor: Stardust Cruise – Egypt Arc (Orchard Works, January 10th)

The second half of the voyage starts in January.

MOSS: 13-ku Kansatsu-ka (manga)

A tale of scheming and treachery from a celebrated mangaka.

Paper Moon Relay / ペーパームーン (TV)

A relay team races across a city of paper.
"""


def test_headings_with_particles_notes_and_a_japanese_name_are_shows() -> None:
    found = shows(ODD_HEADINGS, title="Winter 2026 Anime Preview", published="2026-01-02")
    assert [f.title for f in found] == [
        "Kill la Kill",
        "Kawaii dake ja Nai Aya-san",
        "Lantern Harbor: Stardust Cruise – Egypt Arc",
        "MOSS: 13-ku Kansatsu-ka",
        "Paper Moon Relay",
    ]


RANK_ABOVE = """The coming fall season has plenty of original series.

1
Lantern Harbor

Studio: Orchard Works

Premiere: October 5, 2025

2
Paper Moon Relay Season 2

Studio: Studio Kestrel

Premiere: October 7, 2025
"""


def test_a_rank_on_its_own_line_above_the_name_heads_the_entry() -> None:
    found = shows(RANK_ABOVE, title="The 2 Original Anime Series that Will Air This Fall")
    assert [(f.title, f.studios) for f in found] == [
        ("Lantern Harbor", ("Orchard Works",)),
        ("Paper Moon Relay Season 2", ("Studio Kestrel",)),
    ]


def test_a_pictures_cover_caption_is_no_show() -> None:
    text = (
        "Here is what is trending this week.\n\n1. Lantern Harbor\n\nLantern Harbor Anime Cover\n\n"
        "Studio Kestrel is animating the anime, with director Aya Mori.\n\n2. Paper Moon Relay\n\n"
        "The relay anime returns with a second cour in July."
    )
    found = shows(text, title="Weekly News Update – What's Trending In Anime #2")
    assert "Lantern Harbor Anime Cover" not in [f.title for f in found]


NEWS_VERB_HEADINGS = """Anime & Manga News Archive

Lantern Harbor Broadcast Begins

The Lantern Harbor anime began airing on October 21 on Nippon TV.

Paper Moon Relay Season 2 Delayed

The second season of Paper Moon Relay has been delayed to April.
"""


def test_a_news_archives_headings_name_their_shows_without_the_news() -> None:
    found = shows(NEWS_VERB_HEADINGS, title="Anime & Manga News Archive (October 23-29, 2025)")
    assert [f.title for f in found] == ["Lantern Harbor", "Paper Moon Relay Season 2"]

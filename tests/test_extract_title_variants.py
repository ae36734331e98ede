"""Forms met in fresh real articles: a number that belongs to a title, a body that
writes the headline's title with a small change of its own, a headline's premiere month,
and a new director named beside the earlier seasons' staff."""

from __future__ import annotations

from extract_helpers import one, shows

from pipeline.extract.headline_kind import lists_shows


def test_a_number_inside_a_title_is_no_count_of_shows() -> None:
    body = "Mob Relay 100 III has set its premiere, and Mob Relay 100 fans have a new trailer."
    assert not lists_shows("Mob Relay 100 III Anime Teases October 2022 Premiere", body)
    assert lists_shows("Streamer Adds 5 Anime to Its Summer Catalogue", "It adds 5 anime.")


def test_a_sequel_the_body_writes_with_a_small_change_keeps_the_headline_s_title() -> None:
    facts = one(
        "The long-awaited season 2 of The Harbor is Night Shift (Minato wa Yakin) has put"
        " out a preview of its first episode.\n\n"
        "The harbor is night shift Season 2 will be animated by Studio Lantern and"
        " directed by Aki Mori.\n\n"
        "As a treat for The Harbor's Night Shift Season 2's premiere, the cast held a"
        " special program.",
        title="The Harbor is a Night-Shifter Season 2 Releases Episode 1 Preview",
        published=None,
    )
    assert facts.title == "The Harbor is a Night-Shifter Season 2"
    assert facts.studios == ("Studio Lantern",)


def test_a_headline_s_month_and_year_of_premiere_set_the_season() -> None:
    facts = one(
        "New information came out about the third season, with Lantern Tide III now set to"
        " premiere this October. A fresh trailer has landed too.",
        title="Lantern Tide III Anime Teases October 2022 Premiere",
        published=None,
    )
    assert facts.season == "Fall 2022"
    delayed = one(
        "The anime has been pushed back from its planned July 2023 premiere.",
        title="Lantern Tide Anime Delayed From July 2023 Premiere",
        published=None,
    )
    assert delayed.season is None


def test_a_new_director_joining_the_earlier_seasons_staff_directs_the_sequel() -> None:
    facts = one(
        "Lantern Tide III is set to premiere this October.\n\n"
        "Aki Mori, who directed the first two seasons of Lantern Tide, has moved up to"
        " executive director. Jun Hara (episode 6 of Lantern Tide II) is the new director,"
        " joining the staff and cast from the first two seasons.",
        title="Lantern Tide III Anime Teases October 2022 Premiere",
        published=None,
    )
    assert facts.director == ("Jun Hara",)


def test_a_headline_s_title_before_a_verb_is_the_name_the_body_repeats() -> None:
    facts = one(
        "First Episode of Lantern Tide is 2-Hour long\n\n"
        "First Episode of Lantern Tide is 2-Hour long, well, not quite: it has been"
        " announced that Lantern Tide's first episode will get a two-hour"
        " screening. The Lantern Tide anime premieres on September 29th.\n\n"
        "The reason for this premiere is that Lantern Tide adapts a long manga arc.",
        title="First Episode of Lantern Tide is 2-Hour long",
    )
    assert facts.title == "Lantern Tide"


def test_a_capitalised_body_title_heads_the_headline_s_longer_reading() -> None:
    facts = one(
        "In the second charts of the season, the dark fantasy anime LANTERN TIDE stays in"
        " first place. MAPPA handles the animation production.",
        title="Lantern Tide Retains Top Anime of the Week for Fall 2020 Season",
    )
    assert facts.title == "LANTERN TIDE"


def test_a_localised_page_s_comment_and_news_headings_are_no_shows() -> None:
    facts = one(
        "<p>Two more cast members have been announced for Lantern Tide, a coming TV anime"
        " based on Aki Mori's sports manga.</p>"
        "<ul><li>Jun Hara as Sora</li><li>Ken Sato as Riku</li></ul>"
        "<h2>Outras Principais Notícias</h2><p>Another show gets a new trailer.</p>"
        "<h2>0 Comentários</h2><ul><li>Seja o primeiro a comentar!</li></ul>",
        title="Rival Players Join the Cast of Lantern Tide TV Anime",
    )
    assert facts.title == "Lantern Tide"
    assert [c.actor for c in facts.cast] == ["Jun Hara", "Ken Sato"]


def test_the_show_named_after_the_film_word_is_a_film() -> None:
    facts = one(
        "Lantern Tide became a hit last year.\n\n"
        "The studio put out a teaser for the film, Lantern Tide CODE: Blue. Lantern Tide"
        " CODE: Blue will reach theaters in Japan on December 22.",
        title="Lantern Tide Code Blue Movie Teaser",
        published="2023-06-25",
    )
    assert facts.title == "Lantern Tide CODE: Blue"
    assert facts.season is None


def test_the_author_of_an_adapted_series_is_no_studio() -> None:
    facts = one(
        "The adaptation of Aki Mori's action series Lantern Tide became a hit last year,"
        " and Lantern Tide returns this fall.",
        title="Lantern Tide Season 2 Announced",
        published="2023-06-25",
    )
    assert facts.studios == ()


def test_a_band_s_theme_for_the_anime_x_names_x_as_the_body_writes_it() -> None:
    facts = one(
        "The group Harbor Lights will perform the closing theme song for the coming anime"
        " Lanterns over the harbor. The ending theme is titled “Tours”.\n\n"
        "Lanterns over the harbor is set to premiere in April, with Studio Kaze handling"
        " the animation.",
        title="Harbor Lights to perform the theme song for the end of the anime lanterns over"
        " the harbor",
    )
    assert facts.title == "Lanterns over the harbor"


def test_staff_in_a_paragraph_that_ends_by_introducing_the_cast_are_staff() -> None:
    facts = one(
        "Lantern Tide is set to premiere in April, with Studio Kaze handling the animation."
        " Aki Mori directed the anime. The music was composed by Jun Hara. The anime's cast"
        " includes:\n\n"
        "<ul><li>Ken Sato as Sora</li><li>Yui Ito as Riku</li></ul>",
        title="Lantern Tide Anime Reveals Cast",
    )
    assert facts.director == ("Aki Mori",)
    assert facts.music == ("Jun Hara",)
    assert [c.actor for c in facts.cast] == ["Ken Sato", "Yui Ito"]


def test_a_preview_s_own_part_named_on_a_title_line_is_the_show() -> None:
    facts = one(
        "8:24 PM\n\nThe manga did not grab me, but it looks popular.\n\n"
        "Title: 灯台の彼女, Toudai no Kanojo, Lighthouse Girlfriend\n"
        "Animation Production: Harbor Entertainment\n"
        "Airs: 04/07 25:30 TOKYOMX",
        title="Spring Anime Previews 2012 - 灯台の彼女",
        published=None,
    )
    assert facts.title == "灯台の彼女"
    assert facts.studios == ("Harbor Entertainment",)
    assert facts.broadcasters == ("TOKYOMX",)


def test_a_song_whose_title_is_not_announced_leaves_the_show_named() -> None:
    facts = one(
        "The idol group ≠YOU will sing the opening song of The Maid Upstairs Is Mysterious"
        " anime. The song's title has not been announced yet.\n\n"
        "The group is a sister group of =Us, whose members trained at the Harbor Animation"
        " Academy.\n\n"
        "The Maid Upstairs Is Mysterious is animated by the animation studios SILVER LINK and"
        " BLADE.",
        title="Idol Group ≠YOU To Perform The Maid Upstairs Is Mysterious Opening",
    )
    assert facts.title == "The Maid Upstairs Is Mysterious"
    assert facts.studios == ("SILVER LINK", "BLADE")


def test_a_subtitle_between_dashes_keeps_its_closing_dash() -> None:
    facts = one(
        "The committee of Harbor Mic -Lantern Rap Battle- Rhyme Anima said the anime is"
        " delayed. Harbor Mic -Lantern Rap Battle- fans will wait until October.",
        title="Harbor Mic -Lantern Rap Battle- TV Anime Delayed to October",
    )
    assert facts.title == "Harbor Mic -Lantern Rap Battle-"


def test_a_season_s_first_impressions_column_names_its_one_show() -> None:
    facts = one(
        "Categories\nFirst Impressions Reviews\n\n"
        "Streaming: Funimation\n\nEpisodes: 12\n\nSource: Light Novel\n\n"
        "Summary: As a little girl, Elaina reads tales of a travelling witch. Elaina works"
        " hard and becomes the youngest witch ever.",
        title="Autumn 2020 First Impressions – Lantern Witch: The Journey of Elaina",
        published="2020-10-03",
    )
    assert facts.title == "Lantern Witch: The Journey of Elaina"
    assert facts.streaming == ("Funimation",)


def test_a_film_officially_titled_with_a_dashed_subtitle_keeps_it() -> None:
    facts = one(
        "Lantern Tide is preparing its first feature film. Lantern Tide revealed that its new"
        " feature film, officially titled Lantern Tide – The First Light Never Ends, will"
        " open in theaters across Japan later this winter.",
        title="Lantern Tide Movie The First Light Never Ends Poster",
        published="2022-09-28",
    )
    assert facts.title == "Lantern Tide – The First Light Never Ends"
    assert facts.season is None


def test_actors_voicing_characters_and_bands_doing_the_op_and_ed() -> None:
    facts = one(
        "In the second season of Lantern Tide, the main cast returns, with Aoi Koga voicing"
        " Kaguya and Makoto Furukawa voicing Shirogane.\n\n"
        "For the theme songs, KANA-BOON does the OP and the peggies do the ED.",
        title="Lantern Tide Second Season Trailer",
    )
    assert [(c.actor, c.character) for c in facts.cast] == [
        ("Aoi Koga", "Kaguya"),
        ("Makoto Furukawa", "Shirogane"),
    ]
    assert [(t.kind, t.artist) for t in facts.themes] == [
        ("opening", "KANA-BOON"),
        ("ending", "the peggies"),
    ]


def test_two_shows_a_headline_joins_with_and_are_two_shows() -> None:
    found = shows(
        "Next month some new anime arrive on Netflix. Two of them are shows I enjoy: Harbor"
        " Lights and Paper Moon Academy.\n\n"
        "Harbor Lights began airing in the summer. Harbor Lights arrives on Netflix on"
        " December 18.\n\n"
        "Paper Moon Academy was one of the best anime of the summer. Paper Moon Academy"
        " arrives on Netflix on December 24.",
        title="Harbor Lights and Paper Moon Academy Coming to Netflix Next Month",
        published="2018-11-27",
    )
    assert [f.title for f in found] == ["Harbor Lights", "Paper Moon Academy"]


def test_headings_with_genres_after_a_colon_and_picture_names_between() -> None:
    found = shows(
        "Here are the three I picked to watch this season.\n\n"
        "Lantern Tide: Sci-fi\n21126-U5oUWOtS4wbJ.jpg\n\n"
        '"A magnitude-7.8 earthquake strikes the harbor town." I want to try it.\n\n'
        "Paper Moon Academy: Comedy, Supernatural\n\n"
        '"The comedy follows a girl who finished top of her class." It looks cute.\n\n'
        "Harbor Lights: Comedy, Romance, Music\n\n"
        '"The story is about a young man who has just changed schools." Maybe.',
        title="Winter Anime 2016/17: What I'm Going to Watch",
    )
    assert [f.title for f in found] == ["Lantern Tide", "Paper Moon Academy", "Harbor Lights"]
    assert found[2].genres == ("comedy", "romance", "music")


def test_a_headline_s_short_film_name_takes_the_body_s_full_quoted_name() -> None:
    facts = one(
        "‘Lantern Tide’ is a story about love.\n\n"
        "The newest trailer for ‘Lantern Tide: Love is War -The First Light That Never"
        " Ends-’ shows the couple's hard times. The film opens in Japan on December 17.",
        title="Upcoming ‘Lantern Tide’ Anime Film to Debut in the U.S. in February",
        published="2022-10-01",
    )
    assert facts.title == "Lantern Tide: Love is War -The First Light That Never Ends-"


def test_a_digest_s_list_lines_led_by_one_word_names_are_its_shows() -> None:
    found = shows(
        "Though I didn't write up any premieres, I did watch far too many of them.\n\n"
        "<ul><li>In/Spectre: Yes, I know this premiere has problems, and it is front-loaded"
        " with exposition, but it is also a supernatural action series.</li>"
        "<li>RoboHarbor: This one tells the story of two young men who cross paths in space"
        " and set off on a long road trip together.</li>"
        "<li>Paper Moon Academy!: You've probably heard the buzz around this one, and yes,"
        " the story about making anime is as good as they say.</li></ul>",
        title="Panning the Stream: Winter 2020 Premiere Digest",
        published="2020-01-14",
    )
    assert [f.title for f in found] == ["In/Spectre", "RoboHarbor", "Paper Moon Academy!"]


def test_a_season_s_impressions_part_that_covers_more_anime_is_a_list() -> None:
    found = shows(
        "Picking up from the previous post, today we cover 5 more anime.\n\n"
        "Lantern Tide\n\nStudio : J.C. Staff\nGenre : Comedy, Slice of Life\n\n"
        "When I heard J.C. Staff was making a calm show about a witch, I had to watch it.",
        title="Spring Season 2016 First Impressions - Part 2",
        published=None,
    )
    assert [f.title for f in found] == ["Lantern Tide"]
    assert found[0].studios == ("J.C. Staff",)


def test_a_headline_s_subtitle_the_body_spells_a_little_differently() -> None:
    facts = one(
        "Good news! The first season of HARBOR -Moonlit Tide- wraps up today, but a second"
        " season has been announced for HARBOR -Moonlit Tide-, the adaptation of the light"
        " novels by Aki Mori.",
        title="HARBOR -Moonlight Tide- TV Anime Continues With Season 2",
        published="2021-09-22",
    )
    assert facts.title == "HARBOR -Moonlit Tide- Season 2"


def test_a_streamer_s_two_shows_joined_by_an_ampersand_are_two_shows() -> None:
    found = shows(
        "Today Funimation said it has acquired two series, Harbor Lights & Paper Moon"
        " Academy.\n\n"
        "Harbor Lights is a comedy running 52 episodes. Aki Mori directs Harbor Lights.\n\n"
        "Paper Moon Academy runs 12 episodes and comes from a light novel. Paper Moon Academy"
        " follows a young blacksmith.",
        title="Funimation Gets Harbor Lights & Paper Moon Academy",
        published="2010-01-11",
    )
    assert [f.title for f in found] == ["Harbor Lights", "Paper Moon Academy"]


def test_listed_with_ends_a_headline_s_title() -> None:
    facts = one(
        "The Lantern in Shadow anime is going to have 20 episodes, airing across two"
        " consecutive cours. Studio Nexus is handling the animation. Besides the episode"
        " count, The Lantern of Shadow also revealed a radio show, and The Lantern radio"
        " starts in October.",
        title="Lantern in Shadow Listed With 20 Episodes, Set To Air in 2 Consecutive Cours",
    )
    assert facts.title == "Lantern in Shadow"


def test_a_subtitle_between_dashes_the_body_repeats_completes_the_title() -> None:
    facts = one(
        "Harbor -Moonlit Tide- Season 2 has started the second half of its run, and a new"
        " opening has debuted. Harbor -Moonlit Tide- was one of the big fantasy franchises"
        " to return this year, and Harbor fans are happy.",
        title="Harbor Season 2 Part 2 Opening, Ending: Watch",
        published="2024-04-02",
    )
    assert facts.title == "Harbor -Moonlit Tide- Season 2"


def test_a_column_s_season_intro_names_its_show() -> None:
    facts = one(
        "Our first show is a fantasy that isn't an isekai.\n\n"
        "This is Lantern and the Forest Spirit.\n\n"
        "Director: Aki Mori\n\nStreaming: Crunchyroll",
        title="Time of the Season XX: Winter 2020 Intro – Lantern and the Forest Spirit",
        published="2020-01-03",
    )
    assert facts.title == "Lantern and the Forest Spirit"
    assert facts.director == ("Aki Mori",)


def test_two_shows_of_a_headline_each_named_once_apart_are_two_shows() -> None:
    found = shows(
        "Japan is buzzing with broadcast details for two series: Harbor Lights and another"
        " one we reported on, Paper Moon Academy.\n\n"
        "Harbor Lights will be an October 2018 series produced by Liden Films.",
        title="Harbor Lights and Paper Moon Academy Get Premiere Details and More!",
        published="2018-05-25",
    )
    assert [f.title for f in found] == ["Harbor Lights", "Paper Moon Academy"]


def test_a_preview_s_verdict_labels_are_no_part_of_the_titles() -> None:
    found = shows(
        "Here is our summer preview.\n\n"
        "<h2>Most Anticipating: Harbor Lights</h2><p>Harbor Lights returns to Funimation"
        " this summer with its second part.</p>"
        "<h2>Watching With Concern: Paper Moon Academy</h2><p>Paper Moon Academy moves to a"
        " new studio, and we are worried about it.</p>",
        title="Summer 2014 Preview",
        published="2014-06-20",
    )
    assert [f.title for f in found] == ["Harbor Lights", "Paper Moon Academy"]


def test_a_section_on_everything_we_know_is_no_second_show() -> None:
    facts = one(
        "<p>A teaser visual for Lantern Tide Season 3 came out, and fans are excited.</p>"
        "<h2>Lantern Tide Season 3: Everything we Know</h2>"
        "<p>Crunchyroll announced that the premiere in Japan is set for spring.</p>"
        "<h2>Why Harbor Racer is the Most Important Game of the Year</h2>"
        "<p>The new season should come out worldwide a few weeks later.</p>"
        "<h2>New Teaser Visual</h2><p>The visual shows the heroine in a library.</p>",
        title="Lantern Tide Season 3 Gets A New Teaser Visual",
    )
    assert facts.title == "Lantern Tide Season 3"


def test_a_long_quoted_title_after_tv_anime_survives_a_body_that_paraphrases_it() -> None:
    facts = one(
        "\"Douzen, Koi ni shite iru natta\" (I'm going to fall in love anyway), Haruka Mitsui's"
        ' comic running in "Nakayoshi", becomes a TV anime. Broadcasts begin in January 2025'
        " on TBS, BS11 and other stations.",
        title='TV Anime "I\'m going to fall in love with you anyway." Broadcasting will begin in'
        " January 2025 on TBS, BS11, etc!",
        published=None,
    )
    assert facts.title == "I'm going to fall in love with you anyway"
    assert facts.broadcasters == ("TBS", "BS11")


def test_a_new_tv_spot_ends_the_headline_s_title_and_a_joiner_no_title_ends() -> None:
    facts = one(
        "That is the setup of Lantern Tide! Harbor, an upcoming isekai anime from the mangaka"
        " Aki Mori. It follows a wrestler named Genzo Shibata. Genzo Shibata is summoned."
        " Genzo Shibata wins.",
        title="Lantern Tide! Harbor new TV spot, main visual and anime details",
        published=None,
    )
    assert facts.title == "Lantern Tide! Harbor"


def test_shows_a_headline_lists_before_added_by_a_streamer_are_each_shows() -> None:
    found = shows(
        "Funimation has picked up the licenses for both the Paper Moon and Harbor-La anime"
        " series.\n\nHarbor-La first aired in Japan in 2009 and is 24 episodes long.\n\n"
        "Paper Moon premieres in Japan on April 5 and Funimation will simulcast it.",
        title="Harbor-La, Paper Moon Added by Funimation",
        published="2012-04-06",
    )
    assert [f.title for f in found] == ["Harbor-La", "Paper Moon"]


def test_a_title_with_and_before_a_headline_s_new_anime_stays_whole() -> None:
    facts = one(
        "Harbor And Lantern made its debut in 2006, and a new anime project was teased last"
        " year. The tale of a merchant and a wolf-deity returns with a new adaptation.",
        title="Harbor and Lantern New Anime 2024",
        published="2023-06-29",
    )
    assert facts.title == "Harbor and Lantern"


def test_a_watching_summary_s_episode_numbers_are_no_part_of_the_titles() -> None:
    found = shows(
        "Lantern Tide – 13 [Only Resentments Remain]\n\n"
        "A lore dump episode! We got some hints about the colossi and their keepers.\n\n"
        "Harbor Unluck – 13 [Tatiana]\n\n"
        "The finale of the first cour, and a strong one, with the whole crew together.",
        title="Fall 2023 What-I'm-Watching Summary – Week 13",
        published="2023-12-30",
    )
    assert [f.title for f in found] == ["Lantern Tide", "Harbor Unluck"]


def test_a_numbered_season_takes_no_earlier_film_s_name() -> None:
    facts = one(
        "Lantern Tide's seventh season has a new teaser. The anime premiered in 2008 and has"
        " since aired six seasons and two films, Lantern Tide the Movie and Lantern Tide: The"
        " Waking Rock. Lantern Tide Season 7 premieres this fall.",
        title="Lantern Tide New Teaser Reveals Fall 2024 Release Window",
        published="2024-06-01",
    )
    assert facts.title == "Lantern Tide Season 7"

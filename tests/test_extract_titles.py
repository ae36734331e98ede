"""Show titles from headlines, headings and bodies; alternative titles and sequels."""

from __future__ import annotations

import pytest
from extract_helpers import one, shows


def test_title_before_anime_in_the_headline() -> None:
    facts = one(
        "The Lantern Rabbit anime will premiere in April.",
        title="Lantern Rabbit Anime Reveals Cast",
    )
    assert facts.title == "Lantern Rabbit"


def test_quoted_title_with_season_becomes_x_season_n() -> None:
    facts = one(
        "The second season premieres in April.", title="'Paper Comet' 2nd Season Reveals Cast"
    )
    assert facts.title == "Paper Comet Season 2"
    assert "Paper Comet 2nd Season" in facts.alt_titles


def test_words_before_the_title_are_trimmed_using_the_body() -> None:
    body = "Crunchyroll will stream Glass Tea House, the anime of the manga."
    facts = one(body, title="Crunchyroll Pours Glass Tea House Anime for Spring 2025")
    assert facts.title == "Glass Tea House"


def test_colon_preview_headline() -> None:
    facts = one(
        "Velvet Harbor premieres on April 9 on TV Tokyo.",
        title="Velvet Harbor: Spring 2025 Preview",
    )
    assert facts.title == "Velvet Harbor"


def test_romaji_in_parentheses_is_an_alternative_title() -> None:
    body = "The anime of Sora Ito's Hoshi no Mori (Forest of Stars) manga premieres in July."
    facts = one(body, title="Hoshi no Mori Anime Reveals July Premiere")
    assert facts.title == "Hoshi no Mori"
    assert facts.alt_titles == ("Forest of Stars",)


def test_title_in_parentheses_gives_the_other_name() -> None:
    body = "The anime of Sora Ito's Kaze no Uta (Song of the Wind) manga returns for a 2nd season."
    facts = one(body, title="Song of the Wind Anime's 2nd Season Reveals Staff")
    assert facts.title == "Song of the Wind Season 2"
    assert "Kaze no Uta Season 2" in facts.alt_titles


def test_unnamed_project_has_no_title() -> None:
    body = (
        "Studio Hanabi has announced a new original TV anime project; "
        "the title will be revealed later."
    )
    facts = one(body, title="Studio Hanabi announces untitled original TV anime")
    assert facts.title is None


def test_title_from_the_body_when_there_is_no_headline() -> None:
    body = "Ember-Nine will begin airing on April 4 on Tokyo MX. Ember-Nine is directed by Ken Aoi."
    assert one(body).title == "Ember-Nine"


def test_movie_title_is_kept_whole() -> None:
    body = "Lantern Rabbit the Movie: Night Market opens in Japanese theaters on May 22."
    facts = one(body, title="Lantern Rabbit gets a movie: Night Market opens May 22")
    assert facts.title == "Lantern Rabbit the Movie: Night Market"


def test_company_possessive_is_not_part_of_the_title() -> None:
    body = "Netflix's Iron Tea Party anime premieres worldwide in July."
    assert (
        one(body, title="Netflix's Iron Tea Party Anime Sets July Debut").title == "Iron Tea Party"
    )


def test_new_project_headline_has_no_title() -> None:
    facts = one(
        "Studio Kiri revealed a new anime on Friday.",
        title="New Anime Project from Studio Kiri Announced",
    )
    assert facts.title is None


def test_headline_title_with_its_english_name_in_parentheses() -> None:
    facts = one(
        "The anime of Kaze no Uta (Song of the Wind) gets a second season.",
        title="Kaze no Uta (Song of the Wind) Anime Gets 2nd Season",
    )
    assert facts.title == "Kaze no Uta Season 2"
    assert "Song of the Wind Season 2" in facts.alt_titles


def test_an_article_about_no_show_gives_nothing() -> None:

    assert shows("Thanks for reading our newsletter this week.") == []


def test_tv_anime_of_title_manga_headline() -> None:
    body = "The TV anime of Rin Aso's The Quiet Lantern (Shizuka na Tōrō) manga revealed its cast."
    facts = one(body, title="TV Anime of Shizuka na Tōrō Manga Reveals Cast")
    assert facts.title == "Shizuka na Tōrō"
    assert facts.alt_titles == ("The Quiet Lantern",)


def test_episode_discussion_thread_names_its_show() -> None:
    body = "Sky Lantern, episode 5\n\nAlternative names: Sora no Tōrō\n\nStreams: Crunchyroll"
    facts = one(body, title="Sky Lantern - Episode 5 discussion")
    assert facts.title == "Sky Lantern"
    assert facts.streaming == ("Crunchyroll",)


def test_tagged_question_headline_names_its_show() -> None:
    body = "Just finished episode 3 of Paper Moon Rangers and the animation is great."
    assert one(body, title="[Discussion] Anyone else watching Paper Moon Rangers?").title == (
        "Paper Moon Rangers"
    )


def test_sentence_case_title_that_the_body_repeats() -> None:
    body = "The Dungeon supper anime premieres in January on Tokyo MX."
    assert one(body, title="Dungeon supper anime premieres in January").title == "Dungeon supper"


def test_game_inside_a_title_is_not_a_source_marker() -> None:
    body = "The No Game No Rest anime revealed its cast on Friday."
    assert one(body, title="No Game No Rest Anime Reveals Cast").title == "No Game No Rest"


def test_a_shows_own_list_of_news_is_not_a_list_of_shows() -> None:
    body = "New Cast and a Visual were revealed. Salt Road Rangers premieres on April 5."
    found = shows(body, title="Salt Road Rangers Anime Reveals Cast, Visual, April 5 Premiere")
    assert [f.title for f in found] == ["Salt Road Rangers"]


def test_sequel_word_and_event_names_are_not_part_of_the_title() -> None:
    body = "The Glass Owl sequel film will open in Japanese theaters in March 2026."
    facts = one(body, title="Glass Owl Sequel Film Reveals March 2026 Opening at Anime Expo Panel")
    assert facts.title == "Glass Owl"
    assert facts.season is None


def test_the_season_the_body_writes_after_the_title() -> None:
    text = (
        "Glass Harbor ran as a short series in 2019, and now it is returning.\n\n"
        "The trailer teases the premiere on January 9 and Glass Harbor II's opening theme."
    )
    assert one(text, title=None, published="2025-12-08").title == "Glass Harbor Season 2"
    both = text + " Glass Harbor Season 3 is planned as well."
    assert one(both, title=None, published="2025-12-08").title == "Glass Harbor"


def test_a_year_after_season_is_no_sequel_number() -> None:
    text = "Glass Harbor leads the new season, which looks packed with shows worth watching."
    headline = "Summer Season 2022: All Anime to Watch, from Glass Harbor to Paper Comet"
    assert "2022" not in (one(text, title=headline, published="2022-07-01").title or "")


def test_a_title_with_and_the_in_its_name_stays_one_title() -> None:
    body = (
        "The festival announced that Mamoru Oda 's The Lantern and the Heron ( Kimi-tachi "
        ") will be its opening film on October 20.\n\nThe Lantern and the Heron has sold "
        "more than 5 million tickets in Japan."
    )
    found = shows(body, title="Mamoru Oda's The Lantern and the Heron Film Opens L.A.'s Film Fest")
    assert [f.title for f in found] == ["The Lantern and the Heron"]


def test_a_title_with_an_exclamation_mark_inside_a_sentence_is_read_whole() -> None:
    text = (
        "On March 20, 2025, the Moss-Kyo-Oh! Lantern: The Ultimate Tide anime confirmed an "
        "April 6, 2025, release date alongside a new trailer. Studio Kite is animating the "
        "series.\n\nThe Moss-Kyo-Oh! Lantern: The Ultimate Tide anime is based on a picture "
        "book. The official website gave the release date of the Moss-Kyo-Oh! Lantern: The "
        "Ultimate Tide anime: April 6, 2025."
    )
    assert one(text, title=None, published="2025-03-20").title == (
        "Moss-Kyo-Oh! Lantern: The Ultimate Tide"
    )


def test_a_genre_word_between_a_studios_work_and_tv_anime_is_no_part_of_the_title() -> None:
    body = (
        "On Friday, the studio Kite revealed the main cast of its Hyōmoss television anime "
        "series on the show's teaser website. Hyōmoss sees the studio adapting Aki Mori's "
        "adolescent mystery novel of the same name."
    )
    title = "Studio Kite's Hyomoss Mystery TV Anime Cast Revealed"
    assert one(body, title=title, published="2012-01-12").title == "Hyomoss"


def test_a_two_part_film_project_gives_one_show_per_part() -> None:
    body = (
        "HIDIVE will add the English dub of the two-part Re:cycle of Lantern compilation film "
        "project on September 2.\n\n"
        "The Re:cycle of Lantern film project re-edits all 24 episodes of the television "
        "anime. The first film, Re:cycle of Lantern Part 1: Your Train is the Tide, opened in "
        "April 2022. The second film, Re:cycle of Lantern Part 2: I Love You, opened in July "
        "2022."
    )
    found = shows(body, title="HIDIVE Streams English Dub for Lantern Compilation Films")
    assert [f.title for f in found] == [
        "Re:cycle of Lantern Part 1: Your Train is the Tide",
        "Re:cycle of Lantern Part 2: I Love You",
    ]


def test_a_studios_plural_possessive_before_a_title_with_and_is_no_split() -> None:
    body = (
        "The staff announced on January 18, 2024, that The Moss Girl and The Evil Lantern "
        "anime will premiere in July 2024. The Moss Girl and The Evil Lantern adapts the "
        "manga of the same name.\n\nStudio BONES, known for titles such as Paper Academia, "
        "will produce the anime."
    )
    title = "Studio Bones' The Moss Girl and The Evil Lantern anime reveals window and key visual"
    assert [f.title for f in shows(body, title=title)] == ["The Moss Girl and The Evil Lantern"]


def test_two_films_each_titled_in_the_body_give_one_show_each() -> None:
    body = (
        "On Saturday, an event reported that the Lantern Dream! anime will spawn two films this "
        "year. The first film is titled Haru no Moss, Mayoi Neko (A Sunny Spot in Spring), and "
        "the second is titled Utau, Bokura no Uta (Sing, the Song). Aki Mori directs both."
    )
    found = shows(body, title="Lantern Dream! TV Anime Gets 2 Compilation Films in 2024")
    assert [f.title for f in found] == ["Haru no Moss, Mayoi Neko", "Utau, Bokura no Uta"]


def test_a_headline_about_a_person_that_names_the_work_after_a_comma() -> None:
    body = (
        "Paper Comet Designer Aki Mori Directs His 1st Anime, Moss Recoil\n\n"
        "Aki Mori, who was the character designer on Paper Comet and on Glass Harbor, will "
        "make his debut as a director with Moss Recoil, an original television anime slated "
        "for 2022.\n\nThe new anime portrays the daily life of two girls."
    )
    title = "Paper Comet Designer Aki Mori Directs His 1st Anime, Moss Recoil"
    assert one(body, title=title, published="2021-12-31").title == "Moss Recoil"


def test_a_sentence_cased_title_the_body_glosses_in_parentheses_is_the_headlines_show() -> None:
    found = one(
        "On Thursday, Crunchyroll started streaming a trailer for the television anime of "
        "Y.A. 's Hachinan Sore wa Nai! ( The 8th lantern? Are you kidding me? ) light novel "
        "series. The anime will debut on April 2 on Tokyo MX.",
        title="Crunchyroll Posts The 8th lantern? Are you kidding me? Anime Subtitled Trailer",
        published="2020-03-06",
    )
    assert found.title is not None and found.title.startswith("The 8th lantern? Are you kidding")


@pytest.mark.parametrize(
    ("headline", "body", "titles"),
    [
        (
            "Paper Lantern episode 1: Release date and time, where to watch, and more",
            "Paper Lantern episode 1 is set to come out on Thursday, July 3, 2025. The anime's "
            "first episode will air on ABC.",
            ("Paper Lantern",),
        ),
        (
            "Netflix Anime Series Drifting Lanterns Drops Trailer, Cast List",
            "Drifting Lanterns, the newest CG-animated series from Kite Pictures, is coming. "
            "Drifting Lanterns will stream on Netflix in January.",
            ("Drifting Lanterns",),
        ),
        (
            "Strike the Lantern IV OVA Series Previewed in Promo Video",
            "The website began streaming a promotional video for Strike The Lantern IV, the "
            "Strike The Lantern franchise's fourth OVA series.\n\nThe first home video release, "
            "which holds two episodes, will ship on April 8. Strike The Lantern IV is directed "
            "by Rei Ono at Studio Kite.",
            ("Strike The Lantern Season 4", "Strike The Lantern IV"),
        ),
    ],
)
def test_a_headline_title_sheds_its_episode_and_kind_words_and_keeps_its_sequel_name(
    headline: str, body: str, titles: tuple[str, ...]
) -> None:
    found = one(body, title=headline, published="2025-06-30")
    assert (found.title, *found.alt_titles)[: len(titles)] == titles


@pytest.mark.parametrize(
    ("headline", "body", "title"),
    [
        (
            "KITES' Idol Lanterns Multimedia Project Gets TV Anime Premiering in January",
            "On Saturday, the official website KITES runs for its Idol Lanterns (Idol Tōrō) "
            "multimedia project announced that the project is getting a TV anime. Idol "
            "Lanterns will premiere in January.",
            "Idol Lanterns",
        ),
        (
            "Ghibli's Paper and the Witch CG Feature Delays Theatrical Release in Japan",
            "Studio Ghibli announced on Friday that Paper and the Witch, its first full CG "
            "feature, will not open in Japanese theaters as planned. Paper and the Witch aired "
            "on NHK in December.",
            "Paper and the Witch",
        ),
    ],
)
def test_an_owned_headline_title_sheds_the_words_that_describe_the_work(
    headline: str, body: str, title: str
) -> None:
    assert one(body, title=headline, published="2021-04-20").title == title


def test_a_possessive_title_is_not_cut_at_its_owner() -> None:
    found = one(
        "News\nQueen's Game Horror Anime's Video Previews Pile Ending Song\n\nposted on by "
        "Aki Mori\nOctober 5 anime also reveals new visual\n\n"
        "On Tuesday, the official website for Queen's Game The Animation, the television "
        "anime adaptation of Rei Ono's Ō-sama Gēmu (Queen's Game) cellphone novel, started "
        "streaming a video. The anime will debut on AT-X on October 5.\n\n"
        'The story: one day the class gets a message from the "Queen." The message orders '
        "them to obey.",
        title="Queen's Game Horror Anime's Video Previews Pile Ending Song",
        published="2017-09-05",
    )
    assert found.title == "Queen's Game The Animation"  # not "Queen", a character of the story


def test_singers_listed_in_the_headline_are_not_shows() -> None:
    body = (
        "The staff of Paper Gymnasts, the new original sports anime, announced that Kaito "
        "Morishima , Ren Tachibana , and Sho Amemiya are performing the show's opening theme "
        'song "Harbor Honey." The series debuted on October 10 on TV Asahi.'
    )
    found = shows(
        body,
        title="Kaito Morishima, Ren Tachibana, Sho Amemiya Perform Cover Song as Opening "
        "Theme of Paper Gymnasts Anime",
    )
    assert [f.title for f in found] == ["Paper Gymnasts"]


def test_a_genre_word_the_body_writes_as_part_of_the_name_stays_in_the_title() -> None:
    body = (
        "The main cast was unveiled for the anime based on Rei Kanda's manga Kangoku Koen "
        '(Prison School). The ending theme is "Prison Boys" and the Prison Band sings it. '
        "It airs in July."
    )
    facts = one(body, title="Latest promo video for Prison School anime unveiled")
    assert facts.title == "Prison School"


def test_a_columns_headline_names_its_subject_whole() -> None:
    body = (
        "Key Staff\n\nDirector: Aoi Sato\n\nThis story comes from an age of chaos. Meanwhile "
        '"The Fool" of the East, Oda Lantern, longs for power. Lantern meets a knight.'
    )
    facts = one(body, title="Anime Spotlight - Lantern The Fool")
    assert facts.title == "Lantern The Fool"


def test_a_title_of_generic_words_is_kept_by_its_own_marks() -> None:
    body = (
        "Best Story!! season 2 arrives in the Summer 2017 anime season. Its premiere in Japan "
        "is set for July 11, 2017. Mika Aoi is back to direct the anime at Doga Kobo."
    )
    facts = one(body, title="Video: Best Story Season 2 Gets Brand New PV", published=None)
    assert facts.title == "Best Story!! Season 2"
    assert str(facts.premiere_date) == "2017-07-11"


def test_a_genre_the_headline_puts_after_the_title_is_not_part_of_it() -> None:
    body = (
        "A new anime series is about to reach screens: the Dusk Out Of Frame Boys-Love Anime. "
        "The Dusk Out of Frame boys-love anime is set to premiere on July 4, 2024, on Tokyo MX."
        "\n\nDusk Out Of Frame Boys-Love Anime: Release date\n\nThe series airs on Thursdays."
    )
    facts = one(
        body,
        title="Dusk Out Of Frame Boys-Love Anime Confirms July Release Date, Promo & More",
        published="2024-05-29",
    )
    assert facts.title == "Dusk Out Of Frame"


def test_a_plural_before_an_apostrophe_is_part_of_the_title_not_its_owner() -> None:
    from pipeline.extract.headline_reading import headline_base

    body = (
        "Manga Entertainment will release Moss Academia Season 3 Part 1 on Monday.\n\n"
        "MVM will release Girls' Last Walk, the 12-part series, as a Collector's Blu-ray. "
        "Aoi Sato directed the anime at WHITE FOX."
    )
    headline = "Moss Academia S3 P1 and Girls' Last Walk Released Monday"
    assert headline_base(headline, body, ()) == "Girls' Last Walk"  # not "Last Walk"


def test_a_sites_own_season_guide_and_a_dated_wrapup_name_no_show() -> None:
    from pipeline.extract.candidate_filters import is_generic

    assert is_generic("Japanator's Winter 2015")
    assert is_generic("Weekend Wrapup: 12/May - 18/May")
    assert not is_generic("Darwin's Game")


def test_a_multimedia_projects_name_is_the_title() -> None:
    body = (
        "The mascot-loving boys of the Lantern Boys multimedia project debuted in 2015. The "
        "project's TV anime will premiere in January on Tokyo MX."
    )
    facts = one(body, title="Lantern Boys Multimedia Project Adds Two Mascot Fans")
    assert facts.title == "Lantern Boys"


def test_a_headline_without_a_title_takes_the_adaptation_the_body_names() -> None:
    body = (
        "Back in 1998, horror manga creator Junji Sato released Spiral Lantern. Now Adult Swim "
        "is teaming up with a studio to bring a new horror anime adaptation of Spiral Lantern, "
        "which is set to premiere later this month. Spiral Lantern follows Kirie."
    )
    facts = one(body, title="New Horror Anime Series Arrives on Streaming This Month")
    assert facts.title == "Spiral Lantern"


def test_a_director_to_create_a_new_series_is_no_show_and_the_series_is_untitled() -> None:
    body = (
        "Mamoru Kanda to Create New Anime Series for 2020\n\n"
        "Mamoru Kanda, the acclaimed director of Paper Labor and more, is making a new anime "
        "series. Slated for broadcast next spring, the series has Kanda serving as chief "
        "director. The project grows out of an idea Kanda has been developing for a decade."
    )
    found = shows(body, title="Mamoru Kanda to Create New Anime Series for 2020")
    assert all(f.title is None for f in found)  # neither the director nor the headline


def test_a_makers_and_kinds_lead_and_an_including_tail_leave_the_title() -> None:
    body = (
        "On Wednesday, Disney announced two new cast members for Dragons of Paperhatch, its "
        "hybrid live-action/anime fantasy project, and revealed that Production I.G will "
        "produce the project's anime portion."
    )
    facts = one(
        body,
        title="Disney Live-Action/Anime Dragons of Paperhatch Project Unveils More Cast and "
        "Staff Including Production I.G",
    )
    assert facts.title == "Dragons of Paperhatch"


def test_a_streamer_entering_the_anime_market_names_no_market_show() -> None:
    body = (
        "Following the success of its short film series, the streaming service Disney+ has "
        "invested in four more anime projects, to be released over the coming year."
    )
    found = shows(body, title="Disney+ Enters the Anime Market with Four Projects")
    assert "Market" not in [f.title for f in found]


def test_a_quoted_sequel_to_a_quoted_show_is_named_as_written() -> None:
    body = (
        "Voice actors Aya Mori and Jun Sato will return to their roles in "
        '"Witchy Lantern! ~MIRAI DAYS~", the sequel to "Witchy Lantern!", which was the 13th '
        'installment of the popular anime series.\n\n"Witchy Lantern!" was on air from February '
        "2016 to January 2017."
    )
    facts = one(
        body, title='Witchy Lantern! : Sequel "MIRAI DAYS" to feature Aya Mori and Jun Sato'
    )
    assert facts.title == "Witchy Lantern! ~MIRAI DAYS~"


def test_a_headline_s_article_before_the_title_goes_when_the_body_writes_the_x() -> None:
    facts = one(
        "<p>This year, the anime sequel film for Lantern Rabbit is coming back to Japanese"
        " theaters. It is set four years after the ending of the Lantern Rabbit anime series.</p>"
        "<p>The Lantern Rabbit anime series follows five girls.</p>",
        title="The Lantern Rabbit Anime Film Returns to Japanese Theaters on August 28th",
    )
    assert facts.title == "Lantern Rabbit"


def test_a_game_that_gains_an_anime_adaptation_is_the_show() -> None:
    facts = one(
        "<p>The smartphone game Night Garden is getting a TV anime adaptation. Studio Kiri"
        " animates it.</p>",
        title="Smartphone Game Night Garden Gains an Anime Adaptation",
    )
    assert facts.title == "Night Garden"


def test_a_romanised_title_keeps_its_small_particles() -> None:
    facts = one(
        "<p>The official website for the anime adaptation of Kawaii dake ja Nai Night Garden-san"
        " has announced that the studio will briefly halt its work. The first episode of"
        " Kawaii dake ja Nai Night Garden-san will not be hit.</p>",
        title="Kawaii dake ja Nai Night Garden-san – Estúdio fará pausa por conta da COVID",
    )
    assert facts.title == "Kawaii dake ja Nai Night Garden-san"


def test_the_name_the_series_is_to_be_called_is_the_title() -> None:
    facts = one(
        "<p>The anime adaptation of Night Garden is finally within reach. The series is to be"
        " called Night Garden Ver1.1a, and it is due to be released in January 2023.</p>",
        title="Night Garden Anime Adaptation Release",
    )
    assert facts.title == "Night Garden Ver1.1a"

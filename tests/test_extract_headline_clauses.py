"""Headlines of two clauses, names styled in lower case, a studio that will animate a
show, picture books that inspire one, a body that names a new work only as "original TV
anime X", and a countdown of news items set as numbered headings."""

from __future__ import annotations

from extract_helpers import one, shows


def test_a_two_clause_headline_is_read_in_its_first_clause_and_keeps_a_styled_name() -> None:
    facts = one(
        'Key art for the 3DCG comedy anime "zzkt Brass Knights", from the makers of'
        ' "zzkt Garden".\n\n'
        "When students Rin and Kou stay up late, a voice pulls them into another world."
        ' That is the premise of the upcoming 3DCG comedy "zzkt Brass Knights."\n\n'
        "A promotional video shows the three heroes. The series premieres on Tokyo MX.",
        title="zzkt Brass Knights Promotional Video Released; Students Get Sent to Rescue"
        " a Queen in Upcoming 3DCG Comedy Anime",
    )
    assert facts.title == "zzkt Brass Knights"


def test_a_studio_to_animate_a_show_names_the_show_not_the_source_it_was_renamed_from() -> None:
    facts = one(
        "Renamed from Rei Tanaka's Skirt Sailors novels\n\n"
        "At its booth on Thursday, the studio Kinema Works announced that it is producing a"
        " Starfall Sailors television anime for 2031. The anime was first named after Rei"
        " Tanaka's Skirt Sailors adventure novels, and Skirt is still on the cover. The"
        " Skirt novels ran for ten years.",
        title="Kinema Works to Animate Starfall Sailors for TV in 2031 (Updated)",
    )
    assert facts.title == "Starfall Sailors"


def test_a_picture_book_that_inspires_an_anime_short_is_the_show() -> None:
    facts = one(
        'A loved picture book becomes a short. "Hold My Hand…" by Emi Sato has been turned'
        ' into an anime short. It is the fifth entry in the "Ehonime" project, and'
        " Ehonime animates picture books.\n\n"
        "The Story of Hold My Hand…\n\n"
        "The Ehonime team chose it for its warmth. Ehonime shorts run three minutes.",
        title="Hold My Hand Picture Book Inspires Gentle Anime Short",
    )
    assert facts.title == "Hold My Hand"


def test_a_title_with_is_in_it_is_not_cut_where_the_body_writes_it_with_is_too() -> None:
    facts = one(
        "The Cat Is Already King\n\n"
        'The official website for the novel series "The Cat is Now King" announced a TV'
        " anime. Studio Nimbus animates it, and Jun Ito directs.",
        title="Everything We Know So Far About The Cat Is Already King Anime Adaptation",
    )
    assert facts.title == "The Cat Is Already King"


def test_an_original_anime_named_only_after_its_kind_in_the_body_is_titled() -> None:
    facts = one(
        "The official website for the upcoming original TV anime Stagerock announced today"
        " that it will premiere on AT-X on January 7, 2031. The"
        ' "Theatre x Band"-themed project was first revealed in 2027.',
        title="New Band-Themed Original TV Anime",
    )
    assert facts.title == "Stagerock"


def test_a_countdown_of_news_items_gives_the_shows_its_sentence_case_headings_name() -> None:
    found = shows(
        "Here is what fans could not forget this year.\n\n"
        "3. Moonlit Harbor gets a new anime film\n\n"
        "It will be the series' first film in ten years.\n\n"
        "2. Voice actor Ken Oda retires\n\n"
        "He voiced many heroes.\n\n"
        "1. Clockwork Garden gets a third season\n\n"
        "It is set to run some 24 episodes.",
        title="Fans Rank the Most Memorable Anime News of 2030",
    )
    titles = [f.title for f in found]
    assert "Moonlit Harbor" in titles
    assert "Clockwork Garden Season 3" in titles


def test_numbered_first_impressions_with_episode_numbers_and_captions_are_the_entries() -> None:
    found = shows(
        "I only got through two of the shows this week, so here is part one.\n\n"
        "1) Glass Harbor!!x2 Episode 13 (Glass Harbor!! Season 2 Cour 2 episode 1):\n\n"
        "Glass Harbor!! episode 13 overview - the villain sees the dark\n\n"
        "Glass Harbor!! is back, rejoice! The quiet episode still had plenty going on.\n\n"
        "I wrote a full editorial, go and read it!\n\n"
        "2) Kaze to Tora / Wind and Tiger Episode 1:\n\n"
        "Kaze to Tora anime episode 1 overview - Tora dreams of ruling\n\n"
        "Kaze to Tora isn't special, and it brings nothing new to the table.",
        title="Summer 2031 First Impressions Part 1",
    )
    titles = [f.title for f in found]
    assert "Kaze to Tora" in titles
    assert "Wind and Tiger" in next(f.alt_titles for f in found if f.title == "Kaze to Tora")


def test_numbered_entries_each_under_a_tagline_heading_are_the_entries() -> None:
    found = shows(
        "We watched plenty this season, so here are our favourites.\n\n"
        "3. Midnight Office Clerk\n\n"
        "Angels, Demons, Gods…\n\n"
        "If you love fantasy, there is little better than this show about spirits in"
        " Tokyo.\n\n"
        "2. Paper Dogs Season 3\n\n"
        "For anyone who skipped the first two…\n\n"
        "It opened with a flashback, as the second season did.\n\n"
        "1. Lantern Road\n\n"
        "Quiet, warm, perfect.\n\n"
        "Nothing else this season came close to it.",
        title="With the Spring Season Over, Here Are 3 Series You Must Watch",
    )
    titles = [f.title for f in found]
    assert {"Midnight Office Clerk", "Paper Dogs Season 3", "Lantern Road"} <= set(titles)


def test_a_premiere_first_impression_column_names_the_show_before_its_dash() -> None:
    facts = one(
        "Moss to Fern – Premiere First Impression (Weekly Anime-Log)\n\n"
        "Two tiny girls live in the woods.\n\n"
        "Moss to Fern\nStudio: Lerche\nGenre: Fantasy, Slice of Life\n\n"
        "Reviewer: Honestly, I have got nothing bad to say.",
        title="Moss to Fern – Premiere First Impression (Weekly Anime-Log)",
    )
    assert facts.title == "Moss to Fern"


def test_a_director_s_next_feature_named_after_a_comma_is_the_show() -> None:
    facts = one(
        "The past few years have been big for director Kenji Arai. 2027 brought his"
        " features Sea Song and The Long Walk. Now summer 2031 will bring the release of"
        " his next feature, Nami no Uta. The first trailer for Nami no Uta shows a surfer.",
        title="New Kenji Arai Feature's Trailer and Poster Released",
    )
    assert facts.title == "Nami no Uta"


def test_a_light_novel_s_long_quoted_title_is_taken_whole_without_a_headline() -> None:
    facts = one(
        'The TV anime "The Quiet Girl at My New School Turns Out to Be the Childhood Friend'
        ' I Thought Was a Boy," adapted from a light novel, will start airing in July on'
        " TOKYO MX. Ikumi Hasegawa voices the lead.",
    )
    assert facts.title == (
        "The Quiet Girl at My New School Turns Out to Be the Childhood Friend I Thought Was a Boy"
    )


def test_an_interview_after_a_colon_leaves_the_show_before_it() -> None:
    facts = one(
        "Executive Director Ken Oda\n\n"
        "Working on an original anime\n\n"
        "Oda: Anime is an invitation to make original content, and I have always envied it."
        " Aoki drew the dragons, and Aoki drew the pilots too.",
        title="Moon Hound: An Interview With Executive Director Ken Oda & Designer Rei Aoki",
    )
    assert facts.title == "Moon Hound"


def test_places_in_a_top_ten_are_no_part_of_the_titles() -> None:
    found = shows(
        "So here is my own list, the top anime of 2030, ten spots and plenty of winners.\n\n"
        "10th place – Canaria\n\n"
        "I thought about putting it at 9th, but I really cannot, since the ending fell flat.\n\n"
        "9th place – K-Bon!\n\n"
        "Lucky music all over again, and I enjoyed all the festival parts.\n\n"
        "8th place – Clover ~After Story~\n\n"
        "The first season was far better, but this one still made me cry.",
        title="Top Ten Anime of 2030",
    )
    titles = [f.title for f in found]
    assert "Canaria" in titles
    assert "K-Bon!" in titles


def test_a_title_in_lower_case_before_anime_film_is_the_show_and_ends_at_its_line() -> None:
    facts = one(
        "On Friday, Crunchyroll started streaming a trailer for the anime film of Kazumi"
        " Sato's trapezoid novel. Tickets for the film are on sale now.\n\n"
        "Crunchyroll's description of trapezoid:\n\n"
        "Yu Azuma, an ambitious young girl, wants to be an idol.",
        title="Crunchyroll Streams Trailer for trapezoid Anime Film, Upcoming Screening in"
        " U.S., Canada",
    )
    assert facts.title == "trapezoid"


def test_a_band_a_colon_and_the_show_s_theme_song_name_the_show() -> None:
    facts = one(
        'The new anime "Blue Exorcists" begins airing on April 10, 2031, and the band'
        " SKYworld will supply its new single as the opening theme song. It is the band's"
        " sixth anime theme.",
        title="SKYworld : Blue Exorcists Theme song",
    )
    assert facts.title == "Blue Exorcists"


def test_a_show_to_be_shown_in_a_programming_block_is_named_before_the_verb() -> None:
    facts = one(
        '"Harbor of the Lights", which Kamiyama Ken both wrote and directed, will air in the'
        " FujiTV Noitamina slot's spring season, beginning in April. Kamiyama is known for his"
        ' earlier works, "Guardian Spirit" among them. Umino Chika will design the characters'
        " for Kamiyama's show, and Production I.G animates it.",
        title="Harbor of Lights to be shown in Noitamina",
    )
    assert facts.title is not None
    assert facts.title.startswith("Harbor of")


def test_a_title_with_its_own_period_is_read_as_the_body_writes_it() -> None:
    facts = one(
        "On Friday, the official website for the Tsukiyomi. THE ANIMATION franchise revealed"
        " that the Tsukiyomi. THE ANIMATION 2 sequel will premiere on Tokyo MX on October 7,"
        " 2031 at 10:30 p.m.",
        title="Tsukiyomi the Animation 2 Anime Premieres on October 7",
    )
    assert facts.title == "Tsukiyomi. THE ANIMATION 2"


def test_a_count_of_episodes_watched_after_a_heading_s_colon_is_no_part_of_the_title() -> None:
    found = shows(
        "Here is how the Crunchyroll shows of Spring 2031 ended for me.\n\n"
        "Ballet Boy Danseur: 11 episodes COMPLETE\n\n"
        "A boy who loves ballet hides it from his friends, until he no longer can.\n\n"
        "Spy Family: 12 episodes COMPLETE\n\n"
        "The family of spies and assassins kept me laughing all season.",
        title="Spring 2031 Anime Postmortem: Crunchyroll",
    )
    titles = [f.title for f in found]
    assert "Ballet Boy Danseur" in titles
    assert "Spy Family" in titles


def test_here_s_the_dub_cast_for_a_show_names_the_show() -> None:
    facts = one(
        "The last of the season's broadcast dubs now has its cast. This is Sky Knight’s"
        " Academy, and the dub premieres on Friday. Joel Mason voices Kanata Age.",
        title="Here's the Dub Cast for Sky Knights Academy",
    )
    assert facts.title in ("Sky Knights Academy", "Sky Knight’s Academy")


def test_a_manga_series_before_its_name_is_no_part_of_the_title() -> None:
    facts = one(
        "A new anime adaptation has been announced. The lucky series this time is the"
        " horror-comedy mangaMiruko-chan, about a girl who sees spirits. Passione animates the"
        " anime, and Yuki Ogawa directs it.",
        title="Manga Series Miruko-chan Announces Anime Series for Later This Year",
    )
    assert facts.title == "Miruko-chan"


def test_a_headline_of_a_title_and_its_japanese_name_after_a_slash_gives_the_title() -> None:
    facts = one(
        "What? Me, watching a magical girl show? Yes, and for one good reason: the staff.\n"
        "Director: Akiyuki Shinbo\nSeries Composition: Gen Urobuchi\nAnimation Production:"
        " SHAFT\n"
        "You can only marvel at the names. It starts on January 6, 2031 on MBS.",
        title="Magical Girl Sora Magica / 魔法少女ソラ★マギカ",
    )
    assert facts.title == "Magical Girl Sora Magica"


def test_midseason_impressions_of_a_season_list_the_shows_their_paragraphs_lead_with() -> None:
    found = shows(
        "We are near the middle of the Winter 2031 season, so here is a quick update.\n\n"
        "Harbor Lights!!: My favorite series of the season, better than I first thought.\n\n"
        "Sky Sound: The setting is what makes the story shine, from the outside in.\n\n"
        "Blade Tales: Releases are slow at one episode a month, but each one is long.",
        title="Midseason Impressions – Winter 2031",
    )
    titles = [f.title for f in found]
    assert {"Harbor Lights!!", "Sky Sound", "Blade Tales"} <= set(titles)


def test_a_show_s_discs_in_the_headline_leave_the_show() -> None:
    facts = one(
        "The first Blu-ray and DVD volume of Occult School, out October 2031, comes with a"
        " spinoff short. Minori Chihara voices Mikaze Nakagawa in the short.",
        title="Japanese Occult School Discs to Include Spinoffs",
    )
    assert facts.title == "Occult School"


def test_a_review_of_three_films_a_slash_apart_gives_each_film() -> None:
    found = shows(
        "Review\n\n"
        "Three classics come in one box. Vampire Hunter X: Bloodline is a gothic chase by"
        " MADHOUSE. Sprigun is a treasure hunt by STUDIO 4°C. Millennium Singer is Satoshi"
        " Kon's love letter to cinema.",
        title="Anime Classics: Vampire Hunter X: Bloodline / Sprigun / Millennium Singer",
    )
    titles = [f.title for f in found]
    assert {"Vampire Hunter X: Bloodline", "Sprigun", "Millennium Singer"} <= set(titles)


def test_a_content_system_s_placeholder_title_is_no_show() -> None:
    found = shows(
        "Auto Draft\n\n"
        "Your Tide opened in 4,000 U.S. theaters this weekend, one of the ten biggest anime"
        " openings there. Your Tide is the highest grossing anime film in Japan this year.",
        title="Your Tide – One of the 10 Biggest U.S. Anime Openings of All Time",
    )
    assert [f.title for f in found] == ["Your Tide"]

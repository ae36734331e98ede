"""Names with their own marks ("SKY RACE!", "Star Festival!"), an episode's title after the
show's in a review headline, capitals that hold a genre word, and plain text whose lines
were hard-wrapped mid-sentence around quotations with spaces inside."""

from __future__ import annotations

from extract_helpers import one, shows


def test_a_review_headline_s_closing_quotation_is_the_episode_not_the_show() -> None:
    facts = one(
        "Overview:\n\nNatsu, a young director, storyboards her first film.\n\n"
        "Our Take:\n\nLantern Tide is the newest original anime from studio MAPPA, and the"
        " episode First Stroke sets it up well. First Stroke ends on a cliffhanger.",
        title="English Dub Review: Lantern Tide “First Stroke”",
    )
    assert facts.title == "Lantern Tide"


def test_a_name_that_ends_in_its_own_mark_before_a_sentence_case_headline() -> None:
    facts = one(
        "The moe-style anime SKY RACE! now has a new official website.\n\n"
        "SKY RACE! is a four-panel manga series by Rina Okabe about a girl who joins a"
        " video game company, praised for its picture of how Japan’s video game industry"
        " works. The SKY RACE! anime will air from March 27, 2016.",
        title="SKY RACE! author tweets teaser site link for anime adaptation site",
        published=None,
    )
    assert facts.title is not None
    assert facts.title.rstrip("!") == "SKY RACE"  # not "RACE! author tweets ..."
    assert facts.original_creator == ("Rina Okabe",)  # not Japan, whose industry it shows


def test_a_festival_s_name_with_its_own_mark_is_a_show_and_captions_give_its_cast() -> None:
    facts = one(
        "If idol anime appeal to you, the new anime Star Festival! could be just the thing"
        " for you! The first video of Star Festival! is out.\n\n"
        "Text: Kanade Amami – Voiced by Soma Ishida\n"
        "Haruto: You're beyond the best.\n"
        "Text: Haruto Mikasa – Voiced by Toshi Morita\n\n"
        "Star Festival! premieres in October.",
        title=None,
    )
    assert facts.title == "Star Festival!"
    assert [(c.character, c.actor) for c in facts.cast] == [
        ("Kanade Amami", "Soma Ishida"),
        ("Haruto Mikasa", "Toshi Morita"),
    ]


def test_hard_wrapped_lines_and_padded_quotations_give_the_title_and_its_song() -> None:
    facts = one(
        "A new\npromotional video has been unveiled on the official website for\n"
        'the original anime " Rice for the Road ( Hibi wa\nGohan Umashi ) ". The video'
        " confirms that the\npremiere is set for April 12 in Japan , and plays a snippet of\n"
        'the opening theme, titled " Sonna Hi ne " and\nsung by Asuna .\n'
        "Rice for\nthe Road Synopsis\nFive girls start college together.",
        title="A Gluttonous Anime Arrives With Food",
        published=None,
    )
    assert facts.title == "Rice for the Road"
    assert facts.alt_titles == ("Hibi wa Gohan Umashi",)
    assert [(s.kind, s.title, s.artist) for s in facts.themes] == [
        ("opening", "Sonna Hi ne", "Asuna")
    ]


def test_a_headline_in_capitals_keeps_a_genre_word_the_body_writes_in_the_name() -> None:
    facts = one(
        "Sentai Filmworks has acquired the license for Lantern Basara: Samurai High School,"
        " a parody of the Lantern Basara games. Lantern Basara: Samurai High School"
        " premieres on October 5.",
        title="Sentai Filmworks Acquires The License Of LANTERN BASARA: SAMURAI HIGH SCHOOL Anime",
    )
    assert facts.title is not None
    assert facts.title.casefold() == "lantern basara: samurai high school"


def test_a_creator_s_earlier_work_in_brackets_is_no_creator() -> None:
    facts = one(
        "The Lantern Tide anime will premiere in April.\n\n"
        "Aka Mori (Winter Court) and Mengo Hara (Scum's Wish) launched the manga in"
        " Weekly Young Jump in 2020.",
        title="Lantern Tide Anime Premieres in April",
    )
    assert facts.original_creator == ("Aka Mori", "Mengo Hara")


def test_a_blog_preview_whose_paragraphs_open_with_the_show_s_name_alone() -> None:
    found = shows(
        "Here is what I expect to be blogging once January gets going.\n\n"
        "Lantern Tide.  I was hooked on this one the first time I saw the artwork, and BONES"
        " is producing it, so it is a sure thing.\n\n"
        "Paper Comet.  It was among my favorite shows of last year and the best comedy of"
        " the year, and it is only getting 8 episodes.\n\n"
        "Ember Knights.  One more automatic pick, since it is a Noitamina show directed by"
        " Aki Mori, and the premise is unusual.",
        title="Winter Preview",
    )
    assert [f.title for f in found] == ["Lantern Tide", "Paper Comet", "Ember Knights"]
    assert found[0].studios == ("BONES",)
    assert found[1].episodes_or_cours == "8 episodes"
    assert found[2].director == ("Aki Mori",)


def test_a_heading_broken_over_two_lines_is_one_heading() -> None:
    found = shows(
        "Welcome to the season preview! This spring brings a lot of interesting anime.\n\n"
        "The Continuation of the Voyages\n\nof Rider and Waver\n\n"
        "It is less a sequel than a long gap between episodes 13 and 14, but at last we get"
        " more of Rider and Waver.\n\n"
        "Lantern Tide\n\n"
        "Same world but new characters and a new plot, and the trailer looks great.",
        title="Spring 2012 Anime Season Preview",
    )
    assert [f.title for f in found] == [
        "The Continuation of the Voyages of Rider and Waver",
        "Lantern Tide",
    ]


def test_a_title_with_a_colon_over_text_that_names_it_is_a_heading_not_a_field() -> None:
    found = shows(
        "Funimation's Summer 2016 season does not offer many titles for me.\n"
        "These are the shows I began watching on Funimation this season!\n"
        "Lantern Tide: The Three Sacred Lamps\n"
        "Doing something new in the mecha genre is hard, which is why, when I began watching"
        " Lantern Tide: The Three Sacred Lamps, I worried it would be more of the same.\n"
        "Paper Comet\n"
        "Paper Comet opens twelve years in the past with a battle between two girls in a"
        " city by the sea, and its first episode is the best of the season so far.",
        title="Summer 2016 Preview: Funimation Edition",
    )
    assert [f.title for f in found] == ["Lantern Tide: The Three Sacred Lamps", "Paper Comet"]
    assert all(f.streaming == ("Funimation",) for f in found)


def test_a_band_s_single_as_a_show_s_next_opening_names_the_show() -> None:
    facts = one(
        'The band SKYLARK confirmed that "Harukaze," its new single, will serve as the next'
        " opening theme song of Lantern Tide. The TV anime of Aki Mori's manga will use the"
        " song from October 11.\n\n"
        'The all-female band SKYLARK already sang "Shojo S," the show\'s 10th opening, in 2009.'
        " SKYLARK has also provided theme songs for Paper Comet, and SKYLARK's members"
        " appeared in the Ember Knights film.",
        title="Skylark's New Single as Next Lantern Tide Opening",
    )
    assert facts.title == "Lantern Tide"


def test_a_title_s_own_ordinal_before_season_1_is_no_sequel() -> None:
    facts = one(
        "Maiden Japan announced that it will release Lupin the 3rd Season 1 on DVD. Lupin the"
        " 3rd Season 1 is adapted from Monkey Punch's manga.",
        title="Maiden Japan Licenses Lupin the 3rd Season 1",
    )
    assert facts.title is not None
    assert "Season 3" not in facts.title


def test_a_cast_grouped_by_band_under_band_headings_is_one_show_s_cast() -> None:
    found = shows(
        "Project features 13 cast members\n\n"
        "The official website of the Lantern Tide music anime project revealed its cast."
        " The cast, grouped by band, includes:\n\n"
        "Pink Flag\n\n"
        "Tatsu Sugawa as Nijiro Shisui (vocalist)\n\n"
        "Soma Saito as Toji Tsuki (guitarist)\n\n"
        "as Toji Tsuki (guitarist) Hiro Mineta as Shion Kagami (bassist)\n\n"
        "System of Romance\n\n"
        "Yuri Yama as Kinji Abiko (vocalist)\n\n"
        "as Kinji Abiko (vocalist) Daiki Kawa as Ginji Abiko (DJ)\n\n"
        "The Lantern Tide project tells of four bands signed to one label.",
        title="Rockin'on Group's Lantern Tide Music Anime Project Reveals Cast in Music Video",
    )
    assert [f.title for f in found] == ["Lantern Tide"]
    assert [(c.actor, c.character) for c in found[0].cast] == [
        ("Tatsu Sugawa", "Nijiro Shisui"),
        ("Soma Saito", "Toji Tsuki"),
        ("Hiro Mineta", "Shion Kagami"),
        ("Yuri Yama", "Kinji Abiko"),
        ("Daiki Kawa", "Ginji Abiko"),
    ]


def test_a_range_s_year_holds_for_its_start_and_auditions_are_no_premiere() -> None:
    facts = one(
        "The Lantern Tide anime project revealed its cast. The group ran auditions from"
        " August 1 to September 30 of 2019.",
        title="Lantern Tide Anime Reveals Cast",
        published="2022-03-16",
    )
    assert facts.premiere_date is None
    assert facts.season is None


def test_a_date_range_s_closing_year_dates_its_start() -> None:
    facts = one(
        "Lantern Tide will air from April 4 to June 27, 2026 on Tokyo MX.",
        title="Lantern Tide Anime Premieres in April",
        published="2025-07-13",
    )
    assert str(facts.premiere_date) == "2026-04-04"


def test_a_game_s_anime_takes_the_longer_name_the_body_titles_it() -> None:
    facts = one(
        "Koei Games' popular video game Lantern Musou is going to inspire a television anime"
        " series, to be titled Lantern Musou SP Sanada no Sho (Lantern Warriors Special). The"
        " anime is scheduled to premiere on March 2014.\n\n"
        "Lantern Musou fans will see the siege of Ueda Castle.",
        title="Lantern Musou Inspires TV Anime this March",
        published=None,
    )
    assert facts.title == "Lantern Musou SP Sanada no Sho"
    assert facts.season == "Winter 2014"


def test_a_new_director_s_words_are_about_the_show_not_his_earlier_work() -> None:
    facts = one(
        "The Lantern Tide anime pressed ahead with season 2 under a new staff. Aki Mori is"
        " taking over as director, yet many Lantern Tide fans are not convinced. Director"
        " Mori promised the Lantern Tide team will respect the story of Season 1.",
        title="New Lantern Tide Director Says They Will Respect Season 1",
    )
    assert facts.title == "Lantern Tide Season 2"


def test_a_title_s_own_marks_after_a_kind_word_keep_the_sentence_whole() -> None:
    facts = one(
        "The second season of the Shinryaku! Ika Kozou (Squid Boy) television anime series is"
        " titled Shinryaku!? Ika Kozou. The anime is based on Aki Mori's comedy manga"
        " Shinryaku! Ika Kozou, about a squid.",
        title="2nd Ika Kozou Season Title and Staff Listed",
    )
    assert facts.title in ("Shinryaku! Ika Kozou Season 2", "Shinryaku!? Ika Kozou Season 2")


def test_a_show_to_air_again_beside_merchandise_news_is_the_show_s_news() -> None:
    facts = one(
        'The "Lantern Wild" anime series will come out after a 12-year break. At a press'
        " conference, the toy maker announced that the franchise will get a new series titled"
        ' "Lantern Wild." The new "Lantern Wild" anime will air this summer.',
        title="Lantern to Air Again After 12 Years, New Merchandise and Games to Come",
        published="2018-03-06",
    )
    assert facts.title == "Lantern Wild"


def test_a_unit_singing_an_unnamed_anime_s_opening_gives_the_body_s_show() -> None:
    facts = one(
        "Aki Mori is teaming up with Rina Hara this spring, forming a new unit and recording a"
        " song for an anime. Lantern Collection, the anime in question, starts on April 5th,"
        " and its opening will come from the new unit.\n\n"
        "Ahead of the anime's release, a new program will air on internet radio on March 23rd.",
        title="New Unit Aki Mori X Rina Hara Sings Anime OP",
        published="2012-02-23",
    )
    assert facts.title == "Lantern Collection"
    assert str(facts.premiere_date) == "2012-04-05"


def test_a_progress_label_is_no_show_and_than_is_a_small_word_of_a_title() -> None:
    found = shows(
        "With 49 new anime airing this season, which of them should you be watching?\n\n"
        "Darker than Gold: The Comet of Ash\n\n"
        "Currently at: Episode 7 (of 25)\n\n"
        "Genre: Comedy, Fighting\n\n"
        "Why You Should Watch It: it is a slapstick comedy that throws itself into action.\n\n"
        "Beyond the Lantern\n\n"
        "Currently at: Episode 7 (of 13)\n\n"
        "Genre: Fantasy, Romance\n\n"
        "Why You Should Watch It: a world lies hidden inside our own, full of spirits.",
        title="The Five Anime Of Q4 2013 You Should Be Watching",
    )
    assert [f.title for f in found] == ["Darker than Gold: The Comet of Ash", "Beyond the Lantern"]


def test_a_count_of_minutes_streamed_and_an_actor_s_past_roles_name_no_show() -> None:
    found = shows(
        'Yahoo! Japan streamed the opening eight minutes of the anime movie "Lantern". The'
        " movie premieres in Japan on June 8, 2013.\n\n"
        "44860l 87419l\n\n"
        "Haru is voiced by Aki Mori. His roles include X-Eins in Valvrave the Liberator,"
        " Reiner Braun in Shingeki no Kyojin and Arata Wataya in Chihayafuru.",
        title="8 Minutes Anime Movie Lantern Streamed",
        published=None,
    )
    assert [f.title for f in found] == ["Lantern"]


def test_a_blog_s_own_headline_gives_way_to_the_manga_the_body_names() -> None:
    facts = one(
        "Back on Friday, ANN reported that Aki Mori's character-driven manga, Lantern Bakery,"
        " is being turned into a 12 episode anime series. I'm thrilled by the news.",
        title="News Worth Repeating",
        published=None,
    )
    assert facts.title == "Lantern Bakery"


def test_a_programming_block_is_no_title() -> None:
    facts = one(
        "This anime adaptation of an Aki Mori novel will start airing in April as part of the"
        " Noitamina block. Madhouse is producing it.",
        title="Lantern Shinwa Taikei",
        published=None,
    )
    assert facts.title == "Lantern Shinwa Taikei"


def test_a_show_s_anime_hiring_a_chef_is_the_show_s_news() -> None:
    facts = one(
        "The television anime adaptation of Aki Mori's Lantern Bakery manga has brought in the"
        " pastry chef Toshi Yoroi to produce every sweet in the slice-of-life series.",
        title="Lantern Bakery Anime Hires Noted Pastry Chef Yoroi",
        published=None,
    )
    assert facts.title == "Lantern Bakery"


def test_a_show_whose_text_ends_in_a_list_of_other_series_stays_a_show() -> None:
    found = shows(
        "The Summer season is nearly here, so it's time to look at a few series.\n\n"
        "Lantern Tide\n\n"
        "Next, a manga I love dearly. I've read this manga every week since chapter 10.\n\n"
        "Paper Comet\n\n"
        "I don't know much about this series, but it looks very interesting.\n\n"
        "I'd like to point out a few other series as well\n"
        "Ember Knights SS\n"
        "High School Lamps New\n"
        "Kamisama no Inai Tuesday\n"
        "L",
        title="Anime for Summer 2013",
    )
    assert [f.title for f in found] == [
        "Lantern Tide",
        "Paper Comet",
        "Ember Knights SS",
        "High School Lamps New",
        "Kamisama no Inai Tuesday",
    ]


def test_a_spin_off_named_after_the_headline_s_colon_is_the_show() -> None:
    facts = one(
        "On New Year's Eve, a TV special announced a new Lantern anime! Lantern is getting a"
        " cooking anime of its own, called Today's Menu for the Mori Family. The Lantern"
        " spin-off streams every week on Abema TV, and Lantern fans can watch it from"
        " 25th January 2018.",
        title="Lantern Gets Cooking Spin-Off Anime: Today's Menu for the Mori Family",
        published=None,
    )
    assert facts.title == "Today's Menu for the Mori Family"


def test_the_body_s_x_the_animation_names_a_game_s_anime() -> None:
    facts = one(
        "Sentai Filmworks has secured the rights to release Lantern 4: The Animation in North"
        " America. Based on the 2008 RPG Lantern 4, Lantern 4: The Animation will share the"
        " game's composer Shoji Meguro.",
        title="Lantern 4 Anime to Debut Stateside",
        published=None,
    )
    assert facts.title == "Lantern 4: The Animation"


def test_quoted_earlier_works_of_the_cast_make_no_digest() -> None:
    found = shows(
        'Key visual art for the upcoming Japanese short-form comedy anime series, "Lantern'
        ' Oniisan! (Working Cats!)," set for release in 2018.\n\n'
        'Two cats try to get along in the upcoming short-form comedy anime series "Lantern'
        ' Oniisan!"\n\n'
        'Aki Mori and Rin Hara, who have also worked together in the anime series "Dream'
        ' Parade!" as Junya and Shin, will voice the two main characters.\n\n'
        'Mori, who is also Gaju in "Ballroom Lamps," voices Tapio.\n\n'
        "Tomo Sugi, best known as the voice of Gintoki in the action-comedy anime series"
        ' "Paper Comet," is also on board.\n\n'
        "Tomoya Taka will direct the series.",
        title="'Lantern Oniisan!' Air Date, Spoilers: Cats Try to Get By in Short Anime",
        published="2017-11-19",
    )
    assert [f.title for f in found] == ["Lantern Oniisan!"]
    assert found[0].director == ("Tomoya Taka",)


def test_here_s_why_leads_and_a_second_anime_season_of_a_colon_title() -> None:
    facts = one(
        "April was first meant to be the release month for the eagerly awaited second anime"
        " season of the isekai hit Re:LAMP -Starting Life in Another Town-.\n\n"
        "Re:LAMP fans will have to wait, as the staff decided to delay it.",
        title="Here's Why Re:LAMP Is Getting Delayed Until Summer",
        published=None,
    )
    assert facts.title == "Re:LAMP Season 2"


def test_a_name_in_capitals_before_a_descriptor_in_title_case_is_the_title() -> None:
    facts = one(
        "Lantern Zumo, or Sumo of the Lantern, is getting an anime adaptation, as confirmed in"
        " this week's issue of Weekly Shonen Jump. Kawada started the series in 2014.",
        title="LANTERN ZUMO Sumo Manga To Receive Anime Adaptation",
        published="2018-03-01",
    )
    assert facts.title is not None
    assert facts.title.casefold() == "lantern zumo"


def test_a_sentence_case_headline_with_a_genre_word_and_a_descriptor_before_manga() -> None:
    facts = one(
        "Fuji TV has announced that Aki Mori will direct the fifth Noitamina anime series.\n\n"
        "Lanterntama, a fishing anime set on an island with four boys, will premiere in April.",
        title="Lanterntama fishing anime will be directed by Aki Mori",
        published=None,
    )
    assert facts.title == "Lanterntama"
    other = one(
        "Sumo is one of Japan's iconic sports. Kawada's Lantern Zumo is one of the few manga"
        " to treat it as a sport, and now we get to see it in animation!",
        title="Popular Sumo Club Manga Lantern Zumo Gets Anime",
        published=None,
    )
    assert other.title == "Lantern Zumo"


def test_a_season_post_s_list_lines_led_by_one_word_names() -> None:
    found = shows(
        "I'm really glad all of these shows start in October, and not in September as I first"
        " believed.\n\n"
        "Man, I just gotta watch this\n"
        "Lantern Zetsubou Sensei: There's no way more of this show can be bad, so I'm in.\n"
        "Kannagi: I'm watching for the studio connection alone, and the plot seems cute enough.\n"
        "Tytania: Apparently this is a space opera minus the talking, which could work for me.",
        title="Autumn 2008– oh, for some reason I thought these shows were starting in September",
        published=None,
    )
    assert [f.title for f in found] == ["Lantern Zetsubou Sensei", "Kannagi", "Tytania"]


def test_a_licensor_adds_a_studio_s_film_written_with_an_ampersand() -> None:
    facts = one(
        "On Thursday, NIS America (NISA) announced it had acquired MADHOUSE's The Lantern and"
        " the Pilot (Toaru Lantern e no Tsuioku) anime film for North America.",
        title="NIS America Adds Madhouse's Lantern & the Pilot Anime Film",
        published=None,
    )
    assert facts.title == "The Lantern and the Pilot"


def test_a_headline_s_short_names_take_the_body_s_quoted_full_names() -> None:
    found = shows(
        "Two new short-episode anime series are being made for the YouTube Kadokawa Channel:"
        ' "Suzumiya Lantern-chan no Yuuutsu" (based on the spinoff manga of the same name) and'
        ' "Nyoro~n Comet-san" (based on the doujin 4-panel comic by Eretto).',
        title="Lantern-chan, Comet-san Anime Series Announced",
        published=None,
    )
    assert [f.title for f in found] == ["Suzumiya Lantern-chan no Yuuutsu", "Nyoro~n Comet-san"]


def test_the_body_s_x_the_animation_without_a_colon_is_the_anime_s_name() -> None:
    facts = one(
        "The Lantern 5 anime has put the first footage of its new special online. Lantern 5 the"
        " Animation is currently streaming on Crunchyroll, and Lantern 5 the Animation's cast"
        " returns for the special.",
        title="Lantern 5 Anime Special Footage",
        published="2018-12-29",
    )
    assert facts.title == "Lantern 5 the Animation"


def test_a_headline_cut_on_a_dangling_word_takes_the_body_s_full_title() -> None:
    facts = one(
        "The official website for the TV anime adaptation of the light novel series (The"
        " Lantern Hero Lives as He Pleases) has announced three new cast members. The Lantern"
        " Hero Lives as He Pleases premieres in April.",
        title="Anime Lantern Hero Lives as He",
        published=None,
    )
    assert facts.title == "The Lantern Hero Lives as He Pleases"


def test_a_dub_cast_with_animal_notes_under_star_the_following_is_no_list_of_shows() -> None:
    found = shows(
        "Yesterday, Funimation revealed its English dub cast for Lantern Taisen: Zodiac War."
        " The series will star the following:\n"
        "Duo (Boar): Mark Stod\n"
        "Eiji (Sheep): Ian Sinc\n"
        "Michio (Dog): Chuck Hub\n"
        "Misaki (Monkey): Caitlin Glas",
        title="Funimation Reveals Lantern Taisen: Zodiac War Dub Cast",
        published=None,
    )
    assert [f.title for f in found] == ["Lantern Taisen: Zodiac War"]


def test_a_title_that_opens_with_dies_is_no_obituary() -> None:
    facts = one(
        "At an event in Tokyo, the staff of the anime adaptation of Light's Dies lumen adult"
        " visual novel revealed that it will be a TV anime premiering in 2017. The anime will"
        " have 14 episodes or more, and GENCO will produce it.",
        title="Dies lumen Adult Visual Novel Gets 2017 TV Anime Series Adaptation",
        published=None,
    )
    assert facts.title == "Dies lumen"

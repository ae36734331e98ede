"""Blog and digest layouts, headings and full titles in forms met in fresh articles: a
show's name set off by a colon, a character's line over its voice actor, a role on a line
over its name, a story arc quoted beside the show, a subtitle between marks, a quoted title
with commas, a daily digest's bulleted items, signed news headings, award and screening
lines, column tags and question headlines."""

from __future__ import annotations

from extract_helpers import one, shows

from pipeline.core.models import ShowFacts


def shows_sorted(found: list[ShowFacts]) -> list[ShowFacts]:
    """The shows in title order, for articles whose shows may come in any order."""
    return sorted(found, key=lambda f: f.title or "")


def test_names_set_off_by_a_colon_and_named_again_below_split_a_blog_post() -> None:
    found = shows(
        "OVA releases remind you that a season is over.\n\n"
        "Below are my thoughts on a bundle of OVAs I watched this autumn.\n\n"
        "Hoshi no Kanata Kurabu:\n"
        "Hoshi no Kanata Kurabu got an OVA on September 26, 2012, the unaired episode.\n\n"
        "I liked it more than the ending.\n\n"
        "Glass Relay EX:\n"
        "Glass Relay got two OVAs, the first on September 13, 2012, called Glass Relay EX."
        " They come with the games.",
        title="A Lot of OVAs This Week . . . and a Special.",
    )
    assert [f.title for f in shows_sorted(found)] == ["Glass Relay EX", "Hoshi no Kanata Kurabu"]


def test_a_picks_post_keeps_its_colon_entries_beside_one_set_off_as_a_heading() -> None:
    found = shows(
        "The spring season is coming up fast, and these are my picks:\n\n"
        "Iron Lantern:\n"
        "I've followed the Iron Lantern manga for years and the trailer blew me away, so I"
        " will be watching Iron Lantern every week this spring.\n\n"
        "pearl-band-banner\n"
        "PEARL The Animation:\n"
        "As a fan of the band PEARL, I feel I have to check out this series about the girls"
        " taking on new careers in a strange city.",
        title="Luke's Spring 2013 Anime Picks",
    )
    assert [f.title for f in shows_sorted(found)] == ["Iron Lantern", "PEARL The Animation"]


def test_news_headings_about_a_cast_name_the_show_after_for() -> None:
    found = shows(
        "Welcome to this week's recap.\n\n"
        "English Voice Actors for Tale of the Paper Lantern Announced\n\n"
        "Tale of the Paper Lantern is a recent film from Studio Hoshi drawn from a folk"
        " tale, and the company handling the dub has cast Jane Doyle as the lead.\n\n"
        "Main Cast for the Star Relay Anime Revealed\n\n"
        "Star Relay, the television anime of the sports manga, adds Kenji Aoi to its cast"
        " ahead of its April premiere.",
        title="Anime News Recap 7/2014",
    )
    assert [f.title for f in shows_sorted(found)] == ["Star Relay", "Tale of the Paper Lantern"]


def test_a_quoted_part_name_after_a_dash_is_not_part_of_the_heading_title() -> None:
    found = shows(
        "OVAs are one-off parts of a series released on Blu-ray. With that said:\n\n"
        "Strike the Lantern: Valkyria no Oukoku-hen – 'Empire of the Dawn'\n\n"
        "Strike the Lantern finally returns as an OVA in two parts, with plenty of fun.\n\n"
        "Suisei no Hoshi: Meguru Kouro – 'Go to Hell'\n\n"
        "The Suisei no Hoshi OVAs wrapped up this year, rounding off the story.",
        title="Best Anime of 2015: OVA",
    )
    assert [f.title for f in shows_sorted(found)] == [
        "Strike the Lantern: Valkyria no Oukoku-hen",
        "Suisei no Hoshi: Meguru Kouro",
    ]


def test_story_arcs_quoted_beside_the_show_are_not_shows() -> None:
    found = shows(
        '"Ao no Hoshi" is going to headline one of the great comebacks of 2024, with a third'
        " season centred on the 'Shimane Lantern Arc'.\n\n"
        'Some key points about the premiere of the new season of "Ao no Hoshi":\n\n'
        "- The third season of the anime premieres on January 6, 2024.\n"
        "- Studio Kanna is now in charge of animating Ao no Hoshi.\n"
        "- The season is expected to cover volumes 10 to 15 of the manga, collecting the"
        " 'Academy Seven Lanterns', 'Shimane Lantern' and 'Exorcist Exam' arcs.\n",
        title="New trailer for season 3 of the anime, arriving in January 2024",
    )
    assert len(found) == 1
    assert found[0].title == "Ao no Hoshi Season 3"
    assert found[0].studios == ("Studio Kanna",)


def test_a_spotlight_staff_box_and_character_lines_over_their_voice_actors() -> None:
    facts = one(
        "Anime Spotlight - The Lantern Girl of Hoshisou\n\n"
        "The Lantern Girl of Hoshisou\n\n"
        "Visit the Official Site ›\n"
        "October, 2012 (Japanese Premiere)\n\n"
        "Key Staff\n\n"
        "Director - Aiko Mori\n"
        "Series Composition - Mari Oda\n"
        "Animation Production\n"
        "Studio Kanna\n\n"
        "This is a romantic comedy of youth about a brilliant girl and an ordinary boy.\n\n"
        "Sorata Kaneda (Room 101)\n"
        "VA: Yuto Matsuda\n"
        "Sorata is a sophomore in the general course, put in charge of Hoshiro.\n"
        "Hoshiro Shiina (Room 202)\n"
        "VA: Ai Kaneko\n"
        "She is an artist known around the world who came to Japan to draw manga.",
        title="Anime Spotlight - The Lantern Girl of Hoshisou",
    )
    assert facts.title == "The Lantern Girl of Hoshisou"
    assert facts.director == ("Aiko Mori",)
    assert facts.studios == ("Studio Kanna",)
    assert [(m.character, m.actor) for m in facts.cast] == [
        ("Sorata Kaneda", "Yuto Matsuda"),
        ("Hoshiro Shiina", "Ai Kaneko"),
    ]


def test_a_subtitle_between_dashes_stays_with_a_title_the_body_gives_outright() -> None:
    facts = one(
        "A new anime is on the way, announced during a livestream for a game.\n\n"
        "A feature-length TV anime special called Star/Grand Order -First Order-, based on"
        " the smartphone video game Star/Grand Order, will air in Japan at the end of 2016.\n\n"
        "Director: Aiko Mori\n\nProduction: Studio Kanna",
        title=None,
    )
    assert facts.title == "Star/Grand Order -First Order-"
    assert facts.director == ("Aiko Mori",)


def test_a_subtitle_between_tildes_stays_with_the_title_and_its_gloss_is_an_alt_title() -> None:
    facts = one(
        "On Friday, the studio Kanna revealed that it is making a new TV anime titled"
        " Hoshiōki ~Otogisōshi~ (Hoshiōki ~Fairy-tail Book~), built on the otome game"
        " franchise Hoshiōki.\n\n"
        "The shorts will show the characters of the Hoshiōki games in chibi form.\n\n"
        "Of course I'm going to watch it, but Hoshiōki has had too many extras.",
        title="[NEWS] Hoshiouki new TV Anime? Chibi version!",
    )
    assert facts.title == "Hoshiōki ~Otogisōshi~"
    assert facts.alt_titles == ("Hoshiōki ~Fairy-tail Book~",)


def test_a_quoted_title_with_commas_after_its_colon_is_one_show_named_whole() -> None:
    found = shows(
        "On Wednesday, Muse Lantern revealed that it will simulcast the upcoming anime series"
        " “Higehoshi: After Being Rejected, I Shaved and Took in a High School Runaway.”\n\n"
        "The show will debut on Monday, April 5th on its channel.\n\n"
        "Higehoshi adapts a romantic comedy light novel series penned by Shimeaji.",
        title="“Higehoshi” anime to simulcast on Muse Lantern",
    )
    assert [f.title for f in found] == [
        "Higehoshi: After Being Rejected, I Shaved and Took in a High School Runaway"
    ]


def test_a_blogs_first_impression_headings_name_the_shows_without_the_column() -> None:
    found = shows(
        "The World Ain't So Small After All.\n\n"
        "Otome Lantern Zakuro: First Impressions\n\n"
        "No question: this will be fun.\n\n"
        "Studio: Studio Kanna\n\n"
        "In an alternate era, half-spirit girls pair up with soldiers to fight spirits, and I"
        " liked the first episode of Otome Lantern Zakuro a lot more than I expected.\n\n"
        "OreHoshi: First Impression\n\n"
        "A new otaku queen is in town.\n\n"
        "Studio: Studio Hoshi\n\n"
        "For years a brother and his younger sister have barely spoken, until he finds her"
        " anime DVD, and OreHoshi was the first show I heard of this season.",
        title="New Anime!",
    )
    assert [f.title for f in shows_sorted(found)] == ["OreHoshi", "Otome Lantern Zakuro"]


def test_a_character_who_is_named_in_the_text_is_not_the_title() -> None:
    facts = one(
        "My Roommate is a Lantern First Impressions\n\n"
        "I love cats, so when I found out about an anime where a writer takes in a cat, I was"
        " excited. Known in English as “My Roommate is a Lantern” and in Japan as “Doukyonin"
        " wa Hoshi, Tokidoki, Atama no Ue”, it tells of a stray cat and a writer who heal"
        " together.\n\n"
        "Doukyonin wa Hoshi, Tokidoki, Atama no Ue - 01 - Large 36\n\n"
        "The story is told from the writer's point of view but also from the cat's, who is"
        " named Haru by the second episode. We learn that Haru was alone too.",
        title="Category Archives: First Impressions",
    )
    assert facts.title in ("My Roommate is a Lantern", "Doukyonin wa Hoshi, Tokidoki, Atama no Ue")


def test_a_columns_one_word_tag_before_a_colon_is_not_part_of_the_title() -> None:
    facts = one(
        "A rich girl in need of a bodyguard, and a boy with hidden powers who takes the job!"
        " This is Kureha, an action drama that airs on Chiba TV on Thursdays.\n\n"
        "Kureha began as a light novel series in 2005, and now an anime has followed.",
        title="Snapshots: Kureha",
        published=None,
    )
    assert facts.title == "Kureha"


def test_an_episode_post_headline_names_the_show_before_its_episodes() -> None:
    facts = one(
        "I was happy when one of my favourite manga, 'Kurohoshi', was announced for anime."
        " The first episode aired last week, and Kurohoshi looks great so far.",
        title="Kurohoshi Ep 01 & Ep 02",
        published=None,
    )
    assert facts.title == "Kurohoshi"


def test_actors_listed_in_parentheses_after_a_headline_title_are_no_list_of_shows() -> None:
    found = shows(
        "Rating: Recommended\n\n"
        "Natsume Hoshi Chou can see spirits, and Natsume Hoshi Chou is a gentle show about"
        " the friends he makes. Natsume (Kamiya Hiroshi) meets the cat Nyanko (Inoue"
        " Kazuhiko).",
        title="Anime: Natsume Hoshi Chou (Kamiya Hiroshi, Inoue Kazuhiko)",
        published=None,
    )
    assert [f.title for f in found] == ["Natsume Hoshi Chou"]


def test_a_films_full_title_given_outright_wins_over_its_franchise_count() -> None:
    facts = one(
        "On Wednesday the company Kanna put out a fresh trailer for the coming Hoshi Tantei"
        " anime film, the 27th movie in the franchise.\n\n"
        "The full title of the new Hoshi Tantei anime film is Hoshi Tantei: Hyakuman Doru no"
        " Michishirube. It opens in Japanese theaters on Friday, April 12, 2024.\n\n"
        "The 27th Hoshi Tantei anime film will feature a theme song by AIKA. Hoshi Tantei has"
        " had a film almost every April, and the 27th Hoshi Tantei anime film keeps it up.",
        title="New Hoshi Tantei anime film previews theme song, new PV",
        published="2024-02-14",
    )
    assert facts.title == "Hoshi Tantei: Hyakuman Doru no Michishirube"


def test_a_quoted_name_in_the_news_after_the_shows_verb_is_not_the_title() -> None:
    facts = one(
        "The original anime Magical Lanterns (Mahou Shoujo Magical Lanterns) will start in"
        " 2023, with a trailer for the magical girl Anarchy.\n\n"
        "Aki Mori directs Magical Lanterns at Studio Kanna. Magical Lanterns stars Ai Kaneko"
        " as Anarchy.",
        title="Magical Lanterns Reveals 2023 Release Date, “Anarchy” Trailer, and More",
        published=None,
    )
    assert facts.title == "Magical Lanterns"


def test_a_fact_box_label_over_its_value_and_a_one_word_title_the_logo_capitalises() -> None:
    facts = one(
        "Comedy, Slice of Life\n\n"
        "Airing Date:\nOctober 2021\n\n"
        '"HOSHIDO Academy".\n'
        "Characters who have moved fans for twenty years come together in a new school life.",
        title="Hoshido",
        published=None,
    )
    assert facts.title == "Hoshido"
    assert facts.season == "Fall 2021"


def test_earlier_works_quoted_in_a_film_review_do_not_make_it_a_digest() -> None:
    found = shows(
        "Turning television series into films is an anime tradition going back to the"
        " original “Mobile Suit Lantern.”\n\n"
        "The newest anime to get the “compilation” treatment is “Hoshi Seven,” a 2005 series"
        " about a young pilot.\n\n"
        "The original “Hoshi Seven” followed giant-robot franchises like “Lantern” and"
        " “Evangelos” in mixing action and romance.\n\n"
        "Fittingly, “Hi-Evolution 1” starts with a bang, and director Aiko Mori leans on old"
        " footage.\n\n"
        "“Hi-Evolution” then jumps ahead ten years.",
        title="Hoshi Seven Hi-Evolution 1 nostalgic flashbacks get a bit confusing",
        published=None,
    )
    assert len(found) == 1
    assert found[0].director == ("Aiko Mori",)


def test_a_daily_digest_of_bulleted_items_gives_each_show_its_item() -> None:
    found = shows(
        "The Daily Dose\n\n"
        "  • Hoshi Mystery Dungeon: Explorers Of The Lantern has received the green light for"
        " an anime adaptation. It premieres April 12th inside a Sunday variety program.\n"
        "  • The anime magazine Lanternroad ended its 29 year run this Saturday with its April"
        " issue, after years of printing art sent in by readers.\n"
        "  • The toy maker Kanna posted a multimedia project named Enka Hoshi Dai Shogun on its"
        " blog. It will include an anime adaptation by Studio Anima and figures.\n"
        "  • Aki Mori's debut manga Lanterns will receive an anime adaptation this summer, and"
        " the official website has opened with a promotional video.\n"
        "  • An anime adaptation of the Kampfhoshi light novel series is in the works, from the"
        " author of several other light novels and pachinko games.",
        title="The Daily Dose",
        published="2009-03-18",
    )
    assert [f.title for f in shows_sorted(found)] == [
        "Enka Hoshi Dai Shogun",
        "Hoshi Mystery Dungeon: Explorers Of The Lantern",
        "Kampfhoshi",
        "Lanterns",
    ]


def test_a_month_and_year_before_new_anime_and_a_japanese_gloss_leave_the_title() -> None:
    facts = one(
        "Monday, October 6, 2008\n\n"
        "Genres: School Drama / Comedy / Romance?\n\n"
        "Summary: Ryuji is a nice guy with a mean face, so everyone at school fears him, until"
        " he learns the secret of the small, fierce Taiga.\n\n"
        "Recognized Voice Talent: Rei Kaneko as Taiga Aisaka.",
        title="October 2008 New Anime: Torahoshi! (とらほし!)",
        published="2008-10-06",
    )
    assert facts.title == "Torahoshi!"


def test_a_two_word_column_name_the_body_never_writes_is_not_part_of_the_title() -> None:
    facts = one(
        "• The August issue of a magazine reports that a second season of Suzumiya Hoshi has"
        " at last been confirmed, with Studio Kanna's schedule giving it the autumn.",
        title="Random Musings: Suzumiya Hoshi Season Two",
        published="2007-07-05",
    )
    assert facts.title == "Suzumiya Hoshi Season 2"


def test_a_question_headline_names_the_show_it_asks_about() -> None:
    facts = one(
        "Fans digging for gems should know the shonen series Ishuhoshi by now. Adapted from a"
        " light novel series of the same name, Ishuhoshi debuted early this year.",
        title="Where is the Ishuhoshi anime streaming?",
        published="2024-02-18",
    )
    assert facts.title == "Ishuhoshi"


def test_a_ranking_site_in_the_headline_is_no_show() -> None:
    found = shows(
        "One of the new series has worked its way up to second place on the MyAnimeList"
        " chart.\n\n"
        "Frieren Lantern in particular has earned impressive reviews, and Frieren Lantern is"
        " based on a popular manga.",
        title="Fall 2023 anime climbs to second place on MyAnimeList chart",
        published="2023-11-14",
    )
    assert "MyAnimeList" not in [f.title for f in found]


def test_an_episode_number_after_a_blog_posts_title_is_not_part_of_it() -> None:
    facts = one(
        "OP Sequence\n\n"
        "It is 1986, and a college student is dating a girl who is an aspiring idol, and the"
        " two rarely get to see each other.",
        title="White Lantern 01",
        published=None,
    )
    assert facts.title == "White Lantern"


def test_a_first_impressions_post_takes_its_one_shows_heading_and_a_screenshot_tail_goes() -> None:
    facts = one(
        "Apart from a few stragglers, I have looked at everything this season has to offer.\n\n"
        "ACCA 13th Lantern Inspection Department\n\n"
        "The first episode introduces Jean, who works in the inspection department, and this"
        " looks like it might make an interesting drama.",
        title="First Impressions of Winter",
        published=None,
    )
    assert facts.title == "ACCA 13th Lantern Inspection Department"
    capped = one(
        "Ah, spring, and heaps of new anime.\n\n"
        "Spring 2016 Header\n\n"
        "Bakuhoshi Cap\n\n"
        "Summary: Sakura hates pedalling her bike up the hill to school every day.\n\n"
        "Bakuhoshi is one of those shows I knew I probably wouldn't keep watching.",
        title="Spring 2016 First Impressions",
        published=None,
    )
    assert capped.title == "Bakuhoshi"


def test_a_list_lines_misspelling_of_a_headed_show_is_not_another_show() -> None:
    found = shows(
        "The winter season has begun, and this post gives my first impressions.\n\n"
        "This post covers the following series, in this order:\n\n"
        "- Seihoshi\n- Manasume-kun no Lantern\n- Spiritlantern\n\n"
        "Masamune-kun no Lantern\n\n"
        "A boy who was dumped as a child comes back to take his revenge, and the first episode"
        " of Masamune-kun no Lantern made me laugh.",
        title="First Impressions of Winter 2017",
        published=None,
    )
    titles = [f.title for f in found]
    assert "Masamune-kun no Lantern" in titles and "Manasume-kun no Lantern" not in titles


def test_a_title_whose_own_commas_repeat_every_time_the_body_writes_it_stays_whole() -> None:
    facts = one(
        "The manga The 100 Lanterns Who Really, Really, Really, Really, Really Love You is"
        " getting an anime adaptation, due out later in 2023.\n\n"
        "Below is everything you need to know about the anime adaptation of The 100 Lanterns"
        " Who Really, Really, Really, Really, Really Love You, made by Studio Kanna.",
        title="100 Lanterns anime adaptation releases 2023, main voice cast confirmed",
        published="2023-03-14",
    )
    assert facts.title == "The 100 Lanterns Who Really, Really, Really, Really, Really Love You"


def test_a_screening_list_gives_films_without_ratings_times_or_makers() -> None:
    found = shows(
        "The festival will show a whole day of films, including Makoto Hoshikai's Your Lantern"
        " and Mamoru Hoshida's MIRAHI. The complete list of films and times is below:\n\n"
        "Mirahi (PG): 2.20pm\n"
        "Mirahi comes from acclaimed director Mamoru Hoshida, a daringly original story about"
        " how much family matters across generations, and the first such film to be nominated"
        " for an Academy Award.\n\n"
        "Penguin Lantern (12): 4.30pm\n"
        "This recently released film is based on the award-winning novel by Tomo Morimi, about"
        " a boy who finds penguins appearing in his quiet suburban town one summer.",
        title="Anime Film Festival Arrives at Picturehouse Central in London Next Month",
        published=None,
    )
    titles = [f.title for f in found]
    assert "Mirahi" in titles and "Penguin Lantern" in titles
    assert not any(t and ("(" in t or "'s " in t) for t in titles)


def test_a_monthly_post_of_signed_news_items_names_each_show() -> None:
    found = shows(
        "Take Four – July 2014\n\n"
        "Fate/Lantern Night to Adapt Unlimited Blade Works – Kaze\n\n"
        "Fans waited a long time, and now it is official: the Fall 2014 reboot of the"
        " Fate/Lantern Night anime is going to adapt the Unlimited Blade Works route, with"
        " Studio Kanna behind it and a trailer to boot.\n\n"
        "Dub Cast Announced for The Tale of Princess Hoshi – TWWK\n\n"
        "Dubs are not usually my thing, but The Tale of Princess Hoshi seems set to be"
        " wonderful, with Jane Doyle leading the cast and a fine supporting crew of voices.\n\n"
        "When Lantern Was There Has Disappointing Opening – TWWK\n\n"
        "The last film of the studio opened to smaller crowds than anyone hoped, and When"
        " Lantern Was There may be its last for a while, which is a shame for all of us.",
        title="Take Four – July 2014",
        published=None,
    )
    assert [f.title for f in shows_sorted(found)] == [
        "Fate/Lantern Night",
        "The Tale of Princess Hoshi",
        "When Lantern Was There",
    ]


def test_numbered_quick_updates_name_their_shows_and_a_news_heading_its_own() -> None:
    found = shows(
        "With the flood of news, here is a quick rundown, and then the news I care about.\n\n"
        "Quick Updates\n\n"
        "1. In the Manga Taisho results, an award chosen by bookstore staff, a farming manga"
        " took first place.\n\n"
        "2. To Love-Hoshi Darkness has been confirmed for an anime (Studio Kanna is producing,"
        " just as they did with the first anime).\n\n"
        "3. Chitose Get Lantern!!, a 4-cell manga running in a monthly magazine, has been"
        " picked up for an anime.\n\n"
        "Code Lantern News\n\n"
        "So the coming anime adaptation of the Code Lantern manga has landed with Studio"
        " Hoshi, and I would stay hopeful about Code Lantern.",
        title="Other Manga/Anime News 4-2012",
        published=None,
    )
    titles = [f.title for f in found]
    assert "To Love-Hoshi Darkness" in titles and "Code Lantern" in titles
    assert "Quick Updates" not in titles and "Code Lantern News" not in titles


def test_a_watch_list_post_reads_each_name_set_off_by_a_colon() -> None:
    found = shows(
        "I've fallen behind on last season's shows, but some new series premiering in April"
        " interest me.\n\n"
        "Disappearance of Yuki Lantern:\n"
        "I enjoyed the first season years ago, but I expect this spinoff to move at a calmer"
        " pace since the main character is Yuki.\n\n"
        "Food Hoshi (Shokugeki no Hoshi):\n"
        "I've only read the manga's first chapter, but the trailer looks energetic.\n\n"
        "Sound! Lantern:\n"
        "Schoolgirls playing musical instruments is nothing new for this studio, but this one"
        " looks more focused.",
        title="What I May (Eventually) Watch From The Spring 2015 Season",
        published=None,
    )
    assert [f.title for f in found] == [
        "Disappearance of Yuki Lantern",
        "Food Hoshi",
        "Sound! Lantern",
    ]


def test_award_category_lines_name_their_winners() -> None:
    found = shows(
        "The anime awards were handed out this weekend.\n\n"
        "Best TV Series: Frieren Lantern: Beyond Journey's End\n\n"
        "The fantasy series, directed by Aki Mori and adapted from the manga, ran for 28"
        " episodes and won the top prize for television.\n\n"
        "Best Feature Film: Look Lantern\n\n"
        "The coming-of-age drama directed by Kiyo Oshi at Studio Hoshi took the film prize.",
        title=None,
        published=None,
    )
    assert [f.title for f in shows_sorted(found)] == [
        "Frieren Lantern: Beyond Journey's End",
        "Look Lantern",
    ]


def test_a_show_that_casts_someone_is_the_subject_before_casts() -> None:
    facts = one(
        "The official website has announced three alumni of the Hoshi Culinary Academy. Yuichi"
        " Kaneko will voice Kojiro, a Hoshi Culinary Academy alumnus and head chef, and the"
        " Hoshi Culinary Academy's board is voiced by Takehito Mori.\n\n"
        "Shokugeki no Hoshi premieres on April 4, 2015.",
        title="News: Shokugeki no Hoshi Casts Hoshi Culinary Academy Alumni",
        published="2015-03-01",
    )
    assert facts.title == "Shokugeki no Hoshi"

"""Forms met in news items and lists the readers had not seen: a genre phrase before the
title, a franchise's film named in full only in the body, songs in single quotes or
named after "which is titled", list entries with a dashed subtitle and a description,
and a watch list's headline."""

from __future__ import annotations

from extract_helpers import one, shows

from pipeline.core.models import ThemeSong
from pipeline.extract.candidates import ranked_candidates
from pipeline.extract.text import to_document
from pipeline.extract.title_forms import extend_film


def test_a_genre_phrase_before_the_source_word_describes_the_show() -> None:
    facts = one(
        "Harumi Oda's Hanamiya manga is getting a TV anime. The anime premieres in"
        " January 2021, with Aki Mori directing at Studio Hanabi.",
        title="Romantic Comedy Manga Hanamiya Gets TV Anime",
    )
    assert facts.title == "Hanamiya"
    assert facts.director == ("Aki Mori",)


def test_a_franchise_film_takes_the_name_the_body_gives_it() -> None:
    facts = one(
        "Fans of Salt Road Rangers have something to look forward to. The first season"
        " of Salt Road Rangers aired in 2022, and the movie, titled Salt Road Rangers"
        " Code: Ember, has a new trailer.\n\n"
        "Salt Road Rangers Code: Ember opens in theaters in Japan on December 22, 2023."
        " Salt Road Rangers Code: Ember is directed by Aki Mori.",
        title="Salt Road Rangers movie gets a new trailer and a release date",
    )
    assert facts.title == "Salt Road Rangers Code: Ember"
    assert facts.premiere_date is not None and facts.premiere_date.isoformat() == "2023-12-22"


def test_a_franchise_film_without_a_longer_name_keeps_the_franchise_name() -> None:
    facts = one(
        "The Salt Road Rangers movie opens in theaters on December 22, 2023. Salt Road"
        " Rangers creator Aki Mori wrote its story, and the Salt Road Rangers cast returns.",
        title="Salt Road Rangers movie gets a release date",
    )
    assert facts.title == "Salt Road Rangers"


def test_songs_in_single_quotes_keep_their_titles() -> None:
    facts = one(
        "Lantern Street premieres on April 7.\n\n"
        "Theme Songs\n\n"
        "• Opening Theme: 'Knock Down' by Rei Okada\n\n"
        "• Ending Theme: ‘Cream Puff Waltz’ by Night Parade",
        title="Lantern Street Anime Reveals Theme Songs",
    )
    assert facts.themes == (
        ThemeSong(kind="opening", title="Knock Down", artist="Rei Okada"),
        ThemeSong(kind="ending", title="Cream Puff Waltz", artist="Night Parade"),
    )


def test_an_apostrophe_is_no_quote() -> None:
    facts = one(
        "Lantern Street premieres on April 7. Rei Okada's Knock Down is the opening theme,"
        " and Night Parade's Waltz is the ending.",
        title="Lantern Street Anime Reveals Theme Songs",
    )
    assert all(song.title is None or "'" not in song.title for song in facts.themes)


def test_a_song_named_after_which_is_titled() -> None:
    facts = one(
        "Lantern Street has released a new teaser for its second season, which premieres"
        " on April 11. Rei Okada will sing the ED for the new season, which is titled Kaze"
        " no Michi (Road of the Wind).",
        title="Lantern Street Season 2 Reveals New Promo",
    )
    assert facts.themes == (ThemeSong(kind="ending", title="Kaze no Michi", artist="Rei Okada"),)


def test_list_entries_with_a_dashed_subtitle_and_a_description() -> None:
    found = shows(
        "The distributor revealed new acquisitions. The newly acquired films include:\n\n"
        "  • Salt Road Rangers The Movie – Episode Ember: A much-anticipated addition to"
        " the sports anime genre.\n"
        "  • Lantern Street – The Hidden Kingdom: A fantasy adventure that continues the"
        " popular Lantern Street series.",
        title="The Distributor's New Releases",
    )
    assert [f.title for f in found] == [
        "Salt Road Rangers The Movie – Episode Ember",
        "Lantern Street – The Hidden Kingdom",
    ]


def test_a_watch_list_headline_with_one_show_left_on_a_cut_page() -> None:
    found = shows(
        "Spring is here, and with it a new season of anime to look forward to.\n\n"
        "I spotted a few trends in the season's lineup while reading about it.\n\n"
        "<h2>Salt Road Rangers 2</h2>\n\n"
        "The second season of Salt Road Rangers picks up where the first ended, and I"
        " cannot wait to see it.",
        title="Watch List: Spring Anime 2019",
        published=None,
    )
    assert [(f.title, f.alt_titles) for f in found] == [
        ("Salt Road Rangers Season 2", ("Salt Road Rangers 2",))
    ]


def test_list_entries_each_a_title_and_a_sentence_about_it() -> None:
    found = shows(
        "The distributor revealed new acquisitions on Friday. The newly acquired films"
        " include:\n\n"
        "  • Salt Road Rangers: A much-anticipated addition to the sports anime genre.\n"
        "  • Lantern Street: A fantasy adventure that continues the popular series.\n"
        "  • Hanamiya: Due out on May 31 in North America, this film is eagerly awaited.",
        title="The Distributor's New Releases",
    )
    assert [f.title for f in found] == ["Salt Road Rangers", "Lantern Street", "Hanamiya"]


def test_a_distributor_bringing_a_film_to_theaters_is_the_film_s_news() -> None:
    facts = one(
        "The distributor said today that it will bring LANTERNA to cinemas nationwide"
        " beginning January 14. LANTERNA, from filmmaker Aki Mori and Studio Hanabi, had"
        " its premiere at a film festival in May.",
        title="DISTRIBUTOR BRINGS AWARD NOMINATED DIRECTOR AKI MORI’S “LANTERNA” TO THEATERS",
    )
    assert facts.title == "LANTERNA"


def test_story_titles_quoted_after_a_cast_member_s_part_are_no_show() -> None:
    facts = one(
        "The official website for Lantern Street: Tales of the Night started streaming a"
        " third video. The anime debuts on Netflix on January 19, 2023.\n\n"
        "The cast includes:\n"
        '- Aki Mori as Sayo ("The Long Stair")\n'
        '- Rei Okada as Kazu ("The Strange Siblings")\n'
        '- Ken Oda as Kiko ("The Strange Siblings")\n'
        '- Yui Sato as Tomi ("The Strange Siblings")\n'
        '- Mao Ito as Hana ("The Long Stair")',
        title="Lantern Street: Tales of the Night Anime's 3rd Video Previews Ending Song",
    )
    assert facts.title == "Lantern Street: Tales of the Night"


def test_a_hyphenated_descriptor_before_the_title_is_dropped() -> None:
    facts = one(
        "Titled Lantern Street, the rugby series is an original anime. The series is set"
        " to premiere on January 8, and will run for 12 episodes.",
        title="Rugby-Centric Lantern Street Anime Reveals Promo Video",
    )
    assert facts.title == "Lantern Street"


def test_a_gallery_s_slide_numbers_are_no_shows() -> None:
    found = shows(
        "Summer anime season has officially arrived, with new shows every week.\n\n"
        "<h2>Slide 1</h2>\n\n"
        "Here is how the streamer describes Salt Road Rangers, which premieres on July 5."
        " It follows a young ranger.\n\n"
        "<h2>Slide 2</h2>\n\n"
        "Here is how the streamer describes Lantern Street, which premieres on July 8."
        " It follows a lamp lighter.",
        title="The Streamer's Summer 2019 Anime Lineup",
    )
    assert not any(f.title and f.title.startswith("Slide") for f in found)


def test_hit_and_miss_headings_name_their_shows_and_dates() -> None:
    found = shows(
        "With summer close behind us, here are the new shows I tried.\n\n"
        "<h2>Hit: Salt Road Rangers (Anime release: July 3, 2017)</h2>\n\n"
        "Yet another samurai anime with ties to history, and I loved it.\n\n"
        "<h2>Miss: Lantern Street (Anime release:July 9, 2017)</h2>\n\n"
        "I have not read the manga and probably never will.",
        title="Summer Anime of 2017: The Hits and Misses",
    )
    assert [(f.title, str(f.premiere_date)) for f in found] == [
        ("Salt Road Rangers", "2017-07-03"),
        ("Lantern Street", "2017-07-09"),
    ]


def test_a_first_impressions_column_name_before_each_show() -> None:
    found = shows(
        "<h2>Autumn 2020 First Impressions – Salt Road Rangers</h2>\n\n"
        "The first episode follows a young ranger across the salt flats, and it is lovely.\n\n"
        "<h2>Autumn 2020 First Impressions – Lantern Street</h2>\n\n"
        "The first episode follows a lamp lighter through a town that never sleeps.",
        title="First Impressions Reviews",
    )
    assert [f.title for f in found] == ["Salt Road Rangers", "Lantern Street"]


def test_recent_posts_end_the_article() -> None:
    facts = one(
        "The second season of the TV anime “Lantern Street” is due to begin broadcasting in"
        " July 2020.\n\n"
        "<h2>Recent Posts</h2>\n\n"
        "“Salt Road Rangers” Booms After Thirty Years! A New Series Is Coming\n\n"
        "<h2>Cute Plush Mascots Make Their Debut</h2>\n\n"
        "Three weeks ago",
        title="Lantern Street Season 2 Is Postponed",
    )
    assert facts.title == "Lantern Street Season 2"


def test_a_show_directed_by_someone_is_no_person() -> None:
    facts = one(
        "The theme song performers are out for Isekai Ryokan, an upcoming TV anime based on"
        " the light novels written by Aki Mori. The opening theme for Isekai Ryokan will be"
        " sung by Rei Okada. Isekai Ryokan is directed by Ken Oda, with animation by Studio"
        " Hanabi.",
        title='Rei Okada Sings "Isekai Ryokan" OP Theme',
    )
    assert facts.title == "Isekai Ryokan"
    assert facts.director == ("Ken Oda",)
    assert [song.artist for song in facts.themes] == ["Rei Okada"]


def test_a_song_written_by_someone_credits_its_writer() -> None:
    facts = one(
        "Lantern Street Season 2 premieres in April. The new OP was written by Rei Okada (a"
        " member of the band Night Parade), with Ken Oda serving as the record producer.",
        title="Lantern Street Season 2 Reveals Opening Theme",
    )
    assert [song.artist for song in facts.themes] == ["Rei Okada"]


def test_a_performer_before_a_comma_and_the_sentence_it_runs_into() -> None:
    facts = one(
        "Lantern Street Season 2 premieres in July. Giving a taste of the coming season's"
        " opening theme song 'Fatal,' performed by NOVA, the preview promises a launch"
        " across 35 stations.",
        title="Lantern Street Season 2 Teaser Previews Opening",
    )
    assert facts.themes == (ThemeSong(kind="opening", title="Fatal", artist="NOVA"),)


def test_a_streams_line_with_its_weekday_and_a_rating() -> None:
    found = shows(
        "The summer season has begun, and here are my first reviews.\n\n"
        "<h2>Salt Road Rangers</h2>\n\n"
        "Streams:  Crunchyroll on Thursdays              Rating: 3 (of 5)\n\n"
        "Eight hundred years ago, a group of rangers drove the demons out of the lands.\n\n"
        "<h2>Lantern Street</h2>\n\n"
        "Streams:  HIDIVE on Fridays              Rating: 4 (of 5)\n\n"
        "A lamp lighter walks a town that never sleeps.",
        title="Summer 2021 Previews",
    )
    assert [f.streaming for f in found] == [("Crunchyroll",), ("HIDIVE",)]


def test_paragraph_subjects_keep_an_owner_that_is_part_of_the_title() -> None:
    found = shows(
        "Anime! There is, admittedly, a great deal of it this spring, and these stood out.\n\n"
        "Hell's Gate is the newest high-octane adaptation, and it boasts bursts of action and"
        " a striking look.\n\n"
        "Lantern Street is a grounded coming-of-age anime about a pair of kids with sleep"
        " troubles who find friendship on a rooftop.",
        title="The 5 Best Anime Premieres of Spring 2023, Ranked",
    )
    assert [f.title for f in found] == ["Hell's Gate", "Lantern Street"]


def test_shows_back_from_a_hiatus_listed_with_their_return_dates() -> None:
    found = shows(
        "On top of their regular summer lineup, the streamer announced that several anime"
        " which were put on hiatus will resume in July:\n\n"
        "  • Salt Road Rangers: July 7 (Episode 133)\n"
        "  • Lantern Street: June 27 (Episode 4)\n"
        "  • Hanamiya! The 5th Plate: July 17 (Episode 3)",
        title="Streamer announces various Anime on hiatus will return in July",
        published="2020-06-20",
    )
    assert [f.title for f in found] == [
        "Salt Road Rangers",
        "Lantern Street",
        "Hanamiya! The 5th Plate",
    ]


def test_a_character_directing_the_story_s_soldiers_is_no_director() -> None:
    facts = one(
        "Lantern Street returns in April with its second cour. In the story, Sheen directs the"
        " actions of young soldiers, while Lena commands from far behind the lines.",
        title="Lantern Street Second Cour Video Reveals Theme Artists",
    )
    assert facts.director == ()


def test_a_project_targeting_a_release_following_a_delay() -> None:
    facts = one(
        "Director Aki Mori went to Kickstarter earlier today to talk about her Salt-Ude anime"
        " project. After a scheduling meeting, the decision was made to release Salt-Ude in"
        " June 2018.",
        title="Salt-Ude Project Targets June 2018 Release Following Delay",
    )
    assert facts.title == "Salt-Ude"


def test_a_headline_that_is_a_sentence_about_a_streamer_names_no_show() -> None:
    found = shows(
        "The anime team at the streamer has new shows in the pipeline, among them Salt Road"
        " Rangers, Lantern Street and Hanamiya.\n\n"
        "Salt Road Rangers premieres in February. Lantern Street follows in March, and"
        " Hanamiya comes in April.",
        title="Anime Is Huge For The Streamer, Streaming Giant Announces 5 Shows On The Way",
    )
    assert all(f.title and "Huge" not in f.title and "Shows" not in f.title for f in found)


def test_event_stage_headings_name_their_shows() -> None:
    found = shows(
        "The festival came to a close on December 22 with a batch of announcements.\n\n"
        "<h2>1) Salt Road Rangers Super Stage RED (10:30-11 am JST)</h2>\n\n"
        "The final season of the series was given a release window of Fall 2025.\n\n"
        "<h2>Panel: VAs of Deku (Aki Mori), Bakugo (Ken Oda), and All Might (Rei Okada)</h2>\n\n"
        "<h2>2) Lantern Street Super Stage BLUE (11:40 am-12:10 pm JST)</h2>\n\n"
        "On show was a preview video for the finale of the series.",
        title="Festival 2025 Day 2 Round-up",
    )
    assert [f.title for f in found] == ["Salt Road Rangers", "Lantern Street"]


def test_episode_review_headings_name_their_shows() -> None:
    found = shows(
        "Welcome to the first installment of my weekly episode reviews.\n\n"
        "<h2>1) Salt Road Rangers: Episode 1</h2>\n\n"
        "As usual I went in skeptical, but the first episode won me over.\n\n"
        "<h2>2) Lantern Street: Episode 1</h2>\n\n"
        "Two studios teamed up to make this one, and I enjoyed it a great deal.",
        title="Anime 2022 Weekly Episode Reviews #1",
    )
    assert [f.title for f in found] == ["Salt Road Rangers", "Lantern Street"]


def test_a_heading_that_is_a_sentence_names_no_show() -> None:
    found = shows(
        "This year has already given us plenty of new anime to enjoy.\n\n"
        "<h2>Here is the list of Top 10 Upcoming Winter Anime to Watch in 2023</h2>\n\n"
        "<h2>1. Salt Road Rangers</h2>\n\n"
        "The rangers return for a second season in January.\n\n"
        "<h2>2. Lantern Street</h2>\n\n"
        "The lamp lighter walks the town again in January.",
        title="Top 10 Upcoming Winter Anime to Watch in 2023",
    )
    assert [f.title for f in found] == ["Salt Road Rangers", "Lantern Street"]


def test_a_listed_title_with_a_number_abbreviation() -> None:
    found = shows(
        "The second day carried big updates from franchises such as Salt Road Rangers,"
        " Lantern Street, and Kaiju Road No. 8. Here is what each of them announced.",
        title="Festival 2025 Day 2 round-up: Salt Road Rangers, Lantern Street",
    )
    assert "Kaiju Road No. 8" in [f.title for f in found]


def test_a_preview_s_returning_shows_after_coming_back() -> None:
    found = shows(
        "After a blockbuster autumn, winter brings back only a few continuations. Each anime"
        " below is placed in one of five tiers. Coming back this month: Salt Road Rangers 2,"
        " Lantern Street Zero, Hanamiya-kun! 4, Koyomi Tales, and Teekyuu S7.",
        title="Winter 2016 – Season Preview",
    )
    assert sorted(f.title or "" for f in found) == [
        "Hanamiya-kun! 4",
        "Koyomi Tales",
        "Lantern Street Zero",
        "Salt Road Rangers 2",
        "Teekyuu Season 7",
    ]  # the digest orders shows itself


def test_a_site_s_breadcrumb_section_and_runner_up_headings() -> None:
    found = shows(
        "<h2>Funimation News</h2>\n\n"
        "Try the best site for anime news, super fast.\n\n"
        "<h2>Home » Our Most Anticipated Anime Of Fall 2021</h2>\n\n"
        "<h2>Our Most Anticipated Anime Of Fall 2021</h2>\n\n"
        "Welcome to our feature on the most anticipated anime of the season. Below are our"
        " editorial team's picks.\n\n"
        "<h2>Most Anticipated: Salt Road Rangers Part 2</h2>\n\n"
        "The anime has done a superb job of bringing the novel's world to life.\n\n"
        "<h2>Runner-Up: Lantern Can't Communicate</h2>\n\n"
        "Given all the hype around the manga, this is a fairly obvious pick.",
        title="Our Most Anticipated Anime Of Fall 2021",
    )
    assert [f.title for f in found] == ["Salt Road Rangers Part 2", "Lantern Can't Communicate"]


def test_a_film_s_trailer_headline_copied_on_the_page_is_no_candidate() -> None:
    headline = "The Lantern King Film's 2nd Trailer Announces Rescheduled February 4 Opening"
    body = (
        f"news / {headline}\n{headline}\nOn Monday, the website for The Lantern King, the"
        f" anime film, revealed that the opening has been moved.\n{headline}"
    )
    ranked = ranked_candidates(headline, body, (), "The Lantern King")
    assert ranked[0].text == "The Lantern King"
    assert extend_film("The Lantern King", body) == "The Lantern King"


def test_a_band_to_perform_a_show_s_opening_names_the_show() -> None:
    facts = one(
        "Lantern Street, the upcoming adaptation of the hit manga, now has a band for its"
        " opening.\n\nThe band is Night Parade, and they will perform the series' opening"
        ' theme, titled "King & Ashley."\n\nLantern Street is due to arrive on Netflix this'
        " year.",
        title="Rock Band Night Parade to Perform Lantern Street Opening Theme",
    )
    assert facts.title == "Lantern Street"


def test_a_performer_praised_before_the_name() -> None:
    facts = one(
        "Lantern Street premieres in October. The opening theme Shukufuku is performed by"
        " hugely popular NOVA.",
        title="Lantern Street Reveals New Trailer",
    )
    assert facts.themes == (ThemeSong(kind="opening", title="Shukufuku", artist="NOVA"),)


def test_a_blogger_s_i_is_no_composer() -> None:
    facts = one(
        "Lantern Street – I love this anime and I don't know why! But I love the mellow,"
        " toned-down, then all jazzy BG music playing.",
        title="Lantern Street First Impression",
    )
    assert facts.music == ()


def test_a_season_after_from_is_no_studio() -> None:
    found = shows(
        "Here are our picks of the season.\n\n"
        "<h2>5) Salt Road Rangers</h2>\n\n"
        "The rangers return with a new mission across the flats.\n\n"
        "<h2>6) Lantern Street S4</h2>\n\n"
        "Season 4 finds the lamp lighter looking to make his mark.\n\n"
        "There you have it – our favourite anime series from Summer 2022! Did yours make it?",
        title="Top Anime Picks of Summer 2022",
    )
    assert all(f.studios == () for f in found)


def test_a_reference_link_under_a_show_heading() -> None:
    found = shows(
        "These are the winter shows I am looking forward to.\n\n"
        "<h2>Salt Road Rangers</h2>\n\n"
        "<h2>ANN Encyclopedia</h2>\n\n"
        "Episodes: TBA (Possibly 12)\n\n"
        "The rangers were popular early in my fandom, and I never watched them.\n\n"
        "<h2>Lantern Street</h2>\n\n"
        "<h2>ANN Encyclopedia</h2>\n\n"
        "A lamp lighter walks a town that never sleeps.",
        title="Winter 2019: Looking Forward",
    )
    assert [f.title for f in found] == ["Salt Road Rangers", "Lantern Street"]


def test_everything_announced_is_no_show() -> None:
    found = shows(
        "Have a look at all of the reveals from Festival 2024: new anime, updates and more.\n\n"
        "At the event, fans got a showcase of upcoming projects. The Salt Road Rangers Final"
        " film opens in February 2024, and Salt Road Rangers Final was the biggest reveal.",
        title="Everything Announced at Festival 2024",
    )
    assert "Everything" not in [f.title for f in found]


def test_a_director_of_the_following_voice_cast_leads_a_dub() -> None:
    facts = one(
        "Lantern Street aired from April 6 to June 29, 2018. Aki Mori directed it.\n\n"
        "Ken Oda will direct the following voice cast:\n\n"
        "Kai Tang as Joe\n\nJason Marn as Coach\n\nErica Mend as Sachio\n\n"
        "Here is the Japanese voice cast:\n\n"
        "Yoshi Hoso as Joe\n\nHiro Yasu as Coach\n\nShiro Sai as Sachio",
        title="Lantern Street English Dub Trailer Released",
        published="2018-12-01",
    )
    assert facts.director == ("Aki Mori",)
    assert [c.actor for c in facts.cast] == ["Yoshi Hoso", "Hiro Yasu", "Shiro Sai"]


def test_shows_said_to_be_titled_in_single_quotes() -> None:
    found = shows(
        "The streamer has revealed its plan to produce five new original anime series. The"
        " five new anime projects are titled 'Salt Road Rangers,' 'Lantern Street,'"
        " 'Hanamiya' and 'The Way of the Lamp.'",
        title="Fans Are Happy As The Streamer Will Produce Five New Japanese Anime Series",
    )
    titles = [f.title for f in found]
    assert {"Salt Road Rangers", "Lantern Street", "Hanamiya", "The Way of the Lamp"} <= set(titles)


def test_a_field_line_whose_next_label_has_two_words() -> None:
    found = shows(
        "Here are our picks of the season.\n\n"
        "<h2>Salt Road Rangers</h2>\n\n"
        "  • Studio: Silver Link Release date: 04-07-2020 Stream (UK): Crunchyroll\n\n"
        '"The tyrannical ranger returns."\n\n'
        "<h2>Lantern Street</h2>\n\n"
        "  • Studio: Studio Hanabi Release date: 08-07-2020 Stream (UK): HIDIVE\n\n"
        '"A lamp lighter walks a town."',
        title="Summer 2020 Anime",
    )
    assert [f.studios for f in found] == [("Silver Link",), ("Studio Hanabi",)]


def test_studios_and_reviewers_who_own_a_work_are_no_creators() -> None:
    facts = one(
        "Nitroplus and P.A. Works have revealed that Lantern Street will debut on January 6,"
        " 2023. Nitroplus and P.A. Works' Lantern Street gets a premiere screening first.\n\n"
        "The anime adapts the novel series by Aki Mori. To read Otaku USA's 2021 review of the"
        " novel, visit the site.",
        title="Lantern Street Gets January 6 Premiere",
        published="2022-12-11",
    )
    assert facts.original_creator == ("Aki Mori",)


def test_plain_text_with_a_stray_inline_tag_keeps_every_paragraph() -> None:
    facts = one(
        "On Friday, the publisher unveiled a second video for the TV anime of Aki Mori's"
        " Lantern Street manga.\n\n"
        '<span class="fr-mk" style="display: none;">&nbsp;</span>\n\n'
        "The anime will debut in April, airing on Fuji TV and other networks.\n\n"
        "Ken Oda is directing the anime at Madhouse.",
        title="Lantern Street TV Anime Reveals Opening Theme in 2nd Promo Video",
        published="2026-01-23",
    )
    assert facts.broadcasters == ("Fuji TV",)
    assert facts.director == ("Ken Oda",)
    assert facts.studios == ("Madhouse",)
    document = to_document(
        "The anime will debut in April.\n\n"
        '<span class="fr-mk" style="display: none;">&nbsp;</span>\n\n'
        "The cast of the anime includes:\n\nAki Mori as Wakana"
    )
    assert [b.text for b in document.blocks] == [
        "The anime will debut in April.",
        "The cast of the anime includes:",
        "Aki Mori as Wakana",
    ]


def test_adapting_the_script_is_a_writer_s_credit_and_an_age_is_no_studio() -> None:
    facts = one(
        "Lantern Street premieres on October 4. Aki Mori is directing. Ken Oda is adapting"
        " the script, while Yui Sato takes care of character designs.\n\n"
        "At 39, Ryouma Takebayashi dies in his sleep after a life full of misfortune.",
        title="Lantern Street Reveals Trailer",
        published="2020-08-01",
    )
    assert facts.series_composition == ("Ken Oda",)
    assert facts.studios == ()


def test_a_quoted_song_named_like_a_date_is_no_date() -> None:
    facts = one(
        "Rei Okada will sing the opening theme for the second season of Lantern Street. Fans"
        " know her best for her third single “1/2,” which became the opening theme of another"
        " TV anime.\n\nThe second season of Lantern Street will premiere on April 6, 2022.",
        title="Rei Okada to Sing Lantern Street Season 2 Opening Theme",
        published="2022-03-01",
    )
    assert str(facts.premiere_date) == "2022-04-06"


def test_a_director_s_new_film_and_his_earlier_films() -> None:
    found = shows(
        "Among the most regarded anime films, The Long Summer holds a special place. On"
        " December 23, 2024, Mori shared details of his upcoming film, and Mori showed a"
        " teaser visual.\n\n"
        "The film, titled Lantern, is both written and directed by Aki Mori. Lantern follows a"
        " princess, and Lantern opens in winter 2025. Mori said Lantern is his biggest film.\n\n"
        "A winter release for Lantern is unusual, since every Mori film released since The"
        " Long Summer—including Salt Wars, Wolf Rangers, The Boy and the Lamp, and Mirai—has"
        " premiered in the summer. Mori hopes fans will enjoy it.",
        title="Aki Mori Reveals Exciting Winter 2025 Anime Project",
        published="2024-12-24",
    )
    assert [f.title for f in found] == ["Lantern"]


def test_a_dub_s_language_is_no_part_of_the_title() -> None:
    facts = one(
        "The publisher has released a trailer for the Lantern Street English dub. The Lantern"
        " Street English dub premieres next month, and the Lantern Street English dub cast"
        " includes Ken Oda.",
        title="Publisher announces Lantern Street English dub via trailer",
        published="2023-07-20",
    )
    assert facts.title == "Lantern Street"

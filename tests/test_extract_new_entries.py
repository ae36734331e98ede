"""A franchise's new entry named in the body, past the franchise's events and offices,
and other forms met in fresh articles."""

from __future__ import annotations

from extract_helpers import one, shows

from pipeline.extract.headline_kind import lists_shows
from pipeline.extract.sentences import split_sentences


def test_a_new_entry_is_its_subtitled_name_not_the_franchise_event_or_office() -> None:
    facts = one(
        'At the "Dai 3-kai Skyrider Conference" event on Friday, Kinema Works revealed the'
        " first new Skyrider television anime in six years, titled Armored Skyrider : The"
        " Girl From Venus ( Sōkō Skyrider : Kinsei no Shōjo ). It premieres in 2031.\n\n"
        "Taro Aoki, Chief Skyrider Officer at the studio, said the team aims higher than"
        " ever, and the Skyrider franchise turns 40 next year.",
        title="Kinema Works Reveals Skyrider: The Girl From Venus, 1st New Skyrider TV Anime"
        " in 6 Years",
    )
    assert facts.title == "Skyrider : The Girl From Venus"


def test_bullet_lines_alone_over_their_paragraphs_are_the_shows_of_an_impressions_post() -> None:
    found = shows(
        "The new season is here. Below are the shows I tried, worst first.\n\n"
        "  • Starfall Express\n\n"
        "I could not finish it. The show fails to excite or interest me at all, though the"
        " trivia about train stations may please some viewers out there.\n\n"
        "  • Lantern Knights\n\n"
        "It comes across as far too generic. None of the characters win me over, and the CG"
        " puts me off a little as well. Dropped after the first episode.\n\n"
        "  • Paper Moon Diary\n\n"
        "Winter 2029 brought us two shows like it",
        title="Fall 2030 Anime Brief Impressions",
    )
    assert [(s.title, s.season) for s in found] == [
        ("Starfall Express", "Fall 2030"),
        ("Lantern Knights", "Fall 2030"),
        ("Paper Moon Diary", "Winter 2029"),
    ]


def test_a_headline_with_the_year_before_the_season_lists_shows_of_that_season() -> None:
    found = shows(
        "So, what did I make of the season? These ratings rest on first episodes only.\n\n"
        "Ano Hi Mita Kaze no Iro wo Bokutachi wa Mada Shiranai\n\n"
        "Wow, that is a mouthful. Still, the show pulls at every emotional string it has,"
        " and the cast of childhood friends is drawn with real care from the first scene.",
        title="2031 Spring Anime First Impressions",
    )
    assert [(s.title, s.season) for s in found] == [
        ("Ano Hi Mita Kaze no Iro wo Bokutachi wa Mada Shiranai", "Spring 2031")
    ]


def test_a_title_set_beside_a_film_by_someone_credits_the_director() -> None:
    facts = one(
        "At last I found a copy of Lantern Children, a 2030 film by Aoi Morimoto (Summer"
        " Stars). Lantern Children took the Animation of the Year prize. Earlier, the"
        " author's first book was the basis for an anime film by Rin Kato and Kinema Works.",
        title="Lantern Children (2030, Studio Hoshi)",
    )
    assert facts.director == ("Aoi Morimoto",)


def test_a_final_season_the_body_counts_is_that_numbered_season() -> None:
    facts = one(
        "Following the premiere of the first episode of Glass Harbor's last season, the"
        " opening and ending songs were revealed.\n\n"
        "Kinema Works made the first three seasons. Studio Hoshi is now animating the 4th"
        " and final season of Glass Harbor.",
        title="Glass Harbor Reveals Opening & Ending Song For Final Season",
    )
    assert facts.title == "Glass Harbor Season 4"


def test_new_cast_for_the_english_dubs_of_two_shows_names_both_and_no_adr_director() -> None:
    found = shows(
        "At a convention held recently, ADR director Sam Rivers revealed the latest addition"
        " to the English dub cast of the horror drama Lantern Butler. The news follows word"
        " of new voices joining the comedy Paper Nations.",
        title="New Cast Additions to English Dubs of Lantern Butler and Paper Nations Announced",
    )
    assert [(s.title, s.director) for s in found] == [
        ("Lantern Butler", ()),
        ("Paper Nations", ()),
    ]


def test_a_block_schedule_of_clock_times_lists_each_show_once() -> None:
    found = shows(
        "Two shows join the block, and the rest shuffle. Here is the new lineup:\n\n"
        "11:00 PM Lantern Butler\n11:30 PM Paper Nations\n12:00 AM Starfall Express\n"
        "12:30 AM Glass Harbor\n01:00 AM Glass Harbor",
        title="Block to Shuffle Schedule, Paper Nations Added to Lineup",
    )
    assert [s.title for s in found] == [
        "Lantern Butler",
        "Paper Nations",
        "Starfall Express",
        "Glass Harbor",
    ]


def test_episode_one_reactions_each_name_their_show() -> None:
    found = shows(
        "As before, here are the reactions I posted to the first episodes.\n\n"
        "- Lantern Butler episode 1: That was fine, I suppose. Things happened. Some parts"
        " made sense; others may be obtuse on purpose.\n"
        "- Paper Nations episode 1: A fairly decent start with solid material. It is almost"
        " all setup, though.\n"
        "- Starfall Express episode 1: Good fun, and I liked the train. It is no classic,"
        " but I will watch more.",
        title="My reactions to the first episodes of the Winter 2031 anime season",
    )
    assert [(s.title, s.season) for s in found] == [
        ("Lantern Butler", "Winter 2031"),
        ("Paper Nations", "Winter 2031"),
        ("Starfall Express", "Winter 2031"),
    ]


def test_a_shop_widgets_line_is_no_show() -> None:
    found = shows(
        "Among the reissues this week: Lantern Butler, coming to Blu-ray for the first time."
        "\n\nAmazon B000767QTA\n\n"
        "Lantern Butler was a hit when it first aired, and the new discs look sharp.",
        title="Anime Roundup: March 5, 2031",
    )
    assert "Amazon B000767QTA" not in [s.title for s in found]


def test_an_editors_note_is_one_sentence() -> None:
    note = "[Ed. Note: This list first included Paper Nations, but it was delayed.]"
    assert split_sentences(note) == [note]


def test_a_single_chosen_as_a_shows_theme_song_names_the_show() -> None:
    facts = one(
        'The boy band Q5 is releasing a new single called "Super Lights", which was picked as'
        ' the new opening theme for the coming season of the TV anime "LANTERN SEA". The band'
        ' has also sung for "Paper Nations" and "Glass Harbor".',
        title="New Q5 Single Chosen as LANTERN SEA Theme Song",
    )
    assert facts.title == "LANTERN SEA"


def test_a_title_set_in_capitals_before_the_headlines_words_is_the_show() -> None:
    facts = one(
        "We have followed the new project from director Aoi Morimoto for a good while, and a"
        " U.K. release is here. U.K distributor Kinema Films announced the screenings on"
        " Twitter; the U.K run has two dates.",
        title="LANTERN OF THE FUTURE UK Limited Theatrical Run Dated For November",
    )
    assert facts.title == "LANTERN OF THE FUTURE"


def test_a_most_anticipated_poll_lists_its_ranked_shows() -> None:
    found = shows(
        "Winter has arrived, and the poll is in.\n\n"
        "Here are the full top 3 Winter 2032 season poll results:\n\n"
        "1. Lantern Butler\n2. Paper Nations\n3. Glass Harbor",
        title="Sequels Dominate Most Anticipated Winter 2032 Anime Poll",
    )
    assert [(s.title, s.season) for s in found] == [
        ("Lantern Butler", "Winter 2032"),
        ("Paper Nations", "Winter 2032"),
        ("Glass Harbor", "Winter 2032"),
    ]


def test_arrow_marked_lines_of_a_season_chart_post_are_its_shows() -> None:
    found = shows(
        "On to the chart! Going by first impressions, there is plenty to like.\n\n"
        "There's the usual shoujo and slice of life:\n\n"
        "–> Lantern Butler\n\n–> Paper Nations\n\n–> Glass Harbor\n\n"
        "That is it for now.",
        title="Summer Anime Chart 2032",
    )
    assert [(s.title, s.season) for s in found] == [
        ("Lantern Butler", "Summer 2032"),
        ("Paper Nations", "Summer 2032"),
        ("Glass Harbor", "Summer 2032"),
    ]


def test_a_new_film_called_by_its_full_name_with_small_words_is_that_name() -> None:
    facts = one(
        "The official site for the next Lantern Cat movie has unveiled a trailer.\n"
        "Called “Lantern Cat Nobita to Kiseki no Umi: Animal Voyage“, the film reaches"
        " theaters in March, the 100th year before Lantern Cat's birth.",
        title="Trailer Revealed for New Lantern Cat Movie",
    )
    assert facts.title == "Lantern Cat Nobita to Kiseki no Umi: Animal Voyage"


def test_a_ranking_announced_by_a_short_label_lists_its_numbered_shows() -> None:
    found = shows(
        "Voters looked back over the winter and picked the shows that deserve a second"
        " chance after being dropped too early.\n\n"
        "The ranking:\n\n"
        "1. Lantern Butler\n2. Paper Nations\n\n\n"
        "3. Glass Harbor\n4. Starfall Express\n\n"
        "Most of these shows end this week.",
        title="Winter Shows You Shouldn't Have Dropped",
    )
    assert [s.title for s in found] == [
        "Lantern Butler",
        "Paper Nations",
        "Glass Harbor",
        "Starfall Express",
    ]


def test_a_bloggers_top_anime_of_the_year_is_a_list() -> None:
    found = shows(
        "Given how few great series there were, I am listing fewer shows this time.\n\n"
        "Lantern Butler\n\n"
        "The bad part first: the series has been rather slow, though it picked up late and"
        " I am eagerly awaiting the second season now.",
        title="Rin's Top Anime of 2031",
    )
    assert [s.title for s in found] == ["Lantern Butler"]


def test_a_headlines_short_name_takes_the_bodys_name_with_its_particles() -> None:
    facts = one(
        "Kinema Films has picked up Aoi Morimoto's Kotoba no Mori (Forest of Words, 2029)"
        " and will release it in the UK.\n\n"
        "Fans who cannot wait can see the UK premiere of Kotoba no Mori at a festival in"
        " October.",
        title="Kinema Films to Release Kotoba",
    )
    assert facts.title == "Kotoba no Mori"


def test_a_dash_glossing_the_film_as_someones_latest_is_no_title() -> None:
    facts = one(
        "UK distributor Kinema Films will bring Lantern to cinemas in the UK this year."
        " Lantern is the newest film from Aoi Morimoto, the director of Paper Nations and"
        " Glass Harbor. The UK dates are still to be set, and the UK run comes late in the"
        " year.",
        title="Kinema Films to Release Lantern - Aoi Morimoto's Latest Movie in Cinemas in"
        " the UK in 2031",
    )
    assert facts.title == "Lantern"


def test_two_shows_released_together_are_both_named() -> None:
    found = shows(
        "On Monday, the label puts out the first half of Umi no Uta: A Song of the Sea on"
        " DVD. (A Blu-ray edition follows on August 24.) The series tells of a town under"
        " the sea.\n\n"
        "The label is also putting out the first half of the series Starfall Express,"
        " about a train between the stars.",
        title="A Song of the Sea, Starfall Express Released Monday",
    )
    assert [s.title for s in found] == ["A Song of the Sea", "Starfall Express"]


def test_a_top_ten_ranking_of_a_poll_lists_its_shows() -> None:
    found = shows(
        "Voting has closed for the poll of what fans will watch next season.\n\n"
        "1. Lantern Butler\n2. Paper Nations\n3. Glass Harbor",
        title="Anime Ranking Top 10 of What Fans Will Watch",
    )
    assert [s.title for s in found] == ["Lantern Butler", "Paper Nations", "Glass Harbor"]


def test_a_new_preview_beside_a_shows_news_announces_no_list() -> None:
    headline = 'Q5\'s "Lantern Butler" Theme Song Title Revealed Along With New Preview'
    assert not lists_shows(headline)
    assert lists_shows("Our Spring 2031 Anime Preview")


def test_a_title_with_its_own_mark_leads_the_headline() -> None:
    facts = one(
        "Think of an office comedy, only with board games.\n\n"
        "That is how we picture the coming anime Top Game! being pitched to the studio,"
        " which animates the series due to premiere July 4.\n\n"
        "Top Game! follows Aoba, who joins a board game company after high school. The"
        " music in the preview for Top Game! is upbeat.",
        title="Top Game! Video Previews Board Game Company Anime",
    )
    assert facts.title == "Top Game!"


def test_a_genre_and_kind_before_the_title_are_no_part_of_it() -> None:
    facts = one(
        "NHK announced that the archery series Hanare will be animated by Kinema Works and"
        " air on NHK in 2031.",
        title="NHK Also Announces Archery Series Hanare To be Animated by Kinema Works",
    )
    assert facts.title == "Hanare"


def test_award_category_headings_are_no_shows() -> None:
    found = shows(
        "At the first awards, held on Saturday, Lantern Butler won 12 of 21 prizes.\n\n"
        "Soundtrack\n\nLantern Butler, for its score by Yuki Kaji's team.\n\n"
        "Scenario\n\nLantern Butler again, for its twisting script.\n\n"
        "Lead Actor\n\nSora Hino, as Rei in Lantern Butler.",
        title="Lantern Butler Wins 12 of 21 Anime Awards",
    )
    assert [s.title for s in found] == ["Lantern Butler"]


def test_a_spinoff_quoted_after_its_parent_is_the_show() -> None:
    facts = one(
        'The horror anime "Kamishibai" gets a new spinoff, "Shinobi Tales", premiering in July'
        ' 2031. "Shinobi Tales" is animated by Kinema Works.',
        title='“Kamishibai” New Horror Spinoff "Shinobi Tales" Confirms for July 2031',
    )
    assert facts.title == "Shinobi Tales"


def test_a_title_sharing_its_last_word_with_its_parent_is_no_persons_name() -> None:
    facts = one(
        "Earlier today, the official Gakuen Kaido anime website posted the main cast.\n\n"
        "Gakuen Kaido Character Visual\n\n"
        "The series will star the following:\n\n"
        "  • Date Hiro: Sora Hino\n  • Sanada Yuki: Rin Kato\n\n"
        "Gakuen Kaido is a spinoff of Sengoku Kaido. Sengoku Kaido started out in 2005 as"
        " a game.",
        title="Gakuen Kaido Gets Main Cast, A New Key Visual",
    )
    assert facts.title == "Gakuen Kaido"


def test_episode_one_impressions_numbered_with_a_colon_are_a_list() -> None:
    found = shows(
        "I have sorted my list by how much each first episode won me over.\n\n"
        "1) Lantern Butler: I am lost for words. I figured it would be a random show.\n\n"
        "2) Paper Nations: The first episode closes on a cliffhanger about the mystery.\n\n"
        "3) Glass Harbor: Wow. The visuals and music are stunning, though slow so far.",
        title="Rin's Impressions: Episode 1 (Winter 2031)",
    )
    assert [(s.title, s.season) for s in found] == [
        ("Lantern Butler", "Winter 2031"),
        ("Paper Nations", "Winter 2031"),
        ("Glass Harbor", "Winter 2031"),
    ]


def test_a_film_named_with_a_hyphenated_prefix_keeps_it() -> None:
    facts = one(
        "Film will open in Japan on February 29\n\n"
        "Aoi Morimoto, who directs the Lantern movie (Gekijō-ban Lantern ) project, said on"
        " Twitter that work on the film is complete. The film opens in Japan on February 29.",
        title="Director Aoi Morimoto Announces Lantern Film Completion Three Days Before Release",
        published="2031-02-27",
    )
    assert facts.title == "Gekijō-ban Lantern"


def test_actors_who_join_a_dub_cast_are_not_the_show() -> None:
    facts = one(
        "Earlier today, the label revealed that Sam Rivers (Paper Nations, Glass Harbor) and"
        " Ann Lee (Starfall Express) have joined the cast of its updated Vision of Lantern dub."
        " Ann Lee will play Mira, while Sam Rivers will take on the role of Allen. Sam Rivers"
        " was also picked to direct the adaptation, and Sam Rivers is thrilled.",
        title="Sam Rivers, Ann Lee Join Updated Lantern Dub Cast",
    )
    assert facts.title == "Lantern"


def test_a_weekly_posts_episode_headings_name_their_shows() -> None:
    found = shows(
        "The season has only just begun, so here are my thoughts on week one.\n\n"
        "Lantern Butler Episode 1\n\nIt is great to see these boys again after they won"
        " their tournament last season.\n\n"
        "Paper Nations Episode 12\n\nI am really glad this show is back, and in a far more"
        " fun form than before.",
        title="Weekly Watches: Winter 2031 Anime Season Week 1",
    )
    assert [s.title for s in found] == ["Lantern Butler", "Paper Nations"]


def test_a_blogs_rating_and_review_headline_names_the_show() -> None:
    facts = one(
        "Tsurugatari Rating and Review\n\n"
        "Series: Tsurugatari\nAnimation Studio: Kinema Works\nOriginal Run: 12 Episodes\n\n"
        'Summary: "Tsurugatari" is a title built on wordplay, and it centres on an adventure'
        " to gather swords.",
        title="Tsurugatari Rating and Review",
    )
    assert facts.title == "Tsurugatari"


def test_a_release_kind_tag_before_the_title_is_no_part_of_it() -> None:
    facts = one(
        "ONA: Kyoudoga\n\n"
        "This is one of those odd categories I only use now and then: ONA, or original net"
        " animation, first released over the web rather than on TV. I hope it gets picked up"
        " as a full series.",
        title="ONA: Kyoudoga",
    )
    assert facts.title == "Kyoudoga"


def test_a_quoted_name_with_a_dashed_subtitle_is_taken_whole() -> None:
    facts = one(
        "Monthly Shonen Lantern has announced that the sci-fi manga series “Aoi -Saishuu"
        " Shinka no Shounen-,” by writer Rin Kato and artist Sora Hino, will be turned into a"
        " TV anime. Aoi follows a boy with a strange new power.",
        title="Aoi Anime Announced",
    )
    assert facts.title == "Aoi -Saishuu Shinka no Shounen-"


def test_a_web_series_headline_loses_its_descriptor() -> None:
    web = one(
        "New Web Series STARFALL GENERATIONS Official Trailer\n\n"
        "Relive the biggest moments in video game history with the coming web series"
        " Starfall Generations! Starfall Generations will premiere on YouTube on September 16,"
        " and the shorts come out weekly.",
        title="New Web Series STARFALL GENERATIONS Official Trailer",
        published="2031-09-14",
    )
    assert web.title in ("STARFALL GENERATIONS", "Starfall Generations")


def test_a_show_getting_its_own_anime_is_named_without_its_own() -> None:
    own = one(
        "Lantern Time Blues will get its own anime, Kinema Works announced. Lantern Time"
        " Blues is the sequel novel to Paper Galaxy.",
        title="Lantern Time Blues Is Getting Its Own Anime",
    )
    assert own.title == "Lantern Time Blues"


def test_a_headline_naming_the_manga_an_anime_is_based_on_names_it() -> None:
    facts = one(
        "Creator Rin's four-panel comedy manga has just been green-lit for a new TV anime"
        " series. Before now, the manga had already spawned two OVA projects.",
        title="The TV Anime based on Yurumate Manga Greenlit",
    )
    assert facts.title == "Yurumate"


def test_a_confirmed_second_season_headline_names_the_show() -> None:
    facts = one(
        "At the live concert held this past Sunday, it was confirmed that the second season of"
        " the popular series Lantern Friends has been given the green light.",
        title="Confirmed Lantern Friends Has Acquired a Second Season",
    )
    assert facts.title == "Lantern Friends Season 2"


def test_screenshot_names_glued_before_ranked_headings_are_dropped() -> None:
    found = shows(
        "People say 2031 was among the best years anime ever had.\n\n"
        "Screen Shot 2032-06-04 at 5.26.47 PM10: Lantern Butler\n\n"
        "Of all the gambling anime I have watched, this is the one I like best, and its"
        " narration is as tense as ever.\n\n"
        "Screen Shot 2032-06-04 at 5.26.53 PM9: Paper Nations\n\n"
        "First, one thing: the fifth short is awful, but the rest of the anthology is great.",
        title="The Top Anime of 2031",
    )
    assert [s.title for s in found] == ["Lantern Butler", "Paper Nations"]


def test_a_seasons_first_impressions_announce_a_list() -> None:
    assert lists_shows("Summer Season First Impressions Part 1")


def test_a_colon_before_a_studios_new_series_ends_the_title() -> None:
    facts = one(
        "So what is Kinema Works planning this time? Aoi Morimoto directs, and Rin Kato"
        " writes the scripts. Sora Hino plays the lead, and Hino is a great pick.",
        title="Umi no Kanata: Kinema Works' new series for 2031 featuring Sora Hino",
    )
    assert facts.title == "Umi no Kanata"


def test_a_show_that_previews_its_opening_song_is_the_show() -> None:
    facts = one(
        "Lantern Dream is coming back soon for a second season! Ahead of that, the lead"
        " voice actress showed up in a special video to preview the second season's new OP.",
        title="Lantern Dream Previews OP Song for Second Season in New Video",
    )
    assert facts.title == "Lantern Dream Season 2"


def test_an_events_panel_report_names_the_show_its_paragraphs_open_with() -> None:
    facts = one(
        "New acquisitions from, and questions put to, the label at Wai-Con 2031.\n\n"
        "At the panel, the following title was announced:\n\n"
        "New Acquisitions\n\n"
        "Lantern Guard is about a team of arms dealers working under the cover of a"
        " shipping firm, and their young new recruit.\n\n"
        "Aoi Morimoto directed the series. Lantern Guard is based on Rin Kato's manga, and"
        " the label will release Lantern Guard mid-year.",
        title="Madman Entertainment Panel from Wai-Con 2031",
    )
    assert facts.title == "Lantern Guard"


def test_a_licensor_that_scores_two_shows_names_both() -> None:
    found = shows(
        "Song-Kata, a twelve-episode magical girl series, is now licensed by Sentai.\n\n"
        "Sentai also picked up Taisho Lantern Girls, based on Rin Kato's novels.",
        title="Sentai Scores Song-Kata, Taisho Lantern Girls",
    )
    assert [s.title for s in found] == ["Song-Kata", "Taisho Lantern Girls"]

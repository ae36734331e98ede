"""Lists of shows in real articles: list lines with a season note, lists announced by a
line that ends in a colon, and enumerations in running text."""

from __future__ import annotations

from datetime import date

from extract_helpers import shows

SEASON_NOTES = """<p>Spring is one of the busiest seasons, so plenty of anime return:</p>
<ul>
<li>Lantern Harbor: Tidewatch Arc (season 4) – April 2025</li>
<li>The Duke of Copper and his Clockwork Maid, season 3 – April 2025</li>
<li>Sundial Runners, season 2, part 2 – April 2025</li>
</ul>
<p>There is a lot of new anime too. The season is packed with more than 20 new anime:</p>
<ul>
<li>Paper Moon Relay – April 2025</li>
<li>Re: Orchard – April 2025</li>
<li>Mission: Velvet Family – April 2025</li>
</ul>
"""


def test_list_lines_keep_their_season_and_a_colon_announces_a_list() -> None:
    found = shows(SEASON_NOTES, title="Spring brings a crowded season")
    assert [f.title for f in found] == [
        "Lantern Harbor: Tidewatch Arc Season 4",
        "The Duke of Copper and his Clockwork Maid Season 3",
        "Sundial Runners Season 2",
        "Paper Moon Relay",
        "Re: Orchard",
        "Mission: Velvet Family",
    ]


def test_a_colon_before_a_cast_list_announces_no_shows() -> None:
    text = (
        "<p>The Ember Sail anime premieres on April 4 on Tokyo MX. The cast includes:</p>"
        "<ul><li>Aoi Kurata (Mina)</li><li>Ren Hoshino (Taku)</li>"
        "<li>Yui Sakamoto (Kana)</li></ul>"
    )
    found = shows(text, title="Ember Sail Anime Reveals Cast, April 4 Premiere")
    assert [f.title for f in found] == ["Ember Sail"]
    assert [c.actor for c in found[0].cast] == ["Aoi Kurata", "Ren Hoshino", "Yui Sakamoto"]


def test_an_enumeration_closed_by_anime_names_each_show() -> None:
    text = (
        "Paperwhale said it has licensed the film of Aki Mori's Ember Sail manga, along with "
        "the Love Live! Harbor Idols, The Day the Orchard Slept, Sleepy Knight in the Tower, "
        "and Lantern Quest: The Road of Dai anime; details will follow later."
    )
    found = shows(text, title="Paperwhale Licenses Ember Sail Film")
    assert [f.title for f in found] == [
        "Ember Sail",
        "Love Live! Harbor Idols",
        "The Day the Orchard Slept",
        "Sleepy Knight in the Tower",
        "Lantern Quest: The Road of Dai",
    ]


def test_a_colon_after_words_about_series_opens_an_enumeration_of_them() -> None:
    text = (
        "The event screened several of the series headlining the service's season: Kaiju "
        "No. 9, Copper Butler: Night School Arc, Astro Ledger, and A Condition Called Rain. "
        "Kaiju No. 9 opens the season on April 13."
    )
    found = shows(text, title="First Look at the Spring Slate")
    assert [f.title for f in found] == [
        "Kaiju No. 9",
        "Copper Butler: Night School Arc",
        "Astro Ledger",
        "A Condition Called Rain",
    ]


def test_past_works_in_parentheses_and_named_characters_are_no_enumeration() -> None:
    text = (
        "Aki Mori ( Copper Valley: Four Winds , Loner Days , Harbor Lights ) is designing "
        "the characters for the Ember Sail anime. The visual shows three characters at "
        "the heart of the season: Mina Kurata, Taku Hoshino, and Kana Sakamoto."
    )
    found = shows(text, title="Ember Sail Anime Reveals Visual")
    assert [f.title for f in found] == ["Ember Sail"]


def test_sections_headed_with_the_shows_name_are_one_show() -> None:
    text = (
        "<p>The long-awaited Glass Owl Season 2 premieres on Saturday, October 4, 2025, at "
        "11 PM JST.</p><h2>Glass Owl: About the Anime</h2><p>Glass Owl follows a spy and "
        "his borrowed family.</p><h2>Glass Owl Key Visuals</h2><p>The visuals mirror each "
        "other.</p><h2>Glass Owl: What Else to Expect?</h2><p>A trailer is still to come.</p>"
    )
    found = shows(
        text, title="Glass Owl Season 2: Release Date, Key Visuals, and What Fans Should Expect"
    )
    assert [f.title for f in found] == ["Glass Owl Season 2"]
    assert str(found[0].premiere_date) == "2025-10-04"


def test_an_episode_review_heading_names_no_show_of_its_own() -> None:
    text = (
        "<p>The event screened the series headlining the season: Kaiju No. 9, Astro Ledger, "
        "and A Condition Called Rain.</p><h2>Kaiju No. 9 Episode 1 Review</h2><p>The first "
        "episode of Kaiju No. 9 is a spectacular start.</p><h2>Astro Ledger Episode 1 "
        "Review</h2><p>A quiet comedy.</p>"
    )
    found = shows(text, title="First Look at the Spring Slate")
    assert [f.title for f in found] == ["Kaiju No. 9", "Astro Ledger", "A Condition Called Rain"]


PLAIN_NEWS = """News Reporting

Glass Owl's Promo Video Previews Opening Theme

A new promotional video for the Glass Owl anime series previews its opening theme.

Glass Owl Key Visual 001 - 20250329

The confirmed cast for Glass Owl is:

  • Mina Kurata: Aoi Sakamoto
  • Taku: Ren Hoshino
  • Kana Aoki: Yui Tanabe

The following actors have also been confirmed, though their roles were not announced:

  • Haru Ikeda
  • Sora Minami
  • Nao Fujii

Glass Owl will arrive on Tokyo MX on July 3.

About the author

Dana Whitfield

Dana Whitfield founded the site and serves as its editor-in-chief.
"""


def test_a_plain_text_news_page_with_bullet_cast_lists_is_one_show() -> None:
    found = shows(
        PLAIN_NEWS, title="Glass Owl's Promo Video Previews Opening Theme", published="2025-06-17"
    )
    assert [f.title for f in found] == ["Glass Owl"]
    cast = {(c.actor, c.character) for c in found[0].cast}
    assert ("Aoi Sakamoto", "Mina Kurata") in cast and ("Haru Ikeda", None) in cast
    assert found[0].broadcasters == ("Tokyo MX",)


def test_quoted_shows_taking_their_turn_keep_their_season() -> None:
    text = (
        "Fans have five new seasons to look forward to in 2026.\n\n"
        'First on the list is "Glass Owl" Season 2, which is scheduled to air in April 2026.'
        "\n\n"
        'Next on the list is the second season of "Copper Valley: Night Arc," which is '
        "expected to air in January 2026.\n\n"
        'Third on the list is "My Lantern Academia" Season 3, which airs in April 2026.\n\n'
        'Fourth on the list is Season 4 of "Tide Ghoul," which is scheduled for March 2026.'
    )
    found = shows(text, title="Top 5 Anime Seasons To Watch Out For In 2026")
    assert [f.title for f in found] == [
        "Glass Owl Season 2",
        "Copper Valley: Night Arc Season 2",
        "My Lantern Academia Season 3",
        "Tide Ghoul Season 4",
    ]


def test_a_season_days_round_up_gives_each_paragraph_subject_its_record() -> None:
    text = (
        "Day two of the Fall 2025 anime season brings three premieres.\n\n"
        "Mobile Knight Lantern: The Witch from Harbor (Kidou Kishi Lantern) is the next "
        "title premiering on October 5. Sunrise Works is producing the anime.\n\n"
        "Copper: Ougon Jidai-hen – Memorial Edition (Copper: The Golden Age) is among the "
        "most anticipated titles. The anime debuts on TOKYO MX on October 4.\n\n"
        "Beast Ledger (Yuusha Party wo Tsuihou Sareta Beast Ledger) is another anime that "
        "premieres on October 5 on AT-X."
    )
    found = shows(text, title="The Fall 2025 anime season: The second day is here!")
    assert [f.title for f in found] == [
        "Mobile Knight Lantern: The Witch from Harbor",
        "Copper: Ougon Jidai-hen – Memorial Edition",
        "Beast Ledger",
    ]
    assert found[1].broadcasters == ("TOKYO MX",)


def test_a_headline_less_item_takes_the_season_its_first_sentence_gives() -> None:
    text = (
        "✖\n\nGlass Owl has put out a new key visual for Season 2! Fans have waited since "
        "the first season's debut in 2023.\n\nThe second season of Glass Owl begins airing "
        "on January 7."
    )
    found = shows(text, title=None, published="2025-12-08")
    assert [f.title for f in found] == ["Glass Owl Season 2"]


def test_a_season_with_its_own_subtitle_keeps_its_title() -> None:
    text = (
        "The official website for Copper: Return of Kings, the second season of the Copper "
        "anime, announced that the new series will begin on October 3."
    )
    found = shows(text, title="Copper: Return of Kings Premieres October 3")
    assert [f.title for f in found] == ["Copper: Return of Kings"]


def test_each_enumerated_show_takes_its_own_sentences_and_the_slates_service() -> None:
    text = (
        "The event screened the series headlining Crunchyroll's spring slate: Kaiju No. 9, "
        "Astro Ledger, and A Condition Called Rain.\n\n"
        "The first episode of Kaiju No. 9 from Production I.G is a spectacular start.\n\n"
        "Astro Ledger is a quiet comedy animated by Studio Gokumi."
    )
    found = shows(text, title="First Look at Crunchyroll's Spring Slate")
    studios = {f.title: f.studios for f in found}
    assert studios == {
        "Kaiju No. 9": ("Production I.G",),
        "Astro Ledger": ("Studio Gokumi",),
        "A Condition Called Rain": (),
    }
    assert all(f.streaming == ("Crunchyroll",) for f in found)


def test_a_picks_feature_names_each_pick_after_its_label() -> None:
    text = (
        "Welcome to our Most Anticipated Anime feature for the Summer 2025 season.\n"
        "Dana Whitfield\n"
        "Most Anticipated: My Quiet Marriage\n"
        "Cinderella stories are everywhere, but this light novel adaptation is special.\n\n"
        "Sam Ortega\n"
        "Runner-up: Lantern Harbor\n"
        "This anime series about a harbor town looks lovely."
    )
    found = shows(text, title="The Most Anticipated Anime of Summer 2025")
    assert [f.title for f in found] == ["My Quiet Marriage", "Lantern Harbor"]


def test_a_quoted_story_arc_in_the_headline_is_part_of_the_show() -> None:
    text = (
        'A new trailer for the "Harbor Arc" of the Glass Owl television anime confirms '
        'an October premiere. The "Harbor Arc" is the anime\'s second cour. Glass Owl '
        'first premiered on July 11. The Glass Owl anime is based on a manga. The "Harbor '
        'Arc" trailer also previews the opening theme song.'
    )
    found = shows(text, title="Glass Owl 'Harbor Arc' Reveals New Trailer, Cast, and Theme Songs")
    assert [f.title for f in found] == ["Glass Owl"]


def test_a_list_articles_paragraphs_led_by_a_title_and_a_colon_are_its_shows() -> None:
    text = (
        "Hi everyone, this week I'm looking ahead to the new season.\n\n"
        "Mob Lantern: This one looks like a genre fusion where dungeons appear all over "
        "Japan.\n\n"
        "Dahlia in Glass: This is another reincarnation series, but aimed at women.\n\n"
        "Honorable Mention:\n\n"
        "Fairy Harbor: 100 Years Quest: I read the original manga series to its end."
    )
    found = shows(text, title="Anime Sunday: Most Anticipated Summer 2025 Anime")
    assert [f.title for f in found] == [
        "Mob Lantern",
        "Dahlia in Glass",
        "Fairy Harbor: 100 Years Quest",
    ]


def test_speakers_leading_their_paragraphs_are_no_shows() -> None:
    text = (
        "Lenlo: Hi everyone, and welcome to our first Season Preview in a while!\n\n"
        "Wooper: This time the poll is at the bottom, folks, it is tidier that way.\n\n"
        "Middling Expectations\n\n"
        "Quality Control in Another Harbor\nStudios: 100studio\nDirector: Kei Umabiki\n"
        "Source: Manga\n\n"
        "Wooper: I'm a board-certified isekai hater, but this show grabbed me.\n\n"
        "Lenlo: Like Wooper, I lost most of my interest when I saw it was an isekai."
    )
    found = shows(text, title=None)
    assert [f.title for f in found] == ["Quality Control in Another Harbor"]
    assert found[0].director == ("Kei Umabiki",)


def test_a_quoted_enumeration_names_each_show() -> None:
    text = (
        "On Tuesday, Netflix announced five new original anime series. The new "
        "projects will be titled ‘Kuma’s Harbor Adventure’, ‘Thermae Lantern’, ‘High-Rise "
        "Orchard’, ‘Thus Spoke Glass Owl’ and ‘The Way of the House Cat’."
    )
    found = shows(text, title="Netflix Reveals Five New Anime Series")
    assert [f.title for f in found] == [
        "Kuma’s Harbor Adventure",
        "Thermae Lantern",
        "High-Rise Orchard",
        "Thus Spoke Glass Owl",
        "The Way of the House Cat",
    ]


def test_a_licensor_named_limited_lists_its_acquisitions() -> None:
    text = (
        "Paper Moon Limited confirmed three new acquisitions. The first season of The Glass "
        "Owl and the film Children of the Harbor will get Blu-ray releases, while Aki Mori's "
        "film Millennium Lantern will come out at the end of the year."
    )
    found = shows(
        text,
        title="Paper Moon Limited Acquires Glass Owl S1, Children of the Harbor and Aki "
        "Mori's Millennium Lantern",
    )
    assert len(found) == 3
    assert "Children of the Harbor" in [f.title for f in found]


def test_a_headline_title_the_body_writes_in_sentence_case_is_the_show() -> None:
    headline = "To Your Lantern Season 2 Gets Main Preview, Premieres October 23, Additional Cast"
    text = (
        f"{headline}\n"
        "To your lantern season 2 has revealed its main preview, along with an October 23rd "
        "premiere date and three additional cast members. Studio Drive is animating the "
        "sequel.\n\nThe staff for To your lantern season 2:\n- Director: Kiyoko Sayama\n"
        "- Music: Ryo Kawasaki\nTo your lanternis an anime adaptation of the manga series by "
        "Aki Mori. It describes the story:\nIn the beginning, a ball is cast toward the "
        "Earth. “It” can take the shape of what stimulates it. “It” changes into a wolf, "
        "and as a boy, “it” becomes Fushi.\nsource: Official site"
    )
    found = shows(text, title=headline)
    assert [f.title for f in found] == ["To Your Lantern Season 2"]


def test_people_a_list_article_names_after_including_are_no_shows() -> None:
    text = (
        "Copper Butler: Night School Arc is one of the most anticipated series. When a "
        "number of students, including Derrick Arden, Mina Kurata and Taku Hoshino, refuse "
        "to return home, the butler has to look into it.\n\n"
        "Glass Owl is another anime series to watch, a spy comedy from Studio Drive."
    )
    found = shows(text, title="The Most Anticipated Anime of 2025")
    assert [f.title for f in found] == ["Copper Butler: Night School Arc", "Glass Owl"]


def test_a_name_the_article_credits_as_a_person_is_no_show() -> None:
    text = (
        "<h2>Glass Owl</h2><p>Glass Owl premieres in July. Mai Kadokawa voices Mina, "
        "and Nao Touyama voices Hana.</p>"
        "<h2>Nao Touyama</h2><p>Nao Touyama also stars as Kana in the anime.</p>"
        "<h2>Lantern Harbor</h2><p>Lantern Harbor is an anime series from Studio Drive.</p>"
    )
    found = shows(text, title="Summer 2025 Anime Preview")
    assert [f.title for f in found] == ["Glass Owl", "Lantern Harbor"]


def test_films_a_headline_names_short_take_the_full_titles_the_body_glosses() -> None:
    text = (
        "On Thursday, the official website of the 2026 Lantern film Eiga Lantern: Nobita no "
        "Shin Kyōryū (Lantern the Movie: Nobita's New Dinosaur) announced that the film's "
        "opening is delayed. The Harbor film Harbor to Sora Tobu Fune (Harbor and the "
        "Flying Ship) is also delayed."
    )
    found = shows(text, title="Lantern, Harbor Anime Films Delayed")
    assert [f.title for f in found] == [
        "Eiga Lantern: Nobita no Shin Kyōryū",
        "Harbor to Sora Tobu Fune",
    ]


def test_the_official_websites_name_with_marks_is_the_films_title() -> None:
    text = (
        "On Thursday, the official website for Soreike! Lanternman Kagayake! Kurun to "
        "Inochi no Hoshi (Let's go! Lanternman: Shine! Kurun and the Star of Life), the "
        "30th anime film of the franchise, revealed two guest stars. Kurun is the film's "
        "new character. Kurun is voiced by Anne Watanabe. The film centers on Kurun."
    )
    found = shows(text, title="2018 Soreike! Lanternman Film Casts Anne Watanabe")
    assert [f.title for f in found] == ["Soreike! Lanternman Kagayake! Kurun to Inochi no Hoshi"]


def test_a_schedule_lists_title_and_time_lines_give_the_titles() -> None:
    text = (
        "<p>Paperwhale revealed its dub lineup for the spring season. It will stream these "
        "titles:</p><ul><li>Love Lantern: 4/26/2025 at 9:30PM Eastern (6:30PM Pacific)</li>"
        "<li>Seven Mortal Harbors: 4/30/2025 at 10:30PM Eastern</li>"
        "<li>The Silver Owl: 9:00PM Eastern (6:00PM Pacific)</li>"
        "<li>KADO: The Right Lantern: TBD</li></ul>"
    )
    found = shows(text, title="Paperwhale Unveils Full Spring 2025 Dub Schedule")
    assert [f.title for f in found] == [
        "Love Lantern",
        "Seven Mortal Harbors",
        "The Silver Owl",
        "KADO: The Right Lantern",
    ]


def test_a_cast_list_the_series_stars_is_no_list_of_shows() -> None:
    text = (
        "<p>The official Glass Owl anime website was updated with the core cast.</p>"
        "<h3>Cast</h3><p>The series stars:</p><ul><li>Serval: Yuka Ozaki</li>"
        "<li>Fennec: Kana Motomiya</li><li>Caracal: Riko Koike</li></ul>"
    )
    found = shows(text, title=None, published="2018-10-29")
    assert [f.title for f in found] == ["Glass Owl"]
    assert len(found[0].cast) == 3


def test_a_plain_text_guides_lines_led_by_a_title_and_a_colon_are_its_shows() -> None:
    text = (
        "We're back for the final part of this season's guide!\nPart One\nPart Two\n"
        "Kochoki: Young Lantern: Oda Lantern, the dreaded warlord, was once a teenager taking "
        "his first steps toward greatness beside his brother. (Funimation)\n"
        "Thoughts: Studio DEEN is animating this, and the trailer does not look bad.\n"
        "Premiering: July 8th.\n"
        "Arifureta: From Harbor to World's Strongest: Hajime is bullied at school and then "
        "summoned with his whole class into a fantasy world full of monsters. (Funimation)\n"
        "Thoughts: This is the isekai of the season."
    )
    found = shows(text, title="Summer Anime TV Guide 2025, Part 3")
    assert [f.title for f in found] == [
        "Kochoki: Young Lantern",
        "Arifureta: From Harbor to World's Strongest",
    ]


def test_a_headline_less_page_takes_the_show_its_opening_paragraph_names() -> None:
    text = (
        "Play video\n\n"
        "GLASS OWL THE ANIMATION is still a month out from its premiere on Crunchyroll, but "
        "readers of the manga know it will be the most bonkers anime of 2025 (in a year with "
        "a series called From Harbor to Villainess: Dad's Been Reincarnated!).\n\n"
        "GLASS OWL THE ANIMATION is based on the manga by Keiichi Arawi."
    )
    found = shows(text, title=None, published="2025-06-01")
    assert [f.title for f in found] == ["GLASS OWL THE ANIMATION"]


def test_a_singer_previewing_a_shows_theme_is_not_the_show() -> None:
    text = (
        "Ayana Teketatsu has previewed the opening theme of The Tale of the Lanterns. The "
        "Tale of the Lanterns premieres in January on Tokyo MX. The Tale of the Lanterns "
        "is based on a manga."
    )
    found = shows(
        text,
        title="Ayana Teketatsu Previews Winter 2023 TV Anime The Tale of the Lanterns Opening",
    )
    assert [f.title for f in found] == ["The Tale of the Lanterns"]


def test_a_plain_text_digests_headline_lines_over_prose_open_each_item() -> None:
    text = (
        "Hello anime fans, and welcome back to the weekly news.\n"
        "Normal Anime News and Updates\n"
        "Glass Owl Anime Season 3: New Trailer and Staff Revealed\n"
        "Glass Owl, one of the best action comedy anime of the decade, is getting a third "
        "season, and the official website launched its first trailer on Tuesday.\n"
        "Lantern Harbor Anime Gets Second Cour in January\n"
        "Lantern Harbor will return in January with its second cour, the studio announced "
        "on Friday along with a new key visual and a short promotional video."
    )
    found = shows(text, title=None, published="2025-08-01")
    assert [f.title for f in found][:2] == ["Glass Owl Season 3", "Lantern Harbor"]


def test_character_actor_pairs_after_the_following_are_a_cast() -> None:
    text = (
        "The official website for the Glass Owl anime updated with new cast members. The "
        "series adds the following:\n\n  • Ryuji Yoshioka: Shun Horie\n"
        "  • Yuto Aoshima: Taku Yashiro\n  • Ren Shibusawa: Kotori Koiwai\n\n"
        "Glass Owl comes to Japanese TV on October 2."
    )
    found = shows(text, title="Glass Owl Anime Cast Adds Shun Horie, 2 More")
    assert [f.title for f in found] == ["Glass Owl"]
    assert ("Shun Horie", "Ryuji Yoshioka") in {(c.actor, c.character) for c in found[0].cast}


def test_field_lines_with_a_number_or_a_day_are_no_show_headings() -> None:
    text = (
        "<h3>Lantern Harbor</h3><p>Studio: Studio Drive</p><p>A harbor town comedy.</p>"
        "<h3>Rating: 3.5</h3><p>Not bad at all, with a good cast.</p>"
        "<h3>Glass Owl</h3><p>Studio: Studio Bind</p><p>A spy comedy.</p>"
        "<h3>Frequency: Every Thursday at 6 PM</h3><p>It airs weekly on Tokyo MX.</p>"
    )
    found = shows(text, title="Spring 2025 Preview Guide")
    assert [f.title for f in found] == ["Lantern Harbor", "Glass Owl"]


def test_a_creators_possessive_before_the_title_is_not_part_of_it() -> None:
    text = (
        "This year's 32nd issue of the magazine announced on Monday that Aki Morimoto's "
        "The Lantern manga is getting a television anime adaptation. The anime will "
        "premiere in April on Tokyo MX."
    )
    found = shows(text, title="Aki Morimoto's The Lantern Manga Gets TV Anime")
    assert [f.title for f in found] == ["The Lantern"]


def test_a_list_lines_studio_after_a_dash_is_not_part_of_the_title() -> None:
    text = (
        "<p>Here are the shows I plan to watch this fall:</p><ul>"
        "<li>Lantern Harbor – MAPPA – October 3</li><li>Glass Owl – Madhouse – October 4</li>"
        "<li>Copper Valley – Studio Deen – October 6</li></ul>"
    )
    found = shows(text, title="Fall 2025 Preview")
    assert [f.title for f in found] == ["Lantern Harbor", "Glass Owl", "Copper Valley"]


def test_a_caption_repeated_between_cast_lines_makes_no_round_up() -> None:
    text = (
        "The second key visual for the television anime of Glass Owl was revealed. The "
        "anime will premiere on October 7 on TOKYO MX.\n\n"
        "Additional cast includes:\n\nKanon Takao as Tiona Rudolvon\n\nGlass Owl TV Anime\n\n"
        "Nao Toyama as Rafina Orca\n\nGlass Owl TV Anime\n\n"
        'The scripts are by Deko Akao, known for series such as "Komi Can\'t Lantern" and '
        '"The Case Study of Harbor."'
    )
    found = shows(text, title="More Cast Join Glass Owl TV Anime, Premiere Oct 7")
    assert [f.title for f in found] == ["Glass Owl"]


def test_list_lines_that_say_when_each_show_launches_give_the_titles() -> None:
    text = (
        "<p>Netflix gave dates for upcoming titles in its anime slate, among them:</p><ul>"
        "<li>LANTERN: City on the Edge of Battle will launch on July 18, 2025</li>"
        "<li>Dragon Harbor will launch on September 21, 2025</li>"
        "<li>New Series ULTRA OWL will launch in Spring 2026</li></ul>"
    )
    found = shows(text, title="Netflix Sets New Anime Series at Its Panel")
    assert [f.title for f in found] == [
        "LANTERN: City on the Edge of Battle",
        "Dragon Harbor",
        "ULTRA OWL",
    ]


def test_a_quoted_work_the_headline_credits_a_director_with_is_not_the_show() -> None:
    text = (
        "Aki Mori, who directed the acclaimed anime film Glass Owl, has announced his next "
        "feature, Lantern No Tojimari. The film is set to premiere in the fall of 2026. "
        "After the announcement, a press conference for Lantern No Tojimari was held. "
        "Glass Owl was a hit, and Glass Owl fans are excited."
    )
    found = shows(
        text, title="'Glass Owl' director Aki Mori announces his next film, 'Lantern No Tojimari'"
    )
    assert [f.title for f in found] == ["Lantern No Tojimari"]


def test_a_duos_past_works_in_quotes_are_no_shows_of_the_article() -> None:
    text = (
        "A countdown website teased a new original animation project from director Aki Mori "
        "and screenwriter Rin Ueno. Mori and Ueno have worked together on titles such as "
        '"LANTERN", "Prison Harbor", and "Glass wa Itsumo Hare". Details on the new title '
        "will be revealed on Thursday."
    )
    found = shows(text, title="Aki Mori and Rin Ueno Tease New Collab")
    assert [f.title for f in found] == [None]


def test_a_streamers_new_simulcasts_post_gives_each_colon_led_show() -> None:
    text = (
        "Food Harbor! The Second Plate: The story picks up right where the last season ended, "
        "with Aki Mori still directing at J.C. Staff. The service will stream it on Saturdays.\n\n"
        "Love Lantern! Sunshine!!: Nine girls at a seaside school form an idol group to save "
        "it, and FUNimation will carry the English dub later."
    )
    found = shows(text, title="Crunchyroll Announces New Simulcasts")
    assert [f.title for f in found] == ["Food Harbor! The Second Plate", "Love Lantern! Sunshine!!"]


def test_a_heading_about_a_companys_chart_is_no_show() -> None:
    text = (
        "<h3>Glass Owl Gets a Spin-off</h3><p>Glass Owl is getting a spin-off anime series "
        "next year from Studio Drive.</p><h3>Crunchyroll's Popularity Charts</h3><p>The "
        "weekly charts put several fall shows at the top again this week.</p>"
        "<h3>Lantern Harbor Gets Second Season</h3><p>Lantern Harbor returns in April with "
        "a second season.</p>"
    )
    found = shows(text, title="News of the Week (10/12/25)")
    assert "Crunchyroll's Popularity Charts" not in [f.title for f in found]


DIGEST = "\n".join(
    [
        "Anime news of the week",
        "The TV anime *Paper Moon Relay* has released its first promotional video; the show"
        " begins on Tokyo MX on July 3.",
        "• The first teaser is out for the new anime adaptation of Aki Mori's 'Lantern Harbor'"
        " manga. It will run for 26 episodes.",
        "「Sundial Runners」, a mobile game, will get an OVA next year.",
        'The opening theme of the anime *Paper Moon Relay* is "Blue Hour" by the band Night Tram.',
        'Toei announced that the next "Copper Duke" film opens on December 5.',
    ]
)


def test_a_digests_items_are_the_shows_their_first_sentences_mark() -> None:
    found = shows(DIGEST, title=None)
    assert [f.title for f in found] == [
        "Paper Moon Relay",
        "Lantern Harbor",
        "Sundial Runners",
        "Copper Duke",
    ]
    assert found[0].broadcasters == ("Tokyo MX",)
    assert found[1].original_creator == ("Aki Mori",)


def test_one_shows_article_that_quotes_every_title_is_no_digest() -> None:
    body = (
        'A trailer for the "Paper Moon Relay" anime is out.\n\n'
        'The "Paper Moon Relay" anime comes from the creator of "Copper Duke".\n\n'
        'Studio Hoshi, which made "Sundial Runners", animates the "Paper Moon Relay" anime.\n\n'
        '"Paper Moon Relay" premieres on Tokyo MX on July 3.'
    )
    assert [f.title for f in shows(body, title=None)] == ["Paper Moon Relay"]


def test_list_lines_with_a_studio_and_a_date_after_dashes_are_all_shows() -> None:
    body = (
        "<p>Here are the new series I will be watching this fall.</p><ul>"
        "<li>Paper Moon Relay – Studio Dune – October 3</li>"
        "<li>Lantern Harbor – J.C. Staff – October 4</li>"
        "<li>Sundial Runners – Madhouse – October 1</li>"
        "<li>Copper Duke – Studio Lapis – October 6</li></ul>"
    )
    found = shows(body, title="Fall 2010 Season Preview")
    assert [f.title for f in found] == [
        "Paper Moon Relay",
        "Lantern Harbor",
        "Sundial Runners",
        "Copper Duke",
    ]


def test_a_look_at_a_season_with_one_heading_gives_that_show() -> None:
    body = (
        "<p>I meant to follow fewer series, but here is my sort-of preview.</p>"
        "<h3>Paper Moon Relay</h3><p>Story: Five students run a relay at night.</p>"
        "<ul><li>Director: Aki Mori</li><li>Main Cast:</li>"
        "<li>Mina – Yui Sato (Kana – Iron Petal)</li><li>Taku – Ren Abe (first role)</li></ul>"
    )
    found = shows(body, title="A Look at Summer 2012")
    assert [f.title for f in found] == ["Paper Moon Relay"]
    assert found[0].director == ("Aki Mori",)


def test_titles_said_to_be_a_list_of_shows_are_each_a_show() -> None:
    body = (
        "The first titles to kick off the year are Paper Moon Relay, Lantern Harbor, Sundial"
        " Runners, and Copper Duke, with all but one of them airing on January 5.\n\n"
        "Paper Moon Relay is a music short series. Copper Duke airs on Tokyo MX."
    )
    found = {f.title: f for f in shows(body, title="The First Anime of 2026")}
    assert sorted(found) == ["Copper Duke", "Lantern Harbor", "Paper Moon Relay", "Sundial Runners"]
    assert found["Copper Duke"].broadcasters == ("Tokyo MX",)


def test_a_cast_said_to_include_names_is_no_list_of_shows() -> None:
    body = "The series cast members include Mai Oda, Ken Sato, Yui Abe, and Ren Abe."
    assert [f.title for f in shows(body, title="Paper Moon Relay Reveals Cast")] == [
        "Paper Moon Relay"
    ]


def test_a_number_among_listed_titles_is_a_title() -> None:
    body = (
        "A handful of tentpole shows will keep fans busy, including new seasons of Paper Moon"
        " Relay, 86, and Lantern Harbor, with Copper Duke starting in December.\n\n"
        "Sundial Runners\n\nStudio: Studio Dune\n\nA relay across the desert."
    )
    found = [f.title for f in shows(body, title="Fall 2021 Season Preview")]
    assert {"Paper Moon Relay", "86", "Lantern Harbor"} <= set(found)
    assert not any(t and t.startswith("with") for t in found)


def test_a_schedule_of_quoted_shorts_in_one_paragraph_gives_each_short() -> None:
    body = (
        "<p>Each day, one of the shorts premieres on YouTube.</p>"
        '<p>The short "Paper Moon Relay" (Moon Relay) by director Aki Mori and Studio Dune will'
        ' premiere on March 20. "Lantern Harbor" (Harbor) by the musicians Night Tram will'
        ' premiere on March 21. "Sundial Runners" by director Ken Oda will premiere on March'
        " 22.</p>"
    )
    found = shows(body, title="Music Films Project's Trailer Reveals March 20 Debut")
    assert [f.title for f in found] == ["Paper Moon Relay", "Lantern Harbor", "Sundial Runners"]


def test_a_dub_schedule_line_keeps_the_season_and_drops_the_dub_note() -> None:
    body = (
        "<p>Funimation has confirmed dub releases for the following anime:</p><ul>"
        "<li>Paper Moon Relay Season 3 English Dub - TBA</li>"
        "<li>Lantern Harbor English Dub - October 7th</li>"
        "<li>Sundial Runners - October 9th</li></ul>"
    )
    found = [f.title for f in shows(body, title="Funimation Reveals Fall Dub Additions")]
    assert found == ["Paper Moon Relay Season 3", "Lantern Harbor", "Sundial Runners"]


def test_a_paragraph_led_by_a_show_and_its_season_in_parentheses() -> None:
    body = (
        "Here are the anime you need to watch this season.\n\n"
        "Paper Moon Relay (Season 3): Since it began as a manga in 2012, the series has had"
        " two anime seasons, and the third premieres in October.\n\n"
        "Lantern Harbor (Season 2): Lantern Harbor is a quiet drama that returns in October"
        " with a second season."
    )
    found = [f.title for f in shows(body, title="Anime You Need to Watch: Fall Preview")]
    assert found == ["Paper Moon Relay Season 3", "Lantern Harbor Season 2"]


def test_video_captions_under_a_show_repeat_it_and_add_no_show() -> None:
    body = (
        "<p>Funimation revealed its fall lineup. Let's look at the new anime.</p>"
        "<h3>Paper Moon Relay</h3><p>Paper Moon Relay is a mystery anime about a village.</p>"
        "<ul><li>Paper Moon Relay - New</li><li>Paper Moon Relay | Official Trailer</li>"
        "<li>Paper Moon Relay Teaser</li></ul>"
        "<h3>Lantern Harbor</h3><p>Lantern Harbor is a fantasy anime about a quiet port.</p>"
    )
    found = [f.title for f in shows(body, title="Funimation Anime Lineup for Fall 2020 Announced!")]
    assert found == ["Paper Moon Relay", "Lantern Harbor"]


def test_a_streamers_headline_list_gives_each_show_its_own_season() -> None:
    title = "Crunchyroll Adds Moon, Moon Season 2, Lantern Harbor & Copper Duke: Rise"
    body = (
        f"{title}\n\nCrunchyroll announced that three anime series are coming: the second"
        " season of Moon, Moon, Lantern Harbor, and Copper Duke: Rise.\n\n"
        "Moon, Moon premieres in October. Lantern Harbor premieres on October 7."
        " Copper Duke: Rise premieres on October 8."
    )
    found = [f.title for f in shows(body, title=title)]
    assert found == ["Moon, Moon Season 2", "Lantern Harbor", "Copper Duke: Rise"]


def test_a_ranked_heading_with_a_dash_gives_the_title_alone() -> None:
    body = (
        "The results of the poll are in.\n\n10 – Paper Moon Relay\n\n"
        "Paper Moon Relay is a horror comedy that premieres on October 3.\n\n"
        "9 – Lantern Harbor\n\nLantern Harbor is a comedy that premieres on October 7."
    )
    found = [f.title for f in shows(body, title="Japan Picks Most Anticipated Anime of Fall 2021")]
    assert found == ["Paper Moon Relay", "Lantern Harbor"]


POLL_CHART = """A recent poll asked fans which upcoming series they most want to see. The top five:

5 (tie). Lantern Harbor (2nd cour)

5 (tie). Sundial Runners!

3. Glass Meadow Season 2

2. The Copper Orchard

1. Iron Petal: War of the Deep

Among female voters, Glass Meadow Season 2 came out on top.
"""


def test_a_chart_of_numbered_lines_with_ties_gives_every_entry() -> None:
    found = shows(POLL_CHART, title="Fans Reveal Their Most Anticipated Fall Anime")
    titles = [f.title for f in found]
    for title in (
        "Lantern Harbor",
        "Sundial Runners",
        "Glass Meadow Season 2",
        "The Copper Orchard",
    ):
        assert any(t and t.startswith(title) for t in titles), titles
    assert "Iron Petal: War of the Deep" in titles


def test_the_sites_other_top_news_below_the_article_names_no_show() -> None:
    text = (
        POLL_CHART + "\nOther Top News\n\nSort by:\n\nTry The NEW Paperwhale Beta\n\ncheck it out\n"
    )
    titles = [f.title for f in shows(text, title="Fans Reveal Their Most Anticipated Fall Anime")]
    assert "Try The NEW Paperwhale Beta" not in titles and "Iron Petal: War of the Deep" in titles


def test_a_preview_intro_names_shows_after_the_kind_of_work_they_are() -> None:
    text = (
        "<p>Spring brings a new batch of anime. Favourites are back, and even the second"
        " seasons of supernatural comedy Lantern Harbor and sci-fi smash hit Iron Petal. The"
        " popular Korean webtoon Glass Meadow gets its first anime outing, next to the"
        " mystery thriller Sundial Runners, while the series I'm most excited about stays"
        " secret.</p><h2>Copper Orchard</h2><p>A cooking comedy from Studio Dune.</p>"
        "<h2>Salt Road</h2><p>A road trip drama; its staff made the drama Tide Wardens.</p>"
    )
    titles = [f.title for f in shows(text, title="Spring 2026 Preview", published="2026-03-20")]
    for title in ("Lantern Harbor Season 2", "Iron Petal Season 2", "Glass Meadow"):
        assert title in titles
    assert "Sundial Runners" in titles and "Copper Orchard" in titles
    assert "I'm" not in titles and "Tide Wardens" not in titles


def test_a_studios_earlier_works_and_a_quotations_first_line_name_no_show() -> None:
    text = (
        "Lantern Harbor Anime Flies in April\n\n"
        "The anime of the Lantern Harbor manga premieres in April. Studio Dune, the studio"
        " behind anime like Copper Orchard and Iron Petal, is making it.\n\n"
        "The station described the series in English:\n\n"
        "“Harbor Town, Japan\n\n"
        "In a land of fog and lamps, a girl of 15 keeps the old lighthouse running.”\n\n"
        "Glass Meadow\n\n"
        "The third season of the Glass Meadow anime premieres this spring on Tokyo MX.\n"
    )
    titles = [f.title for f in shows(text, title="Lantern Harbor and Glass Meadow News")]
    assert "Copper Orchard" not in titles and "Iron Petal" not in titles
    assert not any(t and t.startswith("“") for t in titles), titles


def test_a_preview_list_line_gives_its_show_the_studio_and_the_premiere_it_names() -> None:
    text = (
        "I will be following these new series this fall, picked on the studio and the"
        " premise.\n\n"
        "Lantern Harbor – J.C. Staff – October 2\n"
        "Copper Orchard – Hollow Reed – October 14\n"
        "Sundial Runners – Tokyo MX – October 3\n"
        "Glass Meadow – Studio Dune – October 4\n"
    )
    found = {
        f.title: f for f in shows(text, title="Fall 2010 Season Preview", published="2010-09-02")
    }
    assert set(found) == {"Lantern Harbor", "Copper Orchard", "Sundial Runners", "Glass Meadow"}
    assert found["Copper Orchard"].studios == ("Hollow Reed",)
    assert str(found["Lantern Harbor"].premiere_date) == "2010-10-02"
    assert found["Sundial Runners"].studios == ()  # a station, not a studio


def test_a_previews_field_lines_are_no_titles() -> None:
    text = (
        "Lantern Harbor\n\n"
        "Premiere on April 1st, 2009\n"
        "Airtime in Japan (JST, GMT+9): Wednesdays at 25:34\n"
        "Airtime in U.S. (EDT, GMT-4): Wednesdays at 12:34\n"
        "Information Links: ANN Encyclopedia, AnimeNfo, AniDB, MyAnimeList\n"
        "This anime is based on the video games of the same name, which were themselves based"
        " very loosely on the real history of the period.\n"
    )
    titles = [f.title for f in shows(text, title="Spring 2009 Preview!", published="2009-03-30")]
    assert titles == ["Lantern Harbor"]


def test_a_run_of_show_headings_with_no_text_under_them_is_a_list() -> None:
    text = (
        "Time for the usual season preview, with a rundown of what looks great.\n\n"
        "The sequels and shorts I don't care about\n\n"
        "Lantern Harbor: Toki o Kakeru (Short)\n\n"
        "Copper Orchard 2 (Sequel)\n\n"
        "Sundial Runners (ONA)\n\n"
        "Glass Meadow no Naka wa Kedamono. (Short)\n\n"
        "Iron Petal AXZ (Sequel)\n\n"
        "Series I do care about\n\n"
        "Salt Road Rangers\n\n"
        "Studio: Hollow Reed\n"
        "Director: Aki Mori\n\n"
        "A girls' cheerleading troupe tries to save their town, and it looks like fun.\n"
    )
    titles = [f.title for f in shows(text, title="Summer Season 2017 Preview")]
    for title in ("Lantern Harbor: Toki o Kakeru", "Sundial Runners", "Salt Road Rangers"):
        assert title in titles, titles
    assert any(t and t.startswith("Glass Meadow no Naka") for t in titles)


def test_a_show_that_starts_later_in_a_list_sentence_is_one_of_its_shows() -> None:
    text = (
        "Plenty will keep the mainstream engaged this fall, including new seasons of Lantern"
        " Harbor, 86, and Copper Orchard, with Iron Petal Part 6 starting this December."
    )
    titles = [f.title for f in shows(text, title="Fall 2021 Preview", published="2021-09-20")]
    assert "Iron Petal Part 6" in titles and "Copper Orchard" in titles


def test_the_second_cour_of_a_shows_debut_season_is_that_shows_part_2() -> None:
    text = (
        "Long-awaited follow-ups return, such as the second season of Lantern Harbor and the"
        " second cour of episodes from Copper Orchard: Reborn's debut season.\n\n"
        "Copper Orchard: Reborn Part 2\n\n"
        "Premiere Date: October 2nd (Paperwhale)\n\n"
        "Having made its debut earlier this year, Copper Orchard: Reborn is at last back.\n"
    )
    found = shows(text, title="Top 10 Most Anticipated Anime of Fall 2021", published="2021-09-20")
    titles = [f.title for f in found]
    assert titles.count("Copper Orchard: Reborn Part 2") == 1
    assert not any(t and "debut" in t for t in titles)


def test_a_lineup_headline_names_shows_after_its_colon() -> None:
    text = (
        "<p>Paperwhale has revealed its fall slate, including Lantern Harbor: Tide Arc and"
        " Glass Meadow. On top of that, Copper Orchard arrived on Paperwhale this month!</p>"
        "<h2>NEW THIS FALL</h2><p><strong>Iron Petal</strong> – A young orphan is taken in"
        " by a powerful clan.</p>"
    )
    headline = "Paperwhale Fall 2021 Anime Lineup: Lantern Harbor, Copper Orchard & More"
    titles = [f.title for f in shows(text, title=headline, published="2021-09-30")]
    assert "Copper Orchard" in titles
    assert "Lantern Harbor" not in titles  # the fuller "Lantern Harbor: Tide Arc" holds it


def test_a_list_line_led_by_its_date_gives_its_show_that_premiere() -> None:
    text = (
        "A few of the shows that won't be included but that you might be interested in:\n\n"
        "Sequels Returning from Summer\n"
        "10/2 Lantern Harbor\n10/3 Copper Orchard 2\n10/7 Glass Meadow\n"
    )
    found = {f.title: f for f in shows(text, title="Fall 2017 Anime Guide", published="2017-09-24")}
    assert str(found["Lantern Harbor"].premiere_date) == "2017-10-02"
    assert str(found["Glass Meadow"].premiere_date) == "2017-10-07"


def test_a_headline_list_all_getting_anime_names_each_show() -> None:
    headline = "Lantern Rabbit, Glass Owl, and Paper Comet All Getting TV Anime"
    text = (
        f"{headline}\n\nThree announcements arrived at once. Lantern Rabbit gets a TV anime "
        "next year.\n\nGlass Owl will follow in the spring.\n\nPaper Comet was announced "
        "on Sunday as well."
    )
    found = shows(text, title=headline, published="2025-12-08")
    assert [f.title for f in found] == ["Lantern Rabbit", "Glass Owl", "Paper Comet"]


def test_a_headline_listing_studios_the_body_calls_studios_lists_no_shows() -> None:
    headline = (
        "Studio Lamp, Public Arts, Picona, Gorilla, Ekura Animal Launch Campaigns for New Anime"
    )
    text = (
        "The agency will work with the animation studios Studio Lamp, Public Arts, Picona "
        "Creative Studio, Gorilla, and Ekura Animal to launch crowdfunding campaigns for "
        "their new anime projects.\n\nPublic Arts' original anime project is titled Paper Comet."
    )
    titles = [f.title for f in shows(text, title=headline, published="2022-12-13")]
    assert not {"Studio", "Gorilla", "Ekura Animal"} & set(titles)


def test_a_chart_headlines_live_action_film_is_no_show() -> None:
    text = (
        "Eiga Lantern: Aoi Tsuki, the second film in the Lantern franchise, held the #1 spot "
        "in its third weekend. The film opened in Japan on November 5.\n\nHarbor Song Final, "
        "the newest live-action film based on the Harbor Song manga, ranked at #3 in its "
        "opening weekend."
    )
    found = shows(text, title="2nd Lantern Film Stays at #1, Harbor Song Final Opens at #3")
    assert [f.title for f in found] == ["Eiga Lantern: Aoi Tsuki"]


def test_a_numbered_headings_english_gloss_does_not_make_it_too_long() -> None:
    text = (
        "Here are the premieres to watch this season.\n\n"
        "1. Tensai Lantern no Akaji Kokka Saisei Jutsu (The Genius Lantern's Guide to "
        "Raising a Nation Out of Debt)\n\nBeing in charge is never easy for the prince. "
        "Watch for this title when it premieres on January 11, 2022.\n\n"
        "2. Glass Harbor\n\nWant action? Glass Harbor has you covered with samurai.\n"
    )
    found = shows(text, title="5 New Anime Series Premiering in January 2022")
    assert [f.title for f in found][:2] == [
        "Tensai Lantern no Akaji Kokka Saisei Jutsu",
        "Glass Harbor",
    ]


def test_a_heading_that_describes_its_show_after_a_colon_names_the_show() -> None:
    text = (
        "Why the spring season is being overlooked.\n\n"
        "Glass Harbor Season 2 premieres in April\n\nFirst up is Glass Harbor Season 2. "
        "The Glass Harbor anime is based on a light novel series written by Rei Ono, and "
        "its second season is set to premiere in April 2022 on Tokyo MX.\n\n"
        "Paper Comet IV: An exciting addition to the Spring 2022 anime season\n\n"
        "The second anime deserving of hype is Paper Comet IV, the fourth season of the "
        "Paper Comet anime series.\n\nGenre: A story of found family and loss\n"
    )
    found = shows(text, title="Why the Spring 2022 anime season is being overlooked")
    assert [f.title for f in found] == ["Glass Harbor Season 2", "Paper Comet Season 4"]


def test_an_authors_byline_heading_is_no_show_and_an_events_name_leads_no_title() -> None:
    headline = "Anime Japan 2023 - Glass Harbor Season 2, Paper Comet trailer, and more"
    intro = (
        "Anime Japan 2023 is over, and it has handed fans a wealth of new shows, seasons "
        "and trailers to get excited about, so we have rounded up the biggest of them here."
    )
    text = (
        f"{headline}\n\nJeremy Lantern\n\n- Promo image of Anime Japan 2023\n\n{intro}\n\n"
        "Glass Harbor Season 2 premieres in October 2023\n\nGlass Harbor was a hit from the "
        "moment it premiered, and the studio is now cashing in on it with a second season.\n\n"
        "Anime Japan 2023: Paper Comet movie premieres on December 22\n\nPaper Comet fans "
        "also got a film, which opens in Japanese theaters on December 22."
    )
    titles = [f.title for f in shows(text, title=headline, published="2023-03-28")]
    assert titles == ["Glass Harbor Season 2", "Paper Comet"]


def test_a_previews_season_written_with_season_or_a_short_year_holds_for_its_shows() -> None:
    text = (
        "Time for the usual preview of what looks great this time around.\n\n"
        "Lantern Harbor\n\nA girls' troupe tries to save their town, and it looks fun.\n\n"
        "Glass Owl\n\nAn owl in a glass house solves small mysteries every week.\n"
    )
    for headline, season in (
        ("Summer Season 2017 Preview", "Summer 2017"),
        ("Spring '09 Previews", "Spring 2009"),
    ):
        found = shows(text, title=headline, published=None)
        assert [f.season for f in found] == [season, season]


def test_a_services_new_original_anime_stream_on_it() -> None:
    headline = "Netflix to produce five new original Japanese anime series"
    text = (
        f"{headline}\n\nOn Tuesday, Netflix announced that it plans to produce new original "
        "anime series. The new projects are titled 'Lantern Harbor', 'Glass Owl' and "
        "'Paper Comet'."
    )
    found = shows(text, title=headline, published="2020-10-27")
    assert [f.title for f in found] == ["Lantern Harbor", "Glass Owl", "Paper Comet"]
    assert all(f.streaming == ("Netflix",) for f in found)


def test_a_season_post_that_sets_each_story_in_its_show_names_each_show() -> None:
    body = (
        "Now, back to business: the Fall Anime Season 2023 arrives loaded with new shows.\n\n"
        "We open with a shiny new anime, in which Saku finds a stray cat. In Moss Neko wa"
        " Kyou mo Nemui, she names the cat Yukichi.\n\n"
        "Next comes Komura, a shy boy who starts the school year without enthusiasm. In"
        " Lantern na Ko ga Megane o Wasureta, the moment Komura looks at Mia, his heart skips.\n\n"
        "After that comes Ryza, an ordinary girl from an ordinary village. In Glass no"
        " Atelier, she and her friends set out on their first adventure."
    )
    found = shows(body, title="Fall Anime Season 2023", published=None)
    assert [f.title for f in found] == [
        "Moss Neko wa Kyou mo Nemui",
        "Lantern na Ko ga Megane o Wasureta",
        "Glass no Atelier",
    ]
    assert {f.season for f in found} == {"Fall 2023"}


def test_a_guides_show_takes_the_new_season_its_own_text_names() -> None:
    body = (
        "<p>The fall lineup is packed.</p><h2>Moss Lantern</h2><p>Last spring's big hit,"
        " Moss Lantern is coming back for a second season in October.</p><h2>Glass Road</h2>"
        "<p>A new fantasy from Studio Reed premieres on October 5.</p>"
    )
    found = shows(body, title="Fall 2023 Anime Guide", published="2023-09-01")
    assert [(f.title, f.alt_titles) for f in found] == [
        ("Moss Lantern Season 2", ("Moss Lantern",)),
        ("Glass Road", ()),
    ]


def test_a_list_lines_title_with_an_exclamation_stays_whole_beside_a_long_note() -> None:
    body = (
        "<p>The episode dates of the following anime may be changed or delayed:</p><ul>"
        "<li>WASIMO (episodes on July 26-27, August 2-3)</li>"
        "<li>Moss Harbor (episodes on July 28-30, August 4-6, September 1, September 3)</li>"
        "<li>Motto! Majime ni Fumajime Lantern (episodes on July 30, August 6, August 27, "
        "September 3)</li></ul>"
    )
    found = shows(body, title="NHK Warns of Possible Delays for More Anime Due to Olympics")
    assert [f.title for f in found] == [
        "WASIMO",
        "Moss Harbor",
        "Motto! Majime ni Fumajime Lantern",
    ]


def test_credit_lines_with_two_roles_under_a_shows_heading_are_no_shows() -> None:
    body = (
        "<p>So which Winter 2020 anime look the most promising?</p>"
        "<h3>Keep Your Hands Off Lantern! (PV)</h3><ul>"
        "<li>Director, Series Composition: Aki Mori</li>"
        "<li>Assistant Series Director: Rei Ono, Mika Sato</li>"
        "<li>Character Designer, Chief Animation Director: Kenji Hosaka</li>"
        "<li>Art Director: Yuki Tanabe</li></ul>"
        "<p>The year opens with plenty of interesting titles, and this one rises above them.</p>"
        "<h3>Paper Comet!! TO THE TOP (PV)</h3><ul><li>Director: Masa Sato</li></ul>"
        "<p>The volleyball team returns for its fourth season.</p>"
    )
    found = shows(body, title="Winter 2020 Anime Preview", published="2020-01-06")
    assert [(f.title, f.director) for f in found] == [
        ("Keep Your Hands Off Lantern!", ("Aki Mori",)),
        ("Paper Comet!! TO THE TOP", ("Masa Sato",)),
    ]


def test_titles_of_a_season_that_is_ending_are_no_shows_of_the_next_ones_list() -> None:
    body = (
        "As the Summer 2020 anime season draws to a close, with titles like Moss Zero, Paper "
        "Art Online, Glass Wars and Lantern Academy already finished.\n\n"
        "So, here are must-watch anime for the Fall 2020 season.\n\n"
        "1. Tide Runners To The Top\n\nThe volleyball team returns for its second half."
    )
    found = shows(body, title="10 Must-Watch Anime for Fall 2020")
    assert "Moss Zero" not in [f.title for f in found]


def test_a_headline_listing_films_to_premiere_names_each_as_the_body_writes_it() -> None:
    body = (
        "Los Angeles' film festival revealed its lineup on Wednesday. The festival will present "
        "the North American premieres of the Lantern, I want to eat your moss, and Okko's "
        "Harbor anime, as well as the world premiere of Paper Heroes."
    )
    headline = (
        "Lantern, I Want to Eat Your Moss, Okko's Harbor, Paper Heroes Films to Premiere at Fest"
    )
    found = shows(body, title=headline)
    assert [f.title for f in found] == [
        "Lantern",
        "I want to eat your moss",
        "Okko's Harbor",
        "Paper Heroes",
    ]


def test_a_round_up_that_says_it_goes_over_shows_names_them() -> None:
    body = (
        "Anime news never stops coming. In this post I'll go over details for Glass Night: "
        "Heaven's Tide, Moss Extra Last Encore, Lantern Kitan, Slow Comet and Paper Mädchen.\n\n"
        "The Lantern Kitan anime's official account has revealed the main character designs."
    )
    titles = [f.title for f in shows(body, title="Anime News Round-up", published="2017-08-01")]
    assert {"Moss Extra Last Encore", "Slow Comet", "Paper Mädchen"} <= set(titles)


def test_a_numbered_list_with_image_credit_captions_takes_each_heading_and_its_date() -> None:
    body = (
        "The Winter 2026 anime season draws near, so here is our list of series not to miss.\n\n"
        "1) Lantern Hunter (January 7)\n\n"
        "Rei Kagami in the Lantern Hunter anime (Image via Studio Moss)\n\n"
        "Lantern Hunter is surely the most awaited anime of the season, and the early "
        "screenings suggest it will not disappoint anyone who follows the manhwa.\n\n"
        "2) Paper Academy season 3 (January 3)\n\n"
        "Aoi in the Paper Academy anime (Image via Studio Comet)\n\n"
        "The second cour, which came out in the Summer 2025 anime season, won back the hype, "
        "and the third season closes out the first school year."
    )
    found = shows(body, published="2025-12-25")
    assert [(f.title, f.premiere_date, f.season) for f in found] == [
        ("Lantern Hunter", date(2026, 1, 7), "Winter 2026"),
        ("Paper Academy Season 3", date(2026, 1, 3), "Winter 2026"),
    ]
    assert all(not f.studios for f in found)  # an image credit is no studio credit


def test_a_licensors_acquisitions_name_each_show_it_acquired() -> None:
    body = (
        "Moss Media reveals that it has acquired Lanternarea, Paper-Pass and My Teen Harbor "
        "Comedy SNAFU; the news came at its panel at the Gold Coast expo.\n\n"
        "My Teen Harbor Comedy SNAFU\n\n"
        "My Teen Harbor Comedy SNAFU adapts Aki Mori's light novel series, and Rei Ono "
        "directs the anime at Studio Kite."
    )
    found = shows(
        body, title="Moss Media Acquisitions from Gold Coast Expo", published="2013-04-21"
    )
    assert [f.title for f in found] == ["My Teen Harbor Comedy SNAFU", "Lanternarea", "Paper-Pass"]


def test_shows_put_on_a_simulcast_schedule_are_each_named_whole() -> None:
    body = (
        "Crunchyroll Announces Slew of Fall Shows\n\n"
        "The fall anime slate is about to get going. This week, Crunchyroll put Lantern "
        "Trigger, Wolf Girl and Paper Prince,\u00ac\u2020Cross Moss: Rondo of Angel and "
        "Dragon, and Tribe Kite Crew on their simulcasting schedule.\n\n"
        "Murakami Produces Music Video\n\n"
        "Takashi Murakami has teamed up on a new music video for a single, animated with two "
        "studios known for their game cinematics."
    )
    found = {f.title: f for f in shows(body, published="2014-10-05")}
    assert {
        "Lantern Trigger",
        "Wolf Girl and Paper Prince",
        "Cross Moss: Rondo of Angel and Dragon",
        "Tribe Kite Crew",
    } <= set(found)  # a no-break space decoded as "¬†" still ends a list item
    assert not any("Slew" in t for t in found)  # the section's heading names no show


def test_a_numbered_pick_closing_the_intro_paragraph_heads_the_text_below_it() -> None:
    body = (
        "Which anime will bring the heat this winter? January looks like a season of big "
        "sequel comebacks.\n"
        "Below are the anime our critics look forward to most next month.\n"
        "10. Lantern Academia: Vigilantes Season 2\n\n"
        "With the nearly ten-year run of Lantern Academia having recently wrapped up, what "
        "are its fans supposed to do? They can rest assured that the spin-off comes back in "
        "January with its second season on Tokyo MX.\n"
        "9. Paper Kaisen Season 3\n\n"
        "The Paper Kaisen anime returns for its third season in January, and the critics "
        "expect its biggest arc yet to be animated with the same care as before."
    )
    found = shows(body, title="The Most Anticipated Anime of Winter 2026", published="2025-12-20")
    assert [f.title for f in found] == [
        "Lantern Academia: Vigilantes Season 2",
        "Paper Kaisen Season 3",
    ]


def test_a_list_item_season_2_of_x_is_x_season_2() -> None:
    body = (
        "Spring 2022 brings plenty of sequels, including Lantern-sama Season 3, Season 2 of "
        "The Case Study of Paper, and Moss Can't Communicate Season 2."
    )
    titles = [f.title for f in shows(body, title="Most Anticipated Anime of Spring 2022")]
    assert "The Case Study of Paper Season 2" in titles


def test_a_subheadline_that_gives_each_show_its_window_names_each_show() -> None:
    body = (
        "Hōkago no Lanterns in winter; Mahō Shōjo Moss in November; Paper Crisis! in "
        "January\n\n"
        "On Monday, the car maker Kite and the anime studio Gainax posted a teaser that "
        "announces the title and staff of their joint project, Hōkago no Lanterns. Rei Ono "
        "directs.\n\n"
        "Kodansha also put a promotional video for the original anime DVD Mahō Shōjo Moss up "
        "on YouTube. The DVD will be bundled with the 32nd volume of the manga on November 17."
    )
    found = shows(body, title="Kite x Gainax, Moss, Crisis Promos Streamed", published="2010-11-01")
    assert [f.title for f in found][:2] == ["Hōkago no Lanterns", "Mahō Shōjo Moss"]
    assert not any("Promos" in (f.title or "") for f in found)  # the headline lists them


def test_a_weekly_digests_items_named_as_upcoming_works_or_titled_ones_are_its_shows() -> None:
    body = (
        "Happy Sunday, readers, and welcome to a brand-new weekly digest!\n\n"
        "Please give the music maker a warm welcome! At her last concert, Mika Sato revealed "
        "that she will perform the opening theme song for the upcoming anime Ongaku Lantern.\n\n"
        "Beginning a new adventure with a bang. New details for the upcoming movie Magical "
        "Girl Paper Detonation arrived online, along with the film's October 19 premiere "
        "date.\n\n"
        "Taking the stage on a tiny scale. A new Moss Dream! anime series titled Moss Dream! "
        "Band Party Pico! is in the works. The short series will reach Japanese TV on July 5."
    )
    found = shows(body, title="Weekly 158: A Big Week for Moss Dream!", published="2018-05-13")
    assert [f.title for f in found] == [
        "Ongaku Lantern",
        "Magical Girl Paper Detonation",
        "Moss Dream! Band Party Pico!",
    ]


def test_list_lines_with_a_delay_note_name_each_show_and_its_season() -> None:
    body = (
        "<p>The list below has the most popular anime series that are being delayed.</p>"
        "<p>Fully delayed shows</p><ul>"
        "<li>Lanternmachi (Is It Wrong to Light a Lantern?) 3rd Season  Delayed indefinitely</li>"
        "<li>Paperka (The Irregular at Paper High School) 2nd Season  Delayed to October 2020</li>"
        "<li>Kite no Taizai: Fundo no Shinpan Delayed indefinitely</li>"
        "<li>Delayed to July 3</li>"
        "</ul>"
    )
    titles = [f.title for f in shows(body, title="COVID-19 Impact on Anime: Delay News")]
    assert titles == [
        "Lanternmachi Season 3",
        "Paperka Season 2",
        "Kite no Taizai: Fundo no Shinpan",
    ]


def test_a_line_up_posts_entries_led_by_an_image_number_and_a_colon_are_its_shows() -> None:
    body = (
        "Autumn has come and gone, so let's turn our eyes to the premieres after New Year.\n\n"
        "Committed Series:\n\n"
        "20057 Space Lantern: The lead character is an alien hunter and the dandiest man in "
        "space, hunting for aliens that nobody has found before.\n\n"
        "Studio: Bones\n\n"
        "20047 Paper Trick: Haruka and Yuu are two girls at a doomed high school that is "
        "scheduled to close in three years, and they decide to share a kiss."
    )
    titles = [f.title for f in shows(body, title="Line Up: Winter 2014", published="2013-12-23")]
    assert titles == ["Space Lantern", "Paper Trick"]


def test_a_dated_news_post_names_its_shows_by_what_it_calls_them() -> None:
    body = (
        "Well, there isn't a whole lot going on news-wise today.\n\n"
        "So, Studio Kiri is putting out a new anime on October 2nd called From The Paper World, "
        "which is based on the novel by Aoi Kanda.\n\n"
        "Another anime getting the promo treatment is the shojo anime Say Hello Lantern, which "
        "looks like it could be interesting."
    )
    found = shows(body, title="News & Stuff - 09/21/12", published="2012-09-21")
    assert [f.title for f in found] == ["From The Paper World", "Say Hello Lantern"]


def test_a_digest_headings_news_headline_gives_the_show_it_quotes() -> None:
    body = (
        "<p>In this issue:</p>"
        '<h2>Studio Kiri Updates Plans on New "Lantern Rabbit" Anime</h2>'
        "<p>Studio Kiri has plenty on its plate. The Lantern Rabbit TV anime will premiere in "
        "January 2014 on Tokyo MX.</p>"
        "<h2>Singers Perform at Paper Festival Asia 2013</h2>"
        "<p>The convention took place in Jakarta, Indonesia, from September 6.</p>"
    )
    titles = [f.title for f in shows(body, title="Anime News 14th September 2013")]
    assert titles == ["Lantern Rabbit"]


def test_titles_that_kept_fans_hooked_for_the_past_years_are_no_shows_of_the_list() -> None:
    body = (
        "Popular series like Moss Slayer, Paper Kaisen, Attack on Lantern and Glass Paradise "
        "have kept anime fans hooked for the past few years, but in 2024 anime movies are set to "
        "take over.\n\n"
        "Tide Runners\n\nRelease date: 15 January\n\nTide Runners follows a boy trapped in a town."
    )
    found = shows(body, title="10 upcoming anime movies of 2024", published="2024-01-13")
    assert not {"Moss Slayer", "Paper Kaisen", "Glass Paradise"} & {f.title for f in found}


def test_an_introduction_that_counts_the_shows_makes_its_prose_bullets_items() -> None:
    body = (
        "Next month brings a fresh batch of anime series.\n\n"
        "There are three upcoming anime series I plan to sample, though one has been pushed "
        "back to next year.\n\n"
        "<ul><li>Children of the Lanterns has a fantasy setting and an art style that looks "
        "drawn on parchment. Netflix will stream the series worldwide in 2018.</li>"
        "<li>Dances with the Moss was meant to start in October but has been postponed to "
        "April 2018. It looks action-focused.</li>"
        "<li>Paper Girls' Last Walk follows two girls crossing a barren landscape as they "
        "scavenge for supplies. The series will stream on Anime Strike.</li></ul>"
    )
    found = shows(body, title="Weekly Check-in: September 27, 2017", published="2017-09-27")
    assert [f.title for f in found] == [
        "Children of the Lanterns",
        "Dances with the Moss",
        "Paper Girls' Last Walk",
    ]


def test_a_countdowns_last_ranked_heading_cut_off_by_the_page_is_a_show() -> None:
    body = (
        "<p>Here are anime from 2020 that were delayed by the pandemic.</p>"
        "<h2>10 Lantern The Movie: Nobita's New Moss</h2>"
        "<p>The film had been set to open in Japan on March 6, 2020, and was pushed back to "
        "August 7, 2020.</p>"
        "<h2>9 Paper Idols</h2><p>The second season was delayed to April 2020.</p>"
        "<h2>8 Glass Stage! Season Spring &amp; Summer</h2>"
    )
    titles = [f.title for f in shows(body, title="10 Anime From 2020 That Were Delayed")]
    assert titles[-1] == "Glass Stage! Season Spring & Summer"


def test_a_festival_posts_credit_lines_and_poster_text_are_no_shows() -> None:
    body = (
        "Here is the choice of anime titles on offer.\n\n"
        "The Garden of Lanterns                     Garden of Lanterns Film Poster\n\n"
        "Running Time: 46 mins\n\nDirector: Aoi Sato\n\nWriter: Aoi Sato\n\n"
        "Starring: Mei Hanazono (Yukino), Ren Irino (Takao)\n\n"
        "Assistant Animation Director: Koji Watanabe\n\n"
        "As is usual for Aoi Sato, his latest film is stunning to look at.\n\n"
        "MOSS                                  Moss Film Poster\n\n"
        "Running Time: 50 mins\n\nDirector: Ryo Maki\n\n"
        "Starring: Yoko Hikari (Kurumi), Yoshi Hoso (Haru)\n\n"
        "This near-future romance is called Moss."
    )
    found = shows(body, title="Japanese Films at the Leeds Film Festival 2013 Part 1: Anime")
    assert [f.title for f in found] == ["The Garden of Lanterns", "MOSS"]
    assert found[0].series_composition == ("Aoi Sato",)
    assert [(c.actor, c.character) for c in found[1].cast] == [
        ("Yoko Hikari", "Kurumi"),
        ("Yoshi Hoso", "Haru"),
    ]


def test_a_digests_kind_of_headings_name_the_show_and_its_print_news_is_none() -> None:
    body = (
        "<p>Here is some anime-related news for all of you.</p>"
        "<h3>OVA of Lantern Academy of the Dead Announced</h3>"
        "<p>An OVA of Lantern Academy of the Dead will come bundled with volume 7 of the "
        "manga next spring.</p>"
        "<h3>Second Season of Mossdomoe Confirmed</h3>"
        "<p>A second season of Mossdomoe will begin in January 2011.</p>"
        "<h3>Paper and Wolf Light Novel Series Enters Final Story Arc</h3>"
        "<p>The 15th volume of the novel series confirmed that it is entering its final arc."
        "</p>"
    )
    titles = [f.title for f in shows(body, title="Anime News", published="2010-09-11")]
    assert titles == ["Lantern Academy of the Dead", "Mossdomoe Season 2"]


def test_scraped_label_fragments_and_a_units_name_over_its_cast_are_no_shows() -> None:
    body = (
        "<p>The anime will debut on July 4 on Tokyo MX.</p>"
        "<p>Staff</p>"
        "<p>Director : Toshi Watanabe (known for Paper Ghoul</p>"
        "<p>: Toshi Watanabe (known for Paper Ghoul , Moss Tail)</p>"
        "<p>Series Script Writer : Yumi Narita</p>"
        "<p>The anime's cast includes:</p>"
        "<h3>Supernova</h3><p>Yu Sakura as Yue</p><p>Saeko Oku as Mille</p>"
        "<h3>Moss Maidens</h3><p>Rina Hono as Nadeshiko</p><p>Arisa Suzu as Tsubaki</p>"
    )
    found = shows(
        body, title="Lantern Lights Anime Reveals July 4 Premiere", published="2020-06-07"
    )
    assert [f.title for f in found] == ["Lantern Lights"]
    assert found[0].director == ("Toshi Watanabe",)
    assert found[0].series_composition == ("Yumi Narita",)


def test_three_projects_named_by_their_turns_are_the_shows() -> None:
    body = (
        "<p>Netflix Announces Three Original Anime Projects! | Anime News | Paper Shop</p>"
        "<p>Netflix has revealed three original anime projects that are now in production!</p>"
        "<p>One of the new projects is Lantern: Samurai Soul, a film inspired by a 2017 action "
        "movie. Directed by Kyo Ishi, it moves the action to Japan.</p>"
        "<p>The space horror series Exclusion, meanwhile, boasts character designs by Yoshi "
        "Amano.</p>"
        "<p>Last, Make My Moss is a sci-fi film based on an original story by Yasu Ota.</p>"
    )
    found = shows(body, title="Netflix Announces Three Original Anime Projects!")
    assert [f.title for f in found] == ["Lantern: Samurai Soul", "Exclusion", "Make My Moss"]


def test_quoted_blocks_and_shorts_do_not_make_a_single_shows_article_a_digest() -> None:
    body = (
        "On Monday, the staff for Aoi Wada's Moss-san series of anime shorts released a "
        "teaser.\n\n"
        'In July, the anime will air in the "Paper Animeism" programming block on MBS. The '
        'anime\'s "Turtle" short will compete at a festival in Croatia.\n\n'
        'Last year, Wada\'s "Hanto no Lantern" short screened at the Annecy festival.'
    )
    found = shows(body, title="Moss-san TV Anime Teaser Previews Voices", published="2023-05-01")
    assert [f.title for f in found] == ["Moss-san"]


def test_two_shows_getting_sequel_seasons_under_a_pages_title_line() -> None:
    body = (
        "Lantern Girl And Paper's Book Of Friends Get Sequel Anime Seasons - Moss.com\n\n"
        "Anime News\n\n0 Comments | Add\n\n"
        "Word comes from a magazine that a second season of Lantern Girl has been announced, "
        "though no premiere date has been set.\n\n"
        "And word comes that a third season of Paper's Book of Friends is going into "
        "production as well."
    )
    found = shows(body, title="Lantern Girl And Paper's Book Of Friends Get Sequel Anime Seasons")
    assert [f.title for f in found] == ["Lantern Girl Season 2", "Paper's Book of Friends Season 3"]


def test_a_previews_lines_lose_the_studios_after_their_dash() -> None:
    body = (
        "There are still seven weeks until July, but here is what I will watch.\n\n"
        "Moss x Kikanjuu – Studio TBA\nPaper Logos – Satelight, C2C\n"
        "Lantern!!x2 Ten– Aniplex of America, Studio Shuka\nGlass Hunters.– Manglobe\n"
        "Undefeated Moss Chronicle — Anime Network Online"
    )
    titles = [f.title for f in shows(body, title="Summer 2015 Season Preview")]
    assert titles == [
        "Moss x Kikanjuu",
        "Paper Logos",
        "Lantern!!x2 Ten",
        "Glass Hunters",
        "Undefeated Moss Chronicle",
    ]


def test_a_list_of_new_series_with_bracket_glosses_and_genre_lines() -> None:
    body = (
        "<p>Here is a list of the new TV series set to start this January.</p>"
        "<h3>Chikyu Lantern Kazoku[Earth Lantern Family] (Jan.9 18:30, WOWOW[free])</h3>"
        "<p>They were an ordinary family until a message reached them.</p>"
        "<h3>Drama, Horror</h3><p>A dark tale told in twelve episodes.</p>"
        "<h3>Spring 2019 Anime | Paper Basket</h3><p>The remake airs on TV Tokyo.</p>"
    )
    titles = [f.title for f in shows(body, title="New Anime For January", published="2000-12-29")]
    assert titles == ["Chikyu Lantern Kazoku", "Paper Basket"]


ENTRY_LINES = """Autumn 2025 Season Preview

The summer season is past its middle, so here is what we plan to watch this autumn.

Definitely Watching
Lantern Harbor: Second Tide – Studio Kestrel (Action, Adventure, Seinen) – 9 Oct

Probably Watching
Paper Moon Relay – Orchard Works (Sci-Fi, Supernatural) – 28 Sept
Hoshi no Kaze yori – Studio Kestrel (Romance, School, Shoujo) – 4 Oct

Maybe Pile
Glass Gakuen und Tanks – Velvet Frame (School, Military) – 23 Sept
"""


def test_a_previews_one_line_entries_are_shows_under_their_group_headings() -> None:
    found = shows(ENTRY_LINES, title="Autumn 2025 Season Preview", published="2025-08-21")
    assert [f.title for f in found] == [
        "Lantern Harbor: Second Tide",
        "Paper Moon Relay",
        "Hoshi no Kaze yori",
        "Glass Gakuen und Tanks",
    ]  # not "Definitely Watching" or "Maybe Pile"
    first, second, third, fourth = found
    assert (first.studios, first.premiere_date) == (("Studio Kestrel",), date(2025, 10, 9))
    assert first.genres == ("action", "adventure", "seinen")
    assert (second.studios, second.premiere_date) == (("Orchard Works",), date(2025, 9, 28))
    assert third.genres == ("romance", "school", "shoujo")
    assert (fourth.studios, fourth.premiere_date) == (("Velvet Frame",), date(2025, 9, 23))


DATED_LINES = """Okay, here is the list of anime releases scheduled for summer, and I will say more
about the ones I want to watch.

6/11 - Lantern Harbor: Tide Guardians (Season 3)
6/21 - Paper Moon Relay
7/02 - Glass Orchard Revolution (Season 4)
7/?? - Velvet Frame Musou
"""


def test_dated_list_lines_give_each_show_its_day_and_its_written_name() -> None:
    found = shows(DATED_LINES, title="Summer releases I want to watch", published="2025-06-03")
    assert [(f.title, f.alt_titles, f.premiere_date) for f in found] == [
        (
            "Lantern Harbor: Tide Guardians Season 3",
            ("Lantern Harbor: Tide Guardians",),
            date(2025, 6, 11),
        ),
        ("Paper Moon Relay", (), date(2025, 6, 21)),
        ("Glass Orchard Revolution Season 4", ("Glass Orchard Revolution",), date(2025, 7, 2)),
        ("Velvet Frame Musou", (), None),
    ]


STREAMER_LINES = """<p>Here is the list of new releases on the Spring 2026 anime schedule:</p>
<ul>
<li>Lantern Harbor Season 5 - March 27th (SimulDub TBA)</li>
<li>Paper Moon Relay: The Final Season - Episode 1 Available Now, SimulDub TBA</li>
<li>Velvet Frame - April 1st</li>
<li>How Not to Lose a Glass Orchard Omega (Season 2) - SimulDub TBA</li>
</ul>
"""


def test_a_streamers_list_lines_lose_their_dates_and_dub_notes() -> None:
    found = shows(STREAMER_LINES, title="Streamer Announces Spring 2026 Anime Lineup")
    assert [f.title for f in found] == [
        "Lantern Harbor Season 5",
        "Paper Moon Relay: The Final Season",  # its own last word
        "Velvet Frame",
        "How Not to Lose a Glass Orchard Omega Season 2",
    ]


DELAY_LINES = """<p>These anime had an episode delayed:</p>
<ul>
<li>Lantern Harbor T (after the delayed episode aired, it was announced that two specials will
air in early March 2026 instead, but no reason was given)</li>
<li>Paper Moon Relay</li>
<li>Glass Orchard Online: Alicization – War of Orchard Part 2</li>
</ul>
<p>These series have been pushed back, and no new date has been announced:</p>
<ul>
<li>The second half of the Velvet Frame anime</li>
<li>The third season of the My Quiet Knight Comedy anime</li>
<li>Sundial Runners</li>
</ul>
"""


def test_list_lines_lose_their_sentence_notes_and_name_the_season_they_speak_of() -> None:
    found = shows(DELAY_LINES, title="The Effects of the Storm on Anime (Update #1)")
    assert [f.title for f in found] == [
        "Lantern Harbor T",
        "Paper Moon Relay",
        "Glass Orchard Online: Alicization – War of Orchard Part 2",
        "Velvet Frame",
        "My Quiet Knight Comedy Season 3",
        "Sundial Runners",
    ]


SCHEDULE_LINES = """The streamer has put out the premiere dates for every one of its fall
releases. Here's the complete rundown of what's coming this Fall:

Lantern Harbor Season 2 - airs Fridays (Dub)

Paper Moon Relay Final Season - Simulcast premiere December 7 (Sub and Dub)

The Quiet Knight at Glass Academy: Visitor Arc - Simulcast premiere October 3 (Sub and Dub)

Velvet Frame Season 3 continues

Sundial Runners: The Journey of Mira October

Orchard Princess in the Demon Castle - Simulcast premiere October 5
"""


def test_a_streamers_schedule_lines_name_each_show_without_its_schedule() -> None:
    found = shows(
        SCHEDULE_LINES, title="Streamer Fall 2026 Anime Schedule: Lantern Harbor, Velvet Frame"
    )
    assert [f.title for f in found] == [
        "Lantern Harbor Season 2",
        "Paper Moon Relay Final Season",
        "The Quiet Knight at Glass Academy: Visitor Arc",
        "Velvet Frame Season 3",
        "Sundial Runners: The Journey of Mira",
        "Orchard Princess in the Demon Castle",
    ]


def test_a_counted_run_of_new_series_names_each_when_the_count_holds() -> None:
    text = (
        "The streamer laid out its plans on Tuesday. The five new series cover a wide range – "
        "Lantern Harbor, Paper Moon Relay by Aya Mori, High-Rise Orchard, Velvet Frame and "
        "The Way of the Quiet Knight – and join the titles already in its catalogue."
    )
    found = shows(text, title="Netflix announces 16 anime series for fans around the world")
    assert [f.title for f in found] == [
        "Lantern Harbor",
        "Paper Moon Relay",
        "High-Rise Orchard",
        "Velvet Frame",
        "The Way of the Quiet Knight",
    ]


SONG_COUNTDOWN = """Now that every spring show has aired, here are my favourite openings.

Number 3: “Harbor Lights” by Aya Mori from Lantern Harbor.

It is fresh and loud, and the chorus stays with you all week.

Number 2: “Relay” by The Paper Cranes from Paper Moon Relay!

The band wrote a song that sounds like running for a train.

Number 1: “Copper Sky” by Jun Sato from Copper Duke: The Clockwork Maid.

Nothing else this season came close to this one.
"""


def test_a_song_countdowns_ranked_lines_name_the_show_each_song_comes_from() -> None:
    found = shows(SONG_COUNTDOWN, title="3 Best Anime Openings of Spring 2025")
    assert [f.title for f in found] == [
        "Lantern Harbor",
        "Paper Moon Relay",
        "Copper Duke: The Clockwork Maid",
    ]  # not "Number 3"
    assert [(t.kind, t.title, t.artist) for t in found[0].themes] == [
        ("opening", "Harbor Lights", "Aya Mori")
    ]


SONG_POLL = """A fan site polled 12,000 fans on the season's openings. Here is the top 3:

3 – "Harbor Lights" by Aya Mori (Lantern Harbor)

2 – "Relay" by The Paper Cranes (Paper Moon Relay)

1 – "Copper Sky" by Jun Sato (Copper Duke)

The mecha anime won by a landslide.
"""


def test_a_polls_ranked_song_lines_name_each_show_in_parentheses() -> None:
    found = shows(SONG_POLL, title="The most popular OP Songs of Spring 2025, according to a poll")
    assert [f.title for f in found] == ["Lantern Harbor", "Paper Moon Relay", "Copper Duke"]
    assert [t.title for f in found for t in f.themes] == ["Harbor Lights", "Relay", "Copper Sky"]


def test_a_season_right_after_the_last_listed_show_is_that_shows_alone() -> None:
    found = shows(
        "<p>Aniplex of America acquired Lantern Harbor and the second season of Paper Moon "
        "Relay, and plans to stream both titles this spring.</p>",
        title="Aniplex Adds Lantern Harbor, Paper Moon Relay Season 2",
    )
    assert [f.title for f in found] == ["Lantern Harbor", "Paper Moon Relay Season 2"]


def test_a_studios_past_titles_after_a_colon_are_no_shows() -> None:
    found = shows(
        "<p>Lantern Harbor season 2 is coming later this year with a new studio.</p>"
        "<p>According to one report, the studio has also worked on titles such as: Paper Moon "
        "Relay, Copper Duke, Kagerou Labyrinth and Sundial Runners.</p>",
        title="Lantern Harbor Season 2 Animation Studio Changed",
    )
    assert [f.title for f in found] == ["Lantern Harbor Season 2"]


def test_an_and_inside_an_earlier_list_item_belongs_to_its_title() -> None:
    found = shows(
        "<p>The event had news on series such as Lantern: Salt and Ember, Paper Moon Relay, "
        "Copper Duke and Kagerou Labyrinth.</p>",
        title="Online Fest 2025 Round-up",
    )
    titles = [f.title for f in found]
    assert "Ember" not in titles and "Lantern: Salt" not in titles
    assert {"Paper Moon Relay", "Copper Duke", "Kagerou Labyrinth"} <= set(titles)

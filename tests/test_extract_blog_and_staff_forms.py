"""Forms met on blogs, lineups and staff announcements the readers had not seen: staff
lines without colons, credits in other words, dashes glued to a blog's entries, dates in
entry headings, and a season phrase that belongs to another show."""

from __future__ import annotations

import pytest
from extract_helpers import one, shows

from pipeline.core.models import CastMember
from pipeline.extract.labels import with_colon
from pipeline.extract.show_headings import is_show_heading

HEADLINE = "Salt Road Rangers Anime Reveals Staff"


def test_a_staff_list_without_colons_credits_every_role() -> None:
    facts = one(
        "Salt Road Rangers premieres on July 6.\n\n"
        "Main Staff\n\n"
        "Director Aki Mori\n"
        "Series Composition Ken Oda\n"
        "Character Design Yui Sato\n"
        "Animation Production  Studio Hanabi",
        title=HEADLINE,
        published="2025-06-20",
    )
    assert facts.director == ("Aki Mori",)
    assert facts.series_composition == ("Ken Oda",)
    assert facts.character_design == ("Yui Sato",)
    assert facts.studios == ("Studio Hanabi",)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Series Composition Ken Oda", "Series Composition: Ken Oda"),
        ("Animation Production Production Reef", "Animation Production: Production Reef"),
        ("Series Composition: Ken Oda", None),  # a colon is there already
        ("Director Interview", "Director: Interview"),  # read only inside a staff section
        ("Directors share their thoughts", None),
    ],
)
def test_a_staff_line_without_a_colon(line: str, expected: str | None) -> None:
    assert with_colon(line) == expected


def test_a_staff_line_without_a_colon_outside_a_staff_list_is_no_credit() -> None:
    facts = one(
        "Salt Road Rangers premieres on July 6.\n\nMusic Video Released\n\nThe band sings.",
        title=HEADLINE,
        published="2025-06-20",
    )
    assert facts.music == ()


@pytest.mark.parametrize(
    ("title", "body", "field", "expected"),
    [
        (
            HEADLINE,
            "Salt Road Rangers is coming. Ken Oda is the director of sound, and Rin Abe is "
            "the editor.",
            "director",
            (),
        ),
        (
            HEADLINE,
            "The staff includes directors Aki Mori (known for Paper Comet, among others) and "
            "Yui Sato (director of Kite Days, and more).",
            "director",
            ("Aki Mori", "Yui Sato"),
        ),
        (
            HEADLINE,
            "Aki Mori is directing the anime, and he is also overseeing the screenplays.",
            "series_composition",
            ("Aki Mori",),
        ),
        (
            HEADLINE,
            "Ken Oda, Rin Abe, and Yui Sato are creating the anime's soundtrack.",
            "music",
            ("Ken Oda", "Rin Abe", "Yui Sato"),
        ),
        (
            HEADLINE,
            "Yui Sato (Paper Comet) is creating the characters.",
            "character_design",
            ("Yui Sato",),
        ),
        (
            HEADLINE,
            "Aki Mori, known for his work on Paper Comet and Kite Days, directs the film.",
            "director",
            ("Aki Mori",),
        ),
        (
            HEADLINE,
            "The light novel series Salt Road Rangers (Shio no Michi) by Ami Koda and Sen Ito "
            "is being turned into an anime series.",
            "original_creator",
            ("Ami Koda", "Sen Ito"),
        ),
        (
            "Salt Road Rangers Now Streaming",
            "Salt Road Rangers is a film by Studio Reef. Ken Oda, of Studio Hanabi fame, is "
            "composing the music for the film.",
            "studios",
            ("Studio Reef",),
        ),
        (
            "Salt Road Rangers Now Streaming",
            "Studio Reef, known for titles such as Paper Comet, Kite Days, and Moon Relay, "
            "will produce the Salt Road Rangers anime.",
            "studios",
            ("Studio Reef",),
        ),
        (
            "Salt Road Rangers Now Streaming",
            "Aki Mori makes his debut on the upcoming series, which has a script written by "
            "Ken Oda, whose earlier work includes Paper Comet: Iron Orphans, Kite Days and The "
            "Anthem of Salt.",
            "series_composition",
            ("Ken Oda",),
        ),
        (
            "Salt Road Rangers Now Streaming",
            "Yui Sato, whose earlier works include Paper Comet and Kite Days, is handling the "
            "character designs.",
            "character_design",
            ("Yui Sato",),
        ),
        (
            "Salt Road Rangers Now Streaming",
            "Salt Road Rangers premieres at the festival. Directors Aki Mori and Ken Oda of "
            "another film will attend the premiere.",
            "director",
            (),
        ),
        (
            "Salt Road Rangers Now Streaming",
            "Salt Road Rangers is now streaming. Written and directed by the visionary anime "
            "director Aki Mori, the movie drew positive reviews. Salt Road Rangers is a hit.",
            "series_composition",
            ("Aki Mori",),
        ),
        (
            "Salt Road Rangers Anime Set",
            (
                "Salt Road Rangers premieres in July. "
                "Adapted from the acclaimed manga by Paper Comet writer Aki Mori, the story "
                "follows a robot detective."
            ),
            "original_creator",
            ("Aki Mori",),
        ),
        (
            "Salt Road Rangers Anime Set",
            (
                "Salt Road Rangers premieres in July. "
                "The Expo will hold a premiere event with creator Aki Mori as special guest on "
                "July 4, 2014."
            ),
            "cast",
            (),
        ),
        (
            HEADLINE,
            "Aki Mori is directing. Ken Oda, who was an action animation director on Paper "
            "Comet, will be the sub-director, and MAYUKO will provide the music.",
            "director",
            ("Aki Mori",),
        ),
        (
            HEADLINE,
            "Aki Mori is directing. Ken Oda, who was an action animation director on Paper "
            "Comet, will be the sub-director, and MAYUKO will provide the music.",
            "music",
            ("MAYUKO",),
        ),
        (
            HEADLINE,
            "Yui Sato (Kite Days) is designing the characters, with Rin Abe (Paper Comet "
            "animation director) as the assistant character designer.",
            "character_design",
            ("Yui Sato",),
        ),
        (
            "Salt Road Rangers Trailer",
            (
                "Salt Road Rangers is a new film.\n\n"
                "Meanwhile, Aki Mori is writing and directing the film."
            ),
            "director",
            ("Aki Mori",),
        ),
        (
            "Salt Road Rangers Trailer",
            (
                "Salt Road Rangers is a new film.\n\n"
                "Meanwhile, Aki Mori is writing and directing the film."
            ),
            "series_composition",
            ("Aki Mori",),
        ),
        (
            "Salt Road Rangers Trailer",
            (
                "Salt Road Rangers is a new film.\n\n"
                "Direction was entrusted to Aki Mori (Paper Comet), while Ken Oda wrote the script."
            ),
            "director",
            ("Aki Mori",),
        ),
        (
            "Salt Road Rangers Trailer",
            (
                "Salt Road Rangers is a new film.\n\n"
                "Studio Reef is animating the show, and Studio Flying Dog is producing the show's "
                "music."
            ),
            "studios",
            ("Studio Reef",),
        ),
        (
            "Salt Road Rangers Trailer",
            ("Salt Road Rangers is a new film.\n\nStudio: Studio Reef • Genre: Adventure, Fantasy"),
            "studios",
            ("Studio Reef",),
        ),
    ],
)
def test_credits_said_in_other_words(
    title: str, body: str, field: str, expected: tuple[object, ...]
) -> None:
    assert getattr(one(body, title=title), field) == expected


def test_stars_lists_the_cast_not_a_character_named_stars() -> None:
    facts = one(
        "Salt Road Rangers\n\nDate Airing: 8 October 2016\nStars: Ken Oda, Rin Abe\n"
        "Summary: Aki (CV:Ken Oda) meets a boy named Poko (CV:Rin Abe).",
        title="Salt Road Rangers Preview",
        published="2016-09-20",
    )
    assert CastMember(actor="Ken Oda", character="Stars") not in facts.cast
    assert CastMember(actor="Ken Oda", character="Aki") in facts.cast
    assert facts.premiere_date is not None and facts.premiere_date.isoformat() == "2016-10-08"


def test_a_blogs_entries_with_glued_dashes_are_its_shows() -> None:
    found = shows(
        "Fall was a great season from top to bottom.\n\n"
        "Watch These Right Now\n\n"
        "-Salt Road Rangers\n\n"
        "This one surprised me at first, but its quality never dropped.\n\n"
        "-Kite Days season 2\n\n"
        "What can I say about this show that I haven't said many times already?",
        title="Fall 2017 Anime Final Thoughts",
        published="2017-12-27",
    )
    assert [f.title for f in found] == ["Salt Road Rangers", "Kite Days Season 2"]


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Salt Comes in like a Road season 2", True),
        ("ISUCA (Arms, Airs Jan 23)", True),
        ("the season finale", False),
        ("CAST", False),
        ("Yoshino plays Kaiju No. 9, Sugita plays Takamichi Hotaka", False),  # who plays whom
        ("as Kaiju No. 9 Tomokazu Sugita as Takamichi Hotaka", False),  # a broken cast line
        ("Kage – CV: Ayumu Murase", False),  # a character and its voice
    ],
)
def test_show_headings_with_a_lower_case_season_a_day_or_a_cast_line(
    heading: str, expected: bool
) -> None:
    assert is_show_heading(heading) is expected


def test_an_entry_headings_day_without_a_comma_before_the_year() -> None:
    found = shows(
        "We have a jam packed season lined up for you.\n\n"
        "10. Salt Road Rangers (Oct 3 2020)\n\n"
        "After carrying the torch as the successor to an older show, this one delivers.\n\n"
        "9. Kite Days (Oct 4 2020)\n\n"
        "Kite Days first came out years ago, and it is back again.",
        title="Top Ten Anime You Should Watch This October",
        published=None,
    )
    days = {f.title: f.premiere_date and f.premiere_date.isoformat() for f in found}
    assert days == {"Salt Road Rangers": "2020-10-03", "Kite Days": "2020-10-04"}


def test_the_nth_season_of_another_show_in_the_lead_is_not_this_shows() -> None:
    facts = one(
        "The spring 2022 season is crowded with sequels such as the third season of Kite "
        "Days, but one series that has flown under the radar is Salt Road Rangers. Premiering "
        "April 14, Salt Road Rangers blends mystery and horror. The anime will run for two cours.",
        title="Salt Road Rangers Is Perfect Mystery-Horror Anime Viewing",
    )
    assert facts.title == "Salt Road Rangers"


def test_a_prose_list_after_among_them() -> None:
    found = shows(
        "Funimation has revealed its full lineup of Fall 2021 anime titles, among them Salt "
        "Road Rangers, Kite Days, Paper Comet, and many more.",
        title="Funimation Fall 2021 Anime Lineup: Salt Road Rangers & More",
        published="2021-10-01",
    )
    assert {f.title for f in found} == {"Salt Road Rangers", "Kite Days", "Paper Comet"}


def test_two_finales_under_a_line_that_announces_them() -> None:
    found = shows(
        "Among the hits wrapping up this week are the following shows, with their finale "
        "dates listed below:\n\n"
        "• Salt Road Rangers Season 3 — Sunday, June 18, 2023, at 10:35 AM PT / 1:35 PM ET\n"
        "• Kite Days Season 2 — Monday, June 19, 2023, at 9:30 AM PT / 12:30 PM ET",
        title="Latest Anime News June 14, 2023 — Summer Anime Season is Imminent",
        published="2023-06-14",
    )
    assert [f.title for f in found] == ["Salt Road Rangers Season 3", "Kite Days Season 2"]


def test_a_films_quoted_full_name_after_the_word_movie() -> None:
    facts = one(
        'The franchise "Salt Road Rangers" put out one last trailer for the movie "Salt Road '
        'Rangers: Beginning of a New Era," which opens on May 24. The movie is directed by Aki '
        "Mori (Salt Road Rangers Season 3).",
        title="“Salt Road Rangers” Final Movie Trailer",
        published="2024-03-29",
    )
    assert facts.title == "Salt Road Rangers: Beginning of a New Era"


def test_a_films_info_block_with_role_notes_and_a_trailing_comma() -> None:
    facts = one(
        "Salt Road Rangers: The Film opens on October 9.\n\n"
        "Director: Aki Mori\n\n"
        "Writer: Ken Oda (Script), Yui Sato (Original Novel),\n\n"
        "Starring: Rin Abe (Tamaki Hoshino), Sen Ito (Nao Kisaragi),",
        title="Salt Road Rangers Film Trailer",
        published="2023-07-08",
    )
    assert facts.series_composition == ("Ken Oda",)
    assert facts.original_creator == ("Yui Sato",)
    assert CastMember(actor="Rin Abe", character="Tamaki Hoshino") in facts.cast


def test_an_ending_titled_with_a_comma_inside_its_quotes() -> None:
    facts = one(
        'Salt Road Rangers is now in its second season. With an ending titled "It might be '
        'painful, but I still love it," as performed by TUYU, you can take a look at the '
        "creditless version of the newest theme below.",
        title="Salt Road Rangers Season 2 Ending: Watch",
    )
    assert [(s.kind, s.title, s.artist) for s in facts.themes] == [
        ("ending", "It might be painful, but I still love it", "TUYU")
    ]


def test_a_manga_adaptation_by_a_studio_is_no_author() -> None:
    facts = one(
        "Salt Road Rangers\n\nManga Adaptation by Studio Reef\nAir Date: 4/6/2016\n\n"
        "The story follows a boy and his uncle.",
        title="Spring 2016 Anime Guide: Salt Road Rangers",
        published="2016-03-20",
    )
    assert facts.original_creator == ()


def test_the_films_a_licensor_picked_up_the_rights_to() -> None:
    found = shows(
        "At CinemaCon on Tuesday, the anime streaming giant picked up the rights to Salt Road "
        "Rangers The Movie, Kite Days: The Final Flight, and Paper Comet: The Sacred Kingdom. "
        "Release dates follow.",
        title="Crunchyroll Picks Up Three Anime Films for Theaters",
        published="2024-04-11",
    )
    assert {
        "Salt Road Rangers The Movie",
        "Kite Days: The Final Flight",
        "Paper Comet: The Sacred Kingdom",
    } <= {f.title for f in found}


def test_the_quoted_full_name_of_the_anime_and_what_the_anime_which_clause_says() -> None:
    facts = one(
        'Aki Mori and Ken Oda are joining the cast of the "SALT ROAD THE ANIMATION" anime, '
        "playing Tamaki and Nao, respectively. The anime, which adapts Yui Sato's manga and is "
        "animated by Studio Reef, premieres on July 6th.",
        title="Salt Road Anime New Cast Members Announced",
    )
    assert facts.title == "SALT ROAD THE ANIMATION"
    assert facts.studios == ("Studio Reef",)


def test_an_about_section_over_the_show_is_read_and_one_about_its_writer_is_not() -> None:
    facts = one(
        "In the upcoming Salt Road Rangers anime, a tactician ends up in the modern world.\n\n"
        "About Salt Road Rangers!\n\n"
        "Salt Road Rangers! is a comedy manga written by Aki Mori and illustrated by Ken Oda.\n\n"
        "About Rin Abe\n\n"
        "Rin Abe writes about anime, and her favourite studio is Studio Reef.",
        title="Salt Road Rangers! Teases April Debut with a Groovy OP",
        published="2022-03-01",
    )
    assert facts.original_creator == ("Aki Mori", "Ken Oda")
    assert facts.studios == ()


def test_quoted_names_after_by_or_a_role_are_people_not_shows() -> None:
    found = shows(
        "December 20, 2021 14:09\n\n"
        "Studio Reef will bring the TV anime “Salt Road Rangers!” to broadcast in 2022.\n\n"
        "“Salt Road Rangers!” Is a manga by “Aki Mori” serialized in Comet's “Kirara MAX”. "
        "Roughly 10 months have gone by since the animation was announced on February 19, "
        "2021.\n\n"
        "Studio Reef is in charge of animation production, with Ken Oda directing, series "
        "composition and screenplay by Rin Abe, and character design by “Sen Ito”.\n\n"
        "It has been decided that Yui Sato will play the main character “Tamaki Hoshino”. A "
        "teaser visual drawn by “Sen Ito” and a teaser PV have been released.",
        title="TV animation “Salt Road Rangers!” Will start broadcasting in 2022! Teaser PV!",
        published="2021-12-20",
    )
    assert [f.title for f in found] == ["Salt Road Rangers!"]


def test_the_series_a_distributor_says_it_has_licensed_after_a_colon() -> None:
    found = shows(
        "At its panel on Friday, North American anime distributor Funimation revealed that it "
        "has licensed four anime series: Salt Road: World Series, Kite Days 2, Paper Comet "
        "(Kami no Suisei), and Moon Relay (Tsuki no Relay). Streaming rights are included.",
        title="Funimation Adds Salt Road World Series, Kite Days 2 (Updated)",
        published="2010-07-30",
    )
    assert {"Salt Road: World Series", "Paper Comet", "Moon Relay"} <= {f.title for f in found}


def test_a_singers_new_song_headline_takes_the_show_from_the_body() -> None:
    facts = one(
        "The video for Rika's new song “dawn” is officially out!\n\n"
        "Studio Reef's upcoming TV anime “Salt Road Rangers” has announced that Rika will "
        "handle its opening theme. Aki Mori is directing the show and Ken Oda is writing it, "
        "with character designs from Yui Sato and Rin Abe.\n\n"
        "“Salt Road Rangers” takes place in a land guarded by walls.",
        title='Rika\'s New Song "dawn" Official Video Released',
    )
    assert facts.title == "Salt Road Rangers"
    assert facts.director == ("Aki Mori",)
    assert facts.character_design == ("Yui Sato", "Rin Abe")


def test_a_preview_whose_entries_carry_their_pictures_text_and_an_images_number() -> None:
    found = shows(
        "Let's find out what the Spring 2014 anime season holds for us.\n\n"
        "Salt Road (2014)Salt Road (2014) Spring 2014 anime\n\n"
        "Studio: Studio Reef\n\n"
        "Thoughts: the first Salt Road wrapped up its run a year ago.\n\n"
        "Definitely Watching\n\n"
        "445941. Kite Days Majestic\n\n"
        "(episodes 14-24)\n\n"
        "Why? Because we're watching the first half, and we'll watch the second half too.\n\n"
        "494433. Paper Comet Series: Second Season\n\n"
        "Shaft (Comedy, Romance, Supernatural) – Jul\n\n"
        "Why? The various Paper Comet anime aren't for everybody, but we love them.",
        title="Spring 2014 Anime Preview",
        published="2014-03-20",
    )
    assert [f.title for f in found] == [
        "Salt Road (2014)",
        "Kite Days Majestic",
        "Paper Comet Series Season 2",
    ]


def test_a_year_between_the_owner_and_the_film_is_no_title() -> None:
    facts = one(
        "An official website has opened for Aki Mori's upcoming 2018 anime film Salt Road "
        "(Salt Road of the Future), announcing that the movie will release on July 20, 2018. "
        "The film is set to open in theatres across Japan on Friday, July 20, 2018. Mori had "
        "first announced a May 2018 release for Salt Road.",
        title="Aki Mori’s 2018 Film Salt Road Releases July 20 – Visual & Trailer Revealed",
        published=None,
    )
    assert facts.title == "Salt Road"


def test_a_cast_list_of_character_actor_and_their_role_from_another_show() -> None:
    facts = one(
        "Salt Road Rangers (Shio no Michi) brings a family of spies to our screens. It "
        "premieres in April 2024.\n\n"
        "Here are our newlyweds and their brother:\n"
        "- Tamaki Hoshino — Aki Mori (Finn Ames from Paper Comet). An unlucky soul who lost "
        "his family when he was young.\n"
        "- Nao Kisaragi — Yui Sato (Shigeru from Kite Days). Tamaki's childhood friend, who "
        "works to mend his emotional turmoil.\n"
        "- Ren Kisaragi — Ken Oda (Diavolo from Moon Relay). Nao's overprotective brother.",
        title="Salt Road Rangers Anime Stars an Assassin Family",
        published=None,
    )
    assert facts.title == "Salt Road Rangers"
    assert CastMember(actor="Yui Sato", character="Nao Kisaragi") in facts.cast


def test_a_preview_entrys_starts_line_is_its_premiere() -> None:
    found = shows(
        "Now let's have a look at the fresh titles that appear to have some potential:\n\n"
        "Salt Road HD Remaster\n\nGenres: Mecha, Action\n\nStarts: Dec 21, 2011\n\n"
        "Synopsis: A war breaks out between two peoples.\n\n"
        "Kite Days\n\nGenres: Comedy\n\nStarts: Jan 6, 2012\n\nSynopsis: A girl flies kites.",
        title="Winter Anime Season 2011/2012",
        published="2011-12-23",
    )
    days = {f.title: f.premiere_date and f.premiere_date.isoformat() for f in found}
    assert days == {"Salt Road HD Remaster": "2011-12-21", "Kite Days": "2012-01-06"}


def test_a_staff_block_with_notes_and_a_list_of_cast_members_under_a_long_line() -> None:
    facts = one(
        "The anime is set to premiere in Winter 2022.\n\n"
        "Director: Aki Mori (Paper Comet)\n"
        "Script: Ken Oda (Kite Days)\n"
        "In-between Animation Director: Rin Abe (Moon Relay)\n"
        "Sound Director: Sen Ito (Glass Bell)\n"
        "Sound Effects: Mei Tanaka (Otonarium) (Paper Sky)\n"
        "Music: Yui Sato (Ping Pong)\n"
        "Biwa Supervision: Ryo Kato\n"
        "Studio: Studio Reef\n\n"
        "The other announced cast members, whose roles are not yet known, are:\n"
        "Nao Ueda (Overlord)\n"
        "Hana Mori (Kite Days)\n"
        "Jun Abe (Moon Relay)",
        title="Studio Reef Produces 'Salt Road Rangers' TV Anime for Winter 2022",
        published="2021-09-02",
    )
    assert facts.title == "Salt Road Rangers"
    assert facts.studios == ("Studio Reef",)
    assert facts.music == ("Yui Sato",)
    assert [c.actor for c in facts.cast] == ["Nao Ueda", "Hana Mori", "Jun Abe"]


def test_an_all_about_heading_is_no_show() -> None:
    facts = one(
        "‘Salt Road Rangers’ Anime Will Launch on Netflix on Septemb…\n\n"
        "The anime adaptation of Aki Mori's “Salt Road Rangers” manga is due to arrive on "
        "Netflix on September 1. The anime first premiered on Tokyo MX in January 2022.\n\n"
        "All About Salt Road Rangers\n\n"
        "The anime adaptation of Salt Road Rangers is directed by Ken Oda and produced by "
        "Studio Reef.\n\n"
        "Salt Road Rangers\n"
        "A Still from the Salt Road Rangers Promo Video (Credits: Crunchyroll)\n\n"
        "Salt Road Rangers began as a manga series by Aki Mori.",
        title="‘Salt Road Rangers’ Anime Will Launch on Netflix on Septemb…",
        published="2023-08-09",
    )
    assert facts.director == ("Ken Oda",)


def test_an_anime_adaptation_of_x_is_planned() -> None:
    facts = one(
        "One series that has recently drawn attention is Saltroad, written by Aki Mori.\n\n"
        "The animation will be handled by Studio Reef. Saltroad is all set to be adapted into "
        "an anime in 2024.\n\nYou have to check out the Saltroad trailer on YouTube.",
        title="An Anime Adaptation of Saltroad Is Planned for Release in 2024",
        published=None,
    )
    assert facts.title == "Saltroad"


def test_a_filmmakers_feature_in_the_headline_is_the_film_not_the_filmmaker() -> None:
    facts = one(
        "On Thursday Crunchyroll announced that it has acquired Aki Mori's anime feature \"Salt "
        'Road" for every territory outside Asia.\n"Salt Road," the story of a girl who shuts '
        "doors, will open in Japan on Nov. 11 this year.\nWriter-director Mori has won wide "
        'acclaim for his animated work, including "Paper Comet" and "Kite Days."\n'
        '"Studio Reef, Aki Mori, and TOHO have decided to partner with us," the president '
        "said.",
        title="Crunchyroll to Release Aki Mori's Anime Feature Salt Road in North America",
        published=None,
    )
    assert facts.title == "Salt Road"


def test_returning_staff_with_roles_in_parentheses_and_the_same_role() -> None:
    facts = one(
        "Salt Road Rangers: Treasure Chest is set to premiere in April 2023.\n\n"
        "Aki Mori, the director of the first season of Salt Road Rangers, is back in the "
        "same role for Salt Road Rangers: Treasure Chest. Also returning from the first season "
        "are MAYUKO (music), Ken Oda (series composition), and Yui Sato (character designer, "
        "chief animation director).",
        title="Salt Road Rangers: Treasure Chest Trailer Revealed, April 2023 Premiere",
        published="2022-12-04",
    )
    assert (facts.director, facts.music) == (("Aki Mori",), ("MAYUKO",))
    assert (facts.series_composition, facts.character_design) == (("Ken Oda",), ("Yui Sato",))


def test_a_staff_line_whose_roles_are_joined_with_and_before_the_name() -> None:
    facts = one(
        "The returning main staff includes director Aki Mori , series script supervisor and "
        "writer Ken Oda , character designer and chief animation director Yui Sato , and the "
        "animation studio Studio Reef .",
        title="Salt Road Rangers Season 4 Reveals New Video",
    )
    assert (facts.series_composition, facts.character_design) == (("Ken Oda",), ("Yui Sato",))


def test_an_actors_other_roles_after_known_as_are_not_the_cast() -> None:
    facts = one(
        "Ken Oda, best known as the voice of Levi in Paper Comet and Koyomi in the Kite "
        "series, will voice Tamaki, while Yui Sato, widely known as the voice behind Hayase "
        "in Don't Toy with Me, Miss Moon, will voice Lum.",
        title="Salt Road Rangers Gets New Anime Adaptation",
    )
    assert [(c.actor, c.character) for c in facts.cast] == [
        ("Ken Oda", "Tamaki"),
        ("Yui Sato", "Lum"),
    ]


def test_a_sequels_article_leaves_out_the_first_seasons_run_and_songs() -> None:
    facts = one(
        "The official website announced that Salt Road Rangers is getting a second season, "
        "which will release in January 2023. Aki Mori is back to direct Salt Road Rangers "
        "Season 2 at Studio Reef.\n\n"
        "An anime television series adaptation ran from Oct 22, 2018 to Jan 21, 2019 on NHK. "
        "Aki Mori directed it. The opening theme song was “Naru” by Luck Life, and the ending "
        "theme was “Orange” by ChouCho.",
        title="Studio Reef’s Salt Road Rangers Anime Returns For A Second Season",
        published=None,
    )
    assert facts.title == "Salt Road Rangers Season 2"
    assert (facts.premiere_date, facts.themes, facts.broadcasters) == (None, (), ())


def test_a_studio_returning_as_the_animation_studio_is_no_cast_member() -> None:
    facts = one(
        "Studio Reef, best known for its work on Paper Comet and Kite Days, is returning as "
        "the animation studio for Salt Road Rangers Season 2.",
        title="Salt Road Rangers Season 2 and OVA Announced, Teaser Trailer Revealed",
    )
    assert (facts.cast, facts.studios) == ((), ("Studio Reef",))


def test_a_cast_list_mixing_as_and_dashes_is_the_cast() -> None:
    facts = one(
        "Studio Reef has confirmed October 8, 2022 as the start of Salt Road Rangers.\n\n"
        "The voice actors who will make up the cast of the Salt Road Rangers anime were also "
        "presented, with big names:\n\n"
        "Aki Mori as Tamaki Hoshino\n\nKen Oda – Nao Kisaragi\n\nYui Sato as Ren Kisaragi\n\n"
        "Rin Abe – Mei Tanaka\n\nSen Ito as Jun Abe\n\nRyo Kato – Hana Mori",
        title="Salt Road Rangers confirms its release date and seiyus for dubbing",
        published=None,
    )
    assert facts.title == "Salt Road Rangers"
    assert CastMember(actor="Ken Oda", character="Nao Kisaragi") in facts.cast


def test_an_entry_heading_with_its_episodes_and_services_after_a_colon() -> None:
    found = shows(
        "Here are the new shows of the season.\n\n"
        "Salt Road (Shio no Michi) episodes 1–7: Disney+/Hulu, Saturdays\n\n"
        "A strange world after a disaster, with two kids looking for heaven.\n\n"
        "Kite Days (Tako no Hibi) episodes 1–6: Crunchyroll, Sundays\n\n"
        "A girl flies kites and makes friends along the way.",
        title="Spring 2023 New Shows",
        published="2023-05-20",
    )
    assert [(f.title, f.alt_titles) for f in found] == [
        ("Salt Road", ("Shio no Michi",)),
        ("Kite Days", ("Tako no Hibi",)),
    ]

"""Forms met on real pages the readers had not seen: credits in other words, headlines
that name a list or an event, previews that date their shows in prose, and page furniture
with decorations around it."""

from __future__ import annotations

import pytest
from extract_helpers import one, shows

from pipeline.core.models import ThemeSong
from pipeline.extract.headline_reading import headline_pieces
from pipeline.extract.lineup import list_title
from pipeline.extract.show_headings import is_show_heading
from pipeline.extract.text import to_document

HEADLINE = "Salt Road Rangers Anime Reveals Staff"


@pytest.mark.parametrize(
    ("body", "field", "expected"),
    [
        (  # other jobs that "direct" something are not the director's
            "Aki Mori is directing the series at Studio Hanabi. Ken Oda is directing the "
            "background art. Rin Abe is the director of photography.",
            "director",
            ("Aki Mori",),
        ),
        (
            "Aki Mori will direct at Orchard Films Entertainment, while Ken Oda takes care of "
            "the script.",
            "studios",
            ("Orchard Films Entertainment",),
        ),
        (
            "Aki Mori will direct at Studio Hanabi, while Ken Oda takes care of the script.",
            "series_composition",
            ("Ken Oda",),
        ),
        (
            "Yui Sato, meanwhile, will adapt the original character designs of Rin Abe for "
            "the animation.",
            "character_design",
            ("Yui Sato",),
        ),
        (
            'Salt Road Rangers premieres in April.\n\nOriginal Story: "Salt Road Rangers" by '
            "Ami Koda & Sen Ito (Weekly Comet)\nDirector: Aki Mori",
            "original_creator",
            ("Ami Koda", "Sen Ito"),
        ),
        (
            "The cast was revealed in a special program live-streamed on Christmas Eve.",
            "streaming",
            (),
        ),
    ],
)
def test_credits_said_in_other_words(body: str, field: str, expected: tuple[str, ...]) -> None:
    assert getattr(one(body, title=HEADLINE), field) == expected


def test_a_sentence_handling_character_design_without_an_article() -> None:
    facts = one(
        "The film opens in Japan on November 11, and Aki Mori is credited with the direction, "
        "story, and screenplay for Orchard Films. Yui Sato is handling character design, Ken "
        "Oda will serve as animation director, and Rin Abe will be the art director. No "
        "international release plans have been made known yet, but Salt Road Rangers is "
        "officially described like this:",
        title="Salt Road Rangers: Aki Mori's Next Movie Releases First Trailer",
    )
    assert facts.character_design == ("Yui Sato",)


def test_a_song_titled_in_lower_case_without_quotes() -> None:
    facts = one(
        "Salt Road Rangers gets a new song for its premiere. The special ending theme song, "
        "titled driftwood, will be performed by Rika.",
        title=HEADLINE,
    )
    assert ThemeSong(kind="ending", title="driftwood", artist="Rika") in facts.themes


@pytest.mark.parametrize(
    "sentence",
    [
        "The full list of release dates, including Latin America and French-speaking Europe, "
        "can be found here.",
        "Some things won't be on this list, from sequels where I haven't seen the last season, "
        "like Paper Comet S3 and Lantern Harbor S2, to ones I do not care for.",
    ],
)
def test_a_list_of_places_or_of_shows_left_out_names_no_show(sentence: str) -> None:
    found = shows(
        f"Salt Road Rangers is the season's big premiere. {sentence}",
        title="Spring 2024 Anime Preview",
        published="2024-03-20",
    )
    assert {f.title for f in found} <= {"Salt Road Rangers"}


@pytest.mark.parametrize(
    "headline",
    ["Salt Road Rangers First Trailer: A Taste of What Is to Come", "Salt Road Rangers 2nd PV"],
)
def test_an_ordinal_before_a_trailer_is_no_part_of_the_title(headline: str) -> None:
    assert headline_pieces(headline)[1][0] == "Salt Road Rangers"


def test_a_headline_whose_title_stands_before_an_event() -> None:
    body = (
        "The Salt Road Rangers anime has a new trailer, shown at the Salt Road Rangers stage "
        "during Anime Japan 2023. Salt Road Rangers premieres in April on Tokyo MX."
    )
    headline = "Salt Road Rangers stage at Anime Japan 2023: Timing, cast and more"
    assert one(body, title=headline).title == "Salt Road Rangers"


def test_a_chart_header_is_no_show() -> None:
    found = shows(
        "Ranking\n\nMovie Title\n\nWeeks Since Release\n\n"
        "Salt Road Rangers, director Aki Mori's latest film, is still going strong in its "
        "tenth week.",
        title="Japan Box Office: Salt Road Rangers Top Anime Film in Its 10th Week",
    )
    assert "Movie Title" not in {f.title for f in found}
    assert "Salt Road Rangers" in {f.title for f in found}


@pytest.mark.parametrize(
    "line",
    ["❄︎ Last Updated: March 26, 2023 ❄︎", "Resources: AniList, ANN, Crunchyroll, LiveChart"],
)
def test_a_decorated_update_stamp_and_a_resources_line_are_furniture(line: str) -> None:
    document = to_document(f"{line}\n\nSalt Road Rangers premieres in April.")
    assert [b.text for b in document.blocks] == ["Salt Road Rangers premieres in April."]


def test_a_writers_earlier_works_in_quotes_are_no_credit_of_theirs() -> None:
    facts = one(
        "Aki Mori served as its director. Aki Mori, whose earlier work includes "
        '"Paper Comet: 2.0 You Can (Not) Advance," "Lantern" and "The Boy and the Kite," is '
        "also credited with the film's screenplay.",
        title="Salt Road Rangers Anime Film Releases Trailer",
    )
    assert facts.series_composition == ("Aki Mori",)


def test_he_after_a_sentence_subject_is_that_subject() -> None:
    facts = one(
        "Salt Road Rangers premieres in April. Ken Oda is the main force behind the original "
        "Paper Comet story and most of its spinoffs, and he also wrote the screenplays for "
        "the first two Lantern films.",
        title=HEADLINE,
    )
    assert facts.series_composition == ("Ken Oda",)


def test_the_words_of_the_shows_own_title_are_no_person() -> None:
    facts = one(
        "The Summer Lantern Died is an upcoming anime series directed and written by Aki Mori. "
        "The Summer Lantern Died adapts the manga of the same name.",
        title="The Summer Lantern Died Anime Gets 2025 Release Window",
    )
    assert facts.director == ("Aki Mori",)


def test_a_list_of_services_that_runs_into_the_sentence() -> None:
    facts = one(
        "Salt Road Rangers streams on Paperwhale from July. Streaming services all want anime, "
        "with platforms like Paperwhale, Kitestream and Moonbox all seizing the chance to make "
        "originals.",
        title=HEADLINE,
    )
    assert all(len(name.split()) <= 4 for name in facts.streaming), facts.streaming


def test_a_title_with_as_a_in_it_is_no_cast_pair() -> None:
    facts = one(
        "Salt Road Rangers premieres in April, among sequels such as That Time I Got "
        "Reincarnated as a Slime Season 3 and My Hero Academia Season 7.",
        title=HEADLINE,
    )
    assert facts.cast == ()


def test_a_song_list_names_each_show_beside_its_unquoted_song() -> None:
    found = shows(
        "<p>Here are the five ending songs I still enjoy after the umpteenth listen.</p>"
        "<h2>2) Lantern Glow by Rika Mori, Paper Comet</h2>"
        "<p>I caught myself humming this one all day at work.</p>"
        "<h2>1) Driftwood – Salt Road Rangers</h2>"
        "<p>Driftwood does not sound like a song from an anime at all.</p>",
        title="Top 5 Endings of Summer 2019",
    )
    assert {f.title: f.themes for f in found} == {
        "Paper Comet": (ThemeSong(kind="ending", title="Lantern Glow", artist="Rika Mori"),),
        "Salt Road Rangers": (ThemeSong(kind="ending", title="Driftwood", artist=None),),
    }


def test_a_pages_share_links_are_no_shows() -> None:
    found = shows(
        "<h3>top of page</h3><ul><li>Facebook</li><li>Instagram</li><li>Twitter</li>"
        "<li>YouTube</li></ul><p>The official account of the TV anime Salt Road Rangers "
        "announced on Thursday that its second season premieres in April 2022.</p>",
        title="Salt Road Rangers Season 2 TV Anime Announces April 2022 Broadcast",
    )
    assert [f.title for f in found] == ["Salt Road Rangers Season 2"]


def test_one_shows_news_that_quotes_other_names_is_no_digest() -> None:
    found = shows(
        "On Thursday, the official account of the TV anime adaptation of Ami Koda's "
        '"Moonlit-sama: Love Is War!" manga announced the third season for April.\n\n'
        "An unaired episode called 'Lantern Harbor Special' will be distributed on the "
        "first Blu-ray volume of the anime.\n\n"
        "The sequel was announced at the “Moonlit-sama on Stage” anime event in 2020.",
        title="'Moonlit-sama: Love Is War' Season 3 TV anime announces April 2022 "
        "broadcast, reveals visual and PV",
        published="2021-10-01",
    )
    assert [f.title for f in found] == ["Moonlit-sama: Love Is War Season 3"]


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("Fifth Place: Salt Road Rangers", "Salt Road Rangers"),
        ("Salt Road Rangers cover1) Salt Road Rangers", "Salt Road Rangers"),
    ],
)
def test_a_ranked_heading_without_its_place_or_its_pictures_caption(
    heading: str, title: str
) -> None:
    found = shows(
        f"<h2>{heading}</h2><p>This first half has been amazing, and the anime's "
        "relationships keep growing.</p>"
        "<h2>Paper Comet</h2><p>The anime's second cour was only okay.</p>",
        title="Seasonal Top 5 – Summer 2018",
    )
    assert title in {f.title for f in found}


def test_a_subheadline_of_release_regions_names_no_show() -> None:
    found = shows(
        "<h3>Film screens in U.S., Canada, U.K., Ireland on October 29; Australia, New "
        "Zealand on October 28</h3><p>Funimation will screen Salt Road Rangers: World "
        "Mission, the third anime film of the franchise, in theaters in October.</p>",
        title="Funimation Screens Salt Road Rangers: World Mission Anime Film in October",
    )
    assert [f.title for f in found] == ["Salt Road Rangers: World Mission"]


@pytest.mark.parametrize(
    ("body", "field", "expected"),
    [
        (
            "Aki Mori is directing Salt Road Rangers at Studio Hanabi, which has scripts by "
            "Paper Comet Drop's Ken Oda.",
            "series_composition",
            ("Ken Oda",),
        ),
        (
            "Salt Road Rangers, the farming manga by Paper Comet creator Ami Koda, is nearly "
            "ready to get underway in Japan.",
            "original_creator",
            ("Ami Koda",),
        ),
        (
            "The animation staff also counts Yui Sato, the well-known animator of Paper Comet, "
            "who will serve as character designer here.",
            "character_design",
            ("Yui Sato",),
        ),
        ("The whole season arrives on Blu-ray on July 27.", "streaming", ()),
    ],
)
def test_credits_beside_other_works_and_formats(
    body: str, field: str, expected: tuple[str, ...]
) -> None:
    assert getattr(one(body, title=HEADLINE), field) == expected


def test_a_dub_cast_list_of_roles_and_other_works_names_no_shows() -> None:
    found = shows(
        "The English dub of Salt Road Rangers premieres next week, and new episodes arrive "
        "every Wednesday.\n\n"
        "Bam - Johnny Bosch (Giyu in “Paper Comet,” Makoto in “Free Swim!” Zora in “Lantern "
        "Harbor” and Ichigo in “Copper Duke” among many others)\n\n"
        "Rachel - Valerie Lohman (Jess in “Moon Relay,” Edith in “Kite Days”)\n\n"
        "Headon - Chris Swindle (Jack in “Orchard,” various voices in “Copper Duke”)\n\n"
        "Rak Wraith - Matt Rudd (Baal in “Demon School” and Lica in “Golden Wind”)\n\n"
        "Yuri Jahad - Kira Buck (Reimi in “Diamond Days,” and 2B in “Nier Road”)",
        title="Salt Road Rangers English Dub Cast",
    )
    assert [f.title for f in found] == ["Salt Road Rangers"]


def test_a_directors_work_in_the_headline_is_the_work() -> None:
    facts = one(
        "Salt Road Rangers, the newest film from acclaimed Japanese filmmaker Aki Mori, now "
        "ranks as Japan's 15th highest grossing film. Salt Road Rangers opened on November 11.",
        title="Aki Mori's Salt Road Rangers is now Japan's 15th highest-grossing film",
    )
    assert facts.title == "Salt Road Rangers"


def test_a_seasons_overview_heading_is_no_show() -> None:
    found = shows(
        "Summer 2025 Overview\n\nOur reviewers give their thoughts on the titles that "
        "impressed them most.\n\nHotly Anticipated\n\nBacked by a talented team, the Salt "
        "Road Rangers anime got off to a strong start.",
        title="Summer 2025 Overview",
    )
    assert "Summer 2025 Overview" not in {f.title for f in found}


def test_a_dubs_crew_line_is_no_title() -> None:
    assert list_title("Shawn Gann — ADR Director") is None
    assert list_title("Zach Davis — Lead ADR Engineer") is None


def test_an_anime_shows_name_before_looks() -> None:
    facts = one(
        "Salt Road Rangers is a new anime series of six episodes that will debut on Netflix "
        "later this month. Netflix has also put out a synopsis for Salt Road Rangers.",
        title="New Netflix Anime Show Salt Road Rangers Looks Very Strange",
    )
    assert facts.title == "Salt Road Rangers"


def test_a_films_dashed_the_movie_title_is_its_full_name() -> None:
    facts = one(
        "The studio unveiled a new trailer for its feature film, Salt Road Rangers – The "
        "Movie: Reze Arc. The film opens in theaters in September.",
        title="Salt Road Rangers Movie Reze Arc Theaters Release Date",
    )
    assert facts.title == "Salt Road Rangers – The Movie: Reze Arc"


def test_the_characters_a_visual_shows_are_no_shows() -> None:
    found = shows(
        "<h2>Salt Road Rangers</h2><p>The second season returns in July 2023. The new visuals "
        "show the following characters: Toji Fushi, Riko Amanai, Satoru Gojo, and Shoko "
        "Ieiri.</p><h2>Paper Comet</h2><ul><li>Paper Comet Teaser Visual</li></ul>"
        "<p>At the Paper Comet panel, the manga was revealed to be getting an anime.</p>",
        title="Winter Festival 2023: Day One Coverage",
    )
    assert {f.title for f in found} == {"Salt Road Rangers", "Paper Comet"}
    assert all(not f.cast for f in found)


def test_a_comment_stamp_without_a_year_ends_the_article() -> None:
    document = to_document(
        "Salt Road Rangers premieres in July.\n\nAug 30, 5:06 AM by tsubasalover\n\n"
        "I heard the opening is great."
    )
    assert [b.text for b in document.blocks] == ["Salt Road Rangers premieres in July."]


def test_a_title_named_after_titled_at_a_sentences_start() -> None:
    facts = one(
        "Crunchyroll has made an announcement about the new Paper anime film.\n"
        "Titled Paper Comet 0, the first movie of the popular series will open in the U.S. "
        "on March 18th. Paper Comet 0 adapts the prequel manga.",
        title="Papre Comet 0 Movie Coming to North America in March",
    )
    assert facts.title == "Paper Comet 0"


def test_a_song_list_heading_with_the_song_in_brackets() -> None:
    found = shows(
        "This year delivered memorable openings, so here are some of my personal favorites "
        "from the past year. Let's begin!\n\n"
        "Salt Road Rangers  [Uso no Hibana] by Rika\n\n"
        "     Opening our list is the opening of the beautiful romance, Salt Road Rangers, "
        "whose skill at handling heavy themes was mirrored in Rika's Uso no Hibana.",
        title="A Look Back: Favorite Openings of 2017",
    )
    assert [(f.title, f.themes) for f in found] == [
        ("Salt Road Rangers", (ThemeSong(kind="opening", title="Uso no Hibana", artist="Rika"),))
    ]


def test_a_studio_named_inside_the_shows_title_is_not_its_studio() -> None:
    facts = one(
        "World Trigger is coming back soon for a new season of the anime, and the series has "
        "released a cool new visual ahead of that big return. Earlier this year Toei Animation "
        "announced that the anime would return for a new season of episodes.",
        title="World Trigger Season 2 Releases New Poster",
    )
    assert facts.studios == ("Toei Animation",)


def test_a_quoted_works_words_before_a_role_are_no_credit() -> None:
    facts = one(
        "Series composition goes to Ken Oda, who earlier showed his skill on “Umamusume: Paper "
        "Derby” as a series composer and scriptwriter.",
        title=HEADLINE,
    )
    assert facts.series_composition == ("Ken Oda",)


def test_the_writers_box_under_an_article_ends_it() -> None:
    lines = [f"Salt Road Rangers news, part {n}." for n in range(1, 7)]
    document = to_document("\n\n".join([*lines, "Written by", "Naveen Mehta", "He writes."]))
    assert [b.text for b in document.blocks] == lines


@pytest.mark.parametrize("line", ["Mar 01, 2022 03:08 AM", "Posted in: Anime News", "Advertisment"])
def test_a_posting_stamp_a_category_and_an_advert_label_are_furniture(line: str) -> None:
    document = to_document(f"{line}\n\nSalt Road Rangers premieres in April.")
    assert [b.text for b in document.blocks] == ["Salt Road Rangers premieres in April."]


@pytest.mark.parametrize("line", ["Series Composer Hiroshi Seko", "Assistant Director Hanako Ueda"])
def test_a_role_and_a_name_are_a_credit_not_a_show(line: str) -> None:
    assert list_title(line) is None
    assert not is_show_heading(line)


@pytest.mark.parametrize(
    ("body", "headline", "published", "titles"),
    [
        pytest.param(
            "Fall brings debuts such as Salt Road Rangers, returning series such as Paper Comet "
            "and a late start for Lantern Harbor.\n\n"
            "Salt Road Rangers Premiere Date: October 2nd (Crunchyroll) The series from creator "
            "Ami Koda looks made for action fans.",
            "Fall 2020 Anime Preview: Lantern Harbor, Paper Comet, Salt Road Rangers",
            "2020-09-20",
            {"Lantern Harbor", "Paper Comet", "Salt Road Rangers"},
            id="a-preview-headline-lists-its-shows-after-its-label",
        ),
        pytest.param(
            "The fall season is full. There are adaptations making their debut such as Salt Road "
            "Rangers and Paper Comet, sequels to long-running hits, and remakes of old favourites.",
            "Fall 2020 Anime Preview",
            "2020-09-20",
            {"Salt Road Rangers", "Paper Comet"},
            id="a-prose-list-ends-where-a-lower-case-phrase-takes-over",
        ),
        pytest.param(
            "Brace yourself for a stacked season. Salt Road Rangers Season 3 launches the final "
            "arc on January 8, bringing its hero back. Studio Hanabi's Paper Comet comes back "
            "January 11 after a three-year wait. Lantern Harbor Season 2 lands January 16, "
            "promising more adventures. This is the kind of lineup fans dream about.",
            "Salt Road Rangers Season 3 and Every Winter 2026 Anime to Watch",
            "2025-12-20",
            {"Salt Road Rangers Season 3", "Paper Comet", "Lantern Harbor Season 2"},
            id="a-preview-that-dates-its-shows-in-running-text",
        ),
        pytest.param(
            "<h2>Paper Comet featured in Morning Times' Best Shows of 2020</h2>"
            "<p>This week the Morning Times put Paper Comet on its list of the year's best shows. "
            "Paper Comet is based on the manga by Ami Koda.</p>"
            "<h2>Salt Road Rangers Additional Staff and Cast Members Announced</h2>"
            "<p>The official account for Salt Road Rangers revealed more staff and cast. "
            "Salt Road Rangers premieres in January.</p>",
            "Anime News This Week",
            "2025-03-01",
            {"Paper Comet", "Salt Road Rangers"},
            id="a-digest-heading-that-is-other-news-about-its-show",
        ),
        pytest.param(
            "<h2>Salt Road Rangers' Seventh Season: Springing into action</h2>"
            "<p>The seventh season of Salt Road Rangers was announced at the festival.</p>"
            "<h2>Paper Comet's Third Season: The saga continues</h2>"
            "<p>Paper Comet returns for a third season in July.</p>",
            "Every Anime Announced at the Winter Festival",
            "2025-03-01",
            {"Salt Road Rangers Season 7", "Paper Comet Season 3"},
            id="a-heading-that-owns-its-season-and-adds-a-tagline",
        ),
        pytest.param(
            "Most of the information for this season comes from sites like Live Chart, MAL and "
            "AniChart. Which anime are you checking out this winter?\n\n"
            "<h2>Salt Road Rangers 2</h2><p>The second season of the comedy anime Salt Road "
            "Rangers premieres in January.</p>",
            "Winter 2017 Anime Preview",
            "2025-03-01",
            {"Salt Road Rangers Season 2"},
            id="sites-the-writer-reads-and-a-question-name-no-show",
        ),
        pytest.param(
            "Winter is packed, with major anime coming back for their second season such as "
            "Salt Road Rangers, Paper Comet, and Lantern Harbor, all of them worth a look.",
            "Winter 2021 Anime Preview",
            "2021-01-05",
            {"Salt Road Rangers Season 2", "Paper Comet Season 2", "Lantern Harbor Season 2"},
            id="a-list-cue-after-a-season-numbers-every-item",
        ),
        pytest.param(
            "Michael Blaker\n\nGame News runs the best blog posts about games.\n\n"
            "Hey all, I'm back for this week's Anime Sunday with my most anticipated anime.\n\n"
            "Salt Road Rangers\n\nThis series looks interesting, so it's my first pick.\n\n"
            "Paper Comet\n\nThis is a series about a hated princess who gets a second chance.",
            "Michael Blaker's Anime Sunday: Most Anticipated Fall 2023 Anime",
            "2025-03-01",
            {"Salt Road Rangers", "Paper Comet"},
            id="the-columnists-name-under-their-columns-headline-is-no-show",
        ),
    ],
)
def test_the_shows_a_page_names(
    body: str, headline: str | None, published: str | None, titles: set[str]
) -> None:
    found = shows(body, title=headline, published=published)
    assert {f.title for f in found} == titles

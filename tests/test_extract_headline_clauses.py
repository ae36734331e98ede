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

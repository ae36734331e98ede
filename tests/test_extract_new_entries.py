"""A franchise's new entry named in the body, past the franchise's events and offices,
and other forms met in fresh articles."""

from __future__ import annotations

from extract_helpers import one


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

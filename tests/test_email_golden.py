"""The rendered email of a fixture issue, compared with reviewed golden files.

The issue has every section a fan reads, in order: two premieres this week (one with a
cover, one without), what changed (with its source), the week's headlines, and the
Spring 2021 lineup: this week's premieres as lines pointing up, a later show as a full
card with synopsis and cover, a TBA show and a catalogue entry with no news yet. Two
readers: one in Berlin with a name and no genre filter, whose archive (an http
``DIGEST_BASE_URL``, its site folder holding the 320 px renditions) lets the email show
covers; one in Los Angeles with a genre filter and no name. Regenerate after an intended
change, then review the diff::

    REGEN_GOLDEN=1 .venv/bin/pytest tests/test_email_golden.py

(if ``weekly-7.issue.json`` then changed only in how the codec writes it, restore it
with ``git checkout``).
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from digest_fixtures import (
    BASE_URL,
    NOW,
    eighty_six,
    email_settings,
    event,
    sample_issue,
    simple_show,
)
from PIL import Image

from pipeline.core.codec import from_json, to_json
from pipeline.core.models import CatalogLink, Headline, Issue, Show, Variant
from pipeline.core.text import image_path
from pipeline.digest import reader_subject
from pipeline.render.compose import personalise, render

GOLDEN = Path(__file__).parent / "data" / "email"
REGEN = os.environ.get("REGEN_GOLDEN") == "1"
VARIANTS = {  # variant, and the reader's name
    "berlin": (Variant("Europe/Berlin"), "Mio"),
    "los-angeles-romance": (Variant("America/Los_Angeles", ("romance",)), ""),
}


LATER_COVER = "https://news.example.org/glass-meadow.png"


def later_show() -> Show:
    """A romance premiering in three weeks, with a cover and a catalogue synopsis."""
    show = simple_show(
        "glass-meadow",
        "Glass Meadow",
        season="Spring 2021",
        premiere_date=date(2021, 4, 24),
        premiere_time="25:05 JST",
        broadcasters=("MBS", "TBS"),
        streaming=("HIDIVE",),
        studios=("Shaft",),
        source_material="manga",
        genres=("romance", "fantasy"),
    )
    synopsis = (
        "A florist who can hear flowers takes over a greenhouse on a floating island."
        " Her first customer is a knight who cannot."
    )
    return replace(
        show,
        image_url=LATER_COVER,
        catalog=CatalogLink("anilist", 1, "https://anilist.co/anime/1", None, synopsis),
        provenance=replace(eighty_six(), slug="x").provenance[:1],
    )


def golden_issue() -> Issue:
    """The fixture issue with every section filled, as ``build`` would make it."""
    eighty = replace(
        eighty_six(),
        catalog=CatalogLink(
            "anilist",
            116589,
            "https://anilist.co/anime/116589",
            None,
            "The Republic of San Magnolia has been at war with the Empire for nine years."
            " Its drones are piloted by people the Republic does not count as people.",
        ),
    )
    vivy = simple_show(
        "vivy",
        "Vivy -Fluorite Eye's Song-",
        season="Spring 2021",
        premiere_date=date(2021, 4, 10),
        premiere_time="23:30 JST",
        broadcasters=("Tokyo MX",),
        streaming=("Funimation",),
        studios=("Wit Studio",),
        source_material="original",
        genres=("music", "sci-fi"),
    )
    quiet = replace(
        simple_show("quiet-bell", "The Quiet Bell", season="Spring 2021"),
        news=False,
        catalog=CatalogLink("anilist", 2, "https://anilist.co/anime/2", None, None),
    )
    tba = sample_issue().lineup[-1]
    changes = (
        replace(
            event("86-eighty-six", "86-Eighty-Six adds Kikuko Inoue as Annette"),
            link="https://www.animenewsnetwork.example.org/news/86-cast",
        ),
        event("vivy", "Vivy -Fluorite Eye's Song- moves its premiere to 10 April"),
    )
    headlines = (
        *sample_issue().headlines,
        Headline(
            "Glass Meadow reveals its key visual", "https://cr.example.org/gm", "Crunchyroll", NOW
        ),
    )
    issue = sample_issue(
        premieres=(eighty, vivy),
        lineup=(eighty, vivy, later_show(), tba, quiet),
        changes=changes,
        headlines=headlines,
    )
    return replace(
        issue, subject=reader_subject(issue, [eighty.facts.title or "", vivy.facts.title or ""], 5)
    )


def rendition(site: Path, url: str) -> None:
    """The archive's 320 px rendition of ``url``: a tiny real picture."""
    path = site / image_path(url, 320)
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (4, 6), (40, 60, 120)).save(path, "JPEG")


def stored_issue() -> Issue:
    """The fixture issue as stored JSON: what a later render reads back."""
    path = GOLDEN / "weekly-7.issue.json"
    if REGEN:
        path.write_text(
            json.dumps(to_json(golden_issue()), indent=2, ensure_ascii=False) + "\n",
            encoding="utf-8",
        )
    return from_json(Issue, json.loads(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_rendered_email_matches_the_golden_files(tmp_path: Path, name: str) -> None:
    settings = email_settings(tmp_path)
    rendition(settings.site_dir, eighty_six().visual_url or "")
    rendition(settings.site_dir, LATER_COVER)
    variant, reader = VARIANTS[name]
    mail = personalise(
        render(stored_issue(), variant, settings=settings),
        name=reader,
        unsubscribe_url=f"{BASE_URL}unsubscribe?token=abc",
        preferences_url=f"{BASE_URL}preferences?token=abc",
        view_url=f"{BASE_URL}issues/7.html",
    )
    for suffix, produced in [
        ("html", mail.html),
        ("txt", mail.text),
        ("subject", f"{mail.subject}\n{mail.preheader}\n"),
    ]:
        path = GOLDEN / f"weekly-7.{name}.{suffix}"
        if REGEN:
            path.write_text(produced, encoding="utf-8")
        assert produced == path.read_text(encoding="utf-8"), f"{path.name} differs"

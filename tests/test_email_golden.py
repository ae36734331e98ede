"""The rendered email of a fixture issue, compared with reviewed golden files.

Two readers: one in Berlin with a name and no genre filter, whose archive holds the key
visual's rendition (so premieres show their cover); one in Los Angeles with a genre
filter and no name. Regenerate after an intended change, then review the diff::

    REGEN_GOLDEN=1 .venv/bin/pytest tests/test_email_golden.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from digest_fixtures import BASE_URL, eighty_six, email_settings, sample_issue

from pipeline.core.codec import from_json, to_json
from pipeline.core.models import Issue, Variant
from pipeline.core.text import image_path
from pipeline.render.compose import personalise, render

GOLDEN = Path(__file__).parent / "data" / "email"
REGEN = os.environ.get("REGEN_GOLDEN") == "1"
VARIANTS = {  # variant, and the reader's name
    "berlin": (Variant("Europe/Berlin"), "Mio"),
    "los-angeles-romance": (Variant("America/Los_Angeles", ("romance",)), ""),
}


def stored_issue() -> Issue:
    """The fixture issue as stored JSON: what a later render reads back."""
    path = GOLDEN / "weekly-7.issue.json"
    if REGEN:
        path.write_text(
            json.dumps(to_json(sample_issue()), indent=2, ensure_ascii=False) + "\n",
            encoding="utf-8",
        )
    return from_json(Issue, json.loads(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_rendered_email_matches_the_golden_files(tmp_path: Path, name: str) -> None:
    settings = email_settings(tmp_path)
    cover = settings.site_dir / image_path(eighty_six().visual_url or "", 320)
    cover.parent.mkdir(parents=True)
    cover.write_bytes(b"a rendition the archive built")
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

"""Records survive a trip through JSON unchanged."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from pipeline.core.codec import from_json, to_json
from pipeline.core.models import CastMember, Provenance, Show, ShowFacts, ThemeSong


def test_show_round_trips_through_json() -> None:
    show = Show(
        slug="86-eighty-six",
        facts=ShowFacts(
            title="86-Eighty-Six",
            season="Spring 2021",
            premiere_date=date(2021, 4, 10),
            broadcasters=("Tokyo MX",),
            cast=(CastMember(actor="Shōya Chiba", character="Shinei Nouzen"),),
            themes=(ThemeSong(kind="opening", title="3-bun 29-byō", artist="Hitorie"),),
        ),
        provenance=(
            Provenance(
                "premiere_date", "2021-04-10", 1, "cbr", None, datetime(2021, 3, 1, tzinfo=UTC)
            ),
        ),
        first_seen=datetime(2021, 3, 1, tzinfo=UTC),
    )
    encoded = json.loads(json.dumps(to_json(show)))
    assert encoded["facts"]["premiere_date"] == "2021-04-10"
    assert encoded["facts"]["cast"] == [{"actor": "Shōya Chiba", "character": "Shinei Nouzen"}]
    assert from_json(Show, encoded) == show


def test_reports_with_paths_round_trip(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pipeline.core.reports import SiteReport

    report = SiteReport(out_dir=tmp_path / "site", written=("index.html",))
    encoded = json.loads(json.dumps(to_json(report)))
    assert encoded["out_dir"] == str(tmp_path / "site")
    assert from_json(SiteReport, encoded) == report

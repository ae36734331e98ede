"""The subscriber list: CSV import with line-numbered problems, idempotence, tokens."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text
from typer.testing import CliRunner

from pipeline.app.cli import app
from pipeline.core.config import Settings
from pipeline.core.errors import SubscriberError
from pipeline.deliver import subscribers
from pipeline.store import Store, subscriber_events

pytestmark = pytest.mark.usefixtures("each_backend")  # SQLite and PostgreSQL

NOW = datetime(2021, 4, 1, 9, 0, tzinfo=UTC)
EXAMPLE = Path(__file__).resolve().parent.parent / "subscribers.example.csv"

MIXED = """email,name,timezone,genres,status
aki@example.org,Aki,Asia/Tokyo,mecha;sci-fi,active
not-an-address,Nobody,UTC,,active
ben@example.org,Ben,Mars/Olympus,,active
carla@example.com,Carla,UTC,mecha;knitting,active
aki@example.org,Aki again,UTC,,active
dora@example.com,Dora,,,maybe
eve@example.com,"Eve
Newline",Europe/Paris,,
"""


def write(tmp_path: Path, text: str, name: str = "subs.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def events(store: Store) -> list[tuple[int, str, str | None]]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(
                subscriber_events.c.subscriber_id,
                subscriber_events.c.action,
                subscriber_events.c.via,
            ).order_by(subscriber_events.c.id)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def test_bad_rows_are_reported_with_line_and_reason_and_the_rest_imported(
    store: Store, tmp_path: Path
) -> None:
    report = subscribers.import_csv(store, write(tmp_path, MIXED), now=NOW)

    problems = {p.line: p.reason for p in report.problems}
    assert set(problems) == {3, 4, 5, 6, 7}
    assert "invalid email" in problems[3]
    assert "Mars/Olympus" in problems[4]
    assert "knitting" in problems[5]
    assert "line 2" in problems[6]
    assert "maybe" in problems[7]
    assert report.added == 2
    eve = store.subscriber(email="eve@example.com")
    assert eve is not None and eve.name == "Eve Newline" and eve.timezone == "Europe/Paris"
    aki = store.subscriber(email="aki@example.org")
    assert aki is not None and aki.genres == ("mecha", "sci-fi") and aki.timezone == "Asia/Tokyo"


def test_reimporting_the_same_file_changes_nothing(store: Store, tmp_path: Path) -> None:
    first = subscribers.import_csv(store, EXAMPLE, now=NOW)
    logged = events(store)

    again = subscribers.import_csv(store, EXAMPLE, now=NOW)

    assert first.added == 4 and not first.problems
    assert again.added == again.updated == 0
    assert again.unchanged + again.kept_unsubscribed == 4
    assert events(store) == logged


def test_import_does_not_reactivate_an_unsubscribed_address_unless_asked(
    store: Store, tmp_path: Path
) -> None:
    path = write(tmp_path, "email,name\naki@example.org,Aki\n")
    subscribers.import_csv(store, path, now=NOW)
    subscribers.remove(store, "aki@example.org", now=NOW)

    kept = subscribers.import_csv(store, path, now=NOW)
    assert kept.kept_unsubscribed == 1
    assert store.subscriber(email="aki@example.org").status == "unsubscribed"  # type: ignore[union-attr]

    back = subscribers.import_csv(store, path, now=NOW, resubscribe=True)
    assert back.updated == 1
    assert store.subscriber(email="aki@example.org").status == "active"  # type: ignore[union-attr]
    actions = [action for _, action, _ in events(store)]
    assert actions == ["added", "unsubscribed", "resubscribed"]


def test_changes_are_recorded_with_how_they_happened(store: Store, tmp_path: Path) -> None:
    subscribers.import_csv(store, write(tmp_path, "email,timezone\naki@example.org,UTC\n"), now=NOW)
    subscribers.import_csv(
        store, write(tmp_path, "email,timezone\naki@example.org,Asia/Tokyo\n"), now=NOW
    )
    logged = events(store)
    assert [action for _, action, _ in logged] == ["added", "updated"]
    assert all(via and "csv import, line 2" in via for _, _, via in logged)


def test_a_file_without_an_email_column_is_refused_whole(store: Store, tmp_path: Path) -> None:
    with pytest.raises(SubscriberError, match=r"line 1.*email"):
        subscribers.import_csv(store, write(tmp_path, "mail,name\na@b.org,A\n"), now=NOW)


def test_unsubscribe_token_round_trips_and_forgery_is_refused(
    store: Store, settings: Settings
) -> None:
    sub = store.add_subscriber(subscribers.Subscriber(email="aki@example.org"), now=NOW, via="t")
    assert sub.id is not None
    token = subscribers.make_token(settings.secret, sub.id)

    forged = [
        subscribers.make_token("some other secret", sub.id),
        token[:-2] + ("AA" if not token.endswith("AA") else "BB"),
        "Mg." + token.split(".", 1)[1],  # someone else's id with this signature
        "",
    ]
    for bad in forged:
        with pytest.raises(SubscriberError):
            subscribers.unsubscribe(store, settings.secret, bad, now=NOW, via="link")
    assert store.subscriber(id=sub.id).status == "active"  # type: ignore[union-attr]

    subscribers.unsubscribe(store, settings.secret, token, now=NOW, via="link")
    assert store.subscriber(id=sub.id).status == "unsubscribed"  # type: ignore[union-attr]


def test_cli_import_lists_refused_rows_and_list_filters_by_status(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIGEST_HOME", str(tmp_path / "home"))
    runner = CliRunner()

    imported = runner.invoke(app, ["subscribers", "import", str(write(tmp_path, MIXED))])
    assert imported.exit_code == 1
    assert "2 added" in imported.stdout and "5 refused" in imported.stdout
    assert "Mars/Olympus" in imported.stderr

    unknown = runner.invoke(app, ["subscribers", "remove", "nobody@example.org"])
    assert unknown.exit_code == 1 and "nobody@example.org" in unknown.stderr
    removed = runner.invoke(app, ["subscribers", "remove", "AKI@Example.org"])
    assert removed.exit_code == 0, removed.output

    listed = runner.invoke(app, ["subscribers", "list", "--status", "active"])
    assert listed.exit_code == 0
    assert "eve@example.com" in listed.stdout and "aki@example.org" not in listed.stdout


def test_cli_unsubscribe_by_token(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIGEST_HOME", str(tmp_path / "home"))
    runner = CliRunner()
    assert runner.invoke(app, ["subscribers", "import", str(EXAMPLE)]).exit_code == 0
    settings = Settings.load()
    store = Store.open(settings.database_url)
    ben = store.subscriber(email="ben@example.org")
    assert ben is not None and ben.id is not None

    forged = runner.invoke(app, ["subscribers", "unsubscribe", "MQ.forged"])
    good = runner.invoke(
        app, ["subscribers", "unsubscribe", subscribers.make_token(settings.secret, ben.id)]
    )

    assert forged.exit_code == 1 and "invalid unsubscribe token" in forged.stderr
    assert good.exit_code == 0 and "ben@example.org" in good.stdout
    assert store.subscriber(id=ben.id).status == "unsubscribed"  # type: ignore[union-attr]
    store.close()


def test_a_record_spanning_lines_is_reported_at_its_first_line(
    store: Store, tmp_path: Path
) -> None:
    text = (
        "email,name,timezone\n"
        'aki@example.org,"Aki\nof the\nmountains",UTC\n'  # lines 2-4, fine
        "\n"
        'ben@example.org,"Ben\nBen",Mars/Olympus\n'  # lines 6-7: bad zone
        "not-an-address,Nobody,UTC\n"  # line 8
    )
    report = subscribers.import_csv(store, write(tmp_path, text), now=NOW)

    assert [(p.line, p.email) for p in report.problems] == [
        (6, "ben@example.org"),
        (8, "not-an-address"),
    ]
    assert report.added == 1


def test_a_large_import_with_bad_rows_is_idempotent_across_batches(
    store: Store, tmp_path: Path
) -> None:
    lines = ["email,name,timezone,genres"]
    for i in range(subscribers.IMPORT_BATCH * 2 + 500):
        bad = i % 100 == 7
        lines.append(f"{'broken' if bad else 'Fan'}{i}{'' if bad else '@Example.org'},Fan {i},UTC,")
    path = write(tmp_path, "\n".join(lines) + "\n")

    first = subscribers.import_csv(store, path, now=NOW)
    logged = len(events(store))
    again = subscribers.import_csv(store, path, now=NOW)

    total = subscribers.IMPORT_BATCH * 2 + 500
    assert first.added == total - len(first.problems) and len(first.problems) == 25
    assert first.problems[0].line == 9  # row 7, after the header
    assert again.added == 0 and again.unchanged == first.added
    assert len(events(store)) == logged == first.added
    found = store.subscriber(email="FAN1234@example.org")
    assert found is not None and found.email == "Fan1234@example.org"


def test_an_existing_database_gets_the_address_index_in_place(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    store = Store.open(url)
    with store.begin() as conn:
        conn.execute(text("DROP INDEX ix_subscribers_email_lower"))
    store.close()

    store = Store.open(url)
    with store.engine.connect() as conn:
        plan = conn.execute(
            text("EXPLAIN QUERY PLAN SELECT id FROM subscribers WHERE lower(email) = 'a@b.c'")
        ).all()
    store.close()
    assert "ix_subscribers_email_lower" in str(plan)

"""One-click unsubscribe, the unsubscribe page and preferences (pause included), in-process."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text
from web_fixtures import csrf_field

from pipeline.core.config import Settings
from pipeline.core.models import Issue, Rendered, Subscriber
from pipeline.deliver.send import send_issue
from pipeline.deliver.subscribers import make_token
from pipeline.store import Store
from pipeline.web import create_app

pytestmark = pytest.mark.anyio
NOW = datetime(2021, 4, 1, 12, 0, tzinfo=UTC)
BASE = "https://digest.example.org/"
CLIENT_IP = "203.0.113.9"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def web_settings(tmp_path: Path) -> Settings:
    return Settings.load(home=tmp_path / "home", base_url=BASE)


@pytest.fixture
def db(web_settings: Settings) -> Iterator[Store]:
    handle = Store.open(web_settings.database_url)
    yield handle
    handle.close()


@pytest.fixture
def fan(db: Store) -> Subscriber:
    return db.add_subscriber(Subscriber(email="fan@example.org", name="Fan"), now=NOW, via="test")


@pytest.fixture
async def client(web_settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(web_settings, now=lambda: NOW)
    transport = httpx.ASGITransport(app=app, client=(CLIENT_IP, 1234))
    async with httpx.AsyncClient(transport=transport, base_url=BASE.rstrip("/")) as handle:
        yield handle
    app.state.store.close()


def token_of(settings: Settings, sub: Subscriber) -> str:
    return make_token(settings.secret, sub.id or 0)


async def test_one_click_post_unsubscribes_at_once_without_csrf(
    client: httpx.AsyncClient, web_settings: Settings, db: Store, fan: Subscriber
) -> None:
    answer = await client.post(
        f"/unsubscribe/{token_of(web_settings, fan)}",
        content=b"List-Unsubscribe=One-Click",
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert answer.status_code == 200
    assert "unsubscribed" in answer.text
    gone = db.subscriber(id=fan.id)
    assert gone is not None and gone.status == "unsubscribed"
    last = db.subscriber_events(fan.id or 0)[-1]
    assert last.action == "unsubscribed"
    assert last.via == f"web:one-click; ip={CLIENT_IP}; token=unsubscribe"
    again = await client.post(f"/unsubscribe/{token_of(web_settings, fan)}")
    assert again.status_code == 200


async def test_unsubscribe_page_offers_one_button_and_preferences(
    client: httpx.AsyncClient, web_settings: Settings, db: Store, fan: Subscriber
) -> None:
    token = token_of(web_settings, fan)
    page = await client.get(f"/unsubscribe/{token}")
    assert page.status_code == 200
    assert re.search(rf'<form method="post" action="/unsubscribe/{re.escape(token)}"', page.text)
    assert page.text.count("<button") == 1
    assert f'href="/preferences/{token}"' in page.text
    still = db.subscriber(id=fan.id)
    assert still is not None and still.status == "active"  # a GET changes nothing
    await client.post(f"/unsubscribe/{token}", data={"from": "page"})
    assert db.subscriber_events(fan.id or 0)[-1].via.startswith("web:unsubscribe-page;")


async def test_preferences_change_zone_genres_and_pause(
    client: httpx.AsyncClient, web_settings: Settings, db: Store, fan: Subscriber
) -> None:
    url = f"/preferences/{token_of(web_settings, fan)}"
    page = await client.get(url)
    assert page.status_code == 200 and "fan@example.org" in page.text
    fields = {"csrf": csrf_field(page.text), "timezone": "America/New_York",
              "genres": ["sports", "drama"], "pause_weeks": "3"}  # fmt: skip
    saved = await client.post(url, data=fields)
    assert saved.status_code == 200
    assert "Preferences saved" in saved.text and "paused until 2021-04-22" in saved.text
    changed = db.subscriber(id=fan.id)
    assert changed is not None
    assert (changed.timezone, changed.genres) == ("America/New_York", ("drama", "sports"))
    assert db.paused_until(fan.id or 0) == NOW + timedelta(weeks=3)
    actions = [(e.action, e.via) for e in db.subscriber_events(fan.id or 0)]
    assert actions[-2:] == [("preferences", "web:preferences"), ("paused", "web:preferences")]
    resumed = await client.post(url, data={**fields, "pause_weeks": "0"})
    assert "paused until" not in resumed.text
    assert db.paused_until(fan.id or 0) is None


async def test_preferences_refuse_bad_input_and_missing_csrf(
    client: httpx.AsyncClient, web_settings: Settings, db: Store, fan: Subscriber
) -> None:
    url = f"/preferences/{token_of(web_settings, fan)}"
    assert (await client.post(url, data={"timezone": "UTC"})).status_code == 403
    page = await client.get(url)
    bad = await client.post(url, data={"csrf": csrf_field(page.text), "pause_weeks": "99"})
    assert bad.status_code == 400 and "pause" in bad.text
    assert (await client.get("/preferences/forged-token")).status_code == 400
    assert db.subscriber(id=fan.id) == fan


def test_a_paused_subscriber_gets_no_issue_until_the_pause_ends(
    web_settings: Settings, db: Store, fan: Subscriber
) -> None:
    other = db.add_subscriber(Subscriber(email="other@example.org"), now=NOW, via="test")
    db.set_paused(fan.id or 0, NOW + timedelta(weeks=2), now=NOW, via="test", detail="")
    issues = [Issue(number=n, kind="weekly", subject=f"Week {n}", created_at=NOW,
                    season="Spring 2021") for n in (1, 2)]  # fmt: skip
    for issue in issues:
        db.save_issue(issue)

    def compose(sub: Subscriber) -> Rendered:
        return Rendered(subject="Week", preheader="", html="<p>hi</p>", text="hi")

    first = send_issue(db, web_settings, issues[0], compose=compose, now=NOW)
    assert (first.total, first.sent) == (1, 1)
    assert {d.subscriber_id for d in db.deliveries(1)} == {other.id}
    later = NOW + timedelta(weeks=2, hours=1)
    second = send_issue(db, web_settings, issues[1], compose=compose, now=later)
    assert second.sent == 2


def test_an_older_database_gains_the_pause_column(web_settings: Settings) -> None:
    first = Store.open(web_settings.database_url)
    with first.begin() as conn:
        conn.execute(text("ALTER TABLE subscribers DROP COLUMN paused_until"))
    first.close()
    again = Store.open(web_settings.database_url)
    sub = again.add_subscriber(Subscriber(email="a@example.org"), now=NOW, via="test")
    assert again.paused_until(sub.id or 0) is None
    again.close()


async def test_changing_only_the_time_zone_keeps_a_pause(
    client: httpx.AsyncClient, web_settings: Settings, db: Store, fan: Subscriber
) -> None:
    db.set_paused(fan.id or 0, NOW + timedelta(weeks=2), now=NOW, via="test", detail="")
    url = f"/preferences/{token_of(web_settings, fan)}"
    page = await client.get(url)
    assert (
        "paused until" in page.text
        and 'name="pause_weeks" type="number" min="0" max="52" value=""' in page.text
    )

    saved = await client.post(  # what the browser sends when only the zone was changed
        url, data={"csrf": csrf_field(page.text), "timezone": "Asia/Tokyo", "pause_weeks": ""}
    )

    assert saved.status_code == 200 and "paused until" in saved.text
    assert db.paused_until(fan.id or 0) == NOW + timedelta(weeks=2)
    changed = db.subscriber(id=fan.id)
    assert changed is not None and changed.timezone == "Asia/Tokyo"

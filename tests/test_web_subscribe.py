"""The web app in-process (httpx ASGITransport): double opt-in, tokens, CSRF, limits, headers."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from web_fixtures import confirm_link, csrf_field, outbox_mails, text_of

from pipeline.core.config import Settings
from pipeline.core.models import Subscriber
from pipeline.deliver.subscribers import make_token
from pipeline.store import Store
from pipeline.web import WebLimits, create_app
from pipeline.web._limits import Rate

pytestmark = pytest.mark.anyio
NOW = datetime(2021, 4, 1, 12, 0, tzinfo=UTC)
BASE = "https://digest.example.org/"
CLIENT_IP = "198.51.100.7"


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.at = NOW

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def web_settings(tmp_path: Path) -> Settings:
    return Settings.load(
        home=tmp_path / "home", base_url=BASE, DIGEST_FROM="Anime Digest <digest@example.org>"
    )


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def limits() -> WebLimits:
    return WebLimits()


@pytest.fixture
async def client(
    web_settings: Settings, clock: Clock, limits: WebLimits
) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(web_settings, now=clock, limits=limits)
    transport = httpx.ASGITransport(app=app, client=(CLIENT_IP, 4321))
    async with httpx.AsyncClient(transport=transport, base_url=BASE.rstrip("/")) as handle:
        yield handle
    app.state.store.close()


@pytest.fixture
def db(web_settings: Settings) -> Iterator[Store]:
    handle = Store.open(web_settings.database_url)
    yield handle
    handle.close()


def mails(settings: Settings) -> list[str]:
    return [text_of(m) for m in outbox_mails(settings.outbox_dir / "confirmations")]


async def subscribe(
    client: httpx.AsyncClient, email: str, *, genres: tuple[str, ...] = (), **fields: str
) -> httpx.Response:
    form = await client.get("/subscribe")
    data: dict[str, str | list[str]] = {
        "csrf": csrf_field(form.text), "email": email, "name": "", "timezone": "UTC",
        "genres": list(genres), **fields,
    }  # fmt: skip
    return await client.post("/subscribe", data=data)


def last_link(settings: Settings) -> str:
    messages = outbox_mails(settings.outbox_dir / "confirmations")
    return confirm_link(messages[-1]).removeprefix(BASE.rstrip("/"))


async def test_subscribe_stores_pending_and_confirm_activates(
    client: httpx.AsyncClient, web_settings: Settings, db: Store
) -> None:
    answer = await subscribe(client, "Aki@Example.org", name="Aki", timezone="Asia/Tokyo",
                             genres=("mecha", "comedy"))  # fmt: skip
    assert answer.status_code == 200
    assert "Check your inbox" in answer.text
    pending = db.subscriber(email="Aki@example.org")
    assert pending is not None and pending.status == "pending"
    [message] = outbox_mails(web_settings.outbox_dir / "confirmations")
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], header
    assert message["To"] == "Aki <Aki@example.org>"
    assert message.get_content_type() == "multipart/alternative"
    link = confirm_link(message)
    assert link.startswith(f"{BASE}confirm/")
    opened = await client.get(link.removeprefix(BASE.rstrip("/")))
    assert opened.status_code == 200 and "Confirm my subscription" in opened.text
    assert db.subscriber(email="aki@example.org") == pending  # opening it changes nothing
    confirmed = await press_confirm(client, link.removeprefix(BASE.rstrip("/")))
    assert confirmed.status_code == 200
    assert "Subscription confirmed" in confirmed.text
    active = db.subscriber(email="aki@example.org")
    assert active == replace(pending, status="active", genres=("comedy", "mecha"))
    assert active.timezone == "Asia/Tokyo"
    events = db.subscriber_events(active.id or 0)
    assert [e.action for e in events] == ["added", "confirmation_sent", "confirmed"]
    assert events[-1].via == "web:confirm"
    assert CLIENT_IP in events[-1].detail and "token=confirm" in events[-1].detail


async def test_a_used_confirmation_link_is_refused(
    client: httpx.AsyncClient, web_settings: Settings
) -> None:
    await subscribe(client, "aki@example.org")
    link = last_link(web_settings)
    assert (await press_confirm(client, link)).status_code == 200
    again = await client.get(link)
    assert again.status_code == 400
    assert "already been used" in again.text


async def press_confirm(client: httpx.AsyncClient, path: str) -> httpx.Response:
    """Open a confirmation link and press its button, as a reader does."""
    page = await client.get(path)
    assert page.status_code == 200, page.text
    return await client.post(path, data={"csrf": csrf_field(page.text)})


async def test_a_link_scanner_opening_the_link_confirms_nobody(
    client: httpx.AsyncClient, web_settings: Settings, db: Store
) -> None:
    await subscribe(client, "aki@example.org")
    link = last_link(web_settings)
    for _ in range(3):
        assert (await client.get(link)).status_code == 200
    assert (await client.post(link, data={})).status_code == 403  # no form from the page
    sub = db.subscriber(email="aki@example.org")
    assert sub is not None and sub.status == "pending"


async def test_two_simultaneous_first_subscribes_for_one_address_never_fail(
    client: httpx.AsyncClient, db: Store
) -> None:
    page = await client.get("/subscribe")
    fields = {"csrf": csrf_field(page.text), "email": "twin@example.org", "timezone": "UTC"}
    answers = await asyncio.gather(*(client.post("/subscribe", data=fields) for _ in range(4)))
    assert {a.status_code for a in answers} <= {200, 409, 429}
    assert 200 in {a.status_code for a in answers}
    assert db.subscriber(email="twin@example.org") is not None


async def test_forged_and_foreign_tokens_are_refused(
    client: httpx.AsyncClient, web_settings: Settings, db: Store
) -> None:
    await subscribe(client, "aki@example.org")
    link = last_link(web_settings)
    forged = link[:-3] + ("AAA" if not link.endswith("AAA") else "BBB")
    assert (await client.get(forged)).status_code == 400
    unsubscribe_token = make_token(web_settings.secret, 1)  # right secret, other purpose
    assert (await client.get(f"/confirm/{unsubscribe_token}")).status_code == 400
    other_secret = make_token("not the list's secret", 1)
    assert (await client.post(f"/unsubscribe/{other_secret}")).status_code == 400
    sub = db.subscriber(email="aki@example.org")
    assert sub is not None and sub.status == "pending"


async def test_an_expired_confirmation_link_is_refused(
    client: httpx.AsyncClient, web_settings: Settings, clock: Clock, db: Store
) -> None:
    await subscribe(client, "aki@example.org")
    clock.at = NOW + timedelta(days=7, minutes=1)
    answer = await client.get(last_link(web_settings))
    assert answer.status_code == 400
    assert "expired" in answer.text
    sub = db.subscriber(email="aki@example.org")
    assert sub is not None and sub.status == "pending"


async def test_resubscribing_reveals_nothing_and_never_downgrades(
    client: httpx.AsyncClient, web_settings: Settings, db: Store
) -> None:
    db.add_subscriber(Subscriber(email="old@example.org", name="Old"), now=NOW, via="test")
    known = await subscribe(client, "old@example.org", timezone="Europe/Paris")
    fresh = await subscribe(client, "new@example.org", timezone="Europe/Paris")
    assert known.status_code == fresh.status_code == 200
    strip = lambda r: r.text.replace("old@example.org", "X").replace("new@example.org", "X")  # noqa: E731
    assert strip(known) == strip(fresh)
    assert len(mails(web_settings)) == 2
    old = db.subscriber(email="old@example.org")
    assert old is not None and old.status == "active" and old.timezone == "UTC"


async def test_an_unsubscribed_address_returns_only_through_the_link(
    client: httpx.AsyncClient, web_settings: Settings, db: Store
) -> None:
    db.add_subscriber(Subscriber(email="gone@example.org", status="unsubscribed"), now=NOW,
                      via="test")  # fmt: skip
    await subscribe(client, "gone@example.org", genres=("romance",))
    gone = db.subscriber(email="gone@example.org")
    assert gone is not None and gone.status == "unsubscribed"
    assert (await press_confirm(client, last_link(web_settings))).status_code == 200
    back = db.subscriber(email="gone@example.org")
    assert back is not None and back.status == "active" and back.genres == ("romance",)


async def test_bad_form_input_is_named_and_sends_nothing(
    client: httpx.AsyncClient, web_settings: Settings
) -> None:
    answer = await subscribe(client, "not an address")
    assert answer.status_code == 400
    assert "invalid email" in answer.text
    zone = await subscribe(client, "aki@example.org", timezone="Mars/Olympus")
    assert zone.status_code == 400 and "time zone" in zone.text
    genre = await subscribe(client, "aki@example.org", genres=("<script>",))
    assert genre.status_code == 400 and "<script>" not in genre.text
    assert mails(web_settings) == []


async def test_forms_without_a_matching_csrf_token_are_refused(
    client: httpx.AsyncClient, web_settings: Settings
) -> None:
    fields = {"email": "aki@example.org", "timezone": "UTC"}
    assert (await client.post("/subscribe", data=fields)).status_code == 403
    page = await client.get("/subscribe")
    token = csrf_field(page.text)
    client.cookies.set("digest_csrf", "someone-else", domain="digest.example.org")
    mismatched = await client.post("/subscribe", data={**fields, "csrf": token})
    assert mismatched.status_code == 403
    assert mails(web_settings) == []


@pytest.mark.parametrize(
    "limits", [WebLimits(mails_per_address=Rate(burst=2, per_hour=1))], ids=["per-address"]
)
async def test_confirmation_mails_per_address_are_limited(
    client: httpx.AsyncClient, web_settings: Settings, clock: Clock
) -> None:
    statuses = [(await subscribe(client, "aki@example.org")).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    assert len(mails(web_settings)) == 2
    assert (await subscribe(client, "other@example.org")).status_code == 200
    clock.at = NOW + timedelta(hours=1)
    assert (await subscribe(client, "AKI@example.org")).status_code == 200


@pytest.mark.parametrize(
    "limits", [WebLimits(subscribe_per_ip=Rate(burst=3, per_hour=1))], ids=["per-ip"]
)
async def test_subscribe_posts_per_client_are_limited(client: httpx.AsyncClient) -> None:
    statuses = [(await subscribe(client, f"fan{i}@example.org")).status_code for i in range(4)]
    assert statuses == [200, 200, 200, 429]


async def test_oversized_bodies_get_413(client: httpx.AsyncClient) -> None:
    page = await client.get("/subscribe")
    big = {"csrf": csrf_field(page.text), "email": "a@example.org", "name": "x" * 40_000}
    assert (await client.post("/subscribe", data=big)).status_code == 413

    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(40):
            yield b"List-Unsubscribe=One-Click&" * 40

    form_type = {"content-type": "application/x-www-form-urlencoded"}
    streamed = await client.post("/unsubscribe/anything", content=chunks(), headers=form_type)
    assert streamed.status_code == 413


async def test_every_response_has_strict_security_headers(client: httpx.AsyncClient) -> None:
    answers = [
        await client.get("/subscribe"),
        await client.get("/confirm/nonsense"),
        await client.get("/_web/web.js"),
        await client.get("/"),
        await client.post("/subscribe", content=b"x" * 100_000),
    ]
    for answer in answers:
        csp = answer.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert "unsafe-inline" not in csp
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert answer.headers["x-frame-options"] == "DENY"
        assert answer.headers["referrer-policy"] == "no-referrer"
    assert "<script>" not in answers[0].text  # no inline script on the form


async def test_archive_is_served_at_the_root_once_built(
    client: httpx.AsyncClient, web_settings: Settings
) -> None:
    missing = await client.get("/")
    assert missing.status_code == 404 and "not been built" in missing.text
    web_settings.site_dir.mkdir(parents=True)
    (web_settings.site_dir / "index.html").write_text("<h1>Issues</h1>", encoding="utf-8")
    (web_settings.site_dir / "issues").mkdir()
    (web_settings.site_dir / "issues" / "1.html").write_text("<h1>One</h1>", encoding="utf-8")
    assert "Issues" in (await client.get("/")).text
    assert "One" in (await client.get("/issues/1.html")).text
    assert (await client.get("/../secret")).status_code == 404


def test_a_subscribe_that_loses_the_insert_race_uses_the_winners_row(
    web_settings: Settings, db: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline.web import _flows

    form = _flows.parse_subscribe_form("twin@example.org", "Twin", "UTC", [])
    winner = db.add_subscriber(Subscriber(email="twin@example.org", status="pending"), now=NOW,
                               via="test")  # fmt: skip
    real_lookup, calls = db.subscriber, []

    def lookup(**where: object) -> Subscriber | None:
        calls.append(where)  # the first look-up ran just before the other request's insert
        return None if len(calls) == 1 else real_lookup(**where)  # type: ignore[arg-type]

    monkeypatch.setattr(db, "subscriber", lookup)

    token = _flows.request_subscription(db, web_settings, form, ip="192.0.2.1", clock=lambda: NOW)

    assert token
    assert [e.action for e in db.subscriber_events(winner.id or 0)] == [
        "added", "confirmation_sent",
    ]  # fmt: skip


async def test_a_nul_byte_in_the_path_is_a_400_with_the_security_headers(
    client: httpx.AsyncClient,
) -> None:
    for path in ("/%00", "/issues/%00.html", "/_web/%00web.js", "/confirm/a%00b"):
        answer = await client.get(path)
        assert answer.status_code == 400, path
        assert "frame-ancestors 'none'" in answer.headers["content-security-policy"]
        assert answer.headers["x-content-type-options"] == "nosniff"

"""The subscribe pages in a real headless Chromium against a real uvicorn server.

Uses the archive browser tests' Chromium fixture (same CI=true rule: missing Chromium
fails under CI and skips elsewhere). The reader fills the form by clicking, follows the
link from the captured confirmation mail, and unsubscribes with the page's button; no
page logs an error or asks another host.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from mailsink import free_port
from site_fixtures import seed
from test_archive_browser import Watched, browser  # noqa: F401 (the shared Chromium fixture)
from web_fixtures import UvicornThread, confirm_link, outbox_mails, wait_for

from pipeline.archive.site import build_site
from pipeline.core.clock import utcnow
from pipeline.core.config import Settings
from pipeline.core.models import Subscriber
from pipeline.deliver.subscribers import make_token
from pipeline.store import Store
from pipeline.web import create_app

pytestmark = pytest.mark.browser


@pytest.fixture
def port() -> int:
    return free_port()


@pytest.fixture
def web_settings(tmp_path: Path, port: int) -> Settings:
    return Settings.load(home=tmp_path / "home", base_url=f"http://127.0.0.1:{port}/")


@pytest.fixture
def served(web_settings: Settings, port: int) -> Iterator[str]:
    server = UvicornThread(create_app(web_settings), port=port)
    server.start()
    yield server.url
    server.stop()


@pytest.fixture
def context(browser: Any) -> Iterator[Any]:  # noqa: F811 (the imported fixture's value)
    ctx = browser.new_context(locale="en-US", timezone_id="Asia/Tokyo")
    yield ctx
    ctx.close()


@pytest.fixture
def db(web_settings: Settings) -> Iterator[Store]:
    handle = Store.open(web_settings.database_url)
    yield handle
    handle.close()


def test_subscribe_by_clicking_and_confirm_from_the_mail(
    context: Any, served: str, web_settings: Settings, db: Store
) -> None:
    watched = Watched(context)
    page = watched.open(f"{served}subscribe")
    assert page.locator("#timezone").input_value() == "Asia/Tokyo"  # the browser's own zone
    page.fill("#email", "click@example.org")
    page.fill("#name", "Clicker")
    page.check("input[name=genres][value=mecha]")
    page.click("button[type=submit]")
    page.get_by_role("heading", name="Check your inbox").wait_for()
    folder = web_settings.outbox_dir / "confirmations"
    [mail] = wait_for(lambda: outbox_mails(folder), what="the confirmation mail")
    page = watched.open(confirm_link(mail))
    page.click("button[type=submit]")
    page.get_by_role("heading", name="Subscription confirmed").wait_for()
    assert watched.errors == []
    assert [url for url in watched.requests if not url.startswith(served)] == []
    sub = db.subscriber(email="click@example.org")
    assert sub is not None
    assert (sub.status, sub.timezone, sub.genres) == ("active", "Asia/Tokyo", ("mecha",))


def test_unsubscribe_button_leaves_the_list(
    context: Any, served: str, web_settings: Settings, db: Store
) -> None:
    fan = db.add_subscriber(Subscriber(email="fan@example.org"), now=utcnow(), via="test")
    watched = Watched(context)
    page = watched.open(f"{served}unsubscribe/{make_token(web_settings.secret, fan.id or 0)}")
    page.click("button[type=submit]")
    page.get_by_role("heading", name="Unsubscribed").wait_for()
    assert watched.errors == []
    gone = db.subscriber(id=fan.id)
    assert gone is not None and gone.status == "unsubscribed"


def test_archive_pages_load_clean_under_the_servers_headers(
    context: Any, port: int, web_settings: Settings, db: Store
) -> None:
    seed(db)
    build_site(db, web_settings, out_dir=web_settings.site_dir, now=utcnow())
    server = UvicornThread(create_app(web_settings), port=port)
    server.start()
    try:
        for rel in ("", "index.html", "seasons/spring-2021.html", "issues/1.html"):
            watched = Watched(context)
            page = watched.open(server.url + rel)
            page.wait_for_load_state("networkidle")
            assert page.locator("main").count() == 1, rel
            assert watched.errors == [], f"{rel}: {watched.errors}"
    finally:
        server.stop()

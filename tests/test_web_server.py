"""The whole reader journey against real servers on 127.0.0.1.

``anime-digest serve`` runs as a subprocess; mail goes to a real aiosmtpd server.
A reader subscribes, confirms from the mail, receives an issue, changes preferences
from its link, leaves with the RFC 8058 one-click POST to its List-Unsubscribe
address, and gets nothing more.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from email.message import EmailMessage
from pathlib import Path

import httpx
import pytest
from digest_fixtures import NOW, sample_issue
from mailsink import Sink, SmtpServer, free_port
from web_fixtures import confirm_link, csrf_field, text_of, wait_for

from pipeline.core.config import Settings
from pipeline.core.models import Issue, Rendered, Subscriber
from pipeline.deliver.message import links_for
from pipeline.deliver.send import send_issue
from pipeline.render.compose import personalise, render
from pipeline.store import Store


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer(Sink())
    server.start()
    yield server
    server.stop()


@pytest.fixture
def port() -> int:
    return free_port()


@pytest.fixture
def web_settings(tmp_path: Path, smtp: SmtpServer, port: int) -> Settings:
    return Settings.load(
        home=tmp_path / "home", smtp_url=smtp.url, base_url=f"http://127.0.0.1:{port}/",
        DIGEST_FROM="Anime Digest <digest@example.org>", secret="web-test-secret",
    )  # fmt: skip


@pytest.fixture
def served(web_settings: Settings, port: int) -> Iterator[str]:
    """``anime-digest serve`` on 127.0.0.1:port, stopped after the test."""
    env = {**os.environ, "DIGEST_HOME": str(web_settings.home),
           "DIGEST_SMTP_URL": web_settings.smtp_url or "", "DIGEST_BASE_URL": web_settings.base_url,
           "DIGEST_FROM": web_settings.from_addr, "DIGEST_SECRET": web_settings.secret}  # fmt: skip
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        wait_for(lambda: _answers(web_settings.base_url) or process.poll() is not None,
                 what="anime-digest serve to listen", seconds=20)  # fmt: skip
        assert process.poll() is None, process.communicate()[0].decode()
        yield web_settings.base_url
    finally:
        process.terminate()
        process.communicate(timeout=10)


def _answers(base: str) -> bool:
    try:
        return httpx.get(f"{base}subscribe", timeout=1).status_code == 200
    except httpx.TransportError:
        return False


@pytest.fixture
def db(web_settings: Settings) -> Iterator[Store]:
    handle = Store.open(web_settings.database_url)
    yield handle
    handle.close()


def compose_for(issue: Issue, settings: Settings) -> Callable[[Subscriber], Rendered]:
    """The issue rendered for each reader's variant, with their own links."""

    def compose(sub: Subscriber) -> Rendered:
        links = links_for(settings, issue.number, sub)
        return personalise(
            render(issue, sub.variant, settings=settings), name=sub.name,
            unsubscribe_url=links.unsubscribe_url, preferences_url=links.preferences_url,
            view_url=links.view_url,
        )  # fmt: skip

    return compose


def send(db: Store, settings: Settings, number: int) -> None:
    issue = sample_issue(number=number, subject=f"Anime Digest #{number}")
    db.save_issue(issue)
    send_issue(db, settings, issue, compose=compose_for(issue, settings), now=NOW)


def mails_to(sink: Sink, address: str) -> list[EmailMessage]:
    return [m for m in sink.messages() if address in str(m["To"])]


def unsubscribe_url(message: EmailMessage) -> str:
    found = re.search(r"<(http[^>]+)>", str(message["List-Unsubscribe"]))
    assert found, message["List-Unsubscribe"]
    return found.group(1)


def test_reader_subscribes_confirms_reads_changes_and_leaves_in_one_click(
    served: str, smtp: SmtpServer, web_settings: Settings, db: Store
) -> None:
    sink = smtp.sink
    with httpx.Client(base_url=served, timeout=10) as browser:
        form = browser.get("subscribe")
        assert "default-src 'self'" in form.headers["content-security-policy"]
        answer = browser.post("subscribe", data={
            "csrf": csrf_field(form.text), "email": "reader@example.net", "name": "Rei",
            "timezone": "Europe/Berlin", "genres": ["action"],
        })  # fmt: skip
        assert answer.status_code == 200
        [mail] = wait_for(lambda: mails_to(sink, "reader@example.net"), what="the confirmation")
        assert mail["Subject"] and mail["Date"] and mail["Message-ID"]
        link = confirm_link(mail)
        assert link.startswith(f"{served}confirm/")
        opened = browser.get(link)
        assert opened.status_code == 200 and "Confirm my subscription" in opened.text
        confirmed = browser.post(link, data={"csrf": csrf_field(opened.text)})
        assert confirmed.status_code == 200 and "Subscription confirmed" in confirmed.text
    reader = db.subscriber(email="reader@example.net")
    assert reader is not None and reader.status == "active" and reader.timezone == "Europe/Berlin"

    send(db, web_settings, 1)
    [issue_mail] = [m for m in mails_to(sink, "reader@example.net") if "#1" in str(m["Subject"])]
    assert issue_mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    one_click = unsubscribe_url(issue_mail)
    assert one_click.startswith(f"{served}unsubscribe/")
    preferences = re.search(r"Change preferences: (\S+)", text_of(issue_mail))
    assert preferences and preferences.group(1).startswith(f"{served}preferences/")

    with httpx.Client(timeout=10) as browser:
        page = browser.get(preferences.group(1))
        assert page.status_code == 200 and "reader@example.net" in page.text
        saved = browser.post(preferences.group(1), data={
            "csrf": csrf_field(page.text), "timezone": "Asia/Tokyo", "genres": ["drama"],
            "pause_weeks": "0",
        })  # fmt: skip
        assert saved.status_code == 200 and "Preferences saved" in saved.text
    changed = db.subscriber(email="reader@example.net")
    assert changed == replace(reader, timezone="Asia/Tokyo", genres=("drama",))

    left = httpx.post(one_click, content=b"List-Unsubscribe=One-Click", timeout=10,
                      headers={"content-type": "application/x-www-form-urlencoded"})  # fmt: skip
    assert left.status_code == 200
    gone = db.subscriber(email="reader@example.net")
    assert gone is not None and gone.status == "unsubscribed"
    assert db.subscriber_events(gone.id or 0)[-1].via.startswith("web:one-click; ip=127.0.0.1")

    before = len(mails_to(sink, "reader@example.net"))
    send(db, web_settings, 2)
    assert len(mails_to(sink, "reader@example.net")) == before


def test_limits_hold_over_real_http(served: str, smtp: SmtpServer) -> None:
    with httpx.Client(base_url=served, timeout=10) as browser:
        form = browser.get("subscribe")
        for name in ("content-security-policy", "x-content-type-options", "x-frame-options",
                     "referrer-policy"):  # fmt: skip
            assert name in form.headers
        fields = {"email": "spam@example.net", "timezone": "UTC"}
        assert browser.post("subscribe", data=fields).status_code == 403
        fields["csrf"] = csrf_field(form.text)
        statuses = [browser.post("subscribe", data=fields).status_code for _ in range(4)]
        assert statuses == [200, 200, 200, 429]
        huge = browser.post("subscribe", data={**fields, "name": "x" * 100_000})
        assert huge.status_code == 413
    wait_for(lambda: len(mails_to(smtp.sink, "spam@example.net")) == 3, what="three mails")

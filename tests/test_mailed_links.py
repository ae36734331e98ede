"""Mailed links come from DIGEST_BASE_URL only: never a forged Host, no local file over SMTP."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from digest_fixtures import sample_issue
from mailsink import Sink, SmtpServer, free_port
from typer.testing import CliRunner
from web_fixtures import confirm_link, csrf_field, outbox_mails, text_of, wait_for

from pipeline.app import cli
from pipeline.core.config import Settings
from pipeline.core.models import Subscriber
from pipeline.store import Store

BASE = "https://digest.example.org/"
FORGED = "evil.example"


def subscribe_with_forged_host(base_url: str) -> httpx.Response:
    """Open the form and subscribe, every request claiming to be for the attacker's host."""
    headers = {"Host": FORGED}
    with httpx.Client(base_url=base_url, headers=headers, timeout=10) as client:
        form = client.get("/subscribe")
        data = {"csrf": csrf_field(form.text), "email": "aki@example.org", "name": "Aki",
                "timezone": "UTC"}  # fmt: skip
        # the CSRF cookie is marked Secure for an https base URL; hand it back over http
        cookie = {"Cookie": f"digest_csrf={form.cookies['digest_csrf']}"}
        client.cookies.clear()
        return client.post("/subscribe", data=data, headers=cookie)


@pytest.fixture
def port() -> int:
    return free_port()


def serve(home: Path, port: int, *extra: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline", "serve", "--port", str(port), *extra],
        env={**os.environ, "DIGEST_HOME": str(home), **env},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip


def answers(url: str) -> bool:
    try:
        return httpx.get(url, timeout=1).status_code == 200
    except httpx.TransportError:
        return False


@pytest.fixture
def served(tmp_path: Path, port: int) -> Iterator[Path]:
    """``anime-digest serve`` with a public base URL, behind which it listens on 127.0.0.1."""
    home = tmp_path / "home"
    process = serve(home, port, DIGEST_BASE_URL=BASE)
    try:
        wait_for(lambda: answers(f"http://127.0.0.1:{port}/subscribe") or process.poll(),
                 what="serve to listen", seconds=20)  # fmt: skip
        assert process.poll() is None, process.communicate()[0]
        yield home
    finally:
        process.terminate()
        process.communicate(timeout=10)


def test_a_forged_host_header_never_reaches_a_mailed_link(served: Path, port: int) -> None:
    answer = subscribe_with_forged_host(f"http://127.0.0.1:{port}")
    assert answer.status_code == 200, answer.text

    folder = served / "outbox" / "confirmations"
    [message] = wait_for(lambda: outbox_mails(folder), what="the confirmation mail")
    assert confirm_link(message).startswith(f"{BASE}confirm/")
    assert FORGED not in message.as_string()


def test_serve_refuses_to_start_without_a_web_base_url(tmp_path: Path, port: int) -> None:
    process = serve(tmp_path / "home", port)
    output, _ = process.communicate(timeout=60)
    assert process.returncode == 2
    assert "DIGEST_BASE_URL" in output and "--dev" in output


def test_serve_dev_listens_on_loopback_and_mails_links_to_it(tmp_path: Path, port: int) -> None:
    home = tmp_path / "home"
    process = serve(home, port, "--dev", "--host", "0.0.0.0")
    try:
        wait_for(lambda: answers(f"http://127.0.0.1:{port}/subscribe") or process.poll(),
                 what="serve --dev to listen", seconds=20)  # fmt: skip
        assert process.poll() is None, process.communicate()[0]
        subscribe_with_forged_host(f"http://127.0.0.1:{port}")
        [message] = wait_for(lambda: outbox_mails(home / "outbox" / "confirmations"),
                             what="the confirmation mail")  # fmt: skip
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=10)
    assert confirm_link(message).startswith(f"http://127.0.0.1:{port}/confirm/")
    assert FORGED not in message.as_string()
    assert "127.0.0.1 only" in output


@pytest.fixture
def list_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home with one issue and one subscriber, named by DIGEST_HOME."""
    home = tmp_path / "home"
    monkeypatch.setenv("DIGEST_HOME", str(home))
    store = Store.open(Settings.load().database_url)
    store.save_issue(sample_issue(number=1, subject="Anime Digest #1"))
    store.add_subscriber(Subscriber(email="aki@example.org"), now=sample_issue().created_at,
                         via="test")  # fmt: skip
    store.close()
    return home


def test_send_over_smtp_without_a_web_base_url_is_refused(
    list_home: Path, smtp: SmtpServer, sink: Sink, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIGEST_SMTP_URL", smtp.url)
    for command in (["send"], ["run", "--sources", str(list_home / "none.yaml")]):
        result = CliRunner().invoke(cli.app, command)
        assert result.exit_code == 2, result.output
        assert "DIGEST_BASE_URL" in result.output
    assert sink.count() == 0


def test_the_outbox_still_works_without_one_and_says_where_links_point(list_home: Path) -> None:
    result = CliRunner().invoke(cli.app, ["send"])
    assert result.exit_code == 0, result.output
    assert "warning" in result.output and "DIGEST_BASE_URL" in result.output
    assert len(list((list_home / "outbox" / "issue-1").glob("*.eml"))) == 1


def test_list_unsubscribe_carries_the_one_click_address_of_the_base_url(
    list_home: Path, smtp: SmtpServer, sink: Sink, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIGEST_SMTP_URL", smtp.url)
    monkeypatch.setenv("DIGEST_BASE_URL", BASE)
    result = CliRunner().invoke(cli.app, ["send"])
    assert result.exit_code == 0, result.output
    [message] = sink.messages()
    header = str(message["List-Unsubscribe"])
    assert f"<{BASE}unsubscribe/" in header
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert BASE in text_of(message) and "file://" not in message.as_string()

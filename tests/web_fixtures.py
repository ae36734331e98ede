"""Helpers for the web tests: a real uvicorn server in a thread, forms, captured mail."""

from __future__ import annotations

import email
import re
import threading
import time
from collections.abc import Callable
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from typing import Any

import uvicorn
from mailsink import free_port

CSRF_RE = re.compile(r'name="csrf" value="([^"]+)"')
CONFIRM_RE = re.compile(r"(\S+/confirm/[A-Za-z0-9_.\-]+)")


class UvicornThread:
    """``app`` served by uvicorn on 127.0.0.1 in a thread; ``stop`` ends it."""

    def __init__(self, app: Any, port: int | None = None) -> None:
        self.port = port or free_port()
        config = uvicorn.Config(
            app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="on"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> None:
        self.thread.start()
        wait_for(lambda: self.server.started, what="uvicorn to start")

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def wait_for(check: Callable[[], Any], *, what: str, seconds: float = 10.0) -> Any:
    """Poll ``check`` until it is truthy (bounded); fail naming ``what``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


def csrf_field(html: str) -> str:
    found = CSRF_RE.search(html)
    assert found, "the page has no CSRF field"
    return found.group(1)


def outbox_mails(folder: Path) -> list[EmailMessage]:
    """The messages in an outbox folder, oldest first."""
    files = sorted(folder.glob("*.eml"), key=lambda p: p.stat().st_mtime_ns)
    return [email.message_from_bytes(p.read_bytes(), policy=default) for p in files]  # type: ignore[misc]


def text_of(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())  # type: ignore[attr-defined]


def confirm_link(message: EmailMessage) -> str:
    found = CONFIRM_RE.search(text_of(message))
    assert found, "no confirmation link in the mail"
    return found.group(1)

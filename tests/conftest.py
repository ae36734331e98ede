"""Shared fixtures: settings and a store in a fresh temporary home, never the user's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from mailsink import Sink, SmtpServer

from pipeline.core.config import Settings
from pipeline.store import Store


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test sees the developer's DIGEST_* variables or .env file, nor the internet."""
    import os

    for name in list(os.environ):
        if name.startswith("DIGEST_"):
            monkeypatch.delenv(name)
    # the season catalogue would ask AniList on the internet; its tests turn it on
    monkeypatch.setenv("DIGEST_CATALOG", "off")
    monkeypatch.chdir(tmp_path)
    # Tests never reach the internet: any address but this machine's goes to a closed
    # local port and fails at once (article pages and images named by example feeds).
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.setenv(name, "127.0.0.1,localhost")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.load(home=tmp_path / "home")


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    handle = Store.open(settings.database_url)
    yield handle
    handle.close()


@pytest.fixture
def sink() -> Sink:
    """What the local SMTP server accepted (and how it should answer)."""
    return Sink()


@pytest.fixture
def smtp(sink: Sink) -> Iterator[SmtpServer]:
    """A real aiosmtpd server on 127.0.0.1, stopped after the test."""
    server = SmtpServer(sink)
    server.start()
    yield server
    server.stop()

"""Shared fixtures: settings and a store in a fresh temporary home, never the user's.

Modules marked ``pytestmark = pytest.mark.usefixtures("each_backend")`` run every test
twice: on SQLite, and on PostgreSQL when ``ANIME_DIGEST_TEST_POSTGRES`` names a
server's admin URL (``.ci/run`` starts one and sets it). Each PostgreSQL test gets a
database of its own, dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from digest_fixtures import email_settings
from fake_anilist import SPRING_2021, FakeAniList
from mailsink import Sink, SmtpServer
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from pipeline.core.config import Settings
from pipeline.render.compose import _clear_caches
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


POSTGRES_ADMIN_URL = os.environ.get("ANIME_DIGEST_TEST_POSTGRES")


@pytest.fixture(params=["sqlite", "postgresql"])
def each_backend(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, _isolated_env: None
) -> Iterator[str]:
    """Run the test on SQLite, then on a fresh PostgreSQL database (DIGEST_DATABASE_URL)."""
    if request.param == "sqlite":
        yield "sqlite"
        return
    if not POSTGRES_ADMIN_URL:
        pytest.skip("no PostgreSQL server: set ANIME_DIGEST_TEST_POSTGRES (.ci/run does)")
    name = f"digest_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(POSTGRES_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    monkeypatch.setenv("DIGEST_DATABASE_URL", url)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


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


@pytest.fixture
def anilist() -> Iterator[FakeAniList]:
    """A fake AniList on 127.0.0.1 serving the Spring 2021 season, stopped after the test."""
    server = FakeAniList(SPRING_2021).start()
    yield server
    server.stop()


@pytest.fixture
def cfg(tmp_path: Path) -> Settings:
    """Settings with the fixed public address the email tests render links with."""
    return email_settings(tmp_path)


@pytest.fixture
def fresh_render_caches() -> Iterator[None]:
    """Each test compiles its emails for itself (the render caches are per process)."""
    _clear_caches()
    yield
    _clear_caches()

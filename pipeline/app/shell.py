"""The shell's plumbing shared by every command: settings, the store, errors, signals.

A ``DigestError`` becomes a one-line message on stderr and an exit code (2 for bad
configuration or usage, 1 for work that could not be done); SIGTERM and Ctrl-C ask
the work in hand to finish what is in flight and stop.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import typer
from rich.console import Console

from pipeline.core.config import Settings, load_sources
from pipeline.core.errors import ConfigError, DigestError

if TYPE_CHECKING:
    from pipeline.store import Store

out = Console()
err = Console(stderr=True)

T = TypeVar("T")
DEFAULT_SOURCES = Path("sources.yaml")


def load_settings() -> Settings:
    """Settings from the environment; a bad value exits 2 with its name."""
    return guarded(Settings.load)


def guarded(action: Callable[[], T]) -> T:
    """Run ``action``; turn a DigestError into a clear message and an exit code."""
    try:
        return action()
    except ConfigError as exc:
        fail(str(exc), code=2)
    except DigestError as exc:
        fail(str(exc), code=1)


def fail(message: str, *, code: int) -> NoReturn:
    """Print ``message`` to stderr and exit with ``code``."""
    err.print(f"[bold red]error:[/] {message}", highlight=False, markup=True, soft_wrap=True)
    raise typer.Exit(code)


@contextmanager
def opened_store(settings: Settings) -> Iterator[Store]:
    store = open_store(settings)
    try:
        yield store
    finally:
        store.close()


@contextmanager
def stop_on_signals(
    stop: threading.Event,
    notice: str = "stopping after the messages in flight; run the command again to resume",
) -> Iterator[None]:
    """SIGTERM or Ctrl-C set ``stop``: the work in hand finishes and is recorded, then stops."""

    def ask(signum: int, _frame: object) -> None:
        if not stop.is_set():
            err.print(notice)
        stop.set()

    previous = {sig: signal.signal(sig, ask) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def open_store(settings: Settings) -> Store:
    """The database, opened (and created) on first use; a failure exits with its reason."""
    from pipeline.store import Store

    return guarded(lambda: Store.open(settings.database_url))


def issue_day_start(text: str, settings: Settings) -> datetime:
    """``--date`` as the start of that day in DIGEST_TIMEZONE, in UTC."""
    try:
        day = date.fromisoformat(text)
    except ValueError as exc:
        raise ConfigError(f"--date {text!r}: expected YYYY-MM-DD") from exc
    return datetime.combine(day, time(0), tzinfo=settings.zone).astimezone(UTC)


def outlet_names(sources: Path | None) -> dict[str, str]:
    """Feed id → outlet name from the sources file; ids stand in when there is none."""
    catalogue = {"anilist": "AniList"}
    if sources is None and not DEFAULT_SOURCES.is_file():
        return catalogue
    return catalogue | {s.id: s.name for s in load_sources(sources or DEFAULT_SOURCES)}


def check_zone(name: str) -> None:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        message = f"--timezone {name!r}: unknown time zone (e.g. Europe/Berlin)"
        raise ConfigError(message) from exc

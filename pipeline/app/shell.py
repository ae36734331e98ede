"""The shell's plumbing shared by every command: settings, the store, errors, signals.

A ``DigestError`` becomes a message on stderr (plain text, never rich markup) and an
exit code (``EXIT_CODES``); SIGTERM and Ctrl-C ask the work in hand to finish what is
in flight and stop.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import typer
from rich.console import Console
from rich.text import Text

from pipeline.core.config import Settings, load_sources
from pipeline.core.errors import ConfigError, DigestError

if TYPE_CHECKING:
    from pipeline.core.reports import SendReport
    from pipeline.store import Store

out = Console()
err = Console(stderr=True)

T = TypeVar("T")
DEFAULT_SOURCES = Path("sources.yaml")
SourcesOption = Annotated[
    Path,
    typer.Option("--sources", help="Feed list to read.", dir_okay=False),
]
FAILED, BAD_CONFIG, FEEDS_FAILED, UNSENT = 1, 2, 3, 4
EXIT_CODES = """Exit codes (for cron and systemd):

\b
  0  the work completed (single failing feeds are reported, not fatal)
  1  it could not be done (another run or send holds the lock, a step failed)
  2  bad configuration or usage: the message names the setting or option
  3  every feed failed (fetch, run)
  4  subscribers are left unsent: the send failed, was stopped, or some
     recipients were deferred (send, run); run it again to resume
"""


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
    """Print ``message`` (plain text: brackets stay as written) to stderr, exit with ``code``."""
    err.print(Text("error:", style="bold red"), Text(message), highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def warn(message: str) -> None:
    """Print a warning (plain text) to stderr."""
    err.print(Text("warning:", style="yellow"), Text(message), highlight=False, soft_wrap=True)


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


def run_day(text: str, settings: Settings) -> datetime:
    """``run --date``: that day at the DIGEST_SCHEDULE time in DIGEST_TIMEZONE, in UTC."""
    from pipeline.core.calendar import parse_schedule

    spec = parse_schedule(settings.schedule)
    local = issue_day_start(text, settings).astimezone(settings.zone)
    return local.replace(hour=spec.hour, minute=spec.minute).astimezone(UTC)


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


def check_genre_option(text: str | None) -> tuple[str, ...]:
    """``--genres a,b`` as known genre names; ConfigError names the option and the others."""
    from pipeline.core.errors import SubscriberError
    from pipeline.deliver import subscribers

    wanted = [g.strip() for g in (text or "").split(",") if g.strip()]
    try:
        return subscribers.check_genres(wanted)
    except SubscriberError as exc:
        raise ConfigError(f"--genres: {exc}") from exc


def check_addresses(option: str, addresses: list[str] | None) -> list[str] | None:
    """Each address of ``option`` (e.g. ``--to``) checked; ConfigError names the bad one."""
    from pipeline.core.errors import SubscriberError
    from pipeline.deliver import subscribers

    for address in addresses or ():
        try:
            subscribers.normalise_email(address)
        except SubscriberError as exc:
            raise ConfigError(f"{option} {address!r}: {exc}") from exc
    return addresses


def mail_links_ok(settings: Settings) -> None:
    """Refuse (exit 2) to mail over SMTP without web links; warn when only the outbox gets them."""
    from pipeline.deliver import check_mail_links

    warning = guarded(lambda: check_mail_links(settings))
    if warning is not None:
        warn(warning)


def print_version(wanted: bool) -> None:
    """``--version``: print the installed version and stop."""
    if wanted:
        from importlib.metadata import version

        typer.echo(f"anime-digest {version('anime-digest')}")
        raise typer.Exit()


def send_or_say_who_is_left(
    action: Callable[[], SendReport], store: Store, number: int
) -> SendReport:
    """The send's report; a transport that cannot work exits 4 saying how many are left."""
    from pipeline.app.exits import unsent_count
    from pipeline.core.clock import utcnow
    from pipeline.core.errors import DeliveryError, LockHeldError

    def attempt() -> SendReport:
        try:
            return action()
        except LockHeldError:
            raise
        except DeliveryError as exc:
            left = unsent_count(store, number, now=utcnow())
            message = f"{exc}; {left} subscribers not sent (run send again to resume)"
            fail(message, code=UNSENT if left else FAILED)

    return guarded(attempt)

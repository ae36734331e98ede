"""Mail transports behind one interface: an outbox folder of .eml files, or SMTP.

``deliver`` hands a transport one finished message at a time (``Envelope``) on one
of its ``slots`` and gets an ``Outcome`` back: the server's answer as a value, never
an exception, so one refused recipient never stops the others. Only a transport
that cannot work at all (server unreachable, login refused, disk full) raises
``DeliveryError``.

Outcome kinds and what the ledger makes of them:

    sent        the server accepted the message (250 after DATA) / the file is written
    permanent   refused for good (5xx): the delivery fails, the subscriber's bounce count grows
    temporary   not accepted, try later (4xx, connection lost before DATA): back to pending
    uncertain   the connection broke after the message was handed over: maybe delivered
"""

from __future__ import annotations

import asyncio
import os
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol
from urllib.parse import unquote, urlparse

import aiosmtplib

from pipeline.core.config import Settings
from pipeline.core.errors import DeliveryError

OutcomeKind = Literal["sent", "permanent", "temporary", "uncertain"]
_SAFE_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,80}$")


@dataclass(frozen=True, slots=True)
class Envelope:
    """One finished message and where it goes."""

    sender: str  # envelope sender (MAIL FROM)
    recipient: str  # envelope recipient (RCPT TO)
    data: bytes  # the whole message, CRLF line ends, as it goes on the wire
    name: str  # file-safe name chosen by deliver ("sub-42"), never from feed text


@dataclass(frozen=True, slots=True)
class Outcome:
    """The transport's answer for one message."""

    kind: OutcomeKind  # see the module docstring
    detail: str | None = None  # the server's reply or the error, for the ledger


SENT = Outcome("sent")
Handing = Callable[[], Awaitable[None]]


class Transport(Protocol):
    """What deliver needs from a way of sending mail."""

    slots: int  # messages that may be in flight at once
    claim_size: int  # how many deliveries to claim per ledger write

    async def open(self) -> None:
        """Get ready (connect, create folders); DeliveryError if that is impossible."""

    async def send(self, slot: int, envelope: Envelope, handing: Handing | None = None) -> Outcome:
        """Hand over one message on ``slot`` (0 <= slot < slots).

        ``handing`` is awaited just before the message itself goes out (before SMTP
        ``DATA``, before the file is written), so the caller can record the hand-over.
        """

    async def close(self) -> None:
        """Release connections."""


def open_transport(settings: Settings, issue_number: int) -> Transport:
    """SMTP when DIGEST_SMTP_URL is set, else the outbox folder of this issue."""
    if settings.smtp_url:
        return SmtpTransport.from_settings(settings)
    return OutboxTransport(settings.outbox_dir / f"issue-{issue_number}")


# ── outbox ────────────────────────────────────────────────────────────────────


class OutboxTransport:
    """Writes each message as ``<folder>/<name>.eml``, atomically (temp file, then rename)."""

    slots = 1
    claim_size = 200

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    async def open(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DeliveryError(f"cannot create outbox folder {self.folder}: {exc}") from exc

    async def send(self, slot: int, envelope: Envelope, handing: Handing | None = None) -> Outcome:
        if not _SAFE_NAME.match(envelope.name):
            raise DeliveryError(f"refusing unsafe outbox file name {envelope.name!r}")
        if handing is not None:
            await handing()
        final = self.folder / f"{envelope.name}.eml"
        partial = self.folder / f".{envelope.name}.{os.getpid()}.tmp"
        try:
            partial.write_bytes(envelope.data)
            os.replace(partial, final)
        except OSError as exc:
            raise DeliveryError(f"cannot write {final}: {exc}") from exc
        return SENT

    async def close(self) -> None:
        return None


# ── SMTP ──────────────────────────────────────────────────────────────────────


@dataclass(frozen=True, slots=True)
class SmtpConfig:
    """Where and how to connect, parsed from DIGEST_SMTP_URL."""

    host: str  # server name or address
    port: int | None  # None: 465 for smtps, 25 for smtp
    implicit_tls: bool  # smtps://: TLS from the first byte; smtp://: STARTTLS when offered
    username: str | None  # AUTH user from the URL
    password: str | None  # AUTH password: DIGEST_SMTP_PASSWORD, else the URL's
    timeout: float  # seconds for connecting and for each reply

    @property
    def label(self) -> str:
        """host:port for messages (never the password)."""
        return f"{self.host}:{self.port or (465 if self.implicit_tls else 25)}"


def parse_smtp_url(url: str, *, password: str | None, timeout: float) -> SmtpConfig:
    """Split ``smtp[s]://user:pass@host:port`` into an SmtpConfig."""
    parsed = urlparse(url)
    if parsed.scheme not in {"smtp", "smtps"} or not parsed.hostname:
        raise DeliveryError("DIGEST_SMTP_URL must be smtp://host[:port] or smtps://host[:port]")
    try:
        port = parsed.port
    except ValueError as exc:
        raise DeliveryError(f"DIGEST_SMTP_URL has an invalid port: {exc}") from exc
    return SmtpConfig(
        host=parsed.hostname,
        port=port,
        implicit_tls=parsed.scheme == "smtps",
        username=unquote(parsed.username) if parsed.username else None,
        password=password or (unquote(parsed.password) if parsed.password else None),
        timeout=timeout,
    )


class _Pace:
    """Spaces hand-offs so no more than ``rate`` messages per second leave (0: no limit)."""

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self.next_at = 0.0

    async def wait(self) -> None:
        if not self.interval:
            return
        now = asyncio.get_running_loop().time()
        slot = max(now, self.next_at)
        self.next_at = slot + self.interval
        await asyncio.sleep(slot - now)


class SmtpTransport:
    """A pool of SMTP connections, each reused for many messages, with retries and a pace."""

    claim_size: int

    def __init__(
        self, config: SmtpConfig, *, connections: int, rate: float, retries: int = 4,
        backoff: float = 0.5,
    ) -> None:  # fmt: skip
        self.config = config
        self.slots = connections
        self.claim_size = 8 * connections
        self.retries = retries
        self.backoff = backoff
        self._pace = _Pace(rate)
        self._clients = [self._client() for _ in range(connections)]

    @classmethod
    def from_settings(cls, settings: Settings, *, connections: int | None = None) -> SmtpTransport:
        """The configured server, rate and pool (``connections`` overrides the pool size)."""
        config = parse_smtp_url(
            settings.smtp_url or "",
            password=settings.smtp_password,
            timeout=settings.read_timeout,
        )
        pool = connections or settings.smtp_connections
        return cls(config, connections=pool, rate=settings.smtp_rate)

    def _client(self) -> aiosmtplib.SMTP:
        cfg = self.config
        return aiosmtplib.SMTP(
            hostname=cfg.host,
            port=cfg.port,
            username=cfg.username,
            password=cfg.password,
            use_tls=cfg.implicit_tls,
            start_tls=None if not cfg.implicit_tls else False,
            timeout=cfg.timeout,
        )

    async def open(self) -> None:
        await asyncio.gather(*(self._connect(client) for client in self._clients))

    async def _connect(self, client: aiosmtplib.SMTP) -> None:
        try:
            await client.connect()
        except aiosmtplib.SMTPAuthenticationError as exc:
            raise DeliveryError(
                f"SMTP server {self.config.label} refused the login: {exc.code} {exc.message}"
            ) from exc
        except (aiosmtplib.SMTPException, OSError) as exc:
            raise DeliveryError(f"cannot reach SMTP server {self.config.label}: {exc}") from exc

    async def send(self, slot: int, envelope: Envelope, handing: Handing | None = None) -> Outcome:
        outcome = Outcome("temporary", "not tried")
        for attempt in range(self.retries):
            if attempt:
                await asyncio.sleep(self.backoff * 2 ** (attempt - 1))
            if not self._clients[slot].is_connected:
                try:
                    await self._reconnect(slot)
                except DeliveryError as exc:
                    if attempt == self.retries - 1:
                        raise
                    outcome = Outcome("temporary", str(exc))
                    continue
            await self._pace.wait()
            outcome = await self._attempt(self._clients[slot], envelope, handing)
            if outcome.kind != "temporary":
                return outcome
        return outcome

    async def _reconnect(self, slot: int) -> None:
        self._clients[slot].close()
        self._clients[slot] = self._client()
        await self._connect(self._clients[slot])

    async def _attempt(
        self, client: aiosmtplib.SMTP, envelope: Envelope, handing: Handing | None
    ) -> Outcome:
        try:
            await client.mail(envelope.sender)
            await client.rcpt(envelope.recipient)
        except aiosmtplib.SMTPSenderRefused as exc:
            if exc.code >= 500:
                raise DeliveryError(
                    f"SMTP server {self.config.label} refused the sender {envelope.sender}: "
                    f"{exc.code} {exc.message}"
                ) from exc
            return await self._refused(client, exc)
        except aiosmtplib.SMTPResponseException as exc:
            return await self._refused(client, exc)
        except (aiosmtplib.SMTPException, OSError) as exc:
            client.close()
            return Outcome("temporary", f"connection lost before the message: {exc}")
        if handing is not None:
            await handing()
        return await self._data(client, envelope)

    async def _data(self, client: aiosmtplib.SMTP, envelope: Envelope) -> Outcome:
        try:
            await client.data(envelope.data)
        except aiosmtplib.SMTPResponseException as exc:
            return await self._refused(client, exc)
        except (aiosmtplib.SMTPException, OSError) as exc:
            client.close()
            return Outcome("uncertain", f"connection lost after handing over the message: {exc}")
        return SENT

    async def _refused(
        self, client: aiosmtplib.SMTP, exc: aiosmtplib.SMTPResponseException
    ) -> Outcome:
        try:
            await client.rset()
        except (aiosmtplib.SMTPException, OSError):
            client.close()
        kind: OutcomeKind = "permanent" if exc.code >= 500 else "temporary"
        return Outcome(kind, f"{exc.code} {exc.message}")

    async def close(self) -> None:
        for client in self._clients:
            if client.is_connected:
                try:
                    await client.quit()
                except (aiosmtplib.SMTPException, OSError):
                    client.close()

"""A real SMTP server on 127.0.0.1 (aiosmtpd) that records what it accepts.

It can answer 451 to a recipient's first attempt, 550 to chosen recipients, and
sleep before accepting DATA so that tests can stop a sender mid-run.
"""

from __future__ import annotations

import asyncio
import email
import socket
import threading
from collections import Counter
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import default
from typing import Any

from aiosmtpd.controller import Controller


@dataclass
class Sink:
    """The handler: decides answers and keeps accepted messages."""

    reject: set[str] = field(default_factory=set)  # 550 on RCPT
    defer_first: set[str] = field(default_factory=set)  # 451 on the first RCPT only
    defer: set[str] = field(default_factory=set)  # 451 on every RCPT
    delay: float = 0.0  # seconds slept before accepting DATA
    received: list[tuple[str, bytes]] = field(default_factory=list)
    deferred: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address in self.reject:
            return "550 5.1.1 mailbox unavailable"
        if address in self.defer:
            return "451 4.3.0 try again later"
        if address in self.defer_first and address not in self.deferred:
            self.deferred.add(address)
            return "451 4.3.0 try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.delay:
            await asyncio.sleep(self.delay)
        with self.lock:
            for rcpt in envelope.rcpt_tos:
                self.received.append((rcpt, bytes(envelope.content)))
        return "250 OK queued"

    def count(self) -> int:
        with self.lock:
            return len(self.received)

    def per_recipient(self) -> Counter[str]:
        with self.lock:
            return Counter(rcpt for rcpt, _ in self.received)

    def messages(self) -> list[EmailMessage]:
        with self.lock:
            data = [raw for _, raw in self.received]
        return [email.message_from_bytes(raw, policy=default) for raw in data]  # type: ignore[misc]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class SmtpServer:
    """An aiosmtpd controller bound to a free local port."""

    def __init__(self, sink: Sink, **options: Any) -> None:
        self.sink = sink
        self.options = options  # extra Controller arguments (authenticator, ...)
        self.port = free_port()
        self.controller: Controller | None = None

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.controller = Controller(
            self.sink, hostname="127.0.0.1", port=self.port, **self.options
        )
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

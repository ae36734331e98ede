"""Deliver: send an issue exactly once to each active subscriber, and keep the list.

``send_issue`` runs the ledger (``send``); ``message`` builds each message and its
headers; ``transport`` hands it to SMTP or the outbox folder; ``subscribers`` imports,
checks and changes subscribers and signs their links.
"""

from __future__ import annotations

from pipeline.deliver import subscribers
from pipeline.deliver.message import check_mail_links, dkim_sign, links_for
from pipeline.deliver.send import send_issue
from pipeline.deliver.transport import (
    Envelope,
    OutboxTransport,
    SmtpTransport,
    Transport,
    open_transport,
    parse_smtp_url,
)

__all__ = [
    "Envelope",
    "OutboxTransport",
    "SmtpTransport",
    "Transport",
    "check_mail_links",
    "dkim_sign",
    "links_for",
    "open_transport",
    "parse_smtp_url",
    "send_issue",
    "subscribers",
]

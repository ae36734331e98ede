"""The confirmation mail: one multipart message through the configured transport.

It goes the way issues go, DKIM-signed the same way (``deliver.dkim_sign``): with
DIGEST_SMTP_URL through the same SMTP transport (one connection opened for it),
otherwise the outbox transport writes it under ``$DIGEST_HOME/outbox/confirmations/``.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr, make_msgid, parseaddr

from pipeline.core.config import Settings
from pipeline.core.errors import DeliveryError
from pipeline.core.text import one_line
from pipeline.deliver import (
    Envelope,
    OutboxTransport,
    SmtpTransport,
    Transport,
    dkim_sign,
)
from pipeline.render import template_env

TransportFactory = Callable[[Settings], Transport]


def default_transport(settings: Settings) -> Transport:
    """SMTP (one connection) when DIGEST_SMTP_URL is set, else the confirmations outbox."""
    if settings.smtp_url:
        return SmtpTransport.from_settings(settings, connections=1)
    return OutboxTransport(settings.outbox_dir / "confirmations")


def confirmation_message(
    settings: Settings, *, email: str, name: str, link: str, now: datetime
) -> Envelope:
    """The "confirm your subscription" mail: plain text and HTML alternatives."""
    display, sender = parseaddr(settings.from_addr)
    domain = sender.rpartition("@")[2] or "localhost"
    env = template_env("web")
    context = {"name": name, "link": link, "days": settings.confirm_days}
    msg = EmailMessage(policy=SMTP)
    msg["From"] = formataddr((one_line(display, 80, ellipsis=False), sender))
    msg["To"] = formataddr((one_line(name, 100, ellipsis=False), email))
    msg["Subject"] = "Confirm your Anime Digest subscription"
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = make_msgid(idstring="confirm", domain=domain)
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(env.get_template("confirm_mail.txt.j2").render(context))
    msg.add_alternative(env.get_template("confirm_mail.html.j2").render(context), subtype="html")
    name_part = f"confirm-{secrets.token_hex(8)}"
    return Envelope(sender, email, dkim_sign(settings, msg.as_bytes()), name_part)


async def send_one(transport: Transport, envelope: Envelope) -> None:
    """Hand one message over; DeliveryError unless the transport accepted it."""
    await transport.open()
    try:
        outcome = await transport.send(0, envelope)
    finally:
        await transport.close()
    if outcome.kind != "sent":
        raise DeliveryError(f"confirmation mail not accepted: {outcome.detail}")

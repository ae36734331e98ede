"""The message itself: headers, the MIME skeleton, list headers and DKIM signing.

``Mailer`` turns a rendered issue and one subscriber into the bytes handed to the
transport. Every header value that came from a feed or a subscriber is reduced to
one line first, so no text can add a header; names and subjects outside ASCII are
folded as RFC 2047 encoded words. A weekly copy carries ``List-Unsubscribe`` (with
one-click ``List-Unsubscribe-Post``) and a ``Message-ID`` derived from the issue and
the subscriber, so a resent copy is recognised as the same message.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import uuid
from email._policybase import Compat32
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, make_msgid, parseaddr
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

import dkim

from pipeline.core.clock import utcnow
from pipeline.core.config import Settings
from pipeline.core.errors import ConfigError, DeliveryError
from pipeline.core.models import Links, Rendered, Subscriber
from pipeline.core.text import one_line
from pipeline.deliver.subscribers import make_token
from pipeline.deliver.transport import Envelope

MAX_SUBJECT = 250
_URL_SAFE = ":/?#[]@!$&'()*+,;=%-._~"


def links_for(settings: Settings, issue_number: int, subscriber: Subscriber) -> Links:
    """The unsubscribe, preferences and "view in browser" addresses of one message."""
    token = make_token(settings.secret, subscriber.id or 0)
    base = settings.base_url
    return Links(
        unsubscribe_url=f"{base}unsubscribe/{token}",
        preferences_url=f"{base}preferences/{token}",
        view_url=f"{base}issues/{issue_number}.html",
    )


def check_mail_links(settings: Settings) -> str | None:
    """Whether mailed links can reach anyone: None when DIGEST_BASE_URL is http(s).

    Over SMTP the mail goes to real people, so links into this machine's files are
    refused (ConfigError naming the setting); the outbox only gets a warning back.
    """
    if settings.base_url.startswith(("https://", "http://")):
        return None
    problem = (
        "DIGEST_BASE_URL is not a web address, so the unsubscribe, preferences and "
        f"'view in browser' links would point at {settings.base_url}"
    )
    if settings.smtp_url:
        raise ConfigError(
            f"{problem}; set DIGEST_BASE_URL to the public https address of the archive "
            "and of 'anime-digest serve' before sending over DIGEST_SMTP_URL"
        )
    return f"{problem} (fine for the outbox; set it before sending for real)"


class _Utf8Text(str):
    """Text to fold as UTF-8 encoded words (RFC 2047)."""


_BASE_POLICY = Compat32(linesep="\r\n")
_UTF8 = Charset("utf-8")
_UTF8.header_encoding = QP
_UTF8.body_encoding = BASE64


def _fold(name: str, value: str) -> str:
    """One header line (folded, CRLF-terminated) as the email library writes it."""
    header = Header(value, _UTF8, header_name=name) if isinstance(value, _Utf8Text) else value
    return str(Compat32._fold(_BASE_POLICY, name, header, False))  # type: ignore[attr-defined]


_fold_once = lru_cache(maxsize=4096)(_fold)


def _header_value(value: str) -> str:
    """ASCII text as is; anything else to be written as UTF-8 encoded words (RFC 2047)."""
    return value if value.isascii() else _Utf8Text(value)


def _base64_lines(text: str) -> bytes:
    """A body part's UTF-8 text in base64, 76 characters a line, CRLF line ends."""
    return base64.encodebytes(text.encode("utf-8")).replace(b"\n", b"\r\n")


def _skeleton(boundary: str) -> tuple[str, tuple[bytes, bytes], bytes]:
    """The fixed parts of every message, written once by the email library.

    Returns the multipart's own headers, the delimiter and headers of each part
    (text, then HTML), and the closing delimiter. Only the per-recipient headers and
    the two base64 bodies are written per message; building a whole MIME tree per
    message cost more than everything else deliver does per recipient.
    """
    outer = MIMEMultipart("alternative", boundary=boundary, policy=_BASE_POLICY)
    top = outer.as_bytes(policy=_BASE_POLICY).split(b"\r\n\r\n", 1)[0] + b"\r\n"
    heads = []
    for lead, subtype in ((b"", "plain"), (b"\r\n", "html")):
        part = MIMEText("", subtype, _UTF8, policy=_BASE_POLICY)  # type: ignore[arg-type]
        own = part.as_bytes(policy=_BASE_POLICY).split(b"\r\n\r\n", 1)[0]
        heads.append(lead + f"--{boundary}\r\n".encode() + own + b"\r\n\r\n")
    return top.decode("ascii"), (heads[0], heads[1]), f"\r\n--{boundary}--\r\n".encode()


def _read_key(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"DIGEST_DKIM_KEY: cannot read {path}: {exc.strerror}") from exc


class Mailer:
    """Turns a rendered issue into the bytes of one message for one recipient."""

    def __init__(self, settings: Settings, issue_number: int) -> None:
        self.settings = settings
        self.issue_number = issue_number
        display, self.from_addr = parseaddr(settings.from_addr)
        self.domain = self.from_addr.rpartition("@")[2] or "localhost"
        list_name = one_line(display or "Anime Digest", 80, ellipsis=False)
        self.from_header = formataddr(
            (one_line(display, 80, ellipsis=False), self.from_addr), _UTF8
        )
        label = list_name if list_name.isascii() else Header(list_name, _UTF8).encode()
        self.list_id = f"{label} <anime-digest.{self.domain}>"
        # "=_" never occurs in base64 text, so no body part can contain the boundary
        self.boundary = f"=_anime-digest_{secrets.token_hex(12)}"
        self.dkim_key = _read_key(settings.dkim_key) if settings.dkim_key else None
        self.top, self.part_heads, self.closing = _skeleton(self.boundary)
        self.list_id_line = _fold_once("List-Id", self.list_id)

    def message_id(self, subscriber_id: int) -> str:
        """Stable per (issue, subscriber); unguessable without the secret."""
        digest = hmac.new(
            self.settings.secret.encode(),
            f"{self.issue_number}:{subscriber_id}".encode(),
            hashlib.sha256,
        ).hexdigest()[:16]
        return f"<issue-{self.issue_number}.sub-{subscriber_id}.{digest}@{self.domain}>"

    def build(self, sub: Subscriber, rendered: Rendered, *, list_copy: bool) -> Envelope:
        message_id = (
            self.message_id(sub.id) if list_copy and sub.id else make_msgid(domain=self.domain)
        )
        to = formataddr((one_line(sub.name, 100, ellipsis=False), sub.email), charset=_UTF8)
        head = [
            self.top,
            _fold_once("From", self.from_header),
            _fold("To", to),
            _fold_once(
                "Subject", _header_value(one_line(rendered.subject, MAX_SUBJECT, ellipsis=False))
            ),
            f"Date: {format_datetime(utcnow())}\r\n",
            f"Message-ID: {message_id}\r\n",
            self.list_id_line,
        ]
        data = b"".join((
            "".join(head).encode("ascii"), b"\r\n",
            self.part_heads[0], _base64_lines(rendered.text),
            self.part_heads[1], _base64_lines(rendered.html), self.closing,
        ))  # fmt: skip
        if list_copy and sub.id is not None:
            data = self._unsubscribe_headers(sub.id) + data
        name = f"sub-{sub.id}" if list_copy else f"test-{uuid.uuid4().hex[:12]}"
        return Envelope(self.from_addr, sub.email, self._sign(data), name)

    def _unsubscribe_headers(self, subscriber_id: int) -> bytes:
        """RFC 2369 / RFC 8058 headers, folded by hand between the addresses.

        The email library would turn a long URL into an encoded word, which mail
        clients do not decode in this header; every part here is plain ASCII made by
        us (a signed token and the configured base URL, percent-encoded).
        """
        token = make_token(self.settings.secret, subscriber_id)
        targets = [f"<mailto:{quote(self.from_addr, safe='@')}?subject=unsubscribe>"]
        lines = []
        if self.settings.base_url.startswith(("https://", "http://")):
            url = quote(f"{self.settings.base_url}unsubscribe/{token}", safe=_URL_SAFE)
            targets.append(f"<{url}>")
            lines.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n")
        lines.insert(0, "List-Unsubscribe: " + ",\r\n ".join(targets) + "\r\n")
        return "".join(lines).encode("ascii")

    def _sign(self, data: bytes) -> bytes:
        return dkim_sign(self.settings, data, key=self.dkim_key)


_SIGNED_HEADERS = [b"from", b"to", b"subject", b"date", b"message-id", b"list-id",
                   b"list-unsubscribe", b"list-unsubscribe-post"]  # fmt: skip


def dkim_sign(settings: Settings, data: bytes, *, key: bytes | None = None) -> bytes:
    """``data`` with a DKIM-Signature in front when DIGEST_DKIM_KEY is set, else as is.

    Every message the list sends (issues, confirmations) is signed here, with the same
    key, selector and domain.
    """
    if key is None:
        if not settings.dkim_key:
            return data
        key = _read_key(settings.dkim_key)
    _, from_addr = parseaddr(settings.from_addr)
    domain = settings.dkim_domain or from_addr.rpartition("@")[2] or "localhost"
    try:
        signature = dkim.sign(
            data, settings.dkim_selector.encode(), domain.encode(), key,
            include_headers=_SIGNED_HEADERS,
        )  # fmt: skip
    except dkim.DKIMException as exc:
        raise DeliveryError(f"DKIM signing failed (check DIGEST_DKIM_KEY): {exc}") from exc
    return bytes(signature) + data

"""Signed, expiring confirmation tokens and the double-submit CSRF token.

Each purpose has its own salt, so a token made for one can never pass as another.
Signatures are checked by itsdangerous in constant time; the CSRF cookie is compared
with ``hmac.compare_digest``. The signer reads the app's clock, so tests can move time.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from itsdangerous import BadSignature, SignatureExpired, TimestampSigner, URLSafeTimedSerializer

from pipeline.core.errors import SubscriberError

Clock = Callable[[], datetime]
CONFIRM_SALT = "anime-digest.confirm"
CSRF_SALT = "anime-digest.csrf"
CSRF_MAX_AGE = timedelta(hours=12)


class _ClockSigner(TimestampSigner):
    """A timestamp signer whose "now" is the application's clock."""

    def __init__(self, *args: Any, clock: Clock, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.clock = clock

    def get_timestamp(self) -> int:
        return int(self.clock().timestamp())


def _serializer(secret: str, salt: str, clock: Clock) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(
        secret, salt=salt, signer=_ClockSigner, signer_kwargs={"clock": clock}
    )


@dataclass(frozen=True, slots=True)
class Confirmation:
    """What a confirmation link carries: who, which request, and the wished preferences."""

    subscriber_id: int  # Subscriber.id
    event_id: int  # the "confirmation_sent" event; a later confirm or unsubscribe spends it
    name: str  # name given on the form
    timezone: str  # zone chosen on the form
    genres: tuple[str, ...]  # genres ticked on the form


def make_confirm_token(secret: str, item: Confirmation, *, clock: Clock) -> str:
    """A URL-safe token for ``item``, dated by ``clock``."""
    payload = [item.subscriber_id, item.event_id, item.name, item.timezone, list(item.genres)]
    return str(_serializer(secret, CONFIRM_SALT, clock).dumps(payload))


def read_confirm_token(
    secret: str, token: str, *, clock: Clock, max_age: timedelta
) -> Confirmation:
    """The confirmation a token carries; SubscriberError if forged, malformed or expired."""
    serializer = _serializer(secret, CONFIRM_SALT, clock)
    try:
        payload = serializer.loads(token, max_age=int(max_age.total_seconds()))
    except SignatureExpired as exc:
        raise SubscriberError("this confirmation link has expired") from exc
    except BadSignature as exc:
        raise SubscriberError("this confirmation link is not valid") from exc
    try:
        sub_id, event_id, name, zone, genres = payload
        return Confirmation(int(sub_id), int(event_id), str(name), str(zone), tuple(genres))
    except (TypeError, ValueError) as exc:
        raise SubscriberError("this confirmation link is not valid") from exc


def new_csrf_secret() -> str:
    """The random value kept in the visitor's CSRF cookie."""
    return secrets.token_urlsafe(24)


def make_csrf_token(secret: str, cookie: str, *, clock: Clock) -> str:
    """The form field matching ``cookie``: signed, so a third site cannot make one."""
    return str(_serializer(secret, CSRF_SALT, clock).dumps(cookie))


def csrf_ok(secret: str, cookie: str | None, field: str | None, *, clock: Clock) -> bool:
    """Whether a form's CSRF field is ours, recent, and matches the visitor's cookie."""
    if not cookie or not field:
        return False
    serializer = _serializer(secret, CSRF_SALT, clock)
    try:
        value = serializer.loads(field, max_age=int(CSRF_MAX_AGE.total_seconds()))
    except BadSignature:
        return False
    return isinstance(value, str) and hmac.compare_digest(value.encode(), cookie.encode())

"""What each page does to the subscriber list: plain functions over the store.

Every change goes through the store's subscriber methods, so each one lands in
``subscriber_events`` with ``via`` naming the page (``web:subscribe``,
``web:confirm``, ``web:one-click``, ``web:unsubscribe-page``, ``web:preferences``) and
the client address and token kind beside it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy.exc import IntegrityError

from pipeline.core.config import Settings
from pipeline.core.errors import SubscriberError
from pipeline.core.models import Subscriber
from pipeline.core.text import one_line
from pipeline.deliver import subscribers
from pipeline.store import Store
from pipeline.web._tokens import Clock, Confirmation, make_confirm_token, read_confirm_token

SPENDING = frozenset({"confirmed", "unsubscribed"})  # events that use up earlier links
MAX_PAUSE_WEEKS = 52


@dataclass(frozen=True, slots=True)
class SubscribeForm:
    """A validated subscribe form."""

    email: str  # normalised address
    name: str  # one line, at most 200 characters
    timezone: str  # a known IANA zone
    genres: tuple[str, ...]  # known genre names, sorted


def parse_subscribe_form(
    email: str, name: str, timezone: str, genres: Iterable[str]
) -> SubscribeForm:
    """Check each field; SubscriberError names the first one that is wrong."""
    return SubscribeForm(
        email=subscribers.normalise_email(email.strip()),
        name=one_line(name, 200, ellipsis=False),
        timezone=subscribers.check_zone(timezone),
        genres=subscribers.check_genres(genres),
    )


def request_subscription(
    store: Store, settings: Settings, form: SubscribeForm, *, ip: str, clock: Clock
) -> str:
    """Record the request (a new address is stored as pending) and return its confirm token.

    An existing subscriber is not changed here, whatever their status: the wished
    preferences travel in the token and apply only when the link is followed.
    """
    now = clock()
    sub = store.subscriber(email=form.email)
    if sub is None:
        wanted = Subscriber(
            email=form.email, name=form.name, timezone=form.timezone, genres=form.genres,
            status="pending",
        )  # fmt: skip
        try:
            sub = store.add_subscriber(wanted, now=now, via=f"web:subscribe; ip={ip}")
        except IntegrityError:  # the same address subscribed at the same moment
            sub = store.subscriber(email=form.email)
            if sub is None:
                raise
    event_id = store.log_subscriber_event(
        sub.id or 0, now=now, action="confirmation_sent", via="web:subscribe",
        detail=f"ip={ip}; token=confirm",
    )  # fmt: skip
    item = Confirmation(sub.id or 0, event_id, form.name, form.timezone, form.genres)
    return make_confirm_token(settings.secret, item, clock=clock)


def check_confirmation(
    store: Store, settings: Settings, token: str, *, clock: Clock
) -> tuple[Confirmation, Subscriber]:
    """What a confirmation token would activate, changing nothing; SubscriberError if unusable."""
    max_age = timedelta(days=settings.confirm_days)
    item = read_confirm_token(settings.secret, token, clock=clock, max_age=max_age)
    sub = store.subscriber(id=item.subscriber_id)
    if sub is None:
        raise SubscriberError("this confirmation link is not valid")
    later = store.subscriber_events(item.subscriber_id, after=item.event_id)
    if any(event.action in SPENDING for event in later):
        raise SubscriberError("this confirmation link has already been used")
    return item, sub


def confirm(store: Store, settings: Settings, token: str, *, ip: str, clock: Clock) -> Subscriber:
    """Activate whoever a confirmation token names, once; SubscriberError otherwise."""
    item, sub = check_confirmation(store, settings, token, clock=clock)
    active = replace(
        sub, name=item.name, timezone=item.timezone, genres=item.genres, status="active"
    )
    store.change_subscriber(
        active, now=clock(), action="confirmed", via="web:confirm",
        detail=f"was {sub.status}; ip={ip}; token=confirm #{item.event_id}",
    )  # fmt: skip
    return active


def subscriber_for(store: Store, settings: Settings, token: str) -> Subscriber:
    """The subscriber an unsubscribe/preferences token names; SubscriberError if none."""
    sub = store.subscriber(id=subscribers.read_token(settings.secret, token))
    if sub is None:
        raise SubscriberError("this link names no known subscriber")
    return sub


def unsubscribe(
    store: Store, settings: Settings, token: str, *, how: str, ip: str, now: datetime
) -> Subscriber:
    """Unsubscribe at once; ``how`` is the page or header that asked (for the record)."""
    via = f"web:{how}; ip={ip}; token=unsubscribe"
    return subscribers.unsubscribe(store, settings.secret, token, now=now, via=via)


@dataclass(frozen=True, slots=True)
class PreferencesForm:
    """A validated preferences form."""

    timezone: str  # a known IANA zone
    genres: tuple[str, ...]  # known genre names; empty means every show
    pause_weeks: int | None  # None keeps the pause as it is; 0 resumes mail; 1-52 pauses


def parse_preferences_form(
    timezone: str, genres: Iterable[str], pause_weeks: str
) -> PreferencesForm:
    """Check each field; SubscriberError names the one that is wrong.

    An empty pause field keeps whatever pause there is: changing only the time zone
    must not end a pause.
    """
    text = pause_weeks.strip()
    if text and (not text.isdigit() or int(text) > MAX_PAUSE_WEEKS):
        raise SubscriberError(f"pause: a whole number of weeks from 0 to {MAX_PAUSE_WEEKS}")
    return PreferencesForm(
        subscribers.check_zone(timezone),
        subscribers.check_genres(genres),
        int(text) if text else None,
    )


def save_preferences(
    store: Store, sub: Subscriber, form: PreferencesForm, *, ip: str, now: datetime
) -> Subscriber:
    """Store the new zone, genres and pause, recording each change."""
    detail = f"ip={ip}; token=preferences"
    changed = replace(sub, timezone=form.timezone, genres=form.genres)
    if changed != sub:
        store.change_subscriber(
            changed, now=now, action="preferences", via="web:preferences",
            detail=f"{_difference(sub, changed)}; {detail}",
        )  # fmt: skip
    paused = store.paused_until(sub.id or 0)
    if form.pause_weeks:
        until = now + timedelta(weeks=form.pause_weeks)
        store.set_paused(sub.id or 0, until, now=now, via="web:preferences",
                         detail=f"{form.pause_weeks} weeks; {detail}")  # fmt: skip
    elif form.pause_weeks == 0 and paused is not None and paused > now:
        store.set_paused(sub.id or 0, None, now=now, via="web:preferences", detail=detail)
    return changed


def _difference(before: Subscriber, after: Subscriber) -> str:
    parts = []
    if before.timezone != after.timezone:
        parts.append(f"timezone {before.timezone} -> {after.timezone}")
    if before.genres != after.genres:
        parts.append(f"genres {';'.join(before.genres)} -> {';'.join(after.genres)}")
    return ", ".join(parts)

"""Pure decisions of the fetch stage: when a feed is due, and what it remembers next.

Nothing here does I/O or reads the clock: every function takes ``now`` (and, for
jitter, a random source), so the schedule can be checked with fixed times.

Backoff: after the n-th consecutive failure a feed waits ``BACKOFF_BASE * 2**(n-1)``,
capped at ``MAX_DELAY``, with "equal jitter" (a uniform draw between half and all of
that), so feeds that failed together do not all come back together. A feed is never
disabled: it is retried at the latest ``MAX_DELAY`` after its last failure.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from random import Random

from pipeline.core.models import FeedState, Source

BACKOFF_BASE = timedelta(minutes=10)  # wait after a first failure (before jitter)
MAX_DELAY = timedelta(hours=24)  # no feed waits longer than this, for any reason


def is_due(state: FeedState | None, now: datetime) -> bool:
    """A feed is due when it was never fetched or its next due time has come."""
    return state is None or state.next_due is None or state.next_due <= now


def state_for(source: Source, state: FeedState | None) -> FeedState:
    """The remembered state, or a fresh one when the feed is new or its URL was edited."""
    if state is None or (state.source_url is not None and state.source_url != source.url):
        return FeedState(source_id=source.id, url=source.url, source_url=source.url)
    return replace(state, source_url=source.url)


def backoff_delay(failures: int, rng: Random) -> timedelta:
    """How long to wait after ``failures`` consecutive failures (1 or more)."""
    exponent = min(max(failures, 1) - 1, 32)
    nominal = min(BACKOFF_BASE * (1 << exponent), MAX_DELAY)
    return nominal * (0.5 + 0.5 * rng.random())


def after_failure(
    state: FeedState,
    reason: str,
    *,
    now: datetime,
    rng: Random,
    retry_after: timedelta | None = None,
) -> FeedState:
    """The state after one more failure: counted, dated, and backed off."""
    failures = state.failures + 1
    delay = backoff_delay(failures, rng)
    if retry_after is not None:
        delay = max(delay, retry_after)
    return replace(
        state,
        failures=failures,
        last_error=reason,
        first_failure_at=state.first_failure_at or now,
        next_due=now + min(delay, MAX_DELAY),
    )


def after_success(
    state: FeedState,
    *,
    now: datetime,
    url: str | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
    fresh_for: timedelta | None = None,
) -> FeedState:
    """The state after a 200 or 304: failures cleared, validators and URL kept current."""
    return replace(
        state,
        url=url or state.url,
        etag=etag or state.etag,
        last_modified=last_modified or state.last_modified,
        failures=0,
        last_error=None,
        first_failure_at=None,
        last_success_at=now,
        next_due=None if not fresh_for else now + min(fresh_for, MAX_DELAY),
    )


def retry_after(value: str | None, now: datetime) -> timedelta | None:
    """A Retry-After header (seconds or an HTTP date) as a delay from ``now``."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return timedelta(seconds=int(value))
    when = _http_date(value)
    return None if when is None else max(when - now, timedelta(0))


def freshness(
    cache_control: str | None, expires: str | None, date: str | None, now: datetime
) -> timedelta | None:
    """How long a response stays fresh by Cache-Control max-age, else Expires."""
    directives = [d.strip().lower() for d in (cache_control or "").split(",")]
    if "no-store" in directives or "no-cache" in directives:
        return None
    for directive in directives:
        name, _, number = directive.partition("=")
        if name.strip() in {"max-age", "s-maxage"} and number.strip().isdigit():
            return timedelta(seconds=int(number.strip())) or None
    expiry = _http_date(expires)
    if expiry is None:
        return None
    origin = _http_date(date) or now
    remaining = expiry - origin
    return remaining if remaining > timedelta(0) else None


def _http_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo is not None else None

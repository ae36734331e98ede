"""When feeds are due: backoff, Retry-After and cache lifetimes, as pure functions of `now`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from random import Random

import pytest

from pipeline.core.models import FeedState, Source
from pipeline.fetch.policy import (
    BACKOFF_BASE,
    MAX_DELAY,
    after_failure,
    after_success,
    backoff_delay,
    freshness,
    is_due,
    retry_after,
    state_for,
)

NOW = datetime(2021, 4, 1, 9, 0, tzinfo=UTC)


class Fixed(Random):
    """A random source that always draws the same number."""

    def __init__(self, value: float) -> None:
        super().__init__()
        self.value = value

    def random(self) -> float:
        return self.value


@pytest.mark.parametrize(
    ("failures", "nominal"),
    [(1, BACKOFF_BASE), (2, 2 * BACKOFF_BASE), (3, 4 * BACKOFF_BASE), (5, 16 * BACKOFF_BASE)],
)
def test_backoff_doubles_with_each_failure(failures: int, nominal: timedelta) -> None:
    assert backoff_delay(failures, Fixed(0.999999)) == pytest.approx(nominal, abs=timedelta(1e-3))
    assert backoff_delay(failures, Fixed(0.0)) == nominal / 2


def test_backoff_is_capped_and_never_gives_up() -> None:
    for failures in (20, 100, 10_000):
        delay = backoff_delay(failures, Random(failures))
        assert MAX_DELAY / 2 <= delay <= MAX_DELAY


def test_jitter_spreads_feeds_that_failed_together() -> None:
    rng = Random(1)
    delays = {backoff_delay(4, rng) for _ in range(20)}
    assert len(delays) > 10
    assert all(4 * BACKOFF_BASE <= d <= 8 * BACKOFF_BASE for d in delays)


def test_same_inputs_give_the_same_schedule() -> None:
    state = FeedState(source_id="a", url="http://a.test/")
    first = after_failure(state, "HTTP 500", now=NOW, rng=Random(3))
    again = after_failure(state, "HTTP 500", now=NOW, rng=Random(3))
    assert first == again


def test_failures_accumulate_from_the_first_failure_time() -> None:
    state = FeedState(source_id="a", url="http://a.test/")
    one = after_failure(state, "timed out", now=NOW, rng=Fixed(0.5))
    two = after_failure(one, "HTTP 500", now=NOW + timedelta(hours=1), rng=Fixed(0.5))
    assert (two.failures, two.first_failure_at, two.last_error) == (2, NOW, "HTTP 500")
    assert two.next_due == NOW + timedelta(hours=1) + backoff_delay(2, Fixed(0.5))
    assert not is_due(two, NOW + timedelta(hours=1, minutes=1))
    assert is_due(two, two.next_due)


def test_retry_after_wins_when_longer_but_stays_capped() -> None:
    state = FeedState(source_id="a", url="http://a.test/")
    hour = after_failure(state, "429", now=NOW, rng=Fixed(0), retry_after=timedelta(hours=1))
    assert hour.next_due == NOW + timedelta(hours=1)
    week = after_failure(state, "429", now=NOW, rng=Fixed(0), retry_after=timedelta(days=7))
    assert week.next_due == NOW + MAX_DELAY


def test_success_clears_failures_and_keeps_validators() -> None:
    failing = FeedState(
        source_id="a",
        url="http://a.test/",
        etag='"x"',
        failures=4,
        last_error="HTTP 500",
        first_failure_at=NOW - timedelta(days=1),
        next_due=NOW,
    )
    ok = after_success(failing, now=NOW, last_modified="Wed, 31 Mar 2021 09:00:00 GMT")
    assert (ok.failures, ok.last_error, ok.first_failure_at, ok.next_due) == (0, None, None, None)
    assert (ok.etag, ok.last_success_at) == ('"x"', NOW)
    cached = after_success(failing, now=NOW, fresh_for=timedelta(days=30))
    assert cached.next_due == NOW + MAX_DELAY


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", timedelta(seconds=120)),
        ("Thu, 01 Apr 2021 10:00:00 GMT", timedelta(hours=1)),
        ("Thu, 01 Apr 2021 08:00:00 GMT", timedelta(0)),
        ("soon", None),
        (None, None),
    ],
)
def test_retry_after_header(value: str | None, expected: timedelta | None) -> None:
    assert retry_after(value, NOW) == expected


@pytest.mark.parametrize(
    ("cache_control", "expires", "expected"),
    [
        ("public, max-age=600", None, timedelta(minutes=10)),
        ("no-cache", "Thu, 01 Apr 2021 10:00:00 GMT", None),
        (None, "Thu, 01 Apr 2021 11:00:00 GMT", timedelta(hours=2)),
        (None, "Thu, 01 Apr 2021 08:00:00 GMT", None),
        ("max-age=0", None, None),
        (None, "0", None),
    ],
)
def test_freshness_from_cache_headers(
    cache_control: str | None, expires: str | None, expected: timedelta | None
) -> None:
    assert freshness(cache_control, expires, None, NOW) == expected


def test_new_url_in_sources_starts_a_fresh_state() -> None:
    source = Source(id="a", name="A", url="http://new.test/")
    old = FeedState(
        source_id="a", url="http://moved.test/", source_url="http://old.test/", failures=3
    )
    assert state_for(source, old) == FeedState(
        source_id="a", url="http://new.test/", source_url="http://new.test/"
    )
    kept = FeedState(source_id="a", url="http://moved.test/", source_url="http://new.test/")
    assert state_for(source, kept).url == "http://moved.test/"

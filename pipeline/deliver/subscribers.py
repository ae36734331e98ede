"""The subscriber list: CSV import with per-row validation, status changes, signed tokens.

A subscriber is never deleted: removing or unsubscribing sets a status and every
change is written to ``subscriber_events`` (action, via, detail, when), so the list's
history can always be explained.

CSV format (``subscribers.example.csv``)::

    email,name,timezone,genres,status
    aki@example.org,Aki,Asia/Tokyo,mecha;sci-fi,active

Only ``email`` is required. ``timezone`` is an IANA zone (default UTC); ``genres`` is a
``;``-separated list of names from ``pipeline/data/genres.txt`` (empty: every show);
``status`` is ``active`` (default), ``unsubscribed`` or ``bounced``.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from email_validator import EmailNotValidError, validate_email
from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy.exc import IntegrityError

from pipeline.core.errors import SubscriberError
from pipeline.core.models import Subscriber, SubscriberStatus
from pipeline.core.reports import ImportReport, RowProblem
from pipeline.core.text import one_line
from pipeline.store import Store

COLUMNS = ("email", "name", "timezone", "genres", "status")
IMPORT_STATUSES = ("active", "unsubscribed", "bounced")
GENRE_SEPARATOR = ";"
IMPORT_BATCH = 1000  # CSV rows looked up and inserted together
_TOKEN_SALT = "anime-digest.unsubscribe"  # noqa: S105 (a namespace, not a secret)


@cache
def known_genres() -> frozenset[str]:
    """The genre names a subscriber may filter on (``pipeline/data/genres.txt``)."""
    text = resources.files("pipeline").joinpath("data/genres.txt").read_text(encoding="utf-8")
    lines = (line.strip().lower() for line in text.splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


# ── tokens ────────────────────────────────────────────────────────────────────


@lru_cache(maxsize=1 << 16)
def make_token(secret: str, subscriber_id: int) -> str:
    """A URL-safe token that names one subscriber and cannot be forged without ``secret``.

    The same subscriber always gets the same token, so a message's links and its
    List-Unsubscribe header share one signing.
    """
    return str(_serializer(secret).dumps(subscriber_id))


@lru_cache(maxsize=4)
def _serializer(secret: str) -> URLSafeSerializer:
    return URLSafeSerializer(secret, salt=_TOKEN_SALT)


def read_token(secret: str, token: str) -> int:
    """The subscriber id a token names; the signature is checked in constant time."""
    try:
        value = _serializer(secret).loads(token)
    except BadSignature as exc:
        raise SubscriberError("invalid unsubscribe token (not signed by this list)") from exc
    if not isinstance(value, int):
        raise SubscriberError("invalid unsubscribe token (no subscriber in it)")
    return value


# ── status changes ────────────────────────────────────────────────────────────


def set_status(
    store: Store, sub: Subscriber, status: SubscriberStatus, *, now: datetime, via: str
) -> Subscriber:
    """Give ``sub`` a new status and record it; a no-op when it already has it."""
    if sub.status == status:
        return sub
    changed = replace(sub, status=status)
    store.change_subscriber(changed, now=now, action=status, via=via, detail=f"was {sub.status}")
    return changed


def remove(store: Store, email: str, *, now: datetime) -> Subscriber:
    """Unsubscribe an address by hand (kept on record, never mailed again)."""
    sub = store.subscriber(email=normalise_email(email))
    if sub is None:
        raise SubscriberError(f"no subscriber with address {email!r}")
    return set_status(store, sub, "unsubscribed", now=now, via="cli")


def unsubscribe(store: Store, secret: str, token: str, *, now: datetime, via: str) -> Subscriber:
    """Unsubscribe whoever a signed token names."""
    sub = store.subscriber(id=read_token(secret, token))
    if sub is None:
        raise SubscriberError("unsubscribe token names no known subscriber")
    return set_status(store, sub, "unsubscribed", now=now, via=via)


# ── CSV import ────────────────────────────────────────────────────────────────


@dataclass(frozen=True, slots=True)
class _Row:
    line: int
    sub: Subscriber


def import_csv(
    store: Store, path: Path, *, now: datetime, resubscribe: bool = False
) -> ImportReport:
    """Add or update every valid row of a CSV file; refused rows come back with their line.

    Importing the same file twice changes nothing. An address that unsubscribed (or
    bounced) stays so unless ``resubscribe`` is given. Rows are looked up and new ones
    inserted ``IMPORT_BATCH`` at a time, so a large file takes seconds.
    """
    counts = {"added": 0, "updated": 0, "unchanged": 0, "kept_unsubscribed": 0}
    problems: list[RowProblem] = []
    batch: list[_Row] = []
    for item in _read_rows(path):
        if isinstance(item, RowProblem):
            problems.append(item)
            continue
        batch.append(item)
        if len(batch) >= IMPORT_BATCH:
            _apply_batch(store, batch, counts, now=now, resubscribe=resubscribe)
            batch = []
    _apply_batch(store, batch, counts, now=now, resubscribe=resubscribe)
    return ImportReport(**counts, problems=tuple(problems))


def _apply_batch(
    store: Store, rows: list[_Row], counts: dict[str, int], *, now: datetime, resubscribe: bool
) -> None:
    existing = store.subscribers_by_address([row.sub.email for row in rows])
    new = [row for row in rows if row.sub.email.lower() not in existing]
    try:
        store.add_subscribers([(row.sub, f"csv import, line {row.line}") for row in new], now=now)
    except IntegrityError:  # someone subscribed meanwhile: settle these rows one by one
        existing = {}
        new = []
    counts["added"] += len(new)
    for row in rows:
        if row not in new:
            found = existing.get(row.sub.email.lower()) or store.subscriber(email=row.sub.email)
            counts[_apply(store, row, found, now=now, resubscribe=resubscribe)] += 1


def _apply(
    store: Store, row: _Row, existing: Subscriber | None, *, now: datetime, resubscribe: bool
) -> str:
    if existing is None:
        store.add_subscriber(row.sub, now=now, via=f"csv import, line {row.line}")
        return "added"
    wanted = replace(row.sub, id=existing.id)
    kept = wanted.status == "active" and existing.status in {"unsubscribed", "bounced"}
    if kept and not resubscribe:
        wanted = replace(wanted, status=existing.status)
    if wanted == existing:
        return "kept_unsubscribed" if kept and not resubscribe else "unchanged"
    action = "resubscribed" if kept else "updated"
    store.change_subscriber(
        wanted, now=now, action=action, via=f"csv import, line {row.line}",
        detail=", ".join(_changed_fields(existing, wanted)),
    )  # fmt: skip
    return "kept_unsubscribed" if kept and not resubscribe else "updated"


def _changed_fields(before: Subscriber, after: Subscriber) -> list[str]:
    return [
        f"{name}: {getattr(before, name)!r} -> {getattr(after, name)!r}"
        for name in COLUMNS
        if getattr(before, name) != getattr(after, name)
    ]


def _read_rows(path: Path) -> Iterator[_Row | RowProblem]:
    """Each record of the file, parsed, with the line it starts on (records may span lines)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader, None)
            _check_header(path, header)
            names: list[str | None] = list(header or [])
            seen: dict[str, int] = {}
            previous = reader.line_num
            for fields in reader:
                first, previous = previous + 1, reader.line_num
                if not fields:
                    continue  # a blank line
                record: dict[str | None, object] = dict(zip(names, fields, strict=False))
                if len(fields) > len(names):
                    record[None] = fields[len(names) :]
                yield _parse_row(first, record, seen)
    except OSError as exc:
        raise SubscriberError(f"{path}: cannot read: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise SubscriberError(f"{path}: not UTF-8 text ({exc.reason})") from exc
    except csv.Error as exc:
        raise SubscriberError(f"{path}: not a valid CSV file: {exc}") from exc


def _check_header(path: Path, fields: object) -> None:
    names = [str(f).strip().lower() for f in fields] if isinstance(fields, list) else []
    if "email" not in names:
        raise SubscriberError(f"{path}: line 1: header must name an 'email' column")
    unknown = [name for name in names if name not in COLUMNS]
    if unknown:
        raise SubscriberError(
            f"{path}: line 1: unknown column(s) {', '.join(unknown)}; expected {','.join(COLUMNS)}"
        )


def _parse_row(
    line: int, record: dict[str | None, object], seen: dict[str, int]
) -> _Row | RowProblem:
    values = {str(k).strip().lower(): str(v or "").strip() for k, v in record.items() if k}
    raw_email = values.get("email", "")
    if None in record:
        return RowProblem(line, raw_email, "more fields than the header has columns")
    try:
        sub = Subscriber(
            email=normalise_email(raw_email),
            name=_clean_name(values.get("name", "")),
            timezone=check_zone(values.get("timezone", "")),
            genres=check_genres(values.get("genres", "").split(GENRE_SEPARATOR)),
            status=_status(values.get("status", "")),
        )
    except SubscriberError as exc:
        return RowProblem(line, raw_email, str(exc))
    key = sub.email.lower()
    if key in seen:
        return RowProblem(line, raw_email, f"same address as line {seen[key]}")
    seen[key] = line
    return _Row(line, sub)


def normalise_email(raw: str) -> str:
    """The address in normal form (domain lower-cased, IDNA); SubscriberError if invalid."""
    if not raw:
        raise SubscriberError("email is empty")
    try:
        return validate_email(raw, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise SubscriberError(f"invalid email: {exc}") from exc


def _clean_name(raw: str) -> str:
    name = one_line(raw, 201, ellipsis=False)
    if len(name) > 200:
        raise SubscriberError("name is longer than 200 characters")
    return name


def check_zone(raw: str) -> str:
    """A known IANA zone name (empty means UTC); SubscriberError names a bad one."""
    value = raw.strip() or "UTC"
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise SubscriberError(f"unknown time zone {value[:60]!r}") from exc
    return value


def check_genres(values: Iterable[str]) -> tuple[str, ...]:
    """Known genre names, lower case, deduplicated and sorted; SubscriberError names others."""
    names = {v.strip().lower() for v in values if v.strip()}
    unknown = sorted(names - known_genres())
    if unknown:
        listed = ", ".join(repr(name[:40]) for name in unknown)
        raise SubscriberError(f"unknown genre(s) {listed} (see pipeline/data/genres.txt)")
    return tuple(sorted(names))


def _status(raw: str) -> SubscriberStatus:
    status = raw.lower() or "active"
    if status not in IMPORT_STATUSES:
        raise SubscriberError(
            f"unknown status {raw!r}; expected one of {', '.join(IMPORT_STATUSES)}"
        )
    return cast(SubscriberStatus, status)

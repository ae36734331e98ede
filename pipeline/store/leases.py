"""Locks, leases, weekly slots and runs: what keeps processes from doing work twice.

A named lock (``Lease``) keeps two senders or two runs apart; a weekly slot is decided
once; each run's report is kept for the operator.
"""

from __future__ import annotations

import os
import socket
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import and_, select, update
from sqlalchemy.exc import IntegrityError

from pipeline.store.base import StoreBase
from pipeline.store.schema import locks, runs, weekly_slots


class LeasesRepo(StoreBase):
    """Locks, weekly slots and run reports."""

    def acquire_lock(
        self, name: str, holder: str, *, now: datetime, ttl: timedelta, dead: str | None = None
    ) -> str | None:
        """Take ``name`` until ``now + ttl``; None on success, else who holds it.

        A lease that expired (its holder died or stalled) is taken over, and so is one
        held by ``dead``, a holder known to be gone; the delete of a stale lease and the
        insert run in one transaction, and the primary key makes sure only one of two
        racing processes wins.
        """
        stale = (locks.c.expires_at < now) | (locks.c.holder == holder)
        if dead is not None:
            stale = stale | (locks.c.holder == dead)
        try:
            with self.begin() as conn:
                conn.execute(locks.delete().where(locks.c.name == name, stale))
                conn.execute(locks.insert().values(name=name, holder=holder, expires_at=now + ttl))
        except IntegrityError:
            with self.engine.connect() as conn:
                current = conn.execute(
                    select(locks.c.holder).where(locks.c.name == name)
                ).scalar_one_or_none()
            return current or "another process"
        return None

    def renew_lock(self, name: str, holder: str, *, now: datetime, ttl: timedelta) -> bool:
        """Extend a lease still held by ``holder``; False when it was lost."""
        with self.begin() as conn:
            done = conn.execute(
                update(locks)
                .where(and_(locks.c.name == name, locks.c.holder == holder))
                .values(expires_at=now + ttl)
            )
        return bool(done.rowcount)

    def release_lock(self, name: str, holder: str) -> None:
        """Give a lease back (only if ``holder`` still has it)."""
        with self.begin() as conn:
            conn.execute(locks.delete().where(locks.c.name == name, locks.c.holder == holder))

    # ── weekly slots and runs ──────────────────────────────────────────────────

    def weekly_slot(self, slot: datetime) -> tuple[int | None, str] | None:
        """What was decided for ``slot``: (issue number or None, outcome), or None if nothing."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(weekly_slots.c.issue_number, weekly_slots.c.outcome).where(
                    weekly_slots.c.slot == slot
                )
            ).first()
        return None if row is None else (row.issue_number, row.outcome)

    def record_weekly_slot(
        self, slot: datetime, *, issue_number: int | None, outcome: str, now: datetime
    ) -> None:
        """Remember what ``slot`` got; a slot is decided once (the primary key refuses twice)."""
        with self.begin() as conn:
            conn.execute(
                weekly_slots.insert().values(
                    slot=slot, issue_number=issue_number, outcome=outcome, decided_at=now
                )
            )

    def redecide_weekly_slot(
        self, slot: datetime, *, issue_number: int | None, outcome: str, now: datetime
    ) -> None:
        """Change what a slot without an issue got (a skip is not final; an issue is)."""
        with self.begin() as conn:
            conn.execute(
                update(weekly_slots)
                .where(weekly_slots.c.slot == slot, weekly_slots.c.issue_number.is_(None))
                .values(issue_number=issue_number, outcome=outcome, decided_at=now)
            )

    def save_run(self, kind: str, started_at: datetime, finished_at: datetime, report: Any) -> None:
        """Keep one run's report (JSON-ready) for the operator."""
        with self.begin() as conn:
            conn.execute(
                runs.insert().values(
                    kind=kind, started_at=started_at, finished_at=finished_at, report=report
                )
            )

    def recent_runs(self, kind: str, *, limit: int = 10) -> list[dict[str, Any]]:
        """The latest stored reports of ``kind``, newest first."""
        query = (
            select(runs.c.report).where(runs.c.kind == kind).order_by(runs.c.id.desc()).limit(limit)
        )
        with self.engine.connect() as conn:
            return [dict(report) for report in conn.execute(query).scalars()]


class Lease:
    """A named lock in the ``locks`` table, held by this process until released or expired.

    A holder that dies or stalls past ``ttl`` loses it to the next one that asks; a
    holder doing long work renews it. The holder name says which host and process
    (``host:pid:start:nonce``, start being the process's start time), so a holder on
    this host whose process is gone is taken over at once instead of after ``ttl``.
    """

    def __init__(self, store: LeasesRepo, name: str, ttl: timedelta) -> None:
        self.store = store
        self.name = name
        self.ttl = ttl
        self.holder = (
            f"{socket.gethostname()}:{os.getpid()}:{_started(os.getpid())}:{uuid.uuid4().hex[:8]}"
        )
        self.lost = False  # a renewal found it taken over

    def acquire(self, *, wait: float = 0.0, poll: float = 0.5) -> str | None:
        """Take the lease, trying for up to ``wait`` seconds; None, else who holds it."""
        deadline = time.monotonic() + wait
        while (held_by := self._try()) is not None and time.monotonic() < deadline:
            time.sleep(poll)
        return held_by

    def renew(self) -> bool:
        """Extend the lease; False (and ``lost``) when another holder has taken it."""
        if not self.store.renew_lock(self.name, self.holder, now=_utcnow(), ttl=self.ttl):
            self.lost = True
        return not self.lost

    def release(self) -> None:
        """Give the lease back, if this process still holds it."""
        self.store.release_lock(self.name, self.holder)

    def _try(self) -> str | None:
        held_by = self.store.acquire_lock(self.name, self.holder, now=_utcnow(), ttl=self.ttl)
        if held_by is not None and holder_is_gone(held_by):
            held_by = self.store.acquire_lock(
                self.name, self.holder, now=_utcnow(), ttl=self.ttl, dead=held_by
            )
        return held_by


def holder_is_gone(holder: str) -> bool:
    """True when ``holder`` names a process on this host that no longer runs.

    A holder from another host, or in another form, is never judged gone: its lease
    runs out by its TTL. A process id reused by a new process is told apart by the
    start time.
    """
    parts = holder.split(":")
    if len(parts) != 4 or parts[0] != socket.gethostname() or not parts[1].isdigit():
        return False
    pid = int(parts[1])
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        pass  # alive, someone else's
    started = _started(pid)
    return started != "0" and parts[2] != "0" and started != parts[2]


def _started(pid: int) -> str:
    """When process ``pid`` started, in clock ticks since boot ("0" where unknown)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return "0"
    fields = stat.rpartition(")")[2].split()
    return fields[19] if len(fields) > 19 and fields[19].isdigit() else "0"


def _utcnow() -> datetime:
    return datetime.now(UTC)

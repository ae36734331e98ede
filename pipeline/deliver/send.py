"""Exactly-once delivery of an issue to every active subscriber.

The ledger (table ``deliveries``) has one row per (issue, subscriber)::

    pending ──claim──► sending ──hand-over──► sending, handed ──answer──► sent | failed
       ▲                  │                          └─(4xx, lost before DATA)──► pending
       └──(stopped or crashed before hand-over)      (crash, or lost after DATA) ► uncertain

A row becomes ``sending`` when it is claimed and queued for a connection; the
hand-over (``handed_at``) is written when the connection is about to send the message
itself, before SMTP ``DATA``, and ``sent``/``failed`` as soon as the answer comes
(``ledger_writes``: at once, batched only with writes that meet). A sender that dies
leaves ``sending`` rows: the next sender puts the ones never handed over back to
``pending`` and sends them, and turns the handed ones (at most one per connection)
into ``uncertain``, not resent unless asked (``retry_uncertain``), because the server
may already have the message. So a crash can cost a copy in doubt, never a second copy.

Only one process sends an issue at a time: a lease in the ``locks`` table, renewed
while sending and taken over once it has expired, or at once when its holder is a
process on this host that is gone.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterable
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import partial

from pipeline.core import logs
from pipeline.core.clock import utcnow
from pipeline.core.config import Settings
from pipeline.core.errors import DeliveryError, LockHeldError
from pipeline.core.models import DeliveryState, Issue, Rendered, Subscriber
from pipeline.core.reports import SendReport
from pipeline.deliver.ledger_writes import LedgerWriter, Writes
from pipeline.deliver.message import Mailer
from pipeline.deliver.subscribers import normalise_email
from pipeline.deliver.transport import Envelope, Outcome, OutcomeKind, Transport, open_transport
from pipeline.store import Lease, Store

Compose = Callable[[Subscriber], Rendered]
Progress = Callable[[SendReport], None]

LEASE = timedelta(seconds=60)
BATCH = 500  # subscribers read from the database at a time
PROGRESS_EVERY = 0.2  # seconds between progress reports
log = logs.get("deliver")


def send_issue(
    store: Store,
    settings: Settings,
    issue: Issue,
    *,
    compose: Compose,
    transport: Transport | None = None,
    now: datetime,
    to: Iterable[str] | None = None,
    dry_run: bool = False,
    retry_uncertain: bool = False,
    progress: Progress | None = None,
    stop: threading.Event | None = None,
    lease: timedelta = LEASE,
) -> SendReport:
    """Send ``issue`` to every active subscriber who has not had it; safe to repeat.

    ``to`` sends one-off test copies to those addresses instead (no ledger, no
    unsubscribe headers). ``dry_run`` composes and counts, and sends nothing.
    ``stop`` (set by SIGTERM or Ctrl-C) ends the run once the messages in flight are
    answered and recorded; the next call resumes.
    """
    mail = Mailer(settings, issue.number)
    chosen = transport or open_transport(settings, issue.number)
    if to is not None:
        return asyncio.run(_send_copies(mail, chosen, list(to), compose, issue.number))
    if dry_run:
        return _dry_run(store, mail, issue.number, compose, retry_uncertain, now)
    lock = Lease(store, f"deliver:issue-{issue.number}", lease)
    if (held_by := lock.acquire()) is not None:
        raise LockHeldError(
            f"{lock.name} is held by {held_by}; another send of this issue is running "
            f"(a crashed sender's lease expires within {int(lease.total_seconds())}s)"
        )
    try:
        found = store.sending_to_uncertain(issue.number, now=utcnow())
        if found:
            log.warning("in_doubt", issue=issue.number, uncertain=found)
        run = _Run(store, settings, mail, chosen, compose, lock, retry_uncertain, progress, stop)
        return asyncio.run(run.main(now))
    finally:
        lock.release()


# ── one-off copies and dry runs ───────────────────────────────────────────────


async def _send_copies(
    mail: Mailer, transport: Transport, addresses: list[str], compose: Compose, number: int
) -> SendReport:
    counts = {"sent": 0, "failed": 0, "uncertain": 0, "remaining": 0}
    await transport.open()
    try:
        for address in addresses:
            sub = Subscriber(email=normalise_email(address))
            outcome = await transport.send(0, mail.build(sub, compose(sub), list_copy=False))
            key = {"permanent": "failed", "temporary": "remaining"}.get(outcome.kind, outcome.kind)
            counts[key] += 1
            if outcome.kind != "sent":
                log.warning("test_copy_refused", to=address, reason=outcome.detail)
    finally:
        await transport.close()
    return SendReport(
        issue_number=number, total=len(addresses), test_copies=True, sent=counts["sent"],
        failed=counts["failed"], uncertain=counts["uncertain"], remaining=counts["remaining"],
    )  # fmt: skip


def _dry_run(
    store: Store, mail: Mailer, number: int, compose: Compose, retry_uncertain: bool,
    now: datetime,
) -> SendReport:  # fmt: skip
    wanted = {"pending", "uncertain"} if retry_uncertain else {"pending"}
    counts = {"total": 0, "sent": 0, "uncertain": 0, "skipped": 0}
    for batch in store.iter_subscribers(status="active", batch=BATCH, unpaused_at=now):
        states = store.delivery_states(number, [s.id for s in batch if s.id is not None])
        for sub in batch:
            state = states.get(sub.id or 0, "pending")
            counts["total"] += 1
            if state in wanted:
                mail.build(sub, compose(sub), list_copy=True)
                counts["sent"] += 1
            else:
                counts["uncertain" if state == "uncertain" else "skipped"] += 1
    return SendReport(
        issue_number=number, dry_run=True, total=counts["total"], sent=counts["sent"],
        uncertain=counts["uncertain"], skipped=counts["skipped"],
    )  # fmt: skip


# ── the send ──────────────────────────────────────────────────────────────────


_LEDGER_STATE: dict[OutcomeKind, DeliveryState] = {
    "sent": "sent",
    "permanent": "failed",
    "temporary": "pending",
    "uncertain": "uncertain",
}


@dataclass(frozen=True, slots=True)
class _Job:
    subscriber_id: int
    envelope: Envelope


class _Run:
    """One pass over the list: a producer claims and composes, workers hand over."""

    def __init__(
        self, store: Store, settings: Settings, mail: Mailer, transport: Transport,
        compose: Compose, lease: Lease, retry_uncertain: bool, progress: Progress | None,
        stop: threading.Event | None,
    ) -> None:  # fmt: skip
        self.store, self.settings, self.mail = store, settings, mail
        self.transport, self.compose, self.lease = transport, compose, lease
        self.claimable = ("pending", "uncertain") if retry_uncertain else ("pending",)
        self.progress, self.stop = progress, stop
        self.report = SendReport(issue_number=mail.issue_number)
        self.writer = LedgerWriter(self._write)
        self.reported_at = 0.0
        self.now = utcnow()
        self.error: Exception | None = None
        self.queue: asyncio.Queue[_Job | None] = asyncio.Queue(maxsize=transport.claim_size)

    def _stopping(self) -> bool:
        return (
            self.lease.lost
            or self.error is not None
            or (self.stop is not None and self.stop.is_set())
        )

    async def main(self, now: datetime) -> SendReport:
        """Send to every active subscriber whose mail is not paused at ``now``."""
        self.now = now
        total = self.store.count_subscribers(status="active", unpaused_at=now)
        self.report = replace(self.report, total=total)
        await self.transport.open()
        workers = [asyncio.create_task(self._worker(i)) for i in range(self.transport.slots)]
        renewer = asyncio.create_task(self._renew())
        try:
            await self._produce(now)
        finally:
            await self._drain(workers)
            renewer.cancel()
            with suppress(asyncio.CancelledError):
                await renewer
            await self.transport.close()
        if self.progress:
            self.progress(self._final())
        if self.error is not None:
            raise self.error
        return self._final()

    async def _produce(self, now: datetime) -> None:
        for batch in self.store.iter_subscribers(status="active", batch=BATCH, unpaused_at=now):
            todo = self._todo(batch)
            size = self.transport.claim_size
            for start in range(0, len(todo), size):
                if self._stopping():
                    return
                await self._enqueue(todo[start : start + size])

    def _todo(self, batch: list[Subscriber]) -> list[Subscriber]:
        states = self.store.prepare_deliveries(
            self.mail.issue_number, batch, message_id=lambda s: self.mail.message_id(s.id or 0),
            now=utcnow(),
        )  # fmt: skip
        todo = [s for s in batch if states.get(s.id or 0) in self.claimable]
        left = [states.get(s.id or 0) for s in batch if states.get(s.id or 0) not in self.claimable]
        self._count(
            skipped=sum(1 for state in left if state != "uncertain"),
            uncertain=sum(1 for state in left if state == "uncertain"),
        )
        return todo

    async def _enqueue(self, chunk: list[Subscriber]) -> None:
        envelopes = {}
        for sub in chunk:
            envelopes[sub.id or 0] = self.mail.build(sub, self.compose(sub), list_copy=True)
            await asyncio.sleep(0)  # let the connections read their answers meanwhile
        claimed = self.store.claim_deliveries(
            self.mail.issue_number, list(envelopes), states=self.claimable, now=utcnow(),
            unpaused_at=self.now,
        )  # fmt: skip
        self._count(skipped=len(envelopes) - len(claimed))
        for subscriber_id, envelope in envelopes.items():
            if subscriber_id in claimed:
                await self.queue.put(_Job(subscriber_id, envelope))

    async def _worker(self, slot: int) -> None:
        while (job := await self.queue.get()) is not None:
            sid = job.subscriber_id
            if self._stopping():
                await self._answer(sid, Outcome("temporary", "stopped before hand-off"))
                continue
            try:
                outcome = await self.transport.send(
                    slot, job.envelope, partial(self.writer.handed, sid)
                )
            except DeliveryError as exc:  # the transport cannot work: nothing was handed over
                self.error = self.error or exc
                outcome = Outcome("temporary", str(exc))
            except Exception as exc:  # noqa: BLE001 - kept and raised once the queue is drained
                self.error = self.error or exc
                continue  # unknown whether it was handed over: its row stays "sending"
            await self._answer(sid, outcome)

    async def _drain(self, workers: list[asyncio.Task[None]]) -> None:
        """Let every worker finish its message; what is still queued goes back to pending."""
        for _ in workers:
            await self.queue.put(None)
        await asyncio.gather(*workers)
        self._release_queued()

    def _release_queued(self) -> None:
        released = Writes()
        while not self.queue.empty():
            job = self.queue.get_nowait()
            if job is not None:
                released.answers.append(
                    (job.subscriber_id, Outcome("temporary", "stopped before hand-off"))
                )
        self._write(released)

    async def _renew(self) -> None:
        period = max(self.lease.ttl.total_seconds() / 3, 0.05)
        while True:
            await asyncio.sleep(period)
            if not self.lease.renew():
                log.error("lease_lost", lock=self.lease.name)

    async def _answer(self, subscriber_id: int, outcome: Outcome) -> None:
        """Save the answer before this connection takes its next message."""
        try:
            await self.writer.answered(subscriber_id, outcome)
        except Exception as exc:  # noqa: BLE001 - the send stops; raised once drained
            self.error = self.error or exc
            return
        if outcome.kind == "permanent":
            self._bounce(subscriber_id, outcome.detail or "refused")
        kind = {"permanent": "failed"}.get(outcome.kind, outcome.kind)
        if kind in {"sent", "failed", "uncertain"}:
            self._count(**{kind: 1})
        loop_time = asyncio.get_running_loop().time()
        if self.progress and loop_time - self.reported_at > PROGRESS_EVERY:
            self.reported_at = loop_time
            self.progress(self._final())

    def _write(self, writes: Writes) -> None:
        """One batch of ledger writes (run on a worker thread by the LedgerWriter)."""
        number, now = self.mail.issue_number, utcnow()
        if writes.handed:
            self.store.mark_handed(number, writes.handed, now=now)
        if writes.answers:
            self.store.finish_deliveries(
                number, [(sid, _LEDGER_STATE[o.kind], o.detail) for sid, o in writes.answers],
                now=now,
            )  # fmt: skip

    def _bounce(self, subscriber_id: int, detail: str) -> None:
        bounced = self.store.record_bounce(
            subscriber_id, now=utcnow(), bounce_after=self.settings.bounce_after, detail=detail
        )
        if bounced:
            self._count(bounced=1)

    def _count(self, **more: int) -> None:
        r = self.report
        self.report = replace(r, **{k: getattr(r, k) + v for k, v in more.items()})

    def _final(self) -> SendReport:
        r = self.report
        done = r.sent + r.failed + r.uncertain + r.skipped
        return replace(r, remaining=max(r.total - done, 0), stopped=self._stopping())

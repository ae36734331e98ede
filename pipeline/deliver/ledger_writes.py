"""Ledger writes during a send: each one at once, those that meet batched together.

A connection about to hand a message over must have that fact in the database first,
and an answer must be saved before the connection takes its next message: that is
what keeps "uncertain" after a crash down to at most one message per connection. So
nothing waits for a timer. The first write goes to the database straight away (on a
worker thread, so the connections keep talking); whatever is asked for while it runs
is written together right after it, in one go.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.deliver.transport import Outcome


@dataclass(slots=True)
class Writes:
    """One batch: ids being handed over now, and answers received."""

    handed: list[int] = field(default_factory=list)
    answers: list[tuple[int, Outcome]] = field(default_factory=list)


class LedgerWriter:
    """Writes batches with ``write`` (called on a worker thread, one batch at a time)."""

    def __init__(self, write: Callable[[Writes], None]) -> None:
        self.write = write
        self.waiting = Writes()
        self.written: asyncio.Future[None] | None = None  # settles when ``waiting`` is saved
        self.running: asyncio.Task[None] | None = None

    async def handed(self, subscriber_id: int) -> None:
        """Return once the hand-over of this subscriber's message is recorded."""
        self.waiting.handed.append(subscriber_id)
        await self._saved()

    async def answered(self, subscriber_id: int, outcome: Outcome) -> None:
        """Return once this answer is recorded."""
        self.waiting.answers.append((subscriber_id, outcome))
        await self._saved()

    async def _saved(self) -> None:
        if self.written is None:
            self.written = asyncio.get_running_loop().create_future()
        written = self.written
        if self.running is None or self.running.done():
            self.running = asyncio.create_task(self._run())
        await asyncio.shield(written)

    async def _run(self) -> None:
        while self.written is not None:
            batch, written = self.waiting, self.written
            self.waiting, self.written = Writes(), None
            try:
                await asyncio.to_thread(self.write, batch)
            except Exception as exc:  # noqa: BLE001 - handed to every waiter of the batch
                written.set_exception(exc)
            else:
                written.set_result(None)

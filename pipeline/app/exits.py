"""What a run leaves undone, as cron sees it: the exit code and the subscribers left.

Exit codes: 0 when the week's work is done (sent, or rightly skipped), 1 when it
could not be done, 3 when every feed failed, 4 when the send failed or left
subscribers unsent. Configuration and usage errors exit 2 before any work starts.
"""

from __future__ import annotations

from datetime import datetime

from pipeline.core.reports import RunReport
from pipeline.store import Store


def unsent_count(store: Store, issue_number: int, *, now: datetime) -> int:
    """Active subscribers (not paused at ``now``) the issue has not reached or failed for."""
    active = store.count_subscribers(status="active", unpaused_at=now)
    counts = store.delivery_counts(issue_number)
    done = sum(counts.get(state, 0) for state in ("sent", "failed", "uncertain"))
    return max(active - done, 0)


def exit_code(report: RunReport) -> int:
    """0 when the week's work is done (sent, or rightly skipped); else what went wrong.

    1: another run held the lease, or a step other than send failed; 3: every feed
    failed; 4: the send failed or left subscribers unsent (stopped, or deferred by 4xx).
    """
    failed = {e.step for e in report.errors}
    sent = report.send
    if "run" in failed:
        return 1
    if "send" in failed or (sent is not None and (sent.remaining > 0 or sent.stopped)):
        return 4
    if report.fetch is not None and report.fetch.all_failed:
        return 3
    return 1 if failed else 0

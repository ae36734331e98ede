"""Run one ``send_issue`` as its own process, for the crash and concurrency tests.

Usage: python send_script.py HOME SMTP_URL ISSUE [--lease=SECONDS] [--retry-uncertain]

Prints the SendReport as JSON; exit code 3 when another sender holds the issue.
SIGTERM asks the send to stop cleanly.
"""

from __future__ import annotations

import json
import signal
import sys
import threading
from dataclasses import asdict
from datetime import timedelta
from pathlib import Path

from pipeline.core.clock import utcnow
from pipeline.core.config import Settings
from pipeline.core.errors import LockHeldError
from pipeline.core.models import Rendered, Subscriber
from pipeline.deliver.send import send_issue
from pipeline.store import Store


def compose(sub: Subscriber) -> Rendered:
    return Rendered(
        subject="Weekly lineup",
        preheader="",
        html=f"<p>Hello {sub.email}</p>",
        text=f"Hello {sub.email}",
    )


def main() -> int:
    home, smtp_url, number = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    settings = Settings.load(home=home, smtp_url=smtp_url, smtp_connections=2)
    store = Store.open(settings.database_url)
    issue = store.issue(number)
    assert issue is not None
    lease = next((float(a.split("=", 1)[1]) for a in sys.argv if a.startswith("--lease=")), 60)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        report = send_issue(
            store, settings, issue, compose=compose, now=utcnow(), stop=stop,
            retry_uncertain="--retry-uncertain" in sys.argv, lease=timedelta(seconds=lease),
        )  # fmt: skip
    except LockHeldError as exc:
        print(json.dumps({"lock_held": str(exc)}), flush=True)
        return 3
    print(json.dumps(asdict(report)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

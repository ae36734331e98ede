"""Delivery benchmarks: SMTP throughput against a plain smtplib client, and memory at 1M.

    .venv/bin/python benchmarks/deliver_bench.py                  # both parts
    .venv/bin/python benchmarks/deliver_bench.py throughput --count 10000 --connections 4
    .venv/bin/python benchmarks/deliver_bench.py memory --count 1000000 --seconds 60

throughput: an aiosmtpd sink (its own process, discarding mail) receives ``count``
messages from (a) the fastest plain client this file can write, smtplib over
``connections`` threads each reusing one connection, sending one pre-built message of
the same size, and (b) ``send_issue`` with the same number of pooled connections,
composing, signing tokens, building and recording every message in the ledger. The
two runs alternate ``rounds`` times; the best of each is compared.

memory: ``count`` subscribers, each with a pending ledger row, sent with the outbox
transport into a temporary folder by a fresh process, stopped after ``seconds`` (the
``stop`` event, as SIGTERM would) if not done. The child reports its peak RSS. Then
the same list resumed near its end (all but the last 20,000 rows already sent), so
one send streams over every one of the ``count`` subscribers and ledger rows.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import smtplib
import socket
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

from pipeline.core.config import Settings
from pipeline.core.models import Issue, Rendered, Subscriber
from pipeline.deliver.send import send_issue
from pipeline.store import Store, deliveries, subscribers

NOW = datetime(2021, 4, 5, 9, 0, tzinfo=UTC)
ISSUE = Issue(number=1, kind="weekly", subject="Spring 2021 lineup", created_at=NOW,
              season="Spring 2021")  # fmt: skip
HTML = (
    "<html><body>"
    + "<p>Spring 2021 lineup: a show premieres on Tokyo MX.</p>" * 60
    + "</body></html>"
)
CPU_MS: dict[str, list[float]] = {"smtplib": [], "send_issue": []}
TEXT = "Spring 2021 lineup: a show premieres on Tokyo MX.\n" * 60


def compose(sub: Subscriber) -> Rendered:
    return Rendered(subject="Spring 2021 lineup", preheader="", html=HTML, text=TEXT)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_sink(port: int) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}",
         "-c", "aiosmtpd.handlers.Sink"],
    )  # fmt: skip
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit("the aiosmtpd sink did not start")


def fill(store: Store, count: int, *, ledger: bool, sent_upto: int = 0) -> None:
    """``count`` active subscribers (and ledger rows: sent up to ``sent_upto``, then pending)."""
    chunk = 20_000
    for start in range(0, count, chunk):
        ids = range(start + 1, min(start + chunk, count) + 1)
        with store.begin() as conn:
            conn.execute(
                subscribers.insert(),
                [{"id": i, "email": f"fan{i}@example.org", "name": f"Fan {i}", "timezone": "UTC",
                  "genres": [], "status": "active", "bounces": 0, "created_at": NOW,
                  "updated_at": NOW} for i in ids],
            )  # fmt: skip
            if ledger:
                conn.execute(
                    deliveries.insert(),
                    [{"issue_number": 1, "subscriber_id": i, "email": f"fan{i}@example.org",
                      "state": "sent" if i <= sent_upto else "pending", "attempts": 0,
                      "message_id": f"<{i}@bench>",
                      "updated_at": NOW} for i in ids],
                )  # fmt: skip


def new_store(
    home: Path, count: int, *, ledger: bool = False, sent_upto: int = 0
) -> tuple[Settings, Store]:
    settings = Settings.load(home=home)
    store = Store.open(settings.database_url)
    store.save_issue(ISSUE)
    fill(store, count, ledger=ledger, sent_upto=sent_upto)
    return settings, store


def sample_message() -> bytes:
    """One message as send_issue builds it, for the plain client to send."""
    with tempfile.TemporaryDirectory() as tmp:
        settings, store = new_store(Path(tmp), 1)
        send_issue(store, settings, ISSUE, compose=compose, now=NOW)
        data = (settings.outbox_dir / "issue-1" / "sub-1.eml").read_bytes()
        store.close()
    return data


def plain_client(port: int, count: int, connections: int, data: bytes) -> float:
    """Messages per second of smtplib threads, one reused connection each."""

    def worker(n: int) -> None:
        with smtplib.SMTP("127.0.0.1", port) as client:
            for i in range(n):
                client.sendmail("digest@localhost", [f"fan{i}@example.org"], data)

    shares = [count // connections + (1 if i < count % connections else 0)
              for i in range(connections)]  # fmt: skip
    threads = [threading.Thread(target=worker, args=(n,)) for n in shares]
    started, cpu = time.perf_counter(), time.process_time()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    CPU_MS["smtplib"].append((time.process_time() - cpu) * 1000 / count)
    return count / (time.perf_counter() - started)


def pipeline_client(port: int, count: int, connections: int) -> float:
    """Messages per second of send_issue over pooled aiosmtplib connections."""
    with tempfile.TemporaryDirectory() as tmp:
        _, store = new_store(Path(tmp), count)
        settings = Settings.load(
            home=Path(tmp), smtp_url=f"smtp://127.0.0.1:{port}", smtp_connections=connections
        )
        started, cpu = time.perf_counter(), time.process_time()
        report = send_issue(store, settings, ISSUE, compose=compose, now=NOW)
        elapsed = time.perf_counter() - started
        CPU_MS["send_issue"].append((time.process_time() - cpu) * 1000 / count)
        store.close()
    assert report.sent == count, report
    return count / elapsed


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def throughput(count: int, connections: int, rounds: int) -> dict[str, object]:
    port = free_port()
    sink = start_sink(port)
    sink_ms: dict[str, list[float]] = {"smtplib": [], "send_issue": []}
    try:
        data = sample_message()
        plain, ours = [], []
        for _ in range(rounds):
            before = cpu_seconds(sink.pid)
            plain.append(plain_client(port, count, connections, data))
            middle = cpu_seconds(sink.pid)
            ours.append(pipeline_client(port, count, connections))
            sink_ms["smtplib"].append((middle - before) * 1000 / count)
            sink_ms["send_issue"].append((cpu_seconds(sink.pid) - middle) * 1000 / count)
    finally:
        sink.terminate()
        sink.wait(timeout=10)
    return {
        "count": count, "connections": connections, "message_bytes": len(data),
        "smtplib_msgs_per_s": [round(x) for x in plain],
        "send_issue_msgs_per_s": [round(x) for x in ours],
        "ratio_best": round(max(ours) / max(plain), 2),
        "client_cpu_ms_per_msg": {k: [round(x, 3) for x in v] for k, v in CPU_MS.items()},
        "sink_cpu_ms_per_msg": {k: [round(x, 3) for x in v] for k, v in sink_ms.items()},
    }  # fmt: skip


def memory_child(count: int, seconds: float, home: str) -> None:
    """Runs in a fresh process: send with the outbox for at most ``seconds``."""
    settings = Settings.load(home=Path(home))
    store = Store.open(settings.database_url)
    stop = threading.Event()
    threading.Timer(seconds, stop.set).start()
    started = time.perf_counter()
    report = send_issue(store, settings, ISSUE, compose=compose, now=NOW, stop=stop)
    elapsed = time.perf_counter() - started
    stop.set()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"subscribers": count, "sent": report.sent, "remaining": report.remaining,
                      "stopped": report.stopped, "seconds": round(elapsed, 1),
                      "peak_rss_mb": round(peak_mb, 1)}))  # fmt: skip


def memory(count: int, seconds: float, *, sent_upto: int = 0) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        _, store = new_store(Path(tmp), count, ledger=True, sent_upto=sent_upto)
        store.close()
        setup = time.perf_counter() - started
        out = subprocess.run(
            [sys.executable, __file__, "_memory_child", str(count), str(seconds), tmp],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    result["already_sent"] = sent_upto
    result["setup_seconds"] = round(setup, 1)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("part", nargs="?", default="all",
                        choices=["all", "throughput", "memory", "_memory_child"])  # fmt: skip
    parser.add_argument("args", nargs="*")
    parser.add_argument("--count", type=int)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=60)
    opts = parser.parse_args()
    if opts.part == "_memory_child":
        memory_child(int(opts.args[0]), float(opts.args[1]), opts.args[2])
        return
    if opts.part in {"all", "throughput"}:
        figures = throughput(opts.count or 10_000, opts.connections, opts.rounds)
        print(json.dumps({"throughput": figures}), flush=True)
    if opts.part in {"all", "memory"}:
        count = opts.count or 1_000_000
        print(json.dumps({"memory": memory(count, opts.seconds)}), flush=True)
        resume = memory(count, opts.seconds * 5, sent_upto=count - min(20_000, count // 10))
        print(json.dumps({"memory_resume": resume}), flush=True)


if __name__ == "__main__":
    main()

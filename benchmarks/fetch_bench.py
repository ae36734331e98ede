"""Fetch benchmark: anime-digest against reader and a sequential feedparser loop.

    .venv/bin/pip install -q -e ".[bench]" && .venv/bin/python benchmarks/fetch_bench.py

200 feeds x 50 entries (about 1.5 KB of HTML each) are served with 100 ms latency per
response from 50 loopback addresses (127.0.0.2 to 127.0.0.51, 4 feeds each), by a
server in its own process that honours If-None-Match with 304. Each contender runs as
a whole new process (start-up counts), cold (empty database) and warm (every feed
answers 304). Wall time and the peak resident memory of the largest process in the
contender's process tree (``wait4`` rusage) are printed as a Markdown table.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import multiprocessing
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

FEEDS = 200
ENTRIES = 50
HOSTS = 50
LATENCY = 0.1
WIDE = "DIGEST_FETCH_CONCURRENCY"
ENTRY_HTML = (
    "<p>{show} is one of the Spring 2021 premieres: it begins on April {day}, 2021 at "
    "25:{minute:02d} JST on Tokyo MX, with streaming on Crunchyroll. The studio adapts "
    "the light novel series, and the staff list below is the one announced in March.</p>"
    "<ul><li>Director: Person {n}</li><li>Series composition: Writer {n}</li>"
    "<li>Character design: Artist {n}</li><li>Music: Composer {n}</li></ul>"
    "<p>Cast: Hero {n}: Actor {n}A; Rival {n}: Actor {n}B; Friend {n}: Actor {n}C.</p>"
    "<p>Opening theme: &quot;Song {n}&quot; by Band {n}. Ending theme: &quot;Coda {n}&quot; "
    "by Singer {n}. {filler}</p>"
)


def feed_xml(feed: int) -> bytes:
    items = []
    for entry in range(ENTRIES):
        n = feed * 100 + entry
        html = ENTRY_HTML.format(
            show=f"Show {n}", day=1 + entry % 28, minute=entry % 60, n=n, filler="More. " * 130
        )
        items.append(
            f"<item><title>Preview: Show {n}</title>"
            f"<link>https://news.test/{feed}/{entry}</link><guid>news-{feed}-{entry}</guid>"
            f"<pubDate>Mon, 22 Mar 2021 10:{entry % 60:02d}:00 +0000</pubDate>"
            f"<description>Teaser for Show {n}.</description>"
            f"<content:encoded><![CDATA[{html}]]></content:encoded></item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>Bench feed {feed}</title><link>https://news.test/{feed}</link>"
        f"<description>Benchmark feed</description>{''.join(items)}</channel></rss>"
    ).encode()


def host(feed: int) -> str:
    return f"127.0.0.{2 + feed % HOSTS}"


# ── the server (its own process) ──────────────────────────────────────────────


def serve(port: int, ready: multiprocessing.synchronize.Event) -> None:
    bodies = {f"/feed/{i}.xml": feed_xml(i) for i in range(FEEDS)}
    tags = {path: '"' + hashlib.sha1(body).hexdigest() + '"' for path, body in bodies.items()}

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                path = lines[0].split(" ")[1]
                headers = dict(
                    (k.strip().lower(), v.strip())
                    for k, _, v in (line.partition(":") for line in lines[1:] if line)
                )
                await asyncio.sleep(LATENCY)
                body, tag = bodies.get(path, b""), tags.get(path, "")
                if headers.get("if-none-match") == tag:
                    writer.write(f"HTTP/1.1 304 Not Modified\r\nETag: {tag}\r\n\r\n".encode())
                else:
                    writer.write(
                        f"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
                        f"ETag: {tag}\r\nContent-Length: {len(body)}\r\n\r\n".encode()
                        + body
                    )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, IndexError):
            writer.close()

    async def main() -> None:
        servers = [
            await asyncio.start_server(handle, f"127.0.0.{2 + h}", port, backlog=512)
            for h in range(HOSTS)
        ]
        ready.set()
        await asyncio.gather(*(s.serve_forever() for s in servers))

    asyncio.run(main())


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.2", 0))
        return int(sock.getsockname()[1])


# ── contenders ────────────────────────────────────────────────────────────────

READER = """
import sys
from reader import make_reader
reader = make_reader(sys.argv[1])
for url in sys.argv[2:]:
    reader.add_feed(url, exist_ok=True)
reader.update_feeds(workers=16, scheduled=False)
print(sum(1 for _ in reader.get_entries()), file=sys.stderr)
"""

SEQUENTIAL = """
import sys, feedparser
print(sum(len(feedparser.parse(url).entries) for url in sys.argv[1:]), file=sys.stderr)
"""


def timed(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (MiB) of the largest process in the command's tree."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    errors = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"{command[0]} failed ({proc.returncode}):\n{errors}")
    return elapsed, usage.ru_maxrss // 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="rounds; medians are reported")
    rounds = parser.parse_args().rounds
    port = free_port()
    ready = multiprocessing.get_context("spawn").Event()
    server = multiprocessing.get_context("spawn").Process(target=serve, args=(port, ready))
    server.start()
    try:
        if not ready.wait(60):
            raise SystemExit("benchmark server did not start")
        report(run_all(port, rounds))
    finally:
        server.terminate()
        server.join(10)


Row = tuple[str, float, int, float | None, int | None]
Command = Callable[[Path], list[str]]


def contenders(port: int) -> list[tuple[str, Command, dict[str, str], bool]]:
    """(label, command for a work folder, extra environment, has a warm run)."""
    urls = [f"http://{host(i)}:{port}/feed/{i}.xml" for i in range(FEEDS)]
    python = sys.executable
    digest = str(Path(python).parent / "anime-digest")

    def ours(work: Path) -> list[str]:
        sources = work / "sources.yaml"
        if not sources.exists():
            entries = (
                f"  - {{id: f{i}, name: Feed {i}, url: '{u}'}}\n" for i, u in enumerate(urls)
            )
            sources.write_text("sources:\n" + "".join(entries))
        return [digest, "fetch", "--sources", str(sources), "--json"]

    return [
        ("anime-digest fetch (defaults: 100 at once, 4 per host)", ours, {}, True),
        ("anime-digest fetch, DIGEST_FETCH_CONCURRENCY=32", ours, {WIDE: "32"}, True),
        (
            "reader update_feeds(workers=16, scheduled=False)",
            lambda work: [python, "-c", READER, str(work / "reader.sqlite"), *urls],
            {},
            True,
        ),
        (
            "sequential feedparser.parse loop",
            lambda _: [python, "-c", SEQUENTIAL, *urls],
            {},
            False,
        ),
    ]


def run_all(port: int, rounds: int) -> list[Row]:
    """Every contender cold then warm, interleaved over ``rounds``; medians per contender."""
    runs: dict[str, list[tuple[float, int, float | None, int | None]]] = {}
    for _ in range(rounds):
        for label, command, extra, warm in contenders(port):
            with tempfile.TemporaryDirectory() as tmp:
                work = Path(tmp)
                env = {**os.environ, "DIGEST_HOME": str(work / "home"), **extra}
                cold = timed(command(work), env)
                again = timed(command(work), env) if warm else (None, None)
                runs.setdefault(label, []).append((*cold, *again))
    return [(label, *_medians(samples)) for label, samples in runs.items()]


def _medians(
    samples: list[tuple[float, int, float | None, int | None]],
) -> tuple[float, int, float | None, int | None]:
    columns = list(zip(*samples, strict=True))
    cold, cold_mem = statistics.median(columns[0]), max(columns[1])
    if columns[2][0] is None:
        return cold, cold_mem, None, None
    return cold, cold_mem, statistics.median(columns[2]), max(columns[3])  # type: ignore[type-var]


def report(rows: list[Row]) -> None:
    print(f"\n{FEEDS} feeds x {ENTRIES} entries, {HOSTS} hosts, {LATENCY * 1000:.0f} ms latency")
    print(f"{os.cpu_count()} CPUs; medians of the rounds, peak memory the highest seen\n")
    print("| contender | cold (s) | cold peak RSS (MiB) | warm, all 304 (s) | warm RSS (MiB) |")
    print("|---|---:|---:|---:|---:|")
    for name, cold, cold_mem, warm, warm_mem in rows:
        warm_text = "-" if warm is None else f"{warm:.2f}"
        print(f"| {name} | {cold:.2f} | {cold_mem} | {warm_text} | {warm_mem or '-'} |")
    reader = rows[2]  # the order of contenders()
    print()
    for ours in rows[:2]:
        cold_ratio = ours[1] / reader[1]
        warm_ratio = (ours[3] or 0) / (reader[3] or 1)
        print(f"{ours[0]} / reader: cold {cold_ratio:.2f}, warm {warm_ratio:.2f} (target <= 0.50)")


if __name__ == "__main__":
    main()

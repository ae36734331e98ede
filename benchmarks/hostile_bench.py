"""Hostile input benchmark: huge feed titles through ``build``, gzip bombs through ``fetch``.

    .venv/bin/python benchmarks/hostile_bench.py

1. A local RSS file with 8 items whose titles are 1 MB each (about 8.4 MB, under the
   default 10 MB size cap) is fetched, then ``anime-digest build --date 2021-04-05``
   is timed as a new process.
2. Four gzip bombs (1 GiB of zeros each, about 1 MB on the wire) are served on
   127.0.0.1 and fetched at once by ``anime-digest fetch`` as a new process; its peak
   resident memory is read from ``wait4``.

Prints one Markdown table.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = str(ROOT / ".venv/bin/anime-digest")
WORDS = [
    "Clockwork",
    "Foxes",
    "Salt",
    "Road",
    "Rangers",
    "season",
    "two",
    "premiere",
    "announced",
    "for",
    "spring",
]


def huge_titles_feed(path: Path) -> None:
    items = []
    for n in range(8):
        title = " ".join(WORDS[(n + i) % len(WORDS)] for i in range(150_000))[:1_000_000]
        items.append(
            f"<item><title>{title}</title><link>https://news.example/{n}</link>"
            f"<guid>item-{n}</guid><pubDate>Mon, 29 Mar 2021 09:00:00 GMT</pubDate>"
            f"<description>Clockwork Foxes premieres on April {n + 3}, 2021.</description></item>"
        )
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Huge'
        f"</title><link>https://news.example/</link>{''.join(items)}</channel></rss>",
        encoding="utf-8",
    )


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    started = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1, 3):
        sys.exit(f"{' '.join(command)} exited {os.waitstatus_to_exitcode(status)}")
    return time.perf_counter() - started, usage.ru_maxrss / 1024


def bomb() -> bytes:
    packer = zlib.compressobj(9, wbits=31)
    block = bytes(1 << 20)
    return b"".join(packer.compress(block) for _ in range(1024)) + packer.flush()


def serve(body: bytes) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        env = {**os.environ, "DIGEST_HOME": str(base / "home")}
        huge_titles_feed(base / "huge.xml")
        (base / "huge.yaml").write_text("sources:\n  - {id: huge, name: Huge, url: huge.xml}\n")
        timed([CLI, "fetch", "--sources", str(base / "huge.yaml")], env)
        build_s, build_mb = timed([CLI, "build", "--date", "2021-04-05", "--force"], env)

        server = serve(bomb())
        url = f"http://127.0.0.1:{server.server_address[1]}/bomb"
        rows = [("build with 8 titles of 1 MB", build_s, build_mb)]
        for count in (1, 4):
            lines = [
                f"  - {{id: b{n}, name: B{n}, url: '{url}?{count}-{n}'}}" for n in range(count)
            ]
            (base / "bombs.yaml").write_text("sources:\n" + "\n".join(lines) + "\n")
            seconds, peak = timed([CLI, "fetch", "--sources", str(base / "bombs.yaml")], env)
            rows.append((f"fetch of {count} gzip bomb(s) of 1 GiB at once", seconds, peak))
        server.shutdown()
        rows.append(("fetch of the 3 sample feeds (for scale)", *sample_fetch(base)))

    print("| case | wall time | peak memory |")
    print("|---|---:|---:|")
    for label, seconds, peak in rows:
        print(f"| {label} | {seconds:.1f} s | {peak:.0f} MB |")


def sample_fetch(base: Path) -> tuple[float, float]:
    env = {**os.environ, "DIGEST_HOME": str(base / "sample-home")}
    return timed([CLI, "fetch", "--sources", str(ROOT / "examples/sources.yaml")], env)


if __name__ == "__main__":
    main()

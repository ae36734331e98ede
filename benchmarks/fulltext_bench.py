"""Full-text benchmark: reading 200 linked article pages during ``anime-digest fetch``.

    .venv/bin/python benchmarks/fulltext_bench.py

10 summary-only feeds of 20 entries each, on 10 loopback addresses (127.0.0.2 to
127.0.0.11, one site per feed), link to 200 article pages of about 60 KB each: site
chrome (navigation, a sidebar of related links, share buttons, scripts and JSON-LD),
a 2 KB article with its staff and cast lines, and a comment thread. Every response
waits 100 ms. The same feeds are fetched, each time by a whole new ``anime-digest
fetch`` process, with ``full_text: never`` (the baseline) and ``full_text: always``,
then ``always`` again on the warm database (no page is asked). Wall time and CPU
seconds (user + system, the command and its worker processes) are printed as a
Markdown table, with pages per second and CPU seconds per page taken as the
difference from the baseline. A second table puts all 200 pages on one host, where
the 2-pages-per-host limit sets the pace.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from fetch_bench import free_port  # the same loopback-alias port finder

PAGES = 200
LATENCY = 0.1

NAV = "".join(f'<li class="nav"><a href="/section/{i}">Section {i}</a></li>' for i in range(40))
RELATED = "".join(
    f'<li class="related-item"><a href="/news/related-{i}"><img src="/thumb/{i}.jpg" '
    f'alt="" width="80" height="45"><span>Another headline about a show, number {i}</span>'
    "</a></li>"
    for i in range(60)
)
COMMENTS = "".join(
    f'<div class="comment" id="c{i}"><p class="author">reader{i}</p><p>I think this season '
    f"looks great and I will watch number {i} first. Does anyone know the streaming "
    "schedule in Europe yet? The trailer was amazing.</p></div>"
    for i in range(120)
)
SCRIPT = "<script>window.dataLayer=window.dataLayer||[];" + "var x=1;" * 2000 + "</script>"


def article_page(n: int) -> bytes:
    body = (
        f"<h1>Show {n} TV Anime Reveals Cast, Staff, April Premiere</h1>"
        f'<p class="byline">by Staff, Mar 1st 2022</p>'
        f"<p>The official website for the TV anime of the Show {n} manga revealed the "
        f"main cast, staff and premiere date on Tuesday. The anime will premiere on April "
        f"{1 + n % 28} at 24:{n % 60:02d} on TOKYO MX and BS11, and Crunchyroll will "
        "stream it worldwide as it airs in Japan.</p>"
        f"<p>Actor {n}A will voice the lead, Hero {n}. Actor {n}B will voice Rival {n}, and "
        f"Actor {n}C will voice Friend {n}.</p>"
        "<h2>Staff</h2><ul>"
        f"<li>Director: Person {n}</li><li>Series Composition: Writer {n}</li>"
        f"<li>Character Design: Artist {n}</li><li>Music: Composer {n}</li>"
        f"<li>Animation Production: Studio {n}</li></ul>"
        f"<p>Band {n} performs the opening theme song &quot;Song {n}&quot;, and Singer {n} "
        f"performs the ending theme song &quot;Coda {n}&quot;.</p>"
        "<p>" + "The manga launched in 2019 and has five compiled volumes. " * 12 + "</p>"
    )
    html = (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Show {n} - News"
        f'</title><meta property="og:image" content="/kv/{n}.jpg">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
        '"2022-03-01T09:00:00Z"}</script>' + SCRIPT + "</head><body>"
        f'<header class="top"><nav><ul class="nav">{NAV}</ul></nav></header>'
        '<div class="share"><a href="#">Share</a><a href="#">Post</a><a href="#">Mail</a></div>'
        f'<main><article class="news">{body}</article></main>'
        f'<aside class="sidebar"><h3>Related</h3><ul>{RELATED}</ul></aside>'
        f'<section class="comments"><h3>Comments</h3>{COMMENTS}</section>'
        f"<footer><ul>{NAV}</ul><p>Copyright 2022</p></footer></body></html>"
    )
    return html.encode()


def feed(site: str, numbers: range) -> bytes:
    items = "".join(
        f"<item><title>Show {n} TV Anime Reveals Cast</title><link>{site}/news/{n}</link>"
        f"<guid>{site}/news/{n}</guid><pubDate>Tue, 01 Mar 2022 09:00:00 GMT</pubDate>"
        f"<description>Show {n} reveals its cast.</description></item>"
        for n in numbers
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News'
        f"</title><link>{site}</link><description>d</description>{items}</channel></rss>"
    ).encode()


# ── the server (its own process) ──────────────────────────────────────────────


def serve(port: int, hosts: int, ready: multiprocessing.synchronize.Event) -> None:
    pages = {f"/news/{n}": article_page(n) for n in range(PAGES)}
    per_feed = PAGES // hosts

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        local = writer.get_extra_info("sockname")[0]
        site = f"http://{local}:{port}"
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                path = head.decode("latin-1").split(" ")[1]
                await asyncio.sleep(LATENCY)
                kind, body = "text/html; charset=utf-8", pages.get(path, b"")
                if path.startswith("/feed/"):
                    first = int(path.removeprefix("/feed/")) * per_feed
                    kind, body = "application/rss+xml", feed(site, range(first, first + per_feed))
                elif path == "/robots.txt":
                    kind, body = "text/plain", b"User-agent: *\nDisallow: /private/\n"
                status = "200 OK" if body else "404 Not Found"
                writer.write(
                    f"HTTP/1.1 {status}\r\nContent-Type: {kind}\r\n"
                    f"Content-Length: {len(body)}\r\n\r\n".encode()
                    + body
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, IndexError):
            writer.close()

    async def main() -> None:
        servers = [
            await asyncio.start_server(handle, f"127.0.0.{2 + h}", port, backlog=512)
            for h in range(hosts)
        ]
        ready.set()
        await asyncio.gather(*(s.serve_forever() for s in servers))

    asyncio.run(main())


# ── runs ──────────────────────────────────────────────────────────────────────


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (with every process it waited for), pages read."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"fetch failed ({done.returncode}):\n{done.stderr.decode()}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    pages = sum(feed["pages_fetched"] for feed in json.loads(done.stdout))
    return elapsed, cpu, pages


def sources(work: Path, port: int, hosts: int, mode: str) -> Path:
    path = work / f"sources-{mode}.yaml"
    lines = [
        f"  - {{id: f{i}, name: Feed {i}, url: 'http://127.0.0.{2 + i}:{port}/feed/{i}', "
        f"full_text: {mode}}}\n"
        for i in range(hosts)
    ]
    path.write_text("sources:\n" + "".join(lines))
    return path


Figures = dict[str, tuple[float, float, int]]


def one_round(port: int, hosts: int) -> Figures:
    digest = str(Path(sys.executable).parent / "anime-digest")
    figures = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for label, mode, home in (
            ("never", "never", "a"),
            ("always", "always", "b"),
            ("always, warm", "always", "b"),
        ):
            env = {**os.environ, "DIGEST_HOME": str(work / home)}
            command = [digest, "fetch", "--sources", str(sources(work, port, hosts, mode))]
            figures[label] = timed([*command, "--json"], env)
    return figures


def measure(hosts: int, rounds: int) -> Figures:
    port = free_port()
    context = multiprocessing.get_context("spawn")
    ready = context.Event()
    server = context.Process(target=serve, args=(port, hosts, ready))
    server.start()
    try:
        if not ready.wait(60):
            raise SystemExit("benchmark server did not start")
        runs = [one_round(port, hosts) for _ in range(rounds)]
    finally:
        server.terminate()
        server.join(10)
    return {
        label: (
            statistics.median(r[label][0] for r in runs),
            statistics.median(r[label][1] for r in runs),
            runs[0][label][2],
        )
        for label in runs[0]
    }


def report(title: str, figures: Figures) -> None:
    base_wall, base_cpu, _ = figures["never"]
    wall, cpu, _ = figures["always"]
    print(f"\n{title}\n")
    print("| run | pages read | wall s | CPU s |")
    print("|---|---:|---:|---:|")
    for label, (w, c, read) in figures.items():
        print(f"| full_text: {label} | {read} | {w:.2f} | {c:.2f} |")
    print(
        f"\npages: {PAGES / max(wall - base_wall, 1e-9):.1f} per second, "
        f"{(cpu - base_cpu) / PAGES * 1000:.1f} ms CPU per page "
        f"(page size {len(article_page(0)) / 1024:.0f} KB)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="rounds; medians are reported")
    rounds = parser.parse_args().rounds
    report("200 pages on 10 hosts (20 each)", measure(10, rounds))
    report("200 pages on one host", measure(1, rounds))


if __name__ == "__main__":
    main()

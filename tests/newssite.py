"""A real news site on 127.0.0.1: a summary-only RSS feed, its article pages and images.

Like Anime News Network's feed, each entry carries a headline and a one-sentence
teaser; the cast, staff and stations are only on the linked page, which comes wrapped
in the usual boilerplate (navigation, share buttons, related articles, a comment
block). Routes:

    /rss.xml                   the feed (no validators: it is parsed every time);
                               ?copy: the same again; ?twice: every story listed twice
    /robots.txt                disallows /private/ for every agent
    /news/hoshikuzu-station    article page with og:image /img/kv.png
    /news/glass-garden         article page; the feed gives the entry a key visual
    /private/lantern-rabbit    article page that robots.txt forbids
    /news/missing              404
    /news/slow                 answers only after SLOW_SECONDS (or when the server stops)
    /img/good.jpg  /img/kv.png                       decodable images
    /img/missing.jpg /img/page.jpg /img/fake.jpg     404, an HTML page, HTML as image/jpeg
    /img/huge.jpg /img/endless.jpg                   200 MB announced; 8 MB unannounced
    /img/bomb.png /img/truncated.jpg                 a decompression bomb, a JPEG cut in half

Pages answer with an ETag and honour If-None-Match. Every request is logged with its
headers; ``summaries`` can be changed between fetches to edit an entry.
"""

from __future__ import annotations

import hashlib
import io
import struct
import threading
import zlib
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from xml.sax.saxutils import escape

from PIL import Image

SLOW_SECONDS = 5.0
HUGE_BYTES = 200 * 1024 * 1024  # announced; at most 8 MB are ever sent

CHROME_TOP = """<header class="site-header"><a class="logo" href="/">Anime Wire</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/reviews">Reviews</a></li>
<li><a href="/features">Features</a></li><li><a href="/forum">Forum</a></li></ul></nav>
<form class="search"><input name="q" placeholder="Search"></form></header>
<div class="share"><a href="#">Share on X</a> <a href="#">Share on Facebook</a>
<a href="#">Copy link</a></div>"""
CHROME_BOTTOM = """<aside class="related"><h3>Related articles</h3><ul>
<li><a href="/news/a">Moonlit Harbor season 2 announced with Yui Hanamura</a></li>
<li><a href="/news/b">Top 10 autumn openings, ranked by our readers</a></li></ul></aside>
<section id="comments" class="comments"><h3>Comments (2)</h3>
<div class="comment"><p class="author">otaku42</p><p>Finally! Rika Sato is perfect for this,
I have waited years for this show and cannot wait for April.</p></div>
<div class="comment"><p class="author">mecha_fan</p><p>Director Yusuke Kido also did
the best episodes of Star Frame, so my hopes are high.</p></div></section>
<footer><p>Copyright 2022 Anime Wire. All rights reserved.</p><ul><li><a href="/about">About</a>
</li><li><a href="/privacy">Privacy</a></li></ul></footer>"""

HOSHIKUZU = """<h1>Hoshikuzu Station TV Anime Reveals Additional Cast, April 2 Premiere</h1>
<p class="byline">by Staff, Feb 28th 2022</p>
<p>The official website for the TV anime of Kei Narumi's Hoshikuzu Station manga revealed
on Monday additional cast members, staff and the broadcast schedule. The anime will begin
broadcasting on April 2 (Sat) at 24:30 on TOKYO MX and BS Fuji.</p>
<p>Additional cast members were also announced. Kasumi Oda will voice Hinata and
Ryo Shimazu will voice Akira.</p>
<h2>Staff</h2>
<ul><li>Original work: Kei Narumi (serialized in Monthly Comic Ray)</li>
<li>Director: Yusuke Kido</li><li>Series Composition: Hana Mitsuki</li>
<li>Character Design: Taro Ishii</li><li>Animation Production: Studio Lumen</li></ul>
<p>(C) Kei Narumi / Hoshikuzu Station Committee</p>"""

GLASS_GARDEN = """<h1>Glass Garden TV Anime Premieres on April 8</h1>
<p>The official website for the TV anime of Mei Aoyama's Glass Garden novel series
announced that the anime will premiere on April 8 (Fri) at 23:00 on AT-X.</p>
<p>Mika Tanaka will voice Shiori and Jun Fukuda will voice Ren.</p>
<ul><li>Director: Noriko Saeki</li><li>Animation Production: Studio Hanabi</li></ul>"""

LANTERN_RABBIT = """<h1>Lantern Rabbit TV Anime Reveals Cast</h1>
<p>The official website for the TV anime Lantern Rabbit announced that it will premiere
on April 5 (Tue) at 25:00 on Tokyo MX. Haruka Mori will voice Usagi.</p>
<ul><li>Director: Kenta Ono</li><li>Animation Production: Studio Moss</li></ul>"""

ENTRIES = (  # (path, title, teaser, feed key visual)
    (
        "/news/hoshikuzu-station",
        "Hoshikuzu Station TV Anime Reveals Additional Cast, April 2 Premiere",
        "The TV anime reveals more cast members and its broadcast schedule.",
        None,
    ),
    (
        "/news/glass-garden",
        "Glass Garden TV Anime Premieres on April 8",
        "The anime adaptation of the novel series gets its premiere date.",
        "/img/good.jpg",
    ),
    (
        "/private/lantern-rabbit",
        "Lantern Rabbit TV Anime Reveals Cast",
        "The original anime announces its lead.",
        None,
    ),
    ("/news/missing", "Moonlit Harbor Anime Announced", "A sequel is coming.", None),
    ("/news/slow", "Paper Moon Anime Gets Second Season", "More is on the way.", None),
)


def page(title: str, article: str, og_image: str | None = None) -> bytes:
    meta = f'<meta property="og:image" content="{og_image}">' if og_image else ""
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title} - Anime Wire</title>"
        f'<meta property="og:title" content="{title}">{meta}'
        '<meta property="article:published_time" content="2022-02-28T09:00:00Z"></head>'
        f"<body>{CHROME_TOP}<main><article>{article}</article></main>{CHROME_BOTTOM}"
        "</body></html>"
    ).encode()


def jpeg(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 60, 90)).save(out, "JPEG", quality=90)
    return out.getvalue()


def png_with_alpha(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", (width, height), (30, 120, 200, 128)).save(out, "PNG")
    return out.getvalue()


def bomb_png(side: int = 30_000) -> bytes:
    """A tiny PNG whose header announces ``side`` x ``side`` pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    rows = zlib.compress(b"\0" * 1024)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")
    )


@dataclass
class Seen:
    path: str
    headers: dict[str, str]


@dataclass
class NewsSite:
    """Serves the site on an ephemeral port until ``stop``."""

    requests: list[Seen] = field(default_factory=list)
    summaries: dict[str, str] = field(default_factory=lambda: {e[0]: e[2] for e in ENTRIES})
    routes: dict[str, tuple[int, str, bytes]] = field(default_factory=dict)
    stopping: threading.Event = field(default_factory=threading.Event)
    httpd: ThreadingHTTPServer | None = None
    thread: threading.Thread | None = None

    def start(self) -> NewsSite:
        owner = self

        class Handler(_Handler):
            site = owner

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.routes.update(self._routes())
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        assert self.httpd is not None and self.thread is not None
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=10)

    def url(self, path: str) -> str:
        assert self.httpd is not None
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def seen(self, prefix: str) -> list[Seen]:
        return [r for r in self.requests if r.path.startswith(prefix)]

    def feed(self, *, twice: bool = False) -> bytes:
        """The feed; ``twice`` lists every story again under a second guid."""
        items = []
        for copy in ("", "#again")[: 2 if twice else 1]:
            for path, title, _teaser, visual in ENTRIES:
                media = (
                    f'<media:content url="{self.url(visual)}" medium="image"/>' if visual else ""
                )
                items.append(
                    f"<item><title>{escape(title)}</title><link>{self.url(path)}</link>"
                    f"<guid>{self.url(path)}{copy}</guid>"
                    "<pubDate>Mon, 28 Feb 2022 09:00:00 GMT</pubDate>"
                    f"<description>{escape(self.summaries[path])}</description>{media}</item>"
                )
        return (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
            'xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Anime Wire</title>'
            f"<link>{self.url('/')}</link><description>News</description>"
            + "".join(items)
            + "</channel></rss>"
        ).encode()

    def _routes(self) -> dict[str, tuple[int, str, bytes]]:
        html = "text/html; charset=utf-8"
        good = jpeg(800, 450)
        return {
            "/robots.txt": (200, "text/plain", b"User-agent: *\nDisallow: /private/\n"),
            "/news/hoshikuzu-station": (
                200,
                html,
                page(ENTRIES[0][1], HOSHIKUZU, og_image=self.url("/img/kv.png")),
            ),
            "/news/glass-garden": (200, html, page(ENTRIES[1][1], GLASS_GARDEN)),
            "/private/lantern-rabbit": (200, html, page(ENTRIES[2][1], LANTERN_RABBIT)),
            "/img/good.jpg": (200, "image/jpeg", good),
            "/img/kv.png": (200, "image/png", png_with_alpha(1200, 675)),
            "/img/page.jpg": (200, html, page("Not an image", "<p>Nothing here.</p>")),
            "/img/fake.jpg": (200, "image/jpeg", page("Not an image", "<p>Nothing here.</p>")),
            "/img/bomb.png": (200, "image/png", bomb_png()),
            "/img/truncated.jpg": (200, "image/jpeg", good[: len(good) // 2]),
        }


class _Handler(BaseHTTPRequestHandler):
    site: NewsSite
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet: tests read site.requests instead

    def do_GET(self) -> None:
        self.site.requests.append(Seen(self.path, {k.lower(): v for k, v in self.headers.items()}))
        try:
            self._route()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (timeouts, size cap)

    def _route(self) -> None:
        if self.path.split("?")[0] == "/rss.xml":  # /rss.xml?copy: the same feed again
            twice = self.path.endswith("?twice")
            return self._answer(200, "application/rss+xml", self.site.feed(twice=twice))
        if self.path == "/news/slow":
            self.site.stopping.wait(SLOW_SECONDS)
            return self._answer(200, "text/html", page("Slow", "<p>Too late.</p>"))
        if self.path in {"/img/huge.jpg", "/img/endless.jpg"}:
            return self._huge(announce=self.path == "/img/huge.jpg")
        if self.path not in self.site.routes:
            return self._answer(404, "text/html", b"<html><body>Not found</body></html>")
        status, kind, body = self.site.routes[self.path]
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            return self._answer(304, kind, b"", etag)
        self._answer(status, kind, body, etag)

    def _answer(self, status: int, kind: str, body: bytes, etag: str | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        if etag:
            self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)

    def _huge(self, *, announce: bool) -> None:
        """200 MB announced, or an unannounced stream ended by closing the connection."""
        self.send_response(200)
        self.send_header("Content-Type", "image/jpeg")
        if announce:
            self.send_header("Content-Length", str(HUGE_BYTES))
        else:
            self.send_header("Connection", "close")
        self.end_headers()
        block = b"\xff" * 65536
        for _ in range(128):  # 8 MB at most, then the connection closes
            if self.site.stopping.is_set():
                break
            self.wfile.write(block)
        self.close_connection = True

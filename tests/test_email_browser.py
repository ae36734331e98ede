"""The weekly email in a real headless Chromium: readable in light and dark mode, at a
desktop and a phone width, with the covers loading from the archive.

The archive is served over HTTP on 127.0.0.1 (so the email's covers load from it, as
they would from the public archive), the golden files' issue (every section filled) is
rendered for a Berlin reader, and the page is opened in light and in dark colour scheme
at 1200 and 390 px. Every element that shows text is checked for a WCAG contrast of at
least 4.5:1 against the colour behind it, read from the rendered page. Screenshots are
kept under var/screenshots/ for a person to look at (not in git).
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from test_archive_browser import browser  # noqa: F401 (the shared Chromium fixture)
from test_email_golden import LATER_COVER, golden_issue

import pipeline.render.compose
from pipeline.core.config import Settings
from pipeline.core.models import Variant
from pipeline.core.text import image_path
from pipeline.render.compose import personalise, render

pytestmark = pytest.mark.browser

SHOTS = Path(__file__).resolve().parent.parent / "var" / "screenshots"
COVER = "https://news.example.org/86-key-visual.jpg"

# For every element with text of its own: its colour, and the first opaque background
# behind it, as [r, g, b] lists; the page's canvas counts as the last background.
CONTRASTS = """() => {
  const rgb = (s) => (s.match(/[\\d.]+/g) || []).map(Number);
  const canvas = rgb(getComputedStyle(document.documentElement).backgroundColor);
  const back = (el) => {
    for (let node = el; node; node = node.parentElement) {
      const c = rgb(getComputedStyle(node).backgroundColor);
      if (c.length >= 3 && (c.length < 4 || c[3] > 0.5)) return c.slice(0, 3);
    }
    return canvas.length >= 3 && (canvas.length < 4 || canvas[3] > 0.5)
      ? canvas.slice(0, 3) : null;
  };
  const out = [];
  for (const el of document.body.querySelectorAll("*")) {
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    const style = getComputedStyle(el);
    if (!own || style.display === "none" || style.visibility === "hidden") continue;
    if (el.closest("[style*='display:none'], [style*='max-height:0']")) continue;
    out.push({text: el.textContent.trim().slice(0, 40), tag: el.tagName,
              color: rgb(style.color).slice(0, 3), back: back(el)});
  }
  return out;
}"""


def luminance(rgb: list[float]) -> float:
    def channel(value: float) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: list[float], b: list[float]) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A served archive folder holding the 320 px renditions of the golden issue's covers."""
    site = tmp_path / "home" / "site"
    for url, colour in [(COVER, (40, 60, 120)), (LATER_COVER, (150, 190, 140))]:
        rendition = site / image_path(url, 320)
        rendition.parent.mkdir(parents=True, exist_ok=True)
        picture = io.BytesIO()
        Image.new("RGB", (320, 450), colour).save(picture, "JPEG")
        rendition.write_bytes(picture.getvalue())

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(site)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/", site
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=10)


@pytest.fixture
def email_html(archive: tuple[str, Path], tmp_path: Path) -> str:
    base, _ = archive
    pipeline.render.compose._clear_caches()
    settings = Settings.load(home=tmp_path / "home", base_url=base, secret="s")
    rendered = render(golden_issue(), Variant("Europe/Berlin"), settings=settings)
    mail = personalise(
        rendered,
        name="Mio",
        unsubscribe_url=f"{base}unsubscribe?token=abc",
        preferences_url=f"{base}preferences?token=abc",
        view_url=f"{base}issues/7.html",
    )
    pipeline.render.compose._clear_caches()
    return mail.html


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1200, 390])
def test_the_email_reads_in_light_and_dark_at_desktop_and_phone_width(
    browser: Any,  # noqa: F811 (the imported fixture's value)
    email_html: str,
    archive: tuple[str, Path],
    scheme: str,
    width: int,
) -> None:
    base, site = archive
    (site / "mail.html").write_text(email_html, encoding="utf-8")
    ctx = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = ctx.new_page()
    page.goto(f"{base}mail.html", wait_until="load")
    covers = page.locator("img[alt='Key visual of 86-Eighty-Six']")
    assert covers.count() >= 1 and covers.first.evaluate("img => img.naturalWidth") == 320
    readings = page.evaluate(CONTRASTS)
    assert len(readings) > 20  # the whole email was read
    poor = [
        (r["tag"], r["text"], round(contrast(r["color"], r["back"]), 2))
        for r in readings
        if r["back"] is not None and contrast(r["color"], r["back"]) < 4.5
    ]
    assert poor == [], f"text below 4.5:1 in {scheme} mode: {poor}"
    if scheme == "dark":  # the page really turned dark, it did not just pass by chance
        paper = page.locator("h1").evaluate("h => getComputedStyle(h).color")
        assert luminance([float(v) for v in paper[4:-1].split(",")[:3]]) > 0.5
    SHOTS.mkdir(parents=True, exist_ok=True)
    shot = SHOTS / f"email-{width}-{scheme}.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.read_bytes().startswith(b"\x89PNG")
    assert page.evaluate("document.documentElement.scrollWidth") <= width  # no sideways scroll
    ctx.close()

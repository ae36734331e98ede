"""An article page's main text and metadata, read with trafilatura: pure, bytes in.

``read_page`` keeps the article itself (headings, lists, paragraphs and tables) as
HTML and drops navigation, comments, related links and share buttons; it also reads
the page's title, date and ``og:image``. It runs in the fetch stage's worker
processes, so it is a plain function of picklable values. trafilatura is imported on
first use, which keeps the command's start-up fast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin

from pipeline.core.errors import SourceError
from pipeline.core.text import safe_url

HTML_TYPES = ("text/html", "application/xhtml+xml")
MIN_TEXT = 40  # characters of text below which a page counts as "nothing extracted"
# The page's own headline: the article keeps the feed's title, and a heading at the top
# of the body would read as the heading of a round-up's first section.
_LEADING_HEADLINE = re.compile(r"^\s*<h1\b[^>]*>.*?</h1>\s*", re.S | re.I)


@dataclass(frozen=True, slots=True)
class PageText:
    """What one article page held."""

    html: str  # the main text as simple HTML (h2-h4, p, ul/ol/li, table)
    title: str | None  # the page's headline
    image_url: str | None  # og:image (or the page's main image), absolute http(s)
    date: str | None  # publication date as YYYY-MM-DD, when the page gives one


def is_html(content_type: str | None) -> bool:
    """True when a Content-Type names an HTML document (or names nothing)."""
    if not content_type:
        return True
    return content_type.split(";")[0].strip().lower() in HTML_TYPES


def read_page(body: bytes, url: str) -> PageText:
    """Extract the main text of ``body``; raise SourceError when there is none."""
    import trafilatura
    from trafilatura.utils import load_html

    try:
        tree = load_html(body)
        if tree is None:
            raise SourceError("not an HTML document")
        meta = trafilatura.extract_metadata(tree, default_url=url)
        html = trafilatura.extract(
            tree,
            url=url,
            output_format="html",
            include_comments=False,
            include_links=False,
            include_images=False,
            include_tables=True,
            include_formatting=True,
        )
    except SourceError:
        raise
    except Exception as exc:  # trafilatura's and lxml's own failures, whatever their class
        raise SourceError(f"cannot read the page: {type(exc).__name__}: {exc}") from exc
    body_html = _LEADING_HEADLINE.sub("", _inner_body(html or ""), count=1)
    if len(_visible(body_html)) < MIN_TEXT:
        raise SourceError("no article text found on the page")
    image = safe_url(urljoin(url, meta.image)) if meta.image else None
    return PageText(html=body_html, title=meta.title or None, image_url=image, date=meta.date)


def _inner_body(html: str) -> str:
    """trafilatura's HTML without its ``<html><body>`` wrapper."""
    start = html.find("<body>")
    end = html.rfind("</body>")
    if start == -1 or end == -1:
        return html.strip()
    return html[start + len("<body>") : end].strip()


def _visible(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())

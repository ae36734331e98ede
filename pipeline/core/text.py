"""Untrusted text made safe to print: one-line subjects and names, and link addresses."""

from __future__ import annotations

import hashlib
import unicodedata
from urllib.parse import urlsplit

# Control, format, surrogate, private-use and unassigned characters, and line breaks.
_UNSAFE_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}

# Longest single-line field (a title, an author) kept from a feed. Fuzzy matching costs
# grow with the square of the length, so a hostile 1 MB title must never reach it.
LINE_LIMIT = 300


def one_line(text: str, limit: int, *, ellipsis: bool = True) -> str:
    """``text`` with unsafe characters turned to spaces, runs of space folded, capped.

    A capped line ends in "…" unless ``ellipsis`` is False (then it is simply cut).
    """
    if not text.isprintable():  # only then can it hold a control, format or line character
        text = "".join(" " if unicodedata.category(ch) in _UNSAFE_CATEGORIES else ch for ch in text)
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    return line[: limit - 1].rstrip() + "…" if ellipsis else line[:limit]


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) address with no space or control character.

    Anything else (``javascript:``, relative paths, hidden bidi marks) gives None, and
    the email and the archive then show the text without a link.
    """
    if not url:
        return None
    candidate = url.strip()
    parts = urlsplit(candidate)
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        return None
    if any(ch.isspace() or unicodedata.category(ch)[0] == "C" for ch in candidate):
        return None
    return candidate


def image_path(url: str, width: int) -> str:
    """Where the archive keeps a ``width``-pixel rendition of the image at ``url``.

    Named by a prefix of the address's sha256, so the email can link a rendition
    without knowing anything of the archive but this rule.
    """
    digest = hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()[:20]
    return f"assets/img/{digest}-{width}.jpg"

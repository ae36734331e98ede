"""Untrusted text as one safe line: for subjects, header names and subscriber names."""

from __future__ import annotations

import unicodedata

# Control, format, surrogate, private-use and unassigned characters, and line breaks.
_UNSAFE_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}


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

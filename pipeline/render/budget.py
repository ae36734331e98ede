"""The email's size budget: the compiled HTML stays under ``SIZE_LIMIT`` bytes.

Gmail clips a message whose HTML passes about 102 KB and hides what follows, the
unsubscribe link among it. The budget is 90 KB, leaving room for the personal values
and for what mail clients add. The lineup gives way, one step at a time, until the
document fits:

1. every show of the lineup as a full card;
2. premieres of the next four weeks (from the issue's day) as full cards, every other
   show (already on air, later, TBA) as one line, with a link to the season page, where
   every show has its full card;
3. fewer full cards still: the soonest premieres keep theirs, the later ones become one
   line each, so every show of the season is still in the email;
4. only when one line per show is too long, the last lines give way to "See the full
   lineup: N more shows".

Sizes are read from the compiled document, where each lineup entry starts at its
``id="card-N"`` and the lineup ends at ``id="lineup-end"``; a guess is always checked by
compiling again. Pictures are never dropped on their own: a show that keeps its card
keeps its cover.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.core.errors import RenderError
from pipeline.render.view import IssueView

SIZE_LIMIT = 90_000  # bytes of HTML before personal values; Gmail clips at 102 KB
ONE_LINE = 320  # bytes a show costs as one line (title, link, date), a little over
MORE_LINK = 600  # bytes of the "See the full lineup" link that replaces cut lines

Compile = Callable[[IssueView], str]  # a view to its compiled HTML


def fit(view: IssueView, compile_view: Compile) -> tuple[str, IssueView]:
    """The compiled HTML under ``SIZE_LIMIT``, and the view it shows."""
    document = compile_view(view)
    if _size(document) <= SIZE_LIMIT:
        return document, view
    view = view.briefer()
    document, view = _fewer_full_cards(view, compile_view(view), compile_view)
    if _size(document) <= SIZE_LIMIT:
        return document, view
    return _fewer_lines(view, compile_view)


def _size(document: str) -> int:
    return len(document.encode())


def _fewer_full_cards(
    view: IssueView, document: str, compile_view: Compile
) -> tuple[str, IssueView]:
    """Turn the latest full cards into one line each until the document fits (step 3)."""
    for _attempt in range(len(view.cards) + 1):
        encoded = document.encode()
        full = view.full_cards()
        if len(encoded) <= SIZE_LIMIT or not full:
            break
        keep = _full_cards_that_fit(encoded, full, len(encoded) - SIZE_LIMIT)
        view = view.briefer(full=keep)
        document = compile_view(view)
    return document, view


def _full_cards_that_fit(document: bytes, full: list[int], excess: int) -> int:
    """How many of the full cards (their places in the lineup, ``full``) to keep so that
    making the rest one line saves ``excess`` bytes; always at least one fewer."""
    saved = 0
    keep = len(full)
    while keep > 0 and saved < excess:
        keep -= 1
        saved += _entry_size(document, full[keep]) - ONE_LINE
    return min(keep, len(full) - 1)


def _entry_size(document: bytes, index: int) -> int:
    """Bytes of the lineup entry ``index`` in the compiled document."""
    start = document.find(f'id="card-{index}"'.encode())
    end = document.find(f'id="card-{index + 1}"'.encode())
    if end < 0:
        end = document.find(b'id="lineup-end"')
    return max(0, end - start) if start >= 0 else 0


def _fewer_lines(view: IssueView, compile_view: Compile) -> tuple[str, IssueView]:
    """The document with as many leading lineup entries as fit (step 4)."""
    shown = len(view.cards)
    for _attempt in range(len(view.cards) + 1):
        step = view.shortened(shown)
        document = compile_view(step)
        encoded = document.encode()
        if len(encoded) <= SIZE_LIMIT or shown == 0:
            return document, step
        shown = _entries_that_fit(encoded, shown, len(encoded) - SIZE_LIMIT)
    raise RenderError(f"could not fit the issue under {SIZE_LIMIT} bytes")


def _entries_that_fit(document: bytes, shown: int, excess: int) -> int:
    """How many of the ``shown`` leading entries to keep so that dropping the rest
    removes ``excess`` bytes and leaves room for the link to the full lineup."""
    end = document.find(b'id="lineup-end"')
    for keep in range(shown - 1, -1, -1):
        start = document.find(f'id="card-{keep}"'.encode())
        if 0 <= start < end and end - start >= excess + MORE_LINK:
            return keep
    return 0

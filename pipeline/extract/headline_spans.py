"""The runs of headline words the body also writes ("From each word of the headline, the
longest run the body has"), one of the title candidates' sources."""

from __future__ import annotations

from pipeline.extract.headline_reading import starts_like_title
from pipeline.extract.title_spans import occurs_in, recased, trimmed


def headline_spans(headline: str, body: str, *, capitals: bool = False) -> list[str]:
    """From each word of ``headline``, the longest run of words the body also writes; with
    ``capitals``, in title case where the headline sets it in capitals."""
    words = headline.split()
    found: list[str] = []
    start = 0
    while start < len(words):
        end = _quote_end(words, start)
        while end > start:
            span = trimmed(" ".join(words[start:end]))
            written = span and (
                span if occurs_in(span, body) else recased(span, body, capitals=capitals)
            )
            last = written.split()[-1] if written else ""
            if written and last.isalpha() and last.islower() and not written[:1].islower():
                written = None  # "X stage": the run goes on past the title (not "your name")
            if written and starts_like_title(written):  # not "episode of X" the body recases
                found.append(written)
                break
            end -= 1
        start = max(end, start + 1)
    return found


def _quote_end(words: list[str], start: int) -> int:
    """Where a span from ``start`` must end: after a word that closes a quotation ("‘Given’
    Anime Film" is the quoted title and what follows it, not one span), or before one that
    opens a quotation ("AnimeLab Adds ‘Asterisk War’")."""
    for index in range(start, len(words)):
        if index > start and words[index][:1] in OPENING_QUOTES:
            return index
        if words[index][-1:] in CLOSING_QUOTES and index < len(words) - 1:
            return index + 1
    return len(words)


CLOSING_QUOTES = frozenset('’”"」』')
OPENING_QUOTES = frozenset('‘“"「『')

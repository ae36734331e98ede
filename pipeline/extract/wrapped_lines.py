"""Plain text whose paragraphs were hard-wrapped, each line set apart by a blank line, as
some copied pages are: the lines join back into their paragraphs."""

from __future__ import annotations

import re
from itertools import pairwise

SENTENCE_END = re.compile(r"[.!?][\"”’')]*$")
GOES_ON = re.compile(r"(?!\d{1,2}[.)]\s)[^\W_]")  # a word, not a list line's number or mark
WRAPPED = re.compile(  # a line that stops mid-sentence: a comma, or a word no sentence ends on
    r"(?:[,;]|\s(?:and|or|but|nor|[Tt]he|a|an|of|to|in|on|at|for|with|by|from|as|is|are|was|were|will"
    r"|be|has|have|had|its|their|his|her|our|who|whose|which|that|than|into|since|after|while"
    r"|plays|voices|gives|includes?|including))$"
)
WRAP_WORDS = 10  # ... and is this long: a hard-wrapped line of a longer paragraph
WRAPS = 3  # such lines before a text counts as hard-wrapped


SEMICOLON_ROW = re.compile(r"^(?:;\s*)?(?P<row>[^;]{2,120}?)\s*;$")  # "; Hell's Paradise;"
SEMICOLON_ROWS = 3  # one-line paragraphs ending so before they make a list


def semicolon_list(paragraphs: list[list[str]]) -> list[list[str]]:
    """A list set one item to a paragraph, each ending on a semicolon ("Vinland Saga -
    Season 2 ;" / "; Hell's Paradise;"), with those semicolons taken off its items."""
    ends = [len(p) == 1 and SEMICOLON_ROW.match(p[0]) for p in paragraphs]
    if sum(1 for e in ends if e) < SEMICOLON_ROWS:
        return paragraphs
    return [[m.group("row")] if m else p for p, m in zip(paragraphs, ends, strict=True)]


def unwrapped(paragraphs: list[list[str]]) -> list[list[str]]:
    """``paragraphs`` with the lines of a hard-wrapped text, each set apart by a blank line
    ("... The 19-year-old" / "Hanamori, best known as ..., plays" / "Nadeshiko ..."),
    joined back into their paragraphs, when at least three lines stop mid-sentence; a line
    that starts in lower case goes on the line above too."""
    if sum(1 for p in paragraphs if len(p) == 1 and _cut(p[0])) < WRAPS:
        return _joined_headings(paragraphs)
    out: list[list[str]] = []
    for rows in (p for p in paragraphs if p):
        last = out[-1][0] if out and len(out[-1]) == 1 else None
        if last and len(rows) == 1 and GOES_ON.match(rows[0]) and _goes_on(last, rows[0]):
            out[-1] = [f"{last} {rows[0]}"]
        else:
            out.append(rows)
    return out


ROW_WRAPS = 3  # rows of one paragraph that go on below before it counts as hard-wrapped


def rejoined(rows: list[str]) -> list[str]:
    """The rows of one paragraph hard-wrapped mid-sentence ("A new" / "promotional video
    for the project ..." / "the original anime ..."), joined into one line, when at least
    three rows go on below: the next starts in lower case or the row ends on a joining
    word or leaves a quotation open; other paragraphs as they are. A row that leaves a
    parenthesis open on a comma goes on always ('... by Satoru Kôsaki ("A",' / '"B", "C").').
    """
    rows = _parentheses_closed(rows)
    ends = [not SENTENCE_END.search(row) for row in rows]
    goes_on = [
        end and (below[:1].islower() or row.endswith("(") or bool(WRAPPED.search(row)))
        for end, (row, below) in zip(ends, pairwise(rows), strict=False)
    ]
    if sum(goes_on) < ROW_WRAPS:
        return rows
    # in a wrapped paragraph, a row that leaves a quotation open goes on too ('" X ( Y')
    goes_on = [
        on or (end and row.count('"') % 2 == 1)
        for on, end, row in zip(goes_on, ends, rows, strict=False)
    ]
    out = rows[:1]
    for joined, row in zip(goes_on, rows[1:], strict=True):
        out[-1:] = [f"{out[-1]} {row}"] if joined else [out[-1], row]
    return out


def _parentheses_closed(rows: list[str]) -> list[str]:
    """``rows`` with a row that leaves a parenthesis open on a comma joined to the rows
    below it, up to the one that closes it (three at most)."""
    if len(rows) < 2 or all(row.count("(") <= row.count(")") for row in rows):
        return rows  # quick check: nearly every paragraph
    out: list[str] = []
    depth = joined = 0
    for row in rows:
        going = depth > 0 and joined < PARENTHESIS_ROWS
        out[-1:] = [f"{out[-1]} {row}"] if going else [*out[-1:], row]
        joined = joined + 1 if going else 0
        depth = max(0, depth + row.count("(") - row.count(")")) if going else 0
        if not going and row.count("(") > row.count(")") and row.endswith(","):
            depth = row.count("(") - row.count(")")
    return out


PARENTHESIS_ROWS = 3


HEADING_GOES_ON = re.compile(r"^(?:of|and|the|in|to|for|on|at|with|from|no|wa|ga)\s")
HEADING_WORDS = 8  # a heading broken over two lines: each part is this short


def _joined_headings(paragraphs: list[list[str]]) -> list[list[str]]:
    """A heading broken over two one-line paragraphs, the second going on in lower case
    ("The Continuation of the Adventures" / "of Rider and Waver"), joined."""
    out: list[list[str]] = []
    for rows in paragraphs:
        last = out[-1][0] if out and len(out[-1]) == 1 else None
        if (
            last
            and len(rows) == 1
            and HEADING_GOES_ON.match(rows[0])
            and not SENTENCE_END.search(last)
            and len(last.split()) <= HEADING_WORDS
            and len(rows[0].split()) <= HEADING_WORDS
            and last[:1].isupper()
        ):
            out[-1] = [f"{last} {rows[0]}"]
        else:
            out.append(rows)
    return out


def _goes_on(row: str, below: str) -> bool:
    return _cut(row) or (below[:1].islower() and not SENTENCE_END.search(row))


def _cut(row: str) -> bool:
    return len(row.split()) >= WRAP_WORDS and bool(WRAPPED.search(row))

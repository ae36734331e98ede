"""Case-blind cue checks that run on lower-cased text.

Python's ``re`` cannot skip ahead by first characters in a case-insensitive pattern,
so a cue list such as "premiere|debut|air..." searched with ``re.I`` tries every
position of a sentence the slow way. Most such cues are only asked *whether* they
occur, so ``Folded`` keeps the pattern in lower case, compiles it without ``re.I`` and
searches ``text.lower()``: the same answer, several times faster. It only answers
yes or no; a pattern whose match text or groups are used stays an ``re.Pattern``.
"""

from __future__ import annotations

import re

ESCAPE = re.compile(r"\\.")


class Folded:
    """A case-insensitive cue written in lower case; ``found`` says whether it occurs."""

    __slots__ = ("pattern",)

    def __init__(self, pattern: str) -> None:
        if re.search(r"[A-Z]", ESCAPE.sub("", pattern)):
            raise ValueError(f"write a folded cue in lower case: {pattern!r}")
        self.pattern = re.compile(pattern)

    def found(self, text: str) -> bool:
        return self.pattern.search(text.lower()) is not None

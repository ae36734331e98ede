"""Headings that keep a show's title in sentence case, as some outlets set them ("I want
to eat your pancreas", "Mirai no mirai"): they are told from section headings by their
neighbours and by the paragraph below them, not by their capitals."""

from __future__ import annotations

import re
import string

from pipeline.extract.candidate_filters import is_generic
from pipeline.extract.show_headings import is_show_heading
from pipeline.extract.text import Block

NAMED_AMONG = 3  # show headings, one in title case at least, a sentence-case one stands among
SENTENCE_CASE_WORDS = 8  # a title in sentence case as a heading ("I want to eat your pancreas")
FIRST_WORD_ONLY = 4  # ... named below by its first word alone ("Mirai no mirai": "Mirai")
PICTURE_WORDS = frozenset({"photo", "photos", "picture", "pictures", "image", "images"})


def named_below(blocks: list[Block], index: int) -> bool:
    """A heading in sentence case ("I want to eat your pancreas", "Mirai no mirai") that
    would be a show heading in title case and that the paragraph below names again, whole
    or (a short one) by its first word: a show's name, set as its sources write it."""
    text = blocks[index].text
    below = blocks[index + 1] if index + 1 < len(blocks) else None
    words = text.split()
    if blocks[index].kind != "heading" or below is None or below.kind == "heading":
        return False
    if not 1 < len(words) <= SENTENCE_CASE_WORDS or not text[:1].isupper() or text[-1] in "?:.!":
        return False
    if words[-1].lower() in PICTURE_WORDS or not is_show_heading(string.capwords(text)):
        return False  # "Annecy 2015 Banner", "What is it about": no show in any case
    if text.casefold() in below.text.casefold():
        return True
    first = re.compile(rf"\b{re.escape(words[0])}\b")
    short = len(words) <= FIRST_WORD_ONLY and len(words[0]) >= FIRST_WORD_ONLY
    return short and not is_generic(words[0]) and first.search(below.text) is not None

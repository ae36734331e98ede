"""Image captions and credits in scraped text: a short caption line that ends in its
credit ("Sung Jinwoo in the X anime (Image via A-1 Pictures)") is no text, and a line
ending in a copyright credit keeps only the words before it."""

from __future__ import annotations

import re

from pipeline.extract.folding import Folded

CAPTION_TAIL = re.compile(  # "... Image courtesy of Kadokawa© 2023 ...": a scraped credit
    r"\s*(?:(?:Image|Images|Photo|Key\s+visual)\s+(?:courtesy\s+of|via)\b|©).*$"
)
CAPTION_LINE = re.compile(  # the credit names the picture's owner, not the show's studio
    r"\((?:Image|Images|Photo|Picture|Screenshot)s?\s*(?:via\b|courtesy\s+of\b|:)[^()]*\)\s*$",
    re.I,
)
NUMBERED_PICTURE = re.compile(r"\s(?:pic|picture|image|img|photo)\s?\d{1,2}\s*$", re.I)  # "X pic 1"
CAPTION_HEAD = 6  # words a line keeps before its image credit to be text of its own
CAPTION_WORDS = 24  # a caption line is short; a paragraph ending in a credit is text
COPYRIGHT = Folded(r"©|\(c\)\s*\d{4}|^\s*\(c\)|all rights reserved")


def without_caption(text: str) -> str | None:
    """``text`` without the image credit a scraped line ends with ("A as B, a reporter
    Image courtesy of X© 2023 ..."); None for a line that is only a caption, a credit or
    a notice."""
    credit = CAPTION_LINE.match(text, text.rfind("(")) if text.endswith(")") else None
    if credit and len(text.split()) <= CAPTION_WORDS:
        return None
    if NUMBERED_PICTURE.search(text) and len(text.split()) <= CAPTION_WORDS:
        return None  # a picture's alt text: "Kyoto Animation's July Anime Is Free! pic 1"
    if not COPYRIGHT.found(text):
        return text
    head = CAPTION_TAIL.sub("", text).rstrip()
    return head if len(head.split()) >= CAPTION_HEAD and not COPYRIGHT.found(head) else None

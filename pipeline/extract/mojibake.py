"""Punctuation that a page's UTF-8 bytes lost to a one-byte decoding on the way to its
feed: "¬†" for a no-break space (Mac Roman), "â€™" for a right quote and "Â " for a
no-break space (Windows-1252). Left as it is, "Kokkuri-san,¬†I Can't..." hides the list
comma's space and "â€™" breaks a title. Only these punctuation sequences are mended:
letters that could be meant (a real "Â" or "¬") stay.

A page can also reach its feed with every punctuation mark written as a named character
reference ("<p>One more week&comma;<&sol;p>", "href&equals;"): no page writes "&sol;"
for "/" on purpose, so such a text is read once more as references before its markup.

An opening single quote typed for an apostrophe ("Takahashi‘s") is set as one.
Quotation marks of other languages ("»X«", "« X »", "„X“") are set as English ones ("“X”"),
so that a quoted title reads the same whatever the outlet's language.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace

from pipeline.core.models import Article

MENDED = {
    "¬†": " ",
    "Â\u00a0": " ",
    "â€™": "’",
    "â€˜": "‘",
    "â€œ": "“",
    "â€\u009d": "”",
    "â€“": "–",
    "â€”": "—",
    "â€¦": "…",
}
MANGLED = re.compile("|".join(map(re.escape, MENDED)))
OPENING_APOSTROPHE = re.compile(r"(?<=[^\W\d_])‘(?=s\b)")  # an opening quote set for "’s"
HIDDEN_ADDRESS = re.compile(r"\[email(?:\s|&#160;|&nbsp;)protected\]")  # a stand-in for "X@Y"
SPELLED_OUT = ("&sol;", "&equals;", "&period;", "&comma;")  # ASCII punctuation as references
MARK_REFERENCES = {"&laquo;": "«", "&raquo;": "»", "&bdquo;": "„"}
QUOTED = re.compile(  # German "»X«", French and Italian "« X »" or "«X»", German "„X“"
    r"(?:»(?P<de>[^«»\n]{1,150})«|«\s?(?P<fr>[^«»\n]{1,150}?)\s?»|„(?P<low>[^„“”\n]{1,150})[“”])"
    r"(?P<glued>-(?=\w))?"  # "»X«-Anime": “X” Anime
)


def mended(text: str) -> str:
    """``text`` with the mangled punctuation sequences above put back."""
    if any(ref in text for ref in SPELLED_OUT):
        text = html.unescape(text)  # "<&sol;p>": the markup itself was written as references
    if "«" in text or "»" in text or "„" in text or "&laquo;" in text or "&bdquo;" in text:
        text = _english_quotes(text)
    if "‘s" in text:
        text = OPENING_APOSTROPHE.sub("’", text)  # "Rumiko Takahashi‘s X manga"
    if "¬" not in text and "Â" not in text and "â€" not in text:
        return text  # quick check: nearly every page
    return MANGLED.sub(lambda m: MENDED[m.group(0)], text)


def _english_quotes(text: str) -> str:
    for reference, mark in MARK_REFERENCES.items():
        text = text.replace(reference, mark)
    return QUOTED.sub(_quoted, text)


def _quoted(match: re.Match[str]) -> str:
    space = " " if match.group("glued") else ""
    return f"“{match.group('de') or match.group('fr') or match.group('low')}”{space}"


def mended_article(article: Article) -> Article:
    """``article`` with its headline, summary and content mended, and a name with an "@"
    that a page's address guard hid ("The [email protected] Million Live!") put back from the
    headline, when the headline writes one such name only."""
    content = mended(article.content_html)
    named = {w.strip(".,:;!?'\"‘’“”") for w in (article.title or "").split() if "@" in w}
    if len(named) == 1 and "protected]" in content:
        name = named.pop()
        content = HIDDEN_ADDRESS.sub(lambda _: name, content)
    return replace(
        article,
        title=article.title and mended(article.title),
        summary=mended(article.summary),
        content_html=content,
    )

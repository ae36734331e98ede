"""The page's own copies of the headline, which are no part of the article's text."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.core.models import Article
from pipeline.extract.text import Document

FURNITURE_REACH = 4  # blocks above the page's own headline line that are its navigation
NEWS_VERB = re.compile(
    r"\b(?:Previews|Reveals|Announces|Unveils|Gets|Sets|Streams|Adds|Casts|Confirms|Teases"
    r"|Shares|Performs|Sings|Releases|Launches)\b"
)
CUT_COPY_WORDS = 4  # a heading that starts the headline with this many words is its cut copy


def without_headline(document: Document, article: Article) -> Document:
    """``document`` without the page's copies of the headline (a title line, a breadcrumb,
    its part before a colon or its cut news clause as a heading near the top) and without
    the page furniture above the first copy near the top ("News Reporting")."""
    headline = " ".join((article.title or "").split()).casefold()
    if not headline:
        return document
    lead = headline.split(": ", 1)[0] if ": " in headline else None  # "X Archive: Nov 13-19"
    copies = [
        i
        for i, b in enumerate(document.blocks)
        if b.text.casefold().removeprefix("home ").strip() == headline
        or (i < FURNITURE_REACH and b.kind == "heading" and b.text.casefold() == lead)
        or (i < FURNITURE_REACH and b.kind == "heading" and _cut_copy(b.text, headline))
    ]
    top = copies[0] if copies and copies[0] < FURNITURE_REACH else -1
    kept = tuple(b for i, b in enumerate(document.blocks) if i > top and i not in copies)
    return replace(document, blocks=kept)


def _cut_copy(text: str, headline: str) -> bool:
    """ "Ayana Taketatsu Previews Winter 2023 TV Anime" over the headline that goes on
    "... The Tale of the Outcasts Opening Theme": the page's copy, cut."""
    folded = " ".join(text.split()).casefold()
    if len(folded.split()) < CUT_COPY_WORDS or not NEWS_VERB.search(text):
        return False  # "Anime Tenchou x Touhou Project": a show's own heading
    return headline.startswith(f"{folded} ")

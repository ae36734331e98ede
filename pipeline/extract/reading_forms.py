"""The headline's reading as the body writes it whole: with the subtitle the headline
gives after a colon, with the words a "!" or "." cut off before it, and with the subtitle
colon the headline drops ("Joran the Princess of ..." for "Joran: The Princess of ...")."""

from __future__ import annotations

import re

from pipeline.extract.lexicon import lexicon

LOST_COLON = re.compile(r"^(\S+(?:\s\S+)?) the ")  # a subtitle's colon the headline drops
CAPITALS_LEAD = re.compile(  # "MIRAI OF THE FUTURE UK Limited Theatrical Run Dated ..."
    r"^(?P<t>[A-Z0-9][A-Z0-9'’!?:&.-]*(?:\s+[A-Z0-9][A-Z0-9'’!?:&.-]*)+?)"
    r"(?:\s+(?:UK|US|U\.S\.|U\.K\.|NA|EU))?(?=\s+[A-Z][a-z])"
)


def capitals_lead(headline: str) -> str | None:
    """The title a headline sets in capitals before its title-case words, without a region
    after it ("MIRAI OF THE FUTURE" of "MIRAI OF THE FUTURE UK Limited Theatrical Run")."""
    lead = CAPITALS_LEAD.match(headline)
    words = lead["t"].split() if lead else []
    return lead["t"] if lead and sum(len(w) >= 3 for w in words) >= 2 else None


def colon_kept(piece: str, found: str, body: str) -> str | None:
    """The body's "Joran: The Princess of ..." for the headline's "Joran the Princess of
    ...", whose subtitle colon the headline drops (``found`` is the part after it)."""
    colon = LOST_COLON.sub(r"\1: The ", piece, count=1)
    return colon if found != piece and colon != piece and colon in body else None


def with_subtitle(reading: str, headline: str, body: str) -> str:
    """The reading with the subtitle the headline gives it after a colon, as the body
    writes the whole ("X: From Y to Z" of the headline, "X - From Y to Z" in the body)."""
    at = headline.find(f"{reading}: ")
    if at < 0:
        return reading
    words = headline[at + len(reading) + 2 :].split()
    copies = body.count(headline)  # the page's copies of the headline prove nothing
    for size in range(min(8, len(words)), 1, -1):
        subtitle = " ".join(words[:size])
        for joint in (": ", " - ", " – ", " — "):
            if body.count(f"{reading}{joint}{subtitle}") > (copies if joint == ": " else 0):
                return f"{reading}{joint}{subtitle}"
    return reading


def past_its_mark(reading: str, headline: str, body: str) -> str:
    """The reading with the words before it that a "!" or "." cut off ("Yuri!!! On Ice" for
    "On Ice", "Tsukiuta. THE ANIMATION 2"), when the body writes the whole."""
    at = headline.find(reading)
    if at <= 0 or headline[:at].rstrip()[-1:] not in ("!", ".", "?"):
        return reading
    words = headline[:at].split()
    flat = body.replace("\n", " ")  # the sentence split cut the title at its mark
    for size in range(min(4, len(words)), 0, -1):  # the longest the body writes
        whole = f"{' '.join(words[-size:])} {reading}"
        if whole in flat:
            return whole
    return reading


KIND_LEAD = re.compile(r"^(?P<g>(?:[\w-]+\s+){1,2}?)(?:Series|Anime|Manga|Show)\s+(?=[A-Z0-9])")


def without_genre_lead(piece: str) -> str:
    """``piece`` without a lead of genre words and a kind ("Archery Series Tsurune")."""
    lead = KIND_LEAD.match(piece)
    genre = lexicon().genre_pattern
    if lead and all(genre.fullmatch(w.lower()) for w in lead["g"].split()):
        return piece[lead.end() :]
    return piece

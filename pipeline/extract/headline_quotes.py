"""Which quotation of a headline is the show's title: not a song's, a quoted remark, a
person's name, a credited earlier work or an episode's title."""

from __future__ import annotations

import re

QUOTED = re.compile(
    r"(?:^|(?<=\s))[\"“‘’'「『]((?:[^\"”’」』]|’(?=\w))+?)[\"”’'」』](?=\s|$|[,:;!?]|\.(?:\s|$))"
    r"|「([^」]+)」|『([^』]+)』"  # “Akiba’s Trip”: an apostrophe inside
)
SPEECH_BEFORE = re.compile(r"\b(?:Are|Is|Was|Were|Says?|Said|Feels?)\s+$")  # '... Are "Done"'
EPISODE_BEFORE = re.compile(r"(?i)\b(?:episode|ep\.?)\s*\d{1,4}\s*[—–:-]?\s*$")  # its title
PERSON_BEFORE = re.compile(  # "Singer-songwriter 'A' to perform ...": a person, not the show
    r"(?i)\b(?:singer|songwriter|band|group|unit|idol|vocalist|actor|actress|seiyuu|director"
    r"|composer|mangaka|author|artist)\s*$"
)
EPISODE_TITLE_LAST = re.compile(  # 'Review: Zenshu "First Stroke"': an episode's title closes it
    r"(?i)^(?=.*\b(?:review|recap|impressions?)\b).*\b[A-Z0-9][\w!?'’.-]*\s+$"
)
SONG_BEFORE = re.compile(
    r"\b(?:song|theme|opening|ending|OP|ED|single|track|insert\s+song)\s*:?\s*$", re.I
)
CREDIT_AFTER = re.compile(  # ... or a year after the quote: 'X: Little "Y" 2021 Film', one title
    r"(?i)\s+(?:director|creator|author|composer|writer|mangaka|artist|producer|star)s?\b|\s+\d{4}\b"
)


SPUN_OFF = re.compile(r"\b(?:Spin-?off|Sequel)(?:\s+Anime)?\s+$", re.I)


MAKER_OF = re.compile(  # 'TRIGGER of "Kill la Kill" and "Promare" to Produce "BNA"': its works
    r"^(?!(?:News|Details|Trailer|Teaser|Cast|Staff|Title|Release|Premiere|Preview|Review|Images?"
    r"|Visuals?|Posters?|Season|Episode|Story|Part|End|Return|Sequel)\b)"  # not 'News of "X"'
    r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}\s+of\s+(?:[\"“][^\"”]{1,40}[\"”],?\s+(?:and\s+|&\s+)?)*$"
)


def title_quote(headline: str) -> re.Match[str] | None:
    """The headline's first quotation that is no song ('Reveals OP Theme Song "TOMORROW"'),
    nor a work the headline credits a person with ("'Your Name' director Makoto Shinkai"),
    nor words someone says, nor an episode's title; a later one a spinoff or sequel stands
    before ('"X" New Horror Spinoff "Y"') names the new work instead."""
    quotes = [
        q
        for q in QUOTED.finditer(headline)
        if not SONG_BEFORE.search(headline[: q.start()])
        and not CREDIT_AFTER.match(headline, q.end())
        and not SPEECH_BEFORE.search(headline[: q.start()])
        and not PERSON_BEFORE.search(headline[: q.start()])
        and not EPISODE_BEFORE.search(headline[: q.start()])
        and not MAKER_OF.match(headline[: q.start()])
    ]
    spun = next((q for q in quotes[1:] if SPUN_OFF.search(headline[: q.start()])), None)
    return spun or next(iter(quotes), None)  # '"X" New Horror Spinoff "Y"': Y, the new work


def before_episode(headline: str) -> str | None:
    """The headline before a review's closing quotation, when that quotation is an
    episode's title after the show's name ('English Dub Review: X "First Stroke"')."""
    last = [*QUOTED.finditer(headline)][-1:]
    if not last or headline[last[0].end() :].strip():
        return None
    before = headline[: last[0].start()]
    return before.rstrip(" -—–:,") if EPISODE_TITLE_LAST.match(before) else None

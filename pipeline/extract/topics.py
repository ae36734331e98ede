"""Headlines of news that is not about a show: people, companies, events and goods.

An obituary, a studio opening a branch, a pop-up shop or a
figure names shows in passing, but presents none: its dates are shop openings and
its credits are a career. Such an article gives no show record. Licensing and
streaming news ("HIDIVE adds X", "Crunchyroll to stream X"), an English dub's cast,
a box-office chart (each anime film in it is a show) and a stage play of an anime are
about a show too, and are not matched here.
"""

from __future__ import annotations

import re

from pipeline.extract.folding import Folded
from pipeline.extract.names import strip_parentheses

NOT_A_SHOW = re.compile(  # people, box office, live action, a manga's run: never a show's news
    # (someone "dies" after a name: not the headline's first word, "Dies irae ...")
    r"\b(?:pass(?:es|ed)\s+away|(?<=\w\s)dies|died|obituary|in\s+memoriam|funeral"
    r"|live-action\s+(?:film|series|drama|adaptation))\b"
    r"|\b(?:manga|light\s+novels?|novels?)\s+(?:series\s+)?(?:ends|to\s+end|will\s+end|goes\s+on"
    r"\s+hiatus|on\s+hiatus|resumes|enters\s+(?:its\s+)?final\s+arc)\b",
    re.I,
)
LIVE_ACTION_NAMED = re.compile(
    r"\blive-action\s+(?:(?-i:[A-Z][\w'’:!.-]*)\s+){1,5}(?:film|series|drama|adaptation)\b", re.I
)
BUSINESS_EVENTS_GOODS = re.compile(
    r"\b(?:earnings|revenue|profits?|net\s+sales|fiscal\s+year|layoffs?|hires|hiring|bankrupt\w*"
    r"|lawsuit|sues|sued|opens\s+(?:a\s+)?(?:new\s+|second\s+|third\s+)?(?:studio|branch|office)"
    r"|(?:new|second|third)\s+(?:branch|office)|branch\s+office|headquarters|alliance"
    r"|partnership|merger|merges?|joint\s+venture|stake|subsidiary|IPO"
    r"|pop-up\s+(?:shop|store|caf[eé])|collaboration\s+caf[eé]|caf[eé]\s+collab\w*"
    r"|exhibitions?|museum|scale\s+figure|figures?|figurines?|nendoroid|plush(?:ies)?|merchandise"
    r"|merch|goods|apparel|lottery|ichiban\s+kuji|rankings?|polls?|concert|theme\s+park"
    r"|stamp\s+rally|crowdfunding|awards?(?!-)|wins|won|nominat\w*|prizes?|hiatus|retires?"
    r"|retirement|marri(?:es|ed|age)|hospitali[sz]ed|illness|health|anniversary)\b",
    re.I,
)
EVENTS_GOODS = re.compile(  # a digest item's heading: the words of events and shops only
    r"\b(?:pop-up\s+(?:shop|store|caf[eé])|collaboration\s+caf[eé]|caf[eé]\s+collab\w*"
    r"|exhibitions?|museum|scale\s+figure|figures?|merchandise|goods|concert|festival|fes"
    r"|anniversary|stamp\s+rally|lottery|ichiban\s+kuji|theme\s+park"
    r"|(?:manga|novels?)(?:\s+series)?\s+(?:enters|ends|ships|tops|sells|hits))\b",  # print news
    re.I,
)
SHOW_NEWS = re.compile(  # an event headline that also announces the show's own news
    r"\b(?:premieres?|premiering|debuts?|cast|staff|trailer|PV|promo|key\s+visual|broadcast"
    r"|season\s+\d|\d(?:st|nd|rd|th)\s+season|sequel|theme\s+song|opening|ending"
    r"|release\s+date|(?:to|in)\s+(?:theaters|theatres|cinemas)"  # "Brings X to Theaters"
    r"|gets\s+(?:an?\s+)?(?:new\s+|special\s+|short\s+|tv\s+|television\s+)+anime"
    r"|(?:tv|television)\s+anime\s+(?:announced|confirmed|green-?lit)"  # "New X TV Anime Announced"
    r"|return(?:s|ing)?\s+(?:in|on|this|next)|resum(?:e|es|ing)"  # "... on Hiatus Will Return"
    r"|to\s+air|airs\s+(?:again|in|on|this|next)|airing"  # "X to Air Again, New Merchandise"
    r"|anime\s+(?:hires|taps|enlists)"  # "X Anime Hires a Chef", "X Wins Awards"
    r"|wins?\s+(?:\d+\s+of\s+\d+\s+|top\s+|best\s+)?(?:[\w-]+\s+){0,3}awards?)\b",
    re.I,
)


FANS_POLL = re.compile(r"\bMost\s+Anticipated\b|\bTop\s+\d{1,2}\b", re.I)  # lists its shows


def is_other_news(
    headline: str | None, *, roundup: bool = False, body: str = "", listing: bool = False
) -> bool:
    """True when ``headline`` announces news that is not a show's (see the module note).

    Business, event and goods news counts as a show's when the headline also announces
    its premiere, cast, staff or trailer ("X Anime Reveals July Premiere at Concert"),
    in a ``roundup`` with a heading per show ("Most Anticipated Anime: Poll Results"), and
    in a ``listing`` that is a fans' poll ("Most Anticipated ... Anime Poll", "Top 10").
    A word that is part of a title the body names again ("Ranking of Kings") is no news
    of its kind.
    """
    if not headline:
        return False
    if any(
        not _in_a_title(headline, m.start(), m.end(), body) for m in NOT_A_SHOW.finditer(headline)
    ):
        return True  # an obituary, but not "The Summer Hikaru Died", a title the body repeats
    if LIVE_ACTION_NAMED.search(headline) and "#" not in headline:
        return True  # "... for Live-Action Anpan Series", but not a chart's live-action entry
    poll = listing and FANS_POLL.search(headline) is not None
    return not (roundup or poll) and is_event_news(headline, body)


def is_event_news(
    headline: str, body: str = "", *, kinds: re.Pattern[str] = BUSINESS_EVENTS_GOODS
) -> bool:
    """True when ``headline`` announces news of ``kinds`` (business, an event, goods) and
    not the show's own news (a premiere, cast, trailer ...)."""
    if SHOW_NEWS.search(headline):
        return False
    return any(
        not _in_a_title(headline, m.start(), m.end(), body) for m in kinds.finditer(headline)
    )


TITLE_WORD = re.compile(r"[A-Z0-9][\w'’!:.-]*|of|the|no|to|in|a|an|and|on|x")


QUOTED_SPAN = re.compile(r"(?:^|(?<=\s))['‘\"“][^'’\"”]{1,80}['’\"”](?=\s|$|[,:;!?])")


def _in_a_title(headline: str, start: int, end: int, body: str) -> bool:
    """True when the word at ``start:end`` is inside a quoted title of the headline, or
    the capitalised run of headline words around it is written at least twice in
    ``body``, as a show's title is (once for a run of three words or more, capitals kept:
    "the anime The Summer Hikaru Died")."""
    quoted = [m for m in QUOTED_SPAN.finditer(headline) if len(m.group(0)) < len(headline.strip())]
    if any(m.start() < start and end < m.end() for m in quoted):
        return True  # "'Museum' Film Opens at #2": a quoted title, not a quoted event's name
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", headline)]
    index = next((i for i, (a, b) in enumerate(words) if a <= start < b), None)
    if index is None:
        return False
    first = last = index
    while first > 0 and TITLE_WORD.fullmatch(headline[slice(*words[first - 1])]):
        first -= 1
    while last + 1 < len(words) and TITLE_WORD.fullmatch(headline[slice(*words[last + 1])]):
        last += 1
    for lo in range(first, index + 1):  # the longest run around the word the body repeats
        for hi in range(last, index - 1, -1):
            span = headline[words[lo][0] : words[hi][1]].strip(":,.")
            if hi > lo and body.count(span) >= (1 if hi - lo >= 2 else 2):
                return True
    return False


PRINT_HEADING = re.compile(r"\b(?:Manga|(?:Light\s+|Web\s+)?Novels?|Volumes?|Chapters?)\b", re.I)
ON_SCREEN = Folded(  # words of a show on screen, which a print item's text never has
    r"\b(?:anime|tv|television|film|movie|episodes?|ova|ona|oad|broadcast\w*|premier\w*"
    r"|stream\w*|cast|season|trailer|pv|theaters?|cinemas?)\b"
)


def is_print_news(heading: str, text: str) -> bool:
    """A digest item about a manga or novel alone ("Teekyu Manga to End", "X Prequel Novel
    Licensed"), whose heading names print and whose text never speaks of a show."""
    if not PRINT_HEADING.search(strip_parentheses(heading)):  # "X (manga)": a preview's note
        return False
    return not ON_SCREEN.found(f"{heading}\n{text}")

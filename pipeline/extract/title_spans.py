"""Spans of text that may name a show, as the title candidates are found and compared.

The shape of a title's words (``TITLE_LIKE``), a date trailing a title, a quoted phrase,
the small and generic words that are no title's own, trimming a span's edges, and
finding a span in text as whole words by plain search (no pattern compiled per candidate).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from pipeline.extract.headline_marks import CUT
from pipeline.extract.names import UPPER

TITLE_WORD = rf"[{UPPER}0-9][\w'’:!?.\-&/×]*"
SMALL_WORD = (
    r"(?:of|the|a|an|no|wo|to|x|and|in|on|at|for|is|ni|ga|wa|de|o|mo|ka|e|na|yo|ne|te|ja|dake|kara"
    r"|made|vs\.?|&"
    r"|with|from|or|be|as|by)"
)
ENCLOSED = (  # a subtitle between marks: "Fate/Grand Order -First Order-", "Hakuōki ~Otogisōshi~"
    r"\s+(?:-[^\s~〜-][^~〜\n-]{0,40}?(?<=\S)-|[~〜][^\s~〜-][^~〜\n]{0,40}?(?<=\S)[~〜])(?!\w)"
)
BARE_TITLE = rf"{TITLE_WORD}(?:\s+(?:{SMALL_WORD}\s+)*{TITLE_WORD}){{0,11}}"  # no marked subtitle
TITLE_LIKE = rf"{BARE_TITLE}(?:{ENCLOSED})?"
DATE_TAIL = re.compile(  # "Higurashi: When They Cry - October 1st"
    r"\s*[-–—:,|]\s*(?:on\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*"
    r"(?:\d{1,2}(?:st|nd|rd|th)?(?:,?\s*\d{4})?|\d{4})?\s*$",
    re.I,
)
FROM_DATE = re.compile(
    r"\s+(?:from|on|starting|beginning)\s+(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep"
    r"|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s*\d{4})?$"
)
QUOTED = re.compile(r"[\"“『「]([^\"”』」\n]{2,120})[\"”』」]")


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


GENERIC_WORDS = word_set(
    """i me my us our it its they them he she we you this that these those
    new anime tv television series season seasons preview previews trailer trailers video
    videos pv promo promotional visual visuals key english japanese dub dubbed cast staff theme
    themes song songs opening ending insert short shorts film films movie movies release date
    premiere premieres episode episodes part the a an of and for in on with to by from first
    second third fourth fifth final 1st 2nd 3rd 4th 5th next upcoming official original full
    main more additional returning spring summer fall autumn winter lineup guide watch where
    how when what why all every each both everything best top most anticipated simulcast
    simulcasts stream streaming hand drawn hand-drawn stop-motion animated feature
    streams news update updates report reveals announces character characters designs music
    adaptation project special specials compilation sequel prequel spin-off spinoff review
    reviews impressions episode trailer teaser clip clips footage ad commercial broadcast
    premiere date time times details information info story synopsis plot game manga novel
    novels post posts off-topic teased teases popular beloved acclaimed
    light web book volume volumes chapter chapters arc cour cours half seasonal high low
    moderate interest expectations middling honorable honourable mentions mention picks pick
    other others continuing coverage my our your you must-watch must watching sequels
    returning new-to-you shows titles one two three four five six seven eight nine ten
    director directors producer producers composer composers writer writers designer designers
    staffers performer performers artist artists member members biggest announcement
    title titles ranking rank which whose overview recap retrospective we'll we're be
    uk u.k japan soundtrack soundtracks scenario photography actor actors actress actresses
    supporting lead mascot male female design art direction screenplay script
    announcements highlights round roundup round-up up wrapup wrap-up digest weekly weekend
    week per year years trending buzzed buzzed-about some casts stories about multimedia projects
    mild me content contents partnership partnerships deal deals dishonorable dishonourable
    list lists classic classics vintage category categories archive archives young china korea
    korean taiwan india philippines asia asian europe european america filipino
    el la los las le les il lo gli un una une des os del version versions line-up hollywood
    ova ovas oav oavs oad oads ona onas segundo segunda primer primera nuevo nueva novo nova
    nuovo nuova nuovi nuove nouveau nouvel nouvelle nouveaux neue neuer neues
    italian italy french france german germany spanish spain portuguese brazilian brazil
    mexican mexico american british chinese thai indonesian vietnamese latin theatres
    theaters theatre theater cinema cinemas"""
)
SMALL_WORDS = word_set(
    "of the a an no wo to x and in on at for is ni ga wa de o mo ka e na yo ne te ja dake kara"
    " made vs vs. & with"
    " from or but be as by"
)
EDGE = "\"“”‘’'「」『』()[],.;:!?"  # punctuation trimmed from a candidate's ends
END_EDGE = "\"“”‘’'「」『』()[],.;:"  # at the end, "!" and "?" may be the title's own
_TRAILING = frozenset(
    {"a", "an", "the", "and", "or", "of", "for", "with", "on", "in", "at", "to", "tv", "anime"}
    | {"television", "original", "part", "season", "cour"}
)


LANGUAGES = word_set("english japanese italian spanish french german portuguese")  # a dub's
OWN_SEASON = frozenset({"Final", "Second", "Third", "Fourth", "Fifth", "2nd", "3rd", "4th", "5th"})
LEAD_WORDS = frozenset({"and", "or", "of", "for", "with", "on", "Titled"})


@lru_cache(maxsize=8192)
def trimmed(text: str) -> str:
    spaced = " ".join(text.split())
    text = _unbracketed(spaced.strip(EDGE + " -–—"))
    text = FROM_DATE.sub("", re.sub(r"['’]s$", "", text))  # "X from 31 August"
    words = text.split()
    while words and (words[0] in LEAD_WORDS):  # not "On Air X"
        words = words[1:]  # "Titled X, the first movie ...": X
    while (
        words and words[-1].lower() in _TRAILING and not (words[-2:-1] and words[-2] in OWN_SEASON)
    ) or (words[-1:] and words[-1].lower() in LANGUAGES and words[-2:-1] in (["the"], ["in"])):
        words = words[:-1]  # but "X: The Final Season", "X - Second Season" are the title's own;
        # not "X with the Italian (dub)"
    kept = " ".join(words).lstrip(EDGE + " -–—").rstrip(END_EDGE + " -–—")
    return _requoted(_unbracketed(with_closing_dash(kept, spaced)))


OPEN_DASH = re.compile(r"\s-[^\s-][^-]*$")  # a subtitle a dash opens: "X -Y Z"


def with_closing_dash(stripped: str, raw: str) -> str:
    """``stripped`` with the dash back that closes a subtitle a dash opened, when ``raw``
    (before stripping) ended on it: "Hypnosis Mic -Division Rap Battle-"."""
    if raw.rstrip().endswith("-") and OPEN_DASH.search(stripped):
        return f"{stripped}-"
    return stripped


def _requoted(text: str) -> str:
    """``text`` with its opening quotation mark put back when the stripping took it from a
    title that starts with a quoted word ('"Deji" Meets Girl')."""
    return f'"{text}' if text.count('"') % 2 and re.match(r'[^"\s]+"\s', text) else text


def _unbracketed(text: str) -> str:
    """``text`` with its closing bracket put back when the stripping took a paired one."""
    return f"{text})" if text.count("(") == text.count(")") + 1 and not text.endswith("(") else text


def occurs_in(needle: str, haystack: str) -> bool:
    return bool(needle) and first_position(needle, haystack) >= 0


def first_position(needle: str, haystack: str) -> int:
    return next(positions(needle, haystack), -1)


def count_in(needle: str, haystack: str) -> int:
    return sum(1 for _ in positions(needle, haystack))


def positions(needle: str, haystack: str) -> Iterator[int]:
    """Where ``haystack`` writes ``needle`` as whole words (plain search: no pattern to
    compile for every candidate)."""
    if not needle:
        return
    start = haystack.find(needle)
    while start >= 0:
        end = start + len(needle)
        before = haystack[start - 1] if start else " "
        after = haystack[end] if end < len(haystack) else " "
        if not (before.isalnum() or before in "_'’") and not (after.isalnum() or after == "_"):
            yield start
        start = haystack.find(needle, start + 1)


@lru_cache(maxsize=4)
def _folded(body: str) -> str:
    return body.casefold()


def recased(span: str, body: str, *, capitals: bool = False) -> str | None:
    """How the body writes a headline's span of several words in other letter case
    ("Cells At Work!" → "Cells at Work!", "Persona 4 the Animation" → "PERSONA 4 the
    Animation"), when it does, starts it with a capital and differs in small words only
    ("at", "of", "the") or in words it sets in capitals; with ``capitals``, also in words
    the headline sets in capitals ("HEAVENLY DELUSION" → "Heavenly Delusion")."""
    words = span.split()
    if len(words) < 2:
        return None
    at = _folded(body).find(span.casefold())
    written = body[at : at + len(span)] if at >= 0 else ""
    if not written[:1].isupper() or len(written) != len(span) or not occurs_in(written, body):
        return None
    changed = [(w, h) for w, h in zip(written.split(), span.split(), strict=False) if w != h]
    return (
        written
        if all(
            w.lower() in SMALL_WORDS or w.isupper() or (capitals and h.isupper())
            for w, h in changed
        )
        else None
    )


KIND_WORD = re.compile(r"(?i)\b(?:tv|anime|animation|film|movie|series|manga|novel|new)\b")
QUOTE_REACH = 3  # words on each side of a quoted word that may still be its title's


def around_quote(headline: str, start: int, end: int, body: str) -> str | None:
    """The longest run of the headline's words around its quotation ``start:end`` that the
    body writes as it stands and that holds more than the quotation ('"Deji" Meets Girl',
    'Sing "Yesterday" for Me'): a title with a quoted word inside; None without one."""
    quote = headline[start:end]
    if quote[0] not in '"“':
        return None
    before = headline[:start].split()[-QUOTE_REACH:]
    after = headline[end:].split()[:QUOTE_REACH]
    runs = (
        " ".join([*before[len(before) - b :], headline[start:end], *after[:a]])
        for b in range(len(before) + 1)
        for a in range(len(after) + 1)
        if a or b
    )
    runs = (r for r in runs if not _adds_a_mark(r.replace(quote, " ")))
    written = [
        r
        for r in runs
        if r.split()[-1].lower() not in SMALL_WORDS
        and r.lstrip("\"“‘'")[:1].isupper()
        and r in body
    ]
    return max(written, key=len, default=None)


def _adds_a_mark(added: str) -> bool:
    """Whether the words a run adds around a quotation hold a title marker ('"X" Anime
    Gets') or a kind word before it ('TV animation "X"'): the quotation is the title."""
    return bool(CUT.search(added) or KIND_WORD.search(added))


def mostly_owner(name: str, body: str) -> bool:
    """Whether the body writes ``name`` as an owner ("King's Game") more often than alone."""
    if f"{name}'s" not in body and f"{name}’s" not in body:
        return False  # a quick check: written as no owner at all
    every = len(re.findall(rf"\b{re.escape(name)}\b", body))
    owner = len(re.findall(rf"\b{re.escape(name)}['’]s\b", body))
    return owner * 2 > every

"""TV stations and streaming services named for this show.

Known names come from the lexicon. A service that is not in it is still found
where the sentence says so: "streaming on X", "exclusively on X", "X will stream",
"X has the simulcast", or a ``Where to Watch:`` line. Sentences about an earlier
season's run are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from pipeline.extract.date_mentions import WEEKDAY_STEM
from pipeline.extract.folding import Folded
from pipeline.extract.labels import label_of, own_value
from pipeline.extract.lexicon import lexicon
from pipeline.extract.names import split_names, strip_parentheses, unique
from pipeline.extract.segments import Unit

SERVICE = r"[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*){0,2}\+?"
OWN_SERVICE = r"(?:(?:its|their)\s+(?:own\s+)?(?:streaming\s+)?(?:service|platform)\s+)?"
SERVICE_PATTERNS = (
    re.compile(
        rf"\b(?:stream\w*|simulcast\w*|arrives?|available)\s+(?:exclusively\s+)?on\s+{OWN_SERVICE}"
        rf"(?P<n>{SERVICE})"
    ),
    re.compile(rf"\bexclusively\s+on\s+(?P<n>{SERVICE})"),
    re.compile(
        rf"\b(?:stream|simulcast)(?:s|ing)?\s+(?:[\w'’:!-]+\s+){{1,8}}?on\s+{OWN_SERVICE}"
        rf"(?P<n>{SERVICE})"
    ),
    re.compile(
        rf"(?P<n>{SERVICE})\s+(?:will\s+)?(?:also\s+)?(?:(?:start|begin)\s+)?(?:stream|simulcast)"
        r"(?:s|ing)?\s+(?:it|the|new|all|every)\b"
    ),
    re.compile(rf"(?P<n>{SERVICE})\s+has\s+the\s+(?:stream|simulcast)"),
    re.compile(rf"\bon\s+the\s+(?P<n>{SERVICE})\s+(?:streaming\s+|video\s+)?service\b"),
)
SERVICE_LIST = re.compile(  # "stream through several services, including: A, B, C and D"
    r"\bstream\w*\b[^.;:]{0,80}?\b(?:services|platforms|sites)\b,?\s+(?:including|such\s+as|like)"
    r"\s*:?\s+(?P<list>[^.;]{2,200})",
    re.I,
)
SERVICE_HINT = Folded(r"stream|simulcast|exclusively|arriv|available|watch")
NOT_A_SERVICE = re.compile(
    r"^(?:The|It|This|That|Japan|Japanese|North|South|Asia|Europe|Worldwide|Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday|Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays"
    r"|Sundays|January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Christmas|Halloween|TV|Television|Season|Episode|New|All|Its|Their|His|Her"
    r"|Blu-?ray|DVD|Home\s+Video)\b"
)
DIGIT = re.compile(r"\d")
SERVICE_WORDS = 4  # words a service's name may have
NOT_THE_SHOW = Folded(  # a trailer streamed, a manga published: not where the show streams
    r"\b(?:video|trailer|teaser|pv|promo|commercial)s?\b[^.]{0,200}?\b(?:is|are)\s+streaming\b"
    r"|\bpublish(?:es|ed|ing)?\s+(?:the\s+)?(?:manga|novels?|light\s+novels?|books?)\b"
)
MAKER_BEFORE = re.compile(r"\b(?:anime|series|project|film)\s+(?:[\w-]+\s+){0,2}?from\s+$")
NEWS_AFTER = re.compile(
    r"\)?(?:\s*\([^()]{1,20}\))?\s+(?:has\s+|have\s+)?(?:put\s+out|released|revealed|announced"
    r"|posted|unveiled)\s+(?:a|an|the|its)\s+(?:new\s+)?(?:trailer|video|visual|PV|promo|teaser)"
)
PAST_STREAM = re.compile(  # "X streamed the series as it aired", "... the anime's first season"
    r"\bstreamed\s+(?:the\s+(?:series|show|anime|first\s+season|previous\s+season)|it)\s+as\s+it\s+aired"
    r"|\bstreamed\s+the\s+(?:series|show|anime)\b(?=[^.]*\b(?:first|previous|earlier)\s+season)"
    r"|\b(?:first|previous|earlier)\s+season\b[^.]*\bstreamed\s+(?:the\s+(?:series|show|anime)|it)\b"
)
REPORTED = re.compile(  # "Crunchyroll earlier reported ...": the service as the news's source
    r"\s+(?:earlier\s+|previously\s+|also\s+)?(?:reported|described|quoted)\b"
)
SITE_SECTION = re.compile(r"\s+(?:News|Store|Expo|Games)$")


def broadcasters_of(units: Iterable[Unit]) -> tuple[str, ...]:
    """The TV stations named in the segment, as written: known ones, and in a sentence
    that names one, the others of its list named like stations ("Iwate Broadcasting")."""
    found: list[str] = []
    for unit in _current(units):
        known = station_spans(unit.text)
        found.extend(name for a, b, name in known if not _maker(unit.text, a, b))
        for match in STATION_LIKE.finditer(unit.text) if known else ():
            if not any(a < match.end() and match.start() < b for a, b, _ in known):
                found.append(match.group(0))
    return unique(n for n in found if not lexicon().streaming.fullmatch(n))


def _maker(text: str, start: int, end: int) -> bool:
    """A station named as the maker or the source of the news, not where the show airs:
    "the original anime from Chukyo TV and Sublimation", "MBS has put out a new trailer"."""
    return bool(MAKER_BEFORE.search(text[max(0, start - 40) : start])) or bool(
        NEWS_AFTER.match(text, end)
    )


@lru_cache(maxsize=4096)
def station_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """Where ``text`` names a known TV station (asked of each sentence by several readers)."""
    if not lexicon().may_name_channel(text):
        return ()
    spans = []
    for match in lexicon().broadcasters.finditer(text):  # in the whole form the text writes
        start = (
            match.start() - 3
            if text[max(0, match.start() - 3) : match.start()] == "BS-"
            else match.start()
        )
        tail = STATION_TAIL.match(text, match.end())
        end = tail.end() if tail else match.end()
        spans.append((start, end, text[start:end]))
    return tuple(spans)


STATION_TAIL = re.compile(  # "RKB Mainichi Broadcasting", "Television Niigata Network Co., Ltd."
    r"(?:[ ]Mainichi)?(?:[ ](?:Broadcasting(?:[ ](?:System|Corporation|Company))?|Network"
    r"|General[ ]TV|General|Kyushu[ ]Broadcasting))?(?:,?[ ]Co\.,[ ]Ltd\.?|[ ]Corporation)?"
)


STREAM_SCHEDULE = re.compile(  # "Crunchyroll on Thursdays", "HIDIVE every Friday at 10:00"
    rf"\s+(?:(?:on|every)\s+)?(?:{WEEKDAY_STEM})days?\b.*$|\s+(?:at|from)\s+\d.*$", re.I
)
STATION_LIKE = re.compile(  # an unlisted regional station in a list of known ones
    r"(?<![\w-])(?:[A-Z][\w-]+\s+){1,2}(?:Broadcasting(?:\s+(?:System|Corporation|Company))?"
    r"|Television)(?![\w-])|(?<![\w-])TV[A-Z]?\s+[A-Z][a-z]+(?![\w-])"
)


def streaming_of(units: Iterable[Unit]) -> tuple[str, ...]:
    """The streaming services named in the segment, as written."""
    lex = lexicon()
    found: list[str] = []
    for unit in _current(units):
        if NOT_THE_SHOW.found(unit.text) or PAST_STREAM.search(unit.text):
            continue  # "X streamed the series as it aired": an earlier run's service
        labelled = label_of(unit.text)
        streams = labelled.value if labelled and labelled.field == "streaming" else ""
        value = own_value(STREAM_SCHEDULE.sub("", streams)) if streams else None
        if value and not DIGIT.search(value):
            found.extend(split_names(value))
        known = _known_services(unit.text)
        found.extend(known)  # an unknown name inside a known one ("Anime Store") is no other
        found.extend(n for n in _unknown_services(unit.text) if not any(n in k for k in known))
    return unique(n for n in found if not lex.broadcasters.fullmatch(n))


def _known_services(text: str) -> list[str]:
    lex = lexicon()
    names: list[str] = []
    if not lex.may_name_channel(text):
        return names
    for match in lex.streaming.finditer(text):
        name = match.group(0)
        if text[match.end() :].startswith(" News") or SITE_PAGE.match(text, match.end()):
            continue  # "Crunchyroll News", "the anime's YouTube channel": no stream of the show
        if REPORTED.match(text, match.end()):
            continue  # "Crunchyroll earlier reported on the voice actors": a news source
        if name.casefold() in lex.needs_context and not SERVICE_HINT.found(text):
            continue
        names.append(name)
    return names


SITE_PAGE = re.compile(
    r"['’]?s?\s+(?:channel|account|page|panel|event|booth|stream\s+of\s+the)\b", re.I
)


def _current(units: Iterable[Unit]) -> list[Unit]:
    return [u for u in units if not u.earlier_run]


def _unknown_services(text: str) -> list[str]:
    names: list[str] = []
    if not SERVICE_HINT.found(text):
        return names
    prose = strip_parentheses(text)
    found = [m.group("n") for pattern in SERVICE_PATTERNS for m in pattern.finditer(prose)]
    for listed in SERVICE_LIST.finditer(prose):
        found.extend(n for n in split_names(listed.group("list")) if n[:1].isupper())
    for raw in found:
        name = SITE_SECTION.sub("", raw.strip()).rstrip(".")  # "on Paperwhale." ends the sentence
        if len(name.split()) > SERVICE_WORDS:
            continue  # "Disney+ all seizing the chance to ...": the sentence ran on
        if not NOT_A_SERVICE.match(name) and not lexicon().broadcasters.fullmatch(name):
            names.append(name)
    return names

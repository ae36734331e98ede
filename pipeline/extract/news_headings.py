"""A news item's own headline set as a round-up's heading ("Dandadan Confirmed for TV
Anime Adaptation in 2024", "X Season 2 Set for Broadcast"): the title in it."""

from __future__ import annotations

import re

from pipeline.extract.candidate_filters import is_generic
from pipeline.extract.headline_reading import SMALL_WORDS, could_be_title, headline_base
from pipeline.extract.text import ENUMERATION
from pipeline.extract.title_forms import sequel_number

NEWS_HEADING = re.compile(  # a news item's own headline used as a heading
    r"\b(?:Confirmed|Announced|Revealed|Unveiled|Delayed|Postponed|Cancell?ed|Set\s+for"
    r"|Gets|Get(?=\s+(?:an?|New|Its|Their|TV|Anime|Sequel|Second|Third)\b)"  # not "X Get You!!"
    r"|Reveals?|Announces|Unveils|Finally\s+Animated|Green-?lit|Returns|Is\s+Back|Renewed"
    r"|Premieres|Debuts|(?:premieres|debuts|returns)\s+(?:in|on|this)|Sees|Added\s+to|Coming\s+to"
    r"|Heads\s+to|Arrives|Hits|Teases|Drops|Will\s+(?i:be)\s+[A-Z]?[a-z]+ing"
    r"|to\s+(?:Adapt|Animate|Air|Stream|Premiere|Return)"  # "X to Adapt Y Route"
    r"|Ha[sd]\s+(?:an?\s+)?[A-Z][a-z]+\s+(?:Opening|Debut|Premiere|Weekend|Run))\b"
    r"|(?<=\s)(?:gets|receives|lands)(?=\s+(?:an?|its|new)\s)"  # "X gets a third season"
    r"|(?<=\s)(?:will\s+be\s+(?:an?\s+|\d+\s+)?(?:OVAs?|films?|movies?)|is\s+coming"  # a blog's
    r"|anime\s+(?:pilot|announced|confirmed))\b"  # "X will be 6 OVAs", "X anime pilot by Y"
    r"|\s(?=to\s+[a-z]+\s)"  # "X to fly towards us in April": X, and what it will do
)


EVENT_LEAD = re.compile(r"^[^:]{3,40}\b(?:19|20)\d\d:\s+")
TITLE_TAIL = re.compile(  # "X TV Anime", "X's Anime Film", "X Season 2" before the news verb
    r"(?:['’]s)?(?:\s+(?:TV|Television|Original|Anime|Film|Movie|Series|Finale|Sequel))*"
    r"(?:\s+(?:Season\s+\d+|\d+(?:st|nd|rd|th)\s+Season))?(?:\s+(?:to|will))?\s*$",
    re.I,
)


TITLE_AFTER_VERB = re.compile(
    r"\s+(?:for\s+the\s+)?(?P<t>[A-Z0-9][^,;:]*?)\s+(?:Original\s+)?(?:TV\s+)?"
    r"(?:Anime(?:\s+(?:Film|Series|Movie))?|Film|Movie)$"
)
_CREW = r"^(?:[A-Z][\w-]*\s+){0,3}(?:Cast|Actors|Voices|Staff|Crew|Singers|Artists)"  # "Dub Cast"
CREW_FOR = re.compile(rf"{_CREW}\s+for\s+(?:the\s+)?")  # who the news is about, then the show
SIGNED = re.compile(r"\s+[–—]\s+(?:[A-Z]{2,5}|[A-Z][a-z]{2,10})$")
CREW_HEAD = re.compile(rf"{_CREW}\s*$")  # "Dub Cast Announced for X": the crew, then the verb
FOR_TITLE = re.compile(r"\s+for\s+(?:the\s+)?(?P<t>[A-Z0-9][^:;]{1,80}?)\s*$")
FOR_THE = re.compile(r"\s+for\s+the\s+")
TEAM_END = re.compile(r"\b(?:Creative\s+)?(?:Team|Staff|Creators?)\s*$")


def news_heading_title(heading: str, body: str = "") -> str | None:
    """The title in a news item's headline used as a heading ("Dandadan Confirmed for TV
    Anime Adaptation in 2024" → "Dandadan", "X Season 2 Set for Broadcast" → "X Season
    2"), or None for any other heading."""
    heading = ENUMERATION.sub("", heading)  # "10. X gets a new anime film": a countdown's
    heading = SIGNED.sub("", heading)  # "X to Adapt Y – Kaze": the item's writer signs it
    verb = NEWS_HEADING.search(heading)
    if not verb or (not verb.group(0).strip() and not _title_cased(heading[: verb.start()])):
        return None  # "Something to fill the void": no title before "to"
    crewed = (
        FOR_TITLE.match(heading, verb.end()) if CREW_HEAD.match(heading[: verb.start()]) else None
    )
    if crewed:  # "Dub Cast Announced for X": X's news
        return crewed.group("t")
    after = TITLE_AFTER_VERB.match(heading, verb.end())
    if after and (FOR_THE.match(heading, verb.end()) or TEAM_END.search(heading[: verb.start()])):
        return after.group("t")  # "Cast Announced for the X Anime", "Y Team Unveils X Anime Film"
    head = heading[: verb.start()]
    if ":" in head and is_generic(head.rsplit(":", 1)[1]):  # "X Season 3: New Trailer and Staff"
        head = head.rsplit(":", 1)[0]
    head = EVENT_LEAD.sub("", head)  # "Anime Japan 2023: X movie premieres ..."
    head = CREW_FOR.sub("", head)  # "English Voice Actors for X Announced": X's news
    head = TITLE_TAIL.sub("", head).strip(" :,-–—")
    base = headline_base(heading, body, ())
    if base and base in head:  # "Theatrical Release of X Set for ...": the reading's X
        reading: str | None = base
    else:
        reading = head if head and could_be_title(head) else base
    if not reading or reading == heading or not could_be_title(reading) or is_generic(reading):
        return None
    number = sequel_number(heading)
    return f"{reading} Season {number}" if number and not sequel_number(reading) else reading


def _title_cased(text: str) -> bool:
    words = text.split()
    return len(words) >= 2 and all(w[:1].isupper() or w in SMALL_WORDS for w in words)

"""The show a list line names, once its list furniture is read: "the second season of X"
is "X Season 2", "X 3rd Season" is "X Season 3", a status after the title ("Delayed to
October") and the makers after a dash go, and a song, a credit or a cast member is no
title."""

from __future__ import annotations

import re

from pipeline.extract.candidate_filters import is_company, plausible
from pipeline.extract.foreign_words import SEASON_NOUNS
from pipeline.extract.heading_extras import with_plain_gloss, without_hashtags, without_makers
from pipeline.extract.show_headings import CAST_AS, ROLE_AND_NAME, ROLE_HEADING
from pipeline.extract.title_forms import ordinal_number
from pipeline.extract.title_spans import trimmed

NUMBERED = re.compile(
    r"^(?:the\s+)?(?P<n>second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?P<kind>season|cour|part|half)"
    r"(?:\s+of(?:\s+episodes\s+from)?)?\s+(?:(?-i:the)\s+(?=.+\s(?-i:anime|series)$))?",
    re.I,
)
DASHES = frozenset({"-", "–", "—"})  # a dash between a title's words is none of its words
KIND_END = re.compile(r"\s+(?-i:anime|series)$")
SONG_CREDIT = re.compile(r"^[\"“‘']?[^\"“”‘’]{1,80}[\"”’']\s+(?:by|performed\s+by|from)\s+\S")
SEASON_OF = re.compile(r"^[Ss]eason\s+(?P<n>\d{1,2})\s+of\s+(?:the\s+anime\s+)?(?P<t>[A-Z0-9].+)$")
SEASON_N = re.compile(  # "X season 3", "X S3", "X - Stagione 3"
    rf"(?:\s+[-–—])?\s+(?:season\s+|S|(?i:{SEASON_NOUNS})\s+)(?P<n>\d{{1,2}})$"
)
STATUS_TAIL = re.compile(  # a list line's news after its title
    r"(?:^|\s+)(?:Delayed|Postponed|Cancell?ed|Resumes|Returns|On\s+hiatus)\b(?:\s+(?:indefinitely"
    r"|(?:to|until|till)\s+[\w ,]{1,30}))?\s*$",
    re.I,
)
VOTES_TAIL = re.compile(r"\s*(?:[-–—:]\s*|\()\d[\d,.]*%?\s+(?:votes|points|pts)\)?$", re.I)
NTH_SEASON = re.compile(r"\s+(?P<n>\d)(?:st|nd|rd|th)\s+[Ss]eason$")
STAFF_ITEM = re.compile(
    r"\s[—–-]\s(?:(?:Lead|Assistant|Chief|ADR|Sound|Dub|Script|Recording|Mix)\s+)*"
    r"(?:Director|Engineer|Writer|Producer|Mixer|Editor|Composer|Designer|Coordinator)s?$"
)
GENERIC_ITEM = re.compile(r"^(?:more|others?|many\s+more|much\s+more|plenty\s+more)$", re.I)


MAKER_OWNER = re.compile(
    r"^(?!(?:The|An?|My|Our|Your|His|Her|Its)\s)(?:[A-Z][\w.-]+\s+){1,2}[A-Z][\w.-]+['’]s\s+(?=[A-Z0-9])"
)


def list_title(item: str) -> str | None:
    """The show a list item names ("the second season of X" gives "X Season 2"), or None
    for generic words, a company or a cast member."""
    item = item.strip()
    if SONG_CREDIT.match(item):
        return None  # "\"Seishun Complex\" by Kessoku Band": a song under its show
    head, colon, _ = item.partition(": ")
    if colon and ROLE_HEADING.search(head.split(",")[0].strip()):
        return None  # "Director, Series Composition: X": a credit line
    if STAFF_ITEM.search(item) or ROLE_AND_NAME.match(item):
        return None  # "Shawn Gann — ADR Director", "Series Composer Hiroshi Seko": the crew
    item = VOTES_TAIL.sub("", item)  # a poll's "X - 1,465 votes"
    item = without_hashtags(STATUS_TAIL.sub("", item))  # "X 2nd Season  Delayed to October"
    item = with_plain_gloss(without_makers(item))  # "X – Satelight, C2C", "X[Gloss]"
    item = MAKER_OWNER.sub("", item)  # "Mamoru Hosoda's MIRAI": the film, not its maker
    item = NTH_SEASON.sub(r" Season \g<n>", item)  # "X 3rd Season" → "X Season 3"
    numbered = NUMBERED.match(item)  # "The third season of the X anime": X Season 3
    text = trimmed(KIND_END.sub("", item[numbered.end() :]) if numbered else item)
    text = re.sub(r"['’]s\s+debut(?:\s+season)?$", "", text)
    words = [w for w in text.split() if w not in DASHES]
    if not text or GENERIC_ITEM.match(text) or len(words) > 9:
        return None
    if not plausible(text) or is_company(text) or CAST_AS.match(text):
        return None  # "Aimi as Yuri Amagake" is a cast member, not a show
    if not numbered:
        text = SEASON_OF.sub(r"\g<t> Season \g<n>", text)  # "Season 2 of X" → "X Season 2"
        return SEASON_N.sub(r" Season \g<n>", text)  # "X season 3" → "X Season 3"
    number = ordinal_number(numbered.group("n"))  # "second" or "2nd"
    kind = numbered.group("kind").lower()
    if kind == "half":
        return text  # "The second half of X": X's own run
    return f"{text} {'Season' if kind == 'season' else 'Part'} {number}"

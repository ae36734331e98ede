"""Enumerations that say by themselves that their items are shows, in any article: a
colon after words about shows ("the series headlining its season: A, B, C, and D"), an
enumeration closed by "anime" ("licensed the A, B, C, and D anime"), one placed on a
service's schedule ("Crunchyroll put A, B, ... and N on their simulcasting schedule"),
and quoted items ("titled ‘A’, ‘B’ and ‘C’"). They need three items at least, every one
of them reading as a title; a list with a serial comma ("A and B, C, and D") is split at
its commas only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from pipeline.extract.candidate_filters import is_company
from pipeline.extract.date_mentions import MONTH_NAME
from pipeline.extract.episodes import NUMBER_WORDS
from pipeline.extract.lineup import (
    CAST_BEFORE,
    ENUMERATED,
    LIST_CUE,
    PAST_CREDITS,
    PEOPLE_WORD,
    list_items,
)
from pipeline.extract.list_titles import list_title
from pipeline.extract.marked_leads import PART_AFTER
from pipeline.extract.names import strip_parentheses
from pipeline.extract.segments import Unit

SHOWS_COLON = re.compile(
    r"\b(?:anime|series|titles|slate|lineup)\b(?P<lead>[^.:;!?]{0,80}):\s+"
    r"(?P<items>(?:[^:;!?.]|[.:!?](?=\S)|(?<=No)\.|:(?=\s[A-Z0-9]))+?)(?:(?<!\bNo)[.;!?](?:\s|$)|$)",
    re.I,
)
ARE_TITLE = re.compile(r"\s(?:are|include)\s+[A-Z0-9][^\s]*$")  # "covered are ID: Invaded, ..."
QUOTE_OPEN = re.compile(r"[“\"][^”\"]*$")  # a quotation the colon stands inside
_ITEM_CHAR = r"(?:[^,.;:!?]|:(?=\s[A-Z0-9])|!(?=,|\s+and\s))"  # "ID: Invaded", "Einzouken!,"
SHOWS_ARE = re.compile(  # "The first titles to kick off the year are A, B, C, and D"
    r"\b(?:titles|shows|series|anime|sequels|films)\b(?P<lead>[^.:;!?]{0,60}?)\s+(?:are|include)\s+"
    rf"(?P<items>(?:{_ITEM_CHAR}+,\s+){{2,}}(?:and\s+)?{_ITEM_CHAR}+?)"
    r"(?=(?:[.;?]|!(?!\s+and\s))(?:\s|$)|$)"
)
ANIME_CLOSED = re.compile(r"(?P<items>(?:[^,.;:()]+?,\s+){2,}(?:and\s+)?[^,.;()]+?)\s+anime\b")
THE = re.compile(r"\bthe\s+")
_QUOTED_ITEM = r"[‘'\"“](?:[^‘’'\"“”,]|[’'](?=\w)){2,80}[’'\"”]"
ON_SCHEDULE = re.compile(  # "Crunchyroll put A, B, ... and N on their simulcasting schedule"
    r"\b(?:put|puts|added|adds|placed)\s+(?P<items>(?:(?:[^,.;:()]|:(?=\s[A-Z]))+?,\s+){2,}"
    r"(?:and\s+)?(?:[^,.;:()]|:(?=\s[A-Z]))+?)"
    r"\s+(?:on|to)\s+(?:its|their|the)\s+(?:[a-z]+\s+){0,2}(?:schedule|lineup|line-up|slate)\b"
)
SCHEDULED = re.compile(  # a subheadline's "A in winter; B in November; C in January"
    r"^(?P<t>[A-Z0-9][^;]{1,80}?)\s+(?i:in|on|from|this|next|starting)\s+(?i:early\s+|late\s+)?"
    rf"(?:{MONTH_NAME}|(?i:winter|spring|summer|fall|autumn))\b[^;]{{0,20}}$"
)
COUNTED = re.compile(  # "five new series cover a wide range – A, B by X, C, D and E"
    r"\b(?P<n>three|four|five|six|seven|eight|nine|ten)\s+new\s+(?:anime\s+)?(?:series|anime|titles"
    r"|projects|shows|films)\b[^–—:.;]{0,40}\s[–—:]\s*(?P<items>[^.;–—]+)",
    re.I,
)
BY_MAKER = re.compile(r"\s+by\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$")  # "X by Yamazaki Mari"
SERIAL_SPLIT = re.compile(r",\s+(?:and\s+)?")  # "A and B, C, and D": "A and B" is one
SONGS = re.compile(  # a singer's songs, or the parts of one work ("made up of several parts:")
    r"\b(?:hits|songs|singles|albums|tracks|discography|parts|volumes|arcs|chapters|installments)\b",
    re.I,
)
PAST_REACH = 60  # how far before a list its past-works words reach ("has worked on ...")
QUOTED_LIST = re.compile(  # "‘A’, ‘B’, ‘C’ and ‘D’": quotes mark every item a title
    rf"{_QUOTED_ITEM}(?:\s*,\s*(?:and\s+)?{_QUOTED_ITEM})+(?:\s*,?\s+and\s+{_QUOTED_ITEM})?"
)


def titles_enumerated(units: Iterable[Unit]) -> list[str]:
    """Titles of enumerations that say their items are shows (see the module's doc)."""
    found = _scheduled(units)
    for text in map(strip_parentheses, _sentences_across_marks(units)):
        if "," not in text:
            continue  # no enumeration of three ("A, B and C" has one comma at least)
        lists = [
            m.group("items")
            for m in SHOWS_COLON.finditer(text)
            if not PEOPLE_WORD.found(m.group("lead"))
            and not _cue_before_title(m.group("lead"))
            and not ARE_TITLE.search(m.group("lead"))
            and not _past_credits(text, m.end("lead"))
            and not QUOTE_OPEN.search(m.group("lead"))
        ]  # not "other shows such as Sword Art Online: Alicization, ..." or "the series covered
        # are ID: Invaded, ...": a title's colon, nor
        # 'the series “Higehiro: After Being Rejected, I Shaved and ...”', a quoted one
        if " anime" in text:
            lists += [m.group("items") for m in _closed_by_anime(text)]
        lists += [
            m.group("items").split(", with ", 1)[0]  # "..., with all of them airing on ..."
            for m in SHOWS_ARE.finditer(text)
            if not PEOPLE_WORD.found(m.group("lead")) and not CAST_BEFORE.search(text, 0, m.start())
        ]  # not "the cast members for the X films include A, B, C"
        if any(w in text for w in ("schedule", "lineup", "line-up", "slate")):  # quick check
            lists += [m.group("items") for m in ON_SCHEDULE.finditer(text)]
        lists += [
            m.group(0)
            for m in QUOTED_LIST.finditer(text)
            if not _past_credits(text, m.start())
            and not SONGS.search(text, 0, m.start())
            and not PART_AFTER.match(text, m.end())
        ]  # not 'Her hits include "A", "B", ...': a singer's songs, nor "the 'A', 'B' arcs",
        # nor "made up of several parts: “A”, “B” and “C”", one work's
        for items in lists:
            parts = _by_service(items.strip()) or (
                SERIAL_SPLIT.split(items.strip())
                if ", and " in items
                else list_items(items.strip())
            )
            titles = [list_title(i) for i in parts]
            if len(titles) >= ENUMERATED and all(titles):
                found.extend(t for t in titles if t and t not in found)
        found.extend(t for t in _counted(text) if t not in found)
    return found


SERVICE_LEAD = re.compile(  # "Crunchyroll with A, B and C, and Wakanim with D and E"
    r"(?:^|,?\s+(?:and|plus)\s+|,\s+)(?P<who>[A-Z][\w+!.-]*(?:\s+[A-Z][\w+!.-]*)?)\s+with\s+"
)


def _by_service(items: str) -> list[str]:
    """The titles of an enumeration grouped by the services that stream them ("Crunchyroll
    with A, B and C, and Wakanim with D and E"), or [] for any other enumeration."""
    leads = list(SERVICE_LEAD.finditer(items))
    if len(leads) < 2 or leads[0].start() != 0 or not all(is_company(m["who"]) for m in leads):
        return []
    ends = [m.start() for m in leads[1:]] + [len(items)]
    return [i for m, end in zip(leads, ends, strict=True) for i in list_items(items[m.end() : end])]


def _cue_before_title(lead: str) -> bool:
    """Whether a list's cue before the colon runs into a title ("other shows such as Sword
    Art Online: Alicization"), not into words about shows ("has licensed four anime
    series: A, B, ...")."""
    cue = LIST_CUE.search(lead)
    return cue is not None and lead[cue.end() : cue.end() + 1].isupper()


def _past_credits(text: str, start: int) -> bool:
    """Whether the words just before ``start`` make a list someone's past works ("the studio
    has also worked on titles such as: A, B, C")."""
    return bool(PAST_CREDITS.search(text[max(0, start - PAST_REACH) : start]))


def _counted(text: str) -> list[str]:
    """The items of "N new series ... – A, B, ... and E" when there are N of them, every
    one reading as a title (a maker after "by" aside)."""
    for match in COUNTED.finditer(text):
        items = list_items(match.group("items").strip())
        titles = [list_title(BY_MAKER.sub("", i.strip())) for i in items]
        if len(titles) == NUMBER_WORDS[match.group("n").lower()] and all(titles):
            return [t for t in titles if t]
    return []


def _scheduled(units: Iterable[Unit]) -> list[str]:
    """The shows of a line that gives each its window ("A in winter; B in November"), two
    at least, every one of them reading as a title."""
    lines: list[str] = []
    for unit in units:  # the sentence split cut the line at its semicolons: join it again
        if lines and lines[-1].endswith(";"):
            lines[-1] = f"{lines[-1]} {unit.text.strip()}"
        else:
            lines.append(unit.text)
    for line in lines:
        if ";" not in line or line.rstrip().endswith("."):
            continue  # a quick check: a subheadline has semicolons and no full stop
        items = [SCHEDULED.match(i.strip()) for i in line.split(";")]
        titles = [list_title(m["t"]) for m in items if m and ", " not in m["t"]]  # no places
        if len(titles) == len(items) >= 2 and all(titles):
            return [t for t in titles if t]
    return []


def _sentences_across_marks(units: Iterable[Unit]) -> list[str]:
    """The units' sentences, a sentence that ends in "!" or "?" joined to the next: a title
    may hold the mark ("the Love Live! Nijigasaki ... anime")."""
    texts: list[str] = []
    joined = False
    for unit in units:
        if unit.earlier_run:
            joined = False
            continue
        if joined and texts:
            texts[-1] = f"{texts[-1]} {unit.text}"
        else:
            texts.append(unit.text)
        joined = unit.text.rstrip().endswith(("!", "?"))
    return texts


def _closed_by_anime(text: str) -> Iterator[re.Match[str]]:
    """ "the A, B, C, and D anime": the first "the" whose enumeration reaches "anime" with
    every item a title (an earlier "the" may open a phrase of its own)."""
    for the in THE.finditer(text):
        match = ANIME_CLOSED.match(text, the.end())
        if match and all(list_title(i) for i in list_items(match.group("items").strip())):
            yield match
            return

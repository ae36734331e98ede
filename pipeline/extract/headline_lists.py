"""The shows a headline lists: "Crunchyroll to Stream A, B, C", "X and Y Anime Get
Sequels", a box-office chart's "A Climbs to #6, B Film Drops to #7".

Each listed name counts only when the body writes it too (in its longest written form),
so that a list of makers or a cast ("A, B, C Star in X") is no list of shows.
"""

from __future__ import annotations

import re

from pipeline.extract.candidate_checks import MAKER_AFTER
from pipeline.extract.candidate_filters import is_generic, reads_as_person
from pipeline.extract.headline_marks import LICENSOR_VERBS
from pipeline.extract.headline_quotes import QUOTED
from pipeline.extract.headline_reading import (
    LISTING_ASIDE,
    could_be_title,
    headline_pieces,
    is_company_name,
)
from pipeline.extract.near_spellings import written_as_one
from pipeline.extract.subject_leads import APPOSED_LEAD, LIVE_ACTION
from pipeline.extract.title_forms import SEQUEL_SUFFIX
from pipeline.extract.title_spans import count_in

LISTING = re.compile(
    r"^(?P<who>.+?)\s+(?:to\s+(?:Stream|Simulcast|Air)|Streams?|Adds?|Acquires?|Licenses?|Announces?|Reveals?"
    rf"|Simulcasts?|Picks\s+Up|Gets|{LICENSOR_VERBS})\s+(?P<list>[^,]+(?:(?:,\s+|\s+&\s+)[^,]+)+)$",
    re.I,
)
QUOTED_COMMA = re.compile(r",(['’\"”])")
LIST_COUNT = re.compile(r"^\d{1,2}\s+(?=['‘\"“])")
KINDS_TAIL = re.compile(r"\s+(?:Anime\s+)?(?:Films|Movies|Series|Shows|Titles)(?:\s+(?:to|will))?$")
LISTED_LOST = 3  # names a headline lists before the ones the body lost still count
LIST_SPLIT = re.compile(r",\s*(?:(?:and|&)\s+)?|\s+and\s+(?=[A-Z0-9'\"“])")


def listed_in_headline(headline: str, body: str) -> tuple[str, ...]:
    """The shows a list headline names ("Crunchyroll to Stream A, B, C"), when the body
    names each of them too; fewer than two gives ()."""
    if FANS_OF.match(headline):
        return ()  # "A, B, and C fans have plenty to be excited about with ...": a comparison
    if CAST_JOINED.search(headline):
        return ()  # "A and B Join X Anime Cast": actors, not shows
    own = body.replace(headline, "")  # not the page's copy of the headline
    match = LISTING.search(QUOTED_COMMA.sub(r"\1,", headline))  # "'A,' 'B,' & 'C'"
    if match and is_company_name(match.group("who")):  # "Crunchyroll to Stream A, B, C"
        listed = LIST_COUNT.sub("", match.group("list"))  # "Adds 4 'A', 'B', ...": the count goes
        split = "," in listed  # "Funimation Gets A & B": two only when the body writes each apart
        items = _rejoined(LIST_SPLIT.split(listed), own) if split else _apart(listed, own)
        items = [i.strip(" '‘’\"“”") for i in items]  # "'Bamboo Blade'": the quotes go
    elif ranked := _ranked(headline):  # a chart's headline names its entries on its own
        charted = (longest_in(item, body) or item for item in ranked)
        return tuple(t for t in charted if not live_action(t, body))
    else:
        items = _joined_titles(headline, body)
        last = items[-1].strip() if items else ""
        if len(items) >= 2 and CO_OWNED.match(last) and last.casefold() not in body.casefold():
            return ()  # "Cat Food Studio, Yostar's Mahjong Soul Game": the makers of one work
    written = [longest_in(item, body) for item in items]
    anime = [
        (i, w) for i, w in zip(items, written, strict=True) if not (w and live_action(w, body))
    ]
    items, written = [i for i, _ in anime], [w for _, w in anime]  # "Y, the live-action film"
    found = [t for t in written if t]
    if any(MAKER_AFTER.match(headline, headline.find(t) + len(t)) for t in found if t in headline):
        return ()  # "X Director and Y Writer Team Up for Z": the makers' earlier works
    if any(reads_as_person(t, body) for t in found):
        return ()  # "A, B, C Star in X": the cast, not a list of shows
    if any(t[:1].islower() for t in found):
        return ()  # "Cast Members and Opening Theme for X": the body's common words
    if found and re.search(rf"\b(?:studios|companies)\s+{re.escape(found[0])}", body):
        return ()  # "A, B, C Launch Campaigns" over "the animation studios A, B, C": makers
    if len(found) >= 2 and len(found) == len(items):
        return tuple(found)
    lost_ok = not (match and is_company_name(match.group("who")))  # "A, B, C Films Open"
    if (
        lost_ok
        and len(items) >= LISTED_LOST
        and found
        and all(could_be_title(i.strip()) for i in items)
    ):
        return tuple(w or i.strip() for w, i in zip(written, items, strict=True))
    return ()  # a long list whose body (a cut page) lost some names keeps them as listed


FANS_OF = re.compile(r"^[^.]{2,120}?\s(?:and|&)\s[^.]{1,60}?\s(?:fans|viewers)\b")
CO_OWNED = re.compile(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}(?:['’]s|(?<=s)['’])\s+\S")
RANKED = re.compile(  # "Mirai Climbs to #6", "3rd Code Geass Film Opens at #7": a chart's entry
    r"^(?:\d{4}\s+|\d+(?:st|nd|rd|th)\s+(?:\d\s+)?)?(?P<t>.+?)"  # "1st 2 X Films": the first of two
    r"(?:\s+(?:Anime|TV|Film|Movie|Manga|CG|Compilation|\d+(?:st|nd|rd|th)\s+Episode|Screening)s?)*"
    r"\s+(?:(?:Opens|Climbs|Drops|Rises|Falls|Slips|Stays|Remains|Debuts|Returns|Tops|Holds|Ranks"
    r"|Is|Comes|Moves|Jumps|Leaps|Dips|Sits|Lands|Enters|Back(?=\s+(?:at|to|in)\b))\b.*|to|at)?"
    r"\s*#\s?\d+(?:\s+(?i:in|for|with|at|after)\s.*)?$"  # "at #2 in Japan", "at #2 With 399 ..."
)
ASIDE = re.compile(r"^(?:Earns|Sells|Passes|Surpasses|Tops|Crosses|Nears|Reaches|Becomes|Breaks)\b")


ENTRY_LEAD = re.compile(  # "Mamoru Hosoda's Mirai", "Live-Action Bleach": the entry itself
    r"^(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+(?=[A-Z0-9'‘\"“])|^(?:Live-Action|New|Part\s+of)\s+"
)


def _ranked(headline: str) -> list[str]:
    """The entries of a chart headline ("A Climbs to #6, B Film Drops to #7"), when every
    clause of it names a place."""
    clauses = [c.strip() for c in clauses_of(headline) if not ASIDE.match(c.strip())]
    matches = [RANKED.match(c) for c in clauses]
    if len(clauses) < 2 or not all(matches):
        return []
    return [trimmed_entry(m.group("t")) for m in matches if m]


def clauses_of(headline: str) -> list[str]:
    """A headline's comma-separated clauses, a quoted title whole ("'And Yet, You Are So
    Sweet' at #2")."""
    quoted = [m.span() for m in QUOTED.finditer(headline)]
    commas = (m.start() for m in re.finditer(", ", headline))
    cuts = [c for c in commas if not any(a < c < b for a, b in quoted)]
    ends = zip([0, *cuts], [*cuts, len(headline)], strict=True)
    return [headline[a:b].lstrip(", ") for a, b in ends]


def trimmed_entry(entry: str) -> str:
    """A chart entry without its maker or kind ("Mamoru Hosoda's Mirai" gives "Mirai")."""
    return ENTRY_LEAD.sub("", entry).strip("'\"‘’“”")


def _rejoined(items: list[str], body: str) -> list[str]:
    """List items with a title that holds a comma put back together ("Girlfriend, Girlfriend"),
    when the body writes them whole (in any letter case: "Josee, The Tiger and the Fish")."""
    out: list[str] = []
    for item in _split_ampersands(items, body):
        joined = f"{out[-1]}, {item}" if out else ""
        written = SEQUEL_SUFFIX.sub("", joined).strip()  # "Girlfriend, Girlfriend Season 2"
        if joined and re.search(rf"{re.escape(written)}(?!\s*(?:,|and\b|&))", body, re.I):
            out[-1] = joined  # the body writes it whole, not as part of the same list
        else:
            out.append(item)
    return out


def _split_ampersands(items: list[str], body: str) -> list[str]:
    """ "A & B" as two items unless the body writes it as one title ("Carole & Tuesday")."""
    out: list[str] = []
    for item in items:
        parts = item.split(" & ")
        whole = len(parts) == 1 or (item.lower() in body.lower() and not _apart(item, body))
        out += [item] if whole else parts
    return out


def _joined_titles(headline: str, body: str) -> list[str]:
    """["X", "Y"] for "X and Y Anime Get Sequels", "X, Y Anime Films Delayed" or "X, Y, Z
    Films Open in Top 10" when the body names X and Y apart."""
    marked, others = headline_pieces(headline)
    body = body.replace(headline, "")  # not the page's copy of the headline
    if not marked and others and ", " in others[0] and KINDS_TAIL.search(others[0]):
        marked = [KINDS_TAIL.sub("", others[0])]  # "A, B, C, D Films Open in Top 10"
    elif not marked and others and ALL_TAIL.search(others[0]):
        marked = [others[0]]  # "A, B and C All Coming to ...": the list says it is one
    elif not marked and others and ", " in others[0] and TAKEN_BY.search(headline):
        marked = [others[0]]  # "A, B Added by Funimation"
    elif not marked and others and SEQUEL_NEWS.search(headline):
        marked = [others[0]]  # "A And B Get Sequel Anime Seasons"
    elif labelled := LIST_LABEL.match(headline):  # "New Anime: A, B, C", "Fall Preview: A, B"
        marked = [headline[labelled.end("label") :].strip()]
    elif slashed := SLASHED.match(headline):  # "Anime Classics: A / B / C": three titles
        marked = [slashed["list"].replace(" / ", ", ")]
    elif not marked and others and " and " in others[0]:  # "A and B Coming to Netflix"
        return _apart(OWNER_HEAD.sub("", others[0]), body)
    listed = OWNER_HEAD.sub("", ALL_TAIL.sub("", marked[0])) if marked else ""
    listed = NEW_TAIL.sub("", listed)  # "Spice and Wolf New (Anime)": the news word goes
    listed = LISTING_ASIDE.sub("", listed)  # "Anime: X (Actor A, Actor B)": one title
    folded = body.casefold()
    if not listed:
        return []
    if any(f.casefold() in folded for f in (listed, listed.replace(" and ", " & "))) or (
        written_as_one(listed, body)
    ):
        return _apart(listed, body)  # the body writes it whole: one title ("Josee, the Tiger
        # and the Fish"; for "Skip and Loafer" in the headline, "Skip & Loafer")
    if ", " in listed:
        return _rejoined(LIST_SPLIT.split(listed), body)
    parts = re.split(r"\s+(?:and|And|AND)\s+", listed)  # "A And B Get Sequel Anime Seasons"
    if len(parts) < 2 or any(p[:1].islower() for p in parts):
        return []  # "The Boy and the Heron": "the" after "and" is inside one title
    return parts


def _apart(listed: str, body: str) -> list[str]:
    """["A", "B"] for a headline's "A and B" that the body writes whole, when it also
    writes each of them apart as well ("Baki and Hi-Score Girl"), else [];
    two one-word names are one title's ("Sasaki and Miyano")."""
    parts = re.split(r"\s+(?:and|&)\s+", listed)
    one_words = all(" " not in p for p in parts)  # "Sasaki and Miyano": one title
    if len(parts) != 2 or any(p[:1].islower() for p in parts) or one_words:
        return []
    if any(is_company_name(p) for p in parts):
        return []  # "King Records and Takara Tomy Announce ...": the makers
    whole = sum(count_in(f"{parts[0]} {joiner} {parts[1]}", body) for joiner in ("and", "&"))
    return parts if all(count_in(p, body) > whole for p in parts) else []


NEW_TAIL = re.compile(r"\s+(?:New|Upcoming|Latest|Next)$")
TAKEN_BY = re.compile(  # "A, B Added by Funimation", "A, B Released Monday"
    r"\b(?:Added|Licensed|Acquired|Picked\s+Up)\s+by\b"
    r"|^(?![^,]*\sfor\s)[^,]{2,60},\s[^,]{2,60}\s+Released\b"  # not "Trailer for A, B"
)
SLASHED = re.compile(r"^(?:[^:/]{2,40}:\s+)?(?P<list>[^/]+?(?:\s/\s[^/]+?){2,})\s*$")
CAST_JOINED = re.compile(r"\bJoins?\s+(?:the\s+)?(?:Cast\s+of\b|(?:\S+\s+){1,8}?Cast\b)")
LIST_LABEL = re.compile(
    r"^(?P<label>(?:New\s+)?(?:Anime|Shows|Series|Titles)\s*:"
    r"|(?:[\w-]+\s+){0,4}(?:Preview|Guide|Picks|Line-?up|Watch\s?list|Round-?up|Briefs)\s*:)"
    r"\s+\S[^,]*,",  # "News Briefs: A, B OVA, C"
    re.I,
)
SEQUEL_NEWS = re.compile(r"\bGet\s+(?:New\s+|Sequel\s+)+(?:Anime\s+)?Seasons\b", re.I)
OWNER_HEAD = re.compile(r"^[^'’,]{1,40}?s['’]\s+(?=[A-Z])")  # "Studio Bones' A and B Anime"
ALL_TAIL = re.compile(r"\s+(?:All|Both)(?:\s+[A-Z]\w*ing)?$")  # "A, B, and C All Getting"


def live_action(title: str, body: str) -> bool:
    return bool(re.search(rf"{re.escape(title)},\s+(?:[\w-]+\s+){{0,3}}?live-action\b", body))


def longest_in(item: str, body: str) -> str | None:
    """The longest head of a chart headline's entry the body writes, in the whole form of
    the first paragraph that opens with a title holding it ("Eiga X Jam: Y - Z ka
    (English), the sixth film")."""
    words = item.strip(" .!").split()
    at = body.casefold().find(item.strip(" .!").casefold())
    if len(words) > 1 and at >= 0:  # "I Want to Eat Your Pancreas", written lower case
        return body[at : at + len(item.strip(" .!"))]
    for end in range(len(words), 0, -1):
        candidate = " ".join(words[:end])
        if candidate in body and could_be_title(candidate) and not is_generic(candidate):
            return _whole_subject(candidate, body) or candidate
    return None


def _whole_subject(head: str, body: str) -> str | None:
    for line in body.split("\n"):
        whole = APPOSED_LEAD.match(line) if head in line[:120] else None
        if whole and head in whole["title"] and not LIVE_ACTION.search(whole.group(0)):
            return whole["title"].strip()
    return None

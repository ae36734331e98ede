"""The show's title, its other titles, and sequel naming.

Titles come from the headline ("X Anime Reveals ...", "'X' Season 2 ...", "X: Spring
2021 Preview"), checked against the body so that words such as "Crunchyroll Brews
Up" are trimmed; from a round-up's heading; or, with no headline, from the body's
subject ("X will begin airing", "X is directed by"). A sequel is "X Season N"
whatever the article's wording, and its own form is kept as an alternative title.
An announced project whose title is not revealed has no title.

The headline's reading is in ``headline_reading``; sequel naming, alternative titles and
a film's full title are in ``title_forms``.
"""

from __future__ import annotations

import re

from pipeline.extract.candidate_filters import is_generic, reads_as_person
from pipeline.extract.candidate_scoring import SUBTITLE, film_prefix
from pipeline.extract.candidates import YEAR, choose
from pipeline.extract.entry_lines import STREAM_TAIL, WHEN_NOTE
from pipeline.extract.folding import Folded
from pipeline.extract.heading_extras import (
    with_plain_gloss,
    without_category,
    without_makers,
    without_occasion,
)
from pipeline.extract.headline_reading import (
    QUOTED,
    body_subject,
    could_be_title,
    headline_base,
    headline_pieces,
    is_company_name,
    news_heading_title,
)
from pipeline.extract.names import unique
from pipeline.extract.season_numbers import lead_season, subheadline_season, written_season
from pipeline.extract.show_headings import (
    KIND_OF,
    STAFF_TAIL,
    WHEN_TAIL,
    without_description,
    without_picture,
)
from pipeline.extract.song_headings import show_beside_song
from pipeline.extract.subject_leads import APPOSED_LEAD, LIVE_ACTION
from pipeline.extract.title_forms import (
    NOT_ALT,
    ORDINALS,
    SEASON_ASIDE,
    SEQUEL_SUFFIX,
    WITH_ALT,
    Titles,
    extend_film,
    finish,
    sequel_number,
    with_season,
)
from pipeline.extract.title_spans import DATE_TAIL, SMALL_WORD, positions

PROJECT = re.compile(
    r"^(?:an?\s+)?(?:new|untitled|original)\s+(?:[\w-]+\s+){0,3}project\b"
    r"|\b(?:new|untitled)\s+original\s+(?:TV\s+|television\s+)?anime\s+project\b",
    re.I,
)
UNTITLED = Folded(
    r"\buntitled\b(?!\s+(?:opening|ending|theme|song|insert|single|track|album|episode|(?:op|ed)\b))"
    r"|\btitle\s+(?:and\s+(?:[\w-]+\s+){1,3}?)?(?:will\s+be|is\s+yet\s+to\s+be"
    r"|has\s+not\s+(?:yet\s+)?been|is\s+not\s+yet)\s+(?:revealed|announced|known|unveiled)"
)
LISTING = re.compile(
    r"^(?P<who>.+?)\s+(?:to\s+(?:Stream|Simulcast|Air)|Streams?|Adds?|Acquires?|Licenses?|Announces?|Reveals?"
    r"|Simulcasts?|Picks\s+Up)\s+(?P<list>[^,]+(?:,\s+[^,]+)+)$",
    re.I,
)
KINDS_TAIL = re.compile(r"\s+(?:Anime\s+)?(?:Films|Movies|Series|Shows|Titles)(?:\s+(?:to|will))?$")
LISTED_LOST = 3  # names a headline lists before the ones the body lost still count
LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+(?=[A-Z0-9'\"“])")

# How sure a title is when no candidates were weighed.
SAID_UNTITLED = 0.8  # "untitled", "the title will be revealed later"
UNNAMED_PROJECT = 0.6  # "a new original anime project" with no name
HEADLINE_ONLY = 0.6  # a feed item with no body: the headline's reading alone
BODY_SUBJECT_ONLY = 0.3  # no candidate: the body's most frequent subject


def from_headline(headline: str, body: str, emphasis: tuple[str, ...]) -> Titles:
    """The title a headline gives, checked against the article's body."""
    if UNTITLED.found(headline) or UNTITLED.found(body):
        return Titles(None)
    base = headline_base(headline, body, emphasis)
    if PROJECT.search(headline) and not QUOTED.search(headline):
        return Titles(None)
    if not base:
        return from_body(body)
    named = WITH_ALT.match(base)
    if named:
        found = finish(named.group("t"), body, sequel_number(headline), headline)
        extra = with_season(named.group("alt"), sequel_number(headline))
        return Titles(found.title, unique([extra, *found.alt_titles]))
    return finish(extend_film(base, body), body, sequel_number(headline), headline)


def from_evidence(headline: str, body: str, emphasis: tuple[str, ...]) -> tuple[Titles, float]:
    """The title the article's evidence supports best (see ``candidates``), and its
    confidence; the headline's own reading is one of the candidates."""
    if UNTITLED.found(headline) or UNTITLED.found(body):
        return Titles(None), SAID_UNTITLED
    if PROJECT.search(headline) and not QUOTED.search(headline):
        return Titles(None), UNNAMED_PROJECT
    # the headline's marker reading, or with no headline the body's subject ("X joins")
    grammar = headline_base(headline, body, emphasis) if headline else body_subject(body)
    if headline and " ".join(body.split()) == " ".join(headline.split()):
        return from_headline(headline, body, emphasis), HEADLINE_ONLY
    base, confidence = choose(headline, body, emphasis, grammar)
    if base is None:
        return from_body(body), BODY_SUBJECT_ONLY
    number = (
        sequel_number(base)
        or sequel_number(headline)
        or lead_season(base, body)
        or subheadline_season(body)
        or written_season(base, body)
    )
    own = SEQUEL_SUFFIX.sub("", base).strip() if sequel_number(base) else base
    named = WITH_ALT.match(own)
    if named:  # "Kaze no Uta (Song of the Wind)"
        found = finish(named.group("t").strip(), body, number, headline)
        extra = with_season(named.group("alt").strip(), number)
        return Titles(found.title, unique([extra, *found.alt_titles])), confidence
    return finish(extend_film(own, body), body, number, headline), confidence


GLOSS_TAIL = re.compile(  # ": Nobita no Shin Kyōryū (Doraemon the Movie: ...)" after a title
    r"(?![ ](?:Premiere|Release|Air(?:ing)?|Broadcast)\s+Dates?:)"  # not "X Premiere Date: ..."
    rf"(?::?[ ](?:{SMALL_WORD}[ ])*{SUBTITLE})\s+\((?=[A-Z])"
)


def glossed_form(title: str, body: str) -> str:
    """The body's full form of a headline's short name, when it writes one glossed in
    parentheses the way news of a film gives its full Japanese title and an English one
    ("Eiga Doraemon: Nobita no Shin Kyōryū (Doraemon the Movie: ...)")."""
    for start in positions(title, body):
        tail = GLOSS_TAIL.match(body, start + len(title))
        if tail:
            return f"{film_prefix(body, start)}{title}{tail.group(0)[:-1]}".strip()
    return title


def listed_in_headline(headline: str, body: str) -> tuple[str, ...]:
    """The shows a list headline names ("Crunchyroll to Stream A, B, C"), when the body
    names each of them too; fewer than two gives ()."""
    match = LISTING.search(headline)
    if match and is_company_name(match.group("who")):  # "Crunchyroll to Stream A, B, C"
        own = body.replace(headline, "")  # not the page's copy of the headline
        items = _rejoined(LIST_SPLIT.split(match.group("list")), own)
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
    if any(reads_as_person(t, body) for t in found):
        return ()  # "A, B, C Star in X": the cast, not a list of shows
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


CO_OWNED = re.compile(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s\s+\S")
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
        whole = len(parts) == 1 or item.lower() in body.lower()
        out += [item] if whole else parts
    return out


def _joined_titles(headline: str, body: str) -> list[str]:
    """["X", "Y"] for "X and Y Anime Get Sequels", "X, Y Anime Films Delayed" or "X, Y, Z
    Films Open in Top 10" when the body names X and Y apart."""
    marked, others = headline_pieces(headline)
    if not marked and others and ", " in others[0] and KINDS_TAIL.search(others[0]):
        marked = [KINDS_TAIL.sub("", others[0])]  # "A, B, C, D Films Open in Top 10"
    elif not marked and others and ALL_TAIL.search(others[0]):
        marked = [others[0]]  # "A, B and C All Coming to ...": the list says it is one
    elif not marked and others and SEQUEL_NEWS.search(headline):
        marked = [others[0]]  # "A And B Get Sequel Anime Seasons"
    elif labelled := LIST_LABEL.match(headline):  # "New Anime: A, B, C", "Fall Preview: A, B"
        marked = [headline[labelled.end("label") :].strip()]
    body = body.replace(headline, "")  # not the page's copy of the headline
    listed = OWNER_HEAD.sub("", ALL_TAIL.sub("", marked[0])) if marked else ""
    if not listed or listed.casefold() in body.casefold():
        return []  # the body writes it whole: one title ("Josee, the Tiger and the Fish")
    if ", " in listed:
        return _rejoined(LIST_SPLIT.split(listed), body)
    parts = re.split(r"\s+(?:and|And|AND)\s+", listed)  # "A And B Get Sequel Anime Seasons"
    if len(parts) < 2 or any(p[:1].islower() for p in parts):
        return []  # "The Boy and the Heron": "the" after "and" is inside one title
    return parts


LIST_LABEL = re.compile(
    r"^(?P<label>(?:New\s+)?(?:Anime|Shows|Series|Titles)\s*:"
    r"|(?:[\w-]+\s+){0,4}(?:Preview|Guide|Picks|Line-?up|Watch\s?list|Round-?up)\s*:)\s+\S[^,]*,",
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


TAGLINE = re.compile(r":\s+[A-Z][a-z'’]*(?:\s+[a-z][\w'’-]*){1,8}[.!]?$")
OWN_SEASON = re.compile(
    r"(?P<t>.+?)(?:['’]s|(?<=s)['’])\s+(?P<n>(?i:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))"
    r"\s+Season"
)


def from_heading(heading: str, body: str, *, songs: bool = False) -> Titles:
    """The title a round-up heading gives ("2. Demon Lord, Retired (Maō, Intai Shimashita)");
    a song list's heading ("\"Song\" by Artist, Show") gives the show beside the song, and a
    quoted title ("'Show' Season 7") its quoted words; "Sequel to X Announced" over "Y, a
    sequel to X" gives Y."""
    as_written = heading
    heading = without_makers(without_picture(heading))
    heading = STAFF_TAIL.sub("", WHEN_TAIL.sub("", without_occasion(without_category(heading))))
    heading = KIND_BEFORE_QUOTE.sub("", STREAM_TAIL.sub("", heading))
    heading = WHEN_NOTE.sub("", heading)
    heading = with_plain_gloss(DATE_TAIL.sub("", show_beside_song(heading, body, songs=songs)))
    heading = without_description(news_heading_title(heading, body) or heading)
    heading = TAGLINE.sub("", heading)  # "X's Seventh Season: Springing into action"
    if owned := OWN_SEASON.fullmatch(heading):  # "X's Seventh Season": X Season 7
        heading = f"{owned['t']} Season {ORDINALS[owned['n'].lower()]}"
    if kind_of := KIND_OF.match(heading):  # "OVA of X", "Second Season of X": X
        number = sequel_number(kind_of.group(0))
        heading = heading[kind_of.end() :] + (f" Season {number}" if number else "")
    heading = SEASON_ASIDE.sub(r" Season \g<n>", heading).strip()  # "X (Season 2)"
    if heading.count("(") > heading.count(")"):  # "X (English: Y" cut at a colon of its gloss
        heading = heading[: heading.rfind("(")].strip()
    halves = TWO_NAMES.fullmatch(heading)
    if halves:  # "Mahoutsukai no Yome/The Ancient Magus' Bride": a title and its other name
        found = from_heading(halves.group("a"), body)
        return Titles(found.title, unique([halves.group("b").strip(), *found.alt_titles]))
    quoted = HEADING_QUOTE.match(heading)
    if quoted:
        number = sequel_number(heading[quoted.end() :])
        return finish(quoted.group("t").strip(), body, number, heading)
    if len(heading.split()) >= NEWS_HEADING_WORDS and QUOTE_MARK.search(heading):
        inner = headline_base(heading, body, ())  # 'Studio Updates Plans on New "X" Anime'
        if inner and inner in heading and inner != heading:
            return finish(inner, body, sequel_number(heading), heading)
    match = WITH_ALT.match(heading)
    dated = match and YEAR.fullmatch(match.group("alt").strip())
    if match and dated:  # "Fairy Tail (2014)": the year tells it from an older show
        title, alts = heading, [match.group("t").strip()]
    else:
        title, alts = (match.group("t"), [match.group("alt")]) if match else (heading, [])
    number = sequel_number(title)
    base = SEQUEL_SUFFIX.sub("", title).strip() if number else title.strip()
    extra = [title] if number and title != f"{base} Season {number}" else []
    found = finish(base, body, number, as_written)
    named = [
        with_season(a, number)
        for a in alts
        if not NOT_ALT.search(a) and not a.isdigit() and not is_company_name(a.rstrip("."))
    ]
    others = [a for a in (*named, *extra, *found.alt_titles) if a != found.title]
    return Titles(found.title, unique(others))


NEWS_HEADING_WORDS = 6  # a heading this long that quotes a name is an item's news headline
QUOTE_MARK = re.compile(r"[\"“]\w")
KIND_BEFORE_QUOTE = re.compile(  # 'Movie “Laid-Back Camp”': the kind, then the quoted title
    r"^(?:(?:TV\s+)?Anime|Movie|Film|Series)\s+(?=[\"“‘'「『])", re.I
)
TWO_NAMES = re.compile(r"(?P<a>\S+(?:\s+\S+)+?)\s*/\s*(?P<b>\S+(?:\s+\S+)+)")
HEADING_QUOTE = re.compile(r"^[\"“‘'](?P<t>[^\"”’]{2,80})[\"”’'](?=\s|$|[,:])")


def heading_studio(heading: str) -> str | None:
    """The studio a round-up heading names in parentheses ("Coral Crown (Studio Reef)")."""
    match = WITH_ALT.match(STAFF_TAIL.sub("", WHEN_TAIL.sub("", heading)))
    studio = match.group("alt").strip().rstrip(".") if match else ""
    return studio if studio and is_company_name(studio) else None


def from_body(body: str) -> Titles:
    """The show the body keeps talking about, when there is no headline."""
    if UNTITLED.found(body):
        return Titles(None)
    title = body_subject(body)
    return finish(title, body, None, "") if title else Titles(None)

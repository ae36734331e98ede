"""The show's title, its other titles, and sequel naming.

Titles come from the headline ("X Anime Reveals ...", "'X' Season 2 ...", "X: Spring
2021 Preview"), checked against the body so that words such as "Crunchyroll Brews
Up" are trimmed; from a round-up's heading; or, with no headline, from the body's
subject ("X will begin airing", "X is directed by"). A sequel is "X Season N"
whatever the article's wording, and its own form is kept as an alternative title.
An announced project whose title is not revealed has no title.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from pipeline.extract.candidate_filters import crosses_sentences
from pipeline.extract.candidates import choose
from pipeline.extract.lexicon import lexicon
from pipeline.extract.names import UPPER, unique
from pipeline.extract.title_spans import DATE_TAIL

ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
ROMAN = {"II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6}
SEQUEL = re.compile(
    r"\bSeason\s+(?P<a>\d+)\b|\b(?P<b>\d+)(?:st|nd|rd|th)\s+Season\b"
    r"|\b(?P<w>second|third|fourth|fifth|sixth)\s+seasons?\b|\bSeason\s+(?P<r>(?-i:II|III|IV|V|VI))\b"
    r"|\bSeason\s+(?P<sw>Two|Three|Four|Five|Six)\b|\s(?P<rt>(?-i:II|III|IV|V|VI))$",
    re.I,
)
SEQUEL_SUFFIX = re.compile(
    r"\s*(?:[:\-–,]\s*)?(?:Season\s+\d+|\d+(?:st|nd|rd|th)\s+Season|(?:second|third|fourth|fifth)"
    r"\s+season|Season\s+(?-i:II|III|IV|V|VI)|(?-i:II|III|IV|V|VI))\s*$",
    re.I,
)
CUT = re.compile(
    r"['’]s\s+(?:TV\s+|Original\s+)?Anime\b|\s+(?:Original\s+)?(?:TV\s+|Television\s+)?Anime\b"
    r"(?!\s+(?:Expo|Japan|Festival|Awards?|Con|Matsuri|NYC|Boston)\b)"
    r"|\s+(?:(?:Web\s+|Visual\s+)?Novels?(?=\s+(?:Gets|Inspires|Receives|Is\s+Getting))"
    r"|(?:Video\s+)?Game(?=\s+(?:Gets|Inspires|Receives|Is\s+Getting))"
    r"|Manga|Light\s+Novel|Webtoon|Film|Movie|Season\s+\d+|\d+(?:st|nd|rd|th)\s+(?:Season|cour)"
    r"|Reveals?|Gets?|Sets?|Opens?|Premieres?|Announces?|Unveils?|Debuts?|Returns?|Streams?"
    r"|to\s+Stream|Launches|Lands?|Confirms?|Drops?|Shares?|Releases?|Adds?|Teases?|PV|Trailer"
    r"|Key\s+Visual|Is\s+Getting|Will\s+Get|Coming|Announced|Revealed|Confirmed|Delayed"
    r"|Postponed|Greenlit|Green-lit|Sequel|Prequel|Spin-?off|Acquires?|Licenses?|Picks\s+Up|(?-i:Simulcasts?)|Will\s+Stream)\b"
    r"|\s+(?:to|for|in|into|on)\s+(?:its|their|his|her)\b.*"
    r"|\s+for\s+(?:Spring|Summer|Fall|Autumn|Winter)\b.*"
    r"|\s*(?:[-–—,]\s*)?\bEpisodes?\s+\d+\b.*"
    r"|:\s+(?:Release|Everything|Story|Cast|Trailer|Premiere|First|Preview|Where|How|What|When"
    r"|Spring|Summer|Fall|Winter|Review)",
    re.I,
)
TITLE_MARK = re.compile(
    r"(?i)(?:['’]s)?\s*(?:original\s+|tv\s+|television\s+)*(?:anime|manga|(?:light\s+|web\s+|visual\s+)?novels?"
    r"|(?:video\s+)?game|webtoon|film|movie)|\s+(?:season\s+\d+|\d+(?:st|nd|rd|th)\s+(?:season|cour))|:\s"
)
POSSESSIVE_LEAD = re.compile(r"^(?P<who>[^'’]{1,40})['’]s\s+")
PROJECT = re.compile(r"^(?:an?\s+)?(?:new|untitled|original)\s+(?:[\w-]+\s+){0,3}project\b", re.I)
LEADING = re.compile(r"^(?:(?:New|Original|TV|Television|Anime|Film|Movie|of|for)(?:\s+|$))+", re.I)
QUOTED = re.compile(
    r"(?:^|(?<=\s))[\"“‘'「『]([^\"”’」』]+?)[\"”’'」』](?=\s|$|[,:;!?])|「([^」]+)」|『([^』]+)』"
)
UNTITLED = re.compile(
    r"\buntitled\b|\btitle\s+(?:will\s+be|is\s+yet\s+to\s+be|has\s+not\s+(?:yet\s+)?been|is\s+not"
    r"\s+yet)\s+(?:revealed|announced|known)",
    re.I,
)
TAG = re.compile(r"^\s*\[[^\]]{1,30}\]\s*")  # "[Discussion]", "[News]"
LISTING = re.compile(
    r"^(?P<who>.+?)\s+(?:to\s+(?:Stream|Simulcast|Air)|Streams?|Adds?|Acquires?|Licenses?|Announces?|Reveals?"
    r"|Simulcasts?|Picks\s+Up)\s+(?P<list>[^,]+(?:,\s+[^,]+)+)$",
    re.I,
)
LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+(?=[A-Z0-9'\"“])")
COMPANY_NAME = re.compile(
    r"Studio\s+[\w.'’-]+(?:\s+[\w.'’-]+)?"
    r"|.+\s+(?:Studios?|Animation|Pictures|Licensing|Entertainment|Media|Filmworks|Films"
    r"|Inc\.?|LLC|Co\.|Ltd\.?|Distribution|Releasing|Productions?|Records|Publishing"
    r"|Holdings|Corporation|Corp\.?|Group)"
)
SMALL_WORDS = frozenset(
    [
        "of",
        "the",
        "a",
        "an",
        "no",
        "wo",
        "to",
        "x",
        "and",
        "in",
        "on",
        "at",
        "for",
        "is",
        "ni",
        "ga",
        "wa",
        "de",
        "o",
        "na",
        "mo",
        "e",
        "ka",
        "yo",
        "vs",
        "&",
        "with",
        "from",
    ]
)
TITLE_CASE_SHARE = 0.75  # a headline's words that no body confirms
LOOSE_SHARE = 0.5  # words the body repeats ("Dungeon meshi anime premieres ...")
COUNT_ONLY = re.compile(  # "Four" of "Four Anime Studios ...", "5 New"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)"
    r"(?:\s+(?:new|more|other|upcoming|classic|great|best))?",
    re.I,
)
DATED = re.compile(  # "March 2026 Opening at": a date, not a title
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+\d"
)
SEASON_ONLY = re.compile(r"(?:(?:Spring|Summer|Fall|Autumn|Winter)\s+)?\d{4}", re.I)
_TOKEN = rf"[{UPPER}0-9][\w'’:!?.\-]*"
_SMALL = r"(?:of|the|a|an|no|wo|to|x|and|in|on|at|for|is|ni|ga|wa|de|o)"
TITLE_LIKE = rf"{_TOKEN}(?:\s+(?:{_SMALL}\s+)*{_TOKEN})*"
BODY_SUBJECT = re.compile(
    rf"(?P<t>{TITLE_LIKE})\s+(?:will\s+(?:begin\s+airing|premiere|debut|air|run|stream)"
    r"|premieres|is\s+directed\s+by|is\s+produced\s+by|joins|begins|starts|kicks\s+off)\b"
)
NOT_A_TITLE = re.compile(r"^(?:The|It|This|That|He|She|They|We|Its|Their|A|An)$")
ALT_AFTER = re.compile(
    r"\s*[(（](?:(?:Japanese|English|original)\s+title:\s*|also\s+known\s+as\s+|a\.k\.a\.\s+)?"
    r"(?P<alt>[^()（）]{2,80})[)）]"
)
WITH_ALT = re.compile(r"^(?P<t>[^()（）]+?)\s*[(（](?P<alt>[^()（）]+)[)）]\s*$")
OWNER_SPLIT = re.compile(r"['’]s\s+")
ALT_BEFORE = re.compile(rf"(?P<alt>{TITLE_LIKE})\s*[(（]$")
NOT_ALT = re.compile(r"\d{1,2}:\d{2}|\bJST\b|^\d+$|\b(?i:episodes?|cast)\b|^[a-z]")
FILM = re.compile(rf"\s+(?:the\s+)?Movie(?::\s+{TITLE_LIKE})?|\s+Film(?::\s+{TITLE_LIKE})?")


# How sure a title is when no candidates were weighed.
SAID_UNTITLED = 0.8  # "untitled", "the title will be revealed later"
UNNAMED_PROJECT = 0.6  # "a new original anime project" with no name
HEADLINE_ONLY = 0.6  # a feed item with no body: the headline's reading alone
BODY_SUBJECT_ONLY = 0.3  # no candidate: the body's most frequent subject


@dataclass(frozen=True, slots=True)
class Titles:
    """What the show is called."""

    title: str | None  # None for an unnamed project
    alt_titles: tuple[str, ...] = ()


def sequel_number(text: str) -> int | None:
    """N when ``text`` names a sequel season ("Season 2", "2nd Season", "second season")."""
    match = SEQUEL.search(text)
    if not match:
        return None
    number = match.group("a") or match.group("b")
    if match.group("r"):
        return ROMAN[match.group("r")]
    if match.group("sw"):
        return WORD_NUMBERS[match.group("sw").lower()]
    if match.group("rt"):  # "Mushoku Tensei II", a title ending in a Roman numeral
        return ROMAN[match.group("rt")]
    value = int(number) if number else ORDINALS[match.group("w").lower()]
    return value if value >= 2 else None


def from_headline(headline: str, body: str, emphasis: tuple[str, ...]) -> Titles:
    """The title a headline gives, checked against the article's body."""
    if UNTITLED.search(headline) or UNTITLED.search(body):
        return Titles(None)
    base = _headline_base(headline, body, emphasis)
    if PROJECT.search(headline) and not QUOTED.search(headline):
        return Titles(None)
    if not base:
        return from_body(body)
    named = WITH_ALT.match(base)
    if named:
        found = _finish(named.group("t"), body, sequel_number(headline), headline)
        extra = _with_season(named.group("alt"), sequel_number(headline))
        return Titles(found.title, unique([extra, *found.alt_titles]))
    return _finish(_extend_film(base, body), body, sequel_number(headline), headline)


def from_evidence(headline: str, body: str, emphasis: tuple[str, ...]) -> tuple[Titles, float]:
    """The title the article's evidence supports best (see ``candidates``), and its
    confidence; the headline's own reading is one of the candidates."""
    if UNTITLED.search(headline) or UNTITLED.search(body):
        return Titles(None), SAID_UNTITLED
    if PROJECT.search(headline) and not QUOTED.search(headline):
        return Titles(None), UNNAMED_PROJECT
    # the headline's marker reading, or with no headline the body's subject ("X joins")
    grammar = _headline_base(headline, body, emphasis) if headline else _body_subject(body)
    if headline and " ".join(body.split()) == " ".join(headline.split()):
        return from_headline(headline, body, emphasis), HEADLINE_ONLY
    base, confidence = choose(headline, body, emphasis, grammar)
    if base is None:
        return from_body(body), BODY_SUBJECT_ONLY
    number = sequel_number(base) or sequel_number(headline)
    own = SEQUEL_SUFFIX.sub("", base).strip() if sequel_number(base) else base
    named = WITH_ALT.match(own)
    if named:  # "Kaze no Uta (Song of the Wind)"
        found = _finish(named.group("t").strip(), body, number, headline)
        extra = _with_season(named.group("alt").strip(), number)
        return Titles(found.title, unique([extra, *found.alt_titles])), confidence
    return _finish(_extend_film(own, body), body, number, headline), confidence


def listed_in_headline(headline: str, body: str) -> tuple[str, ...]:
    """The shows a list headline names ("Crunchyroll to Stream A, B, C"), when the body
    names each of them too; fewer than two gives ()."""
    match = LISTING.search(headline)
    if match and _is_company(match.group("who")):  # "Crunchyroll to Stream A, B, C"
        items = _rejoined(LIST_SPLIT.split(match.group("list")), body)
    else:
        items = _joined_titles(headline, body)
    found = [t for t in (_longest_in(item, body) for item in items) if t]
    return tuple(found) if len(found) >= 2 and len(found) == len(items) else ()


def _rejoined(items: list[str], body: str) -> list[str]:
    """List items with a title that holds a comma put back together ("Girlfriend, Girlfriend")."""
    out: list[str] = []
    for item in items:
        joined = f"{out[-1]}, {item}" if out else ""
        if joined and re.search(rf"{re.escape(joined)}(?!\s*(?:,|and\b|&))", body):
            out[-1] = joined  # the body writes it whole, not as part of the same list
        else:
            out.append(item)
    return out


def _joined_titles(headline: str, body: str) -> list[str]:
    """["X", "Y"] for "X and Y Anime Get Sequels" or "X, Y Anime Films Delayed" when the
    body names X and Y apart."""
    marked, _ = _pieces(headline)
    if not marked or marked[0] in body:
        return []
    if " and " in marked[0]:
        return marked[0].split(" and ")
    return _rejoined(marked[0].split(", "), body) if ", " in marked[0] else []


def _longest_in(item: str, body: str) -> str | None:
    words = item.strip(" .!").split()
    for end in range(len(words), 0, -1):
        candidate = " ".join(words[:end])
        if candidate in body and _could_be_title(candidate):
            return candidate
    return None


def from_heading(heading: str, body: str) -> Titles:
    """The title a round-up heading gives ("2. Demon Lord, Retired (Maō, Intai Shimashita)");
    a song list's heading ("\"Song\" by Artist, Show") gives the show beside the song, and a
    quoted title ("'Show' Season 7") its quoted words."""
    heading = DATE_TAIL.sub("", _beside_song(heading))
    halves = TWO_NAMES.fullmatch(heading)
    if halves:  # "Mahoutsukai no Yome/The Ancient Magus' Bride": a title and its other name
        found = from_heading(halves.group("a"), body)
        return Titles(found.title, unique([halves.group("b").strip(), *found.alt_titles]))
    quoted = HEADING_QUOTE.match(heading)
    if quoted:
        number = sequel_number(heading[quoted.end() :])
        return _finish(quoted.group("t").strip(), body, number, heading)
    match = WITH_ALT.match(heading)
    title, alts = (match.group("t"), [match.group("alt")]) if match else (heading, [])
    number = sequel_number(title)
    base = SEQUEL_SUFFIX.sub("", title).strip() if number else title.strip()
    extra = [title] if number and title != f"{base} Season {number}" else []
    found = _finish(base, body, number, heading)
    named = [
        _with_season(a, number)
        for a in alts
        if not NOT_ALT.search(a) and not a.isdigit() and not _is_company(a)
    ]
    return Titles(found.title, unique([*named, *extra, *found.alt_titles]))


SONG_BEFORE = re.compile(
    r"\b(?:song|theme|opening|ending|OP|ED|single|track|insert\s+song)\s*:?\s*$", re.I
)
TWO_NAMES = re.compile(r"(?P<a>\S+(?:\s+\S+)+?)\s*/\s*(?P<b>\S+(?:\s+\S+)+)")
HEADING_QUOTE = re.compile(r"^[\"“‘'](?P<t>[^\"”’]{2,80})[\"”’'](?=\s|$|[,:])")
SONG_CREDIT = re.compile(
    r"[\"“][^\"”]{1,80}[\"”](?:\s+(?:by|from|performed\s+by)\s+[^,–—()]{1,60})?\s*"
)


def _beside_song(heading: str) -> str:
    """The rest of a heading that credits a song ("\"Song\" by Artist, Show" → "Show")."""
    if not re.search(r"[\"“][^\"”]+[\"”]\s+by\s", heading) and not re.search(
        r"\S\s*[–—-]\s*[\"“]", heading
    ):
        return heading
    rest = SONG_CREDIT.sub(" ", heading).strip(" ,–—-:")
    return rest if len(rest.split()) >= 1 and rest[:1].isalnum() else heading


def heading_studio(heading: str) -> str | None:
    """The studio a round-up heading names in parentheses ("Coral Crown (Studio Reef)")."""
    match = WITH_ALT.match(heading)
    if match and _is_company(match.group("alt")):
        return match.group("alt").strip()
    return None


def from_body(body: str) -> Titles:
    """The show the body keeps talking about, when there is no headline."""
    if UNTITLED.search(body):
        return Titles(None)
    title = _body_subject(body)
    return _finish(title, body, None, "") if title else Titles(None)


def _body_subject(body: str) -> str | None:
    """The body's most frequent subject of "X will begin airing", "X joins", "X is directed by"."""
    counts = Counter(
        m.group("t")
        for m in BODY_SUBJECT.finditer(body)
        if not NOT_A_TITLE.match(m.group("t")) and not crosses_sentences(m.group("t"))
    )
    return counts.most_common(1)[0][0] if counts else None


def _headline_base(headline: str, body: str, emphasis: tuple[str, ...]) -> str | None:
    quoted = next(
        (q for q in QUOTED.finditer(headline) if not SONG_BEFORE.search(headline[: q.start()])),
        None,
    )  # a quoted song ('Reveals OP Theme Song "TOMORROW"') is not the title
    if quoted:
        return next(g for g in quoted.groups() if g).strip()
    marked, others = _pieces(headline)
    shouting = headline.isupper()
    # a headline-only item: first a fully capitalised stretch ("Starlight Relay" of
    # "Sora Hino joins Starlight Relay anime"), then one that is mostly so
    shares = (1.0, TITLE_CASE_SHARE) if body == headline else (LOOSE_SHARE,)
    for share in shares:
        for piece in marked or others:
            for candidate in _candidates(piece):
                found = _in_body(candidate, body, any_case=shouting)
                if found and _could_be_title(found, share):
                    return found
    prefix = next((p for p in (*marked, *others) if _could_be_title(p)), "")
    inside = [e for e in emphasis if e in prefix and len(e) > 2]
    return max(inside, key=len) if inside else (prefix or None)


def _in_body(candidate: str, body: str, *, any_case: bool) -> str | None:
    """``candidate`` as the body writes it; in any case for an all-capitals headline."""
    if candidate in body:
        return candidate
    if not any_case:
        return None
    match = re.search(re.escape(candidate), body, re.I)
    return match.group(0) if match else None


def _could_be_title(text: str, share: float = TITLE_CASE_SHARE) -> bool:
    """Written like a title (most words capitalised), and not a company's name nor a
    sentence whose subject is a company ("Studio X Celebrates Its Tenth Year")."""
    words = text.split()
    if (
        SEASON_ONLY.fullmatch(text)
        or COUNT_ONLY.fullmatch(text)
        or DATED.search(text)
        or any(_is_company(" ".join(words[:n])) for n in (1, 2, 3))
    ):
        return False
    return _title_case_share(text) >= share


def _title_case_share(text: str) -> float:
    words = [w for w in text.split() if w.strip("'\"“”,!?:").lower() not in SMALL_WORDS]
    if not words:
        return 0.0
    capital = sum(1 for w in words if w.lstrip("(\"“'[")[:1].isupper() or w[:1].isdigit())
    return capital / len(words)


def _pieces(headline: str) -> tuple[list[str], list[str]]:
    """Stretches of the headline between its markers: before a title marker, and the rest."""
    headline = TAG.sub("", headline)
    marked: list[str] = []
    others: list[str] = []
    start = 0
    for cut in (*CUT.finditer(headline), None):
        end = cut.start() if cut else len(headline)
        piece = LEADING.sub("", headline[start:end].strip()).strip(" :-–—,?!")
        if piece[:1].isupper() or piece[:1].isdigit():
            (marked if cut and TITLE_MARK.match(cut.group(0)) else others).append(piece)
        start = cut.end() if cut else end
    return marked, others


def _is_company(name: str) -> bool:
    """A streamer, station, studio, licensor or publisher: listed, or named like one."""
    lex = lexicon()
    listed = (lex.streaming, lex.broadcasters, lex.studios, lex.companies)
    return any(p.fullmatch(name) for p in listed) or bool(COMPANY_NAME.fullmatch(name))


def _candidates(prefix: str) -> list[str]:
    owner = POSSESSIVE_LEAD.match(prefix)
    if owner and _is_company(owner.group("who")):
        prefix = prefix[owner.end() :]
    whole = [prefix]
    if ": " in prefix:
        whole.append(prefix.split(": ", 1)[0])
    suffixes = [" ".join(w.split()[i:]) for w in whole for i in range(1, len(w.split()) - 1)]
    return [c for c in (*whole, *suffixes) if c and (c[0].isupper() or c[0].isdigit())]


def _extend_film(base: str, body: str) -> str:
    for start in _occurrences(base, body):
        match = FILM.match(body, start + len(base))
        if match:
            return base + match.group(0)
    return base


def _occurrences(needle: str, haystack: str) -> list[int]:
    """Every position of ``needle`` in ``haystack`` (plain text, no pattern)."""
    found: list[int] = []
    start = haystack.find(needle)
    while start >= 0 and needle:
        found.append(start)
        start = haystack.find(needle, start + 1)
    return found


def _finish(base: str, body: str, number: int | None, headline: str) -> Titles:
    alts = [_with_season(a, number) for a in _alternatives(base, body)]
    if number:
        own = SEQUEL.search(headline)
        if own and not own.group(0).lower().startswith("season"):
            alts.append(f"{base} {own.group(0)}")
    return Titles(_with_season(base, number), unique(a for a in alts if a != base))


def _with_season(title: str, number: int | None) -> str:
    return f"{title} Season {number}" if number else title


def _alternatives(title: str, body: str) -> list[str]:
    alts: list[str] = []
    for start in _occurrences(title, body):
        after = ALT_AFTER.match(body, start + len(title))
        if after:
            alts.append(after.group("alt"))
        closes = body[start + len(title) : start + len(title) + 1] in (")", "）")
        if start > 0 and body[start - 1] in "(（" and closes:
            before = ALT_BEFORE.search(body[max(0, start - 121) : start])
            if before:
                alts.append(OWNER_SPLIT.split(before.group("alt"))[-1])
    return [a.strip() for a in alts if not NOT_ALT.search(a.strip()) and a.strip() != title]

"""The forms a show's title takes: its sequel naming, its other titles and a film's form.

A sequel is "X Season N" whatever the article's wording ("2nd Season", "second season",
"Season II"), and its own form is kept as an alternative title. "X (Y)" and "Y (X)" in
the body give alternative titles, as does "(Japanese title: Y)"; "X the Movie: Y" in the
body extends a film's title.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from pipeline.extract.candidate_filters import is_company
from pipeline.extract.foreign_words import FOREIGN_ORDINALS, SEASON_NOUNS
from pipeline.extract.lexicon import lexicon
from pipeline.extract.names import UPPER, unique
from pipeline.extract.title_spans import EDGE, GENERIC_WORDS, occurs_in, positions, word_set

ORDINALS = {
    **{"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6},
    **{"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10},
}
WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
ROMAN = {"II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6}
SEQUEL = re.compile(
    r"\bSeason\s+(?P<a>\d{1,2})\b|\b(?P<b>\d{1,2})(?:st|nd|rd|th)\s+Season\b(?!\s+\d)"
    r"|\b(?P<w>second|third|fourth|fifth|sixth)\s+(?:anime\s+)?seasons?\b|\bSeason\s+(?P<r>(?-i:II|III|IV|V|VI))\b"
    r"|\bSeason\s+(?P<sw>Two|Three|Four|Five|Six)\b|\s(?P<rt>(?-i:II|III|IV|V|VI))$"
    r"|^(?P<q>\d)(?:st|nd|rd|th)\s+(?:\S+\s+){1,6}?(?:TV\s+)?Anime\s+Season\b"
    rf"|\b(?:{SEASON_NOUNS})\s+(?P<fa>\d{{1,2}})\b|\b(?P<fn>\d)(?:ª|a|\.)\s+(?:{SEASON_NOUNS})\b"
    rf"|\b(?P<fw>{'|'.join(FOREIGN_ORDINALS)})\s+(?:{SEASON_NOUNS})\b",
    re.I,
)  # the last: a headline's "3rd 'X' Anime Season"; "Lupin the 3rd Season 1" is no third season
SEQUEL_SUFFIX = re.compile(
    rf"\s*(?:[:\-–,]\s*)?(?:(?:Season|{SEASON_NOUNS})\s+\d+|\d+(?:st|nd|rd|th)\s+Season"
    r"|(?:second|third|fourth|fifth)\s+season|Season\s+(?-i:II|III|IV|V|VI)|(?-i:II|III|IV|V|VI)"
    rf"|(?:{'|'.join(FOREIGN_ORDINALS)})\s+(?:{SEASON_NOUNS})"  # "X – terceira temporada"
    rf"|(?:{SEASON_NOUNS})\s+final)\s*$",
    re.I,
)
_TOKEN = rf"[{UPPER}0-9][\w'’:!?.\-]*"
_SMALL = r"(?:of|the|a|an|no|wo|to|x|and|in|on|at|for|is|ni|ga|wa|de|o)"
SEASON_ASIDE = re.compile(  # "X (Season 2)", "X (Season Two)", and a scrape's "X” (Season 3)"
    r"[\"”]?\s*\(\s*(?i:season)\s+(?P<n>\d{1,2}|(?i:two|three|four|five|six))\s*\)"
)


def season_aside_number(match: re.Match[str]) -> int:
    """The season a "(Season N)" aside names, in figures or in words."""
    n = match["n"]
    return int(n) if n.isdigit() else WORD_NUMBERS[n.lower()]


TITLE_LIKE = rf"{_TOKEN}(?:\s+(?:{_SMALL}\s+)*{_TOKEN})*"
ALT_AFTER = re.compile(
    r"\s*[(（](?:(?:Japanese|English|original)\s+title:\s*|also\s+known\s+as\s+|a\.k\.a\.\s+"
    r"|in\s+English,\s+)?"
    r"(?P<alt>[^()（）]{2,80}?)(?:,\s+(?:literally|lit\.|meaning)\s[^()（）]*)?[)）]"
)  # "(Ryū to Sobakasu no Hime, literally "The Princess ...")": the name before the gloss
WITH_ALT = re.compile(r"^(?P<t>[^()（）]+?)\s*[(（](?P<alt>[^()（）]+)[)）]\s*$")
OWNER_SPLIT = re.compile(r"['’]s\s+")
ALT_BEFORE = re.compile(rf"(?P<alt>{TITLE_LIKE})\s*[(（]$")
# a title and its other name, slashed: "Enn Enn no Shouboutai/Fire Force"
SLASH_BEFORE = re.compile(rf"(?<![\w/])(?P<alt>{TITLE_LIKE})/$")
SLASH_AFTER = re.compile(rf"/(?P<alt>{TITLE_LIKE})(?![\w/])")
NOT_ALT = re.compile(  # a time, a date ("Tuesday, November 19, 2013"), a count, a note
    r"\d{1,2}:\d{2}|\bJST\b|^\d+$|\b(?i:episodes?|cast)\b|^[a-z]|\b\d{1,2},\s+(?:19|20)\d\d\b"
)
FILM = re.compile(  # not a heading's "X Movie Release Date"
    rf"\s+(?:the\s+)?Movie(?::\s+{TITLE_LIKE}|(?!\s+[A-Z]|['’]s\b))"
    rf"|\s+Film(?::\s+{TITLE_LIKE}|(?!\s+[A-Z]|['’]s\b))"  # not "X Film's 2nd Trailer"
)


@dataclass(frozen=True, slots=True)
class Titles:
    """What the show is called."""

    title: str | None  # None for an unnamed project
    alt_titles: tuple[str, ...] = ()


def seasons_named(text: str) -> set[int]:
    """Every sequel season ``text`` names ("the second season", "Season 3")."""
    return {n for m in SEQUEL.finditer(text) if (n := sequel_number(m.group(0))) is not None}


def sequel_number(text: str) -> int | None:
    """N when ``text`` names a sequel season ("Season 2", "2nd Season", "second season")."""
    match = SEQUEL.search(text)
    if not match:
        return None
    number = match.group("a") or match.group("b") or match.group("q")
    number = number or match.group("fa") or match.group("fn")
    if match.group("fw"):
        return FOREIGN_ORDINALS[match.group("fw").lower()]
    if match.group("r"):
        return ROMAN[match.group("r")]
    if match.group("sw"):
        return WORD_NUMBERS[match.group("sw").lower()]
    if match.group("rt"):  # "Mushoku Tensei II", a title ending in a Roman numeral
        return ROMAN[match.group("rt")]
    value = int(number) if number else ORDINALS[match.group("w").lower()]
    return value if value >= 2 else None


NEW_FILM_TITLED = (  # "is getting an anime film, titled X", "a new animated film, titled X"
    r"\b(?:new|upcoming|next|latest|(?:getting|gets|get)\s+an?)\s+(?:[\w-]+\s+){0,2}"
    r"(?:film|movie),?\s+(?:titled|called)\s+"
)
TITLED_TAIL = r"(?P<tail>(?:\s(?:the|of|[A-Z][\w'’!-]*))+)"


def extend_film(base: str, body: str, headline: str = "") -> str:
    """``base`` with the rest of its name the body gives: a film's "the Movie: Subtitle",
    a quoted full name after "movie", or the quoted longer name of "the X anime" ("City"
    of the "CITY THE ANIMATION" anime); after a headline's "'X' Anime Film", the body's
    "X: Subtitle", quoted or not."""
    at = headline.find(base) if base else -1
    film_headline = at >= 0 and bool(FILM_AFTER.match(headline, at + len(base)))
    fuller = [
        q["q"]
        for q in (QUOTED_FULL.finditer(body) if film_headline else ())
        if q["q"].startswith((f"{base}: ", f"{base} -", f"{base} – "))
    ]
    if fuller:  # the longest form of the first: "‘Kaguya-sama: Love is War -The First Kiss
        # That Never Ends-’", not an earlier film the body names later
        first = fuller[0]
        return max((f for f in fuller if f.startswith(first) or first.startswith(f)), key=len)
    may = base in body and ("titled" in body or "called" in body)  # a quick check first
    pattern = rf"{NEW_FILM_TITLED}{re.escape(base)}{TITLED_TAIL}"
    titled = re.search(pattern, body) if may else None
    if titled and titled["tail"].split()[-1] not in GENERIC_WORDS:  # "a new film, titled X the
        return base + titled["tail"]  # First": the film's own name
    for anime in QUOTED_ANIME.finditer(body):
        named = anime.group("q").strip(" ,.")
        if named.lower().startswith(base.lower() + " ") and not sequel_number(named):
            return named
    for start in _occurrences(base, body):
        match = FILM.match(body, start + len(base))
        if match:
            return base + match.group(0)
        quoted = QUOTED_FILM_SUBTITLE.match(body, start + len(base))
        if quoted and FILM_WORD_BEFORE.search(body, 0, start):  # movie "X: Beginning of a New Era"
            return base + quoted.group("sub").rstrip(",.;")
        tilde = TILDE_SUBTITLE.match(body, start + len(base))  # "X ~High School Days~"
        plain = FILM_SUBTITLE.match(body, start + len(base))
        film = FILM_NAMED_BEFORE.search(body[max(0, start - FILM_REACH) : start])
        extra = tilde or (plain if film or film_headline else None)  # "the anime movie X: Y"
        if extra:  # up to the sentence's full stop: "X: Y. X Y is scheduled ..."
            return base + re.split(r"\.\s", extra.group(0))[0].rstrip(".")
    return base


def _occurrences(needle: str, haystack: str) -> list[int]:
    """Every position of ``needle`` in ``haystack`` (plain text, no pattern)."""
    found: list[int] = []
    start = haystack.find(needle)
    while start >= 0 and needle:
        found.append(start)
        start = haystack.find(needle, start + 1)
    return found


TILDE_SUBTITLE = re.compile(  # a part's own name: "X ~High School Days~ ONA series"
    r"\s*~[^~\n]{2,40}~(?=\s+(?:ONA|OVA|OAD|anime|series|film|movie|special)\b)"
)
FILM_SUBTITLE = re.compile(  # the whole subtitle, up to a clause's end or the verb after it
    rf":[ \t]+{TITLE_LIKE}"  # on the same line: not "a description of X:\nY Z, an ..."
    r"(?=\s*[,.;!?)]|\s*$|\s+(?:is|was|has|have|will|revealed|opens|premieres)\b)"
)
FILM_NAMED_BEFORE = re.compile(r"\b(?:film|movie)\s+(?:of\s+[^,.;]{1,60},\s+)?$", re.I)
FILM_REACH = 80  # characters before a film's name where "film" or "movie" introduces it
FILM_AFTER = re.compile(r"['’\"”]?\s+(?:(?:Anime|New)\s+)?(?i:film|movie)\b")  # "'X' Anime Film"
QUOTED_FULL = re.compile(r"[‘“\"](?P<q>[^’”\"\n]{4,90})[’”\"]")
QUOTED_ANIME = re.compile(r"\bthe\s+[\"“](?P<q>[^\"”\n]{2,60}?)[\"”]\s+(?:TV\s+)?anime\b")
QUOTED_FILM_SUBTITLE = re.compile(r"(?P<sub>:\s+[A-Z][^\"”:\n]{1,60}?)[\"”]")
FILM_WORD_BEFORE = re.compile(r"\b(?:movie|film)\s+[\"“]$", re.I)
EPISODE_TAIL = re.compile(r"\s+(?:[Ee]pisode|[Ee]p\.)\s+\d{1,4}$")  # "X episode 1: Release date"


def finish(base: str, body: str, number: int | None, headline: str) -> Titles:
    base = EPISODE_TAIL.sub("", base)
    sequel = _sequel_named(base, body) if "sequel" in headline.lower() else None
    if sequel:  # "Sequel to X Announced" over "Y, a sequel to X, ...": the sequel is Y
        return Titles(sequel, (base,))
    film = _film_named(base, body) if FILM_WORD.search(headline) else None
    if film:  # "X Anime Film Reveals ..." over "Y, the upcoming sequel anime film to X"
        return Titles(film)
    alts = [with_season(a, number) for a in _alternatives(base, body)]
    if number:
        own = SEQUEL.search(headline)
        if own and not own.group("q") and not own.group(0).lower().startswith("season"):
            alts.append(f"{base} {own.group(0)}")
        roman = re.search(rf"{re.escape(base)}\s+((?-i:II|III|IV|V|VI))\b", headline, re.I)
        if roman:  # "Strike the Blood IV OVA Series": the sequel's own name is an alt
            alts.append(f"{base} {roman.group(1)}")
    return Titles(with_season(base, number), unique(a for a in alts if a != base))


def _sequel_named(title: str, body: str) -> str | None:
    """The name the body gives the sequel of ``title`` ("Y, a sequel to X")."""
    pattern = re.compile(
        r"(?:^|(?<=\n)|(?<=[.!?]\s)|(?<=[\"“]))(?P<y>[A-Z0-9][^,.;:()\n\"”]{1,80}?)[\"”]?,\s+"
        rf"(?:a|the)\s+(?:new\s+)?sequel\s+(?:to|of)\s+[\"“]?{re.escape(title)}(?!\w)"
    )
    match = pattern.search(body) or re.search(  # "X Revenge, the anime's sequel project"
        rf"(?P<y>{re.escape(title)}\s+[A-Z][^,.;:()\n]{{0,60}}?),\s+the\s+"
        r"(?:anime|series|show|franchise)['’]s\s+(?:new\s+)?sequel\b",
        body,
    )
    return match.group("y") if match and match.group("y") != title else None


FILM_WORD = re.compile(r"\b(?:Movie|Film|Gekij[ōo]u?ban)\b|^Eiga\s", re.I)


def _film_named(title: str, body: str) -> str | None:
    """The name the body gives the film of the series ``title`` ("Y, the upcoming sequel
    anime film to the X television anime series", "Titled X: Y, the movie ...")."""
    pattern = re.compile(
        rf"(?P<y>{TITLE_LIKE}),\s+the\s+(?:upcoming\s+|new\s+)?(?:sequel\s+)?(?:anime\s+)?"
        rf"(?:film|movie)\s+(?:sequel\s+)?(?:to|of|for)\s+(?:the\s+)?[\"“]?{re.escape(title)}(?!\w)"
    )
    match = pattern.search(body) or re.search(  # "Titled X: Graduation, the movie will ..."
        rf"\b[Tt]itled\s+(?P<y>{re.escape(title)}:\s+{TITLE_LIKE}),\s+the\s+(?:new\s+)?(?:film|movie)\b",
        body,
    )
    return match.group("y") if match and match.group("y") != title else None


def with_season(title: str, number: int | None) -> str:
    """ "X Season N", unless ``title`` names that season already ("X Season 3 Part 2");
    "X N" becomes "X Season N"."""
    if not number or re.search(rf"\bSeason\s+{number}\b", title, re.I):
        return title
    if title.endswith(f" {number}"):  # "Beastars 2" of its second season: "Beastars Season 2"
        title = title[: -len(f" {number}")]
    return f"{title} Season {number}"


def _alternatives(title: str, body: str) -> list[str]:
    alts: list[str] = []
    for start in _occurrences(title, body):
        after = ALT_AFTER.match(body, start + len(title))
        if after:  # "X (A / B)": two other names
            alts.extend(after.group("alt").split(" / "))
        slashed = SLASH_AFTER.match(body, start + len(title))
        if slashed or body[start - 1 : start] == "/":  # a title and its other name, slashed
            before = SLASH_BEFORE.search(body[max(0, start - 81) : start])
            alts.extend(m.group("alt") for m in (slashed, before) if m)
        closes = body[start + len(title) : start + len(title) + 1] in (")", "）")
        if start > 0 and body[start - 1] in "(（" and closes:
            line = body[max(0, start - 121) : start].rsplit("\n", 1)[-1]  # the gloss's own line
            before = ALT_BEFORE.search(line)
            if before:
                alts.append(OWNER_SPLIT.split(before.group("alt"))[-1])
    if " title " in body:  # "goes by the English title X", "With the Japanese title X"
        alts.extend(m.group("alt") for m in OTHER_TITLE.finditer(body))
    return [a.strip() for a in alts if not NOT_ALT.search(a.strip()) and a.strip() != title]


OTHER_TITLE = re.compile(  # "The series goes by the English title X", "With the Japanese title X"
    r"(?:\b(?:series|anime|manga|show|film|movie|It|it)\s+(?:goes|went|is\s+known|was\s+released)"
    r"\s+(?:by|as|under)\s+the\s+English|\b(?:[Ww]ith|[Uu]nder)\s+the\s+(?:Japanese|English|original))"
    rf"\s+title\s+(?P<alt>{TITLE_LIKE})"
)


def ordinal_number(word: str) -> int:
    """2 for "second" or "2nd"."""
    return ORDINALS.get(word.lower()) or int(word[0])


def film_parts(title: str | None, body: str) -> list[str]:
    """The parts a project's title stands over in the body, each a film of its own ("The
    first film, X Part 1: Subtitle, opened in April ... The second film, X Part 2: ..."),
    or none when the body names fewer than two."""
    if not title or (f"{title} Part " not in body and "titled" not in body):
        return []  # a quick check before the patterns
    parts: dict[str, str] = {}
    for match in re.finditer(
        rf"{re.escape(title)}\s+Part\s+(\d{{1,2}})(?::\s+[^,;()\n]+?)?(?=[,;(\n]|\.\s|$)", body
    ):
        parts.setdefault(match.group(1), match.group(0).strip())
    if len(parts) < 2:  # "The first film is titled A (...), and the second is titled B"
        named = [m["t"].strip() for m in NUMBERED_FILM.finditer(body)]
        parts = {str(i): t for i, t in enumerate(dict.fromkeys(named))}
    return list(parts.values()) if len(parts) >= 2 else []


NUMBERED_FILM = re.compile(
    r"\b(?:first|second|third|fourth)\s+(?:(?:film|movie|part)\s+)?(?:is|will\s+be)\s+"
    r"(?:titled|called)\s+[\"“]?(?P<t>[A-Z0-9][^()\"”;\n]{1,80}?)[\"”]?(?=\s*\(|,\s+and\b|;|\.\s|\.$|$)"
)


CHART_LEAD = re.compile(r"^(?:Japan(?:ese)?\s+|Weekend\s+)?Box\s+Office:\s+", re.I)
DEALER_LEAD = re.compile(  # a company that deals in the show: its name and verb go
    r"^(?:[\w.'’&-]+\s+){1,4}(?:Acquires|Licenses|Picks\s+Up|Lands|Nabs|Adds|Will\s+Stream"
    r"|to\s+Stream|Streams|Simulcasts|Distributes|Releases)\s+(?=[A-Z0-9'\"“])"
)
DESCRIPTORS = word_set("war battle combat fight fighting robot monster adult")  # "X Sci-Fi War"
KIND_LEAD = re.compile(r"(?i:live-action(?:/anime)?|anime|hybrid|original|cg|3dcg)")
KIND_NEXT = re.compile(r"\s*(?:[\w-]+\s+)?(?i:anime|series|tv|film|movie|manga|show|novel|game)\b")


def without_lead(reading: str, body: str) -> str:
    """The headline reading without a lead of generic words ("English Dub Cast, Staff for X")
    and without a tail of descriptors ("X Sci-Fi Battle"), unless the body writes the
    reading with that tail as a name of its own ("Kangoku Gakuen (Prison School)")."""
    parts = re.split(r"(?:,\s+|\s+)(?:for|of|from|about|on)\s+", reading, maxsplit=1)
    if len(parts) == 2 and all(
        w.strip(EDGE).lower() in GENERIC_WORDS for w in re.split(r"[\s,]+", parts[0]) if w
    ):
        reading = parts[1]
    reading = DEALER_LEAD.sub("", reading)  # "France's Mediatoon Acquires X"
    reading = CHART_LEAD.sub("", reading)  # "Japan Box Office: X Film Stays at No. 1"
    reading = re.sub(r"^\d+(?:st|nd|rd|th)\s+(?=\S)", "", reading)  # "4th Kingdom Anime Series"
    reading = re.sub(r"^(?:19|20)\d\d\s+(?=\S)", "", reading)  # "2016 Soreike! Anpanman Film"
    words = reading.split()
    while len(words) > 2 and (KIND_LEAD.fullmatch(words[0]) or is_company(words[0])):
        words = words[1:]  # "Disney Live-Action/Anime X Project": the maker and the kind go
    words = _capitals_head(words, body)
    genres = lexicon().genre_pattern
    while len(words) > 1:
        last = words[-1].strip(EDGE)
        if lexicon().is_channel(last) and not occurs_in(" ".join(words), body):
            words = words[:-1]  # "Dandadan Netflix Anime": the streamer the body never joins
            continue
        genre = genres.fullmatch(last)
        if not genre and last.lower() not in GENERIC_WORDS | DESCRIPTORS:
            break
        if words[-1].endswith("!") and " ".join(words) in body:
            break  # "NEW GAME!": a name's own mark, as the body writes it
        if len(words) > 2 and genres.fullmatch(" ".join(words[-2:])):
            last = " ".join(words[-2:])  # "Horimiya Romantic Comedy": a two-word genre goes whole
            words = [*words[:-2], last]
        whole = " ".join(words)
        if (genre or last.lower() in DESCRIPTORS) and any(
            not KIND_NEXT.match(body, at + len(whole)) for at in positions(whole, body)
        ):
            break  # the body writes the genre word as part of the name ("... Blood War has")
        if whole.isupper() and any(
            not KIND_NEXT.match(body, at + len(whole)) for at in _any_case(whole, body)
        ):
            break  # ... in capitals: "SAMURAI HIGH SCHOOL" for the body's "Samurai High School"
        words = words[:-1]
    return " ".join(words)


def _any_case(text: str, body: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(text), body, re.I)]


def _capitals_head(words: list[str], body: str) -> list[str]:
    """A name in capitals before a descriptor in title case the body never joins to it
    ("HINOMARU ZUMO Sumo" of "... Sumo Manga To Receive Anime"): the capitals alone."""
    caps = 0
    while caps < len(words) and words[caps].isupper() and sum(c.isalpha() for c in words[caps]) > 2:
        caps += 1
    rest = words[caps:]
    if (
        not 0 < caps < len(words)
        or len(rest) > 2
        or not all(re.fullmatch(r"[A-Z][a-z]+", w) for w in rest)
    ):
        return words
    if is_company(" ".join(words[:caps])):
        return words  # "ABS-CBN Moves X": a station's news
    return words if _any_case(" ".join(words), body) else words[:caps]


MARKS_SEEN = 2  # a title's "!" must be written this often to be its own, not a sentence's end


def with_own_marks(titles: Titles, text: str) -> Titles:
    """``titles`` with the marks the text writes the title with ("Free!", "Haikyu!! Season
    2", "Bucchigiri?!"), when it writes them at least twice and at least as often as the
    title without them: candidates are read without a "!" a sentence may end on."""
    title = titles.title or ""
    suffix = SEQUEL_SUFFIX.search(title)
    base = title[: suffix.start()] if suffix else title
    if not base or not base[-1].isalnum() or (f"{base}!" not in text and f"{base}?" not in text):
        return titles  # a quick check: no mark is ever written after the title
    found = re.findall(rf"(?<![\w!?]){re.escape(base)}(?!\w)([!?]*+)(?!['’]s\b)", text)
    marks = Counter(found)
    plain = marks.pop("", 0)
    if not marks:
        return titles
    mark, seen = marks.most_common(1)[0]
    if seen < MARKS_SEEN or seen < plain or "!" not in mark:
        return titles
    own = f"{base}{mark}{title[len(base) :]}"
    return Titles(own, titles.alt_titles)  # not "Free" beside "Free!": the same name

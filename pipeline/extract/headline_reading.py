"""The title a headline's own words give: its marker reading, checked against the body.

A quoted headline title wins ("'X' Season 2 ..."). Otherwise the headline is cut at its
markers ("Anime", "Reveals", "Season 2", ": Release Date"...); the stretch before a title
marker such as "Anime" is preferred, and the longest form of it, or of its word
suffixes, that the body writes and that reads like a title is the reading ("Crunchyroll
Brews Up X" gives X, "Netflix's X" gives X). With no headline, the body's most frequent
subject ("X will begin airing", "X is directed by") stands in for it.
"""

from __future__ import annotations

import re

from pipeline.extract.candidate_filters import is_generic
from pipeline.extract.headline_marks import (
    CUT,
    DESCRIBED_AFTER,
    LEADING,
    TAG,
    TITLE_MARK,
    describes,
)
from pipeline.extract.headline_quotes import before_episode, title_quote
from pipeline.extract.headline_songs import song_reading
from pipeline.extract.lexicon import lexicon
from pipeline.extract.near_spellings import body_spelling, with_small_words
from pipeline.extract.reading_forms import (
    capitals_lead,
    colon_kept,
    film_of_franchise,
    slashed_head,
    without_genre_lead,
)
from pipeline.extract.title_forms import OWNER_SPLIT
from pipeline.extract.title_spans import (
    around_quote,
    mostly_owner,
    recased,
    with_closing_dash,
)

POSSESSIVE_LEAD = re.compile(r"^(?P<who>[^'’]{1,40}?)(?:['’]s|(?<=s)['’])\s+")  # "A-1 Pictures' X"
COLUMN_LEAD = re.compile(  # a column's headline, which names its subject alone
    r"^(?:Anime\s+)?(?:(?:English\s+)?(?:Dub|Sub)\s+)?(?:Spotlight|Review|Preview(?:\s+Guide)?|First\s+Impressions?)\s*[-:–—]\s*"
    r"(?P<t>[^:]+?)\s*$"  # ... and a season's column: "Winter 2022 First Impressions – X"
    r"|^(?:[^:]{2,40}:\s+)?(?:Spring|Summer|Fall|Autumn|Winter)\s+\d{4}\s+"
    r"(?:First\s+Impressions?|Intro|Introductions?)\s+[-–—]\s+"  # "Column: Winter 2020 Intro – X"
    r"(?P<s>(?!(?:Part|Week|Day|Episode)\s+\d).+?)\s*$"
)
COLUMN_TAG = re.compile(r"^[A-Z][a-z]+(?:\s[A-Z][a-z]+)?:\s+")  # "Random Musings: X"
VERB_FIRST = re.compile(r"(?:Is|Are|Was|Were|Has|Have|Had|Will|Does|Do)\s")
STYLED = re.compile(r"[a-z]+(?:\d|[A-Z])")  # a title styled in lower case: "number24"
COMPANY_NAME = re.compile(
    r"Studio\s+[\w.'’-]+(?:\s+[\w.'’-]+)?"
    r"|.+(?<![Tt]he)(?<!THE)\s+(?:Studios?|Animation|Pictures|Licensing|Entertainment|Media|Filmworks|Films"
    r"|Inc\.?|LLC|Co\.|Ltd\.?|Distribution|Releasing|Productions?|Records|Publishing"
    r"|Holdings|Corporation|Corp\.?|Group|Limited)"
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
NAME_REPEATS = 3  # times the body writes a lower-case title as the headline does
COUNT_ONLY = re.compile(  # "Four" of "Four Anime Studios ...", "5 New"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)"
    r"(?:\s+(?:new|more|other|upcoming|classic|great|best))?"
    r"(?:\s+(?:shows|series|titles|projects|films|movies)(?:\s+on\s+the\s+way|\s+coming)?"
    r"|\s+(?:minutes?|seconds?|hours?))?",  # "8 Minutes" of "8 Minutes Anime Movie X Streamed"
    re.I,  # "5 Shows On The Way"
)
DATED = re.compile(  # "March 2026 Opening at": a date, not a title
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+\d"
)
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
DATED_PIECE = re.compile(rf"{DATED.pattern}\d{{3}}(?:\s+\w+)?$")  # "October 2008 New (Anime)"
SEASON_ONLY = re.compile(
    r"(?:(?:Spring|Summer|Fall|Autumn|Winter)\s+)?\d{4}|(?:(?:January|February|March|April"
    r"|May|June|July|August|September|October|November|December)(?:\s+\d{4})?)",  # "October
    re.I,  # Anime X Reveals ...": a month is no title
)
KIND_THEN_NAME = re.compile(r"\s+(?:TV\s+)?Anime(?:\s+(?:Series|Film|Movie))?\s+(?=[A-Z0-9])")
SOURCE_THEN_NAME = re.compile(  # "... Club Manga X", "Regional Anime X Premieres"
    r"\s+(?:Manga|Light\s+Novel|(?:TV\s+)?Anime)\s+(?=[A-Z0-9])(?!(?:Blu-?ray|DVD|BD)\b)"
)
PART_WORD = re.compile(  # "X Anime Season 2 ...": a part of the show, not another name
    r"(?:Season|Part|Cour|Episode|Film|Movie|Series|Stage|Project|Staff|Cast|Promo|Trailer"
    r"|Video|Visual|Key|Teaser|Opening|Ending|Theme|Premiere|Debut|Release)\b"
)
ANIME_NEWS = re.compile(  # a show's news before a quotation that is not its title
    r"^(?P<t>[^'‘\"“]{2,80}?)\s+"
    r"(?P<a>(?:TV\s+)?Anime\s+(?:(?:Film|Movie)\s+)?(?:Making-of\s+Video\s+)?)?"  # "X Anime Film
    r"(?:Reveals?|Unveils?|Shares?|Releases?|Drops?|Gets?|Teases?|Celebrates?)\s+"  # Making-of"
    r"(?:an?\s+|New\s+|How\s+(?:the\s+)?|[^'‘\"“]{1,40},\s+)?$"  # "Video Reveals How the 'Y'"
)  # "X Reveals 2023 Release Date, 'Anarchy' Trailer": X, when the body names X again
LOWER_BEFORE_KIND = re.compile(
    r"\b(?:for|of)\s+(?P<t>[a-z][\w-]+(?:\s+[a-z][\w-]+){0,2})\s+(?:TV\s+)?Anime\s+(?:Film|Movie|Series)\b"
)
LISTING_ASIDE = re.compile(r"\s*\([^()]*,[^()]*\)")  # a list in parentheses, no part of a title
JOINER_END = re.compile(r"\s(?:and|or|of|the|with|for|&)$", re.I)  # a piece cut mid-phrase
JAPANESE_ONLY = re.compile(  # a headline in Japanese script: "謎の彼女X"
    r"[\u3040-\u30ff\u4e00-\u9fff\uff01-\uff5e]+[\w!?・～ー\u3040-\u30ff\u4e00-\u9fff]*"
)


def headline_base(headline: str, body: str, emphasis: tuple[str, ...]) -> str | None:
    """The title the headline's own words give (its marker reading), or None; a headline
    of two clauses ("X PV Released; Gamers Get ...") is read in its first if it can be."""
    headline = film_of_franchise(DESCRIBED_AFTER.sub("", headline), body)  # "X - Y's Latest ..."
    first, semicolon, _ = headline.partition("; ")
    if semicolon and (reading := _clause_base(first, body, emphasis)) and reading in body:
        return reading
    return _clause_base(headline, body, emphasis)


def _clause_base(headline: str, body: str, emphasis: tuple[str, ...]) -> str | None:
    if styled := _styled_lead(headline, body):
        return styled  # "gdgd Men's Party Promotional Video Released"
    if JAPANESE_ONLY.fullmatch(headline.strip()) and headline.strip() in body:
        return headline.strip()  # "謎の彼女X": a title in Japanese script, as the body writes it
    decided, show = song_reading(headline, body)
    if decided:
        return show
    if show := before_episode(headline):
        return _clause_base(show, body, emphasis)  # the show, not its episode's title
    quoted = title_quote(headline)
    news = ANIME_NEWS.match(headline[: quoted.start()]) if quoted else None
    said = news and not is_company_name(news["t"]) and _said_again(news["t"], body)
    if news and news["t"] in body and (news["a"] or said):
        quoted = None  # "X Anime Reveals 'Extreme' Tanabata Illustration"
    if quoted:  # 'Sing "Yesterday" for Me': the quotation may be inside the title
        inside = next(g for g in quoted.groups() if g).strip()
        return around_quote(headline, quoted.start(), quoted.end(), body) or inside
    lower = LOWER_BEFORE_KIND.search(headline)  # "Trailer for trapezium Anime Film"
    if lower and not is_generic(lower["t"]) and _said_again(lower["t"], body, styled=True):
        return lower["t"]
    column = COLUMN_LEAD.match(headline)
    if column and could_be_title(subject := column.group("t") or column.group("s")):
        return subject  # "Anime Spotlight - X": the column's subject, whole
    marked, others = headline_pieces(headline)
    shouting = headline.isupper()
    # a headline-only item: a fully capitalised stretch first ("Sora Hino joins X anime")
    shares = (1.0, TITLE_CASE_SHARE) if body == headline else (LOOSE_SHARE,)
    for share in shares:
        for piece in marked or others:
            for candidate in _candidates(piece):
                found = _in_body(candidate, body, any_case=shouting)
                if found and mostly_owner(found, body):
                    continue  # "King" where the body writes "King's Game" but once
                said = found == piece and piece in marked and _said_again(found, body)
                if found and (could_be_title(found, share) or _glossed(found, piece, body) or said):
                    kept = colon_kept(piece, found, body)  # "Joran the X": "Joran: The X"
                    rest = others + marked  # "Black Samurai Anime Yasuke Season 1": Yasuke
                    return kept or _named_after(piece, found, headline, rest, body) or found
    named = next(
        (n for p in marked if p not in body and (n := _source_named(p, headline, others, body))),
        None,
    )
    if named:
        return named  # "Popular Sumo Club Manga X Gets Anime": the body writes X, not the rest
    near = next((n for p in marked if (n := body_spelling(p, body))), None)
    if near:
        return near  # "TSUKIMICHI -Moonlight Fantasy-" over the body's "-Moonlit Fantasy-"
    prefix = _first_piece([*marked, *others], body)
    inside = [e for e in emphasis if e in prefix and len(e) > 2]
    return max(inside, key=len) if inside else (capitals_lead(headline) or prefix or None)


def _first_piece(pieces: list[str], body: str) -> str:
    """The first piece written like a title, not "Is Huge For Netflix" of "Anime Is Huge For
    Netflix, ...", nor "Visual (and)"; "X / (its Japanese name)" gives X, and "Random
    Musings: X", a column the body never names, gives the X it names."""
    prefix = next(
        (
            p
            for p in (
                JOINER_END.sub("", p).rstrip(" :") for q in pieces for p in (q, *slashed_head(q))
            )  # "X: The (Anime ...)": X
            if could_be_title(p) and not VERB_FIRST.match(p)
        ),
        "",
    )
    tag = COLUMN_TAG.match(prefix)
    if tag is None or tag.group(0).split(":")[0] in body:
        return prefix
    rest = prefix[tag.end() :]
    return rest if " ".join(rest.split()[:2]) in body else prefix  # the body names the rest


STYLED_LEAD = re.compile(r"[a-z][a-z0-9]+(?:\s+[A-Z0-9][\w'’!&.-]*)+")  # "gdgd Men's Party"


def _styled_lead(headline: str, body: str) -> str | None:
    """A headline that opens in lower case with a name styled so, the longest run of its
    capitalised words after it that the body writes."""
    lead = STYLED_LEAD.match(headline)
    words = lead.group(0).split() if lead else []
    return next(
        (
            n
            for i in range(len(words), 1, -1)
            if (n := " ".join(words[:i])) in body and could_be_title(n[n.find(" ") + 1 :])
        ),
        None,
    )


def _named_after(piece: str, found: str, headline: str, others: list[str], body: str) -> str | None:
    """The name right after the title marker that follows ``piece`` ("Magic x Idol Anime
    Lapis Re:LiGHTs Reveals ..."), when the body writes it at least twice as often as the
    piece's reading ``found``: that reading describes the show and the name is its title."""
    name = _name_after_kind(piece, headline, others, KIND_THEN_NAME)
    if name is None or not could_be_title(name):
        return None
    if (piece.endswith(f"New {found}") and name in body) or f"{found} anime, {name}" in body:
        return name  # "New Yo-kai Watch TV Anime Yo-kai Gakuen": the franchise's new show;
        # "the Chinese Zodiac anime, Etotama": the body names the described show
    return name if body.count(name) >= 2 * max(1, body.count(found)) else None


def _source_named(piece: str, headline: str, others: list[str], body: str) -> str | None:
    """The name after "Manga" or "Anime" following a ``piece`` the body never writes ("Popular
    Sumo Club Manga Hinomaru Zumo Gets Anime"), as the body writes it, small words too."""
    name = _name_after_kind(piece, headline, others, SOURCE_THEN_NAME)
    if name is None or is_generic(name):
        return None
    name = with_small_words(name, body) or name  # "Yuuna and the Haunted Hot Springs" in the body
    return name if name in body and could_be_title(name) else None


def _name_after_kind(
    piece: str, headline: str, others: list[str], kind_word: re.Pattern[str]
) -> str | None:
    """The headline's piece in ``others`` right after the kind word (``kind_word``) that
    follows ``piece``, unless it names a part of the show ("Season", "Trailer")."""
    at = headline.find(piece)
    kind = kind_word.match(headline, at + len(piece)) if at >= 0 else None
    if kind is None:
        return None
    rest = headline[kind.end() :]
    name = next((o for o in others if rest.startswith(o)), None)
    return None if name is None or PART_WORD.match(name) else name


def _glossed(found: str, piece: str, body: str) -> bool:
    """A sentence-cased title the body glosses in parentheses ("... light novel series
    Hachinantte ... ( The 8th son? Are you kidding me? )") and the headline marks."""
    return piece.endswith(found) and bool(re.search(rf"\(\s*{re.escape(found)}[?!.]?\s*\)", body))


def _in_body(candidate: str, body: str, *, any_case: bool) -> str | None:
    """``candidate`` as the body writes it; in any case for an all-capitals headline."""
    if candidate in body:
        return candidate
    curly = candidate.replace("'", "’")  # "World's End Harem" over the body's "World’s"
    if curly != candidate and curly in body:
        return curly
    if not any_case:  # "Josee, The Tiger and the Fish" as the body has it, and a first
        dotted = candidate.replace(" ", ". ", 1)  # word's own period: "Tsukiuta. THE ..."
        flat = body.replace("\n", " ") if " " in candidate else ""  # split after the period
        return recased(candidate, body) or (recased(dotted, flat) if flat else None)
    match = re.search(re.escape(candidate), body, re.I)
    return match.group(0) if match else None


def could_be_title(text: str, share: float = TITLE_CASE_SHARE) -> bool:
    """Written like a title (most words capitalised), and not a company's name nor a
    sentence whose subject is a company ("Studio X Celebrates Its Tenth Year")."""
    words = text.split()
    if (
        SEASON_ONLY.fullmatch(text)
        or COUNT_ONLY.fullmatch(text)
        or DATED.search(text)
        or any(is_company_name(re.sub(r"['’]s?$", "", " ".join(words[:n]))) for n in (1, 2, 3))
    ):
        return False
    return _title_case_share(text) >= share


def _title_case_share(text: str) -> float:
    words = [w for w in text.split() if w.strip("'\"“”,!?:").lower() not in SMALL_WORDS]
    words = [w for w in words if not (w[:1] in "(（" and JAPANESE.search(w))]  # "(とらドラ!)"
    capital = sum(1 for w in words if starts_like_title(w.lstrip("(\"“'[")))
    return capital / len(words) if words else 0.0


def headline_pieces(headline: str) -> tuple[list[str], list[str]]:
    """Stretches of the headline between its markers: before a title marker, and the rest."""
    headline = LISTING_ASIDE.sub("", TAG.sub("", headline))  # "X (Actor A, Actor B)": X
    marked: list[str] = []
    others: list[str] = []
    start = 0
    for cut in (*CUT.finditer(headline), None):
        end = cut.start() if cut else len(headline)
        raw = LEADING.sub("", headline[start:end].strip())
        if (owner := POSSESSIVE_LEAD.match(raw)) and raw.startswith("Original ", owner.end()):
            raw = raw[: owner.end()] + raw[owner.end() + len("Original ") :]  # "MAPPA's X"
        piece = without_genre_lead(with_closing_dash(raw.strip(" :-–—,?!"), raw))  # "X -Y-"
        if starts_like_title(piece) and not describes(piece) and not DATED_PIECE.match(piece):
            (marked if cut and TITLE_MARK.match(cut.group(0)) else others).append(piece)
        start = cut.end() if cut else end
    return marked, others


def is_company_name(name: str) -> bool:
    """A streamer, station, studio, licensor or publisher: listed, or named like one."""
    lex = lexicon()
    listed = (lex.streaming, lex.broadcasters, lex.studios, lex.companies)
    return any(p.fullmatch(name) for p in listed) or bool(COMPANY_NAME.fullmatch(name))


def _said_again(name: str, body: str, *, styled: bool = False) -> bool:
    """A name in lower case for the most part ("March comes in like a lion") that the body
    writes again and again, as the headline does: the title as written; ``styled`` for a
    name all in lower case that the headline marks ("trapezium Anime Film"), once less."""
    return (
        body.count(name) >= (NAME_REPEATS - 1 if styled else NAME_REPEATS)
        and (styled or starts_like_title(name))
        and not is_generic(name)
    )


LOWER_TAIL = re.compile(r"(?:\s+[a-z][\w-]*)+$")
BANG_THEN_LOWER = re.compile(r"^([^,\s][^,]*?!+)\s+(?=[a-z])")
TRAILING_YEAR = re.compile(r"\s+(?:19|20)\d\d$")
JOIN_VERB = re.compile(r"\s(?:Joins?|Stars?\s+in|Leads?|Cast\s+in)\s+(?:the\s+)?(?=[A-Z0-9])")
DESCRIBING_TAIL = re.compile(r"(?:\s+[A-Z][a-z]{2,}-[A-Z][a-z]{2,})+$")  # "X English-Teaching"


def _candidates(prefix: str) -> list[str]:
    owner = POSSESSIVE_LEAD.match(prefix)
    if owner and is_company_name(owner.group("who")):
        prefix = prefix[owner.end() :]
    whole = [prefix, *slashed_head(prefix)]
    if TRAILING_YEAR.search(prefix):  # "X 2019 Anime Adaptation": the adaptation's year
        whole.append(TRAILING_YEAR.sub("", prefix))
    joined = JOIN_VERB.split(prefix, maxsplit=1)  # "A, B, C Join X": the show they join
    if len(joined) == 2:
        whole.append(joined[1])
    if ": " in prefix:  # "X: Subtitle" gives X (and a column's "Snapshots: X", X, last)
        whole.append(prefix.split(": ", 1)[0])
    if marked := BANG_THEN_LOWER.match(prefix):  # "NEW GAME! author tweets ...": the title
        whole.append(marked.group(1))
    whole += [prefix[: d.start()]] if (d := DESCRIBING_TAIL.search(prefix)) and d.start() else []
    tail = LOWER_TAIL.search(prefix)
    if tail and tail.start() and lexicon().genre_pattern.match(tail.group(0).split()[0]):
        whole.append(prefix[: tail.start()])  # "Tsuritama fishing anime will be ...": a genre
    owned = re.split(r"['’]s\s|(?<=[A-Z]S)['’]\s", prefix, maxsplit=1)  # "MAGES' X"
    if len(owned) == 2:  # "TATSUKI's Hentatsu": the work; "Orient's Cast Member X Sings
        work = [] if OWNER_SPLIT.search(owned[1]) else owned[1].split()  # ...": the show
        heads = [" ".join(work[:i]) for i in range(len(work) - 1, 1, -1)]  # that owns them;
        # "MAGES' X Multimedia Project": X, but not "X's Dai Sato Writes Y's Z", a person
        lead = owned[0].split()  # "... draws up Giovanni's Island": a verb, then the title
        own = [prefix[prefix.rfind(lead[-1]) :]] if len(lead) > 1 and lead[-2].islower() else []
        whole += [*own, owned[1], *slashed_head(owned[1]), *heads, owned[0]]
    suffixes = [" ".join(w.split()[i:]) for w in whole for i in range(1, len(w.split()) - 1)]
    suffixes += [prefix[tag.end() :] for tag in [COLUMN_TAG.match(prefix)] if tag]
    return [c for c in (*whole, *suffixes) if starts_like_title(c)]


def starts_like_title(text: str) -> bool:
    """A capital or a digit first, or a styled first word ("number24", "xxxHOLiC")."""
    return bool(text) and (text[0].isupper() or text[0].isdigit() or bool(STYLED.match(text)))

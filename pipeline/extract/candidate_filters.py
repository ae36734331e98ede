"""What is never the show's title, whatever evidence proposes it.

A candidate must be written like a title (``plausible``): not only generic words, dates
or a count ("New Anime", "English Dub", "Season Preview": ``is_generic``), not running
across a sentence's end. It is not a title at all when it reads as a person (an actor
"as" a role, a "director"), names a company, station, studio or event from the lexicon
(``is_company``), or when the body writes it as a song, as an earlier work or as the
cause of the news.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.folding import Folded
from pipeline.extract.lexicon import lexicon
from pipeline.extract.names import fold
from pipeline.extract.sentences import ABBREVIATION
from pipeline.extract.title_spans import (
    EDGE,
    GENERIC_WORDS,
    QUOTED,
    SMALL_WORDS,
    first_position,
    positions,
)

# A name in a role: "X as Lily", "director X", "X ( Works ) is directing", "X's ending song",
# and each name of "A , B , and C are performing".
_NAME = r"(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*(?:\([^()]{1,80}\)\s*)?"
PERSON_AFTER = re.compile(
    r"^\s*(?:\([^()]{1,120}\)\s*)?"
    rf"(?:\s*,\s*(?:and\s+)?{_NAME}){{0,6}}(?:,?\s*and\s+{_NAME})?"
    r"(?:as\s+[A-Z\"“]|(?:is|are)\s+(?:directing|composing|designing|writing"
    r"|in\s+charge|voicing|playing|performing|singing|returning|also|credited\s+(?:with|as|for))"
    r"|(?:will|to)\s+(?:direct|compose"
    r"|design|voice|play|perform|sing|star)|directs|composes|voices|stars\b|performs|sings"
    r"|['’]s\s+(?:ending|opening|theme|insert|new\s+single|song|music)"
    r"|['’]s\s+(?:new|next|latest|upcoming|first|original|comeback)\s+(?:[\w-]+\s+)?"
    r"(?:anime|film|movie|work|project|series|TV|manga|novel|story)|['’]s\s+(?:new\s+|latest\s+|next\s+)?['‘\"“]"
    r"|,\s+the\s+(?:[\w-]+\s+)?(?:director|author|creator|composer|mangaka|writer|producer)\b)",
    re.I,
)
PERSON_BEFORE = Folded(
    r"(?:\b(?:director|directed\s+by|composer|voice\s+actor|voice\s+actress|actor|actress|singer"
    r"|artist|author|mangaka|creator|illustrator|writer|written\s+by|illustrated\s+by|voiced\s+by"
    r"|performed\s+by|sung\s+by|by|cast\s+members?|stars?|starring|band|unit|idol|vtuber"
    r"|filmmaker|animator|screenwriter|novelist|producer|(?:co-?)?founder))\s+$"
)

GIVEN_NAME = re.compile(r" [A-Z][a-z]+\b(?! (?:Studio|Animation|Pictures|Films)\b)")
BARE_BY = re.compile(r"(?<!ed)\sby\s$")  # "a TV anime by Hoods X Studio": a maker, not a role
GIVEN_BEFORE = re.compile(r"\s[A-Z][a-z]+\s$")  # "Hiroyuki " before a family name
ROLE_REACH = 40  # characters before a family name where its role is written
FAMILY_WORD = re.compile(r"[A-Z][a-zāēīōū]+(?:['’-][A-Za-zāēīōū]+)?")
ACTS_AFTER = re.compile(  # what follows a family name used alone: a verb of speech or work
    r"['’]s\s|\s+(?:said|says|calls|called|added|explained|revealed|commented|noted"
    r"|directed|wrote|drew|created|launched|began|started|will\s|is\s+also|has\s+also"
    r"|serving\s+as|serves\s+as|has\s+been\s+\w+ing|directs|helms|writes|composes)"
)
MONTHS_DAYS = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun"
    r"|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$"
)
COMPANY_TAIL = re.compile(  # but "X the Animation" is a title's own ending
    r"(?<!\b[Tt]he )(?<!\bTHE )\b(?:Studios?|Animation|Pictures|Licensing|Entertainment|Media"
    r"|Filmworks|Films|Inc\.?|LLC"
    r"|Co\.|Ltd\.?|Distribution|Releasing|Productions?|Records|Publishing|Holdings|Corporation"
    r"|Corp\.?|Group|Network|Channel|Magazine|Comics|Bunko|Books|Press|Limited)$"
)
EVENT = re.compile(  # an event is no show: "Anime Expo 2018", "AnimeJapan 2024"
    r"\b(?:Expo|Festival|Fest|Con|Convention|Conference|Awards?|Summit|Fair|Matsuri|Anime\s?Japan"
    r"|Comiket|Jump\s+Festa|Panel(?:\s+(?:Announcements|Report|Recap|Highlights))?"
    r"|(?:Olympic|Paralympic)\s+Games|Olympics|Paralympics)(?:\s+\d{4})?$"
)
CAUSE_BEFORE = re.compile(
    r"\b(?:due\s+to|because\s+of|amid|over|after|following"
    r"|(?:director|creator|author|writer|composer|studio|team|makers?|producers?)s?\s+(?:of|behind)"
    r"(?:\s+the)?)\s+[\"'‘“]?$",
    re.I,
)
TEAM_AFTER = re.compile(r"(?:['’]s)?\s+(?:Team|Staff|Creators?|Producers?)\b")
CREDIT_AFTER = re.compile(r"(?:['’]s)?\s+(?:Director|Creator|Author|Mangaka|Animator)\s+[A-Z]")
NEW_WORK = re.compile(
    r"\b(?:New|Next|Original|Short)\s+(?:Original\s+)?(?:TV\s+)?(?:Anime|Film|Movie|Project|Series"
    r"|Work)\b",
    re.I,
)
BY_NAME = re.compile(r"\s+by\s+[A-Z]")
SONG_WORDS = re.compile(
    r"\b(?:song|songs|theme|opening|ending|single|track|sung|sings|singing|performed|performs"
    r"|performing|vocals|lyrics|album)\b",
    re.I,
)
NUMERIC = re.compile(r"[\d.,:%/#-]+")
SENTENCE_STOP = re.compile(r"\S\.\s")
CREDIT_NOUN_AFTER = re.compile(r"['’]?s?\s+(?:director|creator|author|mangaka|studio)\b", re.I)
PAST_CREDIT_BEFORE = re.compile(
    r"\b(?:directed|created|wrote|worked\s+on|known\s+for|famous\s+for)\b[^.;()]{0,90}$",
    re.I,
)
PAST_WORK = re.compile(
    r"(?:\b(?:19|20)\d\d|\bprevious|\bearlier|\bformer|\bclassic)\s+(?:[\w-]+\s+){0,2}"
    r"(?:anime|series|film|movie|show|title)\s+$",
    re.I,
)


def crosses_sentences(text: str) -> bool:
    """ "Studio Dune. Salt Road Rangers": a period ends a sentence unless it ends "Mr.", "Dr."."""
    return any(not ABBREVIATION.search(text[: m.end() - 1]) for m in SENTENCE_STOP.finditer(text))


DATE_TOKEN = re.compile(r"[\d/.]+|\d{1,2}/[a-z]{3,9}\.?|[a-z]{3,9}/\d{1,2}|[-–—&]")  # "12/may", "-"


@lru_cache(maxsize=8192)
def is_generic(text: str) -> bool:
    """Only generic words, dates and numbers ("New Anime", "Top Anime", "Spring 2021"),
    owned or not ("Japanator's Winter 2015"), and not written in a title's own marks
    ("New Game!!")."""
    if stylised(text):
        return False
    owned = re.split(r"['’]s\s+", text, maxsplit=1)[-1].split()  # "Japanator's Winter 2015"
    words = owned if len(owned) >= 2 else text.split()  # but "Darwin's Game" is a name
    content = [w.strip(EDGE).lower() for w in words]
    return all(
        w in GENERIC_WORDS
        or MONTHS_DAYS.match(w.capitalize())
        or w.isdigit()
        or not w
        or DATE_TOKEN.fullmatch(w)
        for w in content
    )


def stylised(text: str) -> bool:
    """Written in a title's own marks ("New Game!!", "Utano☆Princesama")."""
    return "!!" in text or "☆" in text or "♪" in text


DATED_SPAN = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(?:\d{4}|\d{1,2}(?:st|nd|rd|th)?)\s+(?:on|at|in|from)\b"
)


LATIN_LETTER = re.compile(r"[A-Za-zÀ-ɏ]")


def caseless(char: str) -> bool:
    """A letter of a script with no case (kana, kanji, hangul), which opens a title written
    wholly in such a script as a capital does ("『スタミュ』")."""
    return char.isalpha() and char.lower() == char.upper()


@lru_cache(maxsize=8192)
def plausible(text: str, *, loose: bool = False, whole: bool = False, kana: bool = False) -> bool:
    """Written like a title, and more than generic words, dates or a count; ``loose``
    for the headline's own reading, which may be in sentence case; ``whole`` for a span
    the headline writes as it stands, which may hold a period ("Tsukiuta. THE ANIMATION");
    ``kana`` for a title candidate, which may be written wholly in kana or kanji ("スタミュ")
    where a heading or a list item may not (a native name beside the Latin one)."""
    words = text.split()
    # generic words may be a title in the headline's own mark ("'New Game!'")
    marked = whole and text.endswith("!")
    if not words or (NUMERIC.fullmatch(text) and not loose):
        return False
    long = not (loose or whole) and every_word_capital(words)  # a light novel's long title
    if len(words) > (LONG_TITLE_WORDS if long else TITLE_WORDS):
        return False
    script = kana and caseless(text[0]) and not LATIN_LETTER.search(text)  # not "東の X"
    if not (text[0].isupper() or text[0].isdigit() or loose or script):
        return False
    if all(w.isdigit() for w in words) and len(text) < 3 and not loose:
        return False
    if DESCRIBING.search(text) or CONTRACTION.fullmatch(text) or DATED_SPAN.match(text):
        return False  # "Tokyo-based" of "Tokyo-based anime powerhouse", a sentence's "I'm",
        # and a date: "January 2025 on TBS, BS11"
    if (crosses_sentences(text) and not whole) or (
        is_generic(text) and not (loose and text.isdigit()) and not marked
    ):
        return False  # a bare number is a title only as the headline's reading ("86 Anime")
    content = [w.strip(EDGE).lower() for w in words]
    if not (stylised(text) or marked) and all(
        lexicon().genre_pattern.fullmatch(w) or w in GENERIC_WORDS for w in content
    ):
        return False  # "Sci-Fi Survival", "BL Mystery"
    capital = [w for w in words if w.lower().strip(EDGE) not in SMALL_WORDS]
    if not capital or text.count("(") != text.count(")"):
        return False
    if loose:
        return True
    firsts = [w.strip(EDGE + "~〜-")[:1] for w in capital]  # "Hakuōki ~Otogisōshi~"
    upper = sum(1 for f in firsts if f.isupper() or f.isdigit() or (script and caseless(f)))
    return upper / len(capital) >= 0.75


def echoes(phrase: str, headline: str) -> bool:
    """A quoted phrase the headline writes too, its accents aside, which may be a title in
    sentence case ("Quiero comerme tu páncreas" of "... de Quiero comerme tu pancreas")."""
    return phrase[:1].isupper() and f" {fold(phrase)} " in f" {fold(headline)} "


TITLE_WORDS = 14
LONG_TITLE_WORDS = 24  # a light novel's title may be this long


def every_word_capital(words: list[str]) -> bool:
    """Every word but the small ones capitalised, as a long title is written."""
    return all(w[:1].isupper() or w.lower().strip(EDGE) in SMALL_WORDS for w in words)


CONTRACTION = re.compile(r"(?:I|It|That|There|We|You|They|He|She|Let)['’](?:m|s|ve|ll|d|re)")
SONG_REACH = 60  # characters before a name where a song's words make it the song's
DESCRIBING = re.compile(  # ... and a length: "a 10-minute anime short"
    r"\w-(?:based|born|raised|headquartered|themed|inspired)$|^\d+-(?:minute|hour)s?$"
)
KIND_WORDS = r"(?:Anime|TV|Film|Movie|Manga|The|New|Season|Series|Studio|Original)"
MAGAZINE_AFTER = re.compile(r"\s+(?:manga\s+)?magazine\b|['’]s\s+magazine\b")
WEBSITE_AFTER = re.compile(r"['’]s\s+website\b")  # a magazine's site, or the show's own


@lru_cache(maxsize=8192)
def is_company(text: str) -> bool:
    """A streamer, station, studio, company or event: never a show's title."""
    lex = lexicon()
    listed = (lex.streaming, lex.broadcasters, lex.studios, lex.companies)
    if any(p.fullmatch(text) for p in listed) or COMPANY_TAIL.search(text) or EVENT.search(text):
        return True
    return text.startswith("Studio ") and len(text.split()) <= 3


MAGAZINE_NAME = re.compile(r"^(?:Weekly|Monthly|Bessatsu)\s+(?:Shou?nen|Young|Big|Comic|Morning)\b")


def is_magazine(text: str, body: str) -> bool:
    """True when the body writes ``text`` as a magazine ("Weekly Shonen Sunday magazine"):
    where the manga runs, not the show."""
    if MAGAZINE_NAME.match(text):
        return True  # "Weekly Shonen Sunday - 2013 Anime #4": the magazine's column
    hits = list(positions(text, body))
    if any(MAGAZINE_AFTER.match(body, s + len(text)) for s in hits):
        return True
    sites = sum(1 for s in hits if WEBSITE_AFTER.match(body, s + len(text)))
    return sites * 2 > len(hits)  # "X's website" most times: a magazine's; once: the show's


LEAD_WORDS = (  # a sentence's first word before a name, no given name ("If Darwin's Game ...")
    r"(?:In|On|At|As|By|For|From|With|And|But|The|Of|To|Like|After|Before|Unlike|If|When|While"
    r"|Since|Although|Though|Because|Unless|Until|Once|So|Yet|Or|Now|Then|This|That|Also)"
)


def reads_as_person(text: str, body: str) -> bool:
    """True when the body writes ``text`` mostly as someone in a role."""
    hits = list(positions(text, body))
    if not hits or len(text.split()) > 4:
        return False
    owned = f" {text}'s " in body or f" {text}’s " in body  # a quick check first
    if (
        owned
        and " " not in text
        and re.search(
            rf"\b(?!{KIND_WORDS}\b|{LEAD_WORDS}\b)[A-Z][a-z]+ {re.escape(text)}['’]s\s", body
        )
    ):
        return True  # "Shinkai" of "Makoto Shinkai's film"
    roles = 0
    for start in hits:
        after = body[start + len(text) : start + len(text) + 140]
        if owned and AUTHOR_OF.match(after):
            return True  # "Shu" of "Shu's light novel series Maou Gakuin": its author
        before = body[max(0, start - 40) : start]
        role = PERSON_BEFORE.found(before)
        if role and " " not in text and GIVEN_NAME.match(after) and not before.endswith("by "):
            return True  # "director Yuasa Masaaki": a family name written first
        given = GIVEN_BEFORE.search(before)
        role_before = before[: given.start() + 1] if given else ""
        if " " not in text and PERSON_BEFORE.found(role_before) and not BARE_BY.search(role_before):
            return True  # "co-founder Hiroyuki Imaishi": a family name after a role and a name
        roles += bool(PERSON_AFTER.match(after) or role)
    return roles * 2 > len(hits) or _called_by_family_name(text, body)


AUTHOR_OF = re.compile(  # "'s light novel series X", "'s award-winning manga X"
    r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}(?:light\s+novel|web\s+novel|novel|manga)s?\s+(?:series\s+)?"
    r"[\"“‘']?[A-Z]"
)
PLAYED_BEFORE = re.compile(
    r"\b(?:(?:will\s+)?(?:play|plays|playing|voice|voices|voicing)|role\s+of)\s+[\"“‘']?$"
)  # "A will play Kage", 'take the role of "Aya" in X'


def played_role(text: str, body: str) -> bool:
    """Whether the body gives ``text`` as a part someone plays ("A will play Kage")."""
    return any(PLAYED_BEFORE.search(body, max(0, s - 30), s) for s in positions(text, body))


QUOTE_PAIRS = (("'", "'"), ("‘", "’"), ('"', '"'), ("“", "”"))


def _first_word_again(before: str, first: str) -> bool:
    """Whether ``before`` ends on the name's first word, spelt with or without a plural "s"
    ("Star " before "Align" of "Stars Align")."""
    last = before.rstrip().rsplit(" ", 1)[-1].lower()
    return bool(last) and before.endswith(" ") and last.rstrip("s") == first.lower().rstrip("s")


def _called_by_family_name(text: str, body: str) -> bool:
    """ "Makoto Shinkai ... Shinkai calls the film ...": a two-word name whose second word
    the body later uses alone as someone who acts or owns, or after a role ("Writer-director
    Shinkai")."""
    words = text.split()
    if len(words) != 2 or not all(FAMILY_WORD.fullmatch(w) for w in words):
        return False
    if any(f"{q}{text}{e}" in body for q, e in QUOTE_PAIRS):
        return False  # "the new 'Detective Conan' film": a work's name, quoted
    for start in positions(words[1], body):
        before = body[max(0, start - ROLE_REACH) : start]
        if before.endswith(f"{words[0]} ") or _first_word_again(before, words[0]):
            continue  # the name itself ("Idol Memories", "Star Align"), not its last word alone
        role = PERSON_BEFORE.found(before)  # "Director Shinkai", not "Sengoku Basara", a name
        alone = role or not re.search(r"[A-Z][\w'’-]*\s$", before)  # with another first word
        if alone and ACTS_AFTER.match(body, start + len(words[1])):
            return True
        if role:
            return True  # "Writer-director Shinkai has won wide acclaim"
    return False


def quotes_song(body: str, start: int, end: int) -> bool:
    """A quoted span with a song's words around it ("the opening theme \"X\"") or a
    performer after it ("\"X\" by Y")."""
    return bool(
        SONG_WORDS.search(body[max(0, start - SONG_REACH) : end + 40]) or BY_NAME.match(body, end)
    )


def song_before(text: str, start: int) -> bool:
    """Whether a song's words stand shortly before ``start`` ("the ending theme is titled")."""
    return SONG_WORDS.search(text, max(0, start - SONG_REACH), start) is not None


def is_song_title(phrase: str, body: str) -> bool:
    """True when most quoted mentions of ``phrase`` are a song's."""
    marks = [m for m in QUOTED.finditer(body) if m.group(1) == phrase]
    songs = sum(1 for m in marks if quotes_song(body, m.start(), m.end()))
    return bool(marks) and songs * 2 > len(marks)


def is_past_work(text: str, body: str, headline: str = "") -> bool:
    """True when the body names ``text`` only as an earlier work ("the 2019 TV anime X");
    a year the headline gives is the new work's ("2024 Doraemon Film ..." over "the 2024
    Doraemon film X")."""
    hits = list(positions(text, body))
    return bool(hits) and all(_past_before(body[max(0, s - 60) : s], headline) for s in hits)


def _past_before(before: str, headline: str) -> bool:
    match = PAST_WORK.search(before)
    year = re.match(r"\d{4}", match.group(0)) if match else None
    return bool(match) and not (year and year.group(0) in headline)


def only_credited(text: str, body: str) -> bool:
    """True when every place the body writes ``text`` credits someone with it: in
    parentheses after a name ("director TATSUKI (X, Y)"), before a role ("X director"),
    or after a credit verb ("TATSUKI directed the first season of the X anime")."""
    hits = list(positions(text, body))
    return bool(hits) and all(_credited_at(text, body, s) for s in hits)


def _credited_at(text: str, body: str, start: int) -> bool:
    before = body[max(0, start - 120) : start]
    if CREDIT_NOUN_AFTER.match(body, start + len(text)) or PAST_CREDIT_BEFORE.search(before):
        return True
    opened, closed = before.rfind("("), before.rfind(")")
    return opened > closed


def is_cause(text: str, headline: str) -> bool:
    """ "Delayed Due to X": X is the reason for the news, not its show; nor is a work
    whose team makes it ("X Team Makes Original TV Anime Y", "The Director of X Returns
    With a New Anime", "Studio Behind X", "X Director Y to Create a New Anime")."""
    at = first_position(text, headline)
    if at >= 0 and TEAM_AFTER.match(headline, at + len(text)):
        return True
    if at >= 0 and CREDIT_AFTER.match(headline, at + len(text)) and NEW_WORK.search(headline):
        return True  # "X Director Y to Create a New Anime": X is Y's earlier work
    return at > 0 and bool(CAUSE_BEFORE.search(headline[:at]))

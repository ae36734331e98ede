"""What the show adapts (source material) and who made that work (original creators).

Creators are the author, the manga's writer and artist, a light novel's credited
illustrator, or a game's developer. Publishers, magazines, English licensors and
artists of spin-off adaptations are not: the patterns only accept a name that owns
the work ("X's manga", "the web novel by X", "written by X and drawn by Y",
"Original Work: X"), and single words such as "Kodansha's" are ignored.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.extract.labels import label_of
from pipeline.extract.lexicon import lexicon
from pipeline.extract.names import (
    PEOPLE,
    PERSON,
    WORD,
    full_name,
    split_names,
    strip_parentheses,
    unique,
)
from pipeline.extract.role_lists import fields_named, roles_label
from pipeline.extract.segments import Unit
from pipeline.extract.studio_credits import PRONOUNS
from pipeline.extract.title_forms import TITLE_LIKE

SOURCE_TERM = (
    r"(?:light\s+novels?|web\s+novels?|visual\s+novels?|novels?|manga|manhwa|manhua|webtoons?"
    r"|(?:(?:video|smartphone|mobile|console|card|role-playing|RPG|PC|social|browser|rhythm"
    r"|puzzle|otome|arcade|action|strategy|adventure|fighting|gacha|dating|idol|racing|original)"
    r"\s+)+"
    r"games?(?!\s+(?:company|companies|developer|publisher|studio|maker))"
    r"|(?:(?<=based\son\sthe\s)|(?<=adaptation\sof\sthe\s))games?\b"
    r"|(?<=the\s)game['’]s\s+(?=(?:TV\s+|television\s+)?anime))"
)
SOURCE_WORD = re.compile(  # not a link's "anime-manga-news" nor "anime and manga" at large
    rf"\b(?<![-/])(?<!anime\sand\s){SOURCE_TERM}\b(?!/|-(?!based))(?!\s+and\s+anime)", re.I
)
ORIGINAL = re.compile(
    r"\b(?:an|is)\s+original\s+(?:work|story|creation)\b"
    r"|\boriginal\s+(?!video\b|character|illustration|manga|work|story|novel|soundtrack|design"
    r"|creator|author|game|light)(?:[\"“][^\"”]{1,60}[\"”]\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:anime|series|project|slice\s+of\s+life"
    r"|comedy|drama|film|movie)\b",
    re.I,
)
SPIN_OFF_BEFORE = re.compile(r"\b(?:a|an|the|its|new)\s+$", re.I)
SOURCE_HINTS = ("novel", "manga", "manhwa", "manhua", "webtoon", "game")
NEGATED = re.compile(r"\bnot\s+(?:an\s+)?$")
ORIGINAL_VALUE = re.compile(r"(?:anime\s+)?original(?:\s+(?:anime|work|story))?\.?", re.I)
_NAME = rf"{WORD}(?:\s+{WORD}){{0,3}}"
_NAMES = rf"{_NAME}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_NAME})*"
CREATOR_TERM = rf"(?:{SOURCE_TERM}|short\s+stor(?:y|ies)|picture\s+books?|children['’]s\s+books?)"
# "A (Soul Eater)'s manga": an earlier work between a creator and the "'s"
ASIDE_BEFORE_OWNER = re.compile(r"\s*\([^()]{1,60}\)(?=['’]s\s)")
PUBLISHER_OF = re.compile(r"\s+(?:magazines?|imprints?|labels?|anthology|app)\b")  # "X's manga app"
OWNER = re.compile(  # "X's manga", and ANN's scraped "X 's manga"
    rf"(?P<n>{_NAMES})\s?['’]s?\s+(?P<gap>[^.;:!?]{{0,80}}?\s)?(?P<kind>{CREATOR_TERM})\b"
    r"(?!\s+(?:industry|market|business|scene|culture|companies|company|fans)\b)"
)  # not "Japan's video game industry": the term describes something else
AIMED_GAP = re.compile(  # "X's fixation on the card game", not "X's work on the novels"
    r"(?<!work\s)\b(?:on|about|into|at|with|for)\s+(?:the|a|an|his|her|their)\s"
)
_WORK_NAMED = (  # "the light novel series The Apothecary Diaries (Kusuriya no Hitorigoto) by X"
    rf"\s+(?!(?:Adaptation|Anime|Series|Version|Edition)\b){TITLE_LIKE}"  # not "Manga Adaptation"
    r"(?:\s+\([^()]{1,60}\))?"
)
_ABOUT = r"\s+about\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"  # "a manga about the X by"
BY_AUTHOR = re.compile(
    rf"\b(?i:{SOURCE_TERM})(?:\s+(?:series|comics?))?(?:\s+of\s+the\s+same\s+name|{_WORK_NAMED}|{_ABOUT})?"
    r"\s+by\s+(?:[a-z]+\s+){0,3}"
    r"(?:(?:[A-Z][\w:!'’-]*\s+){1,5}(?:creator|author|mangaka|writer|artist)\s+)?"  # "X creator A"
    rf"(?P<n>{PEOPLE}(?:\s+and\s+{WORD}(?=[.,;]|$))?|{WORD}(?=[.,;]|$)|{WORD}\s+and\s+{PERSON})"
)
OWNER_BEFORE = re.compile(  # "X's Title", "X's supernatural-action series 「Title」"
    rf"(?P<n>{_NAMES})\s?['’]s?\s+(?:[\"“][^\"”]{{1,60}}[\"”]\s+"
    r"|(?:[a-z][\w&-]*\s+){0,2}(?:series|manga|novels?|story|comedy)\s+[「『\"“]?"
    r"|(?:[a-z][\w&-]*\s+){0,3}(?:masterpiece|work|classic|hit|series|manga|novel)"
    r"(?:\s+with\s+the\s+\w+)?,\s+)?$"  # "X's masterpiece, Title", "X's first major work, Title"
)
SEASON_TAIL = re.compile(r"\s+Season\s+\d{1,2}$")  # "X Season 2" adapts X's work
LAUNCHED = re.compile(  # "A launched the manga", "the manga series A drew for Afternoon"
    rf"(?P<n>{PEOPLE}|^{WORD})\s+(?:launched|began|started|created|wrote)\s+"
    r"(?:serializing\s+|writing\s+)?the\s+(?:[\w-]+\s+){0,3}?"
    r"(?:manga|light\s+novels?|novels?|web\s+novels?)\b(?!\s+adaptation)"
    rf"|\b(?:manga|novel)\s+series\s+(?P<m>{PERSON})\s+(?:drew|wrote|created|launched)\b"
)
SERIALIZED = re.compile(  # "A first created X for Kodansha's Weekly Shonen Magazine in 2015"
    rf"(?P<n>{PEOPLE})\s+(?:first\s+|originally\s+)?(?:created|launched|began|started)\s+"
    rf"(?P<w>{TITLE_LIKE})\s+(?:in|for)\s+[^.;]{{0,60}}?\b(?:Magazine|Jump|Sunday|Champion|Comics)\b"
)
ROLE_ASIDE = re.compile(r"\s*\((?:story|art|artwork|illustrations?|original\s+(?:story|work))\)")
LABEL_VALUE = 120  # characters of a creator label's value; a longer one is a sentence
SENTENCE_LEAD = re.compile(r"^(?:From|By|With)\s+(?=[A-Z])")
QUOTED_WORK = re.compile(r"[\"“'‘][^\"”'’]+[\"”'’]\s+by\s")
BY_NAME = re.compile(rf"\bby\s+(?:[a-z]+\s+){{0,3}}(?P<n>{PEOPLE})")
CREATOR_NOUN = re.compile(  # "author X and illustrator Y's novel": the nouns go
    r"\b(?:author|writer|storywriter|novelist|illustrator|artist|mangaka|manga\s+artist)\s+"
    rf"(?={WORD}\s+{WORD}|{WORD}\s?(?:['’]s\b|[.,;]|$))"
)
WORK_BEFORE = re.compile(r"\bby\s+(?:[A-Z][\w!'’:-]*\s){1,4}$")
CREATOR_TITLE = (  # "mangaka X", "the original manga author X", "Soul Eater creator, X"
    r"(?:original\s+)?(?:(?:manga|novel|light\s+novel|series)\s+)?"
    r"(?:author|creator|mangaka|manga\s+artist|novelist)"
)
CREATOR_WORDS: tuple[str, ...] = ("author", "creator", "mangaka", "novelist", "manga artist")
CREATOR_WORDS += ("credited with", "credited for")
CREATOR_BEFORE = re.compile(  # ... and "the author of the original manga, X"
    rf"\b{CREATOR_TITLE}(?:\s+of\s+the\s+(?:original\s+)?(?:manga|(?:light\s+|web\s+)?novels?"
    rf"|game|work)(?:\s+series)?)?,?\s+(?P<n>{PERSON})"
)
CREATOR_AFTER = re.compile(  # "X, the creator of the original manga"
    rf"(?P<n>{PERSON}),?\s+(?:(?:the|is\s+credited\s+as\s+the)\s+{CREATOR_TITLE}\b"
    r"|is\s+(?:also\s+|again\s+)?credited\s+(?:with|for)\s+the\s+(?:original\s+(?:work|story|concept)"
    r"|story\s+concept)\b)"
)
CREDITED_STORY = re.compile(  # "Shinkai is credited with ... writing the original story"
    rf"(?P<n>{PERSON}|{WORD})\s+(?:is|was)\s+(?:also\s+)?credited\s+with\s+(?:[^.;]{{1,60}}?\s+"
    r"(?:and|as\s+well\s+as)\s+)?(?:writing|creating)\s+the\s+original\s+(?:work|story|concept)\b"
)
ORIGINAL_BY = re.compile(  # "the original work is credited to X", "original concept ... by X"
    r"(?:\boriginal\s+(?:work|story|concept)(?:\s+and\s+[a-z]+)?(?:\s+(?:of|for)\s+[^.;]{1,60}?)?"
    r"\s+(?:is\s+)?(?:credited\s+to|by)"
    r"|\b(?:manga|novels?|game|series)(?:\s+[A-Z][^,.;]{0,60})?,\s+originally\s+by)\s+"  # "the
    # novel X, originally by A"
    rf"(?P<n>{PEOPLE}|{WORD}(?=[.,;]|$))"
)
ORIGINAL_NOTE = re.compile(
    rf"(?P<n>{PERSON})\s*\(Original\s+(?:Novel|Manga|Story|Work|Creator|Concept)\)"
)
ART_BY = re.compile(rf"\b(?i:with\s+)?(?i:illustrations|art)\s+by\s+(?P<n>{_NAME})")
CREDITED_WORK = re.compile(r"\boriginal\s+(?:work|story|concept)\b")
WORK_CREATOR = re.compile(r"\b([A-Z][\w!'’-]+)\s+(?:original\s+)?creator\b")
STUDIO_WORDS = re.compile(r"\b(?:Studios?|Animation|Pictures|Productions?|Works)\b")
COMMITTEE = re.compile(r"\b(?:Committee|Partners|Project)$")
NOT_OWNERS = frozenset({"It", "Its", "The", "This", "That", "Their", "His", "Her", "Our"})
MADE_BY = re.compile(  # "created by A and B", "written and illustrated by Nujima."
    rf"\b(?i:written|drawn|illustrated|created|penned|developed)\s+by\s+"
    rf"(?P<n>{PEOPLE}|{WORD}(?=[.,;]|$))"
)
NOT_SOURCE_BEFORE = re.compile(  # "the manga adaptation drawn by X", "directed and written by X"
    r"\b(?:manga\s+adaptation|[Dd]irected\s+and)\s+$"
)  # an adaptation's artist, a film's writer: no creator of the source
SOURCE_NAMES = {
    "light novel": "light novel",
    "web novel": "web novel",
    "visual novel": "video game",
    "novel": "novel",
    "manga": "manga",
    "manhwa": "manga",
    "manhua": "manga",
    "webtoon": "manga",
    "game": "video game",
    "video game": "video game",
}


def source_of(units: Iterable[Unit]) -> str | None:
    """The first source the segment names: manga, light novel, ..., or "original"."""
    for unit in units:
        labelled = label_of(unit.text)
        text = labelled.value if labelled and labelled.field == "source" else unit.text
        if labelled and labelled.field == "source" and ORIGINAL_VALUE.fullmatch(text.strip()):
            return "original"  # "Source: Original", "Source Material: Anime Original"
        found = _source_in(text)
        if found:
            return found
    return None


def _source_in(text: str) -> str | None:
    lowered = text.lower()
    if "original" not in lowered and not any(w in lowered for w in SOURCE_HINTS):
        return None  # a quick check before the long patterns
    original = ORIGINAL.search(text)
    if original and NEGATED.search(text[: original.start()]):
        original = None  # "it is not an original anime"
    elif original and _earlier_work(text, original):
        original = None
    term = next((t for t in SOURCE_WORD.finditer(text) if not _spin_off(text, t)), None)
    if original and (not term or original.start() < term.start()):
        return "original"
    if term:
        key = " ".join(term.group(0).lower().split()).rstrip("s")
        return "video game" if "game" in key else SOURCE_NAMES.get(key, key)
    return None


def _earlier_work(text: str, original: re.Match[str]) -> bool:
    """ "the original series" (the first run of a sequel's story) and "the original anime
    adaptation", but not "X, the original anime film by Y" (X is an anime original)."""
    before, after = text[: original.start()].lower(), text[original.end() :]
    if after.startswith((" adaptation", " footage")):
        return True  # "where the original anime adaptation left off"
    return (
        before.endswith("the ")
        and not before.endswith(", the ")  # "X, the original anime film by Y": X is one
        and original.group(0).lower().endswith("series")
    )


def _spin_off(text: str, term: re.Match[str]) -> bool:
    """ "a manga adaptation" of the anime or film ("The film inspired a manga adaptation",
    "X will draw a manga adaptation of the new anime"): a work made from the show."""
    return bool(SPIN_OFF_BEFORE.search(text, 0, term.start())) and text.startswith(
        " adaptation", term.end()
    )


def creators_of(units: Iterable[Unit], titles: Iterable[str]) -> tuple[str, ...]:
    """Everyone credited with the source work."""
    units = list(units)
    names_of_work = [t for t in titles if t]
    names_of_work += [SEASON_TAIL.sub("", t) for t in names_of_work if SEASON_TAIL.search(t)]
    names: list[str] = []
    for unit in units:
        labelled = label_of(unit.text)
        if labelled and labelled.field == "original_creator" and len(labelled.value) <= LABEL_VALUE:
            # "Original Story: "X" by A", not a post's "Original: At Anime Central, ..."
            quoted = QUOTED_WORK.match(labelled.value)
            names.extend(_by_author(labelled.value) if quoted else split_names(labelled.value))
        elif labelled and labelled.field == "source":
            names.extend(_by_author(labelled.value))
        elif (
            labelled is None
            and (roles := roles_label(unit.text))
            and ("original_creator" in fields_named(roles.label))
        ):  # "Director, Original Story: X"
            names.extend(split_names(roles.value))
        else:
            names.extend(_creators_in(unit.text, names_of_work))
    works = [t.casefold() for t in names_of_work]
    names = [SENTENCE_LEAD.sub("", n) for n in names]  # "From Chika Umino, the mangaka ..."
    names = [
        n for n in names if not COMMITTEE.search(n) and not any(n.casefold() in w for w in works)
    ]  # "illustrated by A, X aired ...": the show is no creator, nor is a committee
    text = "\n".join(u.text for u in units) if names else ""
    credited = {m["n"] for m in CREDITED_STORY.finditer(text)} if "credited with" in text else ()
    names = [full_name(n, text) if n in credited else n for n in names]  # "Shinkai": in full
    ends = _studio_ends(text) if any(" " not in n for n in names) else frozenset()
    return _without_bare_surnames(
        unique(n for n in names if n not in ends and not _critic(n, text))
    )


def _studio_ends(text: str) -> frozenset[str]:
    """The last words of the studios' names the text writes ("Works" of "P.A. Works' X"),
    which are no creators; a studio itself may be credited with an original story."""
    found = (m.group(0) for m in lexicon().studios.finditer(text))
    return frozenset(name.rsplit(" ", 1)[-1] for name in found if " " in name)


def _critic(name: str, text: str) -> bool:
    """An outlet that reviewed the source ("Otaku USA's 2021 review of the manga")."""
    return "review" in text and bool(
        re.search(rf"\b{re.escape(name)}['’]s\s+(?:\d{{4}}\s+)?review\b", text)
    )


def _without_noun(match: re.Match[str]) -> str:
    """A creator's noun goes ("author X and illustrator Y's novel"), unless a work's name
    stands right before it ("the manga by Monster writer X")."""
    return match.group(0) if WORK_BEFORE.search(match.string, 0, match.start()) else ""


def _by_author(text: str) -> list[str]:
    match = BY_NAME.search(text)
    return split_names(match.group("n")) if match else []


def _creators_in(text: str, titles: list[str]) -> list[str]:
    names: list[str] = []
    if any(word in text for word in CREATOR_WORDS):
        names.extend(_titled_creators(text, titles))
    text = CREATOR_NOUN.sub(_without_noun, text)
    if "'" in text or "’" in text:
        text = ASIDE_BEFORE_OWNER.sub("", text)  # "Atsushi Ohkubo (Soul Eater)'s manga"
        for match in OWNER.finditer(text):
            aside = text.count("(", 0, match.start()) > text.count(")", 0, match.start())
            if aside or AIMED_GAP.search(match.group("gap") or ""):
                continue  # "Yokoyari (Scum's Wish) launched the manga": an earlier work;
                # "Chihaya's fixation on the card game": a character's, in a synopsis
            if match.group("kind").islower() and not PUBLISHER_OF.match(text, match.end()):
                close = len((match.group("gap") or "").split()) <= 3
                names.extend(_owners(match.group("n"), single_ok=close))
        names.extend(_owners_of_title(text, titles))
    if "the " in text:
        plain = strip_parentheses(text)  # "Matsui (Paper Comet) launched the manga"
        launched = (m["n"] or m["m"] for m in LAUNCHED.finditer(plain))
        names.extend(n for who in launched for n in _owners(who, single_ok=True))
    if " for " in text or " in " in text:
        serialized = (
            m.group("n")
            for m in SERIALIZED.finditer(strip_parentheses(text))
            if any(m.group("w").casefold() in t.casefold() for t in titles)
        )  # the show's own work, not "X created Naruto in ..." in an article about Boruto
        names.extend(n for who in serialized for n in _owners(who, single_ok=True))
    if "(Original " in text:  # "Writer: A (Script), B (Original Novel)"
        names.extend(m.group("n") for m in ORIGINAL_NOTE.finditer(text))
    if " by " in text or "credited to" in text:
        for match in ORIGINAL_BY.finditer(text):  # "an original work by Studio X" is its studio's
            said = "credited" in match.group(0)
            names.extend(n for n in split_names(match.group("n")) if said or not _studio_like(n))
        plain = ROLE_ASIDE.sub("", text) if "(" in text else text  # "by A (story) and B (art)"
        names.extend(n for m in BY_AUTHOR.finditer(plain) for n in split_names(m.group("n")))
        if SOURCE_WORD.search(text) or "original" in text.lower():
            made = (
                m
                for m in MADE_BY.finditer(text)
                if not NOT_SOURCE_BEFORE.search(text, 0, m.start())
            )
            names.extend(n for m in made for n in split_names(m.group("n")))
            names.extend(n for m in ART_BY.finditer(text) for n in split_names(m.group("n")))
    return names


def _titled_creators(text: str, titles: list[str]) -> list[str]:
    """Names a creator's title stands beside, where the sentence is about the source."""
    if ("design" in text and not CREDITED_WORK.search(text)) or not (
        SOURCE_WORD.search(text)
        or "original" in text
        or any(t in text for t in titles)
        or _work_before_creator(text, titles)
    ):
        return []  # "Manga creator X is the original character designer" credits a design
    found = [m.group("n") for m in CREATOR_BEFORE.finditer(text)]
    found += [m.group("n") for m in CREATOR_AFTER.finditer(text)]
    credited = [m.group("n") for m in CREDITED_STORY.finditer(text)]  # a surname too
    return [
        *(n for name in found for n in _owners(name, single_ok=False)),
        *(n for name in credited for n in _owners(name, single_ok=True) if n not in PRONOUNS),
    ]


def _studio_like(name: str) -> bool:
    return bool(STUDIO_WORDS.search(name) or lexicon().studios.fullmatch(name))


def _work_before_creator(text: str, titles: list[str]) -> bool:
    """Whether a word of the show's title stands before "creator" ("the late Anpanman
    creator X" in an article about one of its films)."""
    words = {w for t in titles for w in t.split() if len(w) >= 4}
    return any(m.group(1) in words for m in WORK_CREATOR.finditer(text))


def _owners_of_title(text: str, titles: list[str]) -> list[str]:
    names: list[str] = []
    for title in titles:
        start = text.find(title)
        while start > 0:
            owner = OWNER_BEFORE.search(text, max(0, start - 80), start)
            if owner:
                names.extend(_owners(owner.group("n"), single_ok=True))
            start = text.find(title, start + 1)
    return names


def _owners(text: str, *, single_ok: bool) -> list[str]:
    names = split_names(text)
    several = len(names) > 1
    return [
        n
        for n in names
        if (len(n.split()) >= 2 or n.isupper() or several or single_ok)
        and n not in NOT_OWNERS
        and not lexicon().companies.fullmatch(n)
        and not lexicon().studios.fullmatch(n)  # "Kyoto Animation's X": its studio, no creator
    ]


def _without_bare_surnames(names: tuple[str, ...]) -> tuple[str, ...]:
    """Drop "Kasumi" when "Rei Kasumi" is there too: a surname alone refers back."""
    full = [n.split() for n in names if len(n.split()) >= 2]
    return tuple(n for n in names if len(n.split()) >= 2 or not any(n in f for f in full))

"""The show's title chosen from evidence: candidates from the headline and the body, scored.

Headline grammar alone fails on real news: a headline may be about an actor, a
director, a streamer or a company ("Crunchyroll Reveals Dub Cast for X"), may carry
descriptors ("Sci-Fi Survival Anime X Unveils Cast"), or may name the show only in
its tail. So every place that could name the show proposes a candidate:

- **headline spans**: each longest run of the headline's words that the body
  also writes (word for word, same case), starting at each word;
- **headline reading**: what ``titles._headline_base`` reads from the headline's
  markers ("X Anime Reveals ..."), kept even when a scraped body lost it; with no
  headline, the body's subject ("X joins the lineup");
- **body cues**: "the TV anime of Author's X manga", "titled X", "the X anime",
  "X Season 2", and quoted or emphasised spans.

Each candidate is scored: how often the body writes it is the strongest signal;
being in the headline, following a cue and appearing early add to it. A candidate
that reads as a person (an actor "as" a role, a "director"), a company or station
from the lexicon, a date, a count or a generic phrase ("New Anime", "English Dub",
"Season Preview") is not a title at all. Where one candidate holds another ("The
Witch and the Beast" and "Witch and the Beast"), the longer wins when the body
writes it about as often. The winner's confidence grows with its margin over the
runner-up and its share of the total score, and is cut when the headline does not name
it at all (the article is about something else, and the show is a guess from the body).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.lexicon import lexicon
from pipeline.extract.names import UPPER
from pipeline.extract.sentences import ABBREVIATION

_TOKEN = rf"[{UPPER}0-9][\w'’:!?.\-&/×]*"
_SMALL = (
    r"(?:of|the|a|an|no|wo|to|x|and|in|on|at|for|is|ni|ga|wa|de|o|mo|ka|e|na|yo|ne|te|vs\.?|&"
    r"|with|from|or|be|as|by)"
)
TITLE_LIKE = rf"{_TOKEN}(?:\s+(?:{_SMALL}\s+)*{_TOKEN}){{0,11}}"
DATE_TAIL = re.compile(  # "Higurashi: When They Cry - October 1st"
    r"\s*[-–—:,|]\s*(?:on\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*"
    r"(?:\d{1,2}(?:st|nd|rd|th)?(?:,?\s*\d{4})?|\d{4})?\s*$",
    re.I,
)
NAMED_AS = re.compile(
    rf"\b(?:been|is|was)\s+(?:officially\s+)?(?:titled|named)\s+[\"“‘']?(?P<t>{TITLE_LIKE})"
)
PERSON_VERB = re.compile(  # a headline's lead of a person and a verb before the show
    r"^(?:[A-Z][\w'’.-]+\s+){1,3}(?:Performs|Sings|Voices|Joins|Stars\s+in|Directs|Composes"
    r"|Returns\s+to|Leads|Headlines|Narrates)\s+"
)
OWNED_WORK = re.compile(
    r"['’]s\s+(?:new\s+|hit\s+|popular\s+)?['‘\"“]?(?P<t>[^'‘’\"“”]{2,80}?)['’\"”]?\s+(?:Light\s+Novels?"
    r"|Web\s+Novels?|Novels?|Manga|Webtoon|Game|Video\s+Game|(?:TV\s+)?Anime|Film|Movie)\b"
)
# What surrounds a title in prose (each is one cue; the span is group "t").
CUES = tuple(
    re.compile(p)
    for p in (
        rf"\b(?:titled|called|named|entitled)\s+[\"“‘']?(?P<t>{TITLE_LIKE})",
        rf"\b(?:film|anime|series|project|work|movie),\s+(?P<t>{TITLE_LIKE})",
        rf"(?P<t>{TITLE_LIKE})\s+(?:premieres|debuts|airs|will\s+(?:premiere|debut|air|stream))\b",
        rf"\b(?:star|stars|starring|role|cast)\s+(?:in|of)\s+(?P<t>{TITLE_LIKE})",
        rf"['’]s\s+(?P<t>{TITLE_LIKE})\s*(?:\([^()]{{2,80}}\)\s*)?(?:[\w-]+\s+){{0,3}}?"
        r"(?:manga|light\s+novels?|novels?|web\s+novels?|(?:video\s+)?games?|webtoon|franchise"
        r"|anime|film|movie|series)\b",
        rf"\b(?:manga|novels?|game|webtoon|film|movie)\s+(?:series\s+)?(?P<t>{TITLE_LIKE})",
        rf"\b(?:TV|[Tt]elevision|upcoming|new|the)\s+anime\s+(?:series\s+|adaptation\s+|film\s+)?"
        rf"[\"“‘']?(?P<t>{TITLE_LIKE})",
        rf"(?:^|[\s(])(?P<t>{TITLE_LIKE})\s+(?:(?:TV|[Tt]elevision|original)\s+)?anime\b",
        rf"(?P<t>{TITLE_LIKE})\s+(?:Season\s+\d|\d(?:st|nd|rd|th)\s+[Ss]eason|[Pp]art\s+\d)",
    )
)
QUOTED = re.compile(r"[\"“『「]([^\"”』」\n]{2,80})[\"”』」]")
# A name in a role: "X as Lily", "director X", "X ( Works ) is directing", "X's ending song".
PERSON_AFTER = re.compile(
    r"^\s*(?:\([^()]{1,120}\)\s*)?(?:as\s+[A-Z\"“]|is\s+(?:directing|composing|designing|writing"
    r"|in\s+charge|voicing|playing|performing|singing|returning|also)|will\s+(?:direct|compose"
    r"|design|voice|play|perform|sing|star)|directs|composes|voices|stars\b|performs|sings"
    r"|['’]s\s+(?:ending|opening|theme|insert|new\s+single|song|music)"
    r"|['’]s\s+(?:new|next|latest|upcoming|first|original)\s+(?:[\w-]+\s+)?(?:anime|film|movie|work"
    r"|project|series|TV)|['’]s\s+(?:new\s+|latest\s+|next\s+)?['‘\"“])",
    re.I,
)
PERSON_BEFORE = re.compile(
    r"(?:\b(?:director|directed\s+by|composer|voice\s+actor|voice\s+actress|actor|actress|singer"
    r"|artist|author|mangaka|creator|illustrator|writer|written\s+by|illustrated\s+by|voiced\s+by"
    r"|performed\s+by|sung\s+by|by|cast\s+members?|stars?|starring|band|unit|idol|VTuber))\s+$",
    re.I,
)


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


GENERIC_WORDS = _word_set(
    """new anime tv television series season seasons preview previews trailer trailers video
    videos pv promo promotional visual visuals key english japanese dub dubbed cast staff theme
    themes song songs opening ending insert short shorts film films movie movies release date
    premiere premieres episode episodes part the a an of and for in on with to by from first
    second third fourth fifth final 1st 2nd 3rd 4th 5th next upcoming official original full
    main more additional returning spring summer fall autumn winter lineup guide watch where
    how when what why all every best top most anticipated simulcast simulcasts stream streaming
    streams news update updates report reveals announces character characters designs music
    adaptation project special specials compilation sequel prequel spin-off spinoff review
    reviews impressions episode trailer teaser clip clips footage ad commercial broadcast
    premiere date time times details information info story synopsis plot game manga novel
    light web book volume volumes chapter chapters arc cour cours half seasonal high low
    moderate interest expectations middling honorable honourable mentions mention picks pick
    other others continuing coverage my our your you must-watch must watching sequels
    returning new-to-you shows titles one two three four five six seven eight nine ten"""
)
MONTHS_DAYS = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun"
    r"|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$"
)
COMPANY_TAIL = re.compile(
    r"\b(?:Studios?|Animation|Pictures|Licensing|Entertainment|Media|Filmworks|Films|Inc\.?|LLC"
    r"|Co\.|Ltd\.?|Distribution|Releasing|Productions?|Records|Publishing|Holdings|Corporation"
    r"|Corp\.?|Group|Network|Channel|Magazine|Comics|Bunko|Books|Press)$"
)
EVENT = re.compile(  # an event is no show: "Anime Expo 2018", "AnimeJapan 2024"
    r"\b(?:Expo|Festival|Fest|Con|Convention|Awards?|Summit|Fair|Matsuri|AnimeJapan|Comiket"
    r"|Jump\s+Festa)(?:\s+\d{4})?$"
)
CAUSE_BEFORE = re.compile(r"\b(?:due\s+to|because\s+of|amid|over|after|following)\s+$", re.I)
BY_NAME = re.compile(r"\s+by\s+[A-Z]")
SONG_WORDS = re.compile(
    r"\b(?:song|songs|theme|opening|ending|single|track|sung|sings|singing|performed|performs"
    r"|performing|vocals|lyrics|album)\b",
    re.I,
)
OWNER = re.compile(r"^(?P<who>[^'’]{2,40})['’]s\s+")
FILM_FORM = re.compile(r"^(?:Gekij[ōo]u?ban|Eiga)\s|\s(?i:the)\sMovie\b")
SUBTITLE = rf"{_TOKEN}(?:[ ](?:{_SMALL}[ ])*{_TOKEN}){{0,8}}"  # on one line
FULL_FORM = (
    r"(?<![\w'’])(?:(?:Gekij[ōo]u?ban|Eiga)[ ])?{title}"
    r"(?:[ ]?:[ ]{like}|[ ]the[ ]Movie(?::[ ]{like})?|[ ]\d{{1,2}}(?![\w:]))?(?![\w'’])"
)
DESCRIPTORS = _word_set("war battle combat fight fighting robot monster")  # "X Sci-Fi War Anime"
BODY_ONLY = 0.55  # the share of a title's confidence left when the headline does not name it
EDGE = "\"“”‘’'「」『』()[],.;:!?"  # punctuation trimmed from a candidate's ends
END_EDGE = "\"“”‘’'「」『』()[],.;:"  # at the end, "!" and "?" may be the title's own


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span that may name the show, and the evidence for it."""

    text: str
    count: int  # how often the body writes it
    in_headline: bool
    cues: int  # prose cues around it ("titled X", "the X anime")
    grammar: bool  # the headline's marker reading gives it
    first: int  # where the body first writes it (characters from the start)
    score: float = 0.0


def choose(
    headline: str, body: str, emphasis: tuple[str, ...], grammar: str | None
) -> tuple[str | None, float]:
    """The best-supported title and its confidence (0..1), or (None, 0) without one."""
    ranked = ranked_candidates(headline, body, emphasis, grammar)
    if not ranked:
        return None, 0.0
    best = ranked[0]
    total = sum(c.score for c in ranked[:4])
    runner = ranked[1].score if len(ranked) > 1 else 0.0
    margin = (best.score - runner) / best.score if best.score else 0.0
    confidence = min(1.0, 0.35 + 0.4 * margin + 0.25 * best.score / total)
    if not (best.in_headline or best.grammar):
        confidence *= BODY_ONLY  # the headline names some other subject: a guess from the body
    return full_form(best.text, body, headline), round(confidence, 2)


def full_form(title: str, body: str, headline: str) -> str:
    """The fullest form of ``title`` the body writes: with its subtitle ("X: The Witch from
    Mercury"), its film prefix and number ("Gekijōban X 2") or "the Movie: Y". Of several,
    the one whose added words the headline shares, then the most written, then the longest."""
    pattern = FULL_FORM.format(title=re.escape(title), like=SUBTITLE)
    forms = [m.group(0).strip().rstrip(".") for m in re.finditer(pattern, body)]
    longer = [f for f in forms if f != title]
    if not longer:
        return title
    said = _tokens(headline)
    own = _tokens(title)
    film = bool(re.search(r"\b(?:film|movie)\b", headline, re.I))

    def support(form: str) -> tuple[int, int, int]:
        shared = len((_tokens(form) - own) & said)
        return (
            shared + (film and FILM_FORM.search(form) is not None),
            longer.count(form),
            len(form),
        )

    best = max(longer, key=support)
    return best if support(best)[0] else title  # the headline must speak of the longer form


def _tokens(text: str) -> set[str]:
    """The telling words and numbers of ``text`` (no small or generic words)."""
    words = set(re.findall(r"[a-z]+|\d+", text.lower()))
    return {w for w in words if w not in _SMALL_WORDS and w not in GENERIC_WORDS and len(w) > 1}


def ranked_candidates(
    headline: str, body: str, emphasis: tuple[str, ...], grammar: str | None
) -> list[Candidate]:
    """Every plausible title, best first."""
    spans: dict[str, dict[str, object]] = {}

    def propose(text: str, **evidence: object) -> None:
        text = trimmed(text)
        if evidence.get("grammar"):
            text = PERSON_VERB.sub("", text)  # "Hikaru Utada Performs Penguin Highway"
        owner = OWNER.match(text)
        if owner and (is_company(owner.group("who")) or _person(owner.group("who"), body)):
            text = text[owner.end() :]  # "Netflix's X"
        whole = bool(evidence.get("headline")) and text in headline  # "Tsukiuta. THE ANIMATION 2"
        if not text or not plausible(text, loose=bool(evidence.get("grammar")), whole=whole):
            return
        entry = spans.setdefault(text, {"cues": 0, "headline": False, "grammar": False})
        for key, value in evidence.items():
            if key == "cues":
                entry["cues"] = int(str(entry["cues"])) + 1
            elif value:
                entry[key] = True

    for span in headline_spans(headline, body):
        propose(span, headline=True)
    owned = OWNED_WORK.search(headline)
    if owned:  # "Kei Sazane's Why nobody remembers my world? Novels Get TV Anime"
        propose(owned.group("t"), grammar=True, headline=True)
    if grammar:  # kept even when the body lost it (scraped link text)
        grammar = _without_lead(grammar)
        propose(grammar, grammar=True, headline=grammar in headline)
    for pattern in CUES:
        for match in pattern.finditer(body):
            for piece in _prefixes(match.group("t"), body):
                propose(piece, cues=True)
    for match in NAMED_AS.finditer(body):  # "has been titled X": the article names it outright
        for _ in range(3):
            propose(match.group("t"), cues=True)
    quoted = [m.group(1) for m in QUOTED.finditer(body) if not _song(body, m.start(), m.end())]
    for phrase in (*emphasis, *quoted):
        if phrase in body and len(phrase.split()) <= 12 and not _song_title(phrase, body):
            propose(phrase, cues=True)
    found = [
        Candidate(
            text,
            count=_count(text, body),
            in_headline=bool(entry["headline"]) or _in(text, headline),
            cues=int(str(entry["cues"])),
            grammar=bool(entry["grammar"]),
            first=_first(text, body),
        )
        for text, entry in spans.items()
    ]
    found = _reconciled(found, body)
    scored = [
        _scored(c)
        for c in found
        if (c.count or (c.grammar and len(c.text.split()) <= 8))
        and (c.in_headline or c.grammar or not _past_work(c.text, body))
        and not _cause(c.text, headline)
        and not _person(c.text, f"{headline}\n{body}")
        and not is_company(c.text)
        and not any(is_company(" ".join(c.text.split()[:n])) for n in (1, 2, 3))
    ]
    return _prefer_longer(sorted(scored, key=lambda c: (-c.score, c.first, -len(c.text))), body)


def _without_lead(reading: str) -> str:
    """The headline reading without a lead of generic words ("English Dub Cast, Staff for X")
    and without a tail of descriptors ("X Sci-Fi Battle")."""
    parts = re.split(r"(?:,\s+|\s+)(?:for|of|from|about|on)\s+", reading, maxsplit=1)
    if len(parts) == 2 and all(
        w.strip(EDGE).lower() in GENERIC_WORDS for w in re.split(r"[\s,]+", parts[0]) if w
    ):
        reading = parts[1]
    reading = re.sub(r"^\d+(?:st|nd|rd|th)\s+(?=\S)", "", reading)  # "4th Kingdom Anime Series"
    reading = re.sub(r"^(?:19|20)\d\d\s+(?=\S)", "", reading)  # "2016 Soreike! Anpanman Film"
    words = reading.split()
    genres = lexicon().genre_pattern
    while len(words) > 1 and (
        genres.fullmatch(words[-1].strip(EDGE))
        or words[-1].strip(EDGE).lower() in GENERIC_WORDS | DESCRIPTORS
    ):
        words = words[:-1]
    return " ".join(words)


def _reconciled(found: list[Candidate], body: str) -> list[Candidate]:
    """When the body does not write the headline's reading (a scraped page loses link text),
    a headline span inside it is either the title the reading ran past ("X" of "X Video
    Previews ...": the span starts the reading) or a stray fragment of it ("World" of "... a
    New World"), which goes."""
    reading = next((c for c in found if c.grammar and not c.count), None)
    if reading is None or not body.strip():
        return found
    inside = [c for c in found if c is not reading and c.in_headline and _in(c.text, reading.text)]
    heads = [c for c in inside if reading.text.startswith(c.text) and len(c.text.split()) > 1]
    if heads:
        return [c for c in found if c is not reading]
    return [c for c in found if c not in inside]


def headline_spans(headline: str, body: str) -> list[str]:
    """From each word of ``headline``, the longest run of words the body also writes."""
    words = headline.split()
    found: list[str] = []
    start = 0
    while start < len(words):
        end = len(words)
        while end > start:
            span = trimmed(" ".join(words[start:end]))
            if span and _in(span, body):
                found.append(span)
                break
            end -= 1
        start = max(end, start + 1)
    return found


def _scored(c: Candidate) -> Candidate:
    words = len(c.text.split())
    in_headline = (2.5 if words > 1 or c.grammar else 1.0) * c.in_headline
    score = 1.2 * min(c.count, 6) + in_headline + 1.2 * min(c.cues, 4) + 2.5 * c.grammar
    score += 0.5 if c.first < 400 else 0.0
    score += 0.15 * min(words, 6)
    return Candidate(c.text, c.count, c.in_headline, c.cues, c.grammar, c.first, round(score, 3))


def _prefer_longer(ranked: list[Candidate], body: str) -> list[Candidate]:
    """Fold a candidate into a longer one that holds it, when the headline names the longer
    or the body writes it about as often ("Witch and the Beast" into "The Witch and the
    Beast"; a franchise's name into the headline's full title of one of its shows)."""
    out = list(ranked)
    for short in ranked:
        for long in ranked:
            if long is short or not _in(short.text, long.text) or long.text == short.text:
                continue
            if (
                long.text.removeprefix("The ") == short.text
                and not long.in_headline
                and not _inside_sentence(long.text, body)
            ):
                continue  # a sentence's "The" before the headline's title
            supported = (
                (long.in_headline and long.count) or long.count * 2 >= short.count or long.cues >= 3
            )
            if supported and long.score >= short.score * 0.5:
                merged = Candidate(
                    long.text,
                    long.count,
                    long.in_headline or short.in_headline,
                    long.cues + short.cues,
                    long.grammar or short.grammar,
                    min(long.first, short.first),
                    max(long.score, short.score) + 0.01,
                )
                out = [merged if c is long else c for c in out if c is not short]
                return _prefer_longer(sorted(out, key=lambda c: (-c.score, c.first)), body)
    return out


def _inside_sentence(text: str, body: str) -> bool:
    """True when the body writes ``text`` somewhere other than at a sentence's start, so a
    leading "The" is the title's own ("the light novel series The Eminence in Shadow")."""
    return any(
        start and body[start - 1] == " " and body[max(0, start - 2)] not in ".!?"
        for start in _positions(text, body)
    )


def _prefixes(span: str, body: str) -> list[str]:
    """``span`` and its shorter heads: a cue's greedy capture runs into the next words."""
    words = span.split()
    heads = [" ".join(words[:n]) for n in range(len(words), 0, -1)]
    return [h for h in heads if h == span or _count(h, body) > _count(span, body)][:3]


@lru_cache(maxsize=8192)
def trimmed(text: str) -> str:
    text = _unbracketed(" ".join(text.split()).strip(EDGE + " -–—"))
    text = re.sub(r"['’]s$", "", text)
    words = text.split()
    while words and (words[0].lower() in {"and", "or", "of", "for", "with", "on"}):
        words = words[1:]
    while words and words[-1].lower() in _TRAILING:
        words = words[:-1]
    return _unbracketed(" ".join(words).lstrip(EDGE + " -–—").rstrip(END_EDGE + " -–—"))


def crosses_sentences(text: str) -> bool:
    """ "Studio Dune. Salt Road Rangers": a period ends a sentence unless it ends "Mr.", "Dr."."""
    return any(not ABBREVIATION.search(text[: m.end() - 1]) for m in SENTENCE_STOP.finditer(text))


NUMERIC = re.compile(r"[\d.,:%/#-]+")
SENTENCE_STOP = re.compile(r"\S\.\s")


@lru_cache(maxsize=8192)
def is_generic(text: str) -> bool:
    """Only generic words, dates and numbers ("New Anime", "Top Anime", "Spring 2021")."""
    content = [w.strip(EDGE).lower() for w in text.split()]
    return all(
        w in GENERIC_WORDS or MONTHS_DAYS.match(w.capitalize()) or w.isdigit() or not w
        for w in content
    )


def _unbracketed(text: str) -> str:
    """``text`` with its closing bracket put back when the stripping took a paired one."""
    return f"{text})" if text.count("(") == text.count(")") + 1 and not text.endswith("(") else text


_TRAILING = frozenset(
    {"a", "an", "the", "and", "or", "of", "for", "with", "on", "in", "at", "to", "tv", "anime"}
    | {"television", "original", "part", "season", "cour"}
)
PAST_WORK = re.compile(
    r"(?:\b(?:19|20)\d\d|\bprevious|\bearlier|\bformer|\bclassic)\s+(?:[\w-]+\s+){0,2}"
    r"(?:anime|series|film|movie|show|title)\s+$",
    re.I,
)


@lru_cache(maxsize=8192)
def plausible(text: str, *, loose: bool = False, whole: bool = False) -> bool:
    """Written like a title, and more than generic words, dates or a count; ``loose``
    for the headline's own reading, which may be in sentence case; ``whole`` for a span
    the headline writes as it stands, which may hold a period ("Tsukiuta. THE ANIMATION")."""
    words = text.split()
    if not words or len(words) > 14 or (NUMERIC.fullmatch(text) and not loose):
        return False
    if not (text[0].isupper() or text[0].isdigit() or loose):
        return False
    if all(w.isdigit() for w in words) and len(text) < 3 and not loose:
        return False
    if (crosses_sentences(text) and not whole) or (
        is_generic(text) and not (loose and text.isdigit())
    ):
        return False  # a bare number is a title only as the headline's reading ("86 Anime")
    content = [w.strip(EDGE).lower() for w in words]
    if all(lexicon().genre_pattern.fullmatch(w) or w in GENERIC_WORDS for w in content):
        return False  # "Sci-Fi Survival", "BL Mystery"
    capital = [w for w in words if w.lower().strip(EDGE) not in _SMALL_WORDS]
    if not capital or text.count("(") != text.count(")"):
        return False
    if loose:
        return True
    upper = sum(1 for w in capital if w.strip(EDGE)[:1].isupper() or w.strip(EDGE)[:1].isdigit())
    return upper / len(capital) >= 0.75


_SMALL_WORDS = _word_set(
    "of the a an no wo to x and in on at for is ni ga wa de o mo ka e na yo ne te vs vs. & with"
    " from or but be as by"
)


def _person(text: str, body: str) -> bool:
    """True when the body writes ``text`` mostly as someone in a role."""
    hits = list(_positions(text, body))
    if not hits or len(text.split()) > 4:
        return False
    roles = 0
    for start in hits:
        after = body[start + len(text) : start + len(text) + 140]
        before = body[max(0, start - 40) : start]
        roles += bool(PERSON_AFTER.match(after) or PERSON_BEFORE.search(before))
    return roles * 2 > len(hits)


def _song(body: str, start: int, end: int) -> bool:
    """A quoted span with a song's words around it ("the opening theme \"X\"") or a
    performer after it ("\"X\" by Y")."""
    return bool(SONG_WORDS.search(body[max(0, start - 60) : end + 40]) or BY_NAME.match(body, end))


def _song_title(phrase: str, body: str) -> bool:
    """True when most quoted mentions of ``phrase`` are a song's."""
    marks = [m for m in QUOTED.finditer(body) if m.group(1) == phrase]
    songs = sum(1 for m in marks if _song(body, m.start(), m.end()))
    return bool(marks) and songs * 2 > len(marks)


def _past_work(text: str, body: str) -> bool:
    """True when the body names ``text`` only as an earlier work ("the 2019 TV anime X")."""
    hits = list(_positions(text, body))
    return bool(hits) and all(PAST_WORK.search(body[max(0, s - 60) : s]) for s in hits)


def _cause(text: str, headline: str) -> bool:
    """ "Delayed Due to X": X is the reason for the news, not its show."""
    at = _first(text, headline)
    return at > 0 and bool(CAUSE_BEFORE.search(headline[:at]))


@lru_cache(maxsize=8192)
def is_company(text: str) -> bool:
    """A streamer, station, studio, company or event: never a show's title."""
    lex = lexicon()
    listed = (lex.streaming, lex.broadcasters, lex.studios, lex.companies)
    if any(p.fullmatch(text) for p in listed) or COMPANY_TAIL.search(text) or EVENT.search(text):
        return True
    return text.startswith("Studio ") and len(text.split()) <= 3


def _in(needle: str, haystack: str) -> bool:
    return bool(needle) and _first(needle, haystack) >= 0


def _first(needle: str, haystack: str) -> int:
    return next(_positions(needle, haystack), -1)


def _count(needle: str, haystack: str) -> int:
    return sum(1 for _ in _positions(needle, haystack))


def _positions(needle: str, haystack: str) -> Iterator[int]:
    """Where ``haystack`` writes ``needle`` as whole words (plain search: no pattern to
    compile for every candidate)."""
    if not needle:
        return
    start = haystack.find(needle)
    while start >= 0:
        end = start + len(needle)
        before = haystack[start - 1] if start else " "
        after = haystack[end] if end < len(haystack) else " "
        if not (before.isalnum() or before in "_'’") and not (after.isalnum() or after == "_"):
            yield start
        start = haystack.find(needle, start + 1)

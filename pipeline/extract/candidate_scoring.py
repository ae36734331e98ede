"""The title candidates' scores, and the winner's confidence and fullest form.

How often the body writes a candidate is the strongest signal; being in the headline,
being the headline's reading, following a cue and appearing early add to it. Where one
candidate holds another ("The Witch and the Beast" and "Witch and the Beast"), the
longer wins when the body writes it about as often. The winner's confidence grows with
its margin over the runner-up and its share of the total score, and is cut when the
headline does not name it at all (the article is about something else, and the show is
a guess from the body). The winner is written in its fullest form ("X: Subtitle") when
the headline speaks of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.extract.candidate_counts import named_alone, written_as_often
from pipeline.extract.candidate_filters import EVENT
from pipeline.extract.date_mentions import YEAR
from pipeline.extract.lexicon import lexicon
from pipeline.extract.near_spellings import nearly_written
from pipeline.extract.title_spans import (
    GENERIC_WORDS,
    QUOTED,
    SMALL_WORD,
    SMALL_WORDS,
    TITLE_WORD,
    occurs_in,
    positions,
)

FILM_FORM = re.compile(r"^(?:Gekij[ōo]u?-?ban|Eiga)\s|\s(?i:the)\sMovie\b")
SUBTITLE = rf"{TITLE_WORD}(?:[ ](?:{SMALL_WORD}[ ])*{TITLE_WORD}){{0,8}}"  # on one line
FILM_PREFIX = re.compile(r"(?:Gekij[ōo]u?-?ban|Eiga)[ ]$")  # in the text right before a title
PREFIX_REACH = 12
DASHED_SUBTITLE = r"[ ](?:-[A-Z][^-\n]{1,40}-|[~〜][^\s~〜][^~〜\n]{0,40}[~〜])"  # "-Y-", "~Y~"
PARTICLE_TAIL = r"(?:[ ](?:no|to|wa|ga|wo|ni)[ ][A-Z][\w'’-]*)+"  # "Kotonoha no Niwa"
FORM_TAIL = re.compile(
    rf"(?:[ ]?:[ ]{SUBTITLE}|(?:[ ][–—-])?[ ][Tt]he[ ]Movie(?::[ ]{SUBTITLE})?"  # "– The Movie: Y"
    r"|[ ](?:[Tt]he|THE)[ ](?:Animation|ANIMATION)"  # "Persona 5 the Animation"
    rf"|{DASHED_SUBTITLE}(?=[\s,.;:!?]|$)|{PARTICLE_TAIL}"  # "Tsukimichi -Moonlit Fantasy-"
    rf"|[ ]\d{{1,2}}(?![\w:])|[ ](?:[Tt]he[ ])?Final[ ]Season(?:[ ]Part[ ]\d)?)?(?![\w'’])"
)
DASHED = re.compile(rf"{DASHED_SUBTITLE}$")
PARTICLED = re.compile(rf"{PARTICLE_TAIL}$")
SECTION_SUBTITLE = re.compile(  # "X: What Else to Expect?", "X: About the Anime": a section
    r":[ ](?:What|Why|How|When|Where|Who|About|Everything|Release[ ]Date|Key[ ]Visuals?"
    r"|Trailers?|Cast|Staff|Plot|Story|Synopsis|Premieres?|Returns?|Arrives?|Debuts?|Airs?"
    r"|Streams?|Starts?|Begins?|Coming|Confirmed|Announced|Revealed|Delayed)\b"
)  # ... and a headline's news: "X: Premieres in April 2026"
NAMED_BEFORE = r"\b(?i:titled|called|named)\s+[\"“]?"
KIND_QUOTED = r"\b(?:anime|series|film|movie)\s+[\"“]"  # 'the anime series “X”'

ENTRY_WORD = r"(?!(?:Anime|Season|Part|Film|Movie|Series|TV)\b)[A-Z0-9][\w:!?'’.-]*"
ENTRY_SMALL = r"(?:to|no|wa|ga|de|of|the|and)"  # "X Nobita to Kiseki no Shima"
LANGUAGE_TAILS = frozenset((" English", " Japanese", " Spanish", " French", " German"))
NAMED_CUES = 3  # a longer candidate the body names outright ("titled X", its site's name)
CORROBORATED = 2.0  # the headline's reading, written again in the body: the show it is about
BODY_ONLY = 0.55  # the share of a title's confidence left when the headline does not name it


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


def scored(c: Candidate) -> Candidate:
    words = len(c.text.split())
    in_headline = (2.5 if words > 1 or c.grammar else 1.0) * c.in_headline
    score = 1.2 * min(c.count, 6) + in_headline + 1.2 * min(c.cues, 4) + 2.5 * c.grammar
    score += CORROBORATED * (c.grammar and c.in_headline and c.count > 0)
    score += 0.5 if c.first < 400 else 0.0
    score += 0.15 * min(words, 6)
    return Candidate(c.text, c.count, c.in_headline, c.cues, c.grammar, c.first, round(score, 3))


def _genre_tail(long: str, short: str) -> bool:
    """Whether ``long`` is ``short`` with genre words after it."""
    tail = long.removeprefix(short).split() if long.startswith(f"{short} ") else []
    return bool(tail) and all(lexicon().genre_pattern.fullmatch(w) for w in tail)


DANGLING = re.compile(r"\s(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|as|of|the|a|an|to|and|in|on|for|with)$")


def prefer_longer(ranked: list[Candidate], body: str) -> list[Candidate]:
    """Fold a candidate into a longer one that holds it, when the headline names the longer
    or the body writes it about as often ("Witch and the Beast" into "The Witch and the
    Beast"; a franchise's name into the headline's full title of one of its shows), or
    names it outright ("the official website for the 2024 Doraemon film X (...)")."""
    out = list(ranked)
    for short in ranked:
        for long in ranked:
            if long is short or not occurs_in(short.text, long.text) or long.text == short.text:
                continue
            if (
                long.text.removeprefix("The ") == short.text
                and not long.in_headline
                and not inside_sentence(long.text, body)
            ):
                continue  # a sentence's "The" before the headline's title
            if short.grammar and _genre_tail(long.text, short.text):
                continue  # "X Boys-Love" of "X Boys-Love Anime ...": the reading shed it
            if long.text.removeprefix(short.text) in LANGUAGE_TAILS:
                continue  # "X English" of "the X English dub": the dub's language
            if short.grammar and long.text.endswith(f" and {short.text}"):
                continue  # "A and X's season 3 dubs" beside the headline's X: two shows
            supported = (
                (long.in_headline and long.count) or long.count * 2 >= short.count or long.cues >= 3
            )
            only_inside = (  # "the manga X Y (Japanese name)" over a headline's "X", which
                0 < short.count <= long.count  # the body never writes alone
                and long.cues > 0
                and long.text.startswith(f"{short.text} ")
                and f"{long.text} (" in body
            )
            # a reading cut on a dangling word: "... Lives as He" of "... as He Pleases"
            cut = DANGLING.search(short.text) is not None
            full_first = long.first == short.first and not short.in_headline  # named in full
            if (
                (supported and (long.score >= short.score * 0.5 or long.cues >= NAMED_CUES or cut))
                or only_inside
                or (full_first and max(long.count, long.cues) >= 2)  # before it is shortened
                or written_as_often(long.text, short.count, body)
            ):
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
                return prefer_longer(sorted(out, key=lambda c: (-c.score, c.first)), body)
    return out


def inside_sentence(text: str, body: str) -> bool:
    """True when the body writes ``text`` somewhere other than at a sentence's start, so a
    leading "The" is the title's own ("the light novel series The Eminence in Shadow")."""
    return any(
        start and body[start - 1] == " " and body[max(0, start - 2)] not in ".!?"
        for start in positions(text, body)
    )


def confidence_of(ranked: list[Candidate]) -> float:
    """How sure the best of ``ranked`` (best first, never empty) is, 0..1."""
    best = ranked[0]
    total = sum(c.score for c in ranked[:4])
    runner = ranked[1].score if len(ranked) > 1 else 0.0
    margin = max(0.0, (best.score - runner) / best.score) if best.score else 0.0  # a name put
    # first over a higher score by a rule is no surer than a tie
    confidence = min(1.0, 0.35 + 0.4 * margin + 0.25 * best.score / total)
    if not (best.in_headline or best.grammar):
        confidence *= BODY_ONLY  # the headline names some other subject: a guess from the body
    return round(confidence, 2)


def _written_forms(title: str, body: str) -> Iterator[str]:
    """Each place the body writes ``title`` as whole words, with the film prefix before it
    and the subtitle, "the Movie" or number after it (one pattern for every title)."""
    for start in positions(title, body):
        tail = FORM_TAIL.match(body, start + len(title))
        if tail is None:
            continue  # "X's": no title of its own here
        yield film_prefix(body, start) + title + tail.group(0)


def film_prefix(body: str, start: int) -> str:
    """The film prefix ("Eiga ", "Gekijōban ") the body writes right before ``start``."""
    window = body[max(0, start - PREFIX_REACH) : start]
    lead = FILM_PREFIX.search(window)
    if lead is None:
        return ""
    at = start - len(window) + lead.start()
    return "" if at and _word_end(body[at - 1]) else lead.group(0)


def _word_end(char: str) -> bool:
    return char.isalnum() or char in "_'’"


SOURCE_BEFORE = re.compile(r"\b(?:novel|manga|game|webtoon)\s+$", re.I)
NAME_BEFORE = re.compile(r"\b(?!(?:The|A|An|New)\s)[A-Z][\w'’-]*[ ]$")  # inside another name
OTHER_MEDIUM = re.compile(
    r"\b(?:for\s+(?:the\s+)?(?:PC|PlayStation|Nintendo|Switch|Xbox|smartphones?|iOS|Android)"
    r"|(?:video|mobile|smartphone)\s+game|visual\s+novel)\b"
)


def new_entry(title: str, body: str, headline: str) -> str:
    """The name of a franchise's new entry the headline announces as "New X Anime" or "X
    movie" and the body writes whole ("New Battle Athletes Anime ..." over "Battle Athletes
    Daiundokai ReSTART! is heading to TV"; "X movie gets a trailer" over "the movie, titled
    X Code: Y"): the form the body writes most after X (for a film, after "titled" or
    "called"), or X itself."""
    if title not in headline:
        return title  # a quick check: both forms below hold the title
    lowered = headline.lower()
    if "New" not in headline and "movie" not in lowered and "film" not in lowered:
        return title  # ... and "New" or a film's word
    name = re.escape(title)
    announced = re.search(rf"\bNew\s+{name}\s+(?:TV\s+)?(?:Anime|Series|Film)\b", headline)
    if announced and re.search(rf"\bnew\s+(?:anime\s+)?(?:film|movie),?\s+{name}\b", body):
        return title  # "New X Film's Theme" over "the new film X the Movie: Y": given whole
    film = not announced and re.search(rf"\b{name}\s+(?i:movie|film)\b", headline)
    if not (announced or film):
        return title
    about_anime = "\n".join(line for line in body.split("\n") if not OTHER_MEDIUM.search(line))
    lead = NAMED_BEFORE if film else r"\b"  # a film's name is one the body gives outright
    tails = [
        m.group(1).rstrip(".")
        for m in re.finditer(
            rf"{lead}{name}((?:[ ](?:{ENTRY_SMALL}[ ])*{ENTRY_WORD})+)", about_anime
        )
        if not SOURCE_BEFORE.search(about_anime, 0, m.start())
        and not EVENT.search(m.group(0))
        and not NAME_BEFORE.search(about_anime, 0, m.start())
    ]  # not "X Hou", the game released for PC in 2014, "the novel X Labyrinth Marker", nor
    # the franchise's event or office ("the Gundam Conference", "Chief Gundam Officer")
    return f"{title}{max(tails, key=tails.count)}" if tails else title


NEWS_AFTER = re.compile(r"\s+to\s+(?:Air|Premiere|Debut|Stream|Return|Get|Receive)\b")


def full_form(title: str, body: str, headline: str) -> str:
    """The fullest form of ``title`` the body writes: with its subtitle ("X: The Witch from
    Mercury"), its film prefix and number ("Gekijōban X 2") or "the Movie: Y". Of several,
    the one whose added words the headline shares, then the most written, then the longest."""
    if "!" in title:
        body = body.replace("!\n", "! ")  # "Sai-Kyo-Oh! Zukan", which the sentence split cut
    if headline.strip() and headline != title:
        body = body.replace(headline, "\n")  # the page's copy of "X: Anime Hit Heads to Y"
    forms = [  # not the "TV" of "X : The Animation TV series"
        form.strip().rstrip(".").removesuffix(" TV") for form in _written_forms(title, body)
    ]
    said_words = set(headline.split())
    forms += [  # '"Stand By Me Doraemon"' quoted whole, its last word the headline's
        q
        for m in QUOTED.finditer(body)
        if (q := m.group(1)).startswith(f"{title} ") and set(q[len(title) :].split()) <= said_words
    ]
    given = [  # 'the anime series “X: A, B and C.”': the name given whole
        q.rstrip(".,")
        for m in QUOTED.finditer(body)
        if (q := m.group(1)).startswith(f"{title}: ")
        and re.search(KIND_QUOTED + re.escape(q), body) is not None
    ]  # not 'a special episode titled “X: Y,”', one episode's name
    forms += given
    longer = [f for f in forms if f != title and _subtitled(f, title, body)]
    if dated := YEAR.search(headline):  # "2025 X Film": not "the 2024 X film Y"
        longer = [f for f in longer if not _other_years(f, body, dated.group())]
    if not longer:
        return title
    said = _tokens(headline)
    own = _tokens(title)
    film = bool(re.search(r"\b(?:film|movie)\b", headline, re.I))
    sequel = "sequel" in headline.lower()  # "X Sequel Reveals ...": the sequel's own subtitle
    sequel = sequel or f"{title} New Anime " in headline  # "X New Anime Reveals ...": its own

    def support(form: str) -> tuple[int, int, int]:
        shared = len((_tokens(form) - own) & said)
        return (
            shared
            + (film and FILM_FORM.search(form) is not None)
            + (sequel and form.startswith(f"{title}: "))
            + _named_anime(form, body)
            + (form in given)
            + (
                DASHED.search(form) is not None
                and (longer.count(form) >= 2 or f"“{form}" in body or _named_outright(form, body))
            )  # "X -Y Z-", twice, quoted or "titled X -Y Z-"
            + (PARTICLED.search(form) is not None and longer.count(form) >= 2),  # "X no Y"
            longer.count(form),
            len(form),
        )

    best = max(longer, key=support)
    return best if support(best)[0] else title  # the headline must speak of the longer form


TITLED_TAIL = re.compile(r"(?:[ ](?:[A-Z][\w!?'’-]*|no|wa|to|of|the|ga|ni|wo|de))+")
TAIL_SMALL = re.compile(r"(?:[ ](?:no|wa|to|of|the|ga|ni|wo|de))+$")
ADAPTED = re.compile(
    r"\b(?:Inspires?|Gets?|to\s+Get|Receives?)\s+(?:an?\s+)?(?:TV\s+)?Anime\b", re.I
)
TITLED_REACH = 60  # "anime series, to be titled X": the kind word stands this close
KIND_BEFORE = re.compile(r"\b(?:anime|series)\b")


def titled_longer(title: str, body: str, headline: str) -> str:
    """The anime's own name when a headline about its source ("X Inspires TV Anime") is
    followed by a body that titles the anime ``title`` and more words ("... a television
    anime series, to be titled X SP Y no Sho (...)")."""
    at = body.find(f"titled {title} ") if ADAPTED.search(headline) else -1
    if at < 0 or not KIND_BEFORE.search(body, max(0, at - TITLED_REACH), at):
        return title
    tail = TITLED_TAIL.match(body, at + len("titled ") + len(title))
    return title + TAIL_SMALL.sub("", tail.group(0)) if tail else title


APPOSED_ANIME = ("a new anime", "a new TV anime", "a new television anime", "the new anime")


def _subtitled(form: str, title: str, body: str) -> bool:
    """Not a section ("X: Cast"), news ("X: Premieres in April"), a name quoted alone."""
    return not (
        SECTION_SUBTITLE.search(form)
        or NEWS_AFTER.match(form, len(title))
        or named_alone(form[len(title) :].lstrip(": "), body)
    )


def _other_years(form: str, body: str, year: str) -> bool:
    """Whether every paragraph that writes ``form`` names a year, and never ``year``: a
    work of another year ("The 2024 X film Y opened at #1" beside a 2025 film's news)."""
    paragraphs = [p for p in body.split("\n") if form in p]
    return bool(paragraphs) and all(YEAR.search(p) and year not in p for p in paragraphs)


def _named_anime(form: str, body: str) -> bool:
    """Whether the body calls ``form`` the anime's name ("the X The Final Season anime",
    "X: The Ultimate Battles, a new anime, will start ...")."""
    if any(f"{form}, {kind}" in body for kind in APPOSED_ANIME):
        return True
    if form.casefold().endswith(" the animation"):
        return True  # "Persona 4: The Animation": the anime's own name
    if re.search(rf"\b(?:animated|anime)\s+(?:feature|film|movie)\s+{re.escape(form)}", body):
        return True  # "The Japanese animated feature X: 1.0 Y claimed first place"
    return re.search(rf"\bthe\s+{re.escape(form)}\s+(?:TV\s+)?anime\b", body) is not None


def _named_outright(form: str, body: str) -> bool:
    """Whether the body gives ``form`` as the name ("a new TV anime titled X ~Y~")."""
    return re.search(NAMED_BEFORE + re.escape(form), body) is not None


def _tokens(text: str) -> set[str]:
    """The telling words and numbers of ``text`` (no small or generic words)."""
    words = set(re.findall(r"[a-z]+|\d+", text.lower()))
    return {w for w in words if w not in SMALL_WORDS and w not in GENERIC_WORDS and len(w) > 1}


def reconciled(found: list[Candidate], body: str, headline: str) -> list[Candidate]:
    """When the body does not write the headline's reading (a scraped page loses link text),
    a headline span inside it is either the title the reading ran past ("X" of "X Video
    Previews ...": the span starts the reading) or a stray fragment of it ("World" of "... a
    New World"), which goes; a reading that is the whole headline (no marker cut it) proves
    nothing."""
    reading = next((c for c in found if c.grammar and not c.count), None)
    if reading is None or not body.strip() or reading.text == " ".join(headline.split()):
        return found
    others = [c for c in found if c is not reading and c.in_headline]
    inside = [c for c in others if occurs_in(c.text, reading.text)]
    read = reading.text.casefold()  # "JUJUTSU KAISEN" heads "Jujutsu Kaisen Retains"
    heads = [
        c
        for c in others
        if read.startswith(c.text.casefold()) and (len(c.text.split()) > 1 or c.cues)
    ]  # "Casshern" of "New Casshern Series from Madhouse", "tentatively titled Casshern"
    if heads and not nearly_written(reading.text, body):
        return [c for c in found if c is not reading]
    return [c for c in found if c not in inside]


def word_over_its_head(ranked: list[Candidate]) -> list[Candidate]:
    """The headline's reading first when the best candidate is the head of one of its
    words: "Chihaya", the heroine the body names, inside the title "Chihayafuru"; and the
    reverse, a name first that the body writes when the reading is a foreign sentence."""
    best = ranked[0].text
    inside = next(
        (
            c
            for c in ranked[1:]
            if c.grammar and c.text.startswith(best) and c.text[len(best) : len(best) + 1].isalpha()
        ),
        None,
    )
    if inside is None and ranked[0].grammar and not ranked[0].count:  # a reading the body
        held = (c for c in ranked[1:] if c.count >= 2 and c.in_headline)  # never writes, over a
        inside = next((c for c in held if f" {c.text} " in f" {best} "), None)  # name in it the
        # body writes again and again: "Suzume" of "Suzume Replaces X As Japan's 14th ..."
        after_colon = (c for c in ranked[1:] if c.count and best.endswith(f": {c.text}"))
        inside = inside or next(after_colon, None)  # "Neues X-Projekt: Tsurune": the kicker's
    return [inside, *(c for c in ranked if c is not inside)] if inside else ranked

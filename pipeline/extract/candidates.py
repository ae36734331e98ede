"""The show's title chosen from evidence: candidates from the headline and the body, scored.

Headline grammar alone fails on real news: a headline may be about an actor, a
director, a streamer or a company ("Crunchyroll Reveals Dub Cast for X"), may carry
descriptors ("Sci-Fi Survival Anime X Unveils Cast"), or may name the show only in
its tail. So every place that could name the show proposes a candidate:

- **headline spans**: each longest run of the headline's words that the body
  also writes (word for word, same case), starting at each word;
- **headline reading**: what ``headline_reading.headline_base`` reads from the
  headline's markers ("X Anime Reveals ..."), kept even when a scraped body lost it;
  with no headline, the body's subject ("X joins the lineup");
- **body cues**: "the TV anime of Author's X manga", "titled X", "the X anime",
  "X Season 2", and quoted or emphasised spans.

A candidate that is not a title at all goes (``candidate_filters``); the rest are
scored, and the winner's confidence reckoned (``candidate_scoring``).
"""

from __future__ import annotations

import re

from pipeline.extract.candidate_checks import may_be_title, named_sequel
from pipeline.extract.candidate_counts import (
    HEAD_REPEATS,
    cue_prefixes,
    in_capitals,
    marked_count,
    quoted_count,
    recased_count,
    repeated_head,
    written_head,
)
from pipeline.extract.candidate_filters import (
    EVENT,
    NEW_WORK,
    echoes,
    every_word_capital,
    is_company,
    is_generic,
    is_song_title,
    only_credited,
    plausible,
    quotes_song,
    reads_as_person,
    song_before,
)
from pipeline.extract.candidate_scoring import (
    Candidate,
    confidence_of,
    full_form,
    new_entry,
    prefer_longer,
    reconciled,
    scored,
    titled_longer,
    word_over_its_head,
)
from pipeline.extract.headline_songs import SINGS_UNNAMED
from pipeline.extract.headline_spans import headline_spans
from pipeline.extract.late_evidence import reweighed
from pipeline.extract.near_spellings import nearly_in
from pipeline.extract.reading_forms import refined_reading
from pipeline.extract.title_cues import (
    CUE_WORDS,
    CUES,
    HEADLINE_KIND,
    JOINED_CAST,
    NAME_AFTER_KIND,
    NAMED_AS,
    NAMED_WORDS,
    OFFICIAL_NAME,
    cued_span,
    ordinal_films,
    placed_film,
    with_comma,
)
from pipeline.extract.title_forms import DEALER_LEAD, without_lead
from pipeline.extract.title_spans import (
    QUOTED,
    TITLE_LIKE,
    count_in,
    first_position,
    occurs_in,
    trimmed,
    word_set,
)

PERSON_VERB = re.compile(  # a headline's lead of a person and a verb before the show
    r"^(?:[A-Z][\w'’.-]+\s+){1,3}(?:Performs|Sings|Voices|Stars\s+in|Directs|Composes"
    r"|Joins(?:\s+(?:the\s+)?(?:Main\s+|Voice\s+)?Cast\s+(?:of|for|in))?"  # "A Joins Cast of X"
    r"|Returns\s+to|Leads|Headlines|Narrates|Previews|Teases)\s+"
)
OWNED_WORK = re.compile(
    r"['’]s\s+(?:new\s+|hit\s+|popular\s+|[Oo]riginal\s+)?['‘\"“]?(?P<t>[^'‘’\"“”]{2,80}?)['’\"”]?\s+(?:Light\s+Novels?"
    r"|Web\s+Novels?|Novels?|Manga|Webtoon|Game|Video\s+Game|(?:TV\s+)?Anime|Film|Movie)\b"
)
OPENING = re.compile(
    rf"^[\"“]?(?P<t>{TITLE_LIKE})[\"”]?(?=,|\s+(?:(?:officially|finally|still|also|now|first)\s+)?"
    r"(?:is|was|will|has|have|ran|aired|premiered|opened|opens|premieres|debuts"
    r"|debuted|returns|returned|gets|got|follows|tells|began|started|ended|became|comes|came"
    r"|may|might|could|should)\b)"
)
YEAR_LEAD = re.compile(r"^(?:19|20)\d\d\s+(?=[A-Z])")
SENTENCE_END = re.compile(r"(?<=[a-z]{2})\.\s+(?=[A-Z])")  # not "Dr. Stone"
ORDINAL_LEAD = re.compile(r"^(?:\d{1,3}(?:st|nd|rd|th)|Anime)\s+(?=[A-Z])")  # "Anime X" too
OPENINGS = 5  # the paragraphs whose opening names the show of a headline-less page
OPENING_WORDS = 8  # a paragraph, not a caption or a "Play video" line
THE_TITLE_WORDS = 3  # "The Elusive Samurai" opens a paragraph as a name
OPENING_WORDS_OUT = word_set("the this that it its there here a an in on at as after when")
PERSON_NAME = re.compile(r"(?!The\s)[A-Z][a-zōū]+(?:\s[A-Z][a-zōū]+){1,2}")  # "Katsuhisa Minami"
SPINOFF = re.compile(r"\bAnime\s+Spin-?off\b|\bSpin-?off\s+Anime:\s", re.I)  # "... Anime: Y"
ANNOUNCER_VERB = re.compile(r"\s+(?:Unveils|Announces|Reveals|Launches|Makes|Plans|Teases)\b")
OWNER = re.compile(r"^(?P<who>[^'’]{2,40})['’]s\s+")
KNOWN_FOR = re.compile(r"\b(?:known\s+for|behind|works?\s+(?:include|includes|such\s+as))\b[^.]*$")
ROLE_NOTE = re.compile(r"\bas\s+[^()\n]{1,40}\(\s*$|(?i:\bepisode)\s*\d{1,4}\s*[—–:-]?\s*$")
SOURCE_LEAD = re.compile(
    r"^(?:(?:Japanese|Korean|Chinese|Taiwanese)\s+)?(?:Manga|Manhwa|Webtoon|Light\s+Novel)\s+(?=[A-Z0-9])"
)


def choose(
    headline: str, body: str, emphasis: tuple[str, ...], grammar: str | None, link: str = ""
) -> tuple[str | None, float]:
    """The best-supported title and its confidence (0..1), or (None, 0) without one."""
    ranked = reweighed(ranked_candidates(headline, body, emphasis, grammar), link, body)
    if not ranked or _untitled_work(ranked[0], headline, body):
        return None, 0.0
    ranked = named_sequel(word_over_its_head(ranked), headline, body)
    placed = placed_film(headline, body)  # "2nd X Film ..." over "The second film, Y, ..."
    ranked = sorted(ranked, key=lambda c: c.text not in placed) if placed else ranked
    best = new_entry(ranked[0].text, body, headline)
    return titled_longer(full_form(best, body, headline), body, headline), confidence_of(ranked)


def _untitled_work(best: Candidate, headline: str, body: str) -> bool:
    """A headline about someone's new work that names none, over a body that writes its
    best candidate once, never in the headline and not as a name ("titled X"): the work
    is still untitled."""
    if best.in_headline or best.grammar or not NEW_WORK.search(headline):
        return False
    if only_credited(best.text, body):
        return True  # "director TATSUKI (Kemono Friends, Hentatsu)": the maker's earlier work
    if best.count >= 2:
        return False
    named = (
        r"\b(?i:titled|called|named|title\s+is|(?:original|new|upcoming)\s+(?:tv\s+)?anime)"
        rf"\s+[\"“‘']?{re.escape(best.text)}"
    )
    glossed = rf"{re.escape(best.text)}\s+\([^()]{{2,80}}\),\s+the\s+(?:new|upcoming|latest)\b"
    return not re.search(named, body) and not re.search(glossed, body)  # "titled X", "Its title
    # is 'X'", "original TV anime X", "X (Gloss), the new anime film"


def ranked_candidates(
    headline: str, body: str, emphasis: tuple[str, ...], grammar: str | None
) -> list[Candidate]:
    """Every plausible title, best first."""
    proposals = _Proposals(headline, body)
    _propose_from_headline(proposals, grammar)
    _propose_from_body(proposals, emphasis)
    if not headline.strip() or grammar is None or EVENT.search(grammar) or is_company(grammar):
        _propose_openings(proposals)  # no headline, or one that names no show ("X Panel from
        # Wai-Con 2013": an event's)
    found = reconciled(proposals.candidates(), body, headline)
    whole = " ".join(headline.split()) if grammar and grammar != headline else None
    kept = [scored(c) for c in found if c.text != whole and may_be_title(c, headline, body)]
    if grammar and grammar == " ".join(headline.split()) and any(c.cues and c.count for c in kept):
        kept = [c for c in kept if c.count or c.text != grammar]  # a blog's "News Worth
        # Repeating" the body never writes, over the body's cued "manga, Antique Bakery,"
    # the page's copies of a headline its reading cuts are no title ("X Film's 2nd Trailer")
    return prefer_longer(sorted(kept, key=lambda c: (-c.score, c.first, -len(c.text))), body)


class _Proposals:
    """The spans proposed as the show's title, in the order proposed, each with its
    evidence: how many cues, whether the headline writes it, whether it is the reading."""

    def __init__(self, headline: str, body: str) -> None:
        self.headline = headline
        self.body = body
        self.spans: dict[str, dict[str, object]] = {}

    def propose(self, text: str, **evidence: object) -> None:
        """Record ``text``, trimmed, with its evidence, when it is written like a title."""
        marked = text.rstrip(" \"“”’'")
        text = trimmed(text)
        if f"{marked}!" in self.headline and f"{marked}!" in self.body:
            marked = f"{marked}!"  # the headline's span stops before the title's own "!"
        if is_generic(text) and (marked.endswith("!!") or self._quoted(marked)):
            text = marked  # "New Game!!", 'New Game!': the title's own marks make it a name
        if evidence.get("grammar"):
            text = PERSON_VERB.sub("", text)  # "Hikaru Utada Performs Penguin Highway"
        text = SOURCE_LEAD.sub("", text)  # "based on Japanese Manga Pluto": Pluto
        if text not in self.headline:
            text = YEAR_LEAD.sub("", text)  # "the 2023 Rurouni Kenshin anime": the year goes
        counted = ORDINAL_LEAD.match(text)  # "the 27th X film": the franchise's count, when
        if counted and count_in(text[counted.end() :], self.body) > count_in(text, self.body):
            text = text[counted.end() :]  # the body writes X alone more (not "20th Century ...")
        owner = OWNER.match(text)
        if owner and (
            is_company(owner.group("who"))
            or reads_as_person(owner.group("who"), self.body)
            or (PERSON_NAME.fullmatch(owner.group("who")) and _owner_may_be_person(text, self.body))
        ):
            text = text[owner.end() :]  # "Netflix's X"
        # the headline's span as it stands may hold a period: "Tsukiuta. THE ANIMATION 2"
        loose = bool(evidence.get("grammar")) or bool(evidence.pop("echoed", False))
        whole = bool(evidence.get("grammar")) or (  # the reading may hold the title's own
            bool(evidence.get("headline")) and text in self.headline  # period as the body
        )  # spells it: "Tsukiuta. THE ANIMATION 2"
        if not text or not plausible(text, loose=loose, whole=whole, kana=True):
            return
        entry = self.spans.setdefault(text, {"cues": 0, "headline": False, "grammar": False})
        for key, value in evidence.items():
            if key == "cues":
                entry["cues"] = int(str(entry["cues"])) + 1
            elif value:
                entry[key] = True

    def _quoted(self, marked: str) -> bool:
        """``marked`` ends in "!" and the headline quotes it as it stands, or the body
        writes it so again and again ("NEW GAME!")."""
        quoted = any(q + marked in self.headline for q in "'\"‘“")
        times = HEAD_REPEATS - self.headline.startswith(f"{marked} ")  # one less when it leads
        return marked.endswith("!") and (quoted or self.body.count(marked) >= times)

    def candidates(self) -> list[Candidate]:
        """Each proposed span with how the body and the headline write it."""
        flat = self.body.replace("\n", " ")  # for titles the sentence split cut at "!"
        return [
            Candidate(
                text,
                count=count_in(text, self.body)
                or recased_count(text, entry, self.body)
                or marked_count(text, flat)
                or quoted_count(text, self.body),
                in_headline=bool(entry["headline"]) or occurs_in(text, self.headline),
                cues=int(str(entry["cues"])),
                grammar=bool(entry["grammar"]),
                first=first_position(text, self.body),
            )
            for text, entry in self.spans.items()
        ]


def _owner_may_be_person(span: str, text: str) -> bool:
    """Whether a name-like owner may be a person: not when another owner stands before the
    whole span ("Inio Asano's Dead Dead Demon's Dededede Destruction"), whose possessive is
    then the title's own."""
    return f"'s {span}" not in text and f"’s {span}" not in text


def _propose_from_headline(proposals: _Proposals, grammar: str | None) -> None:
    """The headline's spans the body writes, a work it names as someone's, and its
    marker reading ``grammar``."""
    headline = proposals.headline
    if grammar is None and SINGS_UNNAMED.search(headline):
        return  # "New Unit A X B Sings Anime OP": the headline names its singers only
    # with no reading to trust, "HEAVENLY DELUSION" may be the body's "Heavenly Delusion"
    unread = grammar is None or grammar == " ".join(headline.split()) or is_generic(grammar)
    cast, grammar = _joined_cast(proposals, grammar)
    for span in headline_spans(headline, proposals.body, capitals=unread):
        if span not in cast:
            proposals.propose(repeated_head(span, proposals.body) or span, headline=True)
    owned = OWNED_WORK.search(headline)
    if owned and _inside_quotes(headline[: owned.start()]):
        owned = None  # “Akiba’s Trip” TV Anime: the possessive is the title's own
    if owned:  # "Kei Sazane's Why nobody remembers my world? Novels Get TV Anime"
        # "X's Hyoka Mystery TV Anime"
        work = without_lead(DEALER_LEAD.sub("", owned.group("t")), proposals.body)
        spun = bool(SPINOFF.search(headline))  # "X's W Manga Gets Y Anime Spinoff": W's own
        proposals.propose(written_head(work, proposals.body), grammar=not spun, headline=True)
        if grammar and headline.startswith(f"{grammar}{owned.group(0)[:2]}"):
            grammar = None  # "Machiko Kyō's Cocoon Manga Gets Anime": the work's maker
    named = NAME_AFTER_KIND.search(headline)
    for _ in range(3) if named else ():  # "... Directs His 1st Anime, Lycoris Recoil"
        proposals.propose(
            named.group("q") or named.group("t") if named else "", headline=True, cues=True
        )
    kinds = [in_capitals(k.group("t"), proposals.body) for k in HEADLINE_KIND.finditer(headline)]
    for kind in kinds:  # "... Makes Original TV Anime X in October"
        proposals.propose(kind, headline=True, cues=True)
    spin_off = named.group("t") if named and SPINOFF.search(headline) else None
    named_kind = any(k in proposals.body for k in kinds) or bool(
        spin_off and spin_off in proposals.body
    )
    # ... or "X Gets Cooking Spin-Off Anime: Y", which the body names
    if (
        grammar
        and named_kind
        and (
            grammar not in proposals.body
            or ANNOUNCER_VERB.match(headline, len(grammar))
            or SPINOFF.search(headline)
        )
    ):  # the show the headline calls an anime, not a reading the body lacks, nor its
        grammar = None  # announcer ("X Unveils New Original Anime Project Y") nor the work
        # it spins off from ("X Manga Gets Y Short Anime Spinoff")
    if grammar and (is_company(grammar) or ("…" in grammar and grammar not in proposals.body)):
        grammar = None  # "X stage at Anime Japan 2023: ...": the event; "April Showers Bring…"
    if grammar:  # kept even when the body lost it (scraped link text)
        quoted = '"' in grammar or any(f"{o}{grammar}{c}" in headline for o in OPEN for c in CLOSE)
        grammar = refined_reading(grammar, headline, proposals.body, quoted=quoted)
        written = nearly_in(grammar, headline)  # or as the body spells it
        proposals.propose(grammar, grammar=True, headline=written)


def _joined_cast(proposals: _Proposals, grammar: str | None) -> tuple[str, str | None]:
    """For "A, B Join Updated X Dub Cast", X (proposed, named outright), the actors before
    it and no reading that starts with them; else no actors and the reading as it was."""
    joined = JOINED_CAST.search(proposals.headline)
    if joined is None:
        return "", grammar
    for _ in range(3):
        proposals.propose(joined["t"], headline=True, cues=True)
    cast = proposals.headline[: joined.start()]
    return cast, None if grammar and grammar.startswith(cast[:8]) else grammar


OPEN, CLOSE = "'‘\"“", "'’\"”"  # the quotation marks a headline sets a title in
QUOTED_WORDS = 12


def _inside_quotes(before: str) -> bool:
    """Whether text after ``before`` stands inside a quotation ``before`` opened."""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _propose_from_body(proposals: _Proposals, emphasis: tuple[str, ...]) -> None:
    """The body's cued spans ("titled X", "the X anime"), the title it says outright, and
    its quoted or emphasised phrases that are no song's."""
    body = proposals.body
    lines = [(line, line.lower()) for line in body.split("\n")]
    for pattern, words in zip(CUES, CUE_WORDS, strict=True):
        for line, lowered in lines:
            if not any(w in lowered for w in words):
                continue  # the cue's own words are not on this line
            for match in pattern.finditer(line):
                if pattern is CUES[0] and song_before(line, match.start("t")):
                    continue  # "the opening theme song ... is titled “X”": a song's name
                span = with_comma(cued_span(pattern, line, match), body)
                for piece in cue_prefixes(span, body):
                    proposals.propose(piece, cues=True)
    named = any(w in body for w in NAMED_WORDS)
    for match in NAMED_AS.finditer(body) if named else ():  # "has been titled X": named outright
        title = SENTENCE_END.split(match.group("t"), maxsplit=1)[0]  # "X. It opens ...": X
        if song_before(body, match.start("t")):
            continue
        if body[match.start("t") - 1] in "\"“‘'":  # "Its title is 'X & Y.' A teaser ...": X & Y
            title = re.split(r"[\"”’']", title)[0].rstrip(".,")
        for _ in range(3):
            proposals.propose(title, cues=True)
    for title in ordinal_films(proposals.headline, body):  # "X, the third film"
        for _ in range(3):
            proposals.propose(title, cues=True)
    for match in OFFICIAL_NAME.finditer(body):  # the full name its website goes by
        for _ in range(3):
            proposals.propose(match.group("t"), cues=True)
    quoted = [
        m.group(1)
        for m in QUOTED.finditer(body)
        if not quotes_song(body, m.start(), m.end())
        and not KNOWN_FOR.search(before := body[max(0, m.start() - 60) : m.start()])
        and not ROLE_NOTE.search(before)
    ]  # not "the studio known for 'X' and 'Y'": its earlier works
    for phrase in (*emphasis, *quoted):
        spoken = phrase.split()
        if len(spoken) > QUOTED_WORDS and not every_word_capital(spoken):
            continue  # a quoted sentence, not a light novel's long title
        if phrase in body and not is_song_title(phrase, body):
            proposals.propose(phrase, cues=True, echoed=echoes(phrase, proposals.headline))


def _propose_openings(proposals: _Proposals) -> None:
    """With no headline, the name an opening paragraph starts with ("Orient, the newest
    anime ...", "CITY THE ANIMATION is ..."), when the body writes it again."""
    paragraphs = [p for p in proposals.body.split("\n") if len(p.split()) >= OPENING_WORDS]
    for paragraph in paragraphs[:OPENINGS]:
        match = OPENING.match(paragraph)
        name = match.group("t") if match else ""
        words = name.split()
        named = len(words) >= THE_TITLE_WORDS and words[0] == "The"  # "The Elusive Samurai is"
        if not words or (words[0].lower() in OPENING_WORDS_OUT and not named):
            continue
        if _family_name(name, proposals.body):
            continue  # "Ono is ..." after "Kensho Ono": a person
        if count_in(name, proposals.body) >= 2:
            for _ in range(2):
                proposals.propose(name, cues=True)


def _family_name(text: str, body: str) -> bool:
    """A one-word name the body also writes after a given name ("Kensho Ono"), or one
    it writes mostly in someone's role."""
    given = rf"\b(?!(?:The|This|That|An?|Its|Our|New|Play)\s)[A-Z]\w+\s{re.escape(text)}\b"
    if " " not in text and re.search(given, body):  # not "The Arknights anime"
        return True
    return reads_as_person(text, body)

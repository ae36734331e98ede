"""Checks that rule a proposed title out before it is scored: a year, a story arc's name,
a company's or a maker's name the headline writes it with, the headline's news words, a
person, a magazine, a part someone plays, or a reading the body never writes that is too
long (or too full of companies) to be link text a scrape lost; and, after scoring, a
sequel's own name put first (``named_sequel``)."""

from __future__ import annotations

import re

from pipeline.extract.candidate_filters import (
    PERSON_BEFORE,
    ROLE_REACH,
    is_cause,
    is_company,
    is_magazine,
    is_past_work,
    played_role,
    reads_as_person,
)
from pipeline.extract.candidate_scoring import Candidate
from pipeline.extract.date_mentions import YEAR
from pipeline.extract.headline_marks import TITLE_MARK
from pipeline.extract.lexicon import lexicon
from pipeline.extract.names import owner_forms
from pipeline.extract.title_spans import mostly_owner, positions

MAKER_AFTER = re.compile(
    r"\s+(?:Director|Creator|Author|Mangaka|Studio|Staff|Team|Writer|Composer)(?:['’]s|\s+(?P<next>[A-Z])"
    r"(?!(?:ays|alks|omments|xplains|romises|iscusses|eflects|ants|opes)\b))"  # not "... Says"
    r"|\s+(?:director|creator|author)(?:['’]s)?\s+(?:releasing|making|directing|announces|reveals"
    r"|returns|is|will|to|has|'s|’s)\b"  # "X director releasing next film in July"
    r"|['’]s\s+[A-Z][a-z]+\s+[A-Z][a-z]+\s+(?i:to|will)\s+(?i:direct|helm|write|compose|design)\b"
)  # "Revue Starlight's Takushi Koide To Direct ...": the person's earlier work
PLACE_AFTER = re.compile(  # a place or a programming block ("the Noitamina block")
    r"\s+(?i:prefecture|city|island|region|ward|district|(?:programming\s+)?block)\b"
)
THEME_AFTER = re.compile(  # a theme ('The "Engeki x Idol"-themed project'), where the body
    r"[\"”’']?-(?:themed|styled?|inspired|esque|like|based|centric|focused|flavou?red)\b"
)  # writes the name so most of the time, not once beside the show's own "X-themed concerts"
_MAKER = r"(?:Author|Creator|Director|Writer|Maker|Studio|Team)\s+(?:of|behind)\s+"
MAKER_OF = re.compile(rf"\b{_MAKER}(?:[^,:]{{1,60}}?\s+(?:and|&)\s+)?$")
MAKER_LEAD = re.compile(rf"(?:The\s+)?{_MAKER}")
MAKER_NEWS = re.compile(
    r"\s+(?:Announces|Reveals|Unveils|Teases|Confirms)\s+(?:(?:His|Her|Their)\s+)?(?:New|Next|Latest)"
    r"\s+(?:Original\s+)?(?:Anime\s+)?(?:Film|Movie|Series|Project|Work)\b"
)
PLACE_END = re.compile(r"\s(?i:prefecture)$")  # not "X Island", "X City", "Tokyo 24th Ward"
NEWS_PARTICIPLE = re.compile(
    r"\s(?:Announced|Revealed|Unveiled|Confirmed|Delayed|Postponed"
    r"|to\s+(?:Create|Direct|Make|Produce|Helm|Write|Compose|Launch))\b"
)  # "X Announced for 2020", "Mamoru Oshii to Create New Anime Series": news, not a name
COMPANY_TAIL = re.compile(
    r"\s+(?:Bros\.?|Inc\.?|Co\.|Corp\.?|Ltd\.?|Entertainment|Pictures)(?!\w)"
    r"|\s+(?:Licenses?|Acquires?)\s+(?:\w+\s+)?(?:Series|Shows|Titles|Anime)\b"
)  # "Warner Bros. Teases ...", "Bandai License Two Series": a company
TWO_SEASONS = re.compile(r"\bSeason\s+\d{1,2}\s+(?:and|&)\s")
SEASON_END = re.compile(r"\b(?:Spring|Summer|Fall|Autumn|Winter)\s+\d{4}$")
LOST_READING_WORDS = 8  # a reading the body lost (scraped link text) is a title this long
MARKED_READING_WORDS = 14  # ... or this long, with a title marker after it ("X Anime's")


def may_be_title(c: Candidate, headline: str, body: str) -> bool:
    """False for a candidate the body never writes (unless it is a short headline reading),
    an earlier work the headline does not name, the news's cause, a person, a company or a
    year ("X's 2018 Film Y")."""
    if YEAR.fullmatch(c.text) or (not c.count and SEASON_END.search(c.text)):
        return False  # a year, or a blog's "FlareKnights Fall 2015" (Preview) the body lacks
    if PLACE_END.search(c.text) or TWO_SEASONS.search(c.text):
        return False  # "Saga Prefecture": a place; "X Season 3 and Y": two titles
    if _channel_part(c.text, headline):
        return False  # "Fuji" of "Crunchyroll e Fuji TV ...", "Crunchyroll X" of a caption
    if _quoted_arc(c.text, headline):
        return False  # "Tougen Anki 'Nerima Arc' Reveals ...": a part of the show
    at = headline.find(c.text)
    if at >= 0 and COMPANY_TAIL.match(headline, at + len(c.text)):
        return False  # "Warner" of "Warner Bros. Teases ...": a company's name
    maker = MAKER_AFTER.match(headline[at + len(c.text) :].lstrip("!?")) if at >= 0 else None
    if maker and not (maker["next"] and _anime_itself(c.text, body)):
        return False  # "Sword Art Online Director's Original Film X": the maker's earlier work,
        # not "X Composer Updates Fans ..." over the body's "the X anime adaptation"
    if (at > 0 and MAKER_OF.search(headline, 0, at)) or MAKER_LEAD.match(c.text):
        return False  # "The Author of Maquia and Ano Hana Returns ...": earlier works
    if at == 0 and MAKER_NEWS.match(headline, len(c.text)) and _in_a_role(c.text, body):
        return False  # "Mamoru Hosoda Announces New Film Project" over "director Mamoru Hosoda"
    if at >= 0 and NEWS_PARTICIPLE.search(c.text):
        return False  # "X Announced for 2020": the headline's news, quoted in the comments
    return bool(
        (c.count or (c.grammar and _lost_reading(c.text, headline)))
        and (c.in_headline or c.grammar or not is_past_work(c.text, body, headline))
        and not is_cause(c.text, headline)
        and not reads_as_person(c.text, f"{headline}\n{body}")
        and not (_owns_in(c.text, headline) and reads_as_person(c.text, body))  # "X's Film"
        and not is_magazine(c.text, body)
        and (c.in_headline or not played_role(c.text, body))  # "A will play Kage": a part
        and not (f"{c.text}'s " in headline and mostly_owner(c.text, body))  # "King's Game"
        and not _company_named(c.text, body)
        and not _described_as_company(c.text, body)
        and not _a_place_or_theme(c.text, body)
    )


COMPANY_BEFORE = re.compile(  # "the theater chain SM Cinema", "the film distributor Odex"
    r"\b(?:(?:theat(?:er|re)|cinema)\s+chain|distributor|publisher|retailer|ticketing\s+website"
    r"|(?:TV|television)\s+(?:network|station|channel))\s+$",
    re.I,
)


def _described_as_company(text: str, body: str) -> bool:
    """A name the body introduces as a company: a cinema chain, a distributor, a publisher."""
    return any(COMPANY_BEFORE.search(body, max(0, s - 40), s) for s in positions(text, body))


def _company_named(text: str, body: str) -> bool:
    """A company or event named by ``text`` or by its first words, unless the body writes
    ``text`` with a name's own mark ("Dream Festival!" is a show, not a festival), or the
    head of a company's name wherever the body writes it."""
    words = text.split()
    if f"{text}!" in body:
        return any(is_company(" ".join(words[:n])) for n in (1, 2, 3) if n < len(words))
    if is_company(text) or any(is_company(" ".join(words[:n])) for n in (1, 2, 3)):
        return True
    heads = [NEXT_WORD.match(body, at + len(text)) for at in positions(text, body)]
    return bool(heads) and all(h and is_company(f"{text} {h[1]}") for h in heads)  # "Kyoto" of
    # "Kyoto Animation" every time the body writes it: the studio's name


NEXT_WORD = re.compile(r"[ -]([A-Z][\w.]*)")


def _anime_itself(text: str, body: str) -> bool:
    """Whether the body names ``text`` as the anime itself ("the X anime adaptation")."""
    return re.search(rf"\b{re.escape(text)}(?:['’]s)?\s+(?:TV\s+)?anime\b", body) is not None


SEQUEL_TITLED = (  # "Titled Y, the sequel will ...", "the sequel, titled Y,"
    r"\b[Tt]itled\s+{0},?\s+the\s+(?:new\s+)?sequel\b|\bsequel,?\s+(?:is\s+)?titled\s+{0}\b"
)


def named_sequel(ranked: list[Candidate], headline: str, body: str) -> list[Candidate]:
    """The sequel's own name first when the headline announces a sequel of a work and the
    body gives the sequel's title ("A sequel to the film X ... Titled Y, the sequel ...")."""
    if "sequel" not in headline.lower() or "sequel" not in body:
        return ranked
    named = next(
        (c for c in ranked[1:] if re.search(SEQUEL_TITLED.format(re.escape(c.text)), body)), None
    )
    return [named, *(c for c in ranked if c is not named)] if named else ranked


def _channel_part(text: str, headline: str) -> bool:
    """A station's or streamer's name cut short by the headline's words ("Fuji" of "Fuji
    TV"), or such a name leading the title of a picture's caption ("Crunchyroll X Y")."""
    lex = lexicon()
    words = text.split()
    if len(words) >= 3 and any(lex.is_channel(" ".join(words[:n])) for n in (1, 2)):
        return True
    at = headline.find(f"{text} ")
    after = headline[at + len(text) + 1 :].split()[:1] if at >= 0 else []
    return bool(after) and len(words) <= 2 and lex.is_channel(f"{text} {after[0]}")


def _owns_in(text: str, headline: str) -> bool:
    return any(form in headline for form in owner_forms(text))


def _lost_reading(text: str, headline: str) -> bool:
    """A headline reading the body does not write (a scrape lost the link text) may still be
    the title: a short one, or a longer one the headline marks as a title ("X Anime's")."""
    tokens = [w.strip("?!:,.") for w in text.split()]
    spans = (" ".join(tokens[i : i + n]) for n in (1, 2, 3) for i in range(len(tokens)))
    if any(is_company(span) for span in spans):
        return False  # "Goodbye Crunchyroll? Amazon Prime Video": companies' news, no title
    if len(tokens) == 2 and tokens[0] in ("A", "An") and headline.startswith(text):
        return False  # "A Gluttonous Anime Arrives ...": an article and a word describe it
    words = len(tokens)
    if words <= LOST_READING_WORDS:
        return True
    at = headline.find(text)
    if at > 0 and KIND_QUOTE.search(headline, 0, at):
        return True  # 'TV Anime "I'm going to fall in love with you anyway."': quoted as one
    return (
        words <= MARKED_READING_WORDS
        and at >= 0
        and bool(TITLE_MARK.match(headline, at + len(text)))
    )


KIND_QUOTE = re.compile(r"\b(?i:anime|film|movie|series)\s+[\"“「『‘']$")


QUOTED_ARC = re.compile(  # "X 'Y Arc' ...", "X's 'Y' Arc Trailer"
    r"(?<=\S\s)['‘\"“](?P<arc>[^'’\"”:]{2,60}\sArc)['’\"”]"
    r"|(?<=\S\s)['‘\"“](?P<bare>[^'’\"”:]{2,60})['’\"”]\s+Arc\b"
)


def _quoted_arc(text: str, headline: str) -> bool:
    """A story arc's name, or a piece of it, that the headline quotes after the show's
    ("X 'Y Arc' Reveals ...")."""
    return any(text in (m["arc"] or m["bare"]) for m in QUOTED_ARC.finditer(headline))


def _in_a_role(name: str, body: str) -> bool:
    """Whether the body writes ``name`` right after a role ("Anime director X")."""
    return any(
        PERSON_BEFORE.found(body[max(0, at - ROLE_REACH) : at]) for at in positions(name, body)
    )


def _a_place_or_theme(text: str, body: str) -> bool:
    """Whether the body writes ``text`` as a place or a block once, or as a theme ("X-themed")
    in most of its mentions."""
    at = list(positions(text, body))
    themed = sum(bool(THEME_AFTER.match(body, a + len(text))) for a in at)
    return any(PLACE_AFTER.match(body, a + len(text)) for a in at) or themed * 2 > len(at)

"""The headline's reading as the body writes it whole: with the subtitle the headline
gives after a colon, with the words a "!" or "." cut off before it, and with the subtitle
colon the headline drops ("Joran the Princess of ..." for "Joran: The Princess of ...");
``refined_reading`` applies them, and the other checks against the body, in turn."""

from __future__ import annotations

import re
from collections import Counter

from pipeline.extract.candidate_counts import repeated_head, written_head
from pipeline.extract.candidate_filters import crosses_sentences, is_generic
from pipeline.extract.lexicon import lexicon
from pipeline.extract.near_spellings import with_small_words
from pipeline.extract.title_forms import TITLE_LIKE, without_lead

LOST_COLON = re.compile(r"^(\S+(?:\s\S+)?) the ")  # a subtitle's colon the headline drops
CAPITALS_LEAD = re.compile(  # "MIRAI OF THE FUTURE UK Limited Theatrical Run Dated ..."
    r"^(?P<t>[A-Z0-9][A-Z0-9'’!?:&.-]*(?:\s+[A-Z0-9][A-Z0-9'’!?:&.-]*)+?)"
    r"(?:\s+(?:UK|US|U\.S\.|U\.K\.|NA|EU))?(?=\s+[A-Z][a-z])"
)

FRANCHISE_FILM = re.compile(  # "Demon Slayer Movie Mugen Train Gets Blu-Ray Release Date"
    r"^(?P<f>[^:'\"“‘]{2,60}?)\s+(?:Movie|Film)\s+(?P<t>[A-Z][^:'\"“‘]{1,60}?)"
    r"(?=\s+(?:Gets|Reveals|Sets|Opens|Tops|Hits|Earns|Lands|Streams|Premieres|Debuts|Heads"
    r"|Arrives|Is|Will)\b)"
)


def film_of_franchise(headline: str, body: str) -> str:
    """``headline`` from its film's own name on, when it names the franchise, "Movie" and
    the film ("Demon Slayer Movie Mugen Train Gets ...") and the body names the film more."""
    named = FRANCHISE_FILM.match(headline)
    if named is None or body.count(named["t"]) <= body.count(named["f"]):
        return headline
    return headline[named.start("t") :]


def capitals_lead(headline: str) -> str | None:
    """The title a headline sets in capitals before its title-case words, without a region
    after it ("MIRAI OF THE FUTURE" of "MIRAI OF THE FUTURE UK Limited Theatrical Run")."""
    lead = CAPITALS_LEAD.match(headline)
    words = lead["t"].split() if lead else []
    return lead["t"] if lead and sum(len(w) >= 3 for w in words) >= 2 else None


def colon_kept(piece: str, found: str, body: str) -> str | None:
    """The body's "Joran: The Princess of ..." for the headline's "Joran the Princess of
    ...", whose subtitle colon the headline drops (``found`` is the part after it)."""
    colon = LOST_COLON.sub(r"\1: The ", piece, count=1)
    return colon if found != piece and colon != piece and colon in body else None


def with_subtitle(reading: str, headline: str, body: str) -> str:
    """The reading with the subtitle the headline gives it after a colon, as the body
    writes the whole ("X: From Y to Z" of the headline, "X - From Y to Z" in the body)."""
    at = headline.find(f"{reading}: ")
    if at < 0:
        return reading
    words = headline[at + len(reading) + 2 :].split()
    copies = body.count(headline)  # the page's copies of the headline prove nothing
    for size in range(min(8, len(words)), 1, -1):
        subtitle = " ".join(words[:size])
        for joint in (": ", " - ", " – ", " — "):
            if body.count(f"{reading}{joint}{subtitle}") > (copies if joint == ": " else 0):
                return f"{reading}{joint}{subtitle}"
    return reading


def past_its_mark(reading: str, headline: str, body: str) -> str:
    """The reading with the words before it that a "!" or "." cut off ("Yuri!!! On Ice" for
    "On Ice", "Tsukiuta. THE ANIMATION 2"), when the body writes the whole."""
    at = headline.find(reading)
    if at <= 0 or headline[:at].rstrip()[-1:] not in ("!", ".", "?"):
        return reading
    words = headline[:at].split()
    flat = body.replace("\n", " ")  # the sentence split cut the title at its mark
    for size in range(min(4, len(words)), 0, -1):  # the longest the body writes
        whole = f"{' '.join(words[-size:])} {reading}"
        if whole in flat:
            return whole
    return reading


KIND_LEAD = re.compile(r"^(?P<g>(?:[\w-]+\s+){1,2}?)(?:Series|Anime|Manga|Show)\s+(?=[A-Z0-9])")


def without_genre_lead(piece: str) -> str:
    """``piece`` without a lead of genre words and a kind ("Archery Series Tsurune")."""
    lead = KIND_LEAD.match(piece)
    genre = lexicon().genre_pattern
    if lead and all(genre.fullmatch(w.lower()) for w in lead["g"].split()):
        return piece[lead.end() :]
    return piece


SOURCE_AFTER = re.compile(r"\s+(?:Light\s+|Web\s+)?(?:Novels?|Manga|Game)\b")


def refined_reading(reading: str, headline: str, body: str, *, quoted: bool) -> str:
    """The headline's marker reading as the body bears it out: without a generic lead and
    with the small words it dropped ("Yuuna and the Haunted Hot Springs"), unless the
    headline quotes it; with the words a "!" cut off and the subtitle the body writes;
    without descriptors before a source word ("X Isekai Social Reform Novel"); and the head
    the body repeats ("Frieren" of "Frieren is 2-Hour long")."""
    if not quoted:  # not the quoted 'Library War', nor 'Sing "Yesterday" for Me'
        reading = without_lead(reading, body)
        reading = with_small_words(reading, body) or reading
    reading = with_subtitle(past_its_mark(reading, headline, body), headline, body)
    if SOURCE_AFTER.match(headline, headline.find(reading) + len(reading)):
        reading = written_head(reading, body)
    if reading != " ".join(headline.split()):  # a reading that no marker cut proves nothing
        reading = repeated_head(reading, body) or reading
    return reading


def slashed_head(text: str) -> list[str]:
    """The first of two titles a slash joins ("Kimi no Na wa./your name."), to try when the
    body does not write them joined (it writes "Fate/stay night" whole, which is tried first)."""
    head, slash, _ = text.partition("/")
    return [head.strip()] if slash and " " in head.strip() else []


BODY_SUBJECT = re.compile(
    rf"(?P<t>{TITLE_LIKE})\s+(?:will\s+(?:begin\s+airing|premiere|debut|air|run|stream)"
    r"|premieres|is\s+directed\s+by|is\s+produced\s+by|joins|begins|starts|kicks\s+off)\b"
)
NOT_A_TITLE = re.compile(
    r"^(?:The|It|This|That|He|She|They|We|Its|Their|A|An|Thus|So|Then|Now|Here|There|Soon|Next"
    r"|Finally|Today|Also|Hence|Which|What|Who|Everything|Nothing|Everyone)$"
)  # not the "Thus" of "Thus begins the journey": an adverb before its verb


def body_subject(body: str) -> str | None:
    """The body's most frequent subject of "X will begin airing", "X joins", "X is directed by"."""
    counts = Counter(
        m.group("t")
        for m in BODY_SUBJECT.finditer(body)
        if not NOT_A_TITLE.match(m.group("t"))
        and not crosses_sentences(m.group("t"))
        and not is_generic(m.group("t"))  # "Our Winter 2020 Preview Guide kicks off ..."
    )
    return counts.most_common(1)[0][0] if counts else None

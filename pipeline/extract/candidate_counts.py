"""How often the body writes a candidate title in forms the plain whole-word count
(``title_spans.count_in``) passes over: in single quotes, across the marks the sentence
split cut at, in the body's own letter case, or with its small words in either case; and
the heads of a cued span the body writes more often than the span, a headline's owned
work as the body writes it, a headline's name as the body writes it in capitals, and the
head of a headline's span before a verb's link word."""

from __future__ import annotations

import re

from pipeline.extract.candidate_filters import is_generic
from pipeline.extract.title_spans import SMALL_WORDS, count_in, occurs_in, word_set

VERB_LINK = word_set("is are will gets has")  # "X is 2-Hour long"; "to" joins names ("A to B")
TITLE_PHRASE = word_set("a an the not still")  # "The Devil is a Part-Timer": the title's own
HEAD_REPEATS = 3


def quoted_count(text: str, body: str) -> int:
    """How often the body writes the title in single quotes ("Its title is 'X.'"), which
    the plain count passes over as it would a word after an apostrophe."""
    return body.count(f" '{text}") + body.count(f" ‘{text}")


def marked_count(text: str, flat: str) -> int:
    """How often the body, its lines joined (``flat``), writes a title holding "!", "?" or
    ". " ("Soreike! Anpanman Kagayake! Kurun ...", "Tsukiuta. THE ANIMATION 2") that the
    sentence split has cut at its marks."""
    if "!" not in text and "?" not in text and ". " not in text:
        return 0
    return count_in(text, flat)


def small_case_count(text: str, body: str) -> int:
    """How often the body writes ``text``, its small words in either case ("With The X"
    as "With the X")."""
    first, *rest = text.split()  # a leading "The" as written: "for the X" is no "The X"
    words = [re.escape(first)]
    words += [f"(?i:{re.escape(w)})" if w.lower() in SMALL_WORDS else re.escape(w) for w in rest]
    return len(re.findall(r"\s+".join(words), body))


def recased_count(text: str, entry: dict[str, object], body: str) -> int:
    """How often the body writes the headline's reading in its own letter case ("To your
    eternity season 2" for "To Your Eternity"); a one-word reading only in capitals."""
    if not entry["grammar"]:
        return 0
    if len(text.split()) < 2:  # one word only in capitals, as a logo writes it: "KAGINADO"
        return count_in(text.upper(), body) if text != text.upper() else 0
    return body.casefold().count(text.casefold())


def cue_prefixes(span: str, body: str) -> list[str]:
    """``span`` and its shorter heads: a cue's greedy capture runs into the next words."""
    words = span.split()
    heads = [" ".join(words[:n]).rstrip(":;,") for n in range(len(words), 0, -1)]
    heads = [h for h in heads if h == span or h.split()[-1].lower() not in SMALL_WORDS]
    return [h for h in heads if h == span or count_in(h, body) > count_in(span, body)][:3]


def written_head(work: str, body: str) -> str:
    """The headline's owned work as the body writes it, without the descriptor the
    headline adds ("Cocoon Wartime" of "X's Cocoon Wartime Manga" over "X's Cocoon
    manga"); ``work`` itself when the body writes it whole or no head of it."""
    words = work.split()
    if occurs_in(work, body) or len(words) < 2:
        return work
    spelled = work.replace(" & ", " and ")  # "Princess & the Pilot": "The Princess and the Pilot"
    for form in (f"The {spelled}", spelled):
        if form != work and occurs_in(form, body):
            return form
    heads = (" ".join(words[:end]) for end in range(len(words) - 1, 0, -1))
    return next((h for h in heads if occurs_in(h, body) and not is_generic(h)), work)


def in_capitals(name: str, body: str) -> str:
    """A headline's name as the body writes it in capitals ("Belle" → "BELLE"), when the
    body never writes it as the headline does."""
    upper = name.upper()
    return upper if upper != name and occurs_in(upper, body) and not occurs_in(name, body) else name


def repeated_head(span: str, body: str) -> str | None:
    """The head of a headline's span before a verb's link word, when the body writes that
    head at least twice as often as the span and at least twice (a one-word head three
    times): "Frieren" of "Frieren is 2-Hour long", which only the page's copies of the
    headline write."""
    words = span.split()
    link = next((i for i, w in enumerate(words[1:], 1) if w.lower() in VERB_LINK), None)
    if link is None or link + 1 >= len(words) or words[link + 1].lower() in TITLE_PHRASE:
        return None
    head = " ".join(words[:link])  # not counted where the body too links it so: "The
    times = count_in(head, body) - len(
        re.findall(rf"{re.escape(head)}\s+(?i:{words[link]})\b", body)
    )
    # Detective is Now Dead" and "The Detective Is Already Dead" give no "The Detective"
    if times < (HEAD_REPEATS if link == 1 else 2):  # one word needs more proof
        return None
    return head if times >= 2 * max(1, count_in(span, body)) else None


def written_as_often(long: str, short_count: int, body: str) -> bool:
    """The body writes ``long``, its small words in either case ("... With The X", "...
    With the X"), twice at least and half as often as the name it holds."""
    if long.lower() not in body.lower():
        return False  # a quick check: not written in any case
    written = small_case_count(long, body)
    return written >= 2 and written * 2 >= short_count


def named_alone(name: str, body: str) -> bool:
    """Whether the body sets ``name`` apart in quotation marks of its own ("「Y」")."""
    return bool(name) and any(f"{o}{name}{c}" in body for o, c in ("「」", "『』", "“”"))

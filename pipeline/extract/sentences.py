"""Sentences, and which of them speak about something other than this show's run.

A sentence about the first season, an earlier OVA, a second cour's start, a
festival screening or a company's back catalogue must not give this show its
premiere date, stations, studio or episode count.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.lexicon import lexicon

SENTENCE_END = re.compile(
    r"(?:(?<=[.!?][\"”’)])|(?<=[.!?]))\s+(?=[\"“(\[]?(?:[A-ZĀĒĪŌŪÉ]|\d(?!\d*,)))|(?<=;)\s+(?=\S)"
    # not "Ketsuekigata-kun! 4, Koyomimonogatari": a title's number before a list's comma
)
ABBREVIATION = re.compile(
    r"(?:\b(?:a\.m|p\.m|Ms|Mr|Mrs|Dr|St|Jr|Sr|Prof|Inc|Co|Ltd|Corp|vs|Vol|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug"
    r"|Sep|Sept|Oct|Nov|Dec|approx|etc|feat|ft|U\.S|e\.g|i\.e)\.|(?<![\w.])(?:[A-Z]\.){2,}"
    r"|(?<=[a-zāēīōū] )[A-Z]\.|(?<=[\[(])Ed\.)$"
)  # and initials: "J.C. Staff", "P.A. Works", "Tarō J. Suzuki"; an editor's "[Ed. Note: ..."
TAIL = 24  # an abbreviation or initials end a piece within this many characters
TITLE_MARK = re.compile(  # "the Sai-Kyo-Oh! Zukan ...", "Welcome to Demon School! Iruma-kun"
    r"(?:\b(?:the|a|an|no|wo|ni|ga|wa|manga|anime|series|titled|called|named|novel|game|film|movie)"
    r"|(?<![.!?]\s)(?<!^)\b[A-Z][\w'’-]*:?)\s+[A-Z][\w'’-]*[!?]+$"  # "titled Shinryaku!? Ika ..."
)
SENTENCE_OPENER = re.compile(
    r"(?:It|Its|This|That|These|Those|He|She|They|We|I|You|There|Here|But|And|So|His|Her|Their"
    r"|Our|My)\b"
)
PREVIOUS_RUN = re.compile(
    r"(?<!since the )\b(?:previous|last|prior|earlier|past)(?: two| three)? "
    r"(?:seasons?|series|run|cours?)\b"
    r"|\bOVA\b|original video anime|\bpreviously inspired\b"
    r"|\bcatalog(?:ue)?\b|(?<!be )(?<!-)\bstreamed\b|\bavailable now\b"  # not "live-streamed"
    r"|\b(?:just|recently|already)\s+(?:ended|finished|concluded|wrapped)\b"
)
FIRST_SEASON = re.compile(  # the previous run only when the article is about a sequel
    r"(?<!since the )\bfirst(?: two| three)? (?:seasons?|series|run|part)\b|\bseason (?:one|1)\b"
)
SAME_RUN = re.compile(r"\b(?:as|while|when)\s+it\s+(?:aired|airs|premiered)\b", re.I)
THAT_RUN = re.compile(r"\b(?:that|first|previous|last|earlier)\s+(?:season|series|run|cour)", re.I)
RETURNING = re.compile(
    r"\breturns?\b|\breturning\b|\bagain\b|\bcontinu|\b(?:are|is)\s+(?:both\s+)?back\b"
    r"|\bcom(?:e|es|ing)\s+back\b"
    r"|\bis\s+the\s+new\s+(?:chief\s+)?director\b|\bjoin(?:s|ing)\s+the\s+(?:main\s+)?(?:staff|cast)\b",
    re.I,  # "X is the new director, joining the staff and cast from the first two seasons"
)
LATER_EPISODE = (  # "the 12th episode", "episodes 12 and 13"
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
    r"episode|\bepisodes?\s+(?:[2-9]|\d\d)\b"
)
LATER_EPISODE_FIRST = re.compile(rf"^\W*(?:the\s+)?(?!1st\b)(?:{LATER_EPISODE})", re.I)
NOT_THE_PREMIERE = re.compile(
    r"\bfestival\b|\bscreen(?:s|ed|ing)?\b(?<!started screening)(?<!began screening)"
    r"(?<!starts screening)(?<!begins screening)"
    r"|\bin advance\b|\bworld premiere\b|\bAnime Expo\b"
    r"|\b(?:second|2nd|latter) (?:cour|half|part)\b"
    r"|\boriginally\b|\bpreviously\s+(?:scheduled|slated|set)\b"
    r"|\bhad\s+(?:first\s+|originally\s+)?been\s+(?:set|scheduled|slated|planned|announced)\b"
    r"|\bwas\s+(?:set|scheduled|slated|planned)\s+to\b"  # the date it had before a delay
    r"|\b(?:pushed\s+back|delayed|postponed|moved)\s+from\b"
    r"|\blive-action\b|\bstage\s+(?:play|musical)\b|\boutside\s+(?:of\s+)?Japan\b"
    r"|\b(?:started|began|begun)\s+(?:publishing|serializing|printing)\b"
    rf"|{LATER_EPISODE}|\brebroadcast|\bthe\s+episode\s+will\b"
    r"|\b(?:video|trailer|teaser|PV|visual)\s+(?:(?:was\s+)?released\s+on|from)\b|\bcrowdfunding\b"
    r"|\bclos(?:e|es|ed|ing)\s+(?:from|on|after)\b|\bstate\s+of\s+emergency\b"
    r"|\bannouncement,?\s+(?:\w+\s+){0,2}(?:scheduled|set|slated|planned|due)\b"
    r"|\bbox\s+set\b|\bBlu-ray\b|\bDVD\b|\bhome\s+video\b"
    r"|\b(?:video|trailer|teaser|PV|special|program)\s+will\s+(?:premiere|air|debut|start)\b"
    r"|\bahead\s+of\s+(?:the|its)\s+(?:anime|series|premiere|show|film)\b"
    r"|\b(?:first|initially)\s+(?:planned|scheduled|slated|set)\b|\baudition|\bradio\b",
    re.I,
)


def split_sentences(text: str) -> list[str]:
    """Sentences of one paragraph, keeping abbreviations such as "a.m." and "Oct." inside."""
    pieces = SENTENCE_END.split(text)
    sentences: list[str] = []
    for piece in pieces:
        open_bracket = sentences and sentences[-1].count("(") > sentences[-1].count(")")
        titled = (
            sentences
            and sentences[-1][-1:] in "!?"
            and TITLE_MARK.search(sentences[-1][-TAIL * 2 :])
            and not SENTENCE_OPENER.match(piece)  # "the anime Hooray! It was great."
        )
        abbreviated = ABBREVIATION.search(sentences[-1][-TAIL:]) if sentences else None
        if abbreviated and _ends_on_studio(sentences[-1]):
            abbreviated = None  # "... at Production I.G. Toshiyuki Yahagi is ..."
        if sentences and (abbreviated or open_bracket or titled):
            sentences[-1] = f"{sentences[-1]} {piece}"
        else:
            sentences.append(piece)
    return [s.strip() for s in sentences if s.strip()]


def _ends_on_studio(piece: str) -> bool:
    """Whether a piece ends on a known studio whose name ends in initials, so that its
    last full stop ends the sentence too."""
    tail = piece[-TAIL:-1]
    return any(m.end() == len(tail) for m in lexicon().studios.finditer(tail))


@lru_cache(maxsize=4096)
def about_previous_run(sentence: str, *, sequel: bool) -> bool:
    """True for a sentence about an earlier season, OVA or catalogue rather than this run.

    "The first season" is an earlier run only in an article about a later season.
    """
    earlier = PREVIOUS_RUN.search(sentence) or (sequel and FIRST_SEASON.search(sentence))
    same_run = SAME_RUN.search(sentence) and not THAT_RUN.search(sentence)
    return bool(earlier) and not RETURNING.search(sentence) and not same_run


def not_premiere(sentence: str) -> bool:
    """True for a sentence whose dates are screenings, festival showings or second cours."""
    return bool(NOT_THE_PREMIERE.search(sentence))


def later_episode_first(clause: str) -> bool:
    """True for a clause that opens on a later episode ("The 12th episode of the TV anime
    X ... will air on January 4"): its dates are that episode's, however far they stand."""
    return bool(LATER_EPISODE_FIRST.match(clause))


def live_action_only(sentence: str) -> bool:
    """True for a sentence about a live-action adaptation that never speaks of the anime
    ("... a live-action film starring A, B, C, which will open in Japan on August 24")."""
    return "live-action" in sentence and "anime" not in sentence.lower()

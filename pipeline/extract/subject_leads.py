"""A paragraph's show named as the subject of its first sentence ("Vinland Saga is a
Viking epic ...", "Exception, the original horror anime from Netflix, has ..."), and the
test every paragraph lead's name passes to read as a show's title (``names_a_show``).
"""

from __future__ import annotations

import re

from pipeline.extract.candidate_filters import is_company, is_generic, plausible, reads_as_person
from pipeline.extract.date_mentions import MONTH_NAME
from pipeline.extract.folding import Folded
from pipeline.extract.text import NUMBERING
from pipeline.extract.title_forms import SEASON_ASIDE, season_aside_number

Leads = dict[int, tuple[str, str]]  # block index → (the show's name, the paragraph's text)
BULLET = re.compile(rf"^\s*(?:{NUMBERING}|[*\-–·](?=\s))\s*")  # a list line's mark or number

SENTENCE_STOP = re.compile(r"(?<=[a-z0-9\"”’'*」)])[.!?]\s+(?=[A-Z\"“*「])")
SUBJECT_LEAD = re.compile(
    r"^[\"“]?(?P<title>[A-Z0-9][^\s,(\"”]*(?:\s+(?:[A-Z0-9&][^\s,(]*|of|the|no|to|in|a|an|and|wa|ga|x|on"
    r"|de|ni|wo|o|from|for|with|at|[–—-]))*?)[\"”]?"
    r"(?=\s*\(|,\s+(?:(?:the|a|an|which|who|whose|based|an?\s+adaptation)\b|(?:meanwhile|however),)"
    r"|\s+(?:is|was|will|has|have"
    r"|had|takes|took|follows|tells|caught|centers|centres|focuses|returns|gets|got|comes|continues"
    r"|brings|stars|features|picks|opens|premieres|premiered|adapts|airs|aired|debuts|looks|sees"
    r"|promises|finally|also|just|already|received|revealed|announced|released|unveiled)\b)"
)
TRANSITION = re.compile(  # a digest's "To start with, the X Movie comes ...", "Last, X", and
    # "One of the new projects is X, a film ..."
    r"(?:^|(?<=[.!?]\s))(?:(?:To\s+start\s+(?:with|off)|Next\s+up|Last(?:ly|\s+of\s+all|\s+but\s+not\s+least)?"
    r"|Finally|First\s+(?:up|off)|In\s+other\s+news|Meanwhile),"
    r"|One\s+of\s+(?:the|its|their)\s+(?:new\s+)?(?:projects|titles|shows|series|films|anime)\s+is)"
    r"\s+(?:the\s+(?=[A-Z0-9]))?"
    # ... and "The space horror series X, meanwhile, boasts ..."
    r"|(?P<kind>^The\s+(?:[a-z-]+\s+){1,3}(?:series|film|movie|anime)\s+(?=[A-Z0-9]))"
)
SHOW_ASIDE = re.compile(  # an aside after a subject that says it is a show
    r",\s+(?:which|the|a|an)\s+[^,]{0,80}?\b(?:animated|anime|manga|series|OVA|OAD|film)\b[^,]*,"
    r"\s+(?:will|is|are|was|has|gets?|returns?)\b"  # and the subject's verb after it
)
OWNED = re.compile(  # one to three people's names, then "'s" and the work's
    r"^(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}(?:\s+(?:and|&)\s+(?=[A-Z]))?){1,3}['’]s\s+"
    r"(?P<t>[A-Z0-9].*)$"
)
APPOSED_LEAD = re.compile(  # "X (English Title), the second film of the Y project, ..."
    r"^(?P<title>[A-Z0-9][^,;()\n]{1,110}?)\s?(?:\([^()]{2,160}\)\s?)?,\s+(?:the|a|an)\s+"
    r"(?:[\w'’/-]+\s+){0,8}?(?:film|movie|anime|series|entry|installment|sequel|season"
    r"|adaptation|compilation|project|title|OVA|short)s?\b"
)
DATED_LEAD = re.compile(  # "MAPPA's X comes back January 11", "X Season 3 premieres January 14"
    r"^(?:(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+)?(?P<title>[A-Z0-9][^\s,(]*(?:\s+(?:[A-Z0-9&][^\s,(]*|of|the|no|to"
    r"|in|a|an|and|wa|ga|x|on|de|ni|wo))*?)\s+(?:premieres?|launches|lands|returns|comes\s+back"
    r"|begins|debuts|arrives|kicks\s+off|spins\s+off|starts|wraps\s+up|hits|drops|airs)\b"
    rf"[^.;]{{0,60}}?\b(?:{MONTH_NAME})\.?\s+\d{{1,2}}\b"
)
LIVE_ACTION = re.compile(r"\blive-action\b", re.I)
SHOW_WORDS = Folded(  # a paragraph about a show says so; one about a person or a role does not
    r"\b(?:anime|series|season|manga|novel|adaptation|film|movie|episodes?|premieres?|animated"
    r"|studio|sequel|shows?|ova|ona|postponed|delayed)\b"
)
PERSON_VERB = re.compile(
    r"\s+(?:is|are|will\s+be|was)\s+(?:also\s+)?(?:directing|writing|composing|designing"
    r"|voicing|playing|performing|in\s+charge|handling|overseeing|returning\s+as)\b"
    r"|\s+(?:directs|composes|voices|plays|performs|sings|wrote|directed|composed)\b"
)
_OPENER_WORDS = (  # words that open a sentence rather than name a show
    "a an the this that these those it its it's there here in on at as for with after "
    "before when while if but and so last next new one some many most all every another "
    "our my we i you they he she little nobody everyone fans also however meanwhile still "
    "even each both either neither per according via"
)
OPENERS = frozenset(_OPENER_WORDS.split())


def subject_of(paragraph: str, text: str) -> str | None:
    """The show a paragraph speaks of as its first sentence's subject, or None. A subject
    set off by what it is ("X: Subtitle - Part (English Title), the franchise's sixth film,
    placed ...") is read whole, lower-case words and all."""
    turn = TRANSITION.search(paragraph[:200])
    paragraph = paragraph[turn.end() :] if turn else paragraph
    kind_led = bool(turn and turn["kind"])  # "The space horror series X": set off as a show
    whole = APPOSED_LEAD.match(paragraph)
    if whole and not SENTENCE_STOP.search(whole["title"]) and names_a_show(whole["title"], text):
        return None if LIVE_ACTION.search(whole.group(0)) else whole["title"].strip()
    match = SUBJECT_LEAD.match(paragraph)
    if not match or PERSON_VERB.match(paragraph, match.end()):
        return None  # "X is directing the anime": a person
    if LIVE_ACTION.search(paragraph[: match.end() + 80]):
        return None  # "X, the live-action film based on ...": no anime
    aside = SHOW_ASIDE.match(paragraph, match.end())  # "X, which is being animated as an OAD,"
    quoted = paragraph[:1] in '"“' or bool(aside) or kind_led  # a one-word name set off
    written = match["title"].strip('"“”')
    if any(w.split()[0].lower() in OPENERS for w in SENTENCE_STOP.split(written)[1:] if w):
        return None  # "Anime! There is ...": the first sentence ended before its subject
    title = _unowned(written, text)
    owned = title != written and plausible(title) and not is_company(title)  # a work, surely
    said = kind_led or SHOW_WORDS.found(paragraph)
    if said and (owned or names_a_show(title, text, quoted=quoted)):
        season = SEASON_ASIDE.match(paragraph, match.end())  # "X (Season 3): Since ..."
        called = re.search(
            rf"\b(?:called|titled|named)\s+({re.escape(title)}\s[^,.;()]+)", paragraph
        )
        title = called.group(1).strip() if called else title  # "X is getting ..., called X Y"
        return f"{title} Season {season_aside_number(season)}" if season else title
    return None


def dated_subject(sentence: str, text: str) -> str | None:
    """The show a preview's sentence names as its subject and dates ("X Season 3 premieres
    January 14", "Y's Z comes back January 11 after a three-year wait"), or None."""
    match = DATED_LEAD.match(sentence)
    title = match["title"] if match else None
    return title if title and names_a_show(title, text) else None


def _unowned(title: str, text: str) -> str:
    """ "Go Nagai's Devilman", "A and B's Sword Gai": the work without its creators; a
    one-word owner goes only when the text writes the work on its own somewhere ("Hell's
    Paradise" is one title)."""
    owned = OWNED.match(title)
    if owned is None:
        return title
    if " " in title[: owned.start("t")].strip():
        return owned["t"]  # a full name or two people
    alone = re.search(rf"(?<!['’]s )\b{re.escape(owned['t'])}\b", text)
    return owned["t"] if alone else title


def names_a_show(name: str, text: str, *, quoted: bool = False) -> bool:
    """A paragraph's subject that reads as a show's title: not a sentence opener ("This",
    "Last year's"), a company, a person in a role or generic words; a one-word name must be
    quoted or written again elsewhere."""
    words = name.split()
    opener = words[0].lower().strip("'’s") in OPENERS and not quoted  # "My Hero ..." quoted
    if opener or name.endswith(("'s", "’s")):
        return False
    if not plausible(name) or is_generic(name) or is_company(name) or reads_as_person(name, text):
        return False
    return len(words) > 1 or quoted or text.count(name) >= 2


def distinct(titles: list[str], least: int) -> bool:
    """Whether ``titles`` are ``least`` leads at least, each a different name, and not all
    ending in the same word (labels or verdicts: "Eva: PASS")."""
    if len(titles) < least or len(set(titles)) < len(titles):
        return False
    return len(titles) < 2 or len({t.split()[-1] for t in titles}) > 1

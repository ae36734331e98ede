"""Staff credits by proximity: each name goes to the role whose cue governs it.

News prose credits staff in endless phrasings ("The director is X", "X is the one
overseeing the series scripts", "with Y designing the characters and Z in charge of
music"). Rather than one pattern per phrasing, a sentence is cut into clauses (at
";", ", while", ", with", and "and" before a new name), each clause's role cues
(direct-, series scripts, character designs, music, compos-) and people's names are
found, and every name is credited to the cue of its own clause: the cue after it when
the name is the clause's subject ("X is directing"), else the nearest cue before it
("directed by X"). A clause of names alone continues the clause before it ("directed
by X, Y, and Z"). A possessive name ("Y's character designs") is the owner of the
source work, never the credited person, and a name's other works in parentheses are
removed first. Cues for other jobs ("sound director", "assistant director", "theme
song") govern their names too, which keeps them away from the roles here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from pipeline.extract.labels import Labelled, label_of
from pipeline.extract.lexicon import lexicon
from pipeline.extract.names import PERSON, clean_name, quoted_name, strip_parentheses, unique
from pipeline.extract.segments import Unit
from pipeline.extract.title_spans import SMALL_WORDS

ROLE_CUES: tuple[tuple[str | None, re.Pattern[str]], ...] = (
    # other jobs first: they hold their names away from the roles below
    (
        None,
        re.compile(
            r"\b(?:sound|audio|assistant|episode|art|animation|action|CG|CGI|3D|unit|photography|color|modeling"
            r"|colour|ADR|casting|music|prop|costume|mechanical|monster|sub-?character|video"
            r"|background|setting|title|storyboard|key)\s+(?:chief\s+)?(?:design(?:s|er|ing)?|director"
            r"|directing|direction|supervisor)\b|\bdirector\s+of\s+(?:photography|sound|art|CG|3D)\b"
            r"|\bproducers?\b|\bsub-?director\b|\bassistant\s+character\s+design\w*"
            r"|\bproducing\b|\btheme\s+song|\bopening\b|\bending\b|\bperform\w*|\bsing\w*|\bsung\b"
            r"|\bvoic\w+|\bstar(?:s|ring)?\b|\bplays?\b|\bplaying\b|\billustrat\w+|\bauthor\w*"
            r"|\bwrote\s+the\s+(?:original|manga|novel)|\boriginal\s+(?:character|work)"
            r"|\bcreat\w+(?!\s+the\s+(?:anime['’]s\s+)?(?:characters|soundtrack|music|score)\b)"
            r"|\bdirect\w*\s+the\s+(?:sound|art|photography|CG|animation|action|episode)",
            re.I,
        ),
    ),
    (
        "series_composition",
        re.compile(
            r"\bseries\s+(?:scripts?|composition|composer)|\bscreenplays?\b|\bscript\s*writ\w+"
            r"|\bwrit\w*\s+the\s+script\b|\bscreenwriter\b"
            r"|\b(?:write|writes|writing|wrote|oversee|oversees|overseeing|oversaw|supervis\w+"
            r"|handl(?:e|es|ed|ing)|in\s+charge\s+of)"
            r"\s+(?:and\s+\w+\s+)?the\s+(?:series\s+)?scripts?\b"
            r"|\bscripts?\s+(?:is|are|was|were|will\s+be)\s+(?:being\s+)?(?:written|penned)\b"
            r"|\b(?:film|movie|series|anime)\s+(?:is|was|will\s+be)\s+(?:being\s+)?penned\s+by\b",
            re.I,
        ),
    ),
    (
        "character_design",
        re.compile(
            r"\bcharacters\s+(?:are|were|will\s+be)\s+(?:being\s+)?designed\b"
            r"|\bcharacters?\s+design(?:s|ers?|ing)?\b|\bcreating\s+the\s+characters\b"
            r"|\bdesign(?:s|ed|ing)?\s+(?:the|those|its|their)\s+"
            r"(?:anime's\s+|film's\s+|series'\s+)?characters\b",
            re.I,
        ),
    ),
    (
        "director",  # not "a direct translation", "a direct sequel"
        re.compile(
            r"(?<!managing\s)(?<!executive\s)(?<!representative\s)(?<!marketing\s)"  # a firm's
            r"\b(?:chief\s+|series\s+)?direct(?:or|ing|s|ed)?\b"
            r"(?!\s+(?:translation|sequel|continuation|adaptation|follow-up|link|result)\b)|\bhelm\w*",
            re.I,
        ),
    ),
    (  # not "the music producer credit": a producer is no composer
        "music",
        re.compile(
            r"\bmusic\b(?!\s+producer)|(?<!series\s)\bcompos(?:er|ers|ing|es|ed)\b|\bscor(?:e|ing)\b"
            r"|(?<!be\sthe\s)\bsoundtrack\b",  # not "they may well be the soundtrack to ..."
            re.I,
        ),
    ),
)
CLAUSE = re.compile(
    r"\s*;\s*|,\s+(?:while|whereas|with|as\s+well\s+as)\s+|\s+while\s+|(?:,\s*|\s+)and\s+(?=[A-Z])"
    r"|\.\s+"
)
APPOSITIVE = re.compile(  # ", the director of Another Show," describes a past credit; not
    r",\s+(?:(?:the|a|an|[\w.'’-]+['’]s)\s+(?![^,;]*\b(?:will|(?:is|are|was)\s+being)\s)"  # ", the
    r"|(?:who|which|whose)\s+"  # film will be penned by X,": a clause of its own
    r"|(?:script|screen)?writer\s+(?:of|for|on)\s+"  # ", scriptwriter of Y,", not of this
    r"(?!the\s+(?:\w+\s+)?(?:series|anime|film|movie|show|feature|project)\b))"  # one
    r"[^,;]{1,90},"
)
WORKS_ROLE = re.compile(r"(?i:director|writer|composer|designer)['’]s\b")
VERB_CUE = re.compile(r"(?<!er)(?<!or)(?<!design)(?:ed|ing|es|s)$")  # not "designers", "designs"
OUR_WORK = re.compile(  # what a credit verb governs when the credit is this show's
    r"\s*(?:$|[,.;]|the\s+(?:[\w'’-]+\s+){0,3}?(?:anime|series|film|movie|show|project|music|score"
    r"|soundtrack|characters|sequel|season|adaptation|cours?|episodes|OVA|special)\b|it\b|both\b"
    r"|at\b|for\b|and\b|with\b|alongside\b|once\b|again\b|on\b|this\b|its\b|\(|the\s+new\b)",
    re.I,
)
PRONOUN = re.compile(r"^\s*(?:he|she|they)\b(?!\s+(?:said|says|added|noted|explained))", re.I)
LEAD_CUE = re.compile(
    r"^\s*(?P<cue>(?:Directing|Composing|Designing|Writing|Handling|Overseeing|Scoring"
    r"|Supervising|In\s+charge\s+of|Returning\s+(?:to\s+direct|as\s+director))\b)"
)
LEAD_VERB = re.compile(r"\s(?:is|are)\s")  # where a sentence led by its role names the person
LED = re.compile(r"\b(?:is|are)\s+$")  # ... right before the person's name
TIGHT_BEFORE = re.compile(
    r"\s*(?:(?:writer|writers|designer|designers|supervisor|duties|credits?)(?:\s+and)?\s*){0,2}"
    r"(?:(?:is|are|was|were|will\s+be|being|by|from|:|–|-|the\s+one)\s*)*"
)
PLAIN_AND = re.compile(r"\s+and\s+")
LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")
ROLE_WORD = re.compile(r"\b(?:Director|Composition|Design|Designer|Music|Script|Scripts|Series)\b")
LEADING_ROLE = re.compile(
    r"^(?:(?:Chief|Series|Character|Music|Sound|Assistant)\s+)?(?:Director|Scriptwriter"
    r"|Screenwriter|Writer|Composer|Designer|Producer|Author|Artist|Illustrator)\s+(?=[A-Z])"
)
PLACE_BEFORE = re.compile(r"\b(?:at|by\s+studio|(?<!designs\s)(?<!music\s)from)\s+$")
POSSESSIVE_AFTER = re.compile(r"^\s?['’]s?\b")
NOT_PEOPLE = re.compile(
    r"^(?:The|This|That|These|Its|It|His|Her|Their|Our|On|In|At|For|With|From|By|And|But|Also"
    r"|Japanese|English|Additional|Returning|Main|New|Besides|However|Meanwhile|Additionally"
    r"|Like|Unlike|To|As)\b"  # "Like Hayao Miyazaki, director X has won ...", "To direct"
)


def credits_by_proximity(
    units: Iterable[Unit], prepare: Callable[[str], str] = strip_parentheses
) -> dict[str, list[str]]:
    """Director, series composition, character design and music credited in prose;
    ``prepare`` cleans a sentence first (other works in parentheses, replaced staff)."""
    found: dict[str, list[str]] = {role: [] for role, _ in ROLE_CUES if role}
    for unit in units:
        if unit.earlier_run or unit.section in ("cast", "story"):
            continue
        line = label_of(unit.text)
        if line is not None and _labelled(line, unit.text):
            continue
        previous: str | None = None
        subject: str | None = None  # the last person credited, for "he is also handling ..."
        text = APPOSITIVE.sub("", prepare(line.value if line else unit.text))
        clauses, joins = _clauses(text)
        for index, clause in enumerate(clauses):
            ahead = _shared_subject(clause, clauses, joins, index)
            credits = _clause_credits(clause, ahead or previous) or _pronoun_credits(
                clause, subject
            )
            for role, name in credits:
                if role != "music" or "lyric" not in clause:  # "wrote the music and lyrics"
                    found[role].append(name)  # are a song's, not the show's score
            if credits or not _only_names(clause):  # "X is writing it": no role runs on
                previous = credits[-1][0] if credits else None
            if AT_STUDIO_END.search(clause):
                previous = None  # "directing at A" and "B": B is the second studio
            subject = credits[-1][1] if credits else subject
    return {role: list(unique(names)) for role, names in found.items()}


SENTENCE_WORDS = 2  # lower-case words that make a colon's opening a clause, not a label


def _labelled(line: Labelled, text: str) -> bool:
    """A "Label: value" line, which the labels read, and not a sentence whose opening
    clause ends in a colon ("The whole crew is back: X directs, ...", whose credits are
    read after the colon)."""
    if line.field is not None:
        return True
    head = text[: text.find(":")].split()  # as written: "Ghost in the Shell: ..." is a title
    return sum(w.islower() and w not in SMALL_WORDS for w in head) < SENTENCE_WORDS


def _clauses(text: str) -> tuple[list[str], list[str]]:
    """The sentence's clauses and what joins them; a sentence led by its role ("Directing
    the anime at A and B is X") is one clause up to its "is"."""
    lead = LEAD_CUE.match(text)
    verb = LEAD_VERB.search(text) if lead else None
    head, rest = (text[: verb.end()], text[verb.end() :]) if verb else ("", text)
    clauses = CLAUSE.split(rest)
    clauses[0] = head + clauses[0]
    return clauses, [m.group(0) for m in CLAUSE.finditer(rest)]


KIND_AFTER = re.compile(
    r"\s+(?:short\s+)?(?:series|anime|film|movie|show|shorts|project|video|festival|game)\b"
)
_Cue = tuple[int, int, str | None]


def _shared_subject(clause: str, clauses: list[str], joins: list[str], index: int) -> str | None:
    """The role of the next clause when this one is names alone joined to it by a plain
    "and" ("A and B are designing the characters": A shares B's role, not the one before)."""
    if index + 1 >= len(clauses) or not PLAIN_AND.fullmatch(joins[index]):
        return None
    if _cues(clause) or not _only_names(clause):
        return None
    following = clauses[index + 1]
    credits = _clause_credits(following, None)
    spans = _name_spans(following)
    if credits and spans and spans[0][0] == 0 and credits[0][1] == spans[0][2]:
        return credits[0][0]
    return None


def _clause_credits(clause: str, previous: str | None) -> list[tuple[str, str]]:
    """(role, name) for every name the clause credits with one of the roles."""
    spans = _name_spans(clause)
    if not spans:
        return []
    cues = _cues(clause)
    if not cues:
        if previous is None or not _only_names(clause):
            return []
        return [(previous, name) for _, _, name in spans]
    bound: dict[int, _Cue] = {}
    for index, (start, _, _) in enumerate(spans):  # "director X", "music by X"
        prior = [c for c in cues if c[1] <= start]
        gap = clause[prior[-1][1] : start] if prior else ""
        if prior and TIGHT_BEFORE.fullmatch(gap):
            verb = VERB_CUE.search(clause[prior[-1][0] : prior[-1][1]]) or clause[
                : prior[-1][0]
            ].endswith("to ")  # "went on to direct Gurren Lagann": a work, as after "directed"
            if verb and not re.search(r"\bby\b|:", gap):
                continue  # "X directed Assassins Pride": the name after a verb is a work
            bound[index] = prior[-1]
    taken = set(bound.values())
    for index, (_, end, _) in enumerate(spans):  # "X is directing", "X handles the music"
        if index in bound:
            continue
        later = [c for c in cues if c[0] >= end and c not in taken]
        if not later:
            continue
        gap = clause[end : later[0][0]]
        between = any(end <= s < later[0][0] for s, _, _ in spans)
        cue = clause[later[0][0] : later[0][1]]
        infinitive = clause[: later[0][0]].endswith(" on to ")  # "X went on to direct Y",
        # an earlier work; not "X is set to direct Y"
        if (VERB_CUE.search(cue) or infinitive) and not OUR_WORK.match(clause, later[0][1]):
            continue  # "X directed Assassins Pride", "Sheen directs the actions of ..."
        if KIND_AFTER.match(clause, later[0][1]):
            continue  # "X is a music short series": the cue word describes a show
        if not gap.strip() and WORKS_ROLE.match(clause, later[0][0]):
            continue  # "Kemono Friends director's first anime": the work, not the person
        if not between and not re.search(r"\bby\b|[.;]", gap) and len(gap) <= 70:
            bound[index] = later[0]
    _continue_lists(clause, spans, bound)
    credits = [(str(bound[i][2]), spans[i][2]) for i in sorted(bound) if bound[i][2] is not None]
    if LEAD_CUE.match(clause):  # "Returning as director and series script supervisor is Y"
        named = [(start, name) for start, _, name in spans if LED.search(clause[:start])]
        led = [(str(c[2]), name) for start, name in named for c in cues if c[2] and c[0] < start]
        credits += [c for c in led if c not in credits]
    return credits


def _pronoun_credits(clause: str, subject: str | None) -> list[tuple[str, str]]:
    """ "he is also handling the series composition": the person credited just before."""
    if subject is None or not PRONOUN.match(clause) or _name_spans(clause):
        return []
    cues = [c for c in _cues(clause) if c[2]]
    return [(str(cues[0][2]), subject)] if cues else []


def _continue_lists(clause: str, spans: list[tuple[int, int, str]], bound: dict[int, _Cue]) -> None:
    """Names joined to a credited name by commas or "and" share its role ("by A, B and C")."""
    for _ in range(2):
        for index in range(len(spans)):
            if index in bound:
                continue
            for other in (index - 1, index + 1):
                if other in bound:
                    left, right = sorted((index, other))
                    if LIST_GAP.fullmatch(clause[spans[left][1] : spans[right][0]]):
                        bound[index] = bound[other]
                        break


def _cues(clause: str) -> list[_Cue]:
    cues = [(m.start(), m.end(), role) for role, p in ROLE_CUES for m in p.finditer(clause)]
    held = [(a, b) for a, b, role in cues if role is None]
    return sorted(c for c in cues if c[2] is None or not any(a <= c[0] < b for a, b in held))


AT_STUDIO_END = re.compile(r"\b(?:at|by\s+studio)\s+(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*\s*$")
WORK_TEAM = re.compile(r"(?:['’]s)?\s+(?:team|staff|crew|cast|anime|film|movie|series)\b")


ORG_WORD = re.compile(r"\b(?:Studios?|Animation|Pictures|Laboratory|Lab|Inc|Productions?)\b")


def _name_spans(clause: str) -> list[tuple[int, int, str]]:
    """People named in ``clause``, without possessive owners, studios and companies."""
    lex = lexicon()
    names: list[tuple[int, int, str]] = []
    for match in re.finditer(PERSON, clause):
        name = clean_name(match.group(0))
        role = LEADING_ROLE.match(name)
        if role:  # "Scriptwriter Yasuko Kobayashi": the role, then the person
            name = name[role.end() :]
        if not name or POSSESSIVE_AFTER.match(clause[match.end() :]) or NOT_PEOPLE.match(name):
            continue
        if clause[match.end() : match.end() + 2] in ("! ", "!!"):
            continue  # "the Love Live! director's new film": a title's own mark
        if quoted_name(clause, match.start(), match.end()):
            continue  # "on “Umamusume: Pretty Derby” as a series composer": a work's name
        if PLACE_BEFORE.search(clause, 0, match.start()):
            continue  # "directing at Studio X", "an anime from X"; not "character designs from X"
        if WORK_TEAM.match(clause, match.end()):
            continue  # "The Weathering With You team includes ...": a work, not a person
        if any(p.search(name) for p in (lex.studios, lex.companies, lex.broadcasters)):
            continue
        if lex.streaming.search(name) or ORG_WORD.search(name):
            continue
        if ROLE_WORD.search(name):
            continue  # "Series Composition", "Character Design"
        start = match.start() + (role.end() if role else 0)
        names.append((start, match.end(), name))
    return names


def _only_names(clause: str) -> bool:
    """True for a clause that is a list of names and nothing else ("Y, and Z")."""
    rest = re.sub(PERSON, "", clause)
    return not re.search(r"[a-z]{3,}", re.sub(r"\b(?:and|also)\b", "", rest))

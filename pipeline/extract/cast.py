"""Voice cast: ``Character: Actor`` lists and prose ("X will be voiced by Y", "Y as X",
"Y voices X", "Y (X)", "Y and Z also appear in roles not yet revealed").

Names are kept as written. An actor with two roles gives two entries; an actor
named without a role gives one entry with no character.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from pipeline.core.models import CastMember
from pipeline.extract.candidate_filters import is_company
from pipeline.extract.cast_forms import (
    ACTOR_AS,
    ACTOR_PAREN,
    ACTOR_VOICES,
    ACTORS_OF,
    ASIDE,
    CAST_INCLUDES,
    CAST_MEMBERS,
    CAST_PLUS,
    JOINS_AS,
    QUOTED_ROLE,
    RESPECTIVELY,
    ROLE_ACTOR,
    TAKES_OVER,
    UNREVEALED,
    VOICE_ACTOR_OF,
    VOICE_LABEL,
    VOICE_PAREN,
    VOICED_BELOW,
    VOICED_BY,
    VOICES_OF,
    WILL_STAR,
)
from pipeline.extract.cast_lists import actor_first_list, actor_first_member
from pipeline.extract.cast_pairs import KNOWN_AS, bare, by_surname, cast_member, respectively
from pipeline.extract.labels import label_of
from pipeline.extract.names import (
    CHARACTER,
    PERSON,
    UPPER,
    clean_name,
    fold,
    split_names,
    strip_parentheses,
)
from pipeline.extract.segments import Unit
from pipeline.extract.show_headings import CAST_DASH
from pipeline.extract.title_spans import word_set

CHARACTER_WORDS = 4  # a character's name or description on the right of an actor's
LIST_LINE = re.compile(r"^(?P<left>[^:：—–]{1,60}?)\s*(?:[:：]|\s[—–-]\s)\s*(?P<right>.+)$")
CV_NOTE = re.compile(
    rf"(?P<c>{CHARACTER})\s*(?:[–—]\s*)?[(（]?\s*(?:CV|VA|voiced\s+by|played\s+by|portrayed\s+by|voice)\s*[:：.]?\s*"
    rf"(?P<a>{PERSON})\s*[)）]?"
)
DASHED_PAIR = re.compile(  # "Arisa Ahokainen – Yuki Nagaku": a cast line set on its own
    r"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,2}\s[–—]\s[^\W\d_][\w.'’-]*"
    r"(?:\s+[^\W\d_][\w.'’-]*){1,2}"
)
PAIR_DASH = re.compile(r"\s[–—]\s")
ACTOR_FIRST_LINES = 2  # "A as X" lines that make a list's dashed lines actor first too
NOT_NAME_ENDS = word_set("visual visuals trailer teaser poster pv video")  # "X Teaser Visual"
NOT_NAME_STARTS = word_set("my the a an this that our your his her its their per via according")
STAFF_JOB = re.compile(  # a staff job in a character's place
    r"(?:3d)?cgi?|3d|writer|original\s+proposal|producers?|planning|(?:[a-z-]+\s+)?director"
    r"|(?:[a-z-]+\s+)?designer|(?:animation\s+)?production"
)
CV_ONLY = re.compile(rf"[(（]\s*(?:CV|VA)\s*[:：.]?\s*(?P<a>{PERSON})\s*[)）]")
ACTOR_ONLY = re.compile(rf"^{PERSON}$|^[A-Z][\w'’-]+$")
BY_LINE = re.compile(  # a cast list's "Character by Actor (Role in Another Show)"
    rf"^(?P<c>{CHARACTER})\s+by\s+(?P<a>{PERSON})\s*(?:\([^()]{{1,80}}\))?\s*[.;,]?$"
)
CV_AFTER_LABEL = re.compile(r":\s+(?:CV|VA)\.?\s+(?=[A-Z])")
NOTED_ACTOR = re.compile(  # an actor and a part in another work, on a line of its own
    rf"^(?P<a>{PERSON})\s*\([^()]{{1,60}}\s(?:in|from)\s[^()]{{2,60}}\)\s*[;,.]?$"
)
AS_LINE = re.compile(r"^[^\n]{2,40}\sas\s[^\n]{1,40}$")
ONE_NAME_AS = re.compile(
    rf"^(?P<a>[{UPPER}][\w.-]+)\s+as\s+(?P<c>{CHARACTER})\s*$"
)  # "Aimi as Blue"
IS_LINE = re.compile(  # ... and "A (Role "Other Show") is C"
    rf"^(?P<a>[{UPPER}][\w.-]+(?:\s+[{UPPER}][\w.-]+){{0,2}})(?:\s*\([^()]{{1,120}}\))?\s+"
    rf"(?:is|will\s+be)\s+(?P<c>{CHARACTER})\s*\.?$"
)
ECHOED_ROLE = re.compile(  # "as Toji (guitarist) Hiromu Mineta as Shion": the role above, again
    r"^as\s+[^()]{2,60}?\s*\([^()]*\)\s+(?=[A-Z][^()]*\sas\s)"
)
VOICE_NOTE = re.compile(r"\([^()]*\b(?:voiced|CV|VA)\b")  # "Kana (voiced by Y) plays Z": a role
LINE_WORDS = 8  # a cast section's paragraph this short is a list line
AS_WORD = re.compile(r"\sas\s")
PLACE_BEFORE = re.compile(r"\bin\s+$")
UNREVEALED_WORDS = ("appear", "round", "join", "also", "lend", "confirmed", "star in")
CAST_WORDS: tuple[str, ...] = (" as ", "voice", "play", "portray", "appear", "round out")
CAST_WORDS += ("join", "cast", "lend", "role of", "star in")  # "X will take on the role of Y"
CLAUSE_BREAK = re.compile(r",\s+(?:and|while|but)\s+|;\s+")
STAFF_ROLE = re.compile(
    r"\b(?:design|designs|designer|director|directors|editing|editor|art|color|colour|sound"
    r"|script|scripts|music|composition|composer|animation|animators?|producers?|production"
    r"|photography|effects|setting|supervisor|supervision|planning|CG|3DCG|stylist|storyboards?"
    r"|screenplay|original\s+work|cinematography|monitor\s+works|distributor|distribution)\b",
    re.I,
)
CAST_ANNOUNCED = re.compile(r"\b(?:cast|actors|actresses|voices)\b", re.I)
NAME_LABEL = re.compile(rf"{CHARACTER}")
SCRAPED_ROLE = re.compile(rf"^as\s+(?:the\s+)?{CHARACTER}\s+(?={PERSON}\s+as\s)")
PAREN_AS = re.compile(rf"\(as\s+(?!I\b)({CHARACTER})\)")  # "Saori Hayami (as Yuri)": "... as Yuri"
CAST_CONTEXT = re.compile(
    r"\bcast\b|\bvoic|\bstar(?:s|ring)\b|\broles?\b|\bjoin|\bCV\b|\breturn|\brepris|\bback\b", re.I
)
STAFF_NOUN = re.compile(
    r"\b(?:director|composer|designer|(?:script|screen)?writer|producer|animator|supervisor|artist"
    r"|author|and|while|but|whereas"
    r"|guests?|hosts?|emcee|ambassador|judge|presenter|moderator|panelist|studio|theme|song)\b"
)  # "as guest", "has used as its opening theme since October"
MEMBER_WORDS = ("cast", "voice", "seiyu")  # "cast members A, B", "seiyuus such as A"
NOT_A_ROLE = re.compile(r"\b(?:known|such|serve|serves|working|same|well|soon|long)\b")
STAFF_WORDS = re.compile(
    r"direct|compos|design|script|screenplay|music|animat|produc|writ|studio|theme|song|perform"
    r"|voiced\s+by|\bas\b|\b(?:manga|novels?|work|story|books?)\s+by\b",  # an author's byline
    re.I,
)
OTHER_PART = re.compile(r"\([^()]*\s(?:in|from)\s[^()]*\)\s*$")  # "(Norman in The Promised ...)"


def cast_of(units: Iterable[Unit], titles: Iterable[str]) -> tuple[CastMember, ...]:
    """Every actor the segment names, with the character when one is given."""
    members: list[CastMember] = []
    units = list(units)
    shaped = actor_first_list(units)  # "Reina Ueda – Itsumi", "Yuko Kaida - Isabella, the ..."
    actor_first = shaped or sum(1 for u in units if AS_LINE.match(u.text)) >= ACTOR_FIRST_LINES
    announced = False  # the line above announced the cast ("These actors also join:")
    listing = False  # ... and the lines since are "A as B" lines
    previous = ""
    for unit in map(_unmarked, units):
        members.extend(respectively(unit.text, previous))
        label, above = VOICE_LABEL.match(unit.text), VOICED_BELOW.fullmatch(previous)
        previous = unit.text
        if label and above:  # "Sorata Kanda (Room 101)" over "VA: Yoshitsugu Matsuoka"
            members.append(cast_member(unit.text[label.end() :], above.group("c")))
            continue
        noted = NOTED_ACTOR.match(unit.text) if announced else None
        if noted:  # under "... voice actors:", "Koki Uchiyama (Shigaraki in My Hero Academia);"
            members.append(CastMember(actor=clean_name(noted["a"])))
            continue
        if unit.is_item and announced and ACTOR_ONLY.match(unit.text):
            members.append(CastMember(actor=clean_name(unit.text)))
            continue
        by_line = BY_LINE.match(unit.text) if unit.is_item and announced else None
        if by_line:  # under "The cast:", "Jose by Kana Hanazawa (Mitsuri in Demon Slayer)"
            members.append(cast_member(by_line.group("a"), by_line.group("c")))
            continue
        pair = IS_LINE.match(unit.text) if unit.is_item and announced else None
        if pair:  # under "The cast has been announced:", "Azumi Waki is Special Week"
            members.append(cast_member(pair.group("a"), pair.group("c")))
            continue
        listing = (announced or listing) and bool(AS_LINE.match(unit.text))
        if not unit.is_item:
            announced = unit.text.rstrip().endswith(":") and bool(CAST_ANNOUNCED.search(unit.text))
        labelled = label_of(unit.text)
        if labelled and labelled.field not in (None, "cast"):
            continue
        if labelled and labelled.field == "cast":  # "Cast: A, B, C", "Main cast: A as X, ..."
            value = labelled.value.rstrip(" ,;")  # "Starring: A (X), B (Y),"
            members.extend(_paired(value) or _actors(value) or _from_prose(value, True))
            continue
        one_name = ONE_NAME_AS.match(unit.text) if unit.section == "cast" or listing else None
        if one_name:  # a cast section's "Aimi as Blue"
            members.append(cast_member(one_name.group("a"), one_name.group("c")))
            continue
        if shaped and (member := actor_first_member(unit)):
            members.append(member)
            continue
        if actor_first and DASHED_PAIR.fullmatch(unit.text):  # among "A as X": "B – Y"
            actor, character = PAIR_DASH.split(unit.text, maxsplit=1)
            members.append(cast_member(actor, character))
            continue
        if not unit.is_item and (CAST_DASH.match(unit.text) or DASHED_PAIR.fullmatch(unit.text)):
            unit = replace(unit, is_item=True)  # "Role – Actor (Other Role in Show)" alone
        members.extend(_from_list_line(unit) or _from_prose(unit.text, unit.section == "cast"))
    folded = [fold(t) for t in titles if t]
    kept = _unique(
        [m for m in members if not (_is_title(m, folded) or _staff_role(m) or _no_actor(m))]
    )
    return _unique(list(by_surname(kept, units)))


def _unmarked(unit: Unit) -> Unit:
    """A line without a label's "CV" ("Nobuaki: CV Mamoru Miyano (...)") or a scraped
    list's echo of the line above ("as X ...")."""
    if ": CV " in unit.text or ": VA " in unit.text:
        unit = replace(unit, text=CV_AFTER_LABEL.sub(": ", unit.text, count=1))
    if unit.text.startswith("as "):
        unit = replace(unit, text=ECHOED_ROLE.sub("", unit.text))
    return unit


ACTOR_ROLE = re.compile(rf"^(?P<a>{PERSON})\s*\((?P<c>[^()]{{1,40}})\)$")


def _paired(value: str) -> list[CastMember]:
    """ "Starring: A (Yukino), B (Takao)": each actor with the role in parentheses after,
    when every item is written that way (not "A (Saeki in Another Show)")."""
    items = [ACTOR_ROLE.match(i.strip()) for i in value.rstrip(" .").split(",")]
    if not all(items) or any(" in " in m["c"] for m in items if m):
        return []
    return [cast_member(m["a"], m["c"]) for m in items if m]


def _actors(value: str) -> list[CastMember]:
    names = split_names(value)
    if not names or not all(ACTOR_ONLY.match(n) for n in names):
        return []
    return [CastMember(actor=n) for n in names]


def _no_actor(member: CastMember) -> bool:
    """ "My Next Life as a Villainess", "Per Comic Natalie": a title's or a source's words."""
    words = member.actor.split()
    return words[0].lower() in NOT_NAME_STARTS or words[-1].lower() in NOT_NAME_ENDS


def _staff_role(member: CastMember) -> bool:
    """ "Eiji Inomoto (CG)", "Machida Toukou (Writer)": a job, not a character."""
    role = member.character or ""
    labelled = label_of(f"{role}: x") if role else None
    return bool(labelled and (labelled.field or STAFF_JOB.fullmatch(labelled.label)))


def _is_title(member: CastMember, titles: list[str]) -> bool:
    names = (fold(member.actor), fold(member.character or ""))
    return any(_part_of(n, t) for n in names if n for t in titles)


def _part_of(name: str, title: str) -> bool:
    return name == title or (len(name.split()) >= 2 and f" {name} " in f" {title} ")


def _from_list_line(unit: Unit) -> list[CastMember]:
    """ "Character: Actor" in a cast section; outside one, only where the left side reads
    as a name and the right side as people ("Thors: Kenichiro Matsuda"). A short paragraph
    in a cast section is such a line too ("<p>Bojji – Minami Hinata</p>")."""
    if not (unit.is_item or (unit.section == "cast" and len(unit.text.split()) <= LINE_WORDS)):
        return []
    labelled = label_of(unit.text)
    if labelled and labelled.field not in (None, "cast"):
        return []
    match = LIST_LINE.match(unit.text)
    if not match:
        return []
    character = bare(match.group("left"))
    if STAFF_ROLE.search(character):
        return []  # "Item Design: X", "Sound Director: Y": a staff list, not a cast
    if OTHER_PART.search(match.group("left")) and "(" not in match.group("right"):
        return _actor_first(match.group("left"), match.group("right"), unit)  # "A (Eren in
        # Attack on Titan) - Shin": a note of the actor's other part, so the actor is first
    actors = split_names(strip_parentheses(match.group("right")))
    if not actors or not all(
        ACTOR_ONLY.match(a) and " " in a and not is_company(a) for a in actors
    ):
        return _actor_first(character, match.group("right"), unit)
    if unit.section != "cast" and not NAME_LABEL.fullmatch(character):
        return []
    return [CastMember(actor=a, character=character) for a in actors]


def _actor_first(left: str, right: str, unit: Unit) -> list[CastMember]:
    """A cast section's "Actor — Character" line ("Ami Touma — Kokoro"): a full name on
    the left, and on the right a character no full name reads as an actor's."""
    actor, character = strip_parentheses(left).strip(), bare(right)
    if unit.section != "cast" or " " not in actor or not ACTOR_ONLY.fullmatch(actor):
        return []
    if is_company(actor) or not character or len(character.split()) > CHARACTER_WORDS:
        return []
    return [CastMember(actor=actor, character=character)]


def _from_prose(text: str, in_cast: bool = False) -> list[CastMember]:
    if not _cast_hint(text) or ("respectively" in text and RESPECTIVELY.search(text)):
        return []  # pairs given "respectively" are read by ``_respectively``
    if ("roles" in text or "joined" in text) and respectively(text, ""):
        return []  # as are "A and B have joined the cast as X and Y"
    text = SCRAPED_ROLE.sub("", text)  # a scrape's "as Aki Sendō Aguri Ōnishi as Masato"
    text = KNOWN_AS.sub("", text)  # "X, best known as the voice of Y in Z, will voice W"
    text = PAREN_AS.sub(r"as \1", text) if "(as " in text else text
    text = QUOTED_ROLE.sub(r"as \1", text) if "as “" in text or 'as "' in text else text
    plain = strip_parentheses(text)  # "Actor (Role in Another Show) as Character"
    found = [cast_member(m.group("a"), m.group("c")) for m in _noted_roles(text)]
    if "CV" in text or "VA" in text:
        found.extend(CastMember(actor=clean_name(m.group("a"))) for m in CV_ONLY.finditer(text))
    if AS_WORD.search(text):
        found.extend(_actors_as(text, plain))
    found.extend(cast_member(m.group("a"), m.group("c")) for m in _played_roles(text, plain))
    listed = ACTORS_OF.search(text) if "voice" in text else None
    if listed:  # "the voice actors of C (A), D (B)": each part with its actor after it
        found.extend(cast_member(m["a"], m["c"]) for m in ROLE_ACTOR.finditer(listed["list"]))
    elif "(" in text and (in_cast or CAST_CONTEXT.search(text)):
        for clause in CLAUSE_BREAK.split(text):  # "Actor (Character)" only where a cast is named
            if not STAFF_WORDS.search(clause):
                found.extend(
                    cast_member(m.group("a"), m.group("c")) for m in ACTOR_PAREN.finditer(clause)
                )
    lowered = text.lower()
    spoken = (
        *(UNREVEALED.finditer(text) if any(w in text for w in UNREVEALED_WORDS) else ()),
        *(CAST_INCLUDES.finditer(plain) if "cast" in lowered or "talent" in lowered else ()),
        *(CAST_MEMBERS.finditer(text) if any(w in lowered for w in MEMBER_WORDS) else ()),
        *(VOICES_OF.finditer(plain) if "voices of" in text else ()),
        *(CAST_PLUS.finditer(plain) if " plus " in text and "cast" in lowered else ()),
        *(WILL_STAR.finditer(plain) if " star" in text else ()),
    )
    for match in spoken:
        found.extend(_listed_member(a, text) for a in split_names(match.group("a")))
    return found


def _listed_member(name: str, text: str) -> CastMember:
    """A listed cast member; a one-word name with a full name in parentheses after it is a
    character and its actor ("the new cast members are Majikaja (Hiroki Goto), ...")."""
    at = text.find(name)
    after = ACTOR_AFTER.match(text, at + len(name)) if at >= 0 and " " not in name else None
    if after:
        return CastMember(actor=clean_name(after["a"]), character=name)
    return CastMember(actor=name)


def _cast_hint(text: str) -> bool:
    """Whether ``text`` may give a cast member (plain searches, a quick check first)."""
    if "(" in text or "CV" in text or "VA" in text:
        return True
    lowered = text.lower()
    return any(word in lowered for word in CAST_WORDS)


ACTOR_AFTER = re.compile(rf"\s*\((?P<a>{PERSON})\)")
THE_BEFORE = re.compile(r"\b(?i:the)\s+$")


def _a_thing(match: re.Match[str]) -> bool:
    """ "the CM, voiced by A": a commercial or a video, not a part someone plays."""
    short = match["c"].isupper() and len(match["c"]) <= 3  # "the Medicine Seller" is a part
    return short and bool(THE_BEFORE.search(match.string, 0, match.start()))


def _noted_roles(text: str) -> Iterator[re.Match[str]]:
    """ "Character will be voiced by Actor", "Character (CV: Actor)", where those words are."""
    if ("oiced by" in text or "layed by" in text) and "respectively" not in text:
        # pairs are read by ``_respectively``
        yield from (m for m in VOICED_BY.finditer(text) if not _a_thing(m))
    if "CV" in text or "VA" in text or "voice" in text or "ayed by" in text:
        yield from CV_NOTE.finditer(text)


def _played_roles(text: str, plain: str) -> Iterator[re.Match[str]]:
    """ "Actor joins the X anime as Character", "Actor voices Character", where those words are."""
    if "join" in text:
        yield from JOINS_AS.finditer(text)
    if "over from" in text:
        yield from TAKES_OVER.finditer(text)
    if "voice act" in text:
        yield from VOICE_ACTOR_OF.finditer(text)
    if "voice of" in text:
        yield from VOICE_PAREN.finditer(text)
    if "voic" in text or "play" in text or "portray" in text or "role of" in text:
        read = text if VOICE_NOTE.search(text) else plain  # "X (Other Show's Y) plays Z"
        yield from ACTOR_VOICES.finditer(ASIDE.sub("", ASIDE.sub("", read)))  # "X, the ..., plays"


def _actors_as(text: str, plain: str) -> list[CastMember]:
    """ "Actor as Character" pairs, also read with the parentheses taken out."""
    found: list[CastMember] = []
    for match in (*ACTOR_AS.finditer(text), *(ACTOR_AS.finditer(plain) if plain != text else ())):
        if NOT_A_ROLE.search(match.group("mid")) or STAFF_NOUN.search(match.group("desc")):
            continue
        if match.group("desc").strip() in ("a", "an"):
            continue  # "That Time I Got Reincarnated as a Slime": a title's words
        if PLACE_BEFORE.search(match.string, max(0, match.start("a") - 4), match.start("a")):
            continue  # "licensed the series in North America as X": a place, then a title
        found.append(cast_member(match.group("a"), match.group("c")))
        if match.group("c2"):
            found.append(cast_member(match.group("a"), match.group("c2")))
    return found


def _unique(members: list[CastMember]) -> tuple[CastMember, ...]:
    with_roles = {fold(m.actor) for m in members if m.character}
    seen: set[tuple[str, str]] = set()
    kept: list[CastMember] = []
    for member in members:
        key = (fold(member.actor), fold(member.character or ""))
        if key in seen or (member.character is None and key[0] in with_roles):
            continue
        seen.add(key)
        kept.append(member)
    return tuple(kept)

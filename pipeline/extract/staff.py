"""Staff credits and studios, from ``Role: Name`` lines and from prose.

Prose is read with credits of other works removed first: in "Toshimasa Ishii (Mirai,
Anohana) is directing", the parentheses go before any pattern runs, so "Mirai" is
never a credit of this show. Sentences about a first season or an earlier OVA are
not read at all. Studios are found by ``studio_credits``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from pipeline.extract.attribution import credits_by_proximity
from pipeline.extract.headline_reading import is_company_name
from pipeline.extract.labels import FIELD_OF_LABEL, Labelled, label_of, own_value
from pipeline.extract.lexicon import lexicon
from pipeline.extract.lineup import LIST_LINE_STUDIO
from pipeline.extract.names import (
    PERSON,
    clean_name,
    fold,
    full_name,
    quoted_name,
    split_names,
    strip_parentheses,
    unique,
)
from pipeline.extract.role_lists import (
    MULTI_ROLE,
    coordinated,
    fields_named,
    filled_roles,
    respective_roles,
    roles_label,
)
from pipeline.extract.segments import Unit
from pipeline.extract.staff_roles import (
    COMPOSITION,
    EPISODE_WRITERS,
    ROLE_HINTS,
    ROLE_PATTERNS,
    ROLES,
    studio_form,
)
from pipeline.extract.studio_credits import (
    PRONOUNS,
    STUDIO_LEAD,
    animated_at,
    is_studio,
    longest,
    not_a_studio,
    studio_names,
    studios_in,
)

REPLACES = re.compile(  # "X will replace Y as the director": Y no longer holds the role
    rf"(?P<new>{PERSON})\s+(?:will\s+|is\s+)?(?:replace|replaces|replacing|succeeds|succeeding"
    rf"|(?:is\s+)?tak(?:es|ing|en)\s+over\s+from|took\s+over\s+from)\s+{PERSON}"
)
APPOSITION = re.compile(  # ", who directed X,", ", whose works include A, B, and C, is"
    r",\s+who\s+(?:has\s+|had\s+)?(?:also\s+|previously\s+)?worked\s+on\b"  # past work,
    r"(?:(?![\"”’']?,[\"”’']?\s+(?!and\b)[a-z])(?:[^;.]|\.(?=\d))){1,200}?(?=\.?\s*$)|"
    # ... to the sentence's end, when no clause of the person's follows (", is handling")
    r",\s+whose\s+(?:[a-z]+\s+){0,2}(?:work|works|credits)\s+includes?\b"  # to the end
    r"(?:(?!,[\"”’']?\s+(?:is|are|was|were|will|has|have)\b)[^;]){1,200}$|"
    r"(?<!anime)(?<!series)(?<!film)(?<!movie),\s+(?:who|which|whose)\s+(?:(?:[^;.]|\.(?=\d)){1,200}?,[\"”’']?(?=\s+(?:is|are|was|were|will|has|have|had"
    r"|also|again|returns?|joins?|comes\s+back|came\s+back)\b)|[^,]{1,80},)"
    r"|,\s+(?:the\s+|an?\s+)?(?:chief\s+)?(?:animation|episode|art|sound)\s+director"
    r"\s+(?:of|for|on)\s+[^,;]{1,80},"  # ", animation director of Y,": another job
    r"|,\s+(?:best\s+|also\s+)?known\s+for\s+[^;.]{1,200}?,"  # ", known for his work on Y,"
    r"(?=\s+(?:is|are|was|will|has|have|directs?|directed|writes|wrote|composes?|produces?)\b)"
    r"|,\s+with\s+(?:experience|credits|work)\s+(?:on|in|from)\s+[^;.]{1,200}?,"  # ", with
    r"(?=\s+(?:is|are|was|will|has|have|directs?|writes|composes?)\b)"  # experience on Y,"
    r"|,\s+of\s+[^,;]{1,60}\s+fame,"  # ", of Studio Ghibli fame,": where the person made a name
    r"|,\s+(?:the\s+)?(?:director|creator|writer)\s+of\s+[^;.]{0,60}?\b(?:hits|works|films|classics"
    r"|such\s+as)\b[^;.]{0,80}?,(?=\s+(?:will|is|has|was)\b)"  # ", director of hits such as Y,"
)
PAST_WORKS = re.compile(
    r"\b(?:His|Her|Their)\s+(?:past|previous|earlier|prior|other)\s+(?:works?|credits)"
    r"\s+(?:includes?|are|were)\b[^.;]*"
)
ROLE_NOUN = re.compile(
    r"^(?:Novelist|Author|Writer|Screenwriter|Scriptwriter|Illustrator)\s+(?=[A-Z])"
)
OTHER_NOTE = re.compile(r"[^,()]+\(Original\s+[A-Z][a-z]+\),?\s*")  # the source's author
ROLE_IN_PARENTHESES = re.compile(  # "X (music)", "MAYUKO (music)", "Y (character designer, ...)"
    rf"(?P<n>{PERSON}|\b[A-Z][A-Z0-9]{{2,}}\b)\s*[(（](?P<role>(?i:(?:chief\s+|series\s+)?director"
    r"|series\s+composition|screenplay|scripts?|character\s+designs?|character\s+designer|music"
    r"|composer))(?:,[^()]{1,60})?[)）]"
)
PRONOUN_SUBJECT = re.compile(r",\s+(?:and\s+)?(?:he|she|who)\s+(?=(?:is|was|will|also|has)\b)")
NAME_RUN = re.compile(rf"{PERSON}")
TRAILING_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+[^,]{1,80}$")  # ", the animator of X"
SENTENCE_SUBJECT = re.compile(
    r"^(?P<n>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})\s+(?:is|was|has|had|will|also)\b"
)


BY_BEFORE = re.compile(r"\bby\s+$")  # the name before ends another credit
NEXT_SUBJECT = re.compile(  # the last name listed starts a clause of its own
    r"\s+(?:is|are|will|also|designs|composes|writes|directs|handles|provides|returns|joins"
    r"|serves|scores)\b"
)


def staff_of(units: Iterable[Unit]) -> dict[str, tuple[str, ...]]:
    """Director, series composition, character design, music and studios."""
    units = list(units)
    found: dict[str, list[str]] = {role: [] for role in (*ROLES, "studios")}
    named: set[str] = set()  # studios a sentence says outright animate the show
    assigned: dict[str, str] = {}  # people a "respectively" sentence gives one role each
    for unit in units:
        if unit.earlier_run:
            continue
        labelled = label_of(unit.text) or roles_label(unit.text)
        if labelled and _labelled_credits(labelled, found, named):
            continue
        for name, field in _roles_in_parentheses(unit.text):
            found[field].append(name)
        prose = _prose(unit.text)
        lowered = prose.lower()
        respective = respective_roles(prose)  # "A and B ... as X and Y, respectively": no more
        for clause in (prose, *coordinated(prose)) if not respective else ():
            for role in ROLES:
                if any(hint in lowered for hint in ROLE_HINTS[role]):
                    found[role].extend(_people(role, clause))
        animated = animated_at(prose)
        named.update(fold(n) for n in animated)
        found["studios"].extend([*studios_in(prose), *animated])
        listed = LIST_LINE_STUDIO.match(unit.text) if unit.is_item else None
        if listed and not lexicon().is_channel(listed.group("n")):  # "Bakuman – J.C. Staff – Oct 2"
            found["studios"].append(listed.group("n").strip(" ."))
        lead = STUDIO_LEAD.match(strip_parentheses(unit.text))
        if lead:  # "At Studio Gokumi and AXsiZ , Yuu Nobuta is directing"
            found["studios"].extend(studio_names(lead.group("n")))
        assigned.update((name, field) for field, name in respective)
        for field, name in (*respective, *filled_roles(prose)):
            found[field].append(name)
    for role, names in credits_by_proximity(units, _prose).items():
        found[role].extend(names)
    found["series_composition"] = _without_episode_writers(found["series_composition"], units)
    text = "\n".join(u.text for u in units)
    for role in ROLES:  # "Shinkai also wrote the script" after "Makoto Shinkai (...)"
        found[role] = [
            full_name(ROLE_NOUN.sub("", n), text)  # "Novelist X": X
            for n in found[role]
            if assigned.get(n, role) == role
        ]
    people = {fold(n) for role in ROLES for n in found[role]}
    studios = (
        n
        for n in (studio_form(n) for n in found["studios"])
        if n and (fold(n) in named or not not_a_studio(n)) and fold(n) not in people
    )
    return {
        role: longest(unique(studios)) if role == "studios" else unique(names)
        for role, names in found.items()
    }


def _labelled_credits(labelled: Labelled, found: dict[str, list[str]], named: set[str]) -> bool:
    """Add the credits of a "Role: Name" line to ``found`` (True when it is one); an
    explicit animation label's studio goes to ``named`` as well."""
    if labelled.field in found:  # "Studio: C2C Source: ..." ends at the next label
        value = own_value(OTHER_NOTE.sub("", labelled.value))  # not "B (Original Novel)"
        found[labelled.field].extend(split_names(value) if value else [])
        if labelled.field == "studios" and "anim" in labelled.label and value:
            named.update(fold(n) for n in split_names(value))  # "Animation Production: X"
        return True
    if labelled.field is None and MULTI_ROLE.search(labelled.label):
        for field in fields_named(labelled.label):  # "Director, Series Composition: X"
            if field in found:
                found[field].extend(split_names(labelled.value))
        return True
    if labelled.label in ("staff", "main staff", "credits"):
        for field, name in _inline_credits(labelled.value):
            found[field].append(name)
        return True
    return False


REFLEXIVE = re.compile(  # "X himself", "X, meanwhile, will ..."
    r"(?<=[a-z])(?:\s+(?:himself|herself|themselves)\b|,\s+(?:meanwhile|however|in\s+turn),(?=\s))"
)


@lru_cache(maxsize=4096)
def _prose(text: str) -> str:
    """A sentence without other works in parentheses, appositions, replaced staff and a
    leading "At Studio X," (read by ``_studios``)."""
    plain = REPLACES.sub(r"\g<new>", APPOSITION.sub("", strip_parentheses(text)))
    plain = REFLEXIVE.sub("", plain)  # "X and Fujita himself are writing": Fujita
    plain = PAST_WORKS.sub("", plain)  # "His past work includes ... designs for Y."
    plain = _same_person(plain)  # "X directs the series, and he writes the scripts"
    return STUDIO_LEAD.sub("", plain)


def _same_person(text: str) -> str:
    """``text`` with a pronoun that continues a credit (", and he is", ", who is also")
    replaced by the last person named before it."""
    pronoun = PRONOUN_SUBJECT.search(text) if ", " in text else None
    if pronoun is None:
        return text
    before = TRAILING_APPOSITION.sub("", text[: pronoun.start()])  # not "of Paper Comet"
    names = [m.group(0) for m in NAME_RUN.finditer(before)]
    people = [n for n in names if not is_company_name(n) and n.split()[0] not in PRONOUNS]
    subject = SENTENCE_SUBJECT.match(text)
    if subject and subject["n"].split()[0] not in PRONOUNS:
        people = [subject["n"]]  # "Okouchi is behind the original X story, and he wrote ..."
    if not people:
        return text
    return f"{text[: pronoun.start()]}; {people[-1]} {text[pronoun.end() :]}"


def _without_episode_writers(names: list[str], units: list[Unit]) -> list[str]:
    """``names`` without the writers of episode scripts ("while the script is being
    written by A and B") when another is credited with the series composition by name."""
    if not any("written by" in u.text or "writing the script" in u.text for u in units):
        return names  # a quick check first
    texts = [_prose(u.text) for u in units if not u.earlier_run]
    writers = {
        n for t in texts for m in EPISODE_WRITERS.finditer(t) for n in split_names(m["n"] or m["m"])
    }
    composer = any(
        n not in writers and n in t for n in names for t in texts if COMPOSITION.search(t)
    )
    return [n for n in names if n not in writers] if writers and composer else names


def _inline_credits(value: str) -> list[tuple[str, str]]:
    """("director", "X") ... for "Staff: Director X, Series Composition Y, Music Z"."""
    found: list[tuple[str, str]] = []
    for part in value.split(","):
        words = part.split()
        for size in range(min(4, len(words) - 1), 0, -1):
            field = FIELD_OF_LABEL.get(" ".join(words[:size]).lower())
            if field in (*ROLES, "studios"):
                found.append((str(field), clean_name(" ".join(words[size:]))))
                break
    return found


def _roles_in_parentheses(text: str) -> list[tuple[str, str]]:
    """("Aki Mori", "director") for "Aki Mori (director)"."""
    if "(" not in text:
        return []
    found: list[tuple[str, str]] = []
    for match in ROLE_IN_PARENTHESES.finditer(text):
        field = label_of(f"{match.group('role')}: x")
        if field and field.field in ROLES and _is_person(clean_name(match.group("n"))):
            found.append((clean_name(match.group("n")), field.field))
    return found


def _people(role: str, prose: str) -> list[str]:
    names: list[str] = []
    for pattern in ROLE_PATTERNS[role]:
        for match in pattern.finditer(prose):
            if quoted_name(prose, match.start("n"), match.end("n")):
                continue  # "on “Umamusume: Pretty Derby” as a series composer": a work
            found = split_names(match.group("n"))
            several = len(found) > 1
            if (
                several
                and match.start() == match.start("n")
                and BY_BEFORE.search(prose, 0, match.start())
            ):
                found = found[1:]  # "penned by A, and B will design ...": A is the script's
            if several and match.end() == match.end("n") and NEXT_SUBJECT.match(prose, match.end()):
                found = found[:-1]  # "written by A, and B designs ...": B's is another role
            names.extend(n for n in found if _is_person(n))
    return names


def _is_person(name: str) -> bool:
    return not (is_studio(name) or name in PRONOUNS)

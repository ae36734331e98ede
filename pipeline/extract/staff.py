"""Staff credits and studios, from ``Role: Name`` lines and from prose.

Prose is read with credits of other works removed first: in "Toshimasa Ishii (Mirai,
Anohana) is directing", the parentheses go before any pattern runs, so "Mirai" is
never a credit of this show. Sentences about a first season or an earlier OVA are
not read at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from pipeline.extract.attribution import credits_by_proximity
from pipeline.extract.candidate_filters import is_generic
from pipeline.extract.folding import Folded
from pipeline.extract.headline_reading import is_company_name
from pipeline.extract.labels import FIELD_OF_LABEL, Labelled, label_of, own_value
from pipeline.extract.lexicon import lexicon
from pipeline.extract.lineup import LIST_LINE_STUDIO
from pipeline.extract.names import (
    PERSON,
    STUDIO,
    WORD,
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
)
from pipeline.extract.segments import Unit
from pipeline.extract.staff_roles import (
    COMPOSITION,
    EPISODE_WRITERS,
    ROLE_HINTS,
    ROLE_PATTERNS,
    ROLES,
    ROLES_LINE,
    studio_form,
)

REPLACES = re.compile(  # "X will replace Y as the director": Y no longer holds the role
    rf"(?P<new>{PERSON})\s+(?:will\s+|is\s+)?(?:replace|replaces|replacing|succeeds|succeeding"
    rf"|(?:is\s+)?tak(?:es|ing|en)\s+over\s+from|took\s+over\s+from)\s+{PERSON}"
)
APPOSITION = re.compile(  # ", who directed X,", ", whose works include A, B, and C, is"
    r",\s+(?:who|which|whose)\s+(?:(?:[^;.]|\.(?=\d)){1,200}?,[\"”’']?(?=\s+(?:is|are|was|were|will|has|have|had"
    r"|also|again|returns?|joins?)\b)|[^,]{1,80},)"
    r"|,\s+(?:the\s+|an?\s+)?(?:chief\s+)?(?:animation|episode|art|sound)\s+director"
    r"\s+(?:of|for|on)\s+[^,;]{1,80},"  # ", animation director of Y,": another job
)
ROLE_IN_PARENTHESES = re.compile(
    rf"(?P<n>{PERSON})\s*[(（](?P<role>(?i:(?:chief\s+|series\s+)?director|series\s+composition"
    r"|screenplay|scripts?|character\s+designs?|character\s+designer|music|composer))[)）]"
)
_STUDIOS = rf"{STUDIO}(?:\s+(?:and|×|&)\s+{STUDIO})?"
_HintedPattern = tuple[tuple[str, ...], re.Pattern[str]]
STUDIO_PATTERNS: tuple[_HintedPattern, ...] = (
    (
        ("direct",),
        re.compile(
            r"\b(?i:directing|directs|direct|directed|director)\b"
            r"(?!\s+(?:the\s+)?(?:sound|art|photography|CG|CGI|3D|music|ADR|dub|recording|voices?"
            r"|action|effects)\b)"
            rf"(?:\s+[\w']+){{0,5}}?\s+at\s+"
            rf"(?P<n>{_STUDIOS})"
        ),
    ),
    (("animation",), re.compile(rf"\b(?i:animation\s+(?:production\s+)?by)\s+(?P<n>{_STUDIOS})")),
    (("produced by",), re.compile(rf"\b(?i:produced\s+by)\s+(?P<n>{STUDIO})")),
    (("animated by",), re.compile(rf"\b(?i:animated\s+by)\s+(?P<n>{_STUDIOS})")),
    (
        ("animates", "adapts"),
        re.compile(
            rf"(?P<n>{_STUDIOS})\s+(?:animates|adapts)\b"
            r"(?!\s+(?:the\s+)?(?:original\s+)?character)"
        ),
    ),
    (("co-production",), re.compile(rf"\bco-production\s+(?:of|between)\s+(?P<n>{_STUDIOS})")),
    (
        ("animating", "the animation", "adapting"),
        re.compile(
            rf"(?P<n>{_STUDIOS})\s+(?:is|are|will\s+be)\s+(?:[a-z]+\s+){{0,2}}?"
            r"(?:animating|handling\s+the\s+animation|producing\s+the\s+animation"
            r"|adapting(?!\s+(?:[\w.'’-]+\s+){0,3}?(?:(?:original\s+)?character|designs\b)))"
        ),
    ),
    (
        ("will animate", "will produce", "will do the animation", "will handle the animation"),
        re.compile(
            rf"(?P<n>{_STUDIOS})\s+will\s+(?:animate|produce\s+the\s+animation"
            r"|(?:do|handle)\s+the\s+animation)"  # "X will do the animation production"
        ),
    ),
    (
        ("the animation",),
        re.compile(rf"(?P<n>{_STUDIOS})\s+(?:splitting|sharing)\s+the\s+animation"),
    ),
    (("on animation",), re.compile(rf"\bwith\s+(?P<n>{STUDIO})\s+(?:back\s+)?on\s+animation")),
    (
        ("studio",),
        re.compile(rf"\b(?:CG\s+|animation\s+|[Aa]nimation\s+)?studio\s+(?P<n>{STUDIO})"),
    ),
    (
        (" from ",),
        re.compile(rf"\b(?:anime|series|life|comedy|drama|film|episodes)\s+from\s+(?P<n>{STUDIO})"),
    ),
)
ROLE_WORDS = 4  # words of one role's name in a line of several ("Chief animation director")
PRONOUN_SUBJECT = re.compile(r",\s+(?:and\s+)?(?:he|she|who)\s+(?=(?:is|was|will|also|has)\b)")
NAME_RUN = re.compile(rf"{PERSON}")
TRAILING_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+[^,]{1,80}$")  # ", the animator of X"
SENTENCE_SUBJECT = re.compile(
    r"^(?P<n>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})\s+(?:is|was|has|had|will|also)\b"
)
_THE_WORK = r"the\s+(?:[^\s,.;]+\s+){0,4}?(?:anime|series|film)"  # "the Jong-Tama Pong☆ anime"
DIRECTS_THE = re.compile(rf"direct(?:ing|s)?\s+(?:{_THE_WORK}\s+)?at\b", re.I)
ANIMATED_JOINER = re.compile(r"\s+(?:and|×)\s+")  # "X Music & Digital Entertainment" is one
ANIMATED_AT = re.compile(
    rf"\b(?i:directing|directs|direct)\s+(?:{_THE_WORK}\s+)?at\s+(?P<n>{_STUDIOS})"
    rf"|\b(?i:animation\s+production)\s+goes\s+to\s+(?P<m>{_STUDIOS})"
)
NAMED_STUDIO = re.compile(
    rf"\b(?:Studio\s+{WORD}(?:\s+{WORD})?|{WORD}\s+(?:Studios?|Animation|Pictures))\b"
    r"(?!['’]?\s*(?:Committee|Film\s+Festival|Festival|Awards?|Expo|Fair)\b)(?!\.[A-Z])"
)
PRONOUNS = frozenset(
    {"It", "He", "She", "They", "This", "That", "The", "Who", "Which", "Its", "Everyone", "Nobody"}
)
STUDIO_LEAD = re.compile(rf"^At\s+(?P<n>{_STUDIOS})\s*,\s*(?=[A-Z])")
STUDIO_LIKE = re.compile(r"\b(?:Studios?|STUDIO|Animation|Pictures)\b")
STUDIO_OWNER = re.compile(
    rf"(?P<n>{WORD}\s+{WORD}(?:\s+{WORD})?)'s\s+(?P<words>(?:[a-z-]+\s+){{0,2}})"
    r"(?:series|adventure|show|sequel|anime)\b"
)
POSSESSIVE_END = re.compile(r"['’]s$")
STUDIO_JOINER = re.compile(r"\s+(?:and|×|&)\s+")
STUDIO_CONTEXT = Folded(r"animat|studio|produc|adapt|return|is back|handl")
ROLE_RANKS = frozenset({"Chief", "Key", "Lead", "Assistant", "Sub", "Total"})  # "... Directors:"
NOT_STUDIO = re.compile(
    r"committee|partners|entertainment\b|media\b|inc\b|llc\b|\b(?:ceo|president|founder)\b", re.I
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
        labelled = label_of(unit.text) or _roles_label(unit.text)
        if labelled and labelled.field in found:  # "Studio: C2C Source: ..." ends at the next label
            value = own_value(labelled.value)
            found[labelled.field].extend(split_names(value) if value else [])
            continue
        if labelled and labelled.field is None and MULTI_ROLE.search(labelled.label):
            for field in fields_named(labelled.label):  # "Director, Series Composition: X"
                if field in found:
                    found[field].extend(split_names(labelled.value))
            continue
        if labelled and labelled.label in ("staff", "main staff", "credits"):
            for field, name in _inline_credits(labelled.value):
                found[field].append(name)
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
        animated = _animated_at(prose)
        named.update(fold(n) for n in animated)
        found["studios"].extend([*_studios(prose), *animated])
        listed = LIST_LINE_STUDIO.match(unit.text) if unit.is_item else None
        if listed and not lexicon().is_channel(listed.group("n")):  # "Bakuman – J.C. Staff – Oct 2"
            found["studios"].append(listed.group("n").strip(" ."))
        lead = STUDIO_LEAD.match(strip_parentheses(unit.text))
        if lead:  # "At Studio Gokumi and AXsiZ , Yuu Nobuta is directing"
            found["studios"].extend(_studio_names(lead.group("n")))
        assigned.update((name, field) for field, name in respective)
        for field, name in (*respective, *filled_roles(prose)):
            found[field].append(name)
    for role, names in credits_by_proximity(units, _prose).items():
        found[role].extend(names)
    found["series_composition"] = _without_episode_writers(found["series_composition"], units)
    text = "\n".join(u.text for u in units)
    for role in ROLES:  # "Shinkai also wrote the script" after "Makoto Shinkai (...)"
        found[role] = [full_name(n, text) for n in found[role] if assigned.get(n, role) == role]
    people = {fold(n) for role in ROLES for n in found[role]}
    studios = (
        n
        for n in (studio_form(n) for n in found["studios"])
        if n and (fold(n) in named or not _not_a_studio(n)) and fold(n) not in people
    )
    return {
        role: _longest(unique(studios)) if role == "studios" else unique(names)
        for role, names in found.items()
    }


REFLEXIVE = re.compile(  # "X himself", "X, meanwhile, will ..."
    r"(?<=[a-z])(?:\s+(?:himself|herself|themselves)\b|,\s+(?:meanwhile|however|in\s+turn),(?=\s))"
)


@lru_cache(maxsize=4096)
def _prose(text: str) -> str:
    """A sentence without other works in parentheses, appositions, replaced staff and a
    leading "At Studio X," (read by ``_studios``)."""
    plain = REPLACES.sub(r"\g<new>", APPOSITION.sub("", strip_parentheses(text)))
    plain = REFLEXIVE.sub("", plain)  # "X and Fujita himself are writing": Fujita
    plain = _same_person(plain)  # "X directs the series, and he writes the scripts"
    return STUDIO_LEAD.sub("", plain)


def _roles_label(text: str) -> Labelled | None:
    """A line whose label names several roles with commas ("Character designer, Chief
    animation director: X"), which ``label_of`` does not read."""
    head = text[:90]
    match = ROLES_LINE.match(text.strip()) if ("," in head or "/" in head) and ":" in head else None
    if match is None:
        return None
    label = " ".join(match.group("label").lower().split())
    parts = [p.strip() for p in re.split(r"[,/]", label)]
    if any(len(p.split()) > ROLE_WORDS for p in parts):
        return None  # a sentence with a colon, not a line of roles
    return Labelled(label, match.group("value").strip(), None) if fields_named(label) else None


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


def _longest(names: tuple[str, ...]) -> tuple[str, ...]:
    """Names without those that start or end a longer one ("Studio A" of "Studio A.C.G.T",
    "Namco Pictures" of "Bandai Namco Pictures")."""
    folded = [fold(n) for n in names]
    return tuple(
        n
        for n, f in zip(names, folded, strict=True)
        if not any(o != f and (o.startswith(f + " ") or o.endswith(" " + f)) for o in folded)
    )


def _not_a_studio(name: str) -> bool:
    words = name.split()
    if (
        len(words) == 2
        and words[1] in ("Animation", "Studio", "Studios")
        and (
            is_generic(words[0])
            or lexicon().genre_pattern.fullmatch(words[0])
            or words[0] in ROLE_RANKS
        )
    ):
        return True  # "The Animation", "Short Animation", "Fantasy Studio", "Chief Animation"
    if lexicon().genre_pattern.fullmatch(name):
        return True
    return bool(NOT_STUDIO.search(name) or lexicon().companies.fullmatch(name))


def _people(role: str, prose: str) -> list[str]:
    names: list[str] = []
    for pattern in ROLE_PATTERNS[role]:
        for match in pattern.finditer(prose):
            if quoted_name(prose, match.start("n"), match.end("n")):
                continue  # "on “Umamusume: Pretty Derby” as a series composer": a work
            names.extend(n for n in split_names(match.group("n")) if _is_person(n))
    return names


def _is_person(name: str) -> bool:
    return not (_is_studio(name) or name in PRONOUNS)


def _is_studio(name: str) -> bool:
    return bool(STUDIO_LIKE.search(name) or lexicon().studios.fullmatch(name))


def _studios(prose: str) -> list[str]:
    names: list[str] = []
    lowered = prose.lower()
    for hints, pattern in STUDIO_PATTERNS:
        if not any(hint in lowered for hint in hints):
            continue
        for match in pattern.finditer(prose):
            names.extend(_studio_names(match.group("n")))
    if "Studio" in prose or "Animation" in prose or "Pictures" in prose:  # a quick check first
        names.extend(POSSESSIVE_END.sub("", m.group(0)) for m in NAMED_STUDIO.finditer(prose))
    if "'s " in prose or "’s " in prose:
        names.extend(_genre_owners(prose))
    context = bool(STUDIO_CONTEXT.found(prose))
    if not (context or "'s " in prose or "’s " in prose):
        return names  # a known studio counts only with a cue or as an owner ("MAPPA's")
    if not lexicon().may_name_studio(prose):
        return names
    for match in lexicon().studios.finditer(prose):
        if context or prose.startswith(("'s ", "’s "), match.end()):
            names.append(match.group(0))
    return names


def _animated_at(prose: str) -> list[str]:
    """Studios a sentence says outright animate the show ("directing the anime at X",
    "the animation production goes to X"), kept even when named like a company
    ("Children's Playground Entertainment")."""
    if "goes to" not in prose and (" at " not in prose or not DIRECTS_THE.search(prose)):
        return []
    found = (m.group("n") or m.group("m") for m in ANIMATED_AT.finditer(prose))
    return [clean_name(n) for names in found for n in ANIMATED_JOINER.split(names)]


def _studio_names(text: str) -> list[str]:
    parts = STUDIO_JOINER.split(text)
    return [
        n for n in (clean_name(POSSESSIVE_END.sub("", p)) for p in parts) if n and n not in PRONOUNS
    ]


def _genre_owners(prose: str) -> list[str]:
    genres = lexicon().genres
    owners: list[str] = []
    for match in STUDIO_OWNER.finditer(prose):
        words = match.group("words").split()
        if all(w in genres for w in words):
            owners.append(clean_name(match.group("n")))
    return owners

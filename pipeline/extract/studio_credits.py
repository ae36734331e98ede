"""Studios: who animates the show, from prose and from studio-like names.

A studio is credited by a cue ("animation by X", "X is animating", "directing the anime
at X", "Studio X", a known studio with a production word near it, or "MAPPA's new
series"), never as a person; names that are committees, companies, genres or a role's
rank ("Chief Animation") are no studio unless a sentence says outright that they
animate the show.
"""

from __future__ import annotations

import re

from pipeline.extract.candidate_filters import is_generic
from pipeline.extract.folding import Folded
from pipeline.extract.lexicon import lexicon
from pipeline.extract.names import PERSON, STUDIO, WORD, clean_name, fold

MAKES_MUSIC = re.compile(
    r"(?:\s+[A-Z][\w-]*)?\s+(?:is|are|will\s+be)\s+(?:producing|providing|handling)\s+the\s+"
    r"(?:\w+['’]s?\s+)?music"
)
_STUDIOS = rf"{STUDIO}(?:\s+(?:and|×|&)\s+{STUDIO})?"
_HintedPattern = tuple[tuple[str, ...], re.Pattern[str]]


def _the_work(kinds: str) -> str:
    """ "the X anime": a work of one of ``kinds`` with up to four words before it."""
    return rf"the\s+(?:[^\s,.;]+\s+){{0,4}}?(?:{kinds})"


_THE_WORK = _the_work("anime|series|film")  # "the Jong-Tama Pong☆ anime"
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
    (  # "is at the helm of the anime at X", "directed by A for X"
        ("helm", "directed by"),
        re.compile(
            rf"\bhelm\s+of\s+{_the_work('anime|series|film|project')}\s+at\s+(?P<n>{_STUDIOS})"
            rf"|\b(?i:directed)\s+by\s+{PERSON}\s+for\s+(?P<m>{_STUDIOS})"
        ),
    ),
    (("produced at",), re.compile(rf"\bproduced\s+at\s+(?:the\s+)?(?P<n>{STUDIO})\s+studio\b")),
    (  # "X, the studio behind Y", not "Now X" nor "2014 X"
        ("the studio behind",),
        re.compile(
            r"(?<![\w-])(?!(?:Now|Then|So|And|But|Also|Today|Meanwhile|Here|In|On|At|\d+)\b)"
            rf"(?P<n>{STUDIO}),\s+the\s+studio\s+behind\b"
        ),
    ),
    (  # "produced by animation house X": X
        ("produced by",),
        re.compile(
            rf"\b(?i:produced\s+by)\s+(?:anim(?:e|ation)\s+(?:house|studio)\s+)?(?P<n>{STUDIO})"
        ),
    ),
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
            r"|adapting(?!\s+(?:[\w.'’-]+\s+){0,3}?(?:(?:original\s+)?character|designs\b"
            r"|script|screenplay|scenario)))"  # "X is adapting the script": a writer
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
        re.compile(
            rf"\b(?:CG\s+|animation\s+|[Aa]nimation\s+)?studio\s+(?P<n>{STUDIO})"
            rf"|\b[Aa]nimation\s+studios\s+(?P<m>{_STUDIOS})"  # "the animation studios X and Y"
        ),
    ),
    (
        (" from ",),
        re.compile(  # not "a synopsis of the anime from MAL", a website
            rf"(?<!synopsis\sof\sthe\s)\b(?:anime|series|life|comedy|drama|film|episodes)\s+from\s+"
            rf"(?P<n>{STUDIO})"
        ),
    ),
)
DIRECTS_THE = re.compile(rf"direct(?:ing|s)?\s+(?:{_THE_WORK}\s+)?at\b", re.I)
ANIMATED_JOINER = re.compile(r"\s+(?:and|×)\s+")  # "X Music & Digital Entertainment" is one
ANIMATED_AT = re.compile(
    rf"\b(?i:directing|directs|direct)\s+(?:{_THE_WORK}\s+)?at\s+(?P<n>{_STUDIOS})"
    rf"|\b(?i:animation\s+production)\s+goes\s+to\s+(?P<m>{_STUDIOS})"
    rf"|\b(?i:animated\s+by)\s+(?P<a>{_STUDIOS})"  # "Animated by TMS Entertainment, X ..."
    rf"|\b(?i:the\s+studio)\s+(?P<s>{_STUDIOS})\s+(?:is|will\s+be)\s+(?:handling|producing)\s+"
    r"the\s+animation\b"  # "The studio TMS Entertainment is handling the animation"
)
_AFFILIATION = r"\s+(?i:director|supervisor|designer|animator|veteran|co-founder|founder)s?\b"
AFFILIATION = re.compile(_AFFILIATION)  # "Studio Ghibli animator X": a person's studio
NAMED_STUDIO = re.compile(
    rf"\b(?:Studio\s+{WORD}(?:\s+{WORD})?"
    rf"|{WORD}\s+(?:Studio(?!\s+[A-Z])|Studios|Animation|Pictures))(?<!-)\b(?!-\d)"  # "A-1"
    r"(?!['’]?\s*(?:Committee|Film\s+Festival|Festival|Awards?|Expo|Fair|Category|Academy|School"
    r"|College|Institute)\b)(?!\.[A-Z])"
    rf"(?!{_AFFILIATION})"
)  # not "In-between Animation Director: X", "Veteran Studio Ghibli animator X"
PRONOUNS = frozenset(
    {"It", "He", "She", "They", "This", "That", "The", "Who", "Which", "Its", "Everyone", "Nobody"}
)
STUDIO_LEAD = re.compile(rf"^At\s+(?P<n>{_STUDIOS})\s*,\s*(?=[A-Z])")
STUDIO_LIKE = re.compile(r"\b(?:Studios?|STUDIO|Animation|Pictures)\b")
STUDIO_OWNER = re.compile(
    rf"(?P<n>{WORD}\s+{WORD}(?:\s+{WORD})?)'s\s+(?P<words>(?:[a-z-]+\s+){{0,2}})"
    r"(?:series|adventure|show|sequel|anime)\b"
)
SEASON_NAME = re.compile(r"(?:Spring|Summer|Fall|Autumn|Winter)(?:\s+\d{4})?|\d+")
NAME_TAIL = re.compile(r"['’]s$|-animated$")  # "MAPPA's", "Studio Deen-animated"
SOURCE_OF = re.compile(r"\b(?:adaptation|version|based\s+on|adapted\s+from)(?:\s+of)?\s+$", re.I)
STUDIO_JOINER = re.compile(r"\s+(?:and|×|&)\s+")
STUDIO_CONTEXT = Folded(
    r"animat|studio|produc|adapt|return|is back|handl|to life|made by|in charge"  # "X is in charge"
)
ANIMATED_COMPOUND = re.compile(r"(?<=\w)-animated\b")  # "the MAPPA-animated series"
COMPOUND_WORDS = 4  # words a studio's name before "-animated" may run to
ROLE_RANKS = frozenset({"Chief", "Key", "Lead", "Assistant", "Sub", "Total"})  # "... Directors:"
NOT_STUDIO = re.compile(
    r"committee|partners|entertainment\b|media\b|inc\b|llc\b|\b(?:ceo|president|founder)\b", re.I
)


def longest(names: tuple[str, ...]) -> tuple[str, ...]:
    """Names without those that start or end a longer one ("Studio A" of "Studio A.C.G.T",
    "Namco Pictures" of "Bandai Namco Pictures")."""
    folded = [fold(n) for n in names]
    return tuple(
        n
        for n, f in zip(names, folded, strict=True)
        if not any(o != f and (o.startswith(f + " ") or o.endswith(" " + f)) for o in folded)
    )


def not_a_studio(name: str) -> bool:
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
    if lexicon().genre_pattern.fullmatch(name) or SEASON_NAME.fullmatch(name):
        return True  # "our favourite anime series from Summer 2022": a season
    return bool(NOT_STUDIO.search(name) or lexicon().companies.fullmatch(name))


def is_studio(name: str) -> bool:
    return bool(STUDIO_LIKE.search(name) or lexicon().studios.fullmatch(name))


def studios_in(prose: str) -> list[str]:
    names: list[str] = []
    lowered = prose.lower()
    for hints, pattern in STUDIO_PATTERNS:
        if not any(hint in lowered for hint in hints):
            continue
        for match in pattern.finditer(prose):
            names.extend(studio_names(match.group("n") or match.groupdict()["m"]))
    if "Studio" in prose or "Animation" in prose or "Pictures" in prose:  # a quick check first
        names.extend(
            NAME_TAIL.sub("", m.group(0))
            for m in NAMED_STUDIO.finditer(prose)
            if not MAKES_MUSIC.match(prose, m.end())  # "Studio Flying Dog is producing the music"
        )
    if "'s " in prose or "’s " in prose:
        names.extend(_genre_owners(prose))
    if "-animated" in prose:
        names.extend(_compound_studios(prose))
    context = bool(STUDIO_CONTEXT.found(prose))
    if not context:  # a known studio counts with a cue, as where the show is from ("lands
        names.extend(_studios_from(prose))  # January 16 from Madhouse") or as an owner
    if not (context or "'s " in prose or "’s " in prose):
        return names
    if not lexicon().may_name_studio(prose):
        return names
    for match in lexicon().studios.finditer(prose):
        if AFFILIATION.match(prose, match.end()):
            continue  # "Veteran Studio Ghibli animator X": the person's studio
        if context or prose.startswith(("'s ", "’s "), match.end()):  # "MAPPA's"
            names.append(_proper(match.group(0)))
    return names


def _proper(name: str) -> str:
    """A known studio's name without the common noun before it ("studio Pierrot")."""
    rest = name.removeprefix("studio ")
    return rest if rest != name and lexicon().studios.fullmatch(rest) else name


def animated_at(prose: str) -> list[str]:
    """Studios a sentence says outright animate the show ("directing the anime at X",
    "the animation production goes to X"), kept even when named like a company
    ("Children's Playground Entertainment")."""
    said = "goes to" in prose or "the animation" in prose or "nimated by" in prose
    if not said and (" at " not in prose or not DIRECTS_THE.search(prose)):
        return []
    found = [m["n"] or m["m"] or m["s"] or m["a"] for m in ANIMATED_AT.finditer(prose)]
    if not found:  # a known studio written in lower case: "directing the film at ufotable"
        at = (m.end() + 1 for m in DIRECTS_THE.finditer(prose))
        found = [k.group(0) for start in at if (k := lexicon().studios.match(prose, start))]
    return [clean_name(n) for names in found for n in ANIMATED_JOINER.split(names)]


def studio_names(text: str) -> list[str]:
    parts = STUDIO_JOINER.split(text)
    return [n for n in (clean_name(NAME_TAIL.sub("", p)) for p in parts) if n and n not in PRONOUNS]


def _studios_from(prose: str) -> list[str]:
    """A known studio right after "from" ("lands January 16 from Madhouse")."""
    found: list[str] = []
    start = prose.find(" from ")
    while start >= 0:
        known = lexicon().studios.match(prose, start + len(" from "))
        if known and not AFFILIATION.match(prose, known.end()):
            found.append(known.group(0))
        start = prose.find(" from ", start + 1)
    return found


def _compound_studios(prose: str) -> list[str]:
    """The studio of "the David Production-animated series": the longest run of words
    before "-animated" that names a studio."""
    found: list[str] = []
    for match in ANIMATED_COMPOUND.finditer(prose):
        words = prose[: match.start()].split()[-COMPOUND_WORDS:]
        heads = [" ".join(words[at:]) for at in range(len(words)) if _may_open(words[at])]
        studio = next((n for n in heads if lexicon().studios.fullmatch(n)), None) or next(
            (n for n in heads if " " in n and STUDIO_LIKE.search(n)), None
        )
        found.extend([studio] if studio else [])
    return found


def _may_open(word: str) -> bool:
    return word[:1].isupper() and word not in ("The", "A", "An")


def _genre_owners(prose: str) -> list[str]:
    """ "MAPPA's action series": the studio's; not "the adaptation of X's action series",
    its author's."""
    genres = lexicon().genres
    owners: list[str] = []
    for match in STUDIO_OWNER.finditer(prose):
        words = match.group("words").split()
        if SOURCE_OF.search(prose, 0, match.start()):
            continue
        if all(w in genres for w in words):
            owners.append(clean_name(match.group("n")))
    return owners

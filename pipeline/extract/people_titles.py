"""Shows that are people: a title that is someone the article credits, or that has the
shape of a Japanese name and is the subject of a credit in the body."""

from __future__ import annotations

import re
from dataclasses import fields, replace

from pipeline.core.models import ShowMention
from pipeline.extract.names import fold, looks_like_japanese_name

CREDIT_VERB = (  # "X (works) directed the film", "X is also composing the music", not "X is
    # directed by Y"
    r"\s*(?:[(（][^()（）]{0,120}[)）]\s*)?(?:,[^,]{1,80},\s*)?(?:(?:is|was|also|again|will)\s+)*"
    r"(?:directed|directing|directs|direct|wrote|writes|writing|write|penned|composed|composing"
    r"|compose|designed|designing|design|voices|voiced|voice|plays|played|play|stars|starred|said"
    r"|says|returns|joins|handling|handles|handled|in\s+charge)\b(?!\s+by\b)"
)


def without_people(mentions: list[ShowMention], body: str) -> list[ShowMention]:
    """``mentions`` without the "shows" that are people (see the module), and one mention
    per title."""
    return _without_named_people(_without_credited(_once_each(mentions)), body)


SEASON_SUBTITLE = re.compile(r"^(?P<season>.+?\bSeason\s+\d{1,2}):\s+\S.*$")


def _once_each(mentions: list[ShowMention]) -> list[ShowMention]:
    """One mention per title: a later part about the same show ("X" over a paragraph and
    "X Season 2" over a heading both reading "X Season 2", or "X Season 3" after "X Season
    3: Subtitle") fills what the first left empty."""
    kept: dict[str, ShowMention] = {}
    for mention in mentions:
        title = mention.facts.title or ""
        season = SEASON_SUBTITLE.match(title)
        key = fold(season["season"] if season else title) or str(len(kept))
        first = kept.setdefault(key, mention)
        if first is not mention:
            kept[key] = _filled(first, mention)
    return list(kept.values())


def _filled(first: ShowMention, later: ShowMention) -> ShowMention:
    empty = [f.name for f in fields(first.facts) if not getattr(first.facts, f.name)]
    facts = replace(first.facts, **{n: getattr(later.facts, n) for n in empty})
    other = later.facts.title
    if other and other != facts.title and other not in facts.alt_titles:
        facts = replace(facts, alt_titles=(*facts.alt_titles, other))
    sure = {**{n: c for n, c in later.confidence.items() if n in empty}, **first.confidence}
    return replace(first, facts=facts, confidence=sure)


def _without_credited(mentions: list[ShowMention]) -> list[ShowMention]:
    """``mentions`` without a "show" whose title is someone the article credits (an actor,
    a director, a creator): a person's name read as a title, when there are other shows."""
    people = {
        fold(name)
        for m in mentions
        for name in (
            *m.facts.director,
            *m.facts.series_composition,
            *m.facts.character_design,
            *m.facts.music,
            *m.facts.original_creator,
            *(c.actor for c in m.facts.cast),
        )
    }
    kept = [m for m in mentions if fold(m.facts.title or "") not in people]
    return kept if kept else mentions


def _without_named_people(mentions: list[ShowMention], body: str) -> list[ShowMention]:
    """``mentions`` without a "show" whose title has a person's name's shape and which the
    body makes the subject of a credit ("Takumi Dōyama (Doraemon episodes) directed the
    film"): a chart paragraph's director read as a title."""
    return [m for m in mentions if not _credited_person(m.facts.title or "", body)]


def _credited_person(title: str, body: str) -> bool:
    if not looks_like_japanese_name(title):
        return False
    return re.search(rf"\b{re.escape(title)}\b{CREDIT_VERB}", body) is not None

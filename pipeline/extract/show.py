"""One segment of an article to one show's facts."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from pipeline.core.models import ShowFacts, ThemeSong
from pipeline.extract.cast import cast_of
from pipeline.extract.channels import broadcasters_of, streaming_of
from pipeline.extract.confidence import fact_confidence
from pipeline.extract.date_mentions import MONTH_NAME, dates_in
from pipeline.extract.earlier_runs import mark_earlier_runs, without_dub
from pipeline.extract.episodes import episodes_of
from pipeline.extract.folding import Folded
from pipeline.extract.genres import genres_of
from pipeline.extract.lexicon import lexicon
from pipeline.extract.names import fold, looks_like_japanese_name
from pipeline.extract.premiere import Airing, premiere_of
from pipeline.extract.seasons import season_of
from pipeline.extract.segments import Segment, Unit
from pipeline.extract.sentences import split_sentences
from pipeline.extract.source import creators_of, source_of
from pipeline.extract.staff import staff_of
from pipeline.extract.studio_credits import STUDIO_LIKE
from pipeline.extract.themes import heading_song, themes_of
from pipeline.extract.title_forms import Titles, sequel_number
from pipeline.extract.title_spans import positions

SEQUEL_TEXT = Folded(
    r"\bsequel\b|\b(?:second|third|fourth|2nd|3rd|4th|new)\s+season\b|\bseason\s+[2-9]\b"
    r"|\b(?:second|2nd)\s+part\b"
)
FILM_TITLE = re.compile(r"\b(?:Movie|Film|Gekij[ōo]u?ban)\b|^Eiga\s", re.I)
FILM_TEXT = Folded(
    r"\b(?:anime\s+film|film\s+adaptation|the\s+film's|the\s+movie's|feature\s+film"
    r"|new\s+(?:movie|film)\s+version)\b"
    r"|\bopens?\s+in\s+(?:japanese\s+)?theaters|\btheatrical\s+(?:release|run|premiere)|\bbox\s+office\b"
    r"|\b(?:reach|reaches|hit|hits)\s+(?:japanese\s+)?theaters\b"
)
_DAY = rf"{MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s*\d{{4}})?"  # "Oct 3 2020" too
HEADING_DATE = re.compile(  # a heading's closing "(January 7)", "– October 7", "- May 4, 2024",
    rf"(?:\((?:[^()\d]{{1,30}}?[\s:])?\s*{_DAY}\s*\)|\s[–—-]\s+{_DAY})\s*$"  # "(Release: July 3)"
)
PRONOUNS = frozenset(("i", "we", "he", "she", "they", "you", "it"))
OTHER_FILM = re.compile(
    r"(?P<n>[A-Z][\w'’!-]*(?:\s+[A-Z][\w'’!-]*){0,5}),\s+an?\s+[^,.;]{0,40}?\b(?i:anime\s+)?film\b"
)
TV_TEXT = Folded(r"\b(?:tv|television)\s+anime\b|\bepisodes?\b|\bcours?\b")


@dataclass(frozen=True, slots=True)
class Context:
    """What the whole article says that holds for each of its shows."""

    published: date | None  # the article's dateline, for dates written without a year
    season_hints: tuple[str, ...] = ()  # headline and introduction, for the season
    genres: tuple[str, ...] = ()  # a round-up's theme ("Every New Isekai Anime")
    streaming: tuple[str, ...] = ()  # a lineup's service ("coming to Crunchyroll")
    listing_season: str | None = None  # the season a preview's or list's headline names


PERSON_ROLES = ("director", "series_composition", "character_design", "music")


def facts_of(
    segment: Segment, titles: Titles, context: Context, *, title_confidence: float = 1.0
) -> tuple[ShowFacts, Mapping[str, float]]:
    """Every field of the show record, read from ``segment``, and how sure each is."""
    sequel = bool(titles.title and sequel_number(titles.title)) or _names_a_sequel(
        segment.text, titles.title
    )
    number = sequel_number(titles.title) if titles.title else None
    every = mark_earlier_runs(segment.units, sequel=sequel, season=number)
    units = without_dub(every)
    names = [n for n in (titles.title, *titles.alt_titles) if n]
    airing, dated = _airing(units, segment.heading, context)
    staff = staff_of(units)
    is_film = _is_film(titles.title, segment.text, (*context.season_hints, "")[0])
    named = None if dated else season_of(units, Airing(None, None), context.published, ())
    own_season = named or season_of((), airing, context.published, ())
    season = (
        named  # the show's own words ("this fall", "Summer 2025 season")
        or context.listing_season  # a preview's "Spring 2020" holds for its shows
        or own_season
        or season_of((), Airing(None, None), context.published, context.season_hints)
    )
    studios = _studios(staff["studios"], names, staff)
    taken = {fold(n) for n in (*names, *studios)}  # never a person's name
    own_streaming = streaming_of(every)
    own_genres = genres_of([u.text for u in units], names)
    facts = ShowFacts(
        title=titles.title,
        alt_titles=titles.alt_titles,
        season=None if is_film else season,
        premiere_date=airing.day,
        premiere_time=airing.time,
        broadcasters=broadcasters_of(units),
        streaming=_merged(own_streaming, context.streaming),
        studios=studios,
        director=_people(staff["director"], taken),
        series_composition=_people(staff["series_composition"], taken),
        character_design=_people(staff["character_design"], taken),
        music=_people(staff["music"], taken),
        original_creator=creators_of(every, names),  # a dub or an earlier season has the
        source_material=source_of(every),  # same source work and the same creators
        episodes_or_cours=episodes_of(units),
        genres=_merged(own_genres, context.genres),
        cast=cast_of(units, names),
        themes=_with_heading_song(themes_of(units, names), segment, context),
    )
    shared = [
        name
        for name, own in (("streaming", own_streaming), ("genres", own_genres))
        if len(getattr(facts, name)) > len(own)
    ]
    confidence = fact_confidence(
        facts,
        units,
        title=title_confidence,
        placed_airing=airing.placed,
        own_season=named is not None or (own_season is not None and not context.listing_season),
        shared=shared,
    )
    return facts, confidence


LOOK_BACK = 80  # characters before "season N" that hold the name it follows
OTHER_NAME_BEFORE = re.compile(r"\b(?P<w>[A-Z][\w'’!-]*)\s*$")


def _names_a_sequel(text: str, title: str | None) -> bool:
    """Whether the text speaks of a later season: not another show's ("... theme songs for
    Pokémon XY and My Hero Academia season 2"), a capitalised name before "season N" that
    is not this show's."""
    own = set(fold(title or "").split())
    for match in re.finditer(SEQUEL_TEXT.pattern.pattern, text, re.I):
        before = OTHER_NAME_BEFORE.search(text, max(0, match.start() - LOOK_BACK), match.start())
        if match.group().lower().startswith("season") and before and fold(before["w"]) not in own:
            continue
        return True
    return False


def _airing(units: tuple[Unit, ...], heading: str | None, context: Context) -> tuple[Airing, bool]:
    """The premiere the text gives, else the one its list heading ends with (and True)."""
    airing = premiere_of(units, context.published, lineup=bool(context.streaming))
    dated = _heading_date(heading, context.published) if airing.day is None else None
    return (Airing(dated, None), True) if dated else (airing, False)


def _heading_date(heading: str | None, published: date | None) -> date | None:
    """The date a list's show heading ends with ("1) X (January 7)", "X – SHAFT – October
    7"): the show's premiere, where its text gives none."""
    tail = HEADING_DATE.search(heading or "")
    moments = dates_in(tail.group(0), published) if tail else []
    return moments[0].day if len(moments) == 1 else None


def _with_heading_song(
    themes: tuple[ThemeSong, ...], segment: Segment, context: Context
) -> tuple[ThemeSong, ...]:
    first = segment.units[0].text if segment.units and segment.heading else ""
    headline = context.season_hints[0] if context.season_hints else ""
    song = heading_song(segment.heading, headline, first)
    if song is None or any(fold(t.title or "") == fold(song.title or "") for t in themes):
        return themes
    return (song, *themes)


def _is_film(title: str | None, text: str, headline: str = "") -> bool:
    if title is None:
        return False
    if FILM_TITLE.search(title):
        return True
    if not sequel_number(title) and _named_film(title, f"{headline}\n{text}"):
        return True  # "Trapezium Idol Anime Film's 1st 4 Minutes", "the anime film of X"
    if not FILM_TEXT.found(text) or TV_TEXT.found(text):
        return False
    return any(
        FILM_TEXT.found(s) and not _other_film(s, title)
        for line in text.split("\n")
        for s in split_sentences(line)
    )


def _other_film(sentence: str, title: str) -> bool:
    """A film cue about another work the sentence names ("It also inspired Pigtails, a
    28-minute short anime film by ...")."""
    other = OTHER_FILM.search(sentence)
    return other is not None and fold(other.group("n")) not in fold(title)


def _named_film(title: str, text: str) -> bool:
    lowered = text.lower()
    if title not in text or ("film" not in lowered and "movie" not in lowered):
        return False  # a quick check: every form below holds the title and a film word
    at = text.find(title)
    while at >= 0:
        if FILM_AFTER.match(text, at + len(title)):  # "X anime film", "X Y movie"
            return True
        if FILM_OF_BEFORE.search(text, max(0, at - FILM_OF_REACH), at):  # "anime film of X"
            return True
        at = text.find(title, at + 1)
    return any(  # "the film, X", "its new film, officially titled X"
        FILM_COMMA.search(text, max(0, at - FILM_REACH), at) for at in positions(title, text)
    )


FILM_AFTER = re.compile(r"(?:\s+[A-Z][\w-]*){0,2}\s+(?i:anime\s+)?(?i:film|movie)\b")
FILM_OF_BEFORE = re.compile(r"\b(?i:anime\s+(?:film|movie)\s+of)\s+(?:[^\s.]+\s+){0,4}?$")
FILM_OF_REACH = 300  # characters before a title where "anime film of" may stand
FILM_COMMA = re.compile(
    r"\b(?i:the\s+(?:anime\s+)?(?:film|movie)),\s+$"
    r"|\b(?i:film|movie),\s+(?i:officially\s+)?(?i:titled|called)\s+$"
)
FILM_REACH = 60  # characters before a title where "the film," may stand


def _studios(
    found: tuple[str, ...], names: list[str], staff: Mapping[str, tuple[str, ...]]
) -> tuple[str, ...]:
    """Studios without the show's own titles or their words ("Trigger" of "World
    Trigger"), without streamers or stations, and without a person's name no studio has
    (one the staff credits in a role, or one shaped like a Japanese name: "Mamoru Hosoda"
    of "a film from Mamoru Hosoda")."""
    titles = [f" {fold(n)} " for n in names]
    people = {fold(p) for role in PERSON_ROLES for p in staff[role]}
    return tuple(
        s
        for s in found
        if not any(f" {fold(s)} " in t for t in titles)
        and not lexicon().is_channel(s)
        and not (_named_like_person(s) and (fold(s) in people or looks_like_japanese_name(s)))
    )


def _named_like_person(name: str) -> bool:
    known = lexicon().studios
    return not (STUDIO_LIKE.search(name) or known.fullmatch(name) or known.fullmatch(fold(name)))


def _people(found: tuple[str, ...], taken: set[str]) -> tuple[str, ...]:
    """Credited people without ``taken`` names (the show's own titles and its studios),
    nor a run of a title's words ("Summer Hikaru Died" of "The Summer Hikaru Died")."""
    within = [f" {t} " for t in taken]

    def inside(person: str) -> bool:
        return len(person.split()) > 1 and any(f" {fold(person)} " in t for t in within)

    return tuple(
        p for p in found if fold(p) not in taken and fold(p) not in PRONOUNS and not inside(p)
    )  # nor a blogger's "I" ("But I love the ... music")


def _merged(own: tuple[str, ...], shared: tuple[str, ...]) -> tuple[str, ...]:
    seen = {s.casefold() for s in own}
    return own + tuple(s for s in shared if s.casefold() not in seen)

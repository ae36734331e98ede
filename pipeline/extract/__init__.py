"""Article text to show records: ``extract(article)``.

The stage reads an article the way a person does. ``text`` turns its HTML or plain
text into headings, paragraphs and list lines without boilerplate; ``segments``
decides whether it is a round-up and gives each show its own part; ``titles``
names each show; then one small reader per field (``premiere``, ``seasons``,
``channels``, ``staff``, ``source``, ``episodes``, ``genres``, ``cast``, ``themes``)
reads the segment. Everything is pure: no I/O and no clock. A date written without a year takes
it from the article's dateline (``published``) and stays unknown without one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.core.models import Article, ShowFacts, ShowMention
from pipeline.extract.channels import streaming_of
from pipeline.extract.charts import charted
from pipeline.extract.files import article_from_file
from pipeline.extract.gazetteer import Gazetteer, read_entries, surer
from pipeline.extract.genres import genres_of
from pipeline.extract.heading_extras import heading_genres
from pipeline.extract.headline_copies import (
    headline_post,
    one_show_captions,
    one_show_sections,
    without_headline,
)
from pipeline.extract.headline_kind import counts_shows, lists_shows, own_part
from pipeline.extract.headline_lists import listed_in_headline
from pipeline.extract.headline_marks import spaced_tags
from pipeline.extract.labels import aliases_in
from pipeline.extract.lineup import lineup_named
from pipeline.extract.listed import SEASON_YEAR, Named, about_each, unnamed, with_listed
from pipeline.extract.mojibake import mended_article
from pipeline.extract.names import owner_forms
from pipeline.extract.people_titles import without_people
from pipeline.extract.picks import is_picks
from pipeline.extract.premiere import Airing
from pipeline.extract.season_numbers import (
    entry_season,
    numbered_by_text,
    short_marked,
    spelled_seasons,
    with_short_form,
)
from pipeline.extract.seasons import season_of
from pipeline.extract.segments import Layout, Segment, Unit, layout
from pipeline.extract.show import Context, facts_of
from pipeline.extract.show_headings import STAFF_TAIL, WHEN_TAIL
from pipeline.extract.text import Block, Document, to_document
from pipeline.extract.themes import LIST_KIND
from pipeline.extract.title_forms import (
    ORDINALS,
    SEQUEL,
    Titles,
    film_parts,
    sequel_number,
    with_own_marks,
)
from pipeline.extract.titles import (
    from_evidence,
    from_heading,
    glossed_form,
    heading_studio,
)
from pipeline.extract.topics import EVENTS_GOODS, is_event_news, is_other_news, is_print_news

__all__ = ["Gazetteer", "article_from_file", "extract", "read_entries"]

LINEUP = re.compile(
    r"\blineup\b|\bslate\b|\bsimul(?:cast|dub)s?\b|\bcoming\s+to\b|\bstreaming\s+(?:on|this)\b|\b(?:will|to)\s+stream\b"
    r"|\bwatching\s+on\b|\bEdition$"  # "... I began watching on X", "Preview: X Edition"
    r"|\b(?:new\s+)?original\s+(?:Japanese\s+)?anime\b",  # a service's own originals
    re.I,
)
SEASONS_OF_ALL = re.compile(
    r"\b(?P<n>second|third|fourth|fifth)\s+seasons\b", re.I
)  # a round-up of shows that all get their Nth season
NEW_SEASONS = re.compile(r"\bnew\s+seasons?\b|\bsequels?\b", re.I)  # a list of sequels
HEADING_NEWS_VERB = re.compile(  # a news headline as a heading, no shorter reading found
    r"\b(?:Announced|Revealed|Unveils|Unveiled|Reveals|Announces|to\s+Re-Air|to\s+Air|to\s+Stream"
    r"|Begins|Starts|Delayed|Postponed|Confirmed|(?i:featured\s+(?:in|on)))\b"
    r"|^(?:New|First|Second|Third|Main)\s+(?:Key\s+)?(?:Visual|Trailer|PV|Teaser|Promo)\s+for\b"
)
DIR = re.compile(r"\bdir\.")  # a heading's "chief dir. X"
INTRO_BLOCKS = 4  # blocks of an introduction that may count the shows to come
PROJECT_CUE = re.compile(
    r"\buntitled\b|\btitle\s+(?:will|is|has)\b|\b(?:new|original|short)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:anime|project|series)\b|\banime\s+(?:project|adaptation)\b",
    re.I,
)
HEADLINE_FIELD = re.compile(
    r"[(\[](?P<label>[A-Za-z][\w ]{1,24}):\s*(?P<value>[^()\[\]]{2,60})[)\]]"
)
CREDITS = frozenset(
    {
        "studios",
        "director",
        "series_composition",
        "character_design",
        "music",
        "original_creator",
        "cast",
        "themes",
    }
)


def extract(article: Article, *, gazetteer: Gazetteer | None = None) -> list[ShowMention]:
    """The shows ``article`` presents, one mention per show (several for a round-up).

    With a ``gazetteer``, a title the season catalogue knows is surer (``gazetteer``).
    """
    article = mended_article(article)  # UTF-8 punctuation decoded byte by byte
    written = f"{article.title or ''}\n{article.content_html or article.summary}"
    written = written if short_marked(written) else ""  # "X S2": read as "X Season 2"
    article = _spelled(article) if written else article
    document = _document(article)
    body = "\n".join(b.text for b in document.blocks)
    article = replace(article, title=own_part(spaced_tags(article.title), body))
    lead = document.blocks[0].text if document.blocks else ""  # a headline-less page's own
    listing = lists_shows(article.title or lead, body) or counts_shows(
        "\n".join(b.text for b in document.blocks[:INTRO_BLOCKS])
    )
    parts = one_show_captions(layout(document, listing=listing), article.title, listing=listing)
    parts = one_show_sections(parts, article.title, listing=listing)
    parts = headline_post(parts, article.title, listing=listing)
    if is_other_news(article.title, roundup=parts.roundup, body=body, listing=listing):
        return []
    named, chart = _named_segments(article, document, parts, body)
    if not chart:  # a chart's entries are all its shows
        named = with_listed(named, parts, listing=listing, picks=is_picks(article.title or ""))
        named = [*named, *unnamed(lineup_named(article.title or "", body), named, within=True)]
    headings = [s.heading for s, _, _ in named if len(named) > 1]
    context = _context(article, parts, headings, listing=listing)
    seen_at = article.published or article.fetched_at
    mentions: list[ShowMention] = []
    for segment, titles, sure in named:
        titles = numbered_by_text(titles, segment.text)
        titles = with_own_marks(titles, f"{article.title or ''}\n{segment.text}")
        titles = with_short_form(titles, written)
        sure = surer(gazetteer, (titles.title, *titles.alt_titles), sure)
        facts, confidence = facts_of(segment, titles, context, title_confidence=sure)
        if not _says_something(facts, f"{article.title or ''}\n{segment.text}"):
            continue
        mentions.append(
            ShowMention(
                facts=facts,
                article_id=article.id,
                feed_id=article.feed_id,
                link=article.link,
                seen_at=seen_at,
                image_url=article.image_url,
                confidence=confidence,
            )
        )
    return without_people(mentions, body)


def _spelled(article: Article) -> Article:
    return replace(
        article,
        title=article.title and spelled_seasons(article.title),
        summary=spelled_seasons(article.summary),
        content_html=spelled_seasons(article.content_html),
    )


def _document(article: Article) -> Document:
    """The article's body; for a headline-only item, the headline stands as the body."""
    content = article.content_html or article.summary
    document = without_headline(to_document(content, article.title or ""), article)
    if document.blocks or not article.title:
        return document
    return Document((Block("para", " ".join(article.title.split())),))


def _says_something(facts: ShowFacts, text: str) -> bool:
    """False when no show was found: no title, and no credits of an announced project."""
    if facts.title is not None:
        return True
    return bool(PROJECT_CUE.search(text)) and any(getattr(facts, name) for name in CREDITS)


ALIAS_LINES = 3  # an "AKA:" line stands this close below its show's heading
HEADING = 0.65  # a round-up heading with text of its own under it
HEADING_BACKED = 0.85  # ... and that text names the show again or states its facts
LISTED = 0.75  # one of the shows a list headline names, each also named in the body


def _named_segments(
    article: Article, document: Document, parts: Layout, body: str
) -> tuple[list[Named], bool]:
    """The shows the page's layout names, or a box-office chart's entries (and True)."""
    named = _named_by_layout(article, document, parts)
    known = [t.title for _, t, _ in named if t.title]
    if entries := charted(article.title or "", parts.units, body, known):
        return [(s, from_heading(glossed_form(t, body), body), LISTED) for t, s in entries], True
    return named, False


def _named_by_layout(article: Article, document: Document, parts: Layout) -> list[Named]:
    if parts.roundup:
        every = SEASONS_OF_ALL.search(article.title or "")  # "... Are Getting Second Seasons"
        number = ORDINALS.get(every.group("n").lower()) if every else None
        songs = bool(LIST_KIND.search(article.title or ""))  # "Top 5 Endings of Summer 2019"
        sequels = bool(NEW_SEASONS.search(article.title or ""))  # "... a New Season Next Year"
        return [
            (
                _with_studio(s),
                _heading_titles(s, number or (_entry_number(s) if sequels else None), songs=songs),
                _heading_confidence(s),
            )
            for s in _show_news(parts.shows)
            if not _owns_headline(s, article.title)  # "X's Anime Sunday" over "X"
        ]
    segment = parts.shows[0]
    body = segment.text
    headline = article.title or ""
    listed = listed_in_headline(headline, body)
    if listed:
        named = _with_seasons(headline, listed)
        parts_of = about_each(segment, listed)
        return [
            (parts_of[t], from_heading(glossed_form(n, body), body), LISTED)
            for t, n in zip(listed, named, strict=True)
        ]
    if article.title:
        titles, confidence = from_evidence(article.title, body, document.emphasis)
        if films := film_parts(titles.title, body):  # a two-part film project: each part
            each = about_each(segment, tuple(films), lead=False)
            return [(each[f], Titles(f, (titles.title or "",)), confidence) for f in films]
        return [(_with_headline_fields(segment, article.title), titles, confidence)]
    titles, confidence = from_evidence("", body, document.emphasis, article.link or "")  # no
    # headline: the body's evidence, and the page's address
    return [(segment, titles, confidence)]


def _owns_headline(segment: Segment, headline: str | None) -> bool:
    """A heading the headline names as its owner and its text never names again: the
    column's writer."""
    name = segment.heading
    if not (name and headline and headline.startswith(owner_forms(name))):
        return False
    return name not in segment.text


def _show_news(segments: tuple[Segment, ...]) -> list[Segment]:
    """A digest's items without those whose heading is other news (a festival, a pop-up
    store, a café, a manga's last chapter), unless every item is."""
    shows = [
        s
        for s in segments
        if not (s.heading and is_event_news(s.heading, kinds=EVENTS_GOODS))
        and not (s.heading and is_print_news(s.heading, s.text))
    ]
    return shows or list(segments)


def _with_seasons(headline: str, listed: tuple[str, ...]) -> list[str]:
    """The listed shows with the season the headline gives: every one's ("A and B Anime Get
    Second Seasons"), or, when it stands before the last listed show ("A, B Season 2, C &
    D", "Adds A, B Season 2"), the one show's it follows."""
    marker = SEQUEL.search(headline)
    number = sequel_number(headline)
    if marker is None or number is None:
        return list(listed)
    last = headline.rfind(listed[-1])
    own = headline[last + len(listed[-1]) : marker.start()].strip() == "" and not re.search(
        r"seasons", marker.group(0), re.I
    )  # "Adds A, B Season 2": the last one's season alone
    if last < marker.end() and not own:
        return [f"{t} Season {number}" for t in listed]
    before = headline[: marker.start()].rstrip()
    return [f"{t} Season {number}" if before.endswith(t) else t for t in listed]


def _heading_titles(segment: Segment, number: int | None, *, songs: bool = False) -> Titles:
    """A round-up show's titles, numbered by its headline's season ("Second Seasons");
    ``songs`` when the round-up is a list of songs."""
    heading = segment.heading or ""
    titles = from_heading(heading, segment.text, songs=songs)
    if titles.title and HEADING_NEWS_VERB.search(titles.title):
        titles = from_evidence(heading, segment.text, ())[0]  # a news item's own headline
    if aliases := aliases_in(u.text for u in segment.units[:ALIAS_LINES]):  # "AKA: X or Y"
        titles = Titles(titles.title, (*titles.alt_titles, *aliases))
    if number is None or titles.title is None or sequel_number(titles.title):
        return titles
    return Titles(f"{titles.title} Season {number}", (titles.title, *titles.alt_titles))


def _entry_number(segment: Segment) -> int | None:
    """The season a sequel list's entry speaks of, unless its heading gives the season a
    name of its own ("X: Revival of the Lamps")."""
    return None if ":" in (segment.heading or "") else entry_season(segment.text)


def _heading_confidence(segment: Segment) -> float:
    """A round-up heading is surer when its own text names it again or lists its facts."""
    words = (segment.heading or "").split()
    named = bool(words) and " ".join(words[:3]) in segment.text
    facts = any(u.is_item and ":" in u.text[:30] for u in segment.units)
    return HEADING_BACKED if named or facts else HEADING


def _with_studio(segment: Segment) -> Segment:
    """``segment`` with its heading's "(Studio X)" as a ``Studio:`` line, its glued genre
    tags as a ``Genres:`` line, and its "– April 1 on Crunchyroll" as a line of its own."""
    heading = segment.heading or ""
    studio = heading_studio(heading)
    tails = (WHEN_TAIL.search(heading), STAFF_TAIL.search(heading))
    genres = heading_genres(heading)
    extra = (
        *((Unit(f"Studio: {studio}", True, None),) if studio else ()),
        *((Unit(f"Genres: {genres}", True, None),) if genres else ()),
        *(Unit(DIR.sub("director", t.group(0).strip(" –—-")), True, None) for t in tails if t),
    )
    return Segment(segment.heading, (*segment.units, *extra)) if extra else segment


def _with_headline_fields(segment: Segment, headline: str) -> Segment:
    """``segment`` with the headline's "(Studio: X)" asides as ``Label: value`` lines."""
    extra = tuple(
        Unit(f"{m.group('label')}: {m.group('value')}", is_item=True, section=None)
        for m in HEADLINE_FIELD.finditer(headline)
    )
    return Segment(segment.heading, segment.units + extra) if extra else segment


def _context(
    article: Article, parts: Layout, listed: list[str | None], *, listing: bool
) -> Context:
    """What holds for every show; ``listed`` are the titles of a list article, ``listing``
    says whether the headline introduces a list (a preview, a lineup)."""
    published = article.published.date() if article.published else None
    headline = article.title or ""
    intro = parts.intro.units
    if listed and not parts.roundup:
        intro = tuple(u for u in parts.shows[0].units if not any(t and t in u.text for t in listed))
    hints = (headline, *(u.text for u in intro))
    if not parts.roundup and not listed:  # one show: the headline's genres are its own
        return Context(published, season_hints=hints, genres=genres_of([headline], []))
    heading_unit = Unit(headline, is_item=False, section=None)
    shared = [u for u in (heading_unit, *intro) if LINEUP.search(u.text)]
    return Context(
        published,
        season_hints=hints,
        genres=genres_of([headline], []),
        streaming=streaming_of(shared),
        listing_season=season_of((heading_unit,), Airing(None, None), published, ())
        if listing and SEASON_YEAR.search(headline)
        else None,
    )

"""The show's title, its other titles, and sequel naming.

Titles come from the headline ("X Anime Reveals ...", "'X' Season 2 ...", "X: Spring
2021 Preview"), checked against the body so that words such as "Crunchyroll Brews
Up" are trimmed; from a round-up's heading; or, with no headline, from the body's
subject ("X will begin airing", "X is directed by"). A sequel is "X Season N"
whatever the article's wording, and its own form is kept as an alternative title.
An announced project whose title is not revealed has no title.

The headline's reading is in ``headline_reading``; sequel naming, alternative titles and
a film's full title are in ``title_forms``; the shows a list headline names are in
``headline_lists``.
"""

from __future__ import annotations

import re

from pipeline.extract.candidate_scoring import SUBTITLE, film_prefix, inside_sentence
from pipeline.extract.candidates import choose
from pipeline.extract.date_mentions import MONTH_NAME, YEAR
from pipeline.extract.entry_lines import STREAM_TAIL, WHEN_NOTE
from pipeline.extract.folding import Folded
from pipeline.extract.heading_extras import (
    as_body_spells,
    with_plain_gloss,
    without_article_title,
    without_category,
    without_genres,
    without_hashtags,
    without_makers,
    without_occasion,
    without_picture,
)
from pipeline.extract.headline_quotes import QUOTED
from pipeline.extract.headline_reading import could_be_title, headline_base, is_company_name
from pipeline.extract.names import unique
from pipeline.extract.news_headings import news_heading_title
from pipeline.extract.reading_forms import body_subject
from pipeline.extract.season_numbers import (
    final_season,
    lead_season,
    subheadline_season,
    written_season,
)
from pipeline.extract.show_headings import (
    RATED,
    STAFF_TAIL,
    WHEN_TAIL,
    without_description,
)
from pipeline.extract.song_headings import show_beside_song
from pipeline.extract.title_cues import NAMED_AS
from pipeline.extract.title_forms import (
    NOT_ALT,
    ORDINALS,
    ROMAN,
    SEASON_ASIDE,
    SEQUEL_SUFFIX,
    WITH_ALT,
    Titles,
    extend_film,
    finish,
    season_aside_number,
    seasons_named,
    sequel_number,
    with_season,
)
from pipeline.extract.title_spans import DATE_TAIL, SMALL_WORD, positions

_NAMED_NEXT = (  # a name after "project", not the news: "New Anime Project Attack Announced"
    r"(?!\s+(?!(?-i:Announced|Revealed|Unveiled|Confirmed|Teased|Gets|Reveals|Announces|Unveils"
    r"|Teases|Launches|Begins|Starts|In|For|By|From|With|At|To)\b)(?-i:[A-Z]))"
)
PROJECT = re.compile(
    rf"^(?:an?\s+)?(?:new|untitled|original)\s+(?:[\w-]+\s+){{0,3}}project\b{_NAMED_NEXT}"
    r"|\b(?:new|untitled)\s+original\s+(?:TV\s+|television\s+)?anime\s+project\b"
    r"(?!\s+(?-i:[A-Z])\S*\s+(?-i:[A-Z]))",  # not "New Original Anime Project Apocalypse Hotel"
    re.I,
)
UNTITLED = Folded(
    r"(?<!\[)\buntitled\b"  # not a single's "[untitled]"
    r"(?!\s+(?:opening|ending|theme|song|insert|single|track|album|episode|(?:op|ed)\b))"
    r"|(?<!song's\s)(?<!song’s\s)(?<!song\s)(?<!track's\s)(?<!single's\s)(?<!theme's\s)"
    r"(?<!theme,\swhose\s)(?<!song,\swhose\s)(?<!single,\swhose\s)"  # "the ending theme, whose"
    r"\btitle\s+(?:and\s+(?:[\w-]+\s+){1,3}?)?(?:will\s+be|is\s+yet\s+to\s+be"  # not a song's
    r"|has\s+not\s+(?:yet\s+)?been|is\s+not\s+yet)\s+(?:revealed|announced|known|unveiled)"
)
# How sure a title is when no candidates were weighed.
SAID_UNTITLED = 0.8  # "untitled", "the title will be revealed later"
UNNAMED_PROJECT = 0.6  # "a new original anime project" with no name
HEADLINE_ONLY = 0.6  # a feed item with no body: the headline's reading alone
BODY_SUBJECT_ONLY = 0.3  # no candidate: the body's most frequent subject


def from_headline(headline: str, body: str, emphasis: tuple[str, ...]) -> Titles:
    """The title a headline gives, checked against the article's body."""
    if UNTITLED.found(headline) or UNTITLED.found(body):
        return Titles(None)
    base = headline_base(headline, body, emphasis)
    if PROJECT.search(headline) and not QUOTED.search(headline):
        return Titles(None)
    if not base:
        return from_body(body)
    named = WITH_ALT.match(base)
    if named:
        found = finish(named.group("t"), body, sequel_number(headline), headline)
        extra = with_season(named.group("alt"), sequel_number(headline))
        return Titles(found.title, unique([extra, *found.alt_titles]))
    return finish(extend_film(base, body), body, sequel_number(headline), headline)


def from_evidence(
    headline: str, body: str, emphasis: tuple[str, ...], link: str = ""
) -> tuple[Titles, float]:
    """The title the article's evidence supports best (see ``candidates``), and its
    confidence; the headline's own reading is one of the candidates, and with no headline
    the page's address speaks for one (see ``link_words``)."""
    if UNTITLED.found(headline) or UNTITLED.found(body):
        return Titles(None), SAID_UNTITLED
    if PROJECT.search(headline) and not QUOTED.search(headline) and not NAMED_AS.search(body):
        return Titles(None), UNNAMED_PROJECT  # ... unless the body names it ("Their newest
        # project is X")
    # the headline's marker reading, or with no headline the body's subject ("X joins")
    grammar = headline_base(headline, body, emphasis) if headline else body_subject(body)
    if headline and " ".join(body.split()) == " ".join(headline.split()):
        return from_headline(headline, body, emphasis), HEADLINE_ONLY
    base, confidence = choose(headline, body, emphasis, grammar, "" if headline else link)
    if base is None:
        return from_body(body), BODY_SUBJECT_ONLY
    base = _without_article(base, body)
    if ROMAN_END.search(base) and not SEQUEL_TALK.search(DAY_ORDINAL.sub("", body)):
        own_name = finish(extend_film(base, body, headline), body, None, headline)  # "Lupin III"
        alts = (*own_name.alt_titles, base) if own_name.title != base else own_name.alt_titles
        return Titles(own_name.title, unique(alts)), confidence
    number = (
        sequel_number(base)
        or sequel_number(headline)
        or lead_season(base, body)
        or subheadline_season(body)
        or written_season(base, body)
        or final_season(base, headline, body)
    )
    own = SEQUEL_SUFFIX.sub("", base).strip() if sequel_number(base) else base
    named = WITH_ALT.match(own)
    if named:  # "Kaze no Uta (Song of the Wind)"; a film's "X the Movie: Y" the body gives
        head = named.group("t").strip()
        found = finish(
            head if number else extend_film(head, body, headline), body, number, headline
        )
        extra = with_season(named.group("alt").strip(), number)
        return Titles(found.title, unique([extra, *found.alt_titles])), confidence
    film = own if number else extend_film(own, body, headline)  # no "X the Movie Season 7"
    return finish(film, body, number, headline), confidence


def _without_article(title: str, body: str) -> str:
    """ "Shirobako" for a headline's "The Shirobako Anime Film Returns" when the body writes
    "the Shirobako anime" and never "The Shirobako" inside a sentence: the headline's "The"
    is an article, not the title's own word."""
    rest = title.removeprefix("The ")
    if rest == title or f"the {rest}" not in body or inside_sentence(title, body):
        return title  # "the light novel series The Eminence in Shadow": the title's own
    return rest


ROMAN_END = re.compile(rf"\s(?:{'|'.join(ROMAN)})$")
DAY_ORDINAL = re.compile(  # "6th December", "December 6th": a day, no sequel's number
    rf"\b\d{{1,2}}(?:st|nd|rd|th)\s+(?:of\s+)?{MONTH_NAME}|{MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)\b"
)
SEQUEL_TALK = re.compile(  # what a sequel's news says: its season, series or number
    r"\b(?:seasons?|sequel|series\s+\d|(?<!the\s)(?:second|third|fourth|fifth|sixth)"
    r"|\d(?:nd|rd|th))\b",  # not "Lupin the Third", a name
    re.I,
)


GLOSS_TAIL = re.compile(  # ": Nobita no Shin Kyōryū (Doraemon the Movie: ...)" after a title
    r"(?![ ](?:Premiere|Release|Air(?:ing)?|Broadcast)\s+Dates?:)"  # not "X Premiere Date: ..."
    rf"(?::?[ ](?:{SMALL_WORD}[ ])*{SUBTITLE})(?<!\.)\s+\((?=[A-Z])"
)  # not "X on DVD. (A Blu-ray ...)": a sentence's end, then an aside


def glossed_form(title: str, body: str) -> str:
    """The body's full form of a headline's short name, when it writes one glossed in
    parentheses the way news of a film gives its full Japanese title and an English one
    ("Eiga Doraemon: Nobita no Shin Kyōryū (Doraemon the Movie: ...)")."""
    for start in positions(title, body):
        tail = GLOSS_TAIL.match(body, start + len(title))
        if tail:
            return f"{film_prefix(body, start)}{title}{tail.group(0)[:-1]}".strip()
    fuller = {q.group(1) for q in QUOTED.finditer(body) if q.group(1) and q.group(1) != title}
    holding = [f for f in fuller if f" {title} " in f" {f} "]
    return holding[0] if len(holding) == 1 else title  # ... or the one quoted full name that
    # holds it: "Nyoro~n Churuya-san", "Suzumiya Haruhi-chan no Yuuutsu"


EPISODE_NUMBER = re.compile(  # "X – 13 [Title]", "X / Y Episode 1"
    r"\s+[–—-]\s+\d{2,3}(?:\s+\[[^\[\]]*\])?$|\s+(?i:episode|ep\.)\s*\d{1,3}$"
)
TAGLINE = re.compile(
    r":\s+[A-Z][a-z'’]*(?:\s+[a-z][\w'’-]*){1,8}[.!]?$"
    r"|\s*[:–—-]?\s+(?i:(?:episode\s+\d+\s+|first\s+)?impressions?|first\s+look)$"
    r"|\s+(?:News|Updates?)$"
)  # ... and a blog's "X: First Impressions", "X – Episode 1 Impressions", "X News"
OWN_SEASON = re.compile(
    r"(?P<t>.+?)(?:['’]s|(?<=s)['’])\s+(?P<n>(?i:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))"
    r"\s+Season"
)


KIND_OF = re.compile(  # a heading's "OVA of X", "Second Season of X", "Storyline Overview for X"
    r"^(?:(?:An?|The|New)\s+)?(?:(?:(?-i:OVA|OAD|ONA)s?|(?:\w+\s+)?Season|Sequel|Film|Movie)\s+of"
    r"|(?:(?:Storyline|Story|Plot)\s+)?(?:Overview|Synopsis)\s+(?:of|for))\s+(?=[A-Z0-9])",
    re.I,
)


def from_heading(heading: str, body: str, *, songs: bool = False) -> Titles:
    """The title a round-up heading gives ("2. Demon Lord, Retired (Maō, Intai Shimashita)");
    a song list's heading ("\"Song\" by Artist, Show") gives the show beside the song, and a
    quoted title ("'Show' Season 7") its quoted words; "Sequel to X Announced" over "Y, a
    sequel to X" gives Y."""
    as_written = heading
    heading = without_genres(without_article_title(heading))
    heading = without_makers(without_picture(without_hashtags(heading)))
    heading = STAFF_TAIL.sub("", WHEN_TAIL.sub("", without_occasion(without_category(heading))))
    heading = KIND_BEFORE_QUOTE.sub("", STREAM_TAIL.sub("", heading))
    heading = EPISODE_NUMBER.sub("", WHEN_NOTE.sub("", RATED.sub("", heading)))  # "X: 7/10"
    heading = with_plain_gloss(DATE_TAIL.sub("", show_beside_song(heading, body, songs=songs)))
    heading = without_description(news_heading_title(heading, body) or heading)
    heading = TAGLINE.sub("", heading)  # "X's Seventh Season: Springing into action"
    if owned := OWN_SEASON.fullmatch(heading):  # "X's Seventh Season": X Season 7
        heading = f"{owned['t']} Season {ORDINALS[owned['n'].lower()]}"
    if kind_of := KIND_OF.match(heading):  # "OVA of X", "Second Season of X": X
        number = sequel_number(kind_of.group(0))
        heading = heading[kind_of.end() :] + (f" Season {number}" if number else "")
    aside = SEASON_ASIDE.search(heading)  # "X: Subtitle (Season Two)": "X: Subtitle" too
    subtitled = [heading[: aside.start()].strip()] if aside and ": " in heading else []
    heading = SEASON_ASIDE.sub(lambda m: f" Season {season_aside_number(m)}", heading).strip()
    if heading.count("(") > heading.count(")"):  # "X (English: Y" cut at a colon of its gloss
        heading = heading[: heading.rfind("(")].strip()
    halves = TWO_NAMES.fullmatch(heading)
    if halves:  # "Mahoutsukai no Yome/The Ancient Magus' Bride": a title and its other name
        found, other = (from_heading(halves.group(h), body) for h in "ab")
        return Titles(found.title, unique([other.title or halves["b"], *found.alt_titles]))
    quoted = HEADING_QUOTE.match(heading)
    if quoted:
        number = sequel_number(heading[quoted.end() :])
        return finish(quoted.group("t").strip(), body, number, heading)
    if len(heading.split()) >= NEWS_HEADING_WORDS and QUOTE_MARK.search(heading):
        inner = headline_base(heading, body, ())  # 'Studio Updates Plans on New "X" Anime'
        if inner and inner in heading and inner != heading:
            return finish(inner, body, sequel_number(heading), heading)
    match = WITH_ALT.match(heading)
    dated = match and YEAR.fullmatch(match.group("alt").strip())
    if match and dated:  # "Fairy Tail (2014)": the year tells it from an older show
        title, alts = heading, [match.group("t").strip()]
    else:
        title, alts = (match.group("t"), [match.group("alt")]) if match else (heading, [])
    number = sequel_number(title)
    counted = BARE_NUMBER.fullmatch(title.strip()) if number is None else None
    own = title.strip()  # "Arifureta 2" over "the second season": Arifureta Season 2
    if counted and _season_said(int(counted["n"]), body):
        title, number = f"{counted['t']} Season {counted['n']}", int(counted["n"])
    base = SEQUEL_SUFFIX.sub("", title).strip() if number else title.strip()
    extra = [own] if number and own != f"{base} Season {number}" else []
    found = finish(base, body, number, as_written)
    named = [
        with_season(a, number)
        for a in alts
        if not NOT_ALT.search(a) and not a.isdigit() and not is_company_name(a.rstrip("."))
    ]
    dated_line = DATED_LINE.match(body.lstrip())  # "Boogiepop wa Warawanai (2019)" under it
    if dated_line and could_be_title(dated_line["alt"]):
        named.append(with_season(dated_line["alt"], number))
    others = [a for a in (*named, *extra, *subtitled, *found.alt_titles) if a != found.title]
    return _spelled_as_body(found.title, others, body)


def _spelled_as_body(title: str | None, others: list[str], body: str) -> Titles:
    """``title`` as the body spells it when the heading misspells it ("Jujutsy Kaisen" over
    a text that writes "Jujutsu Kaisen" throughout), the heading's spelling kept as an alt."""
    spelled = as_body_spells(title, body) if title else None
    return (
        Titles(spelled, unique([title or "", *others]))
        if spelled
        else Titles(title, unique(others))
    )


BARE_NUMBER = re.compile(r"(?P<t>\D.*?)\s+(?P<n>[2-9])")


def _season_said(number: int, body: str) -> bool:
    """Whether the text speaks of the show's ``number``th season ("The second season's
    opener"), which a heading's bare number ("Arifureta 2") stands for."""
    return number in seasons_named(body)


DATED_LINE = re.compile(r"(?P<alt>[^\n()]{2,80}?)\s*\((?:19|20)\d\d\)[ \t]*(?:\n|$)")
NEWS_HEADING_WORDS = 6  # a heading this long that quotes a name is an item's news headline
QUOTE_MARK = re.compile(r"[\"“]\w")
KIND_BEFORE_QUOTE = re.compile(  # 'Movie “Laid-Back Camp”': the kind, then the quoted title
    r"^(?:(?:TV\s+)?Anime|Movie|Film|Series)\s+(?=[\"“‘'「『])", re.I
)
# a title and its other name: "A / B", "A | B"
TWO_NAMES = re.compile(r"(?P<a>\S+(?:\s+\S+)+?)(?:\s*/\s*|\s+\|\s+)(?P<b>\S+(?:\s+\S+)+)")
HEADING_QUOTE = re.compile(r"^[\"“‘'](?P<t>[^\"”’]{2,80})[\"”’'](?=\s|$|[,:])")


def heading_studio(heading: str) -> str | None:
    """The studio a round-up heading names in parentheses ("Coral Crown (Studio Reef)")."""
    match = WITH_ALT.match(STAFF_TAIL.sub("", WHEN_TAIL.sub("", heading)))
    studio = match.group("alt").strip().rstrip(".") if match else ""
    return studio if studio and is_company_name(studio) else None


def from_body(body: str) -> Titles:
    """The show the body keeps talking about, when there is no headline."""
    if UNTITLED.found(body):
        return Titles(None)
    title = body_subject(body)
    return finish(title, body, None, "") if title else Titles(None)

"""The words around a title in prose that say it is one: the body cues of ``candidates``.

Each cue is a pattern whose group ``t`` is the title ("titled X", "the X anime", "X
Season 2", "the third season of X"), with the plain words it needs on a line so that
the pattern runs only where it can match. An article that names its show outright
("has been titled X", "the film's title, X", "Its title is 'X.'") or by its website's
full name weighs more.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.date_mentions import MONTH_NAME
from pipeline.extract.title_spans import BARE_TITLE, TITLE_LIKE, positions

NAMED_WORDS = ("titled", "named", "title", "newest", "latest", "return", "back as", "be called")
NAMED_AS = re.compile(  # "has been titled X", "reveals the film's title, X"
    r"(?:(?<!\bwho\s)\b(?:been|is|was)\s+(?:officially\s+)?(?:titled|named)\s+"
    r"|\b(?:[Tt]he|[Tt]his)\s+(?:new\s+)?(?:series|anime|film|movie|show)\s+(?:is\s+to\s+be"
    r"|will\s+be)\s+called\s+|,\s+officially\s+titled\s+|\b(?:[Ii]ts|[Tt]he\s+(?:film|movie"
    r"|anime|series|sequel|project|show)['’]s?)\s+(?:official\s+|full\s+|English\s+)?title(?:\s+is|,|:)\s+"
    r"|\b(?:full|official)\s+title\s+of\s+(?:the\s+)?(?:new\s+)?[^.,;]{0,60}?(?:film|movie|anime"
    r"|series|sequel)\s+is\s+"  # "The full title of the new X anime film is Y"
    r"|\b(?:[Ii]ts|[Tt]heir|[A-Z][\w.-]*['’]s)\s+(?:newest|latest)\s+(?:original\s+)?(?:anime\s+)?"
    r"(?:film|movie|series|project)(?:,|\s+is)?\s+"  # "its newest anime film 'X'", "Y's newest
    # film, X"
    r"|\b(?:return|returns|come\s+back|comes\s+back)\s+as\s+(?=[\"“])"  # "to return as "X""
    r"|\b(?:under|with)\s+the\s+(?:shared|working)\s+title\s+)"  # "under the shared title
    # X", not a licensed edition's "released ... under the title X"
    rf"[\"“‘']?(?P<t>{BARE_TITLE}(?:\s[–—]\s{BARE_TITLE}(?=[,.;]))?)"  # "X – Y," a film's subtitle
)  # a "full title" with a marked subtitle ("X ~Y~") is not the name the article uses
OFFICIAL_NAME = re.compile(  # "the official website for X (English Title)": its full name
    rf"\bofficial\s+(?:web)?site\s+(?:for|of)\s+(?:the\s+)?(?:\d{{4}}\s+)?"
    rf"(?:[A-Z][\w!'’-]*\s+(?:anime\s+)?(?:film|movie)\s+)?(?P<t>{TITLE_LIKE})\s+\(\s?[A-Z]"
)
# What surrounds a title in prose (each is one cue; the span is group "t").
CUES = tuple(
    re.compile(p)
    for p in (
        r"\b(?:[Tt]itled|[Cc]alled|entitled|[Dd]ubbed|(?<!girl )(?<!boy )(?<!man )(?<!woman )"
        r"(?<!child )(?<!cat )(?<!dog )(?<!character )(?<!student )(?<!hero )(?<!heroine )named)"
        rf"\s+[\"“‘']?(?P<t>{TITLE_LIKE})",
        rf"\b(?:film|anime|series|project|work|movie|manga|feature),\s+(?P<t>{TITLE_LIKE})",
        rf"(?P<t>{TITLE_LIKE})\s+(?:premieres|debuts|airs|will\s+(?:premiere|debut|air|stream)"
        r"|(?:is|are)\s+(?:scheduled|set|slated)\s+to\s+(?:premiere|debut|air|stream))\b",
        rf"\b(?:(?:star|stars|starring|cast)\s+(?:in|of)|role\s+in)\s+(?P<t>{TITLE_LIKE})",
        rf"['’]s\s+(?P<t>{TITLE_LIKE})\s*(?:\([^()]{{2,80}}\)\s*)?(?:[\w-]+\s+){{0,3}}?"
        r"(?:manga|light\s+novels?|novels?|web\s+novels?|(?:video\s+)?games?|webtoon|franchise"
        r"|anime|film|movie|series)\b",
        rf"\b(?:manga|novels?|game|webtoon|film|movie)\s+(?:series\s+)?(?P<t>{TITLE_LIKE})",
        rf"\b(?:TV|[Tt]elevision|upcoming|new|the)\s+(?:original\s+)?anime\s+(?:series\s+|adaptation\s+|film\s+)?"
        rf"[\"“‘']?(?P<t>{TITLE_LIKE})",
        rf"(?:^|[\s(])(?P<t>{TITLE_LIKE})\s+(?:[Ss]eason\s+\d{{1,2}}\s+)?"
        r"(?:(?:TV|[Tt]elevision|original)\s+)?anime\b",
        rf"(?P<t>{TITLE_LIKE})\s+(?:[Ss]eason\s+\d|\d(?:st|nd|rd|th)\s+[Ss]eason|[Pp]art\s+\d)",
        rf"\b(?:second|third|fourth|fifth|sixth|\d(?:st|nd|rd|th))\s+season\s+of\s+"
        rf"(?:the\s+(?:TV\s+|television\s+)?(?:anime\s+)?)?[\"“‘']?\s?(?P<t>{TITLE_LIKE})",  # "the
        # upcoming third season of X", 'the second season of the TV anime "X"'
        rf"\banime\s+(?:adaptation\s+of|adapting|based\s+on)\s+[\"“‘']?(?P<t>{TITLE_LIKE})[\"”’']?"
        r"(?=\s*[,.;)]|\s+(?:which|that|is|has|will|premieres?|premiers|airs|debuts|begins)\b)",
        rf"(?P<t>{TITLE_LIKE}),\s+(?:directed|made|animated)\s+by\s+[A-Z]",  # "Drifting Home,
        # directed by", "Violet Evergarden, made by Kyoto Animation"
        rf"\b(?:mixed-media|multimedia|media-mix)\s+project\s+[\"“‘']?(?P<t>{TITLE_LIKE})",
        rf"\bthe\s+(?P<t>{TITLE_LIKE})\s+(?:mixed-media|multimedia|media-mix)\s+project\b",
        rf"(?:^|(?<=[.!?]\s))(?P<t>{TITLE_LIKE}),\s+the\s+(?:new\s+|upcoming\s+)?(?:TV\s+)?anime\b",
        rf"(?<!\w)(?!(?:Called|Titled|Named|The|Its|Their)\s)(?P<t>{TITLE_LIKE})\s+\([^()]{{2,80}}\),"
        r"\s+the\s+(?:new\s+|upcoming\s+)?(?:anime\s+)?"
        r"(?:film|movie|series)\b",  # "X (Gloss), the new anime film written by ..."
        rf"(?P<t>{TITLE_LIKE}),\s+an?\s+(?:new\s+|upcoming\s+|original\s+)?(?:TV\s+)?anime\s+"
        r"(?:series|film|movie)\b",  # "the opening theme for X, an upcoming anime series"
        rf"['’]s\s+(?:story|original\s+story|work)\s+(?P<t>{TITLE_LIKE})",  # "Y's story X"
        r"\b(?:anime|film|movie|series)\s+[「『](?P<t>[^」』\n]{1,60})[」』]",  # "anime 「X」"
    )  # the fifth from last: "X, the anime in question, starts on April 5th"
)
CUE_WORDS = (  # words each of CUES needs on a line, checked before the pattern runs
    ("titled", "called", "named", "dubbed"),
    ("film,", "anime,", "series,", "project,", "work,", "movie,", "manga,", "feature,"),
    ("premieres", "debuts", "airs", "will ", "scheduled to", "set to", "slated to"),
    ("star", "role", "cast"),
    ("'s", "’s"),
    ("manga", "novel", "game", "webtoon", "film", "movie"),
    ("anime",),
    ("anime",),
    ("season", "part"),
    ("season of",),
    ("adaptation of", "adapting", "based on"),
    ("directed by", "made by", "animated by"),
    ("project",),
    ("project",),
    (", the anime", ", the new anime", ", the upcoming anime", ", the tv anime"),
    ("), the",),
    (", a new anime", ", an upcoming anime", ", an anime", ", a new tv", ", an original anime"),
    ("'s story", "’s story", "'s original story", "’s original story", "'s work", "’s work"),
    ("anime 「", "anime 『", "film 「", "film 『", "movie 「", "series 「"),
)
ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth")
ORDINAL_FILM = re.compile(  # "X (English), the third of the five compilation films planned"
    r"(?:^|(?<=\bthat\s)|(?<=,\s))(?P<t>[A-Z][^,()\n]{3,100}?)\s*(?:\([^()\n]{2,80}\)\s*)?,\s+the\s+"
    r"(?:first|second|third|fourth|fifth|sixth)\s+(?:of\s+the\s+\w+\s+)?"
    r"(?:new\s+)?(?:compilation\s+|anime\s+)?(?:films|movies|film|movie)\b",
    re.M,
)
HEADLINE_ORDINAL = re.compile(  # "2nd Penguindrum Compilation Film Trailer ..."
    r"\b(?P<o>1st|2nd|3rd|4th|5th|6th|First|Second|Third|Fourth|Fifth|Sixth)\s+(?:[^,:]{1,60}?\s)?"
    r"(?:Film|Movie)\b",
    re.I,
)
THE_ORDINAL_FILM = (  # "The second film, "Boku wa Kimi o Aishiteru" (I Love You), will open"
    r"\b[Tt]he\s+{}\s+(?:film|movie),\s+[\"“]?(?P<t>[A-Z][^,()\"”\n]{{2,80}}?)[\"”]?"
    r"(?:\s*\([^()\n]{{2,80}}\))?,?\s+(?:will|opens|opened|is|was|premieres|debuts|hits)\b"
)


def ordinal_films(headline: str, body: str) -> list[str]:
    """The films the body names by their place in a project: "X, the third film", and
    the one a headline about the "2nd ... Film" means (``placed_film``)."""
    placed = list(placed_film(headline, body))
    if not any(f"the {word} " in body for word in ORDINAL_WORDS):  # a quick check first
        return placed
    return [m.group("t") for m in ORDINAL_FILM.finditer(body)] + placed


@lru_cache(maxsize=64)  # asked by the candidates' proposals and by their choice
def placed_film(headline: str, body: str) -> tuple[str, ...]:
    """Under a headline about the "2nd ... Film", the film the body names by that place:
    "The second film, "Boku wa Kimi o Aishiteru" (I Love You), will open on July 22"."""
    place = HEADLINE_ORDINAL.search(headline)
    if place is None:
        return ()
    word = place.group("o").lower()
    word = ORDINAL_WORDS[int(word[0]) - 1] if word[0].isdigit() else word
    return tuple(m.group("t") for m in re.finditer(THE_ORDINAL_FILM.format(word), body))


ROLE_VERB_BEFORE = re.compile(r"\b(?:voic(?:ed|es|ing)|play(?:ed|s|ing))\s+$")
ROLE_IN = re.compile(r"[^,.;]{1,40}?\s+in\s+(?:the\s+)?(?=[A-Z0-9])")
SOURCE_CUE = CUES[5]  # "the novel X", "the manga series X"
BY_AUTHOR = re.compile(r"\s+by\s+[A-Z].*$")


DATE_LEAD = re.compile(
    rf"^(?:{MONTH_NAME})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s+(?:and|to)\s+\d{{1,2}}(?:st|nd|rd|th)?)?"
    r"(?:,?\s+\d{4})?\s+(?:with|of|for)\s+(?=[A-Z0-9])"
)
CLOSING_OF = {  # a cued span opened by a quotation mark ends where the mark closes
    o: re.compile(rf"{c}(?!\w)") for o, c in (("'", "'"), ("‘", "’"), ('"', '"'), ("“", "”"))
}


def cued_span(pattern: re.Pattern[str], line: str, match: re.Match[str]) -> str:
    """A cued span without the part an actor voiced in it ("Library War" of "voiced Iku
    Kasahara in the Library War television anime") and, after a source work's word,
    without its author ("the novel X by Y's author Z"); one that a quotation mark opens
    ends where the mark closes."""
    span, start = match.group("t"), match.start("t")
    closing = CLOSING_OF.get(line[start - 1 : start])
    shut = closing.search(span) if closing else None
    span = span[: shut.start()] if shut else span  # "'Spy x Family' from October 7 on ..."
    span = DATE_LEAD.sub("", span)  # "on November 20th and 21st with Penguin Highway, directed by"
    if pattern is SOURCE_CUE:
        return BY_AUTHOR.sub("", span)
    if not ROLE_VERB_BEFORE.search(line[max(0, start - 20) : start]):
        return span
    role = ROLE_IN.match(span)
    return span[role.end() :] if role else span


COMMA_NAME = re.compile(r", (?P<w>[A-Z][a-z]+)(?P<own>['’]s\b)?")
COMMA_RUN = re.compile(r"(?:, [A-Z][\w'’!?]*)+(?: [A-Z][\w'’!?]*)*")  # ", Really, Really Love You"


def with_comma(span: str, body: str) -> str:
    """``span`` with the word after its comma when the body writes the two together at
    least twice and once as one owner ("called Goodbye, Lara, ..." and "Goodbye, Lara's
    director"), or with the same run of capitalised words and commas every time it
    writes it ("The 100 Girlfriends Who Really, Really, Really Love You"): the commas are
    the title's own."""
    runs = {
        m.group(0) for at in positions(span, body) if (m := COMMA_RUN.match(body, at + len(span)))
    }
    if len(runs) == 1 and (run := runs.pop()).count(",") >= 2 and body.count(span + run) >= 2:
        return span + run
    after = [m for at in positions(span, body) if (m := COMMA_NAME.match(body, at + len(span)))]
    words = {m["w"] for m in after}
    if len(after) < 2 or len(words) != 1 or not any(m["own"] for m in after):
        return span
    return f"{span}, {words.pop()}"


# What a headline says around a title it names outright (used by ``candidates``).
HEADLINE_KIND = re.compile(  # "... Makes Original TV Anime X in October", "Anime Titled X"
    r"\b(?:(?:TV|New|Original)\s+Anime(?:\s+(?:Film|Series|Movie|Project))?\s+(?:Titled\s+)?"
    r"|(?:Anime|Film|Movie|Series|Project)\s+(?:Titled|Called|Named)\s+"  # "Zombie Anime Titled X"
    r"|Gets\s+(?=[^,;:]{2,60}?\s+(?:Short\s+|TV\s+)?Anime\s+Spin-?off\b)"  # "Gets X Anime Spinoff"
    r"|(?:Starting|Beginning|Opening)\s+With\s+)"
    r"(?P<t>[A-Z0-9][^,;:]*?)(?=\s+(?:in|for|on|at|with|from|to|Opening|Ending|Gets|Reveals|Short"
    r"|Premieres|Debuts|Unveils|Releases|Launches|Opens|Drops)\b|,|$)"
)
NAME_AFTER_KIND = re.compile(  # a headline that names its work after a comma or a colon
    r"\b(?:Anime|Film|Movie|Series|Project|(?i:manga|novels?))s?[,:]\s+"
    r"(?:['‘\"“](?P<q>[^'’\"”]{1,80})['’\"”]"
    r"|(?P<t>[A-Z0-9](?:[^,'‘\"“]|(?<=\w)'(?=\w)){1,80})"
    r"(?:$|(?=,\s+(?i:gets?|is|will|to|receives?|premiered|premieres"
    r"|opens|opened|debuts|debuted|arrives|hits)\b)))"
)  # "... Directs His 1st Anime, Lycoris Recoil", "Gambling manga, Kakegurui, gets a TV anime"
JOINED_CAST = re.compile(  # "A, B Join Updated X Dub Cast": X
    r"\bJoins?\s+(?:the\s+)?(?:(?:Updated|New|English)\s+)*(?P<t>[A-Z][^,;:]{1,60}?)\s+"
    r"(?:English\s+)?(?:Dub\s+)?Cast\b"
)

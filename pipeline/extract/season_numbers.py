"""The season number of a single show's article when its title does not carry one: the
body's first sentence about the show ("X has put out a new key visual for Season 2!"), a
subheadline about "the anime" ("Anime's 2nd season premieres on March 25"), or the one
number the body writes right after the title ("X II's opening", "X Season 2"); and the
season a show's own text says it gets ("X is coming back for a second season")."""

from __future__ import annotations

import re

from pipeline.extract.sentences import split_sentences
from pipeline.extract.title_forms import (
    FILM_WORD,
    ORDINALS,
    ROMAN,
    WORD_NUMBERS,
    Titles,
    ordinal_number,
    seasons_named,
    sequel_number,
)

LEAD_PARAGRAPHS = 2  # a subheadline may stand above the first sentence that names the show
LEAD_WORDS = 6  # a body's first paragraph has this many words at least (not a "✖" or a date)
WRITTEN_SEASON = (  # not a game's "X III: Dracula's Curse"
    r"(?:\s+Season\s+\d+|\s+(?-i:II|III|IV|V|VI)\b(?!:)|\s+\d+(?:st|nd|rd|th)\s+Season)\b"
)
WRITTEN_AFTER = re.compile(WRITTEN_SEASON)
OWN_SEASON_LEAD = re.compile(
    r"(?:The\s+)?(?:anime|show|series)['’]s\s+(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth)"
    r"\s+season\b",
    re.I,
)
SEQUEL_ANY = re.compile(
    r"\bseason\s+\d+\b|\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|new)\s+"
    r"(?:anime\s+)?season\b",
    re.I,
)
OF_OTHER = re.compile(rf"(?:{SEQUEL_ANY.pattern})\s+of\s+(?-i:(?=[A-Z]))", re.I)
SHORT_SEASON = re.compile(  # a fan's "Frieren S2" (not "S2E05", an episode)
    r"(?<=[A-Za-z!?’'\"”)]) S(?P<n>\d{1,2})(?![\w])"
)


def lead_season(base: str, body: str) -> int | None:
    """The season the body's first sentence gives the show it names ("X has put out a new
    key visual for Season 2!"), when that sentence speaks of one season only."""
    naming = next((p for p in _lead_paragraphs(body) if base in p), "")  # past a subheadline
    lead = split_sentences(naming)[:1]
    if ": " in base or not lead or base not in lead[0] or len(SEQUEL_ANY.findall(lead[0])) != 1:
        return None  # "X: Return of Kings, the second season of X": the season's own title
    other = OF_OTHER.search(lead[0])
    if other and not lead[0].startswith(base, other.end()):
        return None  # "sequels such as the third season of Kaguya-sama": another show's
    return sequel_number(lead[0])


def subheadline_season(body: str) -> int | None:
    """The season a subheadline gives "the anime" ("Anime's 2nd season premieres on March
    25" under "X Joins Y Anime's Cast")."""
    lead = next((m for p in _lead_paragraphs(body) if (m := OWN_SEASON_LEAD.match(p))), None)
    return sequel_number(lead.group(0)) if lead else None


def written_season(base: str, body: str) -> int | None:
    """The season the body writes after the title itself ("X II's opening", "X Season 2"),
    when it writes one number only."""
    if base not in body:
        return None  # a quick check: the pattern below holds the title as written
    numbers = set()
    at = body.find(base)
    while at >= 0:  # not "(X Season 3)", a staff member's other credit
        after = (
            None
            if body.endswith(("(", "(“", '("'), 0, at)
            else WRITTEN_AFTER.match(body, at + len(base))
        )
        if after:
            numbers.add(sequel_number(body[at : after.end()]))
        at = body.find(base, after.end() if after else at + 1)
    return numbers.pop() if len(numbers) == 1 else None


def _lead_paragraphs(body: str) -> list[str]:
    """The body's first paragraphs: a subheadline and the lead (not a "✖" or a date)."""
    return [p for p in body.split("\n") if len(p.split()) >= LEAD_WORDS][:LEAD_PARAGRAPHS]


def entry_season(text: str) -> int | None:
    """The one sequel season a list entry's text speaks of ("has come once more for a third
    season", "season two will be released"), for a list of shows' new seasons."""
    numbers = seasons_named(text)
    return numbers.pop() if len(numbers) == 1 else None


FINAL_IN_HEADLINE = re.compile(r"(?<![:–-])\s+Final\s+Season\b", re.I)
NTH_AND_FINAL = re.compile(
    r"\b(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|(?P<w>second|third|fourth|fifth|sixth))\s+and\s+final"
    r"\s+season\s+of\s+",
    re.I,
)


OWN_NTH_AND_FINAL = re.compile(
    r"\b(?:anime|series|show)['’]s\s+(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|(?P<w>second|third|fourth"
    r"|fifth|sixth))\s+and\s+final\s+season\b",
    re.I,
)


def final_season(base: str, headline: str, body: str) -> int | None:
    """The number of the final season a headline announces ("X Reveals Songs For Final
    Season") that the body counts ("the 4th and final season of X"), unless the body names
    the season "X The Final Season" itself."""
    if not FINAL_IN_HEADLINE.search(headline) or re.search(
        rf"{re.escape(base)}:?\s+(?:The\s+)?Final\s+Season", body, re.I
    ):
        return None
    count = next((m for m in NTH_AND_FINAL.finditer(body) if body.startswith(base, m.end())), None)
    count = count or OWN_NTH_AND_FINAL.search(body)  # "the anime's fourth and final season"
    if count is None:
        return None
    return int(count["n"]) if count["n"] else ORDINALS[count["w"].lower()]


TITLE_END = r"(?!(?<=\w)\w)"  # a word boundary, or none after a title's own "!"
_ORDINAL = r"(?P<w>second|third|fourth|fifth|sixth|\d(?:st|nd|rd|th))"


TITLE_MARK = "\x01"  # the title, where the text writes it and no word runs on after it
TITLE_SEASONS = tuple(  # "Haikyu!! for a third season": the title ends where no word runs on
    re.compile(p, re.I)
    for p in (
        rf"{TITLE_MARK}(?:['’]s)?\s+(?:anime\s+|series\s+)?{_ORDINAL}\s+season\b",
        rf"\b{_ORDINAL}\s+season\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?[\"“‘']?\s?{TITLE_MARK}",
        rf"{TITLE_MARK}\s+season\s+(?P<n>\d)\b",
        rf"{TITLE_MARK}[^.;]{{0,80}}?\b(?:for|gets?|getting|got|with)\s+an?\s+{_ORDINAL}\s+season\b",
        rf"{TITLE_MARK}\s+(?P<r>(?-i:II|III|IV|V|VI))\b(?!:)",  # not a game's "X III: Subtitle"
        rf"\bseason\s+(?:(?P<n>\d)|(?P<c>two|three|four|five|six))\s+(?:finale\s+|premiere\s+)?"
        rf"of\s+(?:the\s+)?{TITLE_MARK}",  # "Season 2 of X", "the season three finale of the X"
        rf"{TITLE_MARK}[^.;]{{0,80}}?\b(?:TV\s+)?(?:anime|series|show)['’]s\s+(?:upcoming\s+|new\s+)?"
        rf"{_ORDINAL}\s+season\b",  # "X unveiled a trailer for the anime's upcoming third season"
    )
)
OWN_SHOW_BACK = re.compile(  # "this ... anime is back for a third season": the text's own show
    rf"\bthis\s+(?:[\w-]+\s+){{0,2}}(?:anime|series|show|adaptation)\s+is\s+(?:\w+\s+)?"
    rf"(?:back|returning)\s+for\s+an?\s+{_ORDINAL}\s+season\b",
    re.I,
)


def season_in_text(title: str, text: str) -> int | None:
    """The new season the text says the show gets ("X's second season", "the third season
    of the X anime", "X is coming back for a second season", "X season 2"); None when it
    names none or several."""
    lowered = text.lower()
    if "season" not in lowered or title.split()[0].lower() not in lowered:
        return None  # a quick check before the patterns are built for this title
    numbers = [_number(m) for m in OWN_SHOW_BACK.finditer(text)]
    if " ".join(title.lower().split()) in " ".join(lowered.split()):  # the text writes it
        name = re.escape(title).replace(r"\ ", r"\s+")  # "Shinryaku!\nIkamusume": split
        marked = re.sub(rf"{name}{TITLE_END}", TITLE_MARK, text, flags=re.I)  # sentences
        numbers += [_number(m) for p in TITLE_SEASONS for m in p.finditer(marked)]
    found = {n for n in numbers if n >= 2}  # "X season 1 was a hit": the season before
    if len(found) != 1:
        return None  # none, or two seasons written ("X II" and "X Season 3"): not sure
    return found.pop()


def _number(match: re.Match[str]) -> int:
    found = match.groupdict()
    if found.get("r"):
        return ROMAN[found["r"]]
    if found.get("n"):
        return int(found["n"])
    if found.get("c"):
        return WORD_NUMBERS[found["c"].lower()]
    return ordinal_number(found["w"])


def numbered_by_text(titles: Titles, text: str) -> Titles:
    """``titles`` with the season its own text says the show gets ("X is coming back for a
    second season"), when the title names none and is no film's."""
    title = titles.title
    if not title or sequel_number(title) or FILM_WORD.search(title):
        return titles
    number = season_in_text(title, text)
    if number is None:
        return titles
    return Titles(f"{title} Season {number}", (title, *titles.alt_titles))


def spelled_seasons(text: str) -> str:
    """``text`` with a title's short season mark written out: "Frieren S2" becomes
    "Frieren Season 2", so that it is read, counted and matched as that season's title."""
    return SHORT_SEASON.sub(r" Season \g<n>", text) if " S" in text else text


def short_marked(text: str) -> bool:
    """Whether ``text`` writes a title with a short season mark ("Frieren S2"); a mark
    right after a closing quotation mark ("“X” S3") names no title of its own."""
    return any(text[m.start() - 1] not in '"”' for m in SHORT_SEASON.finditer(text))


def with_short_form(titles: Titles, written: str) -> Titles:
    """``titles`` with the short form the article (``written``, before ``spelled_seasons``)
    gives its title: "Frieren S2" for "Frieren Season 2"."""
    title = titles.title or ""
    short = SEASON_AT_END.sub(r" S\g<n>", title)
    if short == title or short in titles.alt_titles or short not in written:
        return titles
    if not re.search(rf"(?<!\w){re.escape(short)}(?!\w)", written):
        return titles  # "X S2E05", an episode
    return Titles(title, (*titles.alt_titles, short))


SEASON_AT_END = re.compile(r" Season (?P<n>\d{1,2})$")

"""The season number of a single show's article when its title does not carry one: the
body's first sentence about the show ("X has put out a new key visual for Season 2!"), a
subheadline about "the anime" ("Anime's 2nd season premieres on March 25"), or the one
number the body writes right after the title ("X II's opening", "X Season 2")."""

from __future__ import annotations

import re

from pipeline.extract.sentences import split_sentences
from pipeline.extract.title_forms import ORDINALS, seasons_named, sequel_number

LEAD_PARAGRAPHS = 2  # a subheadline may stand above the first sentence that names the show
LEAD_WORDS = 6  # a body's first paragraph has this many words at least (not a "✖" or a date)
WRITTEN_SEASON = r"(?:\s+Season\s+\d+|\s+(?-i:II|III|IV|V|VI)|\s+\d+(?:st|nd|rd|th)\s+Season)\b"
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
    numbers = {  # not "(X Season 3)", a staff member's other credit
        sequel_number(m.group(0))
        for m in re.finditer(rf"(?<!\()(?<!\(“)(?<!\(\"){re.escape(base)}{WRITTEN_SEASON}", body)
    }
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


def final_season(base: str, headline: str, body: str) -> int | None:
    """The number of the final season a headline announces ("X Reveals Songs For Final
    Season") that the body counts ("the 4th and final season of X"), unless the body names
    the season "X The Final Season" itself."""
    if not FINAL_IN_HEADLINE.search(headline) or re.search(
        rf"{re.escape(base)}:?\s+(?:The\s+)?Final\s+Season", body, re.I
    ):
        return None
    count = next((m for m in NTH_AND_FINAL.finditer(body) if body.startswith(base, m.end())), None)
    if count is None:
        return None
    return int(count["n"]) if count["n"] else ORDINALS[count["w"].lower()]

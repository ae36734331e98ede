"""What a headline says of its article: a list of shows ("Most Anticipated", "Preview
Guide", "Box Office") or one show's news, and which part of it is the article's own when
a column's name comes first ("The Fall 2015 Anime Preview Guide - X").
"""

from __future__ import annotations

import re

from pipeline.extract.date_mentions import YEAR
from pipeline.extract.foreign_words import FOREIGN_SEASONS, SEASON_ADJECTIVES
from pipeline.extract.headline_marks import TAG
from pipeline.extract.headline_reading import headline_base

LISTING_HEADLINE = re.compile(  # an article that lists shows under their own headings
    r"\b(?:(?<!video\s)(?<!trailer\s)(?<!new\s)(?<!latest\s)(?<!promo\s)(?<!teaser\s)(?<!pv\s)"
    r"(?<!clip\s)(?<!visual\s)"
    r"previews?(?!\s+(?:trailers?|videos?|pvs?|clips?|promos?|teasers?|images?|screenings?))"
    r"|anticipated|top\s+(?:anime|shows|series)\s+of"
    r"|(?:anticipating|looking\s+forward\s+to)\s+(?:the\s+)?(?:spring|summer|fall"
    r"|autumn|winter)\s+(?:\d{4}|season)|must[\s-]watch|top\s+\d+|best|line[\s-]?up|simulcasts|slate"
    r"|(?<!season\s)(?<!part\s)(?<!cour\s)(?<!no\.\s)"  # not "Season 3 TV anime", "No. 8 Anime"
    r"(?P<count>(?<!\d)\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|every)\s+(?:[\w-]+\s+){0,3}anime"
    r"|guide|picks|watch\s?list|recommendations?|openings|endings|what\s+will\s+i\s+watch|round-?ups?|wrap-?ups?"
    r"|what\s+i['’]?(?:ll\s+be|\s+will\s+be|m|\s+am)\s+watching|(?:my|our)\s+favou?rite\s+(?:anime|shows)"
    r"|(?:fans|readers|viewers)\s+(?:vote|voted|pick|picked|choose|chose|rank|ranked)\s+(?:for\s+)?"
    r"(?:their|the)\s+(?:favou?rite|best|top)"  # a poll: "Japanese Fans Vote for Their Favorite X"
    r"|what\s+i\s+(?:may|might|will|plan\s+to|want\s+to)\s+(?:\(\w+\)\s+)?watch\b"
    r"|look\s+out\s+for\s+in\s+(?:the\s+)?(?:spring|summer|fall|autumn|winter)\b|what\s+to\s+watch\b"
    r"|(?:spring|summer|fall|autumn|winter)\s+['’]?\d{2}\s+(?:first\s+)?impressions\b"  # "08"
    r"|rundown|(?:premiere|season)\s+digest|(?:spring|summer|fall|autumn|winter)\s+(?:season\s+)?\d{4}(?:\s+season)?[:,]?\s+"
    r"(?:(?:first|1st)\s+(?:episode\s+)?)?impressions?"
    r"|(?:mid-?season|first|premiere|early)\s+impressions\s*[-–—:]\s*(?:spring|summer|fall|autumn"
    r"|winter)\s+\d{4}|(?:spring|summer|fall|autumn|winter)\s+\d{4}\s+season\s+(?:tv\s+)?anime"
    r"|(?:returning|continuing)\s+(?:series|shows)|season\s*[-–—:]?\s*(?:a\s+)?recap"
    r"|impressions:?\s+episodes?\s+1\b"  # "Infy's Impressions: Episode 1 (Winter 2011)"
    r"|(?:spring|summer|fall|autumn|winter)\s+(?:season\s+)?first\s+impressions"
    r"|first\s+impressions\s+(?:of|for)\s+(?:the\s+)?(?:spring|summer|fall|autumn|winter)\b"
    r"|box\s+office|acquisitions|(?:new\s+)?licens(?:es|ing)\s+announcements"
    r"|(?:spring|summer|fall|autumn|winter)\s+(?:tv\s+)?(?:\d{4}\s+(?:seasonal\s+)?anime(?:\s+season)?"
    r"|anime\s+(?:season|\d{4}|chart))"  # "Spring Anime 2019", "Summer Anime Chart 2013"
    r"|\d{4}\s+(?:spring|summer|fall|autumn|winter)\s+(?:anime\s+)?"  # "2017 Summer Season",
    r"(?:season|(?:first\s+|brief\s+)?impressions)"  # "2011 Spring Anime First Impressions"
    r"|look\s+(?:at|into)\s+(?:the\s+)?(?:spring|summer|fall|autumn|winter)\s+\d{4}"
    r"|^anime\s+(?:for|of)\s+(?:the\s+)?(?:spring|summer|fall|autumn|winter)\s+\d{4}$"
    r"|^(?:spring|summer|fall|autumn|winter)\s+\d{4}(?=\s*[-–—:]))\b|#\d"  # "Autumn 2008– oh, ..."
    r"|,\s+etc\.?$"  # "News: A, B, etc."
    r"|\bnews\b(?:\s+(?:&|and)\s+\w+)?\s*(?:[-–—:]\s*)?(?:\d{1,2}/\d{1,2}\b|this\s+week)",
    re.I,  # ... and a digest: "News & Stuff - 09/21/12", "Anime News This Week"
)
_SEASONS = "|".join(w for w in FOREIGN_SEASONS if w != "winter")  # not German "Winter":
# English writes it too
FOREIGN_LISTING = re.compile(  # a season's list in another language: "temporada de primavera
    rf"\btemporada\s+(?:de\s+)?(?:anime\s+de\s+)?(?:{_SEASONS})\b"  # 2023", "stagione inverno",
    rf"|\b(?:stagione|saison)\s+(?:{_SEASONS}|{'|'.join(SEASON_ADJECTIVES)})\b"  # "Herbstsaison",
    r"|\bmeilleurs?\s+anim[eé]s?\b"
    rf"|\b(?:{_SEASONS}|winter)s?[\s-]?saison\b|\bsaison\s+(?:d['’]|de\s+)?(?:{_SEASONS})\b"
    rf"|\b(?:{_SEASONS})\s+(?:de\s+)?(?:19|20)\d\d\b"  # "primavera 2023", "hiver 2022"
    r"|\b(?:calendario|gu[ií]a)\s+(?:de\s+)?anime\b|\bestrenos\s+de\s+anime\b"
    r"|\banim[eé]s?\s+(?:m[aá]s\s+esperados|attesi|da\s+guardare|[àa]\s+voir|para\s+ficar)\b"
    r"|\b(?:\d{1,2}|deux|trois|quatre|cinq|six|dix|dos|tres|cuatro|cinco|seis|diez|due|tre|quattro"
    r"|cinque|dieci|duas|tr[eê]s)\s+(?:nouvelles|nuevas|nuevos|nuove|nuovi|novas|novos|neue)?\s*"
    r"(?:s[eé]ries|animes|anim[eé]s|serien|titres|t[ií]tulos|titoli)\b",  # "quatre nouvelles
    # séries", "6 animes"
    re.I,
)  # ... "Calendario anime", "los animes más esperados", "gli anime da guardare"
KICKER = re.compile(r"^(?P<word>[A-Z][\w-]{2,15}):\s+(?P<own>[A-Z\"“'‘].{8,})$")  # "Anisong: X"
COLUMN = re.compile(r"\b(?:Spotlight|Preview\s+Guide|First\s+Impressions?|Review)\s*$", re.I)
SERIES_DASH = re.compile(r"^(?P<list>.+?)\s[-–—]\s(?P<own>\S.*)$")  # a column's name, a dash
EPISODE_END = re.compile(r"\bEpisodes?\s+\d+\s+$", re.I)  # "X Releases Episode 1 Preview"
PREVIEW_NEWS_VERB = re.compile(
    r"\b(?:Reveals|Unveils|Announces|Streams|Casts|Gets|Sets)\b"
    r"|(?i:\bpreviews\s+(?:(?:its|the|a|an|new)\s+)*(?:theme|opening|ending|songs?|pv|trailer"
    r"|video|footage|visual|episode))"  # "X anime film previews theme song": the news verb
)


def own_part(headline: str | None, body: str) -> str | None:
    """The part of a headline after a list's name that is this article's own ("The Fall
    2015 Anime Preview Guide - Mr. Osomatsu", "Latest Anime News — X Gets 2 Cours!"), when
    the body writes its show at least twice; otherwise the whole headline."""
    kicker = KICKER.match(headline or "")
    if kicker and COLUMN.fullmatch(kicker["own"]):
        kicker = None  # "Bakuman: First Impression": the show, then the column
    if kicker and kicker["word"].casefold() not in body.casefold():
        headline = kicker["own"]  # "Anisong: GATE Season 2 OP and ED Announced": a column's tag
    match = SERIES_DASH.match(headline or "")
    if match and COLUMN.search(match["own"]) and not COLUMN.search(match["list"]):
        return _written_twice(match["list"], headline, body)  # "SAKUGAN - ... Spotlight"
    if match is None or not LISTING_HEADLINE.search(match["list"]):
        return headline
    if LISTING_HEADLINE.search(match["own"]):
        return headline
    return _written_twice(match["own"], headline, body)


def _written_twice(part: str, headline: str | None, body: str) -> str | None:
    """``part`` when the body writes its show at least twice or names it on a "Title:"
    line, else the whole headline."""
    reading = headline_base(part, body, ()) or part
    if body.count(reading) >= 2 or _on_title_line(reading, body):
        return part
    return headline


TITLE_LINE = re.compile(r"^(?:(?:English|Japanese|Original)\s+)?Title\s*:\s*(?P<names>.+)$", re.M)


def _on_title_line(reading: str, body: str) -> bool:
    """Whether a "Title: A, B, C" line of the body names ``reading``."""
    return any(reading in m["names"] for m in TITLE_LINE.finditer(body))


COUNTED_SHOWS = re.compile(  # an introduction that counts the shows to come
    r"\b(?:there\s+are|here\s+are|I\s+(?:plan|want|hope)\s+to\s+\w+|we\s+(?:cover|look\s+at))\s+"
    r"(?:\d{1,2}|two|three|four|five"
    r"|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w-]+\s+){0,3}(?:anime|series|shows|titles"
    r"|films|movies)\b",
    re.I,
)


def counts_shows(lead: str) -> bool:
    """Whether an introduction says how many shows follow ("There are eight upcoming anime
    series I plan to sample"), which makes a list article of an untold headline."""
    return bool(COUNTED_SHOWS.search(lead))


def lists_shows(headline: str, body: str = "") -> bool:
    """Whether the headline introduces a list of shows; a preview that a show's news
    reveals ("X Reveals Promo Video, July 3 Debut, AX Preview") is one item of that news,
    and a number the body writes after the same word is a title's ("Mob Psycho 100 III
    Anime Teases ...")."""
    tag = TAG.match(headline)  # a column's "Anime Preview: X" is about X alone
    if tag and "preview" in tag.group(0).lower() and not YEAR.search(headline, tag.end()):
        return False
    if FOREIGN_LISTING.search(headline):
        return True
    for match in LISTING_HEADLINE.finditer(headline):
        if match["count"] and _in_a_name(headline, match.start("count"), match["count"], body):
            continue
        if not match.group(0).lower().startswith("preview"):
            return True
        before = headline[: match.start()]
        return not (PREVIEW_NEWS_VERB.search(headline) or EPISODE_END.search(before))
    return False


COUNT_LEAD = re.compile(r"(?P<word>[A-Z0-9][\w'’.-]*)\s+$")
NOT_A_NAME = frozenset({"The", "These", "Those", "Top", "All", "Our", "My", "Best", "Of", "With"})


def _in_a_name(headline: str, start: int, count: str, body: str) -> bool:
    """Whether the number at ``start`` ends a name the body also writes ("Psycho 100")."""
    lead = COUNT_LEAD.search(headline[:start])
    if lead is None or lead["word"] in NOT_A_NAME:
        return False
    return f"{lead['word']} {count}" in " ".join(body.split())  # as the body writes it

"""What a show heading carries besides the show's name: the studios or the service after
a dash ("X – Satelight, C2C"), a gloss in brackets ("X [Y]"), the post's own name before a
bar ("Spring 2019 Anime | X"), the list's category before it ("Runner-up: X", "Hit:
X", "Autumn 2020 First Impressions – X") and the occasion after it ("X Super Stage RED
(10:30-11 am JST)", "X: Episode 1")."""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from pipeline.extract.candidate_filters import is_company, is_generic
from pipeline.extract.lexicon import lexicon

MAKER_DASH = re.compile(r"\s*[–—]\s*|\s+-\s+")


def without_makers(heading: str) -> str:
    """ "X – Satelight, C2C", "Y– Manglobe", "Z — Anime Network Online", "W – Studio TBA":
    the studios or the service after a preview heading's dash go."""
    parts = MAKER_DASH.split(heading)
    if len(parts) < 2:
        return heading
    tail = [t.strip() for t in parts[-1].split(",") if t.strip()]
    if tail and all(is_company(t) or t in ("Studio TBA", "TBA") for t in tail):
        return heading[: heading.rfind(parts[-1])].rstrip(" –—-")
    return heading


def without_article_title(heading: str) -> str:
    """ "Demon Slayer, Top 7 Upcoming Fall 2020 Anime You Should Have on Your Radar": an
    image's caption, the show's name and then the article's own list headline."""
    name, comma, rest = heading.partition(", ")
    return (
        name
        if comma and LIST_TITLE.search(rest) and len(rest.split()) >= LIST_TITLE_WORDS
        else heading
    )


LIST_TITLE = re.compile(r"^(?:The\s+)?(?:Top|Best)\s+\d{1,2}\b", re.I)
LIST_TITLE_WORDS = 4


TAG_LABEL = re.compile(r"(?i)\b(?:genres?|genre\(s\)|tags?|categor(?:y|ies)|type|themes?)\s*$")
GENRE_WORDS = 3  # words of one tag in a heading's glued list of genres
GENRE_TAGS = 2  # genres the list names at least, besides the one glued to the title


def without_genres(heading: str) -> str:
    """ "Fruits Basket Comedy, Drama, Fantasy, Romance": a list of genre tags glued after
    the show's name goes, when its first tag ends the name's part and two more are genres."""
    return heading[: len(heading) - len(heading_genres(heading) or "")].rstrip(" :")


def heading_genres(heading: str) -> str | None:
    """The genre tags glued after a heading's show ("Comedy, Drama, Fantasy, Romance"), or
    set after a colon ("Gabriel Dropout: Comedy, Supernatural")."""
    colon = heading.rfind(": ")
    genres = lexicon().genre_pattern
    if colon > 0 and not TAG_LABEL.search(heading[:colon]):  # not "Genre: Sci-fi, Mecha"
        after = heading[colon + 2 :]
        if all(genres.fullmatch(t) for t in after.split(", ")):
            return after
    if heading.count(", ") < GENRE_TAGS:
        return None
    first, *tags = heading.split(", ")
    glued = next((m for m in genres.finditer(first) if m.end() == len(first)), None)
    name = first[: glued.start()].rstrip() if glued else ""
    if glued is None or not name or name.endswith((":", "-", "–", "(")):
        return None  # "Genre(s): Slice of Life, Comedy, ...": a label's line, no show's
    short = all(0 < len(t.split()) <= GENRE_WORDS and t[:1].isupper() for t in tags)
    if not short or sum(1 for t in tags if genres.fullmatch(t)) < GENRE_TAGS:
        return None
    return heading[glued.start() :]


BRACKET_GLOSS = re.compile(  # "X[Earth Defence Family] (Jan.9 18:30, WOWOW)"
    r"(?<=\w)\s*\[[^\[\]]{2,80}\](?=\s*(?:\(|$))"
)


def with_plain_gloss(heading: str) -> str:
    """ "X [Y]", "X[Y] (Jan.9 18:30, WOWOW)" and "Spring 2019 Anime | X" read without the
    gloss in brackets and without the post's own name before a bar."""
    heading = BRACKET_GLOSS.sub("", heading)
    lead, bar, rest = heading.partition(" | ")
    return rest.strip() if bar and is_generic(lead) and rest.strip() else heading


CATEGORY_LEAD = re.compile(  # "Most Anticipated: X", "Runner-up: X", "Honorable Mention – X"
    r"^(?:(?:most\s+)?anticipat(?:ed|ing)|runners?-up|honou?rable\s+mentions?|winner"
    r"|watching\s+with\s+\w+|(?:definitely|probably|maybe|might\s+be)\s+watching"  # a verdict
    r"|(?:\w+['’]s\s+|staff\s+)?(?:top\s+)?pick"  # "Top Pick: X", "Toshi’s Pick: X"
    r"|(?:our\s+)?(?:top|best|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|last)\s+(?:pick|choice|place)|bonus|#\d+|(?:number|no\.)\s*\d+|hit|miss|pass|skip"
    r"|best\s+(?:opening|ending|op|ed|insert)(?:\s+(?:theme|song))*"  # "Best Opening Theme: X"
    r"|(?:(?:spring|summer|fall|autumn|winter)\s+\d{4}\s+)?first\s+impressions?)"  # a column's
    r"\s*[:–—-]\s+(?=\S)",
    re.I,
)


def without_category(heading: str) -> str:
    """A heading without its list category ("Runner-up: X", "#3 – X")."""
    return CATEGORY_LEAD.sub("", heading)


OCCASION_TAIL = re.compile(  # "X Super Stage RED (10:30-11 am JST)", "X: Episode 1"
    r"\s+(?:(?:Super|Jump)\s+Stage|Stage\s+(?-i:[A-Z]{3,}))\b.*$"
    r"|\s*\(\d{1,2}(?::\d{2})?\s*(?:[ap]m)?\s*[-–~]\s*\d{1,2}(?::\d{2})?[^()]*\)$"
    r"|(?<=\S)\s*[:–—-]\s*(?:episode|ep\.?)\s*\d{1,4}$"
    r"|\s+[–—-]\s+(?:episode\s*|ep\.?\s*|(?-i:E))\d{1,4}\s+[–—-]\s+.*$"  # "X - E1 - Title"
    r"|\s*[–—-]\s*(?:hype(?:\s+level)?|rating|score)\s*:\s*\d+(?:\.\d)?(?:\s*/\s*\d+)?$",
    re.I,
)  # ... and a writer's score: "X –Hype level: 9", "X - Rating: 8/10"
HASHTAGS = re.compile(r"(?:\s+#(?!\d+$)[^\s#]+)+$")  # an entry's hashtags: "X #アキバ冥途戦争"


def without_hashtags(line: str) -> str:
    """A list line or heading without the hashtags after its show."""
    return HASHTAGS.sub("", line)


EPISODES_TAIL = re.compile(r":\s+\d{1,4}\s+episodes?(?:\s+(?:complete|watched|done))?$", re.I)


def without_occasion(heading: str) -> str:
    """A heading without the occasion after its show: an event's stage and hour ("X Super
    Stage RED (10:30-11 am JST)"), the episode a review is of ("X: Episode 1") or the
    writer's score ("X –Hype level: 9") or the count watched ("X: 11 episodes COMPLETE")."""
    heading = OCCASION_TAIL.sub("", heading).strip()
    count = EPISODES_TAIL.search(heading)  # "X: 11 episodes COMPLETE", not "Length: 12 ..."
    return heading[: count.start()] if count and " " in heading[: count.start()] else heading


SPELLING_LETTERS = 8  # a shorter name is too short to tell a misspelling from another name
SPELLING_SCORE = 85  # rapidfuzz ratio at or above which a heading's name is the body's, misspelt
SPELLED_TWICE = 2  # times the body writes its own spelling before it wins


def as_body_spells(title: str, body: str) -> str | None:
    """The body's spelling of a heading's misspelt title ("Jujutsy Kaisen" where the text
    writes "Jujutsu Kaisen" again and again), or None when the body writes the title."""
    if title in body or len(title) < SPELLING_LETTERS:
        return None
    words = title.split()
    pattern = r"\b" + r"\s+".join(rf"{re.escape(w[0])}[\w'’-]*" for w in words) + r"\b"
    spans = [m.group(0) for m in re.finditer(pattern, body)]
    best = process.extractOne(title, set(spans), scorer=fuzz.ratio, score_cutoff=SPELLING_SCORE)
    return best[0] if best and spans.count(best[0]) >= SPELLED_TWICE else None


SCREENSHOT_TAIL = re.compile(r"(?<=\S)\s+(?:Screen)?[Cc]ap$")  # a screenshot's alternative text
PICTURE_TAIL = re.compile(
    r"\s+(?:Film\s+|Movie\s+|Anime\s+)?(?:Poster|Key\s+Visual|Banner|Cover(?:\s+Art)?)$"
    r"|\s+(?:Spring|Summer|Fall|Autumn|Winter)\s+\d{4}\s+anime$",  # "X X Spring 2014 anime"
    re.I,
)


PICTURE_BEFORE_RANK = re.compile(r"^.{2,80}?\s(?i:cover|poster|banner|image)\d{1,2}\)\s+(?=\S)")


def without_picture(heading: str) -> str:
    """ "X   X Film Poster": a heading with its picture's alternative text run into it, or
    before its rank ("X cover1) Y": Y)."""
    heading = SCREENSHOT_TAIL.sub("", PICTURE_BEFORE_RANK.sub("", heading))  # "Bakuon Cap"
    tail = PICTURE_TAIL.search(heading)
    if not tail:
        return heading
    before = heading[: tail.start()]
    half = len(before) // 2
    if before[:half].strip() == before[half:].strip():  # "Fairy Tail (2014)Fairy Tail (2014)"
        return before[:half].strip()
    words = before.split()
    for cut in range(1, len(words)):
        head, named = " ".join(words[:cut]), " ".join(words[cut:])
        if named.casefold() in head.casefold():
            return head
    return heading

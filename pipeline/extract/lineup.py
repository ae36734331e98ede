"""Shows a list article names in its prose ("including A, B, and C").

A lineup, a season preview or a top list often names part of its shows in running text
rather than under headings: "Funimation's Fall slate includes A, B, C, and more", "new
seasons of A, B, and C", "series like A and B are making their debuts". Such an article
presents each of them, with the article's own framing (its season, its service) as
their facts. Each item of an enumeration after a list cue is taken when it reads as a
title (see ``candidate_filters.plausible``) and is no company; "the second season of X" is
"X Season 2".

Enumerations that say by themselves that their items are shows, in any article, are
read by ``enumerations``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.extract.candidate_filters import is_company, is_generic
from pipeline.extract.date_mentions import MONTH_NAME, WEEKDAY_STEM
from pipeline.extract.entry_lines import DAY, STREAM_TAIL
from pipeline.extract.folding import Folded
from pipeline.extract.labels import label_of
from pipeline.extract.list_titles import list_title
from pipeline.extract.segments import Unit
from pipeline.extract.show_headings import (
    CAST_LINE,
    CREDIT_LINE,
)
from pipeline.extract.title_forms import ordinal_number
from pipeline.extract.title_spans import DATE_TAIL

LIST_CUE = re.compile(
    r"\b(?:including|includes|include|such\s+as|like|namely|among\s+them|new\s+seasons?\s+of"
    r"|details\s+(?:for|on|about)|go\s+over|(?:batch|wave|lineup)\s+made\s+up\s+of"
    r"|(?:(?<=\bI\s)|(?<=\bwe\s))turn\s+to"  # "a first batch made up of", "I turn to"
    r"|returning\s+(?:series|shows)(?:\s+like)?|the\s+likes\s+of|titles?\s+(?:are|is)"
    r"|(?:projects|series|shows|titles|anime)\s+are\s+(?:titled|called|named)"  # "are titled A, B"
    r"|(?:coming\s+back|returning)(?:\s+this\s+(?:month|season|week))?(?=\s*:)"  # "Coming back:"
    r"|(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,2}"
    r"(?:shows|series|anime|titles|sequels|films|movies)(?=\s*:)"  # "two interesting shows:"
    r"|(?:list|lineup|slate)\s+(?:includes|has|features)|features"
    r"|following(?!\s+(?:characters|cast|members|voice|actors|staff|people|guests))"
    r"|(?:has|have)\s+(?:acquired|licensed|picked\s+up)"  # "... licensed four anime series:"
    r"(?:\s+(?:\w+\s+){0,2}(?:anime|series|titles|films|movies|shows)(?=\s*:))?"
    r"|(?:acquired|picked\s+up|secured)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?rights\s+(?:to|for))"
    r"\s*:?\s+",  # a licensor's new titles, "picked up the rights to A, B, and C"
    re.I,
)
LIST_END = re.compile(
    r"(?<!Dr)(?<!Mr)(?<!Ms)(?<!St)(?<!\bNo)[.;!?](?:\s(?!\d{1,3},)|$)|\s+(?:are|were|will|have|coming|arriving|making|returning"
    r"|and\s+(?:more|plenty|many|others|much)|which|that|to\s+(?:name|list))\b|\s+\(|,\s+with\b|$"
    # "such as A and B, series returning ...": a lower-case phrase after a comma ends it
    r"|,\s+(?!(?:and|or|plus|the|an?|its|their|his|her|new|both)\b)(?=[a-z]{2})"
)
COMMA_SPLIT = re.compile(r"\s*,\s*(?:and\s+|&\s+)?")  # "Carole & Tuesday" is one
AND_SPLIT = re.compile(r"\s+and\s+")


def list_items(text: str) -> list[str]:
    """The items of "A, B and C" or "A, B, and C"; an "and" inside an earlier item is part of
    its title ("Mashle: Magic and Muscles, Blue Exorcist, ...")."""
    items = COMMA_SPLIT.split(text)
    return [*items[:-1], *AND_SPLIT.split(items[-1])]


ANNOUNCES_LIST = Folded(
    r"\b(?:the\s+following|these\s+(?:anime|titles|shows|series)|list\s+of|lineup|titles\s+are"
    r"|run\s+through|(?:notable|returning|new)\s+(?:sequels|shows|series|titles|anime)\s+"
    r"(?:airing|coming|premiering|this))\b"
    r"|\b(?:full\s+|final\s+)?(?:ranking|rankings|results)\s*:\s*$"  # "The ranking:" over a list
)
LIST_DATE = re.compile(
    r"^(?:\d{1,2}/(?:\d{1,2}|\?\?)(?:/\d{2,4})?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"\s+\d{1,2}(?:,\s*\d{4})?"
    r"|\d{1,2}(?::\d{2})?\s*(?i:[ap]\.?m\.?)(?:\s+[A-Z]{2,4})?(?=\s*[–—-])"
    r"|\d{1,2}:\d{2}\s*(?i:[ap]\.?m\.?)(?=\s+[A-Z0-9]))\s*[:–—-]?\s+"
)  # ... and a block's schedule line: "11:30 PM – X", "11:30 PM X"
EPISODE_HEAD = re.compile(r"\s+(?i:episodes?|ep\.?)\s*\d{1,4}(?:\s*[-–&]\s*\d{1,4})?$")
LONG_NOTE = re.compile(r"\s*\((?![Ss]eason\s+\d)[^()]{30,}\)")  # a note that is a sentence
NOTE_END = re.compile(r"(?<=\d)(?:st|nd|rd|th)?\s*\((?!season\b)[^()]*\)\s*$", re.I)
LIST_NOTE = re.compile(
    r"\s*[(（][^()（）]*[)）]|\s*,?\s+(?:(?:beginning|starting|resuming)\s+(?:with|from|at)\s+)?"
    r"Episodes?\s+\d.*$|\s+\((?:Dubbed|Subbed|Premiere)\)"  # "X, beginning with Episode 9"
    r"|\s+(?:English\s+)?Dub(?:bed)?\s*(?:[-–—:]\s*\S.*)?$",  # "X English Dub - TBA"
    re.I,
)
SEASON_NOTE = re.compile(  # "X, season 3", "X (season 4)", "X, season 2, part 2"
    r"(?:\s*,\s*|\s*\(\s*|\s+)season\s+(?P<n>\d{1,2})(?:\s*,\s*part\s+\d{1,2})?\s*\)?", re.I
)
SHOWS_WORD = re.compile(r"\b(?:anime|series|shows|titles|sequels|films|movies|releases)\b", re.I)
PEOPLE_WORD = Folded(
    r"\b(?:cast|staff|voices?|songs?|themes?|members|actors?|actresses|characters?|stars?"
    r"|starring)\b"  # ... and "The series will star the following:"
)
PAST_CREDITS = re.compile(  # "have worked together on titles such as 'A', 'B' ..."
    r"\b(?:worked|known|famous|credits|works|directed|wrote|(?:co-)?created|previously|past"
    r"|earlier|behind|hits|performed|sang|composed|voiced|starred|appeared|liked|loved|enjoyed"
    r"|(?:released|made)\s+since)\b",  # "every Hosoda film released since X—including A, B"
    re.I,
)
FINISHED = re.compile(  # a sentence about the shows of a season that is ending, or of years past
    r"\b(?:already\s+(?:finished|ended|over|wrapped)|draws?\s+to\s+a\s+close|wrapp(?:ed|ing)\s+up"
    r"|(?:for|over)\s+the\s+(?:past|last)\s+(?:few\s+|several\s+|\w+\s+)?years|in\s+recent\s+years)\b",
    re.I,
)
LEFT_OUT = re.compile(  # "... won't be on this list", "classics I haven't caught up on"
    r"\b(?:won['’]t|will\s+not|don['’]t|do\s+not|not)\s+(?:be\s+)?(?:on|in|make)\s+(?:this|the|my|our)\s+"
    r"list\b|\bhaven['’]t\s+(?:seen|watched|(?:yet\s+)?caught\s+up)\b",
    re.I,
)
CAST_BEFORE = re.compile(  # "The newly announced cast members for the X films include A, B"
    r"\b(?:cast(?:\s+members)?|voice\s+actors|actors|actresses)\s+(?:for|of|in)\s+[^.;]{1,80}$",
    re.I,
)
PEOPLE_BEFORE = re.compile(
    r"\b(?:students|characters|members|cast|friends|family|villains|heroes|protagonists"
    r"|guests|voices|actors|actresses|creators|staff|authors|writers|artists|singers|musicians"
    r"|directors|people|figures|games|books|dates|countries|regions|territories|markets|roles|parts"
    r"|cities|venues|theaters|cinemas"  # and places: "release dates, including A"
    r"|sites|websites|services|platforms|apps|outlets|databases)\b,?\s*$",  # "sites like A"
    re.I,
)
SCHEDULE_TAIL = re.compile(  # "X: 4/26/2017 at 9:30PM Eastern", "X: 9:00PM Eastern", "X: TBD"
    r":\s+(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\.?|TBD|TBA)\b.*$"
    # "X — Sunday, June 18, 2023, at 10:35 AM PT": a dashed day and its times
    rf"|\s+[—–-]\s+(?:(?:{WEEKDAY_STEM})day,?\s+)?{MONTH_NAME}\s+\d{{1,2}}\b.*,.*$"
)
VERB_TAIL = re.compile(
    r"\s+(?:will\s+(?:launch|premiere|debut|air|stream|return|arrive|begin|start)"
    r"|(?:launche|premiere|debut|return|arrive)s)\b.*$"
)
VIDEO_TAIL = re.compile(
    r"\s*[-–—]\s*New\s*$|(?:\s*[-–—]\s*New)?\s*(?:\|\s*)?(?:Official\s+)?(?:Trailer|PV|Teaser)\s*$",
    re.I,
)
NEW_LEAD = re.compile(r"^New\s+(?:Series|Anime|Season)\s+(?=[A-Z0-9])")
LIST_LINE_STUDIO = re.compile(  # a preview's list line: title, studio (genres), premiere
    rf"^.+?\s[–—]\s(?P<n>[^–—(]{{2,30}}?)(?:\s*\([^()]{{1,80}}\))?\s[–—]\s+{DAY}(?!\w)"
)
FIELD_LINE = re.compile(  # a field's line: its value a day, a time, a date, or links
    r"^[^:]{2,40}:\s+(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b|Every\b|TB[AD]\b)"
    r"|^[^:]{0,30}\b(?:[Ll]inks?|[Ww]ebsites?|[Ss]ites?)\s*:"
)
DASH_TAIL = re.compile(r"\s+[–—-]\s+(?P<who>[^–—]{2,40})$")  # "Title – Studio"
_NAME_WORD = r"[A-Z][\w'’.-]+"
NAME_PAIR = re.compile(
    rf"^{_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}}(?:\s\([^()]{{1,20}}\))?:\s+"  # "Michio (Dog): A"
    rf"{_NAME_WORD}(?:\s{_NAME_WORD}){{1,2}}$"
)
DATE_LINE = re.compile(rf"(?:{MONTH_NAME})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?", re.I)
EPISODE_FROM = re.compile(
    r",?\s+(?:from|beginning\s+with|starting\s+(?:with|from))\s+Episode\s+\d+\b"
    r"(?:\s+on(?:wards?)?\b)?,?\s*",
    re.I,
)
POINTER = re.compile(r"\b(?:check\s+out|take\s+a\s+look\s+at|read|see)\s+(?:my|our)\b", re.I)
CUE_REACH = 2  # a list may follow its announcing sentence by this many more sentences
NUMBER_TITLE = re.compile(r"\d{2,3}")
_SMALL = r"no|wa|ga|ni|to|of|the|in|a|x|wo|de"  # words a title's run may hold uncapitalised
_TITLE_RUN = rf"[A-Z0-9][\w'’:!?.&/×-]*(?:\s(?:[A-Z0-9][\w'’:!?.&/×-]*|{_SMALL})(?![\w'’]))*"
KIND_LEAD = re.compile(  # the kind of work, then its title: "the mystery thriller Gleipner"
    r"\b(?:comedy|rom-?com|romance|thriller|drama|horror|isekai|fantasy|mecha|webtoon|manga"
    r"|novel|series|anime|adaptation|sequel|spin-?off|franchise|hit|powerhouses?|twister)"
    rf"\s+(?P<t>{_TITLE_RUN})"
)
LINEUP_HEADLINE = re.compile(
    r"\b(?:Lineup|Line-up|Slate|Schedule)\s*:\s*(?P<list>.+?)(?:,?\s*(?:&|and)\s+More)?\s*$", re.I
)
LINEUP_SPLIT = re.compile(r"\s*,\s*|\s+&\s+|\s+and\s+")
WITH_STARTING = re.compile(  # "..., with JoJo Part 6 starting this December"
    rf"\bwith\s+(?P<t>{_TITLE_RUN})\s+"
    r"(?:starting|premiering|arriving|debuting|returning|coming\s+(?:back|in|this|next))\b"
)
SEASONS_REACH = 100  # characters back to "the second seasons of" before a kind-led title
SEASONS_OF = re.compile(
    r"\b(?P<n>second|third|fourth|fifth|2nd|3rd|4th|5th)\s+seasons?\s+of\b[^,.;]*$", re.I
)
ITEM_NOTE = re.compile(r"\s*\((?:its|also|a|an|the)\s[^()]{1,40}\)")  # a list item's short note
SMALL_TAIL = re.compile(rf"(?:\s(?:{_SMALL}))+$")
ENUMERATED = 3  # items an enumeration with no list cue needs before it names shows


def titles_in_prose(units: Iterable[Unit]) -> list[str]:
    """Titles of the shows named in enumerations after a list cue, in order."""
    found: list[str] = []
    for unit in units:
        if unit.earlier_run or FINISHED.search(unit.text):
            continue  # "as the summer season draws to a close, with titles like A, B ...
        for cue in LIST_CUE.finditer(unit.text):
            before = unit.text[max(0, cue.start() - 40) : cue.start()]
            if PEOPLE_BEFORE.search(before) or CAST_BEFORE.search(unit.text, 0, cue.start()):
                continue  # "students, including Derrick Arden, ...": people, not shows
            if PAST_CREDITS.search(unit.text, max(0, cue.start() - 60), cue.start()):
                continue  # "the studio behind anime like A and B": its earlier works
            if LEFT_OUT.search(unit.text[: cue.start()]):
                continue  # "some things won't be on this list, ... like A and B": not in it
            rest = ITEM_NOTE.sub("", unit.text[cue.end() :])  # "X 2 (its second season)"
            end = LIST_END.search(rest)
            items = list_items(rest[: end.start() if end else len(rest)])
            read = [list_title(i) for i in items]
            titles = [t for t in read if t]
            if len(titles) >= 2:  # "new seasons of A, 86, and B": a number among titles is one
                titles = [
                    t for i, r in zip(items, read, strict=True) if (t := r or _numbered_title(i))
                ]
            if len(titles) >= 2:
                number = _seasons_before(before)  # "back for their second season such as A, B"
                titles = [f"{t} Season {number}" if number else t for t in titles]
                found.extend(t for t in titles if t not in found)
    return found


SEASON_CUE = re.compile(r"\b(?P<n>second|third|fourth|fifth|2nd|3rd|4th|5th)\s+seasons?\s*$", re.I)


def _seasons_before(before: str) -> int | None:
    """The season a list cue says all its items are in ("... second season such as")."""
    match = SEASON_CUE.search(before)
    if match is None:
        return None
    return ordinal_number(match["n"])


def lineup_named(headline: str, body: str) -> list[str]:
    """The shows a lineup's headline names after its colon ("Fall 2021 Anime Lineup: Demon
    Slayer, Jujutsu Kaisen & More"), each as the body writes it."""
    match = LINEUP_HEADLINE.search(headline)
    if match is None:
        return []
    items = [i.strip() for i in LINEUP_SPLIT.split(match.group("list")) if i.strip()]
    return [t for i in items if (t := list_title(i)) and t in body]


MONTH_LEAD = re.compile(rf"(?:{MONTH_NAME}|Early|Late|Mid)\b")


def titles_by_kind(units: Iterable[Unit]) -> list[str]:
    """Titles that prose names right after the kind of work they are ("the supernatural
    comedy Tsugumomo", "the Korean webtoon Kami no Tou", "mystery thriller Gleipner"), or
    as what starts next ("with JoJo Part 6 starting this December")."""
    found: list[str] = []
    for unit in units:
        if unit.earlier_run:
            continue
        for match in (*KIND_LEAD.finditer(unit.text), *WITH_STARTING.finditer(unit.text)):
            title = list_title(SMALL_TAIL.sub("", match.group("t")).rstrip(".,:;!?"))
            before = unit.text[max(0, match.start() - 60) : match.start()]
            if not title or not _kind_named(title) or PAST_CREDITS.search(before):
                continue
            season = SEASONS_OF.search(
                unit.text[max(0, match.start() - SEASONS_REACH) : match.start()]
            )  # "the second seasons of comedy X and drama Y"
            if season:
                title = f"{title} Season {ordinal_number(season.group('n'))}"
            found.extend([title] if title not in found else [])
    return found


def titles_set_in(units: Iterable[Unit]) -> list[str]:
    """Titles a preview's sentences open with as the place their story is set ("In Undead
    Uluck, a strange power ...", "In Jitsu wa Ore, Saikyou Deshita?, because ..."), when
    two sentences or more open that way: a show's name, not a place's or a month's."""
    found = [t for u in units if not u.earlier_run and (t := _set_in(u.text))]
    return list(dict.fromkeys(found)) if len(found) >= 2 else []


def _set_in(sentence: str) -> str | None:
    if not sentence.startswith("In ") or ", " not in sentence:
        return None
    rest = sentence[3:]
    for comma in re.finditer(r",\s+", rest):
        after = rest[comma.end() :]
        if re.match(r"[a-z]|[A-Z][\w’'-]*\s+[a-z]", after):  # the clause after the title
            title = list_title(rest[: comma.start()])
            blocked = not title or MONTH_LEAD.match(title) or len(title.split()) < 2
            return None if blocked else title
    return None


def _kind_named(title: str) -> bool:
    """Not "I'm" ("the series I'm waiting for"), nor a single capitalised word such as
    "CD" or "OVAs" (a format, not a show)."""
    first = title.split()[0].casefold()
    if first == "i" or first.startswith(("i'", "i’")):
        return False
    return " " in title or not title.rstrip("s").isupper()


def titles_in_lists(units: Iterable[Unit], *, listing: bool) -> list[str]:
    """Titles of a list of shows: a run of list lines (at least three) most of which read
    as titles once their dates, episode ranges and notes are cut ("10/2 Gintama", "4/9/2019:
    One-Punch Man 2 (Premiere)", "WASIMO (episodes on July 26-27)"), in a list article or
    within two sentences of a line that announces one ("the following anime", "let's run
    through the notable sequels airing this season")."""
    found: list[str] = []
    run: list[str] = []
    since_cue = 0 if listing else CUE_REACH + 1  # sentences since a line announced a list
    of_people = False  # the line above the list announced people ("The cast is:")
    opened = False  # the line above the list ends "... the following shows:"
    for unit in (*units, Unit("", False, None)):
        if unit.follows and run:
            continue  # the rest of a long list line: its first sentence names the show
        dated = bool(DATE_LINE.fullmatch(unit.text.strip(" :")))  # a schedule's date line
        if dated and run:
            continue  # between a schedule's items, as a line or a heading
        if unit.is_item and not unit.earlier_run and not unit.text.endswith(":"):
            if not dated:  # "A, from Episode 8, B, from Episode 9": each show of the line
                run.extend(p for p in EPISODE_FROM.split(unit.text) if p.strip())
            if not ANNOUNCES_LIST.found(unit.text) or PEOPLE_WORD.found(unit.text):
                continue  # an item may announce the list below it ("set out in the list below")
            run = run[:-1] if run and run[-1] == unit.text else run  # the announcing line
            since_cue = -1  # ... opens the list below it
        titles = [t for t in (_listed(i, described=opened) for i in run) if t]
        pairs = sum(1 for i in run if NAME_PAIR.match(i))  # "Ryuji Yoshioka: Shun Horie"
        if pairs * 3 >= len(run) * 2:
            titles = []  # a cast's "Character: Actor" lines
        least = 2 if opened else 3
        if since_cue <= CUE_REACH and len(run) >= least and len(titles) * 3 >= len(run) * 2:
            found.extend(t for t in titles if t not in found and not of_people)
        run = []
        of_people = unit.text.rstrip().endswith(":") and bool(PEOPLE_WORD.found(unit.text))
        opened = _opens_a_list(unit.text)
        announces = _opens_a_list(unit.text) or (
            ANNOUNCES_LIST.found(unit.text)
            and not PEOPLE_WORD.found(unit.text)
            and not POINTER.search(unit.text)  # "check out my list of ...": another page's
        )
        since_cue = 0 if listing or announces else since_cue + 1
    return found


def _opens_a_list(text: str) -> bool:
    """A line that ends in a colon and speaks of shows ("... packed with more than 20 new
    anime:"), not of a cast, a staff or songs."""
    return text.rstrip().endswith(":") and bool(
        SHOWS_WORD.search(text) and not PEOPLE_WORD.found(text)
    )


def _listed(item: str, *, described: bool = False) -> str | None:
    """The title a list line names; with ``described`` (the line above opened a list of
    shows) also the title before a sentence about it ("X: A much-anticipated film ...")."""
    item = VIDEO_TAIL.sub("", item)  # a video's caption: "X - New | Official Trailer"
    item = LONG_NOTE.sub("", item)  # "X (after the episode aired, it was announced ...)"
    item = STREAM_TAIL.sub("", item)  # "X - Simulcast premiere October 3 (Sub and Dub)", "- Dub"
    text = SCHEDULE_TAIL.sub("", NOTE_END.sub("", item))  # "X - March 27th (SimulDub TBA)"
    text = DATE_TAIL.sub("", LIST_DATE.sub("", text)).strip()
    text = NEW_LEAD.sub("", VERB_TAIL.sub("", text))  # "New Series X will launch in 2019"
    tail = DASH_TAIL.search(text)
    studio = LIST_LINE_STUDIO.match(item)  # "Title – Studio – October 3": the studio's place
    if tail and (studio or is_company(tail.group("who").strip(" ."))):  # "X – Feel."
        text = text[: tail.start()]
    season = SEASON_NOTE.search(text)
    if season:  # the note's number is the show's season; the title is read without it
        text = f"{text[: season.start()]} {text[season.end() :]}".strip()
    text = LIST_NOTE.sub("", text).strip(" ,:-–—")
    head, colon, about = text.partition(": ")
    if colon and (episode := EPISODE_HEAD.search(head)):  # "X episode 1: my thoughts"
        return list_title(head[: episode.start()])
    if colon and len(re.findall(r"[\w'’]+", about)) > 6:  # "X: a sentence about it"
        return list_title(head) if described and _description(about) and ":" not in head else None
    if FIELD_LINE.match(text):
        return None  # "Airtime in Japan: Wednesdays at 25:34", "Information Links: ANN, ..."
    labelled = label_of(text)
    if labelled and (
        labelled.field
        or is_generic(labelled.label)
        or is_company(text.split(":", 1)[0])
        or labelled.label.endswith(" by")  # "Storyboards by: X", a credit
    ):
        return None  # "Studio: X", "Moderate: The Eye-Catchers", "Tokyo MX: 10/25 at 22:00"
    if CAST_LINE.match(text) or CREDIT_LINE.match(text):
        return None  # "Aoi Ichikawa as Nagara", "Directed by X"
    title = list_title(text)
    return f"{title} Season {season['n']}" if title and season else title


def _description(text: str) -> bool:
    """A sentence about a show after its title and a colon ("A much-anticipated addition to
    the sports anime genre."), not a subtitle ("What Are You Doing at the End of the
    World?") nor a field's value ("April 11, 2013 (Original Date: ...)")."""
    lower = sum(w[:1].islower() for w in text.split())
    return text[:1].isupper() and lower >= 3 and ":" not in text and not text.endswith("?")


def _numbered_title(item: str) -> str | None:
    """A title that is a number ("86"), read only between other titles."""
    return item.strip() if NUMBER_TITLE.fullmatch(item.strip()) else None

"""Which headings name a show: a round-up's heading opens a show's part, while a section's
("Cast", "Release Date"), a field's ("Studio: MAPPA"), a role's ("Original Character
Design") or a list line's ("Aimi as Yuri", "Song by Artist") does not."""

from __future__ import annotations

import re

from pipeline.extract.candidate_filters import is_company, is_generic
from pipeline.extract.cast_forms import VOICE_LABEL
from pipeline.extract.date_mentions import MONTH_NAME
from pipeline.extract.entry_lines import STREAM_TAIL, WHEN_NOTE
from pipeline.extract.foreign_words import FOREIGN_ORDINALS
from pipeline.extract.heading_extras import (
    PICTURE_TAIL,
    without_genres,
    without_occasion,
    without_picture,
)
from pipeline.extract.headline_reading import JAPANESE
from pipeline.extract.labels import label_of
from pipeline.extract.lexicon import lexicon
from pipeline.extract.news_headings import news_heading_title
from pipeline.extract.page_furniture import WRITER_BOX
from pipeline.extract.text import GLOSS_END, NUMBERING, Block
from pipeline.extract.title_spans import word_set

LABEL = re.compile(
    r"^(?:about|cast|staff|credits|music|theme|themes|theme songs?|songs?|release date|release"
    r"|news to know|broadcast|streaming|story|synopsis|plot|trailer|pv|teaser|video|official"
    r"|main|returning|new|additional|key visual|visual|for immediate release|press|media|production"
    r"|information|info|details|where to watch|premiere|premiering|opening|ending|characters?"
    r"|overview|gallery|more|summary|the bottom line|verdict|final thoughts|conclusion|schedule"
    r"|what to know|everything we know|episodes?|voice cast|english dub|dub|sub|why you|how to"
    r"|what is|what's"
    r"|(?:how|where|when)\s+(?:you|fans|viewers|can|to)\b"  # "How You Can Watch X"
    r"|who is|who's|honorable|honourable|bonus|special mentions?|also airing|the rest|others?"
    r"|in closing|wrapping up|sources?|references|trailers?|watch|faq|notable"
    r"|the story|the plot|the premise|premise|setting|review|impressions|thoughts|our take"
    r"|first impressions?\s*$"  # alone: "First Impressions: X" names X
    r"|background|history|the cast|the staff|the music|related|recommended|final|closing"
    r"|key art|image|images|photos?|screenshots?|poster|visuals?|announcement|updates?"
    r"|quick\s+(?:updates|news|hits|bits)"
    r"|director|directed by|written by|va|cv|show page|official (?:site|website)"
    r"|territories|regions|availability|launch time|languages|links?"
    r"|(?:type|format|genres?|genre\(s\)|studios?|source|episodes?)\s*:)(?:\b|(?<=:))",
    re.I,
)
LABEL_TAIL = re.compile(
    r"\b(?:cast|staff|trailers?|theme\s+songs?|release\s+date|synopsis|storyline|key\s+visuals?|visuals?"
    r"|pvs?|details|information|info|plot|characters|credits|broadcast|streaming|episodes?"
    r"|about\s+the\s+(?:anime|series|show|film|movie|story|manga)|what\s+(?:else\s+)?to\s+expect"
    r"|featured\s+image|image|pic(?:ture)?\s+credit)$",
    re.I,
)
ENUMERATION = re.compile(  # and a bullet, and a poll's count after the rank: "20. (129 Votes) X"
    rf"^\s*(?:{NUMBERING}|[*\-–·](?=\s))\s*(?:\(\d[\d,.]*\s+(?i:votes?|points?|pts)\)\s*)?"
)
MONTH_WORD = re.compile(rf"\b{MONTH_NAME}\s+\d", re.I)
WHEN_TAIL = re.compile(  # a dash, then when and where it airs ("- April 3", "- 3rd April")
    r"(?<=\S)\s+[–—-]\s+(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June"
    r"|July|August|September|October|November|December)(?:\s+\d|\s*$)"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b|TBA\b).*$"
)
_PERSON = r"(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})"
STAFF_TAIL = re.compile(  # a dash, then who makes it: "- Director X", "- A, B, C"
    r"(?<=\S)\s+[–—-]\s+(?:(?:chief\s+|series\s+)?(?:dir\.|director\b|directed\s+by\b"
    rf"|written\s+by\b).*|{_PERSON}(?:,\s+{_PERSON}){{1,4}}(?:,?\s+and\s+{_PERSON})?)$",
    re.I,
)
SITE_SECTION = re.compile(r"\s+(?:News|Blog|Updates|Newsroom)$")
NOT_A_SHOW_LINE = re.compile(  # headings that are the page's, never a show's
    r"(?:(?:ANN|MAL|AniList|AniDB|Official)\s+(?:Encyclopedia|Entry|Site|Website|Page)"
    r"|MyAnimeList|AniList)$"  # a show's reference links under its heading: "ANN Encyclopedia"
    r"|(?i:Panel(?:ists)?|Guests?|Speakers?|Attendees)\s*:"  # "Panel: VAs of A (B), C (D)"
    r"|(?:Here|There)\s+(?:is|are)\s|(?:This|These)\s+(?:is|are)\s+(?:the|our|my)\s"  # a sentence
    r"|Home\s*[»>›/|]|.*\s[»›]\s|.*\s>\s.*\s>\s"  # a breadcrumb: "Home » X", "Site > News > TV"
    r"|.*\bTime\s*(?:\([A-Z]{2,5}\))?\s*:\s*\d"  # a time zone's line: "Pacific Daylight Time: 6 am"
    r"|(?i:Introduction|Intro|Conclusion|Overview|Final\s+Thoughts)\s*[:–—-]"  # a part's name
    r"|(?i:Table\s+of\s+Contents|Contents)$"
    r"|(?:My|Our)\s+(?:Initial\s+|First\s+|Final\s+)?(?:Thoughts|Impressions)\b"  # a post's
    r"|The\s+(?:Good|Bad|Ugly|Verdict)\b"  # a review's parts: "The Good", "The Bad", and a
    r"|(?:What|Why|How)\s+(?:It['’]s|It\s+Is|You\s+Should)\b"  # picks post's "What It's About:"
    r"|(?i:Available\s+(?:on|to\s+stream\s+on)|Streaming\s+on)\s"  # where it streams
    r"|(?i:Try\s+\w+(?:\s+\w+)?\s+(?:Premium|Free)\b)"  # a streamer's advert
    r"|[A-Z][a-z]+\s+[A-Z][a-z]+\s+['’]\d{2}$"  # a student paper's byline: "Cole Cameron '23"
    r"|.*\s[|–-]\s(?:IMDb|Fandom|Wikipedia)$"  # a link to another site: "X (TV Series) - IMDb"
    r"|.*:\s+(?i:Everything\s+(?:we|you)\s+Know|What\s+(?:we|you)\s+Know|What\s+to\s+Expect)\b"
    r"|\d(?:\.\d)?\s*/\s*\d{1,2}(?:\s+Stars?)?$"  # a rating: "5/5 Stars"
    r"|\d{1,2}\s+[-–]\s+(?i:Completed|Abandoned|Dropped|Watching|On\s+Hold)\b"  # a tally
)  # ... and a section of one show's news: "X Season 3: Everything we Know"
STAMP = re.compile(  # "Slide 2", "Page 1 of 212", "44860l 87419l": a gallery's, a pager's, images
    r"\b\d{6,}\b|^(?:Slide|Image|Photo|Page)\s+\d{1,3}(?:\s+of\s+\d+)?$|^\d{4,}\w?(?:\s+\d{4,}\w?)*$"
    r"|^[A-Za-z0-9]+(?:-[A-Za-z0-9]+){3,}(?:\s|$)"  # "Citrus-Anime-Character-Designs-Himeko"
    r"|\s-\s\d{1,3}\s-\s(?:Large|Medium|Small|Thumb(?:nail)?)\b"  # a screenshot, "X - 01 - Large 3"
)
EPISODE_HEADING = re.compile(
    r"\b(?:episode|ep\.?)\s*\d+(?:\s+(?:review|recap|impressions|preview))?\s*$", re.I
)
ANNOUNCEMENT = re.compile(
    r"\b(?:reveal|announce|release[ds]?\b|premieres?\b|sets?\b|gets?\b)", re.I
)
ABOUT_SOMEONE = re.compile(  # "GEMN Profile", "Comment from X", "X artist comment", "Pat's Take"
    r"\s(?:Profiles?|Biography|Bio|(?:artist\s+)?[Cc]omments?)$|^Comments?\s+from\b"
    r"|^[A-Z][\w.-]*['’]s\s+(?:Take|Thoughts|Verdict|Opinion|Impressions?|Two\s+Cents)\b"
    r"|^(?:All|Everything)\s+(?:About|You\s+Need\s+to\s+Know\s+About)\s"  # "All About X"
)
SMALL_WORDS = word_set(
    "a an and as at by de for in is it no of on or the than to vs with x wa ga o ni wo mo ka e na"
    " yori kara made demo und ja dake la le du des di del el"
)
CAST_LINE = re.compile(
    r"^(?:as\s+)?[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,3}\s+as\s+[^\W\d_\"“]"
)
CAST_AS = re.compile(
    r"^[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}\s+\(?as\s+[A-Z]"
)  # "Aimi as Yuri", "Umehara Yuuichirou (as Damuel)"
CAST_DASH = re.compile(  # "Rachel - Valerie Lohman (Jess in “Wolfenstein,” ...)", "(X from Y)"
    r"^[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}\s[-–—]\s[^\W\d_][\w.'’-]*"
    r"(?:\s+[^\W\d_][\w.'’-]*){1,3}\s\([^()]*?\b(?:(?:in|from)\s+[“\"A-Z]|returning\b)"
)
ROLE_AND_NAME = re.compile(  # "Series Composer X Y", "Assistant Director – X Y", "DirectorX Y"
    r"^(?:(?:Assistant|Chief|Series|Sound|Art|Animation|Music|Episode|Executive)\s+)?(?:Director"
    r"|Composer|Writer|Character\s+Designer|Designer|Producer|Scriptwriter|Screenwriter"
    r"|Supervisor)(?:\s*[–—-]\s*|\s+|(?=[A-Z][a-z]))[A-Z][\w'’-]+\s+[A-Z][\w'’-]+$"
)
COMPANY_OWNER = re.compile(r"^(?P<who>[^'’]{2,30})['’]s\s")
FIELD_VALUE = re.compile(  # a field whose value is a number, a day or a date (not "X: 13-ku Y")
    r"^(?:[A-Z]\w*|[A-Z]\w*\s(?:Published|Date|Time|Rating|Episodes|Runtime|Day))\s*:\s+"
    r"(?:\d(?!\d*-[A-Za-z])|Every\b|(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b)"
    r"|^[A-Z]\w*(?:\s\w+)?\s*:\s+\d+(?:\.\d)?\s*(?:/|out\s+of\s)\s*\d+\s*$"  # "Hype Level: 2/10"
    r"|^(?:[A-Z]\w*\s+)?(?:Level|Rating|Score|Hype|Verdict|Status|Contributors?|Premiered|Aired)"
    r"\s*:\s"  # "Hype Level: Somewhat High", "Status: Dropped", "Premiered: Fall 2017"
)
# "Song by Artist" (not "Show [Song] by Artist", a song list's heading)
CREDIT_LINE = re.compile(r"^[^,\"“\[]+\s+by\s+[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}$")


ROLE_BY = re.compile(  # "Series Composition by X (works)", "Directed by X"
    r"^(?:(?:Series\s+)?Composition|Directed|(?:Episode\s+)?Direction|Character\s+Designs?|Music"
    r"|Script|Storyboards?"
    r"|Screenplay|Animation|Original\s+(?:Work|Story|Manga|Novel|Creator))\s+by\b",
    re.I,
)
LINK_LIST = re.compile(r"^[\w@.+-]+(?:,\s*[\w@.+-]+){2,}$")  # three or more one-word items
ROLE_HEADING = re.compile(  # "Original Character Design", "Opening Theme Song Performer"
    r"\b(?:design|designer|director|composition|composer|music|performer|production|producer"
    r"|writer|script|screenplay|author|creator|artist|animation\s+production|cast|staff)s?$",
    re.I,
)


ROLE_LIST = re.compile(  # "Main voice cast:", "The anime will star:", "Premiere schedule:"
    r"\b(?:cast|stars?|starring|staff|crew|credits|schedule|stations?|broadcasts?|voices?)"
    r"(?:\s+(?:includes?|members?))?\s*:$",  # "The anime's cast includes:"
    re.I,
)
PERSON_LINE = re.compile(r"[A-Z][a-zōūā'’-]+(?:\s[A-Z][a-zōūā'’-]+){1,2}")
_NAME = r"[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,2}"
NAME_DASH_NAME = re.compile(rf"{_NAME}\s[–—-]\s{_NAME}")
CAST_PLAYS = re.compile(  # "A plays X", "as X ...", "Kage – CV: Ayumu Murase"
    r"^[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s(?:plays|voices)\s[A-Z]|^as\s[A-Z]"
    r"|^.{1,40}\s[–—-]\s*(?:CV|VA)\s*[:：]"
)
MEMBERS_ARE = re.compile(
    r"\bcast\s+members\b[^.:]{0,60}\b(?:are|include)\s*:$"
)  # ", whose ..., are:"
LIST_REACH = 30  # lines back to the label a list of names hangs under
LABEL_WORDS = 10


DESCRIPTION_WORDS = 4  # a colon's tail this long, in sentence case, describes the show
DESCRIPTION_SHARE = 0.5
DESCRIBED = re.compile(  # "X: An exciting addition to ...", "X: Why you should watch it"
    r"^(?P<t>[^:]{2,80}?):\s+(?P<d>(?:An?|The|Why|How|What|Where|When|Our|My|Its|This)\s+[a-z][^:]*)$"
)

RATED = re.compile(
    r"(?:\s+(?i:episode|ep\.?)\s*\d{1,3})?\s*[:–—-]\s*\d{1,2}(?:\.\d)?\s*/\s*10\s*$"
    r"|\s*\((?:U|PG|12A?|15|18|G|R|PG-13)\)(?:\s*:\s*\d{1,2}[.:]\d{2}\s*(?i:[ap]\.?m\.?)?)?\s*$"
)  # "X: 7/10", and a screening's "X (PG): 2.20pm"
KIND_TAGLINE = re.compile(
    r"\s+[–—-]\s+(?:An?|The)\s+(?:[\w-]+\s+){0,5}(?:Anime|Series|Film|Movie)$"
    r"|\s+[–—]\s+['‘\"“][^'‘’\"“”]{2,60}['’\"”]$"  # "X – 'Empire of the Dawn'": a part's name
)


def without_description(heading: str) -> str:
    """ "X IV: An exciting addition to the season": the title before a colon, when what
    follows is a description in sentence case, not a subtitle."""
    heading = KIND_TAGLINE.sub("", heading)  # "X – A New Historical Adventure TV Anime": X
    match = DESCRIBED.match(heading)
    if match is None or len(match.group("d").split()) < DESCRIPTION_WORDS:
        return heading
    labelled = label_of(heading)
    if labelled and labelled.field:
        return heading  # "Genre: A story of ...", a field
    if _title_case_share(match.group("d").split()) >= DESCRIPTION_SHARE:
        return heading  # "X: The Final Chapter", a subtitle
    return match.group("t").strip()


CRITICS = re.compile(
    r"\b(?:our|the)\s+(?:team\s+of\s+)?(?:critics|reviewers|reviews?\s+crew|writers|editors"
    r"|contributors)\b|\bour\s+staff\b|\beditorial\s+team\b",
    re.I,
)
_NAME_WORD = r"(?:[A-Z]['’])?[A-Z][a-z]+(?:[A-Z][a-z]+)?"  # "Martin", "DeRuyter", "O'Brien"
BYLINE = re.compile(rf"^(?:By\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}$")
LEAD_WORDS = 25  # a paragraph this long has begun the article
CAPTION_WORDS = 8


FILE_NAME = re.compile(r"[\w.-]*[_\d][\w.-]*")  # an image's name: "incollage_20240707_1647"


def byline(blocks: list[Block], index: int) -> bool:
    """A heading before the article's first paragraph that is a name ("Jeremy Gan") with
    a caption under it (a line, or an image's file name set as a heading) and that the
    text never writes again: its author, not a show."""
    text = blocks[index].text
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    if (
        not BYLINE.match(text)
        or following is None
        or not (following.kind == "item" or FILE_NAME.fullmatch(following.text))
        or ":" in following.text  # "Studio: X" under a show's heading, a pick's label
        or len(following.text.split()) > CAPTION_WORDS
        or following.text.rstrip().endswith((".", "!", "?"))  # prose, not a caption
        or any(b.kind == "para" and len(b.text.split()) >= LEAD_WORDS for b in blocks[:index])
    ):
        return False
    return not _written_elsewhere(blocks, index)


def critic(blocks: list[Block], index: int) -> bool:
    """A heading that names one of the critics the article says wrote it ("Our critics
    have singled out ...", "by The Editorial Team" over "Theron Martin"): a column's
    writer, not a show, when the text never writes the name again."""
    text = blocks[index].text
    if not BYLINE.match(text) or text.split()[0].lower() in ("my", "the", "our", "your"):
        return False
    framing = " ".join(b.text for b in blocks[:index] if b.kind != "heading")
    return bool(CRITICS.search(framing)) and not _written_elsewhere(blocks, index)


def _written_elsewhere(blocks: list[Block], index: int) -> bool:
    """Whether another block writes the heading's text again (a show's name comes back; a
    writer's rarely does)."""
    text = blocks[index].text
    return any(text in b.text for i, b in enumerate(blocks) if i != index)


def under_role(blocks: list[Block], index: int) -> bool:
    """A heading right below a role's heading is the person who fills it, not a show; so
    is a line of a list of names or stations under a label ("Main voice cast:" over "Yu
    Otosaka: Kouki Uchiyama", "Premiere schedule:" over "TV Saitama (24:30-), MBS ..."),
    up to the next sentence, when it has a list line's marks (a colon, a comma, a note) or
    stands over a cast line."""
    above = blocks[index - 1] if index else None
    if above and above.kind == "heading" and ROLE_HEADING.search(above.text):
        return True
    below = blocks[index + 1].text if index + 1 < len(blocks) else ""
    if VOICE_LABEL.match(below):  # "Sorata Kanda (Room 101)" over "VA: X": a character
        return True
    if above and WRITER_BOX.match(above.text):
        return True  # "Presented By:" over "Doctorkev": the entry's writer
    if above and above.kind == "heading" and index >= 2 and _two_people(above, blocks[index]):
        before = blocks[index - 2]  # "Mechanical Design" / "Hiroyuki Taiga" / "Stanislas Brunet"
        if before.kind == "heading" and ROLE_HEADING.search(before.text):
            return True
    grouped = index + 1 < len(blocks) and bool(CAST_AS.match(blocks[index + 1].text))
    beside = grouped or bool(index and CAST_AS.match(blocks[index - 1].text))
    if beside and NAME_DASH_NAME.fullmatch(blocks[index].text):
        return True  # "Yuuki Ono – Rensuke Kunigami" among "A as B" lines: a cast line
    if not grouped and not any(mark in blocks[index].text for mark in ":,("):
        return False  # a name alone: a show's heading after the last list ("Title: X"), not
    # a unit's name over its members ("supernova" over "Yu Sakuragi as Yue")
    for block in reversed(blocks[max(0, index - LIST_REACH) : index]):
        text = block.text.strip()
        if (ROLE_LIST.search(text) and len(text.split()) <= LABEL_WORDS) or MEMBERS_ARE.search(
            text
        ):
            return True
        if _sentence(text):
            return False
    return False


def _two_people(first: Block, second: Block) -> bool:
    return bool(PERSON_LINE.fullmatch(first.text) and PERSON_LINE.fullmatch(second.text))


def _sentence(text: str) -> bool:
    words = len(text.split())
    return words >= 25 or (words >= 6 and text.endswith((".", "!", "?")))


PROGRESS_LABEL = re.compile(r"^[^:]{2,40}\s(?:at|on|to|through):\s")  # "Currently at: Episode 7"


def is_show_heading(text: str) -> bool:
    """A heading that names a show rather than a section ("Cast", "Release Date")."""
    numbered = ENUMERATION.match(text) is not None
    text = without_genres(without_occasion(RATED.sub("", ENUMERATION.sub("", text).strip())))
    if NOT_A_SHOW_LINE.match(text) or PROGRESS_LABEL.match(text):
        return False
    if (site := SITE_SECTION.search(text)) and is_company(text[: site.start()]):
        return False  # "Funimation News": the site's own section
    capitals = text.isupper() and (len(text.split()) >= 2 or any(c.isdigit() for c in text))
    # "THE REFLECTION", "AKB0048", as written
    text = WHEN_TAIL.sub("", text)  # "Hell's Paradise (MAPPA) – April 1 on Crunchyroll"
    text = STAFF_TAIL.sub("", text)  # "Momentary Lily (GoHands) – chief dir. Shingo Suzuki"
    dated = WHEN_NOTE.search(text)  # an entry's day: "ISUCA (Arms, Airs Jan 23)" names a show
    text = WHEN_NOTE.sub("", text)  # "Carole & Tuesday (premieres April 10)"
    text = STREAM_TAIL.sub("", text)  # "X - Simulcast premiere October 7 (Sub and Dub)"
    text = news_heading_title(text) or text  # "X Anime to Get a Second Season in October"
    text = without_description(text)
    words = GLOSS_END.sub("", text).split()  # "X (The English Title)": the gloss is no length
    if not 0 < len(words) <= 16 or LABEL.match(text) or LABEL_TAIL.search(text):
        return False
    if text.isupper() and not ((capitals or dated) and not is_generic(text.lower())):
        return False  # "CAST", "MAIN STAFF": a section; "THE REFLECTION" may be a show
    if text.startswith(("[", ":", ";", ",")) or text.endswith("?") or MONTH_WORD.search(text):
        return False
    if JAPANESE.match(text):  # "鬼滅の刃 | Kimetsu no Yaiba": the name under the title
        return False
    if text[:1] in '“"' and not any(q in text[1:] for q in '”"'):  # a quotation's first line
        return False
    if STAMP.search(text) or ABOUT_SOMEONE.search(text):  # an image's caption, "GEMN Profile"
        return False
    if PICTURE_TAIL.search(text) and without_picture(text) == text:
        return False  # "Annecy 2015 Banner", "X Anime Movie Poster": an image's alt text
    episode = EPISODE_HEADING.search(text) and not numbered  # "X Episode 3", not "2) X Ep 1:"
    if ANNOUNCEMENT.search(text) or episode or _is_field_label(text):
        return False
    if CAST_LINE.match(text) or CREDIT_LINE.match(text) or CAST_AS.match(text):
        return False  # "A as Role", "Song by Artist"
    if CAST_PLAYS.match(text):
        return False  # "Yoshino plays Kaiju No. 9, Sugita plays Takamichi Hotaka"
    if CAST_DASH.match(text) or ROLE_AND_NAME.match(text):
        return False  # "Role - Actor (Other Role in “Show”)", "Series Composer Hiroshi Seko"
    if FIELD_VALUE.match(text):
        return False  # "Rating: 3.5", "Frequency: Every Thursday at 6 PM"
    if ROLE_HEADING.search(text) or ROLE_BY.match(text):  # "Sound Director", "Music by X"
        return False
    if LINK_LIST.match(text):  # "AniDB, ANN, Official, Forum": a line of links
        return False
    if is_generic(text) or is_company(text):  # "Top Anime", "Otaku USA Magazine"
        return False
    if is_company(GLOSS_END.sub("", DAY_TAIL.sub("", text))):
        return False  # "Shaft (Comedy, Ecchi, Romance) – Jul": the studio's line under a show
    if all(lexicon().genre_pattern.fullmatch(g.strip()) for g in text.split(",")):
        return False  # "Drama, Horror": a show's genres, set as a line of their own
    owner = COMPANY_OWNER.match(text)
    if owner and is_company(owner.group("who")):  # "Crunchyroll's Popularity Charts"
        return False
    return _title_case_share(words) >= 0.75


def _is_field_label(text: str) -> bool:
    """ "Streams: Crunchyroll", "Show information: MyAnimeList": a field, not a title."""
    labelled = label_of(text)
    if not labelled:
        return False
    written = text.split(":", 1)[0].split()
    if is_company(" ".join(written)):  # "Tokyo MX: 10/25/2018 at 22:00", a schedule line
        return True
    if ROLE_HEADING.search(" ".join(written)):  # "Assistant Animation Director: X", a credit
        return True
    return bool(labelled.field) or _title_case_share(written) < 1.0


DAY_TAIL = re.compile(r"\s+[–—-]\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?$")
SEQUEL_WORDS = frozenset(
    {"season", "part", "cour", "temporada", "stagione", "saison", "final", *FOREIGN_ORDINALS}
)  # ... and other languages' "X – terceira temporada", "X – temporada final"
LATIN = re.compile(r"[A-Za-z0-9À-ɏ]")  # a word of the title's own script, not its Japanese name


def _title_case_share(words: list[str]) -> float:
    content = [
        w
        for w in words
        if w.strip("()'\"“”,!?:").lower() not in SMALL_WORDS
        and w not in SEQUEL_WORDS  # "X season 2": the sequel's number, not a word of prose
        and LATIN.search(w)
    ]
    if not content:
        return 0.0
    firsts = [w.strip("(\"“'[-~–")[:1] for w in content]  # "Tasuketsu -Fate of the Majority-"
    capital = sum(1 for f in firsts if f.isupper() or f.isdigit())
    return capital / len(content)

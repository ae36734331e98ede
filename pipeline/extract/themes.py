"""Theme songs: kind (opening, ending, insert, or not said), title (or none), artist.

Each sentence is cut into clauses ("X performs the opening, and Y sings the
ending"); a clause that names a kind of song gives one entry. The artist is who
"performs", "sings" or "provides" it, or whoever it is "by" (several names joined by
commas or "and" stay one artist, as credited); descriptors such as "the rock band" are
dropped, and a lower-case filler ("the", "so") is no artist. A song "to be announced" gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from pipeline.core.models import ThemeKind, ThemeSong
from pipeline.extract.date_mentions import MONTH_NAME
from pipeline.extract.labels import label_of
from pipeline.extract.names import clean_name, fold, full_name, strip_parentheses
from pipeline.extract.segments import Unit
from pipeline.extract.song_headings import plain_song
from pipeline.extract.theme_sentences import with_sentence_themes
from pipeline.extract.title_spans import word_set

KIND_WORDS = re.compile(
    r"\b(?:(?P<opening>opening(?!\s+(?:what|a|an|its|his|her|their|up|day|night|weekend)\b))"
    r"|(?P<ending>ending|closing)|(?P<insert>insert)\s+song"
    r"|(?P<theme>theme)(?:\s+song|(?=\s+(?:for|of)\s+(?:the\s+)?[A-Z])|(?=,\s+[\"“])))\b",
    # "the theme for X", "the film's theme, "X," sung by Y"
    re.I,
)
SHORT_KINDS = re.compile(r"\b(?:(?P<opening>OP)|(?P<ending>ED))\b")
QUOTED = re.compile(r"[\"“「『]([^\"”」』]{1,80}?)[,.]?[\"”」』]")
SINGLE_QUOTED = re.compile(  # "Opening Theme: 'Knock Out' by X", not "X's ... 90s'"
    r"(?<![\w'’])['‘]([^\s'‘’\"“”][^\n'‘’\"“”]{0,79}?)['’](?![\w'’])"
)
KEPT_COMMA = "\u201a"  # a comma inside a quoted title while clauses are cut
COMMA_IN_QUOTES = re.compile(r",([\"”])")
CLAUSE_BREAK = re.compile(
    r",\s+(?:and|while|but)\s+(?![^,.;]{1,60}?\b(?:performs?|sings?)\s+it\b)|;\s+|\s+while\s+"
    r"|,?\s+as\s+well\s+as\s+|,?\s+together\s+with\s+(?=the\b)"
    r"|\s+and\s+(?=[A-Z0-9](?:[\w&'’.!-]*\s+(?:(?:on|of|the|no)\s+)?){1,4}(?:will\s+|is\s+|are\s+)?(?:also\s+)?"
    r"(?:performs?|performing|sings?|singing|provides?|providing|contribut\w+)\b)"
    r"|\s+and\s+(?=(?:the|its)\s+(?:opening|ending|closing|insert)\b[^\"“]{0,30}[\"“])"
    r"|\s+and\s+(?=(?:the\s+)?[\w&'’.!-]+\s+(?:do|does|performs?|sings?)\s+the\s+(?:OP|ED|opening|ending)\b)"
    r"|\s+and\s+(?=(?:[A-Z0-9][\w&'’.!-]*\s+){0,3}[A-Z0-9][\w&.!-]*['’]s\s+(?:new\s+)?"
    r"(?:opening|ending|insert|theme)\b)"
)
RESPECTIVE_SONGS = re.compile(  # "The opening and the ending themes will be sung by A and B
    r"\b(?i:the\s+)?opening\s+and\s+(?:the\s+)?ending(?:\s+theme)?(?:\s+songs?|\s+themes?)?\s+"
    r"(?:will\s+be\s+|are\s+)?(?:sung|performed)\s+by\s+(?P<opening>[^,;]+?)\s+and\s+"
    r"(?P<ending>[^,.;]+?),?\s+respectively\b"  # respectively"
)
TO_BE_ANNOUNCED = re.compile(
    r"\bto\s+be\s+(?:announced|revealed|determined)\b|\bTBA\b|\bTBD\b", re.I
)
BY_WORD = re.compile(r"\bby\s+")
AUTHOR_BY = re.compile(  # an author's "by", not a performer's: "the light novels written by X"
    r"(?:\b(?:novels?|manga|books?|stories|story)\b[^,.;]{0,20}\b(?:written|created)"
    r"|\b(?:illustrated|drawn|directed|animated))\s+$"
)
_CAPITAL_WORD = r"[A-Z0-9ĀĒĪŌŪ]\S*"
BY = re.compile(  # "Linked Horizon", "Tomoaki Maeno and Yūki Kaji", "A, B and C"
    rf"(?P<first>[^\s,;]+)(?P<rest>(?:\s+(?:{_CAPITAL_WORD}|no|wo|to|of|the|x|ni|ga|wa|na|mo))*"
    rf"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+&\s+){_CAPITAL_WORD}(?:\s+{_CAPITAL_WORD})*)*)"
)
ARTIST_LEAD = re.compile(
    r"(?:none\s+other\s+than|the\s+one\s+and\s+only|the\s+legendary)\s+(?=[A-Z])"
)
NO_ARTIST_WORDS = word_set(
    """she he they they'll it its we you i her his their them this that these those besides
    however also cast ticket both all everyone members one two three four five six seven
    eight nine ten"""
)
NOT_ARTIST = re.compile(r"^(?:[a-z]\S*\s+\S|(?:the|a|an|so|it|this|that|theme|song|and)$)")
BEHIND = re.compile(r"\bbehind\s+(?:[A-Z][\w.'’!&-]*\s+){0,4}$")
SINGER_OF = re.compile(r"\s(?:OP|ED|Opening|Ending|Theme)\s+(?:Singer|Vocalist|Artist|Band)s?$")
SINGS = re.compile(
    r"\b(?:will\s+)?(?:also\s+)?(?:performs?|performing|sings?|singing|provides?|providing|handles?"
    r"|handling(?=\s+the\b)|(?:is|are)\s+responsible\s+for"
    r"|contributes?|contributing|takes\s+over|takes\s+on(?=\s+the\b)|lends?\s+(?:her|his|their)\s+voice\s+to"
    r"|returns?\s+for|(?<!as\s)(?:does|do)(?=\s+the\s+(?:OP|ED|opening|ending)(?:\s+(?:theme|song))*"
    r"(?:\s*[.,;]|\s+and\b|\s*$)))\b"  # "X does the OP", not "as does the opening ... artist"
)
PREPOSITION = re.compile(
    r"^(?:for|in|on|at|after|with|from|during|as|the\s+staff|meanwhile|having|just\s+like|like)\b",
    re.I,
)
APPOSITION = re.compile(r"^(?:a|an|who|which|whose)\b")
DESCRIPTOR = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:(?:[a-z]+-(?:member|piece)|[a-z][a-z-]*|Japanese|Korean)\s+){0,4}"
    r"(?:band|group|unit|act|singer-songwriter|singer|duo|trio|artist|vocalist|idol|musician"
    r"|rapper)\s+"
    r"(?:(?:known|credited|billed)\s+as\s+)?"  # "the solo singer known as JUNNA"
    r"|^(?:the\s+)?(?:(?:hugely|wildly|massively|very|immensely)\s+)?(?:popular|famous|acclaimed)\s+"
    r"|^(?:(?:voice\s+)?(?:singer|actress|actor|songwriter|musician|idol)(?:\s*,\s*|\s+and\s+)){1,4}"
    r"(?:voice\s+)?(?:singer|actress|actor|songwriter|musician|idol)\s+",  # "Singer, actress and
    # voice actress X"
    re.I,  # "by hugely popular YOASOBI"
)
SONG_OWNER = re.compile(
    r"(?:^|,\s+|\bthat\s+)(?P<who>[^,]{1,60}?)['’]s\s+(?:new\s+|upcoming\s+|latest\s+)?"
    r"(?:song|single|track)\b"
)
KIND_OWNER = re.compile(  # not "the singer behind Horimiya's opening": a show's song
    r"(?<![\w.'’!&-])(?P<who>(?:[A-Z0-9][\w.'’!&-]*\s+){0,4}[A-Z0-9][\w.!&-]*)\s?['’]s?\s+(?:new\s+)?"
    r"(?:opening|ending|insert|theme)\b"
)
AUXILIARY_TAIL = re.compile(  # "X returns to (perform)", "X is set to (sing)", "X is also"
    r"(?:\s+(?:returns?\s+to|comes?\s+back\s+to|is\s+back\s+to|is\s+set\s+to|is\s+slated\s+to"
    r"|will\s+also|will|would|also|again|are|is))+$",
    re.I,
)
PLAIN_TITLE = re.compile(  # unquoted: "the opening theme song is EVERBLUE by Omoinotake"
    r"\b(?:opening|ending|insert|theme|(?-i:OP|ED))(?:\s+theme)?(?:\s+song)?"
    r"(?:\s+of\s+the\s+[^,.;]{1,60}?\s+(?:anime|series|film|season)"
    r"|\s+for\s+the\s+(?:new\s+|next\s+|\w+\s+)?season)?,?"  # "the ED for the new season,
    r"\s+(?:which\s+is\s+|is\s+|will\s+be\s+)?"  # which is titled X"
    r"(?:titled\s+|called\s+)?"  # "is called X", "titled bliss": a title in lower case too
    r"((?:[A-Z0-9ĀĒĪŌŪ]|(?<=titled\s)[a-z]|(?<=called\s)[a-z])[^\s,.;:()]*"
    r"(?:\s+(?:[A-Z0-9ĀĒĪŌŪ][^\s,;:()]*"
    r"|no|wo|to|of|the|ga|wa|ni|de|a|in|x|e|mo)){0,7}?)"
    r"(?=\s+by\b|\s*[,.;:(—–]\s|\s*[,.;:!?]?$|\s+(?:is|will|and|was|from|for|performed|sung)\b)"
)
INNER_WORDS = frozenset(("on", "in", "at", "the", "a"))  # small words inside a band's name
BAND_NAME = re.compile(  # "The Pinballs", and a name in lower case: "the peggies"
    r"^The(?:\s+[A-Z0-9][\w&'’.!-]*){1,3}$"
    r"|^the\s+(?!(?:band|group|unit|singer|duo|trio|artist|idol|cast|song|theme|same|show|anime"
    r"|series|opening|ending)s?$)[a-z][\w&'’.!-]*$"
)
AFTER_QUOTE = re.compile(r"[\"”],?\s+and\s+")
WHO_ALSO = re.compile(  # '"X" by A, who are also performing the ending "Y"': A sings both
    r"\bby\s+(?P<a>[^,()]{2,40}),\s+who\s+(?:are|is)\s+also\s+(?=performing|singing)"
)
SONG_NAMED_AFTER = re.compile(  # the sentence after a song's news: 'That song is called "X"'
    r"^(?:The|That|This|Its)\s+(?:new\s+)?(?:single|song|track),?\s+(?:is\s+|will\s+be\s+)?"
    r"(?:titled|called|named),?\s+[\"“](?P<t>[^\"”]{1,60})[\"”]"
)
SONG_BYLINE = re.compile(r"[\"”」』],?\s+by\s+")  # '"MAYDAY" by coldrain'
SUBJECT_START = re.compile(r":|\bthat\s+")
ARTIST_END = re.compile(r"[.,;:!?]+$")


SENTENCE_WORDS = frozenset(  # words of a sentence an artist's name has run into
    [
        *("is", "are", "was", "were", "will", "has", "have", "had", "be", "been", "being"),
        *("coming", "comes", "back", "debuted", "returns", "returning", "also", "announced"),
        *("for",),
        *("the", "a", "an", "in", "on", "at", "that", "which", "who", "song", "theme"),
        "official",
    ]
)


def themes_of(units: Iterable[Unit], show_titles: Iterable[str] = ()) -> tuple[ThemeSong, ...]:
    """Every theme song the segment names; a quoted show title is never a song's."""
    units = list(units)
    shows = {fold(t) for t in show_titles if t}
    songs: list[ThemeSong] = []
    for unit in units:
        if unit.earlier_run:
            continue  # a sequel's article: "The first season's opening was ..."
        said = SINGLE_QUOTED.sub(r'"\1"', unit.text)  # 'Knock Out' read as "Knock Out"
        labelled = label_of(said)
        if labelled and labelled.field in ("opening", "ending", "insert", "theme"):
            songs.extend(_from_label(labelled.field, labelled.value))
            continue
        named = SONG_NAMED_AFTER.match(said)
        if named and songs and songs[-1].title is None:  # "... sings the opening. The
            songs[-1] = replace(songs[-1], title=named["t"].strip())  # single, titled "X", ..."
            continue
        if not (KIND_WORDS.search(said) or SHORT_KINDS.search(said)):
            continue  # no song's kind is named: no clause of it names a song
        if "respectively" in said and (pair := RESPECTIVE_SONGS.search(said)):
            songs.extend(ThemeSong(k, None, clean_name(pair[k])) for k in ("opening", "ending"))
            continue
        text = COMMA_IN_QUOTES.sub(r"\1,", strip_parentheses(ARTIST_LEAD.sub("", said)))
        text = WHO_ALSO.sub(lambda m: f"by {m['a']}, and {m['a']} is also ", text)
        songs.extend(s for c in _clauses(_without_titles(text, shows)) if (s := _from_clause(c)))
    songs = with_sentence_themes(songs, [u.text for u in units if not u.earlier_run])
    text = "\n".join(u.text for u in units)
    return _unique([_with_full_name(_own_artist(s), text) for s in songs])


def _clauses(text: str) -> list[str]:
    """``text`` cut at its clause breaks, but not inside a quoted title ("It might be
    painful, but I still love it")."""
    masked = QUOTED.sub(lambda m: m.group(0).replace(",", KEPT_COMMA), text)
    return [c.replace(KEPT_COMMA, ",") for c in CLAUSE_BREAK.split(masked)]


DAY_ARTIST = re.compile(rf"{MONTH_NAME}\s+\d", re.I)


def _own_artist(song: ThemeSong) -> ThemeSong:
    """``song`` without an "artist" that is a pronoun, a count or a common word ("she
    performs the opening", "the eight ... sing it"): the song stays, its singer unknown."""
    artist = song.artist or ""
    counted = artist.lower() in NO_ARTIST_WORDS or artist.isdigit()  # "On Feb 28, 2024, ..."
    counted = counted or artist.split(" ", 1)[0] in ("I", "We", "You")  # "I get to keep ..."
    counted = counted or bool(DAY_ARTIST.match(artist))  # "On Thursday, December 15, ..."
    return replace(song, artist=None) if counted else song


def _with_full_name(song: ThemeSong, text: str) -> ThemeSong:
    """A one-word artist ("performed by Kitō") as the full name the segment writes for the
    same person ("Akari Kitō and Miku Itō")."""
    artist = full_name(song.artist or "", text)
    return replace(song, artist=artist) if artist != (song.artist or "") else song


def _kind(field: str) -> ThemeKind | None:
    if field == "opening":
        return "opening"
    if field == "ending":
        return "ending"
    return "insert" if field == "insert" else None


def _from_label(field: str, value: str) -> list[ThemeSong]:
    if TO_BE_ANNOUNCED.search(value):
        return []
    title = _title(value)
    rest = QUOTED.sub(" ", value)
    artist = _after_by(rest) or clean_name(rest.split("/", 1)[-1]) or None
    return [ThemeSong(kind=_kind(field), title=title, artist=artist)] if artist or title else []


def _from_clause(clause: str) -> ThemeSong | None:
    kinds = [
        k
        for m in (*KIND_WORDS.finditer(clause), *SHORT_KINDS.finditer(clause))
        for k, v in m.groupdict().items()
        if v
    ]
    if not kinds or TO_BE_ANNOUNCED.search(clause):
        return None
    specific = [k for k in kinds if k != "theme"]
    kind = _kind(specific[0] if specific else "theme")
    first_kind = min(
        m.start() for m in (*KIND_WORDS.finditer(clause), *SHORT_KINDS.finditer(clause))
    )
    artist = (
        _after_by(clause[first_kind:])
        or _singer(clause)
        or _song_owner(clause)
        or _kind_owner(clause)
        or _byline_before(clause)
    )
    if not artist:
        return None
    title = _title(clause)
    artist = _name_part(artist)
    if title and artist and _one_name(title, artist):
        title = None  # "the ending theme song The Pinballs" names the band, not the song
    return ThemeSong(kind=kind, title=title, artist=artist) if artist or title else None


def _one_name(title: str, artist: str) -> bool:
    """Whether the song's title and the artist are one name read twice."""
    a, b = fold(title), fold(artist)
    return len(a) >= 4 and len(b) >= 4 and (a in b or b in a)


def _name_part(artist: str) -> str | None:
    """The artist's name without the sentence it ran into ("TRUE is coming back to" →
    "TRUE"); None when no name leads it ("theme song will be a cover of ..."). Names may
    be in lower case ("mizuki", "sajou no hana")."""
    if BAND_NAME.match(artist):
        return artist  # "the peggies", "The Pinballs": "the" is the band's own
    kept: list[str] = []
    words = artist.split()
    for at, word in enumerate(words):
        inner = (
            0 < at < len(words) - 1 and words[at - 1][:1].isupper() and words[at + 1][:1].isupper()
        )
        if word in SENTENCE_WORDS and not (inner and word in INNER_WORDS):
            break  # "Now on Air" and "Innosent in Formal" are whole names
        kept.append(word)
    whole = len(kept) == len(words)
    name = ARTIST_END.sub("", " ".join(kept))  # "GEMN," of "performed by GEMN, the preview"
    return name if whole or 0 < len(kept) < 3 else None  # a long cut is no name


def _without_titles(text: str, shows: set[str]) -> str:
    """``text`` with quoted show titles unquoted ("the TV anime "X" will be "Song"")."""
    if not shows:
        return text
    return QUOTED.sub(lambda m: m.group(1) if fold(m.group(1)) in shows else m.group(0), text)


def _title(text: str) -> str | None:
    match = QUOTED.search(text)
    if match:
        return match.group(1).strip()
    plain = PLAIN_TITLE.search(text)
    return plain.group(1).strip().rstrip(".") if plain else None


def _after_by(text: str) -> str | None:
    plain = QUOTED.sub(" ", text)
    by = next(
        (b for b in BY_WORD.finditer(plain) if not AUTHOR_BY.search(plain, 0, b.start())), None
    )
    match = BY.match(DESCRIPTOR.sub("", plain[by.end() :]).lstrip()) if by else None
    if not match:
        return None
    artist = ARTIST_END.sub("", f"{match.group('first')}{match.group('rest')}").strip()
    if not artist or NOT_ARTIST.match(artist) or SINGER_OF.search(artist):
        return None  # "by Horimiya OP Singer": a singer described by another show
    return artist


def _byline_before(clause: str) -> str | None:
    """The artist of a quoted song credited before its kind is named ('the new song "X"
    by A, a rock band, will serve as the OP theme')."""
    byline = SONG_BYLINE.search(clause)
    return _after_by(clause[byline.start() :]) if byline else None


def _singer(clause: str) -> str | None:
    verb = SINGS.search(clause)
    if not verb:
        return None
    subject = clause[: verb.start()].rsplit("\n", 1)[-1]  # not the line above's words
    subject = SUBJECT_START.split(subject)[-1]
    # '... is called "Koeru," and the band X (performs it)': the subject after the quote
    subject = AFTER_QUOTE.split(subject)[-1]
    subject = DESCRIPTOR.sub("", subject.lstrip())  # "Singer, actress and voice actress X"
    parts = [p.strip() for p in subject.split(",") if p.strip()]
    for part in parts:
        if not (PREPOSITION.match(part) or APPOSITION.match(part)):
            name = AUXILIARY_TAIL.sub("", DESCRIPTOR.sub("", part)).strip()
            if BAND_NAME.match(name):
                return name  # "The Pinballs are providing ...": the band's whole name
            return clean_name(name) or None
    return None


def _song_owner(clause: str) -> str | None:
    match = SONG_OWNER.search(clause)
    return clean_name(DESCRIPTOR.sub("", match.group("who"))) if match else None


def _kind_owner(clause: str) -> str | None:
    """ "Aina Suzuki's ending theme song", and ANN's scraped "Aina Suzuki 's ending"."""
    match = KIND_OWNER.search(clause)
    if match is None or BEHIND.search(clause, max(0, match.start() - 120), match.start()):
        return None  # "the singer behind Glass Moon's opening": another show's song
    return clean_name(match.group("who"))


def _unique(songs: list[ThemeSong]) -> tuple[ThemeSong, ...]:
    seen: set[tuple[str, str, str]] = set()
    kept: list[ThemeSong] = []
    titled = {(s.kind, fold(s.artist or "")) for s in songs if s.title and s.artist}
    for song in songs:
        key = (song.kind or "", fold(song.title or ""), fold(song.artist or ""))
        if song.title is None and (song.kind, fold(song.artist or "")) in titled:
            continue  # "X performs the opening" beside "X will perform the opening 'Y'"
        if song.title is None and not song.artist and song.kind in {k for k, _ in titled}:
            continue  # "who will sing the opening" beside the opening's own credit
        if key not in seen:
            seen.add(key)
            kept.append(song)
    return tuple(kept)


SONG_HEADING = re.compile(  # a song list's heading: "\"Song\" by Artist, Show"
    r"^[\"“](?P<song>[^\"”]{1,80})[\"”]\s+by\s+(?P<artist>[^,]{1,60}),\s+\S"
)
LIST_KIND = re.compile(  # "Top 10 Openings", "Best Anime OP's", "OP Songs"
    r"\b(?:(?P<opening>openings?|OP(?:['’]?s)?)|(?P<ending>endings?|ED(?:['’]?s)?))\b", re.I
)


SONG_LINE = re.compile(  # a song list's line under its show's heading: "\"Song\" by Artist"
    r"^[\"“](?P<song>[^\"”]{1,80})[\"”]\s+by\s+(?P<artist>[^,;()\"“”]{1,60}?)"
    r"(?:\s+from\s+[^\"“”]+|\s*\([^()]+\)?)?$"  # "... from Show.", "... (Show)"
)


def heading_song(heading: str | None, headline: str, first: str = "") -> ThemeSong | None:
    """The song a song list's heading credits to its show, of the kind the list ranks
    ("Top 5 Openings of Fall 2021": "\"EVERBLUE\" by Omoinotake, Blue Period"), or the
    song line right under the show's heading (``first``: "\"Mixed Nuts\" by X")."""
    match = SONG_HEADING.match(heading or "")
    kind = LIST_KIND.search(headline)
    if match is None and kind:
        match = SONG_LINE.match(first.strip())
    which: ThemeKind | None = None
    if kind:
        which = "opening" if kind.group("opening") else "ending"
    if match is not None:
        return ThemeSong(which, match["song"].strip(" ,"), match["artist"].strip())
    plain = plain_song(heading or "") if kind else None  # "Song by A, Show", "Song – Show"
    if plain is None:
        return None
    artist = plain.groupdict().get("artist")
    return ThemeSong(which, plain["song"].strip(), artist.strip() if artist else None)

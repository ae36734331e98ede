"""The prose patterns that credit a person with a staff role, and the words each needs.

``staff.staff_of`` runs a role's patterns only on sentences holding one of its
``ROLE_HINTS``. Every pattern names the person ``n``: "directed by X", "X is directing
the anime", "Directing the anime at STUDIO is X", "X returns to write and oversee the
scripts", "X is again adapting Y's original character designs", "music by X".
"""

from __future__ import annotations

import re

from pipeline.extract.date_mentions import MONTH_NAME
from pipeline.extract.names import PEOPLE, PERSON, WORD

ROLES = ("director", "series_composition", "character_design", "music")
_LOOSE_NAME = (  # not a fronted clause's "Besides (directing the film, X ...)"
    rf"(?!(?:Besides|Apart|Aside|After|Before|While|When|Although|Since|Along|Alongside"
    rf"|Meanwhile|However|Additionally|Finally|To|Like|Unlike)\b)"
    rf"{WORD}(?:\s+{WORD}){{0,3}}"
)
_LOOSE_NAMES = rf"{_LOOSE_NAME}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_LOOSE_NAME})*"
_SUBJECT = rf"(?:{PEOPLE}|(?:^|(?<=, )|(?<=; )|(?<=: )|(?<=and )){_LOOSE_NAMES})"
_ODD_NAME = (  # a name in lower case or with dots or brackets: "kensuke ushio", "F.M.F"
    r"(?:(?!(?:the|a|an|it|its|this|that|they|he|she|who|which|also|and)\b)[a-z][a-z'’-]+"
    r"(?:\s[a-z][a-z'’-]+){0,2}|(?:[A-Z]\.){2,}[A-Z]?|\[[^\]\s]+\][\w-]+)"
)
_DESCRIBED = r"(?:(?:[a-z][\w-]*\s+){1,3}(?=[A-Z]))?"  # "by cyberpunk master Kenji Kawai"
_BE = (
    r"(?:(?:is|are|was|will\s+be|will|returns\s+to|return\s+to|also|again|once\s+again|still)\s+)*"
)
_SCRIPT_VERB = (
    r"(?:writ(?:e|es|ing)|wrote|pen|penn(?:ed|ing)|overs(?:ee|ees|eeing|aw)|supervis(?:e|es|ing|ed)"
    r"|handl(?:e|es|ing|ed)|adapt(?:s|ing|ed)?|credited\s+with)"
)
_AS_ROLE = (
    r"\s+(?:(?:returns|returning|serves|serving|joins|stays\s+on|is\s+back|again|also|once)\s+)*"
    r"as\s+(?:the\s+)?(?:anime's\s+|series'\s+)?"
)

_NOT_OTHER_JOB = (  # "X is directing the sound" directs something else than the anime
    r"(?!\s+(?:the\s+)?(?:background\s+)?(?:sound|art|photography|CG|CGI|3D|animation|action|episodes?|music"
    r"|ADR|dub|English|recording|voice|actions?|operations?|troops|attacks?)\b)"  # a story's
)
_NOT_OTHER_DIRECTOR = r"(?!\s+of\s+(?:photography|art|sound|animation|CG|3D)\b)"  # "of art"

DIRECTED_AND_WRITTEN = re.compile(  # a film's "directed and written by X": both roles
    rf"\b(?i:directed\s+and\s+(?:written|series[\s-]composed)|written\s+and\s+directed)\s+by\s+"
    rf"(?:the\s+(?:[a-z-]+\s+){{0,4}})?(?P<n>{PEOPLE})"  # "by the visionary anime director X"
)

ROLE_PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    "director": (
        re.compile(rf"\b(?i:directed)\s+(?:at\s+[^,.;()]{{1,60}}?\s+)?by\s+(?P<n>{PEOPLE})"),
        re.compile(rf"\b[Uu]nder\s+the\s+(?:joint\s+)?direction\s+of\s+(?P<n>{PEOPLE})"),
        re.compile(  # "Shinkai is credited with directing": a surname, named in full
            rf"(?P<n>{PERSON}|{WORD})\s+(?:is|was)\s+(?:also\s+)?credited\s+with\s+directing\b"
        ),
        DIRECTED_AND_WRITTEN,
        re.compile(  # "X is directing", "X is writing and directing the film"
            rf"(?P<n>{_SUBJECT})\s+{_BE}(?:writing\s+and\s+)?(?:directing|directs|direct)\b"
            rf"{_NOT_OTHER_JOB}"
        ),
        re.compile(
            r"(?<!assistant )(?<!episode )(?<!sound )(?<!art )(?<!action )(?<!animation )(?<!CGI )"
            r"(?<!photography )(?<!audio )(?<!CG )(?<!unit )(?<!3D )(?<!color )(?<!music )"
            r"(?<!modeling )(?<!ADR )(?<!dub )(?<!voice )(?<!casting )"
            rf"\b(?:[Cc]hief\s+)?[Dd]irector\s+(?P<n>{PERSON})"
        ),
        re.compile(  # "the staff includes directors A and B", not "technical directors A, B"
            r"(?:(?<=includes\s)|(?<=including\s)|(?<=the\s)|(?<=[,:]\s))[Dd]irectors\s+"
            rf"(?P<n>{PEOPLE})"
        ),
        re.compile(
            rf"(?P<n>{PERSON})\s+(?:is|was|will\s+be)\s+(?:credited\s+as\s+|serving\s+as\s+)?"
            rf"(?:the\s+)?(?:chief\s+)?director\b{_NOT_OTHER_DIRECTOR}"
        ),
        re.compile(rf"(?P<n>{PERSON}){_AS_ROLE}(?:chief\s+)?director\b{_NOT_OTHER_DIRECTOR}"),
        re.compile(  # "A and B are the directors of the series"
            rf"(?P<n>{PEOPLE})\s+(?:are|were|will\s+be)\s+(?:the\s+)?(?:co-?)?directors\b"
            rf"{_NOT_OTHER_DIRECTOR}"
        ),
        re.compile(  # "X, the director of the first season, is back in the same role"
            rf"(?P<n>{PERSON}),\s+the\s+(?:chief\s+)?director\s+of\s+[^,;]{{1,80}},\s+"
            r"(?:is|will\s+be)\s+(?:back|returning)\s+in\s+the\s+same\s+role"
        ),
        re.compile(
            r"(?P<n>\b[A-Z][a-z]+)\s+as\s+director\s+and\s+(?:script)?writer\b"
        ),  # "Shinkai"
        re.compile(rf"(?P<n>{PERSON})\s+(?:[a-z]+\s+){{0,2}}in\s+the\s+director's\s+chair"),
        re.compile(
            rf"\b(?i:under\s+the\s+direction\s+of|helmed\s+by|directorial\s+debut\s+of)\s+"
            rf"(?P<n>{PEOPLE})"
        ),
        re.compile(rf"(?P<n>{PERSON})['’]s\s+(?:feature\s+)?directorial\s+debut\b"),
        re.compile(  # "Wolf Children, a 2012 film by Mamoru Hosoda": a title's apposition
            r"(?<=, )(?:an?|the)\s+(?:(?:19|20)\d\d\s+)?"
            r"(?:(?:animated|anime|feature|new|latest)\s+)?"
            rf"(?:film|movie)\s+by\s+(?!Studio\b)(?P<n>{PERSON})(?!\s+(?:Studio|Pictures|Films)\b)"
        ),
        re.compile(rf"\b(?i:the\s+director\s+in\s+charge\s+(?:is|will\s+be))\s+(?P<n>{PERSON})"),
        re.compile(  # "Direction was entrusted to X"
            rf"\b(?i:direction\s+(?:was|is|has\s+been|will\s+be)\s+(?:entrusted|handed|given)\s+to)"
            rf"\s+(?P<n>{PEOPLE})"
        ),
        re.compile(rf"(?P<n>{_SUBJECT})\s+{_BE}(?:helming|helms)\b"),
        re.compile(  # "Directing duties go to X"
            rf"\b(?i:directing|directorial)\s+duties\s+(?:go|goes|went|fall|falls|fell)\s+to\s+"
            rf"(?P<n>{PEOPLE})"
        ),
        re.compile(  # "the direction is by X", "direction from X", not "art direction by X"
            r"(?<![Aa]rt )(?<![Ss]ound )(?<![Aa]nimation )(?<![Pp]hotography )(?<![Ee]pisode )"
            r"(?<![Aa]ction )(?<![Cc]olor )(?<![Uu]nit )"
            r"\b(?i:direction)\s+(?:(?:is|was|will\s+be)\s+)?(?:by|from)\s+"
            rf"(?P<n>{PEOPLE})"
        ),
        re.compile(rf"(?P<n>{PEOPLE})\s+as\s+(?:the\s+)?co-?directors?\b"),  # "A and B as co-"
        re.compile(rf"\b(?:two|three)\s+(?:co-?)?directors\s*:\s*(?P<n>{PEOPLE})"),  # "two:"
        re.compile(  # "X, known as an episode director on Y, is directing"
            rf"(?P<n>{PERSON}),\s+(?:known|best\s+known|who)\s+[^,;]{{3,90}},\s+"
            r"(?:is|will\s+be)\s+directing\b"
        ),
        re.compile(
            rf"(?P<n>{PEOPLE})\s+(?:is\s+)?(?:returning|returns|back)\b[^.;]{{0,40}}?\bto\s+direct\b"
            rf"{_NOT_OTHER_JOB}"
        ),
        re.compile(
            rf"(?P<n>{PERSON})\s+(?:is\s+)?(?:returning|returns|back|serves|serving|stays\s+on)\s+as"
            rf"\s+(?:the\s+)?(?:chief\s+)?director\b{_NOT_OTHER_DIRECTOR}"
        ),
    ),
    "series_composition": (
        re.compile(
            r"\b(?i:the)\s+(?:series\s+)?scripts\s+(?:come\s+from|are\s+in\s+the\s+hands\s+of)\s+"
            rf"(?P<n>{PEOPLE})"
        ),
        re.compile(  # "Scripting will be handled by X"
            r"\b(?i:scripting|scripts?|screenplay|series\s+composition)\s+(?:will\s+be|is|are)\s+"
            rf"(?:handled|written|done)\s+by\s+(?P<n>{PEOPLE})"
        ),
        re.compile(  # "X is back in charge of the series scripts"
            rf"(?P<n>{PERSON})\s+{_BE}(?:back\s+|again\s+)?in\s+charge\s+of\s+(?:the\s+)?"
            r"(?:series\s+)?(?:scripts?|screenplay|series\s+composition)\b"
        ),
        re.compile(  # "script supervisor X", "Attack on Titan scriptwriter X"
            r"\b(?:[Ss]cript\s+supervisor|[Ss]criptwriter|[Ss]creenwriter|[Ss]eries\s+composer)\s+"
            rf"(?P<n>{PERSON})"
        ),
        re.compile(  # "X returns to write and oversee the scripts", "wrote the film's script"
            rf"(?P<n>{_SUBJECT})\s+{_BE}(?:both\s+|comes?\s+back\s+to\s+|(?:is\s+)?back\s+to\s+)?{_SCRIPT_VERB}"
            rf"(?:\s+and\s+{_SCRIPT_VERB})?\s+(?:the\s+|its\s+)?(?:(?:film|anime|series|show)['’]s?\s+)?"
            r"(?:series\s+)?(?:scripts?|screenplay|series\s+composition)\b"
        ),
        re.compile(
            rf"(?P<n>{_SUBJECT})\s+{_BE}(?:(?:in\s+charge\s+of|overseeing|supervising)\s+(?:the\s+|its\s+)?"
            r"series['’]?\s+(?:scripts|composition)"
            r"|handl\w*\s+(?:the\s+)?series\s+composition"
            r"|(?:takes|taking|take)\s+care\s+of\s+(?:the\s+)?(?:scripts?|screenplay|series\s+composition)"
            r"|(?:writ\w*|wrote)\s+(?:the\s+)?(?:series\s+composition|scripts|screenplay))"
        ),
        re.compile(
            r"\b(?i:series\s+composition|script\s+writing|screenplay|series\s+scripts|scripts?)"
            r"(?:\s+(?:of|for)\s+[^,.;]{1,60}?)?\s+(?:(?:is\s+|will\s+be\s+)?(?:handled|written)\s+)?"
            rf"by\s+(?:(?:[A-Z][\w.:!-]*\s+){{0,3}}[\w.-]+['’]s\s+|the\s+writer\s+)?(?P<n>{PEOPLE})"
        ),
        re.compile(rf"\b(?i:series\s+composition\s+writer)\s+(?P<n>{PERSON})"),
        re.compile(  # "script supervision remains in the hands of X"
            r"\b(?i:script\s+supervision|story\s+composition)\s+(?:is|remains|will\s+be|lies)\s+"
            rf"in\s+the\s+hands\s+of\s+(?P<n>{PEOPLE})"
        ),
        re.compile(  # "X is responsible for the story composition"
            rf"(?P<n>{PERSON})\s+{_BE}(?:responsible\s+for|in\s+charge\s+of)\s+(?:the\s+)?"
            r"(?:story\s+composition|script\s+supervision)\b"
        ),
        re.compile(  # "head writer X", "director/writer X"
            r"\b(?:[Hh]ead\s+writer|[Dd]irector\s*/\s*writer|[Ww]riter\s*/\s*director)\s+"
            rf"(?P<n>{PERSON})"
        ),
        re.compile(rf"(?P<n>{PERSON})\s+on\s+(?:the\s+)?scripts\b"),  # "with A directing and X on
        # scripts"
        re.compile(  # "the series will be written by X": a western series' writer
            rf"\b(?i:the)\s+(?:animated\s+)?series\s+(?:will\s+be|is)\s+written\s+by\s+(?P<n>{PEOPLE})"
        ),
        DIRECTED_AND_WRITTEN,
        re.compile(  # "X is directing and writing the anime", "X as director and writer"
            rf"(?P<n>{_SUBJECT})\s+{_BE}(?:directing\s+and\s+writing|writing\s+and\s+directing)"
            r"\s+(?:the\s+)?(?:anime|series|film|show|it)\b"
        ),
        re.compile(
            rf"(?P<n>{PERSON}|{WORD})\s+as\s+(?:the\s+)?director\s+and\s+(?:script)?writer\b"
        ),
        re.compile(
            rf"(?P<n>{PERSON}|\b[A-Z][a-z]+)['’]s\s+(?:script|screenplay)\b"
        ),  # "Okada's script"
        re.compile(
            rf"(?P<n>{PERSON}){_AS_ROLE}(?:series\s+composition(?:\s+writer)?|screenwriter"
            r"|series\s+(?:script\s*)?writer)\b"
        ),
        re.compile(
            rf"(?P<n>{PERSON})\s+(?:is|was|will\s+be)\s+(?:also\s+)?(?:the\s+|credited\s+(?:with|as)\s+)"
            r"(?:series\s+composition|series\s+(?:script\s*)?writer|screenwriter)\b"
        ),
    ),
    "character_design": (
        re.compile(
            r"\b(?i:character\s+designs?(?:\s+for\s+[^,.;]{1,60}?)?\s+(?:by|from|(?:will\s+)?comes?"
            rf"\s+from))\s+(?:[\w.-]+(?:\s[\w.-]+)?['’]s\s+)?(?P<n>{PEOPLE})"
        ),
        re.compile(
            rf"(?P<n>{_SUBJECT})\s+{_BE}(?:designing|designs|design|designed|creating)\s+the\s+characters"
        ),
        re.compile(  # "X is also drawing the character designs", "X handling the character designs"
            rf"(?P<n>{_SUBJECT})\s+{_BE}(?:drawing|creating|handling|doing)\s+(?:the\s+)?"
            r"(?:anime's\s+)?character\s+designs?\b"
        ),
        re.compile(rf"(?P<n>{PERSON})\s+{_BE}basing\s+the\s+(?:anime's\s+)?character\s+designs"),
        re.compile(  # "character designer and chief animation director X", "designer, X,"
            r"\b(?i:character\s+designer)(?:\s+(?:and|/)\s+[a-z][a-z ]{2,30}?)?"
            rf"(?:\s+|,\s+(?={PERSON},(?!\s+(?:is|are|was|as)\b)))(?P<n>{PERSON})"
        ),
        re.compile(  # "X returns as (chief animation director and) character designer"
            rf"(?P<n>{PERSON}){_AS_ROLE}(?:an?\s+)?(?:new\s+)?(?:sub-)?"
            r"(?:(?:chief\s+)?animation\s+director\s+and\s+)?character\s+designer\b"
        ),
        re.compile(  # "X provides its character designs"
            rf"(?P<n>{_SUBJECT})\s+{_BE}(?:provides|providing|provide)\s+(?:the\s+|its\s+)?"
            r"(?:anime's\s+)?character\s+designs?\b"
        ),
        re.compile(  # "the character art is being adapted for animation by X"
            r"\b(?:character\s+(?:art|designs?)|illustrations)\s+(?:is|are)\s+(?:being\s+)?"
            rf"adapted\s+for\s+(?:the\s+)?animation\s+by\s+(?P<n>{PEOPLE})"
        ),
        re.compile(  # "X will adapt Y's novel illustrations for animation"
            rf"(?P<n>{_SUBJECT})\s+{_BE}(?:adapt|adapts|adapting)\s+[^.;,]{{0,40}}?"
            r"\b(?:illustrations|character\s+art)\s+for\s+(?:the\s+)?animation"
        ),
        re.compile(  # "X is adapting Kumeta's designs for animation", "... for the small screen"
            rf"(?P<n>{PERSON})\s+(?:is\s+|has\s+|will\s+)?(?:also\s+)?(?:adapting|adapted|adapts"
            r"|adapt)\s+[A-Z][\w.-]*\s?['’]s?\s+(?:original\s+)?designs\s+for\s+(?:the\s+)?"
            r"(?:animation|anime|small\s+screen|screen|TV)\b"
        ),
        re.compile(  # "the character design has been entrusted to X"
            r"\b(?i:character\s+designs?)\s+(?:has|have)\s+been\s+(?:entrusted|assigned|given)\s+to\s+"
            rf"(?P<n>{PEOPLE})"
        ),
        re.compile(  # "A, B, and C share the character design credit"
            rf"(?P<n>{PEOPLE})\s+(?:share|shared)\s+the\s+character\s+design\s+credit"
        ),
        re.compile(rf"\b(?i:the\s+character\s+designers\s+(?:include|are))\s+(?P<n>{PEOPLE})"),
        re.compile(  # "X is the character designer", "Y of Studio Z is ...": Y, not the studio
            rf"(?<!\bof\s)(?P<n>{PERSON}|{WORD}(?=\s+of\s))"
            rf"(?:\s+of\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,3}})?"
            r"\s+(?:joins|returns|serves|is|was|will\s+be)\s+"
            r"(?:also\s+|again\s+|once\s+again\s+|once\s+more\s+)*"
            r"(?:as\s+)?"
            r"(?:the\s+)?(?:new\s+)?(?:animation\s+)?character\s+designer"
        ),
        re.compile(  # "X is again adapting Y's original character designs"
            rf"(?P<n>{_SUBJECT})\s+{_BE}(?:adapting|adapts|adapted|adapt)\s+(?:the\s+)?"
            r"(?:(?:(?:[\w.-]+\s+){0,2}[\w.-]+\s?['’]s?\s+)?(?:original\s+)?character"
            r"|(?:those|these|his|her|their)\s+(?:original\s+)?(?:character\s+)?)\s*designs"
        ),
        re.compile(  # "Y drew the original character designs, which X is adapting"
            rf"\bcharacter\s+designs,\s+which\s+(?P<n>{_SUBJECT})\s+{_BE}(?:adapting|adapts)\b"
        ),
        re.compile(  # "X also handled the character designs" (not an original designer's)
            rf"(?P<n>{PEOPLE})\s+{_BE}(?:handl(?:es|ed|ing)|is\s+credited\s+with"
            r"|credited\s+with)\s+(?:the\s+)?character\s+designs"
        ),
        re.compile(
            rf"\b(?i:character\s+designs?\s+(?:are|is)\s+(?:handled\s+)?by)\s+(?P<n>{PEOPLE})"
        ),
    ),
    "music": (
        re.compile(rf"\b(?i:music\s+(?:by|from))\s+(?P<n>{PEOPLE})"),
        re.compile(  # "Composing the music is F.M.F (members)"
            r"^(?:Composing|Scoring)\s+the\s+(?:music|score|soundtrack)\s+(?:is|are)\s+"
            r"(?P<n>[A-Z][\w.&+'’-]*(?:\s+[A-Z][\w.&+'’-]*){0,3})"
        ),
        re.compile(
            rf"(?P<n>{PEOPLE}|(?:^|(?<=, )|(?<=; )|(?<=and )){_LOOSE_NAMES})\s+{_BE}"
            r"(?:composing|composes|compose|scoring|scores|score)\s+the\s+(?:music|score|soundtrack)"
        ),
        re.compile(rf"\b(?i:music\s+is\s+the\s+responsibility\s+of)\s+(?P<n>{PEOPLE})"),
        re.compile(rf"\b[Cc]omposers?\s+(?P<n>{PEOPLE})"),
        re.compile(rf"(?P<n>{PERSON}){_AS_ROLE}(?:music\s+)?composer\b"),
        re.compile(r"\bsoundtrack\s+(?:comes\s+from|is\s+by)\s+(?P<n>\S+(?:\s+[A-Z]\S*)*)"),
        re.compile(rf"(?P<n>{PERSON})\s+{_BE}(?:to\s+)?score\b"),
        re.compile(
            rf"(?P<n>{_SUBJECT})\s+{_BE}(?:handling|handles|providing|provides|creating|writing)\s+"
            r"the\s+(?:(?:anime|series|film)['’]s\s+)?(?:music|score|soundtrack)"
        ),
        re.compile(
            rf"\b(?i:music|score|soundtrack)\s+(?:is|will\s+be)\s+(?:being\s+)?(?:composed|handled"
            rf"|written|provided|done|made)\s+by\s+{_DESCRIBED}(?P<n>{PEOPLE}|{_ODD_NAME})"
        ),
        re.compile(  # "kensuke ushio is composing the music", "F.M.F composes the music"
            rf"(?:^|(?<=, )|(?<=; )|(?<=and ))(?P<n>{_ODD_NAME})\s+{_BE}"
            r"(?:composing|composes|compose|will\s+handle|handles|handling)\s+the\s+(?:music|score)"
        ),
        re.compile(
            rf"\b(?i:the\s+music\s+comes\s+(?:from|courtesy\s+of))\s+{_DESCRIBED}"
            rf"(?P<n>{PEOPLE}|{_ODD_NAME})"
        ),
        re.compile(  # ", and MAYUKO will provide the music": one name, after a comma or "and"
            rf"(?:^|(?<=, )|(?<=and ))(?P<n>{WORD}(?:\s+{WORD}){{0,2}})\s+will\s+provide\s+the\s+"
            r"(?:music|score|soundtrack)"
        ),
    ),
}

ROLE_HINTS: dict[str, tuple[str, ...]] = {
    "director": ("direct", "helm", "film by", "movie by"),
    "series_composition": (  # every pattern's own words: "series" alone is too common
        *("script", "screenplay", "screenwriter", "composition", "series composer"),
        *("series writer", "and writer", "and writing", "writing and"),
        *("and written", "written and", "series will be written", "series is written"),
        *("series composed", "series-composed", "head writer", "/writer", "writer/"),
        "/ writer",
    ),
    "character_design": ("character", "designs", "illustrations"),
    "music": ("music", "compos", "score", "soundtrack"),
}

ROLES_LINE = re.compile(  # "Character designer, Chief animation director: X"
    r"^(?P<label>[^\W\d][\w &'’.-]{1,40}(?:\s*[,/]\s*[\w &'’.-]{2,40})+)\s*:\s*(?P<value>\S.*)$"
)
EPISODE_WRITERS = re.compile(  # "while the script is being written by A and B"
    rf"\b(?:the\s+script\s+is\s+being\s+written|episode\s+scripts?\s+(?:are|is)\s+(?:being\s+)?"
    rf"written)\s+by\s+(?P<n>{PEOPLE})"
    rf"|(?P<m>{PEOPLE})\s+are\s+(?:also\s+)?writing\s+the\s+(?:episode\s+)?scripts?\b"
)  # ... and "while A and B are writing the script"
COMPOSITION = re.compile(  # a sentence crediting the series composition by name
    r"series\s+composition|series\s+scripts?\b", re.I
)
COORDINATED = re.compile(  # "X directed the anime and also wrote the script": X does both
    r",?\s+and\s+(?:(?:is|was|will\s+be)\s+)?(?:also\s+)?(?=[a-z]+(?:ed|ing|es|te)\b)"
)
ROLE_NOUNS = re.compile(  # "X is the director, scriptwriter, and character designer"
    rf"(?P<n>{PERSON})\s+(?:is|was|will\s+be)\s+(?:also\s+)?(?:the\s+)?"
    r"(?P<r>[a-z][a-z -]{2,30}(?:(?:,\s*|,?\s+and\s+)(?:also\s+)?[a-z][a-z -]{2,30}?)+)"
    r"\s*(?:[.;]|$)"
)
FILLS_ROLES = re.compile(  # "X fills both the chief director and ... roles"
    rf"(?P<n>{PERSON})\s+(?:fills|filled|takes\s+on|took\s+on|serves\s+in|handles)\s+"
    r"(?:both\s+)?the\s+(?P<r>[a-z][a-z ,&/]{3,80}?)\s+roles\b"
)


STUDIO_OWNER_LEAD = re.compile(r"^[^'’]{2,40}?['’]s?\s+(?=[A-Z0-9])")  # "A-1 Pictures' CloverWorks"
NOT_A_STUDIO_FORM = re.compile(rf"[(（]|^{MONTH_NAME}\s+\d")  # a cut aside, a date


def studio_form(name: str) -> str | None:
    """A studio's own name: without the owner a possessive put before it ("Oshiyama's
    Studio Durian"), and None for a date or a cut aside ("Liden Films (009")."""
    if NOT_A_STUDIO_FORM.search(name):
        return None
    owner = STUDIO_OWNER_LEAD.match(name)
    if owner is None:
        return name
    rest = name[owner.end() :]
    if rest.startswith("Studio ") or owner.group(0).rstrip().endswith(("s'", "s’")):
        return rest  # not "Children's Playground Entertainment", a studio's own name
    return name

"""Headlines about a song: the show whose opening or ending it is ("Rock Band A to Perform
X Opening Theme", "Band's New Single as Next X Opening"), or none when the headline
names only its singers ("New Unit A X B Sings Anime OP", "LiSA's New Song ...")."""

from __future__ import annotations

import re

SINGS_FOR = re.compile(  # "Rock Band A to Perform X Opening Theme", "A Sings X's Ending"
    r"^.{2,60}?\s(?:to\s+|[Ww]ill\s+)?(?:Perform|Sing)s?\s+(?:the\s+|New\s+)?"
    r"(?!(?:OP|ED|Opening|Ending|Insert|Theme)\b)(?P<show>[A-Z0-9][^\"“”]{1,80}?)(?:['’]s)?\s+"
    r"(?:(?:TV\s+)?Anime(?:['’]s)?\s+)?(?:Opening|Ending|Insert|OP|ED|Theme)s?\b"  # "A Performs X
    # Anime's Theme"
)
SINGS_KIND_OF = re.compile(  # "Band to sing OP of X's 2nd Season": X (its season is read later)
    r"^.{2,60}?\s(?:to\s+|[Ww]ill\s+)?(?i:perform|sing)s?\s+(?:the\s+|New\s+)*"
    r"(?:OP|ED|Opening|Ending)(?:\s+Theme)?(?:\s+Song)?\s+(?:of|for|to)\s+(?:the\s+)?"
    r"(?P<show>[A-Z0-9][^\"“”]{1,80}?)(?:['’]s\s+(?:\d+(?:st|nd|rd|th)|Second|Third|Next|New|Final)"
    r"\s+Season|\s+(?:TV\s+)?Anime)?\s*$"
)
SINGS_FOR_ANIME = re.compile(
    r"^.{2,60}?\s(?:to\s+|will\s+)?(?:perform|sing)s?\s+the\s+[^.]{0,60}?\b(?:theme|song)\b"
    r"[^.]{0,40}?\s(?:for|of)\s+the\s+(?:tv\s+)?anime\s+(?P<show>[^.]{2,80}?)\s*$",
    re.I,
)
SONG_AS_THEME = re.compile(
    r"\b(?:Song|Single|Track|Chosen|Picked|Selected)\s+as\s+(?:the\s+)?"  # "Single Chosen as X
    r"(?:(?:Next|New|Latest|Upcoming)\s+)?(?P<show>[A-Z0-9][^\"“”]{1,60}?)(?:['’]s)?\s+"  # Theme"
    r"(?:(?:TV\s+)?Anime\s+)?(?:(?:New\s+)?(?:Opening|Ending|OP|ED)|Theme)\b"
)
SINGS_UNNAMED = re.compile(  # "New Unit A X B Sings Anime OP": the singers, no show named
    r"\b(?:Sings?|Performs?|to\s+(?:Sing|Perform))\s+(?:the\s+|an?\s+|New\s+)*(?:TV\s+)?Anime"
    r"(?:['’]s)?\s+(?:OP|ED|Opening|Ending|Theme|Song)",
    re.I,
)
THEME_FOR = re.compile(  # "B'z Provide Theme Song for X Film", "A to sing theme for new 'X' movie"
    r"^.{2,60}?\s(?:to\s+|will\s+)?(?:provide|sing|perform)s?\s+(?:(?:her|his|their|its|a|the|"
    r"new|1st|first)\s+)*(?:(?:film|movie|anime)\s+)?(?:theme|song)(?:\s+song)?\s+for\s+(?:the\s+)?"
    r"(?:(?:new|next|upcoming|latest)\s+)?['‘\"“]?(?P<show>[A-Z0-9][^\"“”‘’']{1,60}?)['’\"”]?"
    r"(?:\s+(?:TV\s+)?(?:anime|film|movie|series))*\s*$",
    re.I,
)
FILM_THEME = re.compile(  # "Band to Perform New X Film's Theme": X's film
    r"^.{2,60}?\s(?:to\s+|[Ww]ill\s+)?(?:Perform|Sing|Provide)s?\s+(?:the\s+)?(?:New\s+|Next\s+)?"
    r"(?P<show>[A-Z0-9][^\"“”]{1,60}?)\s+(?:Film|Movie)['’]s\s+(?:Theme|Opening|Ending)\b"
)
ARTIST_COLON = re.compile(  # "UVERworld : Ao no Exorcist Theme song": the singer, then the show
    r"^[^:]{2,40}?\s*:\s+(?P<show>[A-Z0-9][^:]{1,80}?)\s+(?:(?:Opening|Ending|OP|ED)\s+)?"
    r"(?i:theme\s+song|theme|opening|ending)\s*$"
)
ARTIST_NEWS = re.compile(
    r"^[^'’:]{2,40}['’]s\s+(?:New|Latest|Upcoming)\s+(?:Song|Single|Album|EP|Music\s+Video|MV)\b"
)


def song_reading(headline: str, body: str) -> tuple[bool, str | None]:
    """Whether ``headline`` is about a song, and then the show it names as the body writes
    it (None for a singer's own news)."""
    if (opening := SONG_AS_THEME.search(headline)) and opening["show"] in body:
        return True, opening["show"]  # "Band's New Single as Next X Opening": X's song
    if ARTIST_NEWS.match(headline) or SINGS_UNNAMED.search(headline):
        return True, None  # "LiSA's New Song "dawn" Official Video Released": a singer's news
    for form in (SINGS_FOR, SINGS_KIND_OF, ARTIST_COLON, THEME_FOR, FILM_THEME):
        if (sung := form.match(headline)) and sung["show"] in body:
            return True, sung["show"]  # "Rock Band A to Perform X Opening Theme": X's song
    sung = SINGS_FOR_ANIME.match(headline)  # "... the theme song for the anime x y z"
    if sung and (at := body.casefold().find(sung["show"].casefold())) >= 0:
        return True, body[at : at + len(sung["show"])]  # as the body writes it
    return False, None

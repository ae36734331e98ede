"""The marks a headline is cut at before its title is read: the words that end a title's
stretch (CUT: "Anime", "Reveals", "Season 2", ": Release Date", "to Direct ..."), which
of them mark what stands before as a title (TITLE_MARK), the generic lead a stretch
sheds ("New Visual Poster For", "Check Out Two Previews for", "Cast of"), a section
tag before the headline ("[News]", "News:"), and a stretch that only describes the show
("Adventure", "Zombie-Friendly": ``describes``).
"""

from __future__ import annotations

import re

from pipeline.extract.lexicon import lexicon

ORIGINS = frozenset(  # where a show comes from: "French-Japanese Film X" describes X
    (
        *("japanese", "french", "american", "chinese", "korean", "taiwanese", "british"),
        *("italian", "german", "spanish", "canadian", "indian", "thai", "filipino", "indonesian"),
    )
)
_COMPOUND = r"-(?:Centric|Themed|Focused|Based|Inspired|Oriented|Friendly|Style)"  # "Rugby-Centric"
DESCRIBING = re.compile(rf"[A-Z][\w']+{_COMPOUND}")  # "Zombie-Friendly Anime to Start Soon"
LICENSOR_VERBS = r"Scores|Snags|Nabs|Rescues"  # "Sentai Scores X, Y": a licence
CUT = re.compile(
    r"['’]s\s+(?:TV\s+|Original\s+)?Anime\b|(?:\s+|(?<=~))(?:Original\s+|Mini\s+|Short\s+)?(?:TV\s+|Television\s+)?Anime\b"
    r"(?!\s+(?:Expo|Japan|Festival|Awards?|Con|Matsuri|NYC|Boston|Market|Industry|Business|Fans)\b)"
    r"|\s+(?:(?:Web\s+|Visual\s+)?Novels?(?=\s+(?:Gets?|Inspires?|Receives?|(?:Is|Are)\s+Getting))"
    r"|(?:Children['’]s\s+(?:Picture\s+)?|Picture\s+)Books?(?:\s+Series)?(?=\s+(?:Gets?|Inspires?|Receives?))"
    r"|(?:Video\s+|Mobile\s+|Smartphone\s+|Card\s+|Rhythm\s+)?Games?"
    r"(?=\s+(?:Gets?|Gains?|Inspires?|Receives?|(?:Is|Are)\s+Getting|for\s+(?:an?\s+)?(?:TV\s+)?Anime))"
    r"|Manga|Light\s+Novels?|Webtoon|(?:Theatrical\s+)?(?:Film|Movie)(?!\s+Fest)|(?-i:OVA|OAD|ONA)s?|Season\s+\d+|\d+(?:st|nd|rd|th)\s+(?:Season|cour)"
    r"|Franchise(?!['’]s)|Character\s+(?:Line|Brand|Franchise)"  # "Anime for X Character Line"
    r"|Reveals?|Gets?|Gains?|Sets?|Opens?|Premieres?|Announces?|Unveils?|Debuts?|Returns?|Streams?"
    r"|to\s+Stream|to\s+(?:Receive|Get|Air)\b|Receives?|Launches|Lands?|Confirms?|Drops?|Shares?|Releases?|Adds?|Added\s+(?:by|to(?!\s+(?:the\s+|its\s+)?Line-?up))|Teases?|PV|Trailer|Promo(?:tional)?\s+Video"
    r"|Gives\s+(?:an?\s+|Big\s+|New\s+)*Updates?"  # "X Gives Big Update on Season 4 Dub"
    rf"|{LICENSOR_VERBS}"  # a licensor's "Sentai Scores X, Y"
    r"|Key\s+Visual|Is\s+Getting|Is\s+Back|(?:Is|Are)\s+Planned|Will\s+Get|(?:Is\s+|Are\s+)?Coming|Announced|Revealed|Confirmed|Delayed|Released|Streamed"
    r"|Postponed|Delays?(?=\s+(?:Its\s+|the\s+)?(?:Broadcast|Premiere|Release|Episodes?)\b)|Listed\s+With|Slated|Greenlit|Green-lit|Sequ[ea]l|Prequel|Reboot|Remake|Spin-?off|Acquires?|Licenses?|Picks\s+Up|(?-i:Simulcasts?)|Will\s+Stream"
    r"|(?:the\s+)?Rights\s+(?:to|for)(?:\s+(?:the\s+)?(?:Anime\s+)?(?:Series|Film|Movie))?"
    r"|Plans|Makes|Arrives?|Inspires|Is\s+Featuring|Features|Surprises|(?:Broadcast\s+)?(?:Begins|Starts)"
    r"|Stays|Remains|Renewed"  # "Doraemon Stays on GMA", "X Renewed"
    r"|(?:Is|Becomes)\s+(?:the\s+)?Latest\b"  # "X Is Latest Anime To Announce Delay"
    r"|(?:[A-Z][a-z]+ly\s+)?(?:Airs|Airing)(?=\s+(?:in|on|this|next|from|starting|beginning)\b)"
    r"|(?-i:Casts)(?=\s+[A-Z])"  # "X Casts Y Alumni": the show, then whom it casts
    r"|Showcases|Introduces|Welcomes|Unleashes|Highlights|Looks|Seems|Targets|Reunites?"
    r"|Has\s+(?:Acquired|Gotten|Received|Earned|Landed)|Previews(?=\s+(?:OP|ED|Opening|Ending|New|Its|Theme)))\b"
    r"|(?:['’]s)?\s+(?:First|(?:Brand\s+)?New|Latest|Official|Final|Main|Second|Third|\d+(?:st|nd|rd|th))"
    r"(?=\s+(?:PV|Trailer|Teaser|Key\s+Visual|Visual|Promo(?:tional)?\s+Video|(?:TV\s+)?(?:Spot|Commercial|CM))s?\b)"
    r"|\s+(?:Is\s+)?Featured\s+(?:in|on|at)\b.*"  # "X featured in Y's Best Shows of 2020"
    r"|\s+(?:Additional|More|Main|Full)\s+(?:Staff|Cast)\b.*"  # "X Additional Staff and Cast"
    r"|\s+(?:Director|Creator|Author|Composer|Producer)\s+(?:Says|Talks|Comments|Explains|Promises"
    r"|Discusses|Reflects|Wants|Hopes)\b.*"  # "New X Director Says They Will ..."
    r"|\s+(?:to|for|in|into|on)\s+(?:its|their|his|her)\b.*"
    r"|\s+to\s+(?:Create|Direct|Make|Produce|Helm|Write|Compose|Launch)\b.*"  # "X to Direct New"
    r"|^[^:]{2,60}?\s+to\s+(?:Animate|Adapt)\b"  # "Studio Y to Animate X for TV": X
    r"|\s+for\s+(?:TV|Television)\b.*"
    r"|\s+[-–—]\s+(?:(?:Premiere|Series|Episode\s+\d+)\s+)?(?:First\s+)?(?:Impressions?|Review)\b.*"
    r"|\s+(?:Is|Was)\s+the\s+(?:Name|Title)\s+of\b.*"  # "X Is the Name of the Eighth Series"
    r"|\s+Including\b.*|\s+(?:Following|Amid)\s.*"  # "X Targets June Release Following Delay"
    r"|(?-i:\s+Based\s+on\s).*"  # "Anime Short Based on Picture Book": the source, no title
    r"|\s+Ratings?\s+(?:and|&)\s+Review\b.*"  # a blog's "X Rating and Review"
    r"|\s+English\s+(?:Dub|Cast|Version)\b"  # "X English Dub Trailer"
    r"|\s+(?:Lead\s+|Main\s+)?Roles?\s+(?:for|to|goes\s+to)\s.*"  # "X Role for Actor"
    r"|\s+(?:(?:Blu-?ray|DVD|BD)\s+)?(?:Discs?|Box\s+Sets?)\b.*"  # "X Discs to Include ..."
    r"|\s+(?:North\s+American?|(?-i:US|U\.S\.|UK)|Western|Worldwide|Global|International)\s+"
    r"(?:Release|Premiere|Debut|Theatrical|Theaters?|Streaming|Rights)\b.*"  # a market's release
    r"|\s+(?:Performs?|Sings?)\s+(?:the\s+|New\s+)?(?:(?:Opening|Ending|Insert)\s+)?(?:Theme\s+)?"
    r"(?:Themes?|Songs?)\s+(?:for|of|in)\s+(?-i:the\s+)?"  # "A, B Perform Themes for X Anime"
    r"|\s+for\s+(?:Spring|Summer|Fall|Autumn|Winter)\b.*"
    r"|\s+(?:will\s+be|is\s+being|has\s+been|to\s+be)\s+(?:postponed|delayed|released|broadcast"
    r"|aired|adapted|cancell?ed|shown|screened|streamed|animated)\b.*"  # "X will be postponed
    # due to ...": a sentence-case verb
    r"|\s*(?:[-–—,]\s*)?\b(?:Episodes?|Eps?\.?)\s+\d+\b.*|\s+0[1-9]$"  # and a blog's "X 01"
    r"|\s+(?:Episode\s+Count|Run\s*time)\b(?!\s+(?:for|of)\b).*"
    r"|:\s+(?=(?:[A-Z][\w.]*\s+){0,3}[A-Z][\w.]*['’]s?\s+(?i:new|latest|next|upcoming)\s)"  # "X:
    # P.A. Works' new series for 2013 featuring ...": X
    r"|:\s+(?:New\s+(?:Show|Series|Anime|Film|Movie)\b.*"  # "X: New Show by Y Director Z"
    r"|Release|Everything|Story|Cast|Trailer|Premiere|First|Preview|Where|How|What|When"
    r"|(?:An\s+)?Interviews?\b"
    r"|Check\s+Out|Watch|Meet"
    r"|Spring|Summer|Fall|Winter|Review)",
    re.I,
)
TITLE_MARK = re.compile(
    r"(?i)(?:['’]s)?\s*(?:original\s+|tv\s+|television\s+|theatrical\s+)*(?:anime|manga|(?:light\s+|web\s+|visual\s+)?novels?"
    r"|(?:children['’]s\s+(?:picture\s+)?|picture\s+)books?(?:\s+series)?"
    r"|(?:(?:video|mobile|smartphone|card|rhythm)\s+)?games?|webtoon|film|movie|(?-i:OVA|OAD|ONA)s?"
    r"|franchise(?!['’]s)|character\s+(?:line|brand|franchise))"
    r"|\s+(?:season\s+\d+|\d+(?:st|nd|rd|th)\s+(?:season|cour))|:\s"
)
LEADING = re.compile(
    r"^(?:(?:Another|(?:New|Original)(?!\s+[^\s!?]+!+(?:\s|$))|TV|Television|Anime|Film|Movie|Series|of|for|First|Second|Third|Main"
    r"|Adaptation\s+of"  # "An Anime Adaptation of X Is Planned"
    r"|(?:Total\s+)?(?:Episode\s+Count|Run\s*time|Release\s+Date|Premiere\s+Date)\s+(?:for|of)"
    r"|(?:Image\s+Boards?|Images|Stills|Screenshots|Photos)\s+(?:Show|Reveal|Tease)s?"  # of X
    rf"|[A-Z][\w]*{_COMPOUND}"  # "Rugby-Centric X Anime"
    r"|(?:Its|Their)\s+Own|Web|Based\s+on|Adapted\s+From"  # "... Its Own Anime", "Web Series X"
    r"|(?-i:Confirmed|Officially)(?=\s+[A-Z])"  # "Confirmed X Has Acquired a Second Season"
    r"|(?-i:Show)(?!\s+by\b))(?:\s+|$)"  # "Anime Show X", not "Show by Rock!!"
    r"|Here['’]s\s+(?:Why|How|What|When|Where)\s+"  # "Here's Why X Is Getting Delayed"
    r"|(?:Where|When|How)\s+(?:is|are|can\s+(?:I|You))\s+(?:the\s+)?(?:Watch\s+)?"  # "Where is
    # the X anime streaming?"
    r"|Here['’]s\s+(?:the|a|an|your)\s+(?:[\w-]+\s+){0,3}?(?:for|of|at)\s+"  # "... Dub Cast for X"
    r"|(?:Manga|Light\s+Novel|Novel|Webtoon|Game)\s+Series\s+"  # "Manga Series X Announces ..."
    r"|Cast\s+(?:Additions?|Members?)\s+(?:to|for|of|in)\s+(?:the\s+)?"  # "Cast Additions to
    r"|(?:English\s+)?Dubs?\s+(?:of|for)\s+"  # English Dubs of X and Y Announced"
    r"|(?:It|They)\s+(?:Has\s+|Have\s+)?(?:Licensed|Acquired|Rescued)\s+"  # "It Licensed X"
    r"|(?:Check\s+Out\s+(?:the\s+|a\s+|\w+\s+)?)?"  # "Check Out Two Previews for X"
    r"(?:(?:Key\s+)?Visual|Poster|Trailer|Teaser|PV|Promo(?:tional)?(?:\s+Video)?|Video|Clip|Preview)s?"
    r"(?:\s+(?:Poster|Trailer|Video))?\s+(?:for|of)\s+)+",  # "New Visual Poster For X"
    re.I,
)
DESCRIBED_AFTER = re.compile(  # "X - Y's Latest Movie in Cinemas": a gloss of X
    r"\s[-–—]\s[^-–—]{2,40}['’]s\s+(?:Latest|Newest|New|Next|Upcoming)\s+(?:Anime\s+)?"
    r"(?:Movie|Film|Feature|Anime|Work|Project)\b.*$"
)
TAG = re.compile(  # "[Discussion]", "[News]", "News:", "Anime News:", "UPDATE:"
    r"^\s*(?:\[[^\]]{1,30}\]|(?i:(?:anime\s+)?news|anime|breaking|update[d]?|rumou?r|exclusive"
    r"|ova|ona|oad|v[ií]deo|photos?|gallery|(?:anime\s+)?(?:preview|first\s+look|spotlight))\s*:"
    r"|(?:[A-Z][\w.'’&+-]*\s+){0,5}(?:Manager|Producer|CEO|President|Executive|Spokesperson"
    r"|Representative|Insider|Leaker|Chairman)\s*:)\s*"
    # ... and a kind's "Anime:", "ONA:", a column's "Anime Preview:", "Video:", and a speaker's
    # "Disney Senior Dubbing Manager:" before what was said
)
FULL_WIDTH_TAG = re.compile(r"\s*【([^【】]{1,30})】\s*")


GLUED_KIND = re.compile(  # "zum X!-Anime", not "Anime-Within-an-Anime"
    r"(?:(?<=\s)|^)(?P<w>[^\s-]*[\w!?])-(?=(?:Anime|Manga|Film|Serie|Reihe)(?![\w-]))"
)
GLUED_COMMA = re.compile(r"(?<=[a-z]),(?=[A-Z][a-z])")


def spaced_tags(headline: str | None) -> str | None:
    """``headline`` with its full-width tags set apart as "[Video]" ("X【Video】" glues the
    tag to the title's last word) and a space after a comma glued to the next word ("New
    Film,The Anthem of the Heart"). Guillemets are quotation marks already
    (``mojibake.mended``)."""
    if not headline:
        return headline
    headline = GLUED_KIND.sub(r"\g<w> ", headline)  # "zum X!-Anime": "X! Anime"
    return GLUED_COMMA.sub(", ", FULL_WIDTH_TAG.sub(r" [\1] ", headline)).strip()


def describes(piece: str) -> bool:
    """True for a stretch of genre or origin words alone ("Adventure" of "Adventure TV Anime
    X's ...") or a describing compound ("Zombie-Friendly"), which describes the show rather
    than naming it."""
    if not piece.strip() or DESCRIBING.fullmatch(piece):
        return bool(piece.strip())  # "Zombie-Friendly Anime to Start Soon": a description
    rest = lexicon().genre_pattern.sub(" ", piece.lower())  # "Romantic Comedy" is one term
    words = [w.strip("'’,-") for w in rest.split()]  # "Horror-Comedy": two terms
    return all(
        all(part in ORIGINS for part in w.split("-")) for w in words if w
    )  # "French-Japanese Film X": where it comes from describes it too

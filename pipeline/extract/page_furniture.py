"""A news page's furniture around the article's own text: where a line names the story's
source ("Source: Comic Natalie"), page prompts and bylines, and the blocks after the
article (related posts, comment counts and forms) that end it. ``text.to_document``
drops or sets these aside before it reads the article's blocks.
"""

from __future__ import annotations

import re

from pipeline.extract.folding import Folded

PROVENANCE = re.compile(  # "Source: Comic Natalie", "Via Anime News Network"
    r"^\s*(?:Sources?\s*:|Via\s*:|(?-i:Via)\s)\s*(?P<who>.{2,80})$", re.I
)
SITE_END = Folded(r"\b(?:website|site|twitter|account|press\s+release)\s*$")
SOURCE_VALUE = re.compile(  # "Source: Manga by X" is the source material, not provenance
    r"(?:an?\s+|the\s+)?(?:original|manga|light\s+novel|web\s+novel|novel|video\s+game|game)\b",
    re.I,
)
BOILERPLATE = re.compile(
    r"^\s*(?:\*\*|[^\w\s\[\"“'‘(]+\s*)?"  # "**Also read", "❄︎ Last Updated: ..."
    r"(?:(?:also read|related|read more|read also|see also|more from|share this"
    r"|share on|share|copy link|media contact|press contact|follow us|image|photo|credit"
    r"|(?:primary\s+)?source\s+for\s+(?:the\s+)?image"  # a blog's picture credit
    r"|image credit"
    r"|official website|official x|official twitter|\[press inquiries\]|press inquiries"
    r"|visit\s+the\s+official\s+(?:site|website)"
    r"|posted\s+(?:on|by|in)|advertise?ment|last\s+updated|updated\s+on|published\s+(?:on|in)\b|published(?=\s*:)"
    r"|a\s?[+-]\s?a\s*$|support\s+us|we\s+need\s+your\s+(?:help|support)"
    r"|join\s+our|subscribe|sign\s+up|expand\s+tweet|view\s+this\s+post|click\s+here"
    r"|happy\s+(?:holidays|new\s+year)|disclaimer|resources?(?=\s*:)|writers?\s+on\s+hiatus"
    r"|special\s+shout-?outs?|sponsored|tags?(?=\s*:)|categor(?:y|ies)(?=\s*:)|filed\s+under"
    r"|\d+\s+min\s+read|author\s+thumbnail)\b"
    r"|(?:news|home|menu|search|×|x|categories|notifications?|ad(?:\s+space)?|(?:most\s+)?popular\s+tags|the\s+big\s+picture|read\s+on!?|feature\s+detail|auto\s+draft"
    r"|deposit\s*photos|amazon\s+(?-i:B0[A-Z0-9]{8}))\s*$)",  # a shop widget's "Amazon B000767QTA"
    re.I,
)
DATE_STAMP = re.compile(  # "Mar 01, 2022 03:08 AM", "2026-01-04 | 12:33 WIB": when posted
    r"^\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4},?|\d{4}-\d{2}-\d{2}\s*\|?)\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"\s*(?:[AaPp][Mm])?(?:\s+[A-Z]{2,4})?(?:\s*\|\s*\d+\s+(?i:reads|views)\b.*)?\s*$"
)  # ... with its counter: "| 0 Reads Last Updated 2026-01-04T05:33:33Z"
NAME_STAMP = re.compile(  # "avatar Ana Ruiz 28/02/2020 5": a writer, the day and a count
    r"^\s*(?:avatar\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}\s+(?:[-–|]\s+)?"
    r"(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{4})"  # "Avellana - 20.09.2021"
    r"(?:\s+\d+)?\s*$|^\s*avatar\s*$"
)
READ_TIME = re.compile(r"^\s*\d+\s+min(?:ute)?s?\s+read(?:\b|(?=[A-Z]))", re.I)
DATELINE = re.compile(  # a wire story's "TOKYO, Feb 14 (News On Japan) - " before its text
    r"^[A-Z][A-Z .'-]{2,24},\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s+)?"
    r"(?:\([^()]{2,40}\)\s*|/[^/]{2,30}/\s*)?[-–—]{1,2}\s+(?=[A-Z])"
)
TWEET_SIGNATURE = re.compile(  # an embedded post's "— Name (@name) March 5, 2018": the day
    r"(?<=\(@)(?P<handle>\w+\))\s+"  # it was posted, no date of the show's (the name stays)
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2},\s+\d{4}"
)
BYLINE = re.compile(r"^(?:(?:presented|written|posted|reviewed|edited)\s+by|by|author|writer)$")
BYLINE_REACH = 5  # blocks a blog's headline and byline take above its reading time
WRITER_BIO = re.compile(  # "X is an associate curation editor whose job is ...": the writer's
    r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s+is\s+(?:an?|the|our)\s+(?:[\w-]+\s+){0,4}"
    r"(?:editor|reporter|contributor|journalist|columnist|blogger"
    r"|(?:freelance|staff|contributing|senior)\s+writer)\s+(?:at|for|whose|who|with)\b"
)  # not "X is the editor in charge", a show's staff
WRITER_BOX = re.compile(  # "Presented By:", "Staff Comments:" over a writer's name
    r"^(?:(?:presented|written|posted|reviewed|edited)\s+by\s*:?|(?:staff\s+)?comments\s*:)$", re.I
)
CLOSING = re.compile(  # the page's furniture after the article: nothing below is its text
    r"^\W*(?:about\s+the\s+author|you\s+may\s+also\s+like|(?:related|recent|latest)\s+(?:posts|articles|stories)"
    r"|more\s+(?:stories|articles)\s+from|recommended\s+for\s+you|\d+\s+comments?(?:\s+recent\s+comments)?"
    r"|[a-z]{3}\s+\d{1,2},\s+(?:\d{4}\s+)?\d{1,2}:\d{2}\s*[ap]m\s+by\s+\S+"  # a comment's stamp
    r"|[^.]{2,60}\s+is\s+(?:an?|the)\s+[^.]{0,80}\b(?:editor|writer|reporter|contributor|journalist"
    r"|columnist|blogger)\b.*\bfollow\s+(?:him|her|them)\b.*"  # the writer's bio
    r"|(?:other|more)\s+(?:top\s+)?(?:news|stories)"
    r"|(?:outras|otras|autres)\s+(?:principais\s+|principales\s+)?(?:not[ií]cias|noticias|actualit[ée]s)"
    r"|\d+\s+(?:coment[aá]rios?|comentarios?|commentaires?)"  # a localised page's furniture
    r"|products\s+you\s+may\s+like"
    r"|(?:\d+|one|two|three|four|five)\s+(?:thoughts?|responses?|replies|comments?)\s+(?:on|to)\s+[\"“‘'].*"
    r"|fill\s+in\s+your\s+details\s+below\b.*"  # a blog's comment form
    r"|(?-i:[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}(?<=[a-z])(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep"
    r"|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2},\s\d{4}\s\d{1,2}:\d{2}\s?[AP]M))\s*:?\s*$",  # a comment's
    # writer glued to its stamp: "Silent RoccoMarch 24, 2014 6:31 PM"
    re.I,
)
PROMPT = Folded(  # a site's prompts, bylines and page furniture
    r"^\W*(?:remind\s+me|never\s+remind\s+me|subscribe\s+to\b)|\breader\s+survey\b|-->\s*$|^\s*<--"
    r"|^\W*(?:leave\s+a\s+(?:reply|comment)|show\s+page|comments?\s*(?:\(\d+\))?|original\s+source"
    r"|(?:written\s+)?by\s+[a-z][\w.'’-]+(?:\s+[a-z][\w.'’-]+){0,2},?)\s*$"
    r"|^\W*(?:author|writer|posted\s+by)\s*:[^:]{2,60}\b(?:published|posted|date|updated)\s*:"
    r"|\|\s*\d+\s+comments?\s*$|^\d+\s+comments?\s*\|"  # "... | 19 Comments", "0 Comments | Add"
    r"|^[^.:'\"‘’“”]{2,60}\(@\w{2,30}\)\s*$"  # a byline with its handle: "Editor; Toronto (@Name)",
    # not a song's line "Opening: 'X' by Y (@y)"
    r"|\b(?:published|posted)\s+(?:in|on)\b[^.]{0,40}\bby\s+[a-z][\w.'’-]+(?:\s+[a-z][\w.'’-]+)?\s*$"
)  # ... and "Author: X Published: December 24th, 2017", "Published in Japan by X": bylines
TEASER = re.compile(r"\w[\"”’)]?\s?(?:…|\.\.\.)$")  # a related article's excerpt, cut off: "based…"
TEASER_RUN = 2  # excerpts in a row before they are a related-articles list

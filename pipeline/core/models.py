"""Every record that crosses a stage boundary (what stages report back is in ``reports``).

The pipeline is a chain of stages, each taking records and returning records::

    Source ─fetch─► FeedResult + Article ─extract─► ShowMention ─merge─► Show + ShowEvent
    Show + Article ─build─► Issue ─render─► Rendered ─deliver─► Delivery

Records are frozen dataclasses: a stage never changes what it was handed, it
returns something new. Sequences are tuples for the same reason. Times are
timezone-aware ``datetime`` values in UTC unless a field says otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from types import MappingProxyType
from typing import Literal

# ── sources and fetching ──────────────────────────────────────────────────────

FullText = Literal["auto", "always", "never"]


@dataclass(frozen=True, slots=True)
class Source:
    """One news feed listed in ``sources.yaml``."""

    id: str  # stable identifier, used as the key of everything fetched from it
    name: str  # human name shown in reports and headlines ("Anime News Network")
    url: str  # feed address: http(s) URL, or a local path for offline examples
    enabled: bool = True  # disabled sources are listed but never fetched
    notes: str = ""  # free text from the operator (terms of use, quirks)
    full_text: FullText = "auto"  # fetch the linked page: auto (short entries) / always / never


@dataclass(frozen=True, slots=True)
class FeedState:
    """What the store remembers about a feed between runs."""

    source_id: str  # Source.id
    url: str  # the address to ask next time (updated by permanent redirects)
    source_url: str | None = None  # Source.url this state belongs to; a new one resets `url`
    etag: str | None = None  # ETag of the last 200 answer, for If-None-Match
    last_modified: str | None = None  # Last-Modified of the last 200, for If-Modified-Since
    next_due: datetime | None = None  # not fetched again before this time (None: due now)
    failures: int = 0  # consecutive failed fetches; 0 after any success
    last_error: str | None = None  # reason of the latest failure
    first_failure_at: datetime | None = None  # when the current run of failures began
    last_success_at: datetime | None = None  # last 200 or 304


@dataclass(frozen=True, slots=True)
class PageState:
    """What the store remembers of one linked article page (or a host's robots.txt)."""

    url: str  # the page's address (the entry's link), or https://host/robots.txt
    fetched_at: datetime  # when it was last asked for
    ok: bool  # True when ``body`` holds what was read
    entry_hash: str | None = None  # Article.content_hash (as the feed gave it) it was read for
    etag: str | None = None  # validator to send next time
    last_modified: str | None = None  # validator to send next time
    error: str | None = None  # why the page was not used
    retry: bool = False  # a passing failure (timeout, 5xx): asked again after a day
    body: str | None = None  # main text as HTML; for robots.txt, the file
    title: str | None = None  # the page's headline
    image_url: str | None = None  # the page's og:image


@dataclass(frozen=True, slots=True)
class Article:
    """One entry of a feed, as parsed, before any interpretation."""

    feed_id: str  # Source.id it came from
    entry_key: str  # identity within the feed: guid, else link, else hash of title+content
    link: str | None  # address of the article on its site
    title: str | None  # headline as the feed gives it (untrusted text)
    author: str | None  # byline, if the feed names one
    published: datetime | None  # publication time in UTC, if the feed gives one
    summary: str  # short description or teaser (untrusted HTML or text)
    content_html: str  # fullest body the feed carries: content:encoded, else summary
    content_hash: str  # sha256 of title + summary + content, to notice edits
    fetched_at: datetime  # when this version was fetched
    image_url: str | None = None  # key visual from media:content / enclosure, if any
    id: int | None = None  # database row id once stored
    page_image_url: str | None = None  # og:image of the linked page, when it was fetched


# ── shows ─────────────────────────────────────────────────────────────────────

ThemeKind = Literal["opening", "ending", "insert"]


@dataclass(frozen=True, slots=True)
class CastMember:
    """A voice actor, and the character when the article names one."""

    actor: str  # name as written in the article
    character: str | None = None  # None when no role is given


@dataclass(frozen=True, slots=True)
class ThemeSong:
    """An opening, ending or insert song."""

    kind: ThemeKind | None  # None when the article does not say
    title: str | None  # None for an untitled song
    artist: str | None  # performer as written


@dataclass(frozen=True, slots=True)
class ShowFacts:
    """The facts about one show, as the show record of DESIGN.md describes them."""

    title: str | None  # main title; None for an unnamed project
    alt_titles: tuple[str, ...] = ()  # romaji, English, Japanese or the article's own form
    season: str | None = None  # "Spring 2021"
    premiere_date: date | None = None  # first airing in Japan (real calendar date)
    premiere_time: str | None = None  # "HH:MM TZ", 24-hour, e.g. "01:55 JST"
    broadcasters: tuple[str, ...] = ()  # TV stations
    streaming: tuple[str, ...] = ()  # streaming services
    studios: tuple[str, ...] = ()  # animation studios
    director: tuple[str, ...] = ()
    series_composition: tuple[str, ...] = ()
    character_design: tuple[str, ...] = ()
    music: tuple[str, ...] = ()  # composers
    original_creator: tuple[str, ...] = ()
    source_material: str | None = None  # manga, light novel, web novel, novel, video game...
    episodes_or_cours: str | None = None  # "12 episodes", "2 cours"
    genres: tuple[str, ...] = ()  # lower case descriptors
    cast: tuple[CastMember, ...] = ()
    themes: tuple[ThemeSong, ...] = ()


SHOWN_CONFIDENCE = 0.5  # a fact reaches the email and the archive at this confidence or more


def _no_confidence() -> Mapping[str, float]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class ShowMention:
    """What one article says about one show."""

    facts: ShowFacts  # the extracted record
    article_id: int | None = None  # Article.id it came from, when stored
    feed_id: str | None = None  # Article.feed_id
    link: str | None = None  # Article.link, for provenance in the digest and archive
    seen_at: datetime | None = None  # article's published time, else its fetch time
    image_url: str | None = None  # key visual the article carried
    # how sure the extractor is of each ShowFacts field, 0..1; a field not named here is 1.0
    confidence: Mapping[str, float] = field(default_factory=_no_confidence)

    def __post_init__(self) -> None:
        names = {f.name for f in fields(ShowFacts)}
        for name, value in self.confidence.items():
            if name not in names or not 0.0 <= value <= 1.0:
                raise ValueError(f"confidence {name}={value!r}: need a ShowFacts field and 0..1")

    def confidence_of(self, name: str) -> float:
        """How sure the extractor is of field ``name`` (1.0 when it did not say)."""
        return self.confidence.get(name, 1.0)


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where one fact about a show came from."""

    field: str  # ShowFacts field name ("premiere_date", "cast", ...)
    value: str  # the fact, rendered as text ("2021-04-10", "Shinei Nouzen: Shōya Chiba")
    article_id: int | None  # Article.id
    feed_id: str | None  # Source.id
    link: str | None  # article address
    seen_at: datetime | None  # when the article said it
    confidence: float = 1.0  # how sure the extractor was of it in this article, 0..1


EventKind = Literal[
    "new_show",
    "date_set",
    "date_changed",
    "time_changed",
    "cast",
    "staff",
    "theme",
    "streaming",
    "broadcaster",
    "studio",
    "episodes",
    "merged",
    "disagreement",
]


@dataclass(frozen=True, slots=True)
class ShowEvent:
    """A change to a show worth telling readers about ("premiere moved to Apr 10")."""

    show_slug: str  # Show.slug
    kind: EventKind  # what sort of change
    message: str  # one readable sentence
    at: datetime  # when the change was seen
    article_id: int | None = None  # the article that brought it
    link: str | None = None  # its address


@dataclass(frozen=True, slots=True)
class CatalogLink:
    """The season catalogue's entry a show is linked to, with what only the catalogue has."""

    source: str  # the catalogue ("anilist")
    id: int  # the entry's id in that catalogue
    url: str | None  # the entry's page (AniList's siteUrl)
    cover_url: str | None  # cover image (fallback key visual)
    synopsis: str | None  # plain text, first two sentences


@dataclass(frozen=True, slots=True)
class Show:
    """One show, merged from every mention across articles and feeds."""

    slug: str  # stable URL-safe key; never changes once published
    facts: ShowFacts  # current best facts
    provenance: tuple[Provenance, ...] = ()  # source of each fact
    first_seen: datetime | None = None  # first mention
    updated_at: datetime | None = None  # last change to its facts
    image_url: str | None = None  # key visual, if a feed provided one
    catalog: CatalogLink | None = None  # the season catalogue's entry, once linked
    news: bool = True  # False for a catalogue entry no article has covered yet

    @property
    def visual_url(self) -> str | None:
        """The show's picture: the news's key visual, else the catalogue's cover."""
        return self.image_url or (self.catalog.cover_url if self.catalog else None)


# ── the season catalogue ──────────────────────────────────────────────────────


@dataclass(frozen=True, slots=True)
class CatalogEntry:
    """One show of a season as the catalogue (AniList) lists it; its text is untrusted."""

    source: str  # the catalogue ("anilist")
    id: int  # the catalogue's id of the show
    season: str  # the season it was fetched for, "Spring 2021"
    title_romaji: str | None  # "86: Eighty Six"
    title_english: str | None = None  # "86 EIGHTY-SIX"
    title_native: str | None = None  # "86―エイティシックス―"
    synonyms: tuple[str, ...] = ()  # other names the catalogue knows
    format: str | None = None  # TV, TV_SHORT, MOVIE, ONA, OVA, SPECIAL, MUSIC
    status: str | None = None  # NOT_YET_RELEASED, RELEASING, FINISHED...
    episodes: int | None = None  # planned episode count
    duration: int | None = None  # minutes per episode
    start_date: date | None = None  # first airing, when year, month and day are all known
    cover_url: str | None = None  # largest cover image
    cover_color: str | None = None  # the cover's main colour, "#e4a15d"
    synopsis: str = ""  # plain text, sanitised, first two sentences
    genres: tuple[str, ...] = ()  # the catalogue's genres
    studios: tuple[str, ...] = ()  # main animation studios
    site_url: str | None = None  # the entry's page on the catalogue's site
    streaming: tuple[str, ...] = ()  # streaming services from its external links
    episode_one_at: datetime | None = None  # air time of episode 1 (UTC), when still ahead
    is_adult: bool = False  # marked adult by the catalogue
    id_mal: int | None = None  # MyAnimeList id
    updated_at: datetime | None = None  # when the catalogue last changed the entry

    @property
    def titles(self) -> tuple[str, ...]:
        """Every name of the entry: romaji, English, native and synonyms."""
        names = (self.title_romaji, self.title_english, self.title_native, *self.synonyms)
        return tuple(dict.fromkeys(n for n in names if n))

    @property
    def title(self) -> str:
        """The name to show: English, else romaji, else native."""
        return next((t for t in (self.title_english, *self.titles) if t), f"#{self.id}")


# ── issues and rendering ──────────────────────────────────────────────────────


@dataclass(frozen=True, slots=True)
class Headline:
    """One news item in an issue's headlines, the same story from several feeds shown once."""

    title: str  # article headline (untrusted text)
    link: str | None  # address of the article
    outlet: str  # Source.name of the feed that carried it first
    published: datetime | None  # publication time in UTC
    feed_ids: tuple[str, ...] = ()  # every feed that carried the story
    summary: str = ""  # short plain-text teaser


IssueKind = Literal["weekly", "special"]


@dataclass(frozen=True, slots=True)
class Issue:
    """One issue of the newsletter, stored whole so it renders again identically."""

    number: int  # 1, 2, 3... in order of creation
    kind: IssueKind  # weekly, or a special edition outside the weekly rhythm
    subject: str  # email subject (single line; untrusted parts already cleaned)
    created_at: datetime  # the issue's `now`
    season: str  # the lineup's season, "Spring 2021"
    premieres: tuple[Show, ...] = ()  # premiering in the next 7 days, by premiere time
    changes: tuple[ShowEvent, ...] = ()  # what changed since the last issue
    lineup: tuple[Show, ...] = ()  # every known show of the season, dated first, TBA last
    headlines: tuple[Headline, ...] = ()  # new articles since the last issue
    note_markdown: str | None = None  # editor's note (Markdown, rendered safely)
    title: str | None = None  # special edition title ("Spring 2021 preview")


@dataclass(frozen=True, slots=True)
class Variant:
    """What differs between subscribers' copies beyond cheap per-person fills."""

    timezone: str = "UTC"  # reader's zone for premiere times
    genres: tuple[str, ...] = ()  # only shows with one of these genres; empty means all


@dataclass(frozen=True, slots=True)
class Rendered:
    """An issue rendered for one variant (or one subscriber, once personalised)."""

    subject: str  # header-safe single line
    preheader: str  # inbox preview text
    html: str  # full HTML document
    text: str  # plain-text part


# ── subscribers and delivery ──────────────────────────────────────────────────

SubscriberStatus = Literal["pending", "active", "unsubscribed", "bounced"]


@dataclass(frozen=True, slots=True)
class Subscriber:
    """One person on the list."""

    email: str  # normalised address
    name: str = ""  # how to greet them; may be empty
    timezone: str = "UTC"  # IANA zone for premiere times
    genres: tuple[str, ...] = ()  # genre filter; empty means everything
    status: SubscriberStatus = "active"  # only active subscribers are mailed
    id: int | None = None  # database row id once stored

    @property
    def variant(self) -> Variant:
        """The rendering variant this subscriber reads."""
        return Variant(timezone=self.timezone, genres=self.genres)


@dataclass(frozen=True, slots=True)
class SubscriberEvent:
    """One recorded change of a subscriber (table ``subscriber_events``)."""

    id: int  # row id; later events have larger ids
    subscriber_id: int  # Subscriber.id
    at: datetime  # when it happened (UTC)
    action: str  # added, confirmed, unsubscribed, paused, preferences, confirmation_sent...
    via: str  # where it came from: "cli", "csv import, line 3", "web:confirm"...
    detail: str  # what changed and from where (client address, token kind)


DeliveryState = Literal["pending", "sending", "sent", "failed", "uncertain"]


@dataclass(frozen=True, slots=True)
class Delivery:
    """The ledger row of one issue for one subscriber."""

    issue_number: int  # Issue.number
    subscriber_id: int  # Subscriber.id
    email: str  # address at the time of sending
    state: DeliveryState  # pending -> sending -> sent | failed | uncertain
    message_id: str  # stable Message-ID for (issue, subscriber)
    attempts: int = 0  # hand-offs tried
    last_error: str | None = None  # latest transport error
    updated_at: datetime | None = None  # last state change


@dataclass(frozen=True, slots=True)
class Links:
    """The per-subscriber addresses a message carries."""

    unsubscribe_url: str  # one-click unsubscribe page for this subscriber (signed token)
    preferences_url: str  # page to change zone and genres (same token)
    view_url: str  # the issue's archive page ("view in browser")

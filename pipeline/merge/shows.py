"""Show mentions from many articles → one Show per title, with provenance and change events.

``merge`` is the pure core: known shows and a batch of mentions in, the new or changed
shows and their events out. ``refresh`` is the stage as the pipeline runs it: extract
every stored article version not merged yet, merge, and save the outcome in one
transaction, so a second pass with no new articles changes nothing.

Matching (see ``pipeline.core.names``): a mention belongs to the known show whose title or
alternative titles score highest against its own, once case, diacritics, punctuation,
long vowels and sequel spellings are folded; sequels and films never match their first
season. A mention with no title (an unnamed project) is not merged: nothing can tell
two unnamed projects apart, and the article stays stored, so the show appears once a
later article names it. Conflict rules and events: see ``pipeline.merge.combine``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import asdict, replace
from datetime import datetime

from pipeline.core import logs
from pipeline.core import names as title_names
from pipeline.core.errors import ExtractError
from pipeline.core.models import Article, Show, ShowEvent, ShowFacts, ShowMention
from pipeline.core.reports import MergeReport, MergeResult
from pipeline.merge.combine import fold_in
from pipeline.store import Store

Extractor = Callable[[Article], list[ShowMention]]

log = logs.get(__name__)


def merge(shows: Sequence[Show], mentions: Sequence[ShowMention], *, now: datetime) -> MergeResult:
    """Fold ``mentions`` (oldest first) into ``shows``; return what is new or changed."""
    current = {show.slug: show for show in shows}
    index = title_names.TitleIndex()
    for show in shows:
        index.add(show.slug, _names_of(show.facts))
    changed: dict[str, Show] = {}
    events: list[ShowEvent] = []
    skipped = 0
    for mention in sorted(mentions, key=_seen_order):
        if mention.facts.title is None:
            skipped += 1
            continue
        show, new_events = _fold(current, index, mention, now=now)
        if show != current.get(show.slug):
            current[show.slug] = changed[show.slug] = show
            index.add(show.slug, _names_of(show.facts))
        events.extend(new_events)
    return MergeResult(shows=tuple(changed.values()), events=tuple(events), skipped=skipped)


def _seen_order(mention: ShowMention) -> tuple[bool, datetime | None]:
    """Mentions with no time first (they never override), then by time seen."""
    return (mention.seen_at is not None, mention.seen_at)


def _fold(
    current: dict[str, Show], index: title_names.TitleIndex, mention: ShowMention, *, now: datetime
) -> tuple[Show, list[ShowEvent]]:
    names = _names_of(mention.facts)
    slug = index.best(names)
    if slug is not None:
        return fold_in(current[slug], mention, now=now, new=False)
    slug = title_names.slug_for(names, set(current))
    title = names[0]
    empty = Show(slug=slug, facts=ShowFacts(title=title))
    show, _facts_events = fold_in(empty, mention, now=now, new=True)
    born = ShowEvent(slug, "new_show", f"New show: {title}", now, mention.article_id, mention.link)
    return show, [born]


def _names_of(facts: ShowFacts) -> list[str]:
    return [n for n in (facts.title, *facts.alt_titles) if n]


# ── the stage over the store ──────────────────────────────────────────────────


def refresh(store: Store, *, now: datetime, extractor: Extractor | None = None) -> MergeReport:
    """Extract and merge every stored article not merged yet; save shows and events."""
    pending = sorted(store.unmerged_articles(), key=_published_order)
    if not pending:
        return MergeReport()
    extract_one = extractor or _installed_extractor()
    mentions, done, failed = _extract_all(pending, extract_one)
    known = {show.slug: show for show in store.shows()}
    result = merge(list(known.values()), mentions, now=now)
    store.save_merge(result.shows, result.events, article_ids=done, now=now)
    report = _report(known, result, articles=len(done), mentions=len(mentions), failed=failed)
    log.info("merged", **{k: v for k, v in asdict(report).items() if k != "failed"})
    return report


def _installed_extractor() -> Extractor:
    """The extract stage, imported only when it is needed."""
    try:
        module = importlib.import_module("pipeline.extract")
    except ModuleNotFoundError as exc:
        if exc.name != "pipeline.extract":
            raise
        raise ExtractError("the extract stage (pipeline.extract) is not installed") from exc
    extract: Extractor = module.extract
    return extract


def _published_order(article: Article) -> tuple[datetime, int]:
    return (article.published or article.fetched_at, article.id or 0)


def _extract_all(
    articles: list[Article], extract_one: Extractor
) -> tuple[list[ShowMention], list[int], tuple[str, ...]]:
    """Mentions of every article, the ids read, and the articles the extractor refused."""
    mentions: list[ShowMention] = []
    done: list[int] = []
    failed: list[str] = []
    for article in articles:
        try:
            found = extract_one(article)
        except ExtractError as exc:
            failed.append(f"{article.feed_id}/{article.entry_key}: {exc}")
            log.warning("extract_failed", feed=article.feed_id, entry=article.entry_key)
            continue
        mentions.extend(_stamped(m, article) for m in found)
        done.append(article.id or 0)
    return mentions, done, tuple(failed)


def _stamped(mention: ShowMention, article: Article) -> ShowMention:
    """The mention with its article's identity filled in where the extractor left it out."""
    return replace(
        mention,
        article_id=mention.article_id if mention.article_id is not None else article.id,
        feed_id=mention.feed_id or article.feed_id,
        link=mention.link or article.link,
        seen_at=mention.seen_at or article.published or article.fetched_at,
        image_url=_image_of(mention, article),
    )


def _image_of(mention: ShowMention, article: Article) -> str | None:
    """The feed's key visual for the article presenting the show, else the page's og:image."""
    return mention.image_url or article.image_url or article.page_image_url


def _report(
    known: dict[str, Show],
    result: MergeResult,
    *,
    articles: int,
    mentions: int,
    failed: tuple[str, ...],
) -> MergeReport:
    added = sum(1 for show in result.shows if show.slug not in known)
    changed = sum(1 for s in result.shows if s.slug in known and s.facts != known[s.slug].facts)
    return MergeReport(
        articles_read=articles,
        mentions=mentions,
        shows_added=added,
        shows_changed=changed,
        events=len(result.events),
        unnamed=result.skipped,
        failed=failed,
    )

"""What each stage reports back: the records the command line and the run print.

A stage returns its report as a value; a failing feed, a refused CSV row or a
failed step is an entry in a report, never an exception that ends the run. The
records themselves (articles, shows, issues, deliveries) are in ``models``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from pipeline.core.models import Issue, Show, ShowEvent

FeedStatus = Literal["ok", "not_modified", "error", "skipped"]


@dataclass(frozen=True, slots=True)
class FeedResult:
    """The outcome of fetching one feed in one run. Failure is a value, not an exception."""

    source_id: str  # Source.id
    url: str  # address asked (after the run: the stored one)
    status: FeedStatus  # ok / not_modified / error / skipped (not due yet)
    new: int = 0  # articles never seen before
    updated: int = 0  # articles seen before whose content changed
    http_status: int | None = None  # final HTTP status, if a response came
    error: str | None = None  # human reason of the failure (for "skipped": the last one)
    moved_to: str | None = None  # new address after a permanent redirect
    warning: str | None = None  # parser complaint about a feed that was read all the same
    failures: int = 0  # consecutive failures including this one
    failing_since: datetime | None = None  # start of the current run of failures
    next_due: datetime | None = None  # when the feed will be asked again
    pages_fetched: int = 0  # article pages downloaded and read for their full text
    pages_failed: int = 0  # article pages that could not be used (the summary was kept)


@dataclass(frozen=True, slots=True)
class FetchReport:
    """Every feed's result for one fetch run."""

    started_at: datetime  # the run's `now`
    results: tuple[FeedResult, ...]  # one per enabled source, in sources.yaml order

    def count(self, status: FeedStatus) -> int:
        """How many feeds ended with ``status``."""
        return sum(1 for r in self.results if r.status == status)

    @property
    def all_failed(self) -> bool:
        """Every feed failed: an error now, or still waiting out the pause after one."""
        return bool(self.results) and all(
            r.status == "error" or (r.status == "skipped" and r.failures > 0) for r in self.results
        )


@dataclass(frozen=True, slots=True)
class Skipped:
    """A weekly issue that was not made, and why (the thin-week rule)."""

    reason: str  # one readable sentence for the operator
    new_items: int  # premieres, changes and headlines the issue would have had


@dataclass(frozen=True, slots=True)
class BuildOutcome:
    """What one ``build`` did: the new issue, or the reason it skipped, and the merge pass."""

    issue: Issue | None  # the stored issue; None when the week was skipped
    skipped: str | None  # why no issue was made (thin week); None when one was
    merge: MergeReport  # what refreshing the shows before building did
    link: LinkReport | None = None  # linking the shows to the season catalogue, when on


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What merging a batch of mentions into the known shows changed (pure, nothing saved)."""

    shows: tuple[Show, ...] = ()  # shows new or changed by the batch, in order of first change
    events: tuple[ShowEvent, ...] = ()  # change events, in the order the mentions brought them
    skipped: int = 0  # mentions left out: unnamed projects (title None)


@dataclass(frozen=True, slots=True)
class MergeReport:
    """What one pass of extract + merge over stored articles did."""

    articles_read: int = 0  # article versions extracted in this pass
    mentions: int = 0  # show mentions found in them
    shows_added: int = 0  # shows seen for the first time
    shows_changed: int = 0  # known shows whose facts changed
    events: int = 0  # change events recorded
    unnamed: int = 0  # mentions of unnamed projects, not merged into any show
    failed: tuple[str, ...] = ()  # articles the extractor refused: "feed/entry: reason"


@dataclass(frozen=True, slots=True)
class LinkReport:
    """What linking the merged shows to the season catalogue did."""

    entries: int = 0  # catalogue entries considered
    linked: int = 0  # shows linked to an entry (newly or again)
    changed: int = 0  # shows whose facts or link changed
    merged: tuple[str, ...] = ()  # "a into b": news shows merged because they share an entry
    events: int = 0  # change events recorded


@dataclass(frozen=True, slots=True)
class SiteReport:
    """What one build of the static archive site did, file by file."""

    out_dir: Path  # the site folder
    written: tuple[str, ...] = ()  # files created or changed, paths relative to out_dir
    unchanged: tuple[str, ...] = ()  # files whose bytes were already there (not touched)
    removed: tuple[str, ...] = ()  # files of an earlier build that no page produces now
    renamed: tuple[tuple[str, str], ...] = ()  # (show slug, file name) where a slug was unsafe
    images: int = 0  # show key visuals in the site (each as 320 and 640 px renditions)
    image_failures: tuple[tuple[str, str], ...] = ()  # (image address, reason) of those skipped


@dataclass(frozen=True, slots=True)
class SendReport:
    """What one ``send`` did for one issue."""

    issue_number: int  # Issue.number
    total: int = 0  # active subscribers when the send started (or test addresses)
    sent: int = 0  # accepted by the transport in this run
    failed: int = 0  # refused for good in this run (5xx for the recipient)
    uncertain: int = 0  # left in doubt by an earlier crash; not resent without retry_uncertain
    skipped: int = 0  # already delivered or failed in an earlier run
    remaining: int = 0  # still pending: stopped early or deferred by temporary failures
    bounced: int = 0  # subscribers marked bounced during this run
    dry_run: bool = False  # nothing was sent; `sent` counts what would have been
    test_copies: bool = False  # one-off copies to --to addresses, not the list's delivery
    stopped: bool = False  # a stop request (SIGTERM, Ctrl-C) ended the run early


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One subscriber CSV row that was refused."""

    line: int  # line number in the file (the header is line 1)
    email: str  # the address as written (may be empty or invalid)
    reason: str  # why it was refused


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What importing a subscriber CSV did."""

    added: int = 0  # new subscribers
    updated: int = 0  # known subscribers whose name, zone, genres or status changed
    unchanged: int = 0  # rows identical to what is stored
    kept_unsubscribed: int = 0  # unsubscribed or bounced addresses not re-activated
    problems: tuple[RowProblem, ...] = ()  # refused rows, in file order


@dataclass(frozen=True, slots=True)
class StepError:
    """A step of a run that could not be done; the steps after it still ran."""

    step: str  # run (another run held the lease) / fetch / build / send / archive
    message: str  # what went wrong, for the operator


@dataclass(frozen=True, slots=True)
class WeekOutcome:
    """The issue of one weekly slot: built now, built by an earlier run, or none and why."""

    issue: Issue | None  # the slot's issue, to send (or resume sending)
    skipped: str | None  # why the slot has no issue (thin week, too late)
    merge: MergeReport | None  # the merge pass, when this run built the issue
    built_now: bool = False  # this run created the issue (else an earlier run did)


CatalogStatus = Literal["fetched", "cached"]


@dataclass(frozen=True, slots=True)
class CatalogReport:
    """What refreshing one season of the catalogue did."""

    season: str  # "Spring 2021"
    source: str  # the catalogue ("anilist")
    status: CatalogStatus  # fetched now, or still fresh in the cache (no request made)
    entries: int = 0  # entries stored for the season
    requests: int = 0  # HTTP requests made, retries included
    adult_skipped: int = 0  # entries left out because they are marked adult
    waited: float = 0.0  # seconds spent waiting for the rate limit or after errors
    fetched_at: datetime | None = None  # when the cached copy was fetched


@dataclass(frozen=True, slots=True)
class RunReport:
    """Everything one ``run`` did, step by step; logged, printed and stored."""

    started_at: datetime  # the run's `now`
    finished_at: datetime  # when the last step ended
    slot: datetime | None  # the weekly send time the run served
    fetch: FetchReport | None = None  # None when fetching failed as a whole
    merge: MergeReport | None = None  # the merge pass of this run's build
    issue_number: int | None = None  # the slot's issue
    issue_subject: str | None = None  # its subject
    built_now: bool = False  # the issue was created by this run
    skipped: str | None = None  # why no issue went out for the slot
    send: SendReport | None = None  # delivery figures for the slot's issue
    site: SiteReport | None = None  # the archive rebuild
    errors: tuple[StepError, ...] = ()  # steps that failed
    catalog: CatalogReport | None = None  # the lineup season's catalogue refresh
    warnings: tuple[StepError, ...] = ()  # optional steps that failed (the catalogue)

    @property
    def nothing_done(self) -> bool:
        """The run achieved nothing at all: another run held it, or every step failed."""
        failed = {e.step for e in self.errors}
        return "run" in failed or failed >= {"fetch", "build", "archive"}

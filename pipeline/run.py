"""Compose the stages: each function here reads the store, calls stages, writes back.

``build_next_issue`` refreshes the merged shows, gathers what the digest needs, asks
``digest.build_issue`` for the next issue and stores it. ``write_preview`` renders a
stored issue for one variant into ``$DIGEST_HOME/preview``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import structlog

from pipeline import merge
from pipeline._calendar import Season
from pipeline.config import Settings
from pipeline.digest import WEEK, build_issue
from pipeline.errors import ConfigError, StoreError
from pipeline.models import BuildOutcome, Skipped, Source, Variant
from pipeline.render import personalise, render
from pipeline.store import Store

log = structlog.get_logger(__name__)


def build_next_issue(
    store: Store,
    settings: Settings,
    *,
    now: datetime,
    sources: Sequence[Source] = (),
    season: Season | None = None,
    note_path: Path | None = None,
    special: str | None = None,
    force: bool = False,
) -> BuildOutcome:
    """Refresh shows, build the next issue as of ``now`` and store it (unless a thin week)."""
    note = _read_note(note_path) if note_path is not None else None
    report = merge.refresh(store, now=now)
    last = store.latest_issue()
    since = last.created_at if last is not None else now - WEEK
    result = build_issue(
        store.shows(),
        store.articles(since=since),
        last,
        settings,
        now=now,
        number=store.next_issue_number(),
        events=store.show_events(since=since),
        sources=sources,
        note=note,
        special=special,
        season=season,
        force=force,
    )
    if isinstance(result, Skipped):
        log.info("issue_skipped", reason=result.reason, new_items=result.new_items)
        return BuildOutcome(issue=None, skipped=result.reason, merge=report)
    store.save_issue(result)
    log.info("issue_built", number=result.number, kind=result.kind, season=result.season)
    return BuildOutcome(issue=result, skipped=None, merge=report)


def _read_note(path: Path) -> str:
    """The editor's note file as text; ConfigError names the file when it cannot be read."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the editor's note: {exc}") from exc


def write_preview(
    store: Store, settings: Settings, *, number: int | None, variant: Variant
) -> tuple[Path, Path]:
    """Render issue ``number`` (default: the latest) for ``variant`` into $DIGEST_HOME/preview.

    Returns the paths of the HTML and text files. The per-person links point at the
    archive, the greeting has no name.
    """
    issue = store.latest_issue() if number is None else store.issue(number)
    if issue is None:
        missing = "no issue yet (run 'anime-digest build' first)"
        raise StoreError(missing if number is None else f"no issue number {number}")
    rendered = personalise(
        render(issue, variant, settings=settings),
        name="",
        unsubscribe_url=f"{settings.base_url}unsubscribe.html",
        preferences_url=None,
        view_url=f"{settings.base_url}issues/{issue.number}.html",
    )
    folder = settings.home / "preview"
    folder.mkdir(parents=True, exist_ok=True)
    html_path = folder / f"issue-{issue.number}.html"
    text_path = folder / f"issue-{issue.number}.txt"
    html_path.write_text(rendered.html, encoding="utf-8")
    text_path.write_text(rendered.text, encoding="utf-8")
    return html_path, text_path

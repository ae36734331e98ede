"""Show mentions from many articles → one Show per title, with provenance and change events.

Placeholder until the merge stage lands: ``refresh`` reads nothing and reports so.
"""

from __future__ import annotations

from datetime import datetime

from pipeline.models import MergeReport
from pipeline.store import Store


def refresh(store: Store, *, now: datetime) -> MergeReport:
    """Extract and merge every stored article not merged yet; save shows and events."""
    del store, now
    return MergeReport()

"""Archive: every issue, season and show as static pages, with a feed and calendars.

``build_site(store, settings, now=...)`` is the stage (``site``); ``views`` is what
the templates see; ``feeds`` writes the Atom feed and the iCalendar files; ``writer``
writes files atomically and leaves unchanged ones alone; ``subscribe`` puts the
sign-up page's links on every page (``with_subscribe`` for a served site).
"""

from __future__ import annotations

from pipeline.archive.site import build_site
from pipeline.archive.subscribe import with_subscribe

__all__ = ["build_site", "with_subscribe"]

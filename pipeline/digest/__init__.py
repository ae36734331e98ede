"""Digest: choose what the next issue holds (pure), and list the known shows.

``build_issue`` picks this week's premieres, changes, headlines and the season
lineup; ``premiere_of`` reads a show's premiere as an instant; ``listing`` and
``cards`` print shows for the command line.
"""

from __future__ import annotations

from pipeline.digest import cards, listing
from pipeline.digest.issue import THIN_WEEK, WEEK, build_issue, clean_line, reader_subject
from pipeline.digest.premieres import premiere_of

__all__ = [
    "THIN_WEEK",
    "WEEK",
    "build_issue",
    "cards",
    "clean_line",
    "listing",
    "premiere_of",
    "reader_subject",
]

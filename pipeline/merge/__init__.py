"""Merge: show mentions from many articles into one ``Show`` each, with provenance.

``refresh(store, now=...)`` extracts the stored articles not yet read and folds their
mentions into the known shows (``shows``: matching; ``combine``: the conflict rules
and change events; ``provenance``: how facts are recorded and how sure they are).
``link_stored`` links the shows to the season catalogue (``link``: the pure pass) and
``catalog_only`` lists the catalogue entries no article covered.
``shown`` is a show as readers may see it: facts below ``SHOWN_CONFIDENCE`` left out.
"""

from __future__ import annotations

from pipeline.merge.link import catalog_only, link, link_stored
from pipeline.merge.provenance import fact_texts
from pipeline.merge.shown import Confidence, confidences, shown
from pipeline.merge.shows import merge, refresh

__all__ = [
    "Confidence",
    "catalog_only",
    "confidences",
    "fact_texts",
    "link",
    "link_stored",
    "merge",
    "refresh",
    "shown",
]

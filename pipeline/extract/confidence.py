"""How sure the extractor is of each fact it read, from the evidence behind it.

A fact is as sure as two things allow, and its confidence is their product: that it
belongs to the right show, and that it was read from a plain statement. The first is
the title's confidence (how far its candidate beat the others, or a round-up heading
with the show's own facts under it); the second is how the field was found:

- a labelled line ("Director: X", "Premiere: July 7") is a plain statement;
- prose read by cue ("X is directing", "premieres on Tokyo MX on April 6") is one step
  less sure;
- a premiere date from a sentence that names no Japanese station or airing (a stream's
  date, a listing) is least sure: it is the field the extractor most often gets wrong;
- a season taken from the headline or introduction rather than this show's own text,
  and a round-up's shared facts (its theme, its service), hold for the show only by
  the article's framing.

Confidences are kept with each fact (``ShowMention.confidence``); the email and the
archive print a fact only at ``models.SHOWN_CONFIDENCE`` or more, until another article
confirms it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import fields

from pipeline.core.models import ShowFacts
from pipeline.extract.labels import label_of
from pipeline.extract.segments import Unit

LABELLED = 0.95  # read from a "Label: value" line
PROSE = 0.8  # read from a sentence by its cue
UNPLACED_DATE = 0.55  # a premiere date from a sentence naming no Japanese airing
FRAMING = 0.65  # from the article's framing: headline season, a round-up's shared facts


def fact_confidence(
    facts: ShowFacts,
    units: Iterable[Unit],
    *,
    title: float,
    placed_airing: bool,
    own_season: bool,
    shared: Iterable[str] = (),
) -> Mapping[str, float]:
    """A confidence for every field of ``facts`` that has a value.

    ``title`` is the title's confidence; ``placed_airing`` whether the premiere came from
    a sentence about the Japanese airing; ``own_season`` whether the season came from the
    show's own text; ``shared`` names the fields filled from the whole article.
    """
    labelled = {found.field for u in units if (found := label_of(u.text)) and found.field}
    shared = set(shared)
    result: dict[str, float] = {"title": round(title, 2)} if facts.title else {}
    for field in fields(ShowFacts):
        name = field.name
        value = getattr(facts, name)
        if name in ("title", "alt_titles") or value is None or value == ():
            continue
        how = LABELLED if name in labelled or _label_of_premiere(name, labelled) else PROSE
        if name in ("premiere_date", "premiere_time") and not placed_airing:
            how = min(how, UNPLACED_DATE)
        if (name == "season" and not own_season) or name in shared:
            how = min(how, FRAMING)
        result[name] = round(title * how, 2)  # a fact of the wrong show is wrong however plain
    return result


def _label_of_premiere(name: str, labelled: set[str]) -> bool:
    return name in ("premiere_date", "premiere_time", "season") and "premiere" in labelled

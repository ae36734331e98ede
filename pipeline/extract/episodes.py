"""Length of this season: "12 episodes", "two split cours", "all eight episodes"."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.extract.labels import label_of
from pipeline.extract.segments import Unit

NUMBER_WORDS = {
    "one": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "twenty-four": 24,
    "twenty-five": 25,
    "twenty-six": 26,
}
COUNT = re.compile(
    r"\b(?P<n>\d{1,3}|" + "|".join(NUMBER_WORDS) + r")"
    r"(?:\s+(?:split|consecutive|continuous|separate|straight|back-to-back"
    r"|\d{1,2}-minute|half-hour|hour-long))?\s+"  # "four 30-minute episodes"
    r"(?P<unit>episodes|cours|cour)\b"
    r"|\b(?P<n2>\d{1,3}|" + "|".join(NUMBER_WORDS) + r")(?:-|\s(?=\w+\s+season))"  # "26 episode"
    r"(?P<unit2>episode|cour)\s+"
    r"(?:series|season|run|anime|TV|broadcast)",
    re.I,
)
FINAL_RANGE = re.compile(  # "the final set, episodes 13-15": the run ends at 15
    r"\b(?:final|last)\s+(?:set|batch|block)?,?\s*(?:of\s+)?episodes?\s+\d{1,3}\s*[-–]\s*"
    r"(?P<n>\d{1,3})\b",
    re.I,
)
NOT_THIS_RUN = re.compile(
    r"\b(?:first|last|final|previous|next|opening|remaining|that|ran\s+for|had)\s+$"
    r"|\b(?:premiered|premieres|premiering|debuted|debuts|opened|opens|started|starts)\s+with\s+$"
    r"|\b(?:at\s+least|more\s+than|up\s+to)\s+$",  # a bound, not the run's length
    re.I,
)  # ... and a double-episode start: "premiered with 2 episodes"
RAN_AFTER = re.compile(r"(?:\s+(?:series|season|run|anime))?\s+(?:premiered|aired|ran)\b")
SO_FAR = re.compile(r"\s+(?:out|released|so\s+far|is|was)\b")  # "3 episodes out", "... is a lot"


def episodes_of(units: Iterable[Unit]) -> str | None:
    """ "N episodes" or "N cours", from the first sentence that gives this run's length, or
    from where it ends ("the final set, episodes 13-15")."""
    units = list(units)
    return _counted(units) or _ended(units)


def _ended(units: list[Unit]) -> str | None:
    for unit in units:
        if unit.earlier_run:
            continue
        lowered = unit.text.lower()
        if "final" not in lowered and "last" not in lowered:
            continue  # the pattern's own words are not here
        final = FINAL_RANGE.search(unit.text)
        if final:
            return f"{int(final.group('n'))} episodes"
    return None


def _counted(units: list[Unit]) -> str | None:
    for unit in units:
        if unit.earlier_run:
            continue
        labelled = label_of(unit.text)
        if labelled and labelled.field == "episodes" and labelled.value.isdigit():
            return f"{int(labelled.value)} episodes"
        lowered = unit.text.lower()
        if "episode" not in lowered and "cour" not in lowered:
            continue  # COUNT needs one of its units
        for match in COUNT.finditer(unit.text):
            end = match.end()
            if (
                NOT_THIS_RUN.search(unit.text[: match.start()])
                or RAN_AFTER.match(unit.text, end)
                or (match.group("unit") and SO_FAR.match(unit.text, end))
            ):
                continue  # "ran for 12 episodes", "That 10-episode series aired"
            raw = (match.group("n") or match.group("n2")).lower()
            number = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
            kind = (match.group("unit") or match.group("unit2")).lower()
            unit_name = "episodes" if kind.startswith("episode") else "cours"
            return f"{number} {unit_name}"
    return None

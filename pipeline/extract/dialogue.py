"""A trailer's or a drama's script quoted line by line ("Narrator: In the year 2014 ...",
"Robo Dad: I'll protect my family!"): lines of speech, which read as "Title: Subtitle"
headings on their own."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.text import Block

SPOKEN = re.compile(r"^(?P<who>[A-Z][^:\n]{0,40}?):\s+(?P<said>\S.*)$")
SPEAKER_WORDS = 4  # "Shinnosuke "Shin-chan" Nohara": a speaker's name is short
SCRIPT_LINES = 3  # lines in a row that make a script
SAID_WORDS = 8  # a line of speech is short ("Let's combine!"); a guide's note is longer


def spoken_as_text(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each run of script lines read as text, not headings: three or more
    lines in a row of "Speaker: words", one speaker speaking twice, all lines short but a
    narrator's, one exclaimed or asked (not a guide's "Title: synopsis" over "Thoughts:
    ...")."""
    spoken = [SPOKEN.match(b.text) for b in blocks]
    out = list(blocks)
    start = 0
    while start < len(blocks):
        end = start
        while end < len(blocks) and (line := spoken[end]) and _named(line["who"]):
            end += 1
        run = [line for line in spoken[start:end] if line]
        speakers = [line["who"].casefold() for line in run]
        if (
            len(run) >= SCRIPT_LINES
            and len(set(speakers)) < len(speakers)
            and sum(len(line["said"].split()) > SAID_WORDS for line in run) <= 1  # a narrator
            and any(line["said"].rstrip(' ”"').endswith(("!", "?")) for line in run)
        ):
            out[start:end] = [
                replace(b, kind="para") if b.kind == "heading" else b for b in blocks[start:end]
            ]
        start = end + 1
    return out


def _named(speaker: str) -> bool:
    """A character's name: a few capitalised words ("Robo Dad"), not a label ("What I say")."""
    words = speaker.split()
    return len(words) <= SPEAKER_WORDS and all(w.lstrip("\"“'‘")[:1].isupper() for w in words)

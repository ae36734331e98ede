"""A staff table's rows as credit lines.

Pages set a show's staff as a table: "Director | Aki Mori | Free!, Blue Hour" in text,
or cells that the HTML reader joins with colons ("Aki Mori: Director: Blue Hour"). A text
row whose first cell names a role, or any row whose second cell does beside a person's
name, reads as "Director: Aki Mori"; the other cells (the person's earlier works, a
distractor) go. A cast table's text row ("Gabimaru | Chiaki Kobayashi | Other Works") reads
as "Gabimaru: Chiaki Kobayashi", and its row of column names as none. A line of labels
("Studio: X Source: Y") is no such row.
"""

from __future__ import annotations

import re

from pipeline.extract.names import PERSON
from pipeline.extract.role_lists import fields_named

PIPE = " | "
HTML_CELL = ": "
PERSON_CELL = re.compile(rf"{PERSON}")
ROLE_WORDS = 6
NAME_WORDS = 5  # words of a character's name in a cast table's first cell
CAST_CELLS = 3  # cells of a cast table's row: character, actor, other works
HEADER_CELLS = frozenset(  # a table's column names
    (
        *("character", "characters", "role", "cast", "actor", "seiyuu", "staff", "position"),
        *("voice actor", "voice actress", "voice artist", "voice cast", "name", "other works"),
        *("notable works", "known for", "previous works"),
    )
)
STAFF_FIELDS = frozenset(
    ("director", "series_composition", "character_design", "music", "studios", "original_creator")
)


def credit_row(text: str) -> str:
    """``text`` as "Role: Name" when it is a staff table's row; otherwise as it is."""
    if PIPE in text and ":" not in "".join(text.split(PIPE)[:2]):  # not "Studio: X | Date: Y"
        cells = [c.strip() for c in text.split(PIPE)]
        role_first = True
    elif text.count(HTML_CELL) >= 2:  # "Role: X: Y" is a line of labels ("Studio: X Source: Y")
        cells = [c.strip() for c in text.split(HTML_CELL)]
        role_first = False
    else:
        return text
    if len(cells) < 2 or not all(cells[:2]):
        return text
    if role_first and _role(cells[0]):
        return f"{cells[0]}: {cells[1]}"
    if _role(cells[1]) and PERSON_CELL.fullmatch(cells[0]):
        return f"{cells[1]}: {cells[0]}"
    if role_first and all(c.lower() in HEADER_CELLS for c in cells):
        return " / ".join(cells)  # "Character | Voice Artist | Other Works": the columns' names
    cast_row = len(cells) >= CAST_CELLS and len(cells[0].split()) <= NAME_WORDS
    if role_first and cast_row and PERSON_CELL.fullmatch(cells[1]):
        return f"{cells[0]}: {cells[1]}"  # a cast table's "Character | Actor | Other Works"
    return text


def _role(cell: str) -> bool:
    """Whether ``cell`` names staff roles only (not a song's "Opening Theme")."""
    fields = fields_named(cell.lower()) if len(cell.split()) <= ROLE_WORDS else []
    return bool(fields) and all(f in STAFF_FIELDS for f in fields)

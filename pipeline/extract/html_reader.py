"""HTML to lines: block tags and <br> end a line, a page's furniture and embeds are
skipped, and emphasised phrases are kept for the title candidates."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Literal

from pipeline.extract.title_spans import word_set

BlockKind = Literal["heading", "para", "item"]
SPACES = re.compile(r"[ \t\u00a0\u3000]+")
SKIP_TAGS = word_set(  # a page's furniture and embeds: never the article's text
    "script style iframe figure figcaption noscript form button svg nav aside footer video"
    " audio object embed template select"
)
SKIP_CLASS = re.compile(
    r"share|social|related|sharedaddy|newsletter|advert|promo|comment|tweet"
    r"|instagram|embed|caption|credit|sidebar|byline-share",
    re.I,
)
VOID_TAGS = frozenset({"br", "img", "hr", "meta", "link", "input", "source", "wbr", "col"})
BLOCK_TAGS = word_set(
    "p div li ul ol h1 h2 h3 h4 h5 h6 blockquote tr section article header table dd dt pre"
)
BOLD_TAGS = frozenset({"b", "strong"})
CELL_TAGS = frozenset({"td", "th"})
EMPHASIS_TAGS = frozenset({"b", "strong", "em", "i"})
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


@dataclass(slots=True)
class Line:
    kind: BlockKind
    text: str


@dataclass(slots=True)
class _Open:
    parts: list[str] = field(default_factory=list)
    bold: list[str] = field(default_factory=list)


class _Reader(HTMLParser):
    """Collects lines from HTML, splitting at block tags and <br>, skipping boilerplate;
    ``looks_like_heading`` tells a bold line that stands as a heading."""

    def __init__(self, looks_like_heading: Callable[[str], bool]) -> None:
        super().__init__(convert_charrefs=True)
        self.looks_like_heading = looks_like_heading
        self.lines: list[Line] = []
        self.emphasis: list[str] = []
        self.skip: list[str] = []
        self.line = _Open()
        self.block_lines: list[Line] = []
        self.heading = 0
        self.bold = 0
        self.emph: list[list[str]] = []
        self.in_list = 0
        self.after_link = False  # a link just closed, nothing after it yet

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip:
            if tag not in VOID_TAGS:
                self.skip.append(tag)
            return
        marks = " ".join(v or "" for k, v in attrs if k in ("class", "id"))
        if tag in SKIP_TAGS or (marks and SKIP_CLASS.search(marks)):
            if tag not in VOID_TAGS:
                self.skip.append(tag)
            return
        if tag == "a" and self.after_link:
            self._end_line()  # "<a>X</a><a>Y</a>": links set side by side are lines apart
        self.after_link = False
        self._open(tag)

    def _open(self, tag: str) -> None:
        if tag in CELL_TAGS and "".join(self.line.parts).strip():
            self.line.parts.append(": ")
        if tag == "br":
            self._end_line()
        elif tag in BLOCK_TAGS:
            self._end_block()
            self.heading += tag in HEADING_TAGS
            self.in_list += tag == "li"
        if tag in BOLD_TAGS:
            self.bold += 1
        if tag in EMPHASIS_TAGS:
            self.emph.append([])

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            if tag in self.skip:
                while self.skip and self.skip.pop() != tag:
                    pass
            return
        self.after_link = tag == "a"
        if tag in BLOCK_TAGS:
            self._end_block()
            self.heading -= tag in HEADING_TAGS and self.heading > 0
            self.in_list -= tag == "li" and self.in_list > 0
        if tag in BOLD_TAGS and self.bold:
            self.bold -= 1
        if tag in EMPHASIS_TAGS and self.emph:
            phrase = SPACES.sub(" ", "".join(self.emph.pop())).strip()
            if phrase:
                self.emphasis.append(phrase)

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        data = data.replace("\n", " ")
        self.after_link = False
        self.line.parts.append(data)
        if self.bold:
            self.line.bold.append(data)
        for open_emph in self.emph:
            open_emph.append(data)

    def _end_line(self) -> None:
        text = SPACES.sub(" ", "".join(self.line.parts)).strip()
        bold = SPACES.sub(" ", "".join(self.line.bold)).strip()
        if text:
            is_heading = self.heading > 0 or (bold == text and self.looks_like_heading(text))
            kind: BlockKind = "heading" if is_heading else ("item" if self.in_list else "para")
            self.block_lines.append(Line(kind, text))
        self.line = _Open()

    def _end_block(self) -> None:
        self._end_line()
        if len(self.block_lines) > 1:
            for line in self.block_lines:
                if line.kind == "para":
                    line.kind = "item"
        self.lines.extend(self.block_lines)
        self.block_lines = []

    def close(self) -> None:
        super().close()
        self._end_block()


def html_lines(
    content: str, looks_like_heading: Callable[[str], bool]
) -> tuple[list[Line], list[str]]:
    """The lines of HTML ``content`` in order, each a heading, a paragraph or a list item,
    and its emphasised phrases."""
    reader = _Reader(looks_like_heading)
    reader.feed(content)
    reader.close()
    return reader.lines, reader.emphasis

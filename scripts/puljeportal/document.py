"""What every reader returns: a document as numbered pages of lines, whatever its format.

Later stages never see whether the lines came from a PDF, a text file or Markdown.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Line:
    """One line of text in reading order. `text == ""` is a blank line (a vertical gap)."""

    text: str
    page: int
    bold: bool = False
    heading: int = 0  # 1-6 for a Markdown heading or a large-font PDF line, else 0

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass
class RawDocument:
    """A document as read: its lines in reading order, and what the reader noticed."""

    source: str
    sha256: str
    pages: int
    lines: list[Line]
    warnings: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    # True when the reader ordered the lines by their place on the page (a PDF's columns read
    # left to right): then the order is the printed one. Text from elsewhere may be scrambled.
    laid_out: bool = False


@dataclass(frozen=True)
class Table:
    """A ruled table found by pdfplumber: rows of cell texts, on a page."""

    page: int
    rows: list[list[str]]

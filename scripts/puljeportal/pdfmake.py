"""Render a text document as a PDF, for the tests and the evaluation (needs reportlab).

The PDF imitates a real pool document: lines wrapped to the column width, paragraph gaps,
one or two columns, an optional running header and page numbers; Markdown headings and bold
lines set in bold, and a bold run-in heading ("**Hvem kan søge?** Alle ...") bold inside its
line. The same text always gives a
byte-identical file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

from puljeportal.document import Line
from puljeportal.read.columns import split_columns
from puljeportal.read.furniture import drop_text_furniture
from puljeportal.read.text import ITALIC

PAGE_WIDTH, PAGE_HEIGHT = 595.27, 841.89  # A4 in points
MARGIN_X = 56.0
BODY_TOP = PAGE_HEIGHT - 76.0  # below the running header, outside the reader's 8 % zone
BODY_BOTTOM = 76.0  # above the page number, outside the reader's 8 % zone
HEADER_Y = PAGE_HEIGHT - 36.0
PAGE_NUMBER_Y = 30.0
GUTTER = 24.0
LEADING = 1.25  # line pitch as a multiple of the font size
PARAGRAPH_GAP = 0.8  # extra space for a blank line, as a multiple of the font size
HEADING_SCALE = {1: 1.6, 2: 1.35}  # deeper headings: 1.15

REGULAR, BOLD = "PuljeVera", "PuljeVera-Bold"

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
BOLD_ALL = re.compile(r"^(?:\*\*|__)(.+?)(?:\*\*|__)([:.]?)$")
BOLD_LEAD = re.compile(r"^(?:\*\*|__)([^*_]+?)(?:\*\*|__)\s+(?=\S)")  # "**Q?** answer"


@dataclass(frozen=True)
class Item:
    """One source line as it will be set: text, weight, heading level; or a gap or page break.
    `lead` is a bold run-in heading at the line's start ("**Hvem kan søge?** Alle ...")."""

    kind: Literal["line", "gap", "page"]
    text: str = ""
    bold: bool = False
    heading: int = 0
    lead: str = ""


@cache
def _fonts() -> frozenset[int]:
    """Register the Vera fonts once; return the code points both of them can draw."""
    import reportlab  # type: ignore[import-untyped]
    from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
    from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

    folder = Path(reportlab.__file__).parent / "fonts"
    regular = TTFont(REGULAR, str(folder / "Vera.ttf"))
    bold = TTFont(BOLD, str(folder / "VeraBd.ttf"))
    pdfmetrics.registerFont(regular)
    pdfmetrics.registerFont(bold)
    return frozenset(regular.face.charToGlyph) & frozenset(bold.face.charToGlyph)


def font_safe(text: str) -> str:
    """The text with tabs as spaces and every character the font lacks replaced: a table's box
    drawing by a space (a real PDF draws its rules as lines, not text), another symbol ("✔",
    "►", "☐") by a bullet, anything else by '?'."""
    known = _fonts()
    text = text.replace("\t", " ")
    # Invisible format characters (zero-width space, BOM) are dropped, not shown as '?'.
    text = "".join(c for c in text if ord(c) in known or unicodedata.category(c) != "Cf")
    return "".join(c if ord(c) in known else _stand_in(c) for c in text)


def _stand_in(char: str) -> str:
    """What the PDF shows for a character its font lacks."""
    if "\u2500" <= char <= "\u257f":  # box drawing
        return " "
    symbol = unicodedata.category(char) in ("So", "Sm") and char != "\ufffd"
    return "•" if symbol else "?"


def parse(text: str, bold_lines: Callable[[str], bool] | None = None) -> list[Item]:
    """Split a document's text into lines, paragraph gaps and (form feed) page breaks."""
    items: list[Item] = []
    for page_no, page in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\f")):
        if page_no > 0:
            items.append(Item("page"))
        for raw in page.split("\n"):
            item = _parse_line(raw, bold_lines)
            if item.kind == "gap" and (not items or items[-1].kind != "line"):
                continue  # one gap however many blank lines, none at a page's top
            items.append(item)
    return items


def _parse_line(raw: str, bold_lines: Callable[[str], bool] | None) -> Item:
    """One source line: Markdown heading and bold markers become flags, the rest is text."""
    text = raw.strip()
    if not text:
        return Item("gap")
    heading, bold = 0, False
    match = HEADING.match(text)
    if match:
        heading, text, bold = len(match.group(1)), match.group(2), True
    whole = BOLD_ALL.match(text)
    lead_match = BOLD_LEAD.match(text)
    lead = ""
    if whole and "**" not in whole.group(1):
        text, bold = whole.group(1) + whole.group(2), True
    elif lead_match and not heading:
        lead, text = font_safe(lead_match.group(1).strip()), text[lead_match.end() :]
    text = ITALIC.sub(r"\1", text)  # a PDF shows italics by its font, not by asterisks
    text = text.replace("**", "").replace("__", "").replace("\\*", "*").replace("\\_", "_")
    text = font_safe(text.strip())
    if bold_lines is not None and bold_lines(text):
        bold = True
    return Item("line", text, bold, heading, lead)


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Wrap at spaces as a word processor would; a word wider than the line is hyphenated. A
    table's row that fits (cells parted by runs of spaces) keeps its gaps, as a table would."""
    from reportlab.lib.utils import simpleSplit  # type: ignore[import-untyped]

    row = text.strip()
    if "  " in row and _width(row, font, size) <= width:
        return [row]
    text = " ".join(text.split()) if "  " in row else text  # a row too wide: wrapped as prose
    lines: list[str] = []
    for line in simpleSplit(text, font, size, width) or [""]:
        while _width(line, font, size) > width and len(line) > 1:
            cut = _fitting(line, font, size, width)
            lines.append(line[:cut] + "-")
            line = line[cut:]
        lines.append(line)
    return lines


def wrap_lead(lead: str, text: str, size: float, width: float) -> list[list[tuple[str, str]]]:
    """Wrap a line that opens with a bold run-in heading: each line a list of (text, font)
    pieces, words filled greedily with each word measured in its own font."""
    words = [(word, BOLD) for word in lead.split()] + [(word, REGULAR) for word in text.split()]
    lines: list[list[tuple[str, str]]] = [[]]
    used = 0.0
    for word, font in words:
        needed = _width(word, font, size) + (_width(" ", REGULAR, size) if lines[-1] else 0)
        if lines[-1] and used + needed > width:
            lines.append([])
            used, needed = 0.0, _width(word, font, size)
        pieces = lines[-1]
        if pieces and pieces[-1][1] == font:
            pieces[-1] = (f"{pieces[-1][0]} {word}", font)
        else:
            pieces.append((f" {word}" if pieces else word, font))
        used += needed
    return lines


def _fitting(word: str, font: str, size: float, width: float) -> int:
    """How many leading characters of `word` fit on a line together with a hyphen."""
    cut = 1
    while cut < len(word) - 1 and _width(word[: cut + 1] + "-", font, size) <= width:
        cut += 1
    return cut


def _width(text: str, font: str, size: float) -> float:
    """The width of a text set in a registered font, in points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]

    return float(stringWidth(text, font, size))


class _Layout:
    """The pen: which page and column it is in and how far down; starts pages and columns."""

    def __init__(self, canvas: Any, columns: int, header: str | None, numbers: bool) -> None:
        self.canvas = canvas
        self.columns = columns
        self.header = font_safe(header) if header else None
        self.numbers = numbers
        self.page = 0
        self.column = 0
        self.top = BODY_TOP
        self.y = BODY_TOP
        self.column_width = (PAGE_WIDTH - 2 * MARGIN_X - (columns - 1) * GUTTER) / columns
        self._start_page()

    @property
    def x(self) -> float:
        return MARGIN_X + self.column * (self.column_width + GUTTER)

    @property
    def at_top(self) -> bool:
        return self.y >= self.top

    def _start_page(self) -> None:
        self.page += 1
        self.column, self.top, self.y = 0, BODY_TOP, BODY_TOP
        if self.header:
            self.canvas.setFont(REGULAR, 8)
            self.canvas.drawString(MARGIN_X, HEADER_Y, self.header)

    def _end_page(self) -> None:
        if self.numbers:
            self.canvas.setFont(REGULAR, 8)
            self.canvas.drawCentredString(PAGE_WIDTH / 2, PAGE_NUMBER_Y, f"Side {self.page}")
        self.canvas.showPage()

    def new_page(self) -> None:
        """Finish the page and start the next one."""
        self._end_page()
        self._start_page()

    def next_column(self) -> None:
        """Move to the next column, or to a new page after the last one."""
        if self.column + 1 < self.columns:
            self.column += 1
            self.y = self.top
        else:
            self.new_page()

    def gap(self, height: float) -> None:
        """Vertical space, dropped at the top of a column as a word processor drops it."""
        if not self.at_top:
            self.y -= height

    def draw(self, text: str, font: str, size: float) -> None:
        """Set one wrapped line, moving to the next column or page first if it does not fit."""
        pitch = size * LEADING
        if self.y - pitch < BODY_BOTTOM:
            self.next_column()
        self.y -= pitch
        self.canvas.setFont(font, size)
        self.canvas.drawString(self.x, self.y + size * (LEADING - 1), text)

    def draw_pieces(self, pieces: list[tuple[str, str]], size: float) -> None:
        """Set one wrapped line of pieces in different fonts, side by side."""
        pitch = size * LEADING
        if self.y - pitch < BODY_BOTTOM:
            self.next_column()
        self.y -= pitch
        x = self.x
        for text, font in pieces:
            self.canvas.setFont(font, size)
            self.canvas.drawString(x, self.y + size * (LEADING - 1), text)
            x += _width(text, font, size)

    def finish(self) -> None:
        """Close the last page and write the file."""
        self._end_page()
        self.canvas.save()


def _style(item: Item, font_size: float) -> tuple[str, float]:
    """Font name and size of a line: headings larger, bold lines in the bold face."""
    size = font_size * HEADING_SCALE.get(item.heading, 1.15) if item.heading else font_size
    return (BOLD if item.bold else REGULAR), size


def _title_lines(items: list[Item]) -> int:
    """How many headings open the document (set full width above two columns)."""
    count = 0
    while count < len(items) and items[count].kind in ("line", "gap"):
        if items[count].kind == "line" and not items[count].heading:
            break
        count += 1
    return count


def _set_title(layout: _Layout, items: list[Item], font_size: float) -> None:
    """Set the opening headings across the full text width, then start the columns below."""
    width = PAGE_WIDTH - 2 * MARGIN_X
    for item in items:
        if item.kind == "gap":
            layout.gap(font_size * PARAGRAPH_GAP)
            continue
        font, size = _style(item, font_size)
        for line in wrap(item.text, font, size, width):
            layout.draw(line, font, size)
    layout.y -= font_size * (LEADING + PARAGRAPH_GAP)
    layout.top = layout.y


def _set(layout: _Layout, items: list[Item], font_size: float) -> None:
    """Set the items into the columns, page after page."""
    for item in items:
        if item.kind == "page":
            layout.new_page()
        elif item.kind == "gap":
            layout.gap(font_size * PARAGRAPH_GAP)
        elif item.lead:
            for pieces in wrap_lead(item.lead, item.text, font_size, layout.column_width):
                layout.draw_pieces(pieces, font_size)
        else:
            font, size = _style(item, font_size)
            if item.heading:
                layout.gap(font_size * PARAGRAPH_GAP / 2)
            for line in wrap(item.text, font, size, layout.column_width):
                layout.draw(line, font, size)


def make_pdf(
    paragraphs_or_text: str,
    path: Path,
    *,
    columns: int = 1,
    header: str | None = None,
    page_numbers: bool = False,
    bold_lines: Callable[[str], bool] | None = None,
    font_size: float = 10,
) -> None:
    """Write the text as an A4 PDF in 1 or 2 columns; opening headings span both columns."""
    if columns not in (1, 2):
        raise ValueError(f"columns must be 1 or 2, not {columns}")
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

    _fonts()
    items = parse(paragraphs_or_text, bold_lines)
    canvas = Canvas(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT), invariant=1)
    layout = _Layout(canvas, columns, header, page_numbers)
    start = _title_lines(items) if columns == 2 else 0
    if start:
        _set_title(layout, items[:start], font_size)
    _set(layout, items[start:], font_size)
    layout.finish()


def make_pdf_from_file(src: Path, dst: Path, **kw: Any) -> None:
    """Render a UTF-8 text file as a PDF; keyword arguments as for make_pdf. A text copied
    from a PDF is set as that PDF had it: a page of two columns side by side in the text is set
    in reading order, a column after the other, and the page numbers and running headers at its
    page breaks (form feeds) stand in the PDF's margins, not in its text: they are left out."""
    text = src.read_text(encoding="utf-8")
    make_pdf("\n".join(_without_furniture(split_columns(text.split("\n")))), dst, **kw)


def _without_furniture(rows: list[str]) -> list[str]:
    """The text's lines with the furniture at its form feeds blanked, as the text reader finds
    it (`drop_text_furniture`); the form feeds themselves stay."""
    parts: list[tuple[int, int, Line]] = []  # row, part, the part as a line on its page
    page = 1
    for row_no, row in enumerate(rows):
        for part_no, part in enumerate(row.split("\f")):
            page += 1 if part_no else 0
            parts.append((row_no, part_no, Line(text=part.strip(), page=page)))
    if page == 1:
        return rows
    kept = {id(line) for line in drop_text_furniture([line for _, _, line in parts])}
    out = [row.split("\f") for row in rows]
    for row_no, part_no, line in parts:
        if id(line) not in kept:
            out[row_no][part_no] = ""
    return ["\f".join(pieces) for pieces in out]

"""Read a PDF through pdfplumber: its words as lines in reading order, page by page.

A page is cut into horizontal bands: full-width text, and two-column text found by a vertical
gutter that no line crosses. A two-column band is read left column first, then the right, so two
columns never interleave. Running headers, footers and page numbers are dropped; a clearly larger
vertical gap becomes a blank line; bold and large lines are flagged; ruled tables are kept apart.
"""

from __future__ import annotations

import io
import logging
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.psexceptions import PSException
from pdfplumber.page import Page
from pdfplumber.table import Table as PlumberTable
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from puljeportal.document import Line, RawDocument, Table
from puljeportal.errors import DocumentError
from puljeportal.read.furniture import (
    PAGE_NUMBER,
    drop_text_furniture,
    repeats_needed,
    running_key,
)

Word = dict[str, Any]  # a pdfplumber word: text, x0, x1, top, bottom, upright, fontname, size
Row = list[Word]  # words at one height, left to right
Flow = tuple[int, int]  # (band, column): lines of one flow follow each other down the page
Band = tuple[list[Row], bool]  # rows top to bottom; True when set in two columns

MIN_COLUMNS_WIDTH = 30  # two columns of text side by side span at least this many font sizes
MARGIN = 0.08  # running headers and footers live in the top and bottom 8 % of a page
BOLD_MARKS = ("bold", "black", "heavy")
SENTENCE_END = re.compile(r"[.!?:][\"”’)]*$")
RUN_IN_END = re.compile(r"\?[\"”’)]*$")  # a bold run-in question ("Hvem kan søge?" Alle ...)
UNMAPPED_BULLET = re.compile(r"^\(cid:\d+\)\s*")
UNMAPPED = re.compile(r"\(cid:\d+\)")
# pdfplumber's default x_tolerance is 3 pt, wider than a space in small print: scale with size.
WORD_SETTINGS: dict[str, Any] = {
    "extra_attrs": ["fontname", "size"],
    "keep_blank_chars": False,
    "use_text_flow": False,
    "x_tolerance_ratio": 0.2,
}
TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
FEW_CHARS = 200  # a page with less text takes its body size from the whole document
LEADING = (0.9, 1.6)  # line pitch of ordinary text, in font sizes
WIDE_LEADING = 2.5  # 1.5 and double spacing
PARAGRAPH_EXTRA = 0.4  # extra line pitch (in font sizes) that makes a paragraph break


@dataclass(frozen=True)
class _Line:
    """A line and where it sits on its page, before blank lines and headings are settled."""

    text: str
    top: float
    bottom: float
    size: float
    bold: bool
    flow: Flow
    lead: str = ""  # a bold run-in question that opens the line ("Hvem kan søge?" Alle ...)
    table: int = -1  # the ruled table (numbered on its page) whose row this line is, if any


@dataclass
class _Page:
    """What one page gave: its lines in reading order, its tables and text statistics."""

    number: int
    height: float
    lines: list[_Line]
    sizes: Counter[float] = field(default_factory=Counter)  # characters per font size
    tables: list[Table] = field(default_factory=list)


def read_pdf(data: bytes, name: str, digest: str) -> RawDocument:
    """Read a PDF into lines with page numbers; raise DocumentError if it cannot be opened."""
    _check_signature(data, name)
    with _PdfminerComplaints() as complaints:
        try:
            pages = _read_pages(data, name)
        except (PdfminerException, PSException, MalformedPDFException) as exc:
            raise DocumentError(name, _reason(exc)) from None
    if not pages:
        raise DocumentError(name, "PDF-filen har ingen sider")
    _drop_running(pages)
    warnings = [
        f"{name}: side {page.number} har ingen tekst — scannet? OCR mangler"
        for page in pages
        if not page.sizes
    ]
    if complaints.count:
        warnings.append(
            f"{name}: PDF-filen har fejl, som blev sprunget over; teksten kan være ufuldstændig"
        )
    return RawDocument(
        source=name,
        sha256=digest,
        pages=len(pages),
        lines=drop_text_furniture(_assemble(pages), digits_aside=False),
        warnings=warnings,
        tables=[table for page in pages for table in page.tables],
        laid_out=True,
    )


class _PdfminerComplaints(logging.Handler):
    """Counts pdfminer's warnings while a file is read, instead of letting them reach stderr.

    pdfminer logs each flaw it works around in a damaged file (in English, often hundreds);
    the reader reports them as one warning of its own.
    """

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0
        self._logger = logging.getLogger("pdfminer")
        self._propagate = self._logger.propagate

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1

    def __enter__(self) -> _PdfminerComplaints:
        self._logger.addHandler(self)
        self._logger.propagate = False
        return self

    def __exit__(self, *exc: object) -> None:
        self._logger.removeHandler(self)
        self._logger.propagate = self._propagate


def _check_signature(data: bytes, name: str) -> None:
    """Refuse an empty file and one that is not a PDF before pdfminer sees it."""
    if not data.strip():
        raise DocumentError(name, "filen er tom")
    if b"%PDF-" not in data[:1024]:
        raise DocumentError(name, "er ikke en PDF-fil (den begynder ikke med %PDF)")


def _read_pages(data: bytes, name: str) -> list[_Page]:
    """Open the PDF and read every page."""
    pdf = pdfplumber.open(io.BytesIO(data))
    try:
        pages = pdf.pages
    except (TypeError, ValueError, IndexError, KeyError, AttributeError):
        # pdfplumber fails on a broken page tree with plain Python errors. No close(): it would
        # build the pages again and fail again; the PDF is only bytes in memory.
        raise DocumentError(name, "PDF-filen er beskadiget og kan ikke læses") from None
    with pdf:
        return [_read_page(page) for page in pages]


def _reason(exc: Exception) -> str:
    """A plain Danish reason for pdfminer's failure to open a file."""
    cause = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
    if isinstance(cause, PDFPasswordIncorrect):
        return "PDF-filen er beskyttet med adgangskode og kan ikke læses"
    if isinstance(cause, PDFEncryptionError):
        return "PDF-filen er krypteret på en måde, der ikke kan læses"
    return "PDF-filen er beskadiget og kan ikke læses"


def _read_page(page: Page) -> _Page:
    """One page's lines in reading order, its tables and how much text of each size it has."""
    clean = _dedupe(page)
    words = [w for w in clean.extract_words(**WORD_SETTINGS) if w["upright"]]
    sizes: Counter[float] = Counter()
    for word in words:
        sizes[_size(word)] += len(word["text"])
    found = _ruled(clean)
    rows = [row for number, table in enumerate(found) for row in _table_rows(clean, table, number)]
    words = [word for word in words if not any(_inside(word, table.bbox) for table in found)]
    return _Page(
        number=page.page_number,
        height=float(page.height),
        lines=_layout(words + rows, _mode(sizes, 10.0), float(page.height)),
        sizes=sizes,
        tables=[Table(page.page_number, _cells(table)) for table in found],
    )


def _dedupe(page: Page) -> Page:
    """The page without duplicate characters (fake bold, shadows), as dedupe_chars() does.

    pdfplumber's dedupe_chars() restores character order with list.index, quadratic in the
    page's characters (a quarter second for a dense page); this is the same rule in linear time.
    """
    kept: set[int] = set()
    grid: dict[tuple[Any, ...], list[tuple[float, float]]] = {}
    for char in sorted(page.chars, key=itemgetter("doctop", "x0")):
        key = (char["upright"], char["text"], char["fontname"], char["size"])
        y, x = char["doctop"], char["x0"]
        cell_y, cell_x = math.floor(y), math.floor(x)
        near = (
            abs(y - other_y) <= 1 and abs(x - other_x) <= 1
            for dy in (-1, 0, 1)
            for dx in (-1, 0, 1)
            for other_y, other_x in grid.get((*key, cell_y + dy, cell_x + dx), ())
        )
        if not any(near):
            grid.setdefault((*key, cell_y, cell_x), []).append((y, x))
            kept.add(id(char))
    return page.filter(lambda obj: obj.get("object_type") != "char" or id(obj) in kept)


def _ruled(page: Page) -> list[PlumberTable]:
    """The page's ruled tables with at least two rows and two columns."""
    return [
        found
        for found in page.find_tables(TABLE_SETTINGS)
        if len(found.rows) >= 2 and max(len(row.cells) for row in found.rows) >= 2
    ]


def _cells(found: PlumberTable) -> list[list[str]]:
    """A ruled table's cell texts, row by row, each cell's wrapped lines joined."""
    return [[" ".join((cell or "").split()) for cell in row] for row in found.extract()]


def _table_rows(page: Page, found: PlumberTable, number: int) -> list[Word]:
    """Each row of a ruled table as one word of the page: its cells' texts apart by a wide gap,
    as a text table is written, where its first line stands. So a row whose cells wrap onto
    several lines reads as one line, not as its cells' lines interleaved."""
    words: list[Word] = []
    for row, cells in zip(found.rows, _cells(found), strict=True):
        chars = [char for char in page.chars if _inside(char, row.bbox)]
        texts = [text for text in cells if text]
        if not chars or not texts:
            continue
        first = min(chars, key=itemgetter("top", "x0"))
        words.append({
            "text": "   ".join(texts),
            "x0": row.bbox[0],
            "x1": row.bbox[2],
            "top": first["top"],
            "bottom": min(char["bottom"] for char in chars),
            "upright": True,
            "fontname": first["fontname"],
            "size": first["size"],
            "table": number,
        })
    return words


def _inside(obj: Word, bbox: tuple[float, float, float, float]) -> bool:
    """Whether a word's or character's centre lies in a box (x0, top, x1, bottom)."""
    x = (float(obj["x0"]) + float(obj["x1"])) / 2
    y = (float(obj["top"]) + float(obj["bottom"])) / 2
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


def _size(word: Word) -> float:
    """A word's font size to the half point, so that rounding noise does not split sizes."""
    return round(float(word["size"]) * 2) / 2


def _mode(sizes: Counter[float], default: float) -> float:
    """The most common size (ties: the smaller), or `default` when there is no text."""
    if not sizes:
        return default
    return min(sizes, key=lambda size: (-sizes[size], size))


# Layout: rows, gutter, bands, lines.


def _layout(words: list[Word], body: float, height: float) -> list[_Line]:
    """The page's words as lines in reading order: the header, then the body band by band, left
    column before right, then the footer. The columns are found in the body alone: a page
    number under a column is no column of its own."""
    zone = [_zone(word, height) for word in words]
    body_words = [word for word, place in zip(words, zone, strict=True) if place == 0]
    header = _rows([word for word, place in zip(words, zone, strict=True) if place < 0], body)
    footer = _rows([word for word, place in zip(words, zone, strict=True) if place > 0], body)
    lines = [_line(row, (-1, 0)) for row in header] + _body_layout(body_words, body)
    last = max((line.flow[0] for line in lines), default=0) + 1
    return lines + [_line(row, (last, 0)) for row in footer]


def _zone(word: Word, height: float) -> int:
    """-1 for a word in the page's top margin, 1 in its bottom margin, 0 in its body."""
    middle = (float(word["top"]) + float(word["bottom"])) / 2
    return -1 if middle < MARGIN * height else 1 if middle > (1 - MARGIN) * height else 0


def _body_layout(words: list[Word], body: float) -> list[_Line]:
    """The body's words as lines in reading order: band by band, left column before right."""
    if not words:
        return []
    rows = _rows(words, body)
    gutter = _gutter(rows, body)
    lines: list[_Line] = []
    for band, (band_rows, split) in enumerate(_bands(rows, gutter, body)):
        if gutter is None or not split:
            lines += [_line(row, (band, 0)) for row in band_rows]
            continue
        band_words = [word for row in band_rows for word in row]
        left = [word for word in band_words if word["x1"] <= gutter]
        right = [word for word in band_words if word["x1"] > gutter]
        lines += [_line(row, (band, 0)) for row in _rows(left, body)]
        lines += [_line(row, (band, 1)) for row in _rows(right, body)]
    return lines


def _rows(words: list[Word], body: float) -> list[Row]:
    """Group words into rows by their bottom edge, top to bottom, each row left to right."""
    rows: list[Row] = []
    anchor = -math.inf
    for word in sorted(words, key=lambda w: (w["bottom"], w["x0"])):
        # Compared with the row's first word, not its last, so rows never chain together.
        if word["bottom"] - anchor > 0.45 * body:
            rows.append([])
            anchor = word["bottom"]
        rows[-1].append(word)
    return [sorted(row, key=itemgetter("x0")) for row in rows]


def _spans(row: Row, body: float) -> list[tuple[float, float]]:
    """The stretches a row's text covers, bridging gaps narrower than a column gutter."""
    spans: list[tuple[float, float]] = []
    for word in row:
        if spans and word["x0"] - spans[-1][1] < max(body, 6.0):
            spans[-1] = (spans[-1][0], max(spans[-1][1], word["x1"]))
        else:
            spans.append((word["x0"], word["x1"]))
    return spans


def _gutter(rows: list[Row], body: float) -> float | None:
    """The x in the middle of the text that fewest rows cross: the centre of the widest such run."""
    left = float(min(word["x0"] for row in rows for word in row))
    right = float(max(word["x1"] for row in rows for word in row))
    width = right - left
    if width < MIN_COLUMNS_WIDTH * body:
        return None  # too narrow for two columns of text: one column (its table's cells)
    low, high = math.ceil(left + 0.3 * width), math.floor(left + 0.7 * width)
    crossings = [0] * (high - low + 1)
    for row in rows:
        for start, end in _spans(row, body):
            for x in range(max(low, math.floor(start) + 1), min(high, math.ceil(end) - 1) + 1):
                crossings[x - low] += 1
    fewest = min(crossings)
    start, length = _longest_run([count == fewest for count in crossings])
    return low + start + length / 2


def _longest_run(flags: list[bool]) -> tuple[int, int]:
    """Start and length of the longest run of True values."""
    best, start = (0, 0), 0
    for index, flag in enumerate([*flags, False]):
        if not flag:
            if index - start > best[1]:
                best = (start, index - start)
            start = index + 1
    return best


def _crosses(row: Row, gutter: float, body: float) -> bool:
    """Whether the row's text runs across the gutter (a full-width line)."""
    return any(start < gutter < end for start, end in _spans(row, body))


def _bands(rows: list[Row], gutter: float | None, body: float) -> list[Band]:
    """Cut the page into bands of rows; True marks a band set in two columns."""
    if gutter is None:
        return [(rows, False)]
    width = max(w["x1"] for row in rows for w in row) - min(w["x0"] for row in rows for w in row)
    bands: list[Band] = []
    for group, crossing in _groups(rows, gutter, body):
        split = not crossing and _two_columns(group, gutter, width, body)
        if split and bands:
            group = _continuation(bands[-1][0], group, gutter)
            split = _two_columns(group, gutter, width, body)
        if bands and not split and not bands[-1][1]:
            bands[-1][0].extend(group)  # neighbouring one-column groups are one band
        elif group:
            bands.append((group, split))
    return bands


def _groups(rows: list[Row], gutter: float, body: float) -> list[tuple[list[Row], bool]]:
    """Runs of rows that all cross the gutter (True) or all leave it free (False)."""
    groups: list[tuple[list[Row], bool]] = []
    for row in rows:
        crossing = _crosses(row, gutter, body)
        if groups and groups[-1][1] == crossing:
            groups[-1][0].append(row)
        else:
            groups.append(([row], crossing))
    return groups


def _continuation(above: list[Row], group: list[Row], gutter: float) -> list[Row]:
    """Move to the full-width rows above the group's first rows that go on with them.

    The last line of a full-width title or paragraph is often too short to cross the gutter:
    left of it, in the same size, one ordinary line below. It belongs to the text above.
    """
    taken = 0
    for row in group:
        size, previous = _row_size(row), above[-1]
        pitch = row[0]["bottom"] - previous[0]["bottom"]
        if row[-1]["x1"] > gutter or _row_size(previous) != size or not 0 < pitch <= 1.6 * size:
            break
        above.append(row)
        taken += 1
    return group[taken:]


def _row_size(row: Row) -> float:
    """The size most of a row's characters are set in."""
    sizes: Counter[float] = Counter()
    for word in row:
        sizes[_size(word)] += len(word["text"])
    return _mode(sizes, 10.0)


def _two_columns(rows: list[Row], gutter: float, width: float, body: float) -> bool:
    """Whether rows that leave the gutter free hold two columns of text side by side."""
    words = [word for row in rows for word in row]
    left = [word for word in words if word["x1"] <= gutter]
    right = [word for word in words if word["x1"] > gutter]
    if not left or not right or min(_extent(left), _extent(right)) < 0.25 * width:
        return False  # one side empty, or a narrow column of labels or dates
    # Side by side: lines left and right share height. Not the same rows: a paragraph gap
    # in one column shifts its lines off the other column's for the rest of the page.
    heights = [_height(row) for row in _rows(right, body)]
    side_by_side = sum(
        any(top < other_bottom and other_top < bottom for other_top, other_bottom in heights)
        for top, bottom in map(_height, _rows(left, body))
    )
    return side_by_side >= 2


def _height(row: Row) -> tuple[float, float]:
    """Top and bottom of a row's text."""
    return float(min(w["top"] for w in row)), float(max(w["bottom"] for w in row))


def _extent(words: Iterable[Word]) -> float:
    """Width from the leftmost word's start to the rightmost word's end."""
    starts, ends = zip(*((w["x0"], w["x1"]) for w in words), strict=True)
    return float(max(ends) - min(starts))


def _line(row: Row, flow: Flow) -> _Line:
    """One row of words as a line: text, height, main size, whether it is all bold, and the
    bold run-in question it opens with, if any (bold words ending in "?", then plain text; a
    bold label such as "Svar:" stays in its line)."""
    size = _row_size(row)
    top, bottom = _height(row)
    bold = [_is_bold(str(w["fontname"])) for w in row]
    lead = bold.index(False) if False in bold else len(row)
    heading = _glyphs(_join(row[:lead], size)) if 0 < lead < len(row) else ""
    run_in = bool(RUN_IN_END.search(heading))
    return _Line(
        text=_glyphs(_join(row[lead:] if run_in else row, size)),
        top=top,
        bottom=bottom,
        size=size,
        bold=all(bold),
        flow=flow,
        lead=heading if run_in else "",
        table=int(row[0].get("table", -1)) if len(row) == 1 else -1,
    )


CELL_GAP_EMS = 1.5  # a gap this many font sizes wide parts two cells of a table


def _join(row: Row, size: float) -> str:
    """Words joined by spaces; pieces split only by a change of font are joined without one, and
    words far apart (a table's cells without rules) by a wide gap, as text tables are written."""
    text = row[0]["text"]
    for before, word in zip(row, row[1:], strict=False):
        gap = word["x0"] - before["x1"]
        text += ("   " if gap > CELL_GAP_EMS * size else " " if gap > 0.1 * size else "")
        text += word["text"]
    return str(text)


def _glyphs(text: str) -> str:
    """Name pdfminer's "(cid:N)" for glyphs without a Unicode meaning: a bullet at the start.

    Such glyphs are mostly list bullets from Symbol or Wingdings fonts; elsewhere they become
    U+FFFD, never "?", which would make a sentence look like a question.
    """
    return UNMAPPED.sub("\ufffd", UNMAPPED_BULLET.sub("• ", text))


def _is_bold(fontname: str) -> bool:
    """Whether a font name names a bold face (Arial-BoldMT, Calibri,Bold, Foo-Black, …)."""
    return ",B" in fontname or any(mark in fontname.lower() for mark in BOLD_MARKS)


# Across pages: running headers and footers, blank lines, headings.


def _in_margin(line: _Line, height: float) -> bool:
    """Whether the line sits in the top or bottom 8 % of its page."""
    middle = (line.top + line.bottom) / 2
    return middle < MARGIN * height or middle > (1 - MARGIN) * height


def _drop_running(pages: list[_Page]) -> None:
    """Drop page numbers and any margin line repeated on at least half the pages."""
    seen: Counter[str] = Counter()
    for page in pages:
        seen.update({running_key(ln.text) for ln in page.lines if _in_margin(ln, page.height)})
    needed = repeats_needed(len(pages))
    for page in pages:
        page.lines = [
            line
            for line in page.lines
            if not _in_margin(line, page.height)
            or not (PAGE_NUMBER.match(line.text) or seen[running_key(line.text)] >= needed)
        ]


def _normal_pitch(pages: list[_Page]) -> float:
    """The ordinary distance between lines of a paragraph, in font sizes.

    Leading is almost always 0.9-1.6 font sizes; the median of pitches in that range ignores
    paragraph gaps even where nearly every line is a paragraph of its own. A document set
    wider (1.5 or double spacing) has none: then the lower quartile of pitches up to 2.5.
    """
    ratios = sorted(
        (line.bottom - before.bottom) / line.size
        for page in pages
        for before, line in zip(page.lines, page.lines[1:], strict=False)
        if line.flow == before.flow and line.bottom > before.bottom
    )
    usual = [ratio for ratio in ratios if LEADING[0] <= ratio <= LEADING[1]]
    if usual:
        return usual[len(usual) // 2]
    wide = [ratio for ratio in ratios if LEADING[0] <= ratio <= WIDE_LEADING]
    return wide[len(wide) // 4] if wide else 1.2


def _ends_sentence(text: str) -> bool:
    """Whether a line ends with a full stop, question or exclamation mark or colon."""
    return SENTENCE_END.search(text) is not None


def _breaks(before: _Line, line: _Line, normal: float) -> bool:
    """Whether a blank line belongs between two lines of the same page."""
    if line.table >= 0 and line.table == before.table:
        return False  # the next row of a ruled table, however tall the row above
    if before.flow[0] != line.flow[0]:
        return True  # a new band: a title above columns, or a full-width line between them
    if before.flow != line.flow:
        return _ends_sentence(before.text)  # else the next column goes on with the sentence
    # Bottom to bottom is the space above the line plus the line's own height: measure in
    # the lower line's size, so a large heading above does not hide the gap below it.
    pitch = line.bottom - before.bottom
    return pitch > (normal + PARAGRAPH_EXTRA) * line.size


def _heading(size: float, body: float) -> int:
    """1 for a line set clearly larger than the body text, 2 for somewhat larger, else 0."""
    if size >= 1.5 * body:
        return 1
    return 2 if size >= 1.15 * body else 0


def _assemble(pages: list[_Page]) -> list[Line]:
    """All pages' lines in order with blank lines at paragraph gaps and page boundaries."""
    normal = _normal_pitch(pages)
    document_sizes: Counter[float] = sum((page.sizes for page in pages), Counter())
    document_body = _mode(document_sizes, 10.0)
    out: list[Line] = []
    for page in pages:
        few = sum(page.sizes.values()) < FEW_CHARS
        body = document_body if few else _mode(page.sizes, document_body)
        _blank(out, page.number)
        for before, line in zip([None, *page.lines], page.lines, strict=False):
            if before is not None and _breaks(before, line, normal):
                _blank(out, page.number)
            heading = _heading(line.size, body)
            if line.lead:  # a run-in question stands as a bold line of its own
                out.append(Line(line.lead, page.number, True, heading))
            out.append(Line(line.text, page.number, line.bold, heading))
    while out and out[-1].blank:
        out.pop()
    return out


def _blank(out: list[Line], page: int) -> None:
    """Append a blank line unless the output is empty or already ends with one."""
    if out and not out[-1].blank:
        out.append(Line("", page))

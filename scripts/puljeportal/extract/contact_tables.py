"""Contact tables: a header row naming the columns ("Navn   Funktion   Telefon   E-mail", or a
Markdown "| Navn | Telefon |") and one person or unit per row below it.

A row's cells are matched to the header's columns by position: where a text table leaves a
cell empty ("Landdistriktsrådet   Formand ...   40 15 72 93", no e-mail), each cell goes to the
column whose heading starts nearest before it. Which text is a phone or an e-mail, and whether
a name is a person's, is for `contacts.py` to judge; this module only reads the layout.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from puljeportal.document import Line
from puljeportal.extract.text import CELL_GAP, collapse

COLUMNS = {
    "name": re.compile(r"navn|kontaktperson|person|medarbejder|kontakt", re.IGNORECASE),
    "role": re.compile(r"funktion|titel|stilling|rolle|område|ansvarsområde|emne", re.IGNORECASE),
    "phone": re.compile(r"telefon(?:nummer)?|tlf\.?|mobil|direkte", re.IGNORECASE),
    "email": re.compile(r"e-?mail|mail|e-post", re.IGNORECASE),
}
RULE = re.compile(r"^\|?[\s:|-]+\|?$")  # "|---|---|" under a Markdown header
NUMBER = re.compile(r"[+\d\s()]{8,}")  # a phone number, as far as the layout can tell
TOLERANCE = 3  # characters a cell may start before its column's heading


@dataclass(frozen=True)
class ContactRow:
    """One row of a contact table: its line and its cells by column ("name", "role", ...)."""

    line: int
    cells: dict[str, str]


def _cells(text: str) -> list[tuple[int, str]]:
    """A row's cells with where each starts in the line."""
    cells: list[tuple[int, str]] = []
    start = 0
    for gap in [*CELL_GAP.finditer(text), None]:
        end = gap.start() if gap else len(text)
        cell = collapse(text[start:end])
        if cell:
            cells.append((start, cell))
        start = gap.end() if gap else end
    return cells


def _header(text: str) -> list[tuple[int, str]] | None:
    """The columns of a contact table's header row, or None when the row is not one: three or
    more cells, each a column name, a name column and a phone or e-mail column among them."""
    columns: list[tuple[int, str]] = []
    for start, cell in _cells(text):
        kind = next((k for k, name in COLUMNS.items() if name.fullmatch(cell.rstrip(":"))), None)
        if kind is None:
            return None
        columns.append((start, kind))
    kinds = {kind for _start, kind in columns}
    if len(columns) < 3 or "name" not in kinds or not kinds & {"phone", "email"}:
        return None
    return columns


def _row(text: str, columns: list[tuple[int, str]]) -> dict[str, str]:
    """A row's cells by column: one for one when the counts agree, else by where they start."""
    cells = _cells(text)
    if len(cells) == len(columns):
        return {kind: cell for (_start, kind), (_pos, cell) in zip(columns, cells, strict=True)}
    row: dict[str, str] = {}
    for position, cell in cells:
        before = [kind for start, kind in columns if start <= position + TOLERANCE]
        kind = before[-1] if before else columns[0][1]
        row[kind] = f"{row[kind]} {cell}" if kind in row else cell
    return row


def contact_rows(lines: Sequence[Line]) -> tuple[list[ContactRow], set[int]]:
    """Every row of every contact table in the document, in order; and every line the tables
    take up (headers and rules too), which hold no other contact."""
    rows: list[ContactRow] = []
    taken: set[int] = set()
    columns: list[tuple[int, str]] | None = None
    for index, line in enumerate(lines):
        text = line.text.rstrip()
        if not text.strip():
            columns = None
            continue
        header = _header(text)
        if header is not None:
            columns = header
        elif columns is None:
            continue
        elif _continues(text, columns) and rows and rows[-1].line in taken:
            _add(rows[-1].cells, _row(text, columns))  # "            csho@star.dk" below
        elif len(_cells(text)) == 1 and not RULE.match(text.strip()):
            columns = None  # a line of running text, no row: the table has ended
            continue
        elif not RULE.match(text.strip()):
            rows.append(ContactRow(index, _row(text, columns)))
        taken.add(index)
    return rows, taken


def _continues(text: str, columns: list[tuple[int, str]]) -> bool:
    """Does a row go on with the row above: its first column left empty (a second line holding
    the e-mail under the name), or, where the indentation was lost, a lone e-mail or number?"""
    cells = _cells(text)
    if not cells or len(columns) < 2:
        return False
    alone = cells[0][1]
    bare_email = "@" in alone and " " not in alone
    lone = len(cells) == 1 and (bare_email or bool(NUMBER.fullmatch(alone)))
    return lone or cells[0][0] > columns[0][0] + TOLERANCE


def _add(row: dict[str, str], more: dict[str, str]) -> None:
    """Add a continuation line's cells to its row: an e-mail or a number to its own column
    when the row has none, other text after the column's text."""
    for kind, cell in more.items():
        if "@" in cell and "email" not in row:
            kind = "email"
        elif NUMBER.fullmatch(cell) and "phone" not in row:
            kind = "phone"
        row[kind] = f"{row[kind]} {cell}" if kind in row else cell

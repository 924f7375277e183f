"""Criteria in a ruled table from the PDF reader: one criterion per row."""

from __future__ import annotations

from puljeportal.document import RawDocument, Table
from puljeportal.extract.criteria.items import CRITERIA_WORD, NUMBER, WEIGHT, Item, number_of
from puljeportal.extract.text import BULLET, collapse, join_wrapped
from puljeportal.model import Criterion


def table_is_criteria(doc: RawDocument, table: Table) -> bool:
    """Does a table hold criteria: its first rows speak of criteria, or its page does and its
    rows carry weights ("40 %", "0-10 point")? (Not a table of dates on a criteria page.)"""
    header = " ".join(cell or "" for row in table.rows[:2] for cell in row)
    if CRITERIA_WORD.search(header):
        return True
    weighted = [row for row in table.rows[1:] if any(WEIGHT.search(f" {cell}") for cell in row[1:])]
    return len(weighted) >= 2 and any(
        CRITERIA_WORD.search(line.text) for line in doc.lines if line.page == table.page
    )


def _cell_requirements(text: str) -> list[str]:
    """A table cell's requirements: one per bullet, wrapped lines joined."""
    requirements: list[str] = []
    for raw in text.splitlines():
        line = collapse(raw)
        if not line:
            continue
        if BULLET.match(line) or not requirements:
            requirements.append(BULLET.sub("", line, count=1).strip())
        else:
            requirements[-1] = join_wrapped(requirements[-1], line)
    return requirements


def table_criteria(table: Table) -> list[Criterion]:
    """One criterion per table row: the first cell its title, the other cells its requirements."""
    rows = [[cell or "" for cell in row] for row in table.rows if any(row)]
    numbered = [row for row in rows if NUMBER.match(collapse(row[0]))]
    body = rows if len(numbered) < 2 else rows[rows.index(numbered[0]) :]
    if len(numbered) < 2:
        body = rows[1:]  # the first row is the header
    items: list[Item] = []
    for row in body:
        first = " ".join(collapse(part) for part in row[0].splitlines())
        requirements = [req for cell in row[1:] for req in _cell_requirements(cell)]
        if not first and items:
            items[-1].requirements.extend(requirements)  # a row continued over a page
            continue
        number = NUMBER.match(first)
        title = number.group("rest") if number else first
        item = Item(number_of(number) if number else None, title, table.page)
        item.requirements = requirements
        items.append(item)
    return [item.criterion() for item in items if item.title]

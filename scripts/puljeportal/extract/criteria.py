"""Award criteria ("tildelingskriterier", "vurderingskriterier") with their requirements.

Where the criteria stand is told by a lead: a heading or a sentence ending in ":" that speaks of
criteria ("Tildelingskriterier", "... ud fra følgende 7 kriterier:"), or a sentence ending in ":"
that says what weighs in the assessment ("Der lægges særligt vægt på:", "Ansøgningerne vurderes
ud fra:"). The first list after it is the criteria, allowing a few short lines in between (a
table's caption, a damaged table header):
- a numbered list: each number is a criterion, the bullets under it are its requirements; a
  table read row by row puts the first requirement on the criterion's own line
  ("2. Indsatsen • Kommunen skal ..."), which is split at the bullet;
- a bullet list: each bullet is a criterion;
- sub-headings under a criteria heading (Markdown): each sub-heading is a criterion;
- criteria that name themselves, "Kriterium 1: Relevans", need no lead: each has the
  paragraph below it as its requirement.
A line that starts in lower case, or follows a line ending in a hyphen, continues the item above
it even across a blank line ("mål-" / "gruppe" is "målgruppe"); a capitalised line continues it
only straight on from a line wrapped near the document's usual width. A heading ends the list,
also one the reader did not mark as such: a short capitalised line without a full stop, right
after a sentence's end (a slide's title when no page break was kept before it). A ruled table
(from the PDF reader) whose header or page speaks of criteria gives its rows directly instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from puljeportal.document import Line, RawDocument, Table
from puljeportal.extract.text import BULLET, collapse, continues, join_wrapped, typical_width
from puljeportal.model import Criterion

CRITERIA_WORD = re.compile(r"kriteri", re.IGNORECASE)
# A sentence that says what weighs in the assessment announces criteria too, when a colon
# hands over to a list: "I vurderingen lægges der særligt vægt på:", "... vurderes ud fra:".
WEIGHING = re.compile(
    r"(?<![a-zæøå])(?:lægge[rs]?|lagt)(?:\s+\S+){0,3}?\s+vægt\s+på"
    r"|(?<![a-zæøå])(?:vurderes|vurderet|bedømmes|bedømt|prioriteres)\s+(?:\S+\s+){0,3}?"
    r"(?:ud fra|på baggrund af|efter|på grundlag af)(?![a-zæøå])",
    re.IGNORECASE,
)
NUMBER = re.compile(r"^(?:(?P<digits>\d{1,2})|(?P<letter>[a-h]))[.)]\s+(?P<rest>.*)$")
# "Kriterium 2: Organisering": a criterion that names itself, its text in the paragraph below.
LABELLED = re.compile(r"^(?i:kriteri(?:um|e))\s+(?P<digits>\d{1,2})\s*[:.)–-]\s*(?P<rest>\S.*)$")
INLINE_BULLET = re.compile(r"\s[•●▪■]\s*")
SENTENCE_END = re.compile(r"[.!?]['\"”’)]*$")
MAX_BETWEEN = 4  # lines a lead may stand above its list (caption, table header)
SHORT = 60
HEADING_MAX = 40  # an unmarked heading: at most this long, in at most HEADING_WORDS words
HEADING_WORDS = 5


@dataclass
class Item:
    """A criterion being read: its title pieces and its requirements."""

    number: int | None
    title: str
    page: int
    requirements: list[str] = field(default_factory=list)

    def add(self, text: str) -> None:
        """Continue the last piece (the last requirement, else the title) with a wrapped line."""
        if self.requirements:
            self.requirements[-1] = join_wrapped(self.requirements[-1], text)
        else:
            self.title = join_wrapped(self.title, text)

    def criterion(self) -> Criterion:
        """The finished criterion, spacing before a full stop repaired."""
        return Criterion(
            number=self.number,
            title=_tidy(self.title),
            requirements=[_tidy(text) for text in self.requirements if _tidy(text)],
            page=self.page,
        )


def number_of(match: re.Match[str]) -> int:
    """The ordinal of a list marker: "3." is 3, "c)" is 3."""
    if match["digits"]:
        return int(match["digits"])
    return ord(match["letter"]) - ord("a") + 1


def _tidy(text: str) -> str:
    """Collapse spaces and drop a space left before punctuation ("og lign ." → "og lign.")."""
    return re.sub(r"\s+([.,;:])(?=\s|$)", r"\1", collapse(text)).strip()


def _is_item(text: str) -> bool:
    """Does a line start a list item (a bullet or a number)?"""
    return bool(BULLET.match(text) or NUMBER.match(text))


def unit(lines: Sequence[Line], index: int) -> tuple[str, int]:
    """The sentence or heading that starts at a line, wrapped lines joined; and where it ends."""
    text = collapse(lines[index].text)
    end = index + 1
    while end < len(lines) and not lines[end].blank and not _is_item(collapse(lines[end].text)):
        text = join_wrapped(text, collapse(lines[end].text))
        end += 1
    return text, end


def is_lead(lines: Sequence[Line], index: int) -> bool:
    """Does the line at `index` announce criteria (a heading, or a sentence ending in ":")?"""
    first = collapse(lines[index].text)
    if _is_item(first):
        return False
    if not CRITERIA_WORD.search(first):
        text = unit(lines, index)[0]
        return text.endswith(":") and bool(WEIGHING.search(text))
    text, _end = unit(lines, index)
    if text.endswith(":"):
        return True
    return len(text) <= 80 and not re.search(r"[.!?]$", text)


def _bridge(text: str) -> bool:
    """May a line stand between a lead and its list (a caption, a header, another lead)?"""
    return text.endswith(":") or (len(text) <= SHORT and not SENTENCE_END.search(text))


def _list_start(lines: Sequence[Line], lead: int) -> int | None:
    """Where the list announced by the lead at `lead` begins, if one follows closely."""
    between = 0
    _text, index = unit(lines, lead)
    while index < len(lines):
        if lines[index].blank:
            index += 1
            continue
        if _is_item(collapse(lines[index].text)):
            return index
        text, index = unit(lines, index)
        between += 1
        if between > MAX_BETWEEN or not _bridge(text):
            return None
    return None


def _start_item(text: str, page: int, numbered: bool, current: Item | None) -> Item | None:
    """A new criterion from a list line, or None when the line is a requirement of `current`."""
    number = NUMBER.match(text)
    if number:
        head, *rest = INLINE_BULLET.split(number.group("rest"), maxsplit=1)
        item = Item(number_of(number), head.strip(), page)
        item.requirements.extend(rest)
        return item
    body = BULLET.sub("", text, count=1).strip()
    if numbered and current is not None:
        current.requirements.append(body)
        return None
    return Item(None, body, page)


def _is_heading(lines: Sequence[Line], index: int, piece: str) -> bool:
    """Is the line at `index` the next section's heading rather than more of the item above?

    Marked as a heading (Markdown, large or bold type); or looking like one where the reader kept
    no page break before a slide's or page's title: a few capitalised words without a full stop
    or a trailing comma, right after a piece that ends a sentence, and alone (a blank line, a new
    page or the end follows). A wrapped line of a sentence is longer or runs on.
    """
    line = lines[index]
    if line.heading or line.bold:
        return True
    text = collapse(line.text)
    following = lines[index + 1] if index + 1 < len(lines) else None
    alone = following is None or following.blank or following.page != line.page
    return (
        alone
        and text[:1].isupper()
        and len(text) <= HEADING_MAX
        and len(text.split()) <= HEADING_WORDS
        and not re.search(r"[.!?:;,-]$", text)
        and bool(SENTENCE_END.search(piece))
    )


@dataclass
class Reading:
    """Where a list is being read: the line above, whether a gap or page break came since."""

    previous: str
    page: int
    gap: bool = False


def _continues(lines: Sequence[Line], index: int, last: Item, at: Reading, width: int) -> bool:
    """Does the plain line at `index` continue the item above it?

    Yes after a word split at a hyphen, or when it starts in lower case; no when it is a heading.
    A capitalised line continues only straight on (no gap, same page) from a line that was
    wrapped, i.e. one near the document's usual width: after a short line ("c) Budget") it
    starts something else.
    """
    text = collapse(lines[index].text)
    piece = last.requirements[-1] if last.requirements else last.title
    if re.search(r"\w-$", piece):
        return True
    if _is_heading(lines, index, piece):
        return False
    if text[:1].islower():
        return True
    same_page = lines[index].page == at.page
    return not at.gap and same_page and continues(at.previous, text, at.gap, width)


def read_list(lines: Sequence[Line], start: int, width: int) -> tuple[list[Item], int]:
    """The criteria of the list starting at `start`, and the index after it."""
    numbered = bool(NUMBER.match(collapse(lines[start].text)))
    items: list[Item] = []
    at = Reading("", lines[start].page)
    index = start
    while index < len(lines):
        line = lines[index]
        if line.blank:
            at.gap, index = True, index + 1
            continue
        text = collapse(line.text)
        number = NUMBER.match(text)
        if number and (
            not numbered
            or (
                items and items[-1].number is not None and number_of(number) != items[-1].number + 1
            )
        ):
            break  # a numbered line in a bullet list, or numbering that restarts: another list
        if number or BULLET.match(text):
            item = _start_item(text, line.page, numbered, items[-1] if items else None)
            if item is not None:
                items.append(item)
        elif items and _continues(lines, index, items[-1], at, width):
            items[-1].add(text)
        else:
            break
        at = Reading(text, line.page)
        index += 1
    return items, index


def heading_criteria(lines: Sequence[Line], lead: int) -> tuple[list[Item], int]:
    """Criteria written as sub-headings under a criteria heading, bullets as requirements."""
    level = lines[lead].heading
    items: list[Item] = []
    index = lead + 1
    while index < len(lines):
        line = lines[index]
        text = collapse(line.text)
        if line.heading and line.heading <= level:
            break
        if line.heading > level:
            number = NUMBER.match(text)
            title = number.group("rest") if number else text
            items.append(Item(number_of(number) if number else None, title, line.page))
        elif items and BULLET.match(text):
            items[-1].requirements.append(BULLET.sub("", text, count=1).strip())
        index += 1
    return items, index


def _paragraph(lines: Sequence[Line], index: int) -> tuple[str, int]:
    """The paragraph starting at `index` (wrapped lines joined) and the index after it."""
    paragraph = ""
    while index < len(lines) and not lines[index].blank and not lines[index].heading:
        text = collapse(lines[index].text)
        if LABELLED.match(text):
            break
        paragraph = join_wrapped(paragraph, text)
        index += 1
    return paragraph, index


def labelled_criteria(lines: Sequence[Line], start: int) -> tuple[list[Item], int]:
    """Criteria that name themselves ("Kriterium 1: Relevans"), numbered on from 1, each with
    the paragraph below it as its requirement; the index after the last one's paragraph.

    The paragraph may stand after a blank line if it is a sentence, not the next heading.
    """
    items: list[Item] = []
    index = start
    while index < len(lines):
        match = LABELLED.match(collapse(lines[index].text))
        if not match or int(match["digits"]) != len(items) + 1:
            break
        item = Item(len(items) + 1, match["rest"], lines[index].page)
        items.append(item)
        after = index + 1
        gap = after < len(lines) and lines[after].blank
        paragraph, end = _paragraph(lines, after + 1 if gap else after)
        if paragraph and (not gap or SENTENCE_END.search(paragraph)):
            item.requirements, index = [paragraph], end
        else:
            index = after
        while index < len(lines) and lines[index].blank:
            index += 1
    return items, index


def _table_is_criteria(doc: RawDocument, table: Table) -> bool:
    """Does a table hold criteria: its first rows, or its page, speak of criteria?"""
    header = " ".join(cell or "" for row in table.rows[:2] for cell in row)
    if CRITERIA_WORD.search(header):
        return True
    return any(CRITERIA_WORD.search(line.text) for line in doc.lines if line.page == table.page)


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


def find_criteria(doc: RawDocument) -> list[Criterion]:
    """The document's award criteria, from ruled tables where it has them, else from its text."""
    criteria: list[Criterion] = []
    table_pages: set[int] = set()
    for table in doc.tables:
        if _table_is_criteria(doc, table):
            found = table_criteria(table)
            criteria.extend(found)
            table_pages.update({table.page} if found else set())
    lines = doc.lines
    width = typical_width(lines)
    index = 0
    while index < len(lines):
        line = lines[index]
        labelled = LABELLED.match(collapse(line.text))
        if labelled and labelled["digits"] == "1":
            items, index = labelled_criteria(lines, index)
            criteria.extend(item.criterion() for item in items)
            continue
        if line.page in table_pages or not is_lead(lines, index):
            index += 1
            continue
        if line.heading and index + 1 < len(lines):
            items, end = heading_criteria(lines, index)
            if items:
                criteria.extend(item.criterion() for item in items)
                index = end
                continue
        start = _list_start(lines, index)
        if start is None:
            index += 1
            continue
        items, end = read_list(lines, start, width)
        criteria.extend(item.criterion() for item in items if item.title)
        index = max(end, index + 1)
    return _unique(criteria)


def _unique(criteria: list[Criterion]) -> list[Criterion]:
    """Each criterion once (a slide repeated, a lead read twice)."""
    seen: set[tuple[int | None, str]] = set()
    unique: list[Criterion] = []
    for criterion in criteria:
        key = (criterion.number, criterion.title.lower())
        if key not in seen:
            seen.add(key)
            unique.append(criterion)
    return unique

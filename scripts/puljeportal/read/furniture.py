"""Page furniture: page numbers and running headers and footers, which are not the document's text.

Both readers drop them. A PDF knows where a line sits on its page (its margins); text saved from
a PDF knows only where its pages break (form feeds), so there the lines next to a break count.
Either way a line is furniture when it is a page number ("Side 2 af 3", "- 4 -") or ends in
one set apart from the rest ("Spørgsmål og svar      Side 2", "Styrelsen · Side 1 af 2"), or
when the same line, digits aside, stands at the page's edge on at least half of the pages, or
at a later page's top repeats one of the first page's opening lines (the document's title,
when the first page carries a letterhead instead of the running header).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from puljeportal.document import Line

PAGE_NUMBER = re.compile(
    r"^(?:(?:side|page|s\.)\s*)?[-–—]?\s*\d{1,4}\s*(?:(?:af|of|/)\s*\d{1,4})?\s*[-–—]?$", re.I
)
# A header's or footer's last cell: its page number, after a wide gap or a separator.
PAGE_CELL = re.compile(
    r"(?:\s{2,}|\s[·|•–—-]\s+)(?:side|page)\s*\d{1,4}(?:\s*(?:af|of|/)\s*\d{1,4})?\s*$", re.I
)
SECTION_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s")
EDGE_LINES = 2  # in text, this many non-blank lines at a page's top and bottom may be furniture
OPENING_LINES = 12  # the first page's lines that may hold the title a running header repeats
TITLE_WORDS = 3  # a repeated title this long at least ("Kontakt" may head a page twice)


def running_key(text: str) -> str:
    """A header's text with the digits (page numbers, dates) taken out."""
    return " ".join(re.sub(r"\d+", "", text).lower().split())


def _same(text: str) -> str:
    """A line's text as compared when it must repeat exactly: case and spacing aside."""
    return " ".join(text.lower().split())


def repeats_needed(pages: int) -> int:
    """On how many pages a line must stand at the edge to be a running header or footer."""
    return max(2, math.ceil(pages / 2))


def _pages(lines: Sequence[Line]) -> list[list[int]]:
    """Per page, the indexes of its non-blank lines; only pages with a body between their
    edges (a page of a few lines is all text)."""
    by_page: dict[int, list[int]] = {}
    for index, line in enumerate(lines):
        if not line.blank:
            by_page.setdefault(line.page, []).append(index)
    return [indexes for indexes in by_page.values() if len(indexes) > 2 * EDGE_LINES]


def drop_text_furniture(lines: list[Line], *, digits_aside: bool = True) -> list[Line]:
    """Lines without the page numbers and running headers at the page breaks of a text.

    From each edge of a page inwards: the outermost line, and the next one only when the
    outermost was furniture too (a two-line letterhead). With `digits_aside` a header that
    differs only in its digits ("Side 3 · Vejledning 2026") repeats; without it, only the same
    line does, for a PDF, whose margins are already clean and whose page edges often hold
    numbered lines of the body (list items, table rows) that differ only in their numbers.
    """
    key = running_key if digits_aside else _same
    pages = _pages(lines)
    if len(pages) < 2:
        return lines
    seen: Counter[str] = Counter()
    for indexes in pages:
        edges = indexes[:EDGE_LINES] + indexes[-EDGE_LINES:]
        seen.update({key(lines[i].text) for i in edges})
    needed = repeats_needed(len({line.page for line in lines}))
    first_page = min(line.page for line in lines)
    opening = [line.text for line in lines if line.page == first_page and not line.blank]
    titles = {
        _same(text)
        for text in opening[:OPENING_LINES]
        if len(text.split()) >= TITLE_WORDS and not SECTION_NUMBER.match(text)
    }  # not "4. Ofte stillede spørgsmål", a contents line's entry heading its own page

    def furniture(index: int, top: bool) -> bool:
        text = lines[index].text
        numbered = PAGE_NUMBER.match(text.strip()) or PAGE_CELL.search(text)
        title = top and _same(text) in titles  # the same, digits and all ("Spørgsmål nr. 302")
        return bool(numbered) or title or seen[key(text)] >= needed

    dropped: set[int] = set()
    for indexes in pages:
        later = lines[indexes[0]].page != first_page
        for edge, top in ((indexes[:EDGE_LINES], later), (indexes[::-1][:EDGE_LINES], False)):
            for index in edge:
                if not furniture(index, top):
                    break
                dropped.add(index)
    return [line for index, line in enumerate(lines) if index not in dropped]

"""Criteria as paragraphs under a heading about the assessment, with no list marker:
- run-in titles, each paragraph (or line) opening with the criterion's name as a short sentence
  of its own or before a dash ("Bedømmelse" / "Kunstnerisk kvalitet. Fagudvalget vurderer ..." /
  "Geografisk spredning. ..."; "Hvad vægter vi" / "Målgruppe – vi prioriterer ...");
- the questions the assessors ask, as many as a sentence says ("Sådan bedømmer vi" / "... stiller
  den sig selv fem spørgsmål:" / "Hvem hjælper aktiviteten?" / its explanation / ...).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from puljeportal.document import Line
from puljeportal.extract.criteria.items import Item, is_item
from puljeportal.extract.criteria.plain import is_table_header
from puljeportal.extract.text import CELL_GAP, COUNT_WORD, collapse, count_of

ASSESSMENT = re.compile(r"bedøm|vurder|prioriter|kriteri|udvælg|vægt", re.IGNORECASE)
HEADING_CHARS = 60
# "Kunstnerisk kvalitet. Fagudvalget vurderer ...": a name of a few words, then its explanation.
# Also with a dash: "Målgruppe – vi prioriterer borgere, der sjældent deltager.".
RUN_IN = re.compile(r"^(?P<title>[A-ZÆØÅ][^.!?:;–]{2,50}?)(?:\.|\s+[–-])\s+(?P<rest>\S.*)$")
RUN_IN_WORDS = 6
# Not a name: an abbreviation's stop ("Kriterium Maks. point"), or a sentence about the
# assessment itself ("Udvalget vurderer ansøgningerne efter en pointmodel.").
NOT_A_NAME = re.compile(
    r"(?:^|\s)(?:maks|min|ca|pr|nr|fx|jf|inkl|kr)$|vurder|bedøm|prioriter", re.IGNORECASE
)
MIN_RUN_IN = 2
ASKED = re.compile(rf"(?P<count>{COUNT_WORD})\s+(?:[a-zæøå]+\s+)?spørgsmål\s*:$", re.IGNORECASE)


def is_assessment_heading(lines: Sequence[Line], index: int, after_blank: bool = True) -> bool:
    """Is the line a heading about the assessment: short, no sentence, after a blank line
    (unless not `after_blank`: a slide's title under its number)?"""
    text = collapse(lines[index].text)
    return (
        0 < len(text) <= HEADING_CHARS
        and not re.search(r"[.:?!,;]$", text)
        and ": " not in text  # "Bedømmelse: april-maj 2026", a label and its value
        and not is_item(text)  # "3. Vurderingskriterier" in an agenda
        and not is_table_header(lines[index].text)  # "Kriterium   Vægt"
        and (not after_blank or index == 0 or lines[index - 1].blank or lines[index].heading > 0)
        and bool(ASSESSMENT.search(text))
    )


def runin_criteria(lines: Sequence[Line], heading: int) -> tuple[list[Item], int]:
    """The criteria in the paragraphs under an assessment heading, and where they end; none
    when the paragraphs are not run-in titles (at least two) or the announced questions."""
    paragraphs = _paragraphs(lines, heading + 1)
    if not paragraphs:
        return [], heading + 1
    asked = ASKED.search(collapse(paragraphs[0][1]))
    if asked:
        return _asked(lines, paragraphs[1:], count_of(asked["count"]))
    by_line = _one_a_line(lines, paragraphs[0])
    paragraphs = by_line or paragraphs
    items: list[Item] = []
    end = heading + 1
    for start, text, after in paragraphs:
        match = _run_in(lines, start, text)
        if not match:
            break
        items.append(Item(None, match["title"], lines[start].page, [match["rest"].strip()]))
        end = after
    return (items, end) if len(items) >= MIN_RUN_IN else ([], heading + 1)


def _one_a_line(
    lines: Sequence[Line], paragraph: tuple[int, str, int]
) -> list[tuple[int, str, int]]:
    """A paragraph of run-in criteria one a line ("Målgruppe – vi prioriterer ..."), each maybe
    wrapped onto lines that go on in lower case (a narrow column), cut into one per criterion;
    [] when the paragraph is not such."""
    first, _text, after = paragraph
    starts = [i for i in range(first, after) if _run_in(lines, i, collapse(lines[i].text))]
    rest = [i for i in range(first, after) if i not in starts]
    if len(starts) < MIN_RUN_IN or starts[0] != first:
        return []
    if not all(collapse(lines[i].text)[:1].islower() for i in rest):
        return []
    ends = [*starts[1:], after]
    return [
        (start, collapse(" ".join(line.text for line in lines[start:end])), end)
        for start, end in zip(starts, ends, strict=True)
    ]


def _run_in(lines: Sequence[Line], start: int, text: str) -> re.Match[str] | None:
    """The run-in title and the rest of a paragraph that opens with one."""
    match = RUN_IN.match(text)
    if (
        not match
        or len(match["title"].split()) > RUN_IN_WORDS
        or NOT_A_NAME.search(match["title"])
        or CELL_GAP.search(lines[start].text.strip())  # a table's row
    ):
        return None
    return match


def _asked(
    lines: Sequence[Line], paragraphs: list[tuple[int, str, int]], count: int
) -> tuple[list[Item], int]:
    """The announced questions, each the first line of a paragraph; all of them, or none."""
    questioned = paragraphs[:count]
    items = [
        Item(None, first, lines[start].page, [rest.strip()] if rest.strip() else [])
        for start, text, _after in questioned
        for first, rest in [_first_question(text)]
        if first
    ]
    if len(items) != count:
        return [], 0
    return items, questioned[-1][2]


def _first_question(text: str) -> tuple[str, str]:
    """A paragraph's opening question and the rest ("", text when it opens with none)."""
    match = re.match(r"^([A-ZÆØÅ][^?.!]{3,120}\?)\s*(.*)$", text)
    return (match[1], match[2]) if match else ("", text)


def _paragraphs(lines: Sequence[Line], start: int) -> list[tuple[int, str, int]]:
    """The paragraphs from `start` to the next heading: (first line, text, index after)."""
    found: list[tuple[int, str, int]] = []
    index = start
    while index < len(lines):
        if lines[index].blank:
            index += 1
            continue
        if lines[index].heading and found:
            break
        first = index
        while index < len(lines) and not lines[index].blank:
            index += 1
            if index < len(lines) and lines[index].heading:
                break
        found.append((first, collapse(" ".join(line.text for line in lines[first:index])), index))
    return found

"""Award criteria ("tildelingskriterier", "vurderingskriterier") with their requirements.

Where the criteria stand is told by a lead: a heading or a sentence ending in ":" that speaks of
criteria ("Tildelingskriterier", "... ud fra følgende 7 kriterier:"), or a sentence ending in ":"
that says what weighs in the assessment ("Der lægges særligt vægt på:", "Ansøgningerne vurderes
ud fra:", "Udvalget prioriterer projekter, der"). The first list after it is the criteria,
allowing a few short lines in between (a table's caption, a damaged table header):
- a numbered list: each number is a criterion, the bullets under it are its requirements; a
  table read row by row puts the first requirement on the criterion's own line
  ("2. Indsatsen • Kommunen skal ..."), which is split at the bullet;
- a bullet list: each bullet is a criterion;
- sub-headings under a criteria heading (Markdown): each sub-heading is a criterion;
- lines without markers (`plain_list`): short titles alone or with weights ("Kvalitet – 40 %"),
  a flattened or Markdown table's rows under a header naming the criteria (the first cell the
  title, weights and points split off, a total row ending it), or titles each with an
  explanation paragraph below, up to the count the lead states ("ud fra fire kriterier");
- criteria that name themselves, "Kriterium 1: Relevans" or "Kriterie A – Kvalitet", need no
  lead: each has the paragraph below it as its requirement; nor do ranked priorities
  ("Førsteprioritet: ...", "2. prioritet: ...");
- paragraphs under a heading about the assessment (`runin`): run-in titles ("Kunstnerisk
  kvalitet. Udvalget vurderer ...") or the questions the assessors ask, as many as announced;
- criteria named in a sentence (`named_in`): after a count and a colon, lettered, or after what
  weighs ("vægt på A, B og C"), each list checked by its shape.
A line that starts in lower case, or follows a line ending in a hyphen, continues the item above
it even across a blank line ("mål-" / "gruppe" is "målgruppe"); a capitalised line continues it
only straight on from a line wrapped near the document's usual width. A heading ends the list,
also one the reader did not mark as such: a short capitalised line without a full stop, right
after a sentence's end (a slide's title when no page break was kept before it). A ruled table
(from the PDF reader) whose header or page speaks of criteria gives its rows directly instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from puljeportal.document import Line, RawDocument
from puljeportal.extract.criteria.items import (
    LABELLED,
    RANKED,
    number_of,
    split_weight,
    unit,
)
from puljeportal.extract.criteria.leads import (
    counted_heading,
    is_lead,
    list_start,
    marked_below,
    points,
    stated_count,
)
from puljeportal.extract.criteria.lists import heading_criteria, read_list
from puljeportal.extract.criteria.plain import (
    is_table_header,
    labelled_criteria,
    plain_list,
    unpiped,
    weighted_row,
)
from puljeportal.extract.criteria.prose import prose_criteria
from puljeportal.extract.criteria.runin import is_assessment_heading, runin_criteria
from puljeportal.extract.criteria.tables import table_criteria, table_is_criteria
from puljeportal.extract.text import BULLET, collapse, join_wrapped, typical_width
from puljeportal.model import Criterion

__all__ = ["find_criteria"]


def find_criteria(doc: RawDocument) -> list[Criterion]:
    """The document's award criteria, from ruled tables where it has them, else from its text."""
    criteria: list[Criterion] = []
    table_pages: set[int] = set()
    for table in doc.tables:
        if table_is_criteria(doc, table):
            found = table_criteria(table)
            criteria.extend(found)
            table_pages.update({table.page} if found else set())
    lines = unpiped(doc.lines)
    width = typical_width(lines)
    index = 0
    while index < len(lines):
        line = lines[index]
        ranked = RANKED.match(collapse(line.text))
        if ranked:  # "Førsteprioritet: Virksomheder med under 50 ansatte"
            text, index = ranked["rest"], index + 1
            while index < len(lines) and collapse(lines[index].text)[:1].islower():
                text, index = join_wrapped(text, collapse(lines[index].text)), index + 1
            title = split_weight(text.rstrip(" ."))[0]
            criteria.append(Criterion(number=None, title=title, requirements=[], page=line.page))
            continue
        labelled = LABELLED.match(collapse(line.text))
        if labelled and number_of(labelled) == 1:
            items, index = labelled_criteria(lines, index)
            criteria.extend(item.criterion() for item in items)
            continue
        if line.page in table_pages:
            index += 1
            continue
        if is_assessment_heading(lines, index, after_blank=False):
            start = marked_below(lines, index)  # "Sådan vurderer vi" / "✔ ..." / "✔ ..."
            items, end = (
                read_list(lines, start, width)
                if start
                else runin_criteria(lines, index)
                if is_assessment_heading(lines, index)
                else ([], index + 1)
            )
            below = index + 1  # "Sådan vurderer vi" / "Naturværdi – ..." / "Varighed"
            if (
                not items
                and not start
                and below < len(lines)
                and not is_lead(lines, index)  # a lead's list is read below, as leads' are
                and not is_lead(lines, below)
                and not RANKED.match(collapse(lines[below].text))  # read as ranked, above
                and not _wraps_on(lines, below)  # a sentence wrapped in a narrow column
            ):
                pointing, after = unit(lines, below)  # "... ud fra nedenstående kriterier."
                items, end = plain_list(lines, after if points(pointing) else below, None)
            if items:
                criteria.extend(item.criterion() for item in items)
                index = end
                continue
        if not is_lead(lines, index):
            index += 1
            continue
        if line.heading and index + 1 < len(lines):
            items, end = heading_criteria(lines, index)
            if items:
                criteria.extend(item.criterion() for item in items)
                index = end
                continue
        first = collapse(line.text)
        alone = counted_heading(lines, index) or first.endswith("?")  # a heading of its own
        lead_text, after = (first, index + 1) if alone else unit(lines, index)
        count = stated_count(lead_text)
        start = list_start(lines, index)
        bullets = start == index + 1 and bool(BULLET.match(collapse(lines[start].text)))
        if is_table_header(line.text) and not bullets:  # "Kriterier (point 1-5)" / "• ..."
            items, end = plain_list(lines, index, count)
        elif lead_text.endswith(":") and weighted_row(lines, after, dashed=True):
            items, end = plain_list(lines, after, count)  # "... kriterier:" / "Titel – ..."
        elif start is not None:
            items, end = read_list(lines, start, width)
        elif lead_text.endswith((":", "?")) or count or weighted_row(lines, after):
            items, end = plain_list(lines, after, count)  # "Hvad lægger vi vægt på?" / titles
        else:
            items, end = [], index + 1
        items = items[:count] if count and len(items) > count else items
        if count and not lead_text.endswith(":") and len(items) != count:
            items = []  # "... de fire vurderingskriterier." announces these four, or none here
        criteria.extend(item.criterion() for item in items if item.title)
        index = max(end, index + 1)
    explained = [requirement for criterion in criteria for requirement in criterion.requirements]
    criteria.extend(
        prose_criteria(lines, explained)
    )  # after the lists, which give titles their number
    return _unique(criteria)


def _wraps_on(lines: Sequence[Line], index: int) -> bool:
    """Does the line at `index` go on in lower case on the next line (a wrapped sentence)?"""
    following = lines[index + 1] if index + 1 < len(lines) else None
    return following is not None and collapse(following.text)[:1].islower()


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

"""Marked lists of criteria: numbered, lettered or bulleted items with their requirements, and
criteria written as sub-headings under a criteria heading."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from puljeportal.document import Line
from puljeportal.extract.criteria.items import (
    NUMBER,
    SECTION_NAME,
    SENTENCE_END,
    SLIDE,
    Item,
    follows,
    is_item,
    marker_kind,
    number_of,
    split_weight,
)
from puljeportal.extract.text import BULLET, collapse, continues

TITLED = re.compile(r"^(?P<title>[A-ZÆØÅ][^:.!?]{1,60}):\s+(?P<about>\S.*)$")
INLINE_BULLET = re.compile(r"\s[•●▪■]\s*")
HEADING_MAX = 40  # an unmarked heading: at most this long, in at most HEADING_WORDS words
HEADING_WORDS = 5
LONG_LINE = 1.5  # times the usual width: no wrapped line is this long


RANK_WORD = re.compile(r"^prioritet\s*[:–-]\s*(?=\S)", re.IGNORECASE)


def _start_item(text: str, page: int, numbered: bool, current: Item | None) -> Item | None:
    """A new criterion from a list line, or None when the line is a requirement of `current`."""
    number = NUMBER.match(text)
    if number:
        body = RANK_WORD.sub("", number.group("rest"))  # "1. prioritet: Små virksomheder"
        head, *rest = INLINE_BULLET.split(body, maxsplit=1)
        title, weight = split_weight(head.strip())  # "1. Kvalitet (35 point)"
        item = Item(number_of(number), title, page, [], weight is not None)
        item.requirements.extend(rest)
        return item
    body = BULLET.sub("", text, count=1).strip()
    if numbered and current is not None:
        current.requirements.append(body)
        return None
    titled = TITLED.match(body)  # "Skalerbarhed: Kan løsningen udbredes?"
    if titled:
        item = Item(None, titled["title"], page)
        item.requirements.append(titled["about"])
        return item
    title, weight = split_weight(body)  # "• Kvalitet – 40 %"
    return Item(None, title, page, [], weight is not None)


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
    starts something else, and so does a line far longer than the usual width (a paragraph
    kept on one line, in a document that mixes wrapped and unwrapped text).
    """
    text = collapse(lines[index].text)
    piece = last.requirements[-1] if last.requirements else last.title
    if re.search(r"\w-$", piece):
        return True
    if _is_heading(lines, index, piece) or SLIDE.match(text):
        return False  # the next section, or the next slide ("[Dias 7]")
    if text[:1].islower():
        return True
    if last.weighted and not last.requirements:
        return False  # a weighted item is whole ("... fagfag (35 point)" / "Maks. 100 point")
    if len(text) > LONG_LINE * width:
        return False  # far longer than a wrapped line: a paragraph kept on one line
    sentence = SENTENCE_END.search(text) or re.search(r"\w[.!?]\s+[A-ZÆØÅ]", text)
    if not re.search(r"[.!?:;,]$", piece) and sentence and len(text.split()) > 4:
        return False  # a whole capitalised sentence after an item without punctuation: the
        # text after the list ("✔ Klar plan for videndeling" / "Alle vægtes ligeligt.", or
        # "Fristen er 20. marts kl. 12.00. Puljen administreres af ..." wrapping on)
    same_page = lines[index].page == at.page
    return not at.gap and same_page and continues(at.previous, text, at.gap, width)


def _next_after_paragraph(lines: Sequence[Line], index: int) -> str:
    """The first text after the paragraph that starts at `index` and the blank lines after it
    (a list item ends the paragraph too: "a) Kvalitet" / "Projektets niveau." / "b) ...")."""
    while index < len(lines) and not lines[index].blank:
        index += 1
        if index < len(lines) and is_item(collapse(lines[index].text)):
            return collapse(lines[index].text)
    while index < len(lines) and lines[index].blank:
        index += 1
    return collapse(lines[index].text) if index < len(lines) else ""


def _explains(lines: Sequence[Line], index: int, items: list[Item], at: Reading, kind: str) -> bool:
    """Does the paragraph at `index` explain the numbered criterion above it?

    Yes when the next number follows it ("1. Relevans" / "Projektets bidrag ..." / "2. ...");
    for the last criterion, when it stands straight below and every criterion before had such
    a paragraph too. Never a heading.
    """
    last = items[-1]
    piece = last.requirements[-1] if last.requirements else last.title
    if last.number is None or _is_heading(lines, index, piece):
        return False
    if follows(NUMBER.match(_next_after_paragraph(lines, index)), last, kind):
        return True
    before = items[:-1]
    return not at.gap and bool(before) and all(item.requirements for item in before)


def read_list(lines: Sequence[Line], start: int, width: int) -> tuple[list[Item], int]:
    """The criteria of the list starting at `start`, and the index after it."""
    first = NUMBER.match(collapse(lines[start].text))
    section = first["section"] if first else None  # "4.1", "4.2": one section's items only
    if first and not first["section"] and number_of(first) > 1:
        return [], start  # "5. Frister" after a lead in section 4: the document's own sections
    numbered, kind = bool(first), marker_kind(first) if first else ""
    items: list[Item] = []
    at = Reading("", lines[start].page)
    sub: re.Match[str] | None = None  # the last sub-criterion's marker ("b." under "II.")
    index = start
    while index < len(lines):
        line = lines[index]
        if line.blank:
            at.gap, index = True, index + 1
            continue
        text = collapse(line.text)
        number = NUMBER.match(text)
        if number and items and numbered and marker_kind(number) != kind:
            expected = 1 if sub is None or at.gap else number_of(sub) + 1
            if number_of(number) == expected and not (expected == 1 and at.gap):
                items[-1].requirements.append(number["rest"])  # "a. ..." straight under "II. ..."
                sub, at, index = number, Reading(text, line.page), index + 1
                continue
        sub = None if number else sub
        if number and (not numbered or (items and not follows(number, items[-1], kind))):
            break  # a numbered line in a bullet list, or numbering that restarts: another list
        if number and section and number["section"] != section:
            break  # "5. Sådan søger du" after "4.4 ...": the document's next section
        if number or BULLET.match(text):
            item = _start_item(text, line.page, numbered, items[-1] if items else None)
            if item is not None:
                items.append(item)
        elif items and _continues(lines, index, items[-1], at, width):
            items[-1].add(text)
        elif numbered and _explains(lines, index, items, at, kind):
            items[-1].requirements.append(text)
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
        if line.heading and (line.heading <= level or SECTION_NAME.match(text)):
            break  # the next section ("## Frister" under "## Tildelingskriterier")
        if line.heading > level:
            number = NUMBER.match(text)
            title = number.group("rest") if number else text
            items.append(Item(number_of(number) if number else None, title, line.page))
        elif items and BULLET.match(text):
            items[-1].requirements.append(BULLET.sub("", text, count=1).strip())
        index += 1
    return items, index

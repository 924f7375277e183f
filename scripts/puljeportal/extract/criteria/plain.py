"""Criteria without list markers: short titles alone or with weights, a flattened or Markdown
table's rows, titles each with an explanation below; and criteria that name themselves
("Kriterium 1: Relevans")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from puljeportal.document import Line
from puljeportal.extract.criteria.items import (
    CRITERIA_WORD,
    LABELLED,
    SECTION_NAME,
    SENTENCE_END,
    SLIDE,
    STATED,
    WEIGHT,
    Item,
    is_item,
    number_of,
    split_weight,
)
from puljeportal.extract.text import CELL_GAP, collapse, join_wrapped

WEIGHT_CELL = re.compile(  # "0-10", "25 %", "0-5 p.", a multiplier "x 3"
    r"[\d\s,.%()–-]+(?:pct\.?|procent|point|p\.)?|[x×]\s?\d{1,2}", re.IGNORECASE
)
# A flattened table's header row: "Kriterium   Vægt", "Prioriteringskriterium   Point".
COLUMN_WORDS = re.compile(r"(?<![\wæøå])(?:vægt\w*|point|score|andel)(?![\wæøå])", re.I)
FIRST_CELL = re.compile(r"^\w*kriteri(?:um|e|er|erne)$", re.IGNORECASE)  # "Kriterium  | ..."
# A line ending in a word that needs one after it wraps on: a narrow column's line, no title.
DANGLING = re.compile(
    r"\s(?:og|eller|samt|men|med|til|for|af|i|på|om|fra|ved|efter|mellem|en|et|den|det|de"
    r"|der|som|at|hvor|når|er|har|skal|kan|vil)$",
    re.IGNORECASE,
)
NUMERIC_DATE = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")
SHORT_TITLE = 60  # a title line this short, straight under another, is no explanation of it
TITLE_MAX = 80  # a criterion's title in a plain list: at most this long, in at most TITLE_WORDS
TITLE_WORDS = 12
HEADER_WORDS = 8  # a flattened table's header row: a few column names
ROW_NUMBER = re.compile(r"^(?:\d{1,2}|[A-H])[.)]?\s+")  # a table row's number or letter
PIPE_RULE = re.compile(r"^\|?[\s:|-]+\|?$")  # "|---|:---:|" under a Markdown table's header
TOTAL = re.compile(r"^(?:i alt|total|sum|samlet)\b", re.IGNORECASE)  # a table's total row
LONG_SECTION = 160  # an "explanation" longer than this and twice the others is a new section


def weighted_row(lines: Sequence[Line], index: int, dashed: bool = False) -> bool:
    """Is the first line from `index` (blank lines aside) a title with a weight
    ("Varige aktivitetstilbud   x3", "Kvalitet – 40 %"), or with `dashed` one with what it
    means after a dash ("Skalerbarhed – kan løsningen bruges andre steder?")?"""
    while index < len(lines) and lines[index].blank:
        index += 1
    if index >= len(lines):
        return False
    text = collapse(lines[index].text)
    title, weight = split_weight(text)
    if weight is not None and _title_like(_unnumbered(title, False)):  # "1  Titel  (35 point)"
        return True
    match = DASHED.match(text) if dashed else None
    return bool(match and _dashed_title(match["title"]))


def _dashed_title(title: str) -> bool:
    """A criterion's name before a dash: a few words, not a label ("Gruppe A", "Runde 2")."""
    return (
        len(title.split()) <= DASHED_WORDS
        and not re.search(r"\s(?:[A-ZÆØÅ]|\d+)$", title)
        and not CRITERIA_WORD.search(title)  # "Fire kriterier – samlet 100 point": a heading
    )


def _title_like(text: str, table: bool = False) -> bool:
    """Could this line be a criterion's title: short, capitalised, not a sentence, no date
    ("Opdateret 09.02.2027")? In a table's first column a question is a title too ("Skaber
    projektet arbejdspladser?   0-5")."""
    return (
        text[:1].isupper()
        and not NUMERIC_DATE.search(text)
        and not SECTION_NAME.match(text)  # "Frister": the next section of the announcement
        and not DANGLING.search(text)  # "Hvordan hænger projektet sammen med": wraps on
        and len(text) <= TITLE_MAX
        and len(text.split()) <= TITLE_WORDS
        and not re.search(r"[.!:;,]$" if table else r"[.!?:;,]$", text)
    )


def is_table_header(raw: str) -> bool:
    """Is this line a flattened criteria table's header row ("Kriterium   Vægt", or a criteria
    word alone in the first of several cells: "Kriterium   A gives, når projektet ...")?"""
    text = collapse(raw)
    cells = CELL_GAP.split(raw.strip())
    return (
        text[:1].isupper()
        and bool(
            CRITERIA_WORD.search(text)
            and (COLUMN_WORDS.search(text) or (len(cells) > 1 and FIRST_CELL.match(cells[0])))
        )
        and not (WEIGHT.search(text) or re.search(r"[!?:]$", text))
        and len(text.split()) <= HEADER_WORDS
    )


def plain_list(lines: Sequence[Line], start: int, count: int | None) -> tuple[list[Item], int]:
    """Criteria written without bullets or numbers from `start`, below a lead ending in ":" or a
    flattened table's header row; at most `count` of them when the lead says how many.

    Each is a short capitalised line: alone ("Kunstnerisk kvalitet – 40 %"), a flattened table's
    row (header row skipped, weight and last column split off, lower-case continuation lines
    joined), or a title with its explanation below it ("Relevans og behov" / "Projektet ...").
    The list keeps one shape: weighted rows all have a weight, titled paragraphs all have their
    paragraph. It ends at a sentence, a heading, a table's total row, a paragraph far longer
    than the explanations before (the next section's), or at the lead's stated count.
    """
    index = start
    while index < len(lines) and lines[index].blank:
        index += 1
    table = index < len(lines) and is_table_header(lines[index].text)
    index += 1 if table else 0
    items: list[Item] = []
    shape: tuple[bool, bool] | None = None  # (weighted, explained) of the first criterion
    gap = False
    spaced = False  # whether blank lines stand between the list's items
    while index < len(lines) and (count is None or len(items) < count):
        line = lines[index]
        if line.blank:
            gap, index = True, index + 1
            continue
        if gap and len(items) >= 2 and not spaced:
            break  # a list set without blank lines ends at the first one
        text, end = row(lines, index, table)
        if _page_top(lines, index, items) and not (
            _title_like(text) or SENTENCE_END.search(text)
        ):  # a running header the reader kept: the page's first line, and no title
            index = end
            continue
        spaced = spaced or (gap and bool(items) and lines[index].page == items[-1].page)
        if not items and (
            (table and is_table_header(line.text)) or STATED.search(text)
        ):  # the header row under a caption ("... og vægtning"), a counting heading ("Fire
            index = end  # kriterier – samlet 100 point") or sentence under the lead, with
            while index < len(lines) and _goes_on(lines, index):
                index += 1  # the lines it wrapped onto ("... de fem kriterier" / "nedenfor.")
            continue
        if gap and SENTENCE_END.search(_wrapped(lines, index)):
            break  # a paragraph after the list ("Ansøgninger under 25 point får afslag.")
        gap = False
        if items and text[:1].islower():
            items[-1].add(text)  # a wrapped table cell
            index = end
            continue
        dashed = None if table else DASHED.match(text)  # "Beboerdrevet – at beboerne selv ..."
        if dashed and _dashed_title(dashed["title"]):  # goes with titles alone or explained
            items.append(Item(None, dashed["title"], line.page, [dashed["rest"]]))
            index = end
            continue
        cell = _first_cell(line.text, table)
        title, rest = cell or split_weight(text, table)
        title = _unnumbered(title, table)
        title = LEADER_TAIL.sub("", title)  # "Klimaeffekt ........ 40" / "point" wrapped
        if cell is None and rest and rest[:1].islower() and (
            SENTENCE_END.search(rest) or len(rest.split()) > 6
        ):
            break  # "Ansøgninger med under 8 point gives ikke tilsagn.": a sentence
        if SLIDE.match(text):
            break  # the next slide ("Slide 7", "[Dias 5]")
        if line.heading or (is_item(text) and not table) or not _title_like(title, table):
            break
        explanation, end = _explanation(lines, end, table)
        this = (rest is not None, bool(explanation))
        last = shape == (this[0], False) and this[1] and len(items) >= 2
        last = last and not TOTAL.match(title)  # "I alt 60" / a sentence: ends the table
        if last:  # titles alone, the last with a paragraph after the list below it
            explanation, end = "", row(lines, index, table)[1]  # the title's row alone
        elif (shape is not None and this != shape) or _ends_list(items, title, explanation):
            break
        shape = this
        labelled = LABELLED.match(title)
        item = (
            Item(number_of(labelled), labelled["rest"], line.page)
            if labelled
            else Item(None, title, line.page)
        )
        item.requirements.extend(part for part in (rest, explanation) if part)
        items.append(item)
        index = end
        if last:
            break
    sentence = next(
        (
            i
            for i, item in enumerate(items)
            if SENTENCE_END.search(item.title) and not (table and item.title.endswith("?"))
        ),
        None,
    )
    if sentence is not None:  # a "title" that ran on into a sentence was a paragraph's first line
        items, index = items[:sentence], start
    return (items, index) if len(items) >= 2 else ([], start)


def _unnumbered(title: str, table: bool) -> str:
    """A row's title without its number: a table's "Nr." cell, a slide's bare "1 Titel"."""
    return ROW_NUMBER.sub("", title) if table else BARE_NUMBER.sub("", title)


def _goes_on(lines: Sequence[Line], index: int) -> bool:
    """Does the line at `index` go on with the sentence above it: lower case, or a number
    ("... fristen er" / "8. april 2026.") after a line that ends no sentence?"""
    text, above = collapse(lines[index].text), collapse(lines[index - 1].text)
    return text[:1].islower() or (
        text[:1].isdigit() and not lines[index - 1].blank and not re.search(r"[.:!?]$", above)
    )


def _page_top(lines: Sequence[Line], index: int, items: list[Item]) -> bool:
    """Is the line at `index` the first of a new page inside the list being read?"""
    above = index - 1
    while above >= 0 and lines[above].blank:
        above -= 1
    return bool(items) and above >= 0 and lines[index].page > lines[above].page


def _wrapped(lines: Sequence[Line], index: int) -> str:
    """The line at `index` with the lower-case lines it wrapped onto ("... mindst 50 % af den
    samlede score, kommer" / "ikke i betragtning.")."""
    text, end = collapse(lines[index].text), index + 1
    while end < len(lines) and collapse(lines[end].text)[:1].islower():
        text, end = join_wrapped(text, collapse(lines[end].text)), end + 1
    return text


def _first_cell(raw: str, table: bool) -> tuple[str, str] | None:
    """A table row of two or more cells (apart by two or more spaces) under a header, or of
    three or more with a weight last without one: its first cell the title, the other cells
    but the weight what the criterion is about."""
    cells = [collapse(cell) for cell in CELL_GAP.split(raw.strip()) if cell.strip()]
    if cells and ROW_NUMBER.fullmatch(cells[0] + " "):
        cells = cells[1:]  # the row's number ("Nr.")
    weighted = len(cells) >= 3 and bool(WEIGHT_CELL.fullmatch(cells[-1]))  # no header row
    if not (table or weighted) or len(cells) < 2:
        return None
    about = [cell for cell in cells[1:] if not WEIGHT_CELL.fullmatch(cell)]
    return cells[0], " ".join(about)


def _ends_list(items: list[Item], title: str, explanation: str) -> bool:
    """Does this row end a plain list: a total ("I alt 100"), or a titled paragraph much longer
    than every explanation so far (a section after the criteria: "Tidsfrister" / ...)?"""
    if TOTAL.match(title):
        return True
    before = [len(item.requirements[-1]) for item in items if item.requirements]
    return bool(before) and len(explanation) > max(LONG_SECTION, 2 * max(before))


def row(lines: Sequence[Line], index: int, table: bool = False) -> tuple[str, int]:
    """A list line joined with the lines its title or weight wrapped onto in a narrow column
    ("Samspil med stedet – 25" / "%", "Bedriftens andel af" / "arealer 0-25"); the index after."""
    text, end = collapse(lines[index].text), index + 1
    while end < len(lines) and not lines[end].blank and (
        split_weight(text, table)[1] is None or UNIT_ONLY.match(collapse(lines[end].text))
    ):
        following = collapse(lines[end].text)
        if is_item(following) or not (following[:1].islower() or following[:1] in "0123456789%("):
            break
        if BARE_NUMBER.match(following):
            break  # the next numbered row ("2 De unges stemme"), not a wrapped weight
        text, end = join_wrapped(text, following), end + 1
    return text, end


def _explanation(lines: Sequence[Line], index: int, table: bool = False) -> tuple[str, int]:
    """The sentence(s) straight below a title line, and the index after them ("" if none).

    Titles standing one per line join into no sentence, so they are not taken for one.
    """
    paragraph, end = "", index
    if _titles_follow(lines, index):
        return "", index  # the next titles, one a line, with a sentence after the list
    while end < len(lines) and not lines[end].blank and not lines[end].heading:
        if paragraph and lines[end].bold and not lines[end - 1].bold:
            break  # the next bold title ("**Målgruppe**" / its question / "**Fastholdelse**")
        text = collapse(lines[end].text)
        if paragraph and SENTENCE_END.search(paragraph) and is_item(text):
            break  # "... naturgevinst." / "5. Tidsplan": the next section, straight below
        if SLIDE.match(text):
            break  # the next slide ("[Dias 7]")
        title, weight = split_weight(row(lines, end, table)[0], table)
        # the next row, numbered or not; not a sentence's "... mindst 5 pct. af ..."
        weighted = weight is not None and _title_like(_unnumbered(title, table))
        weighted = weighted or bool(table and _first_cell(lines[end].text, table))  # a row
        if not paragraph and (weighted or text[:1].islower()):
            return "", index  # the next weighted row, or a wrapped table cell
        paragraph = join_wrapped(paragraph, text)
        end += 1
        if SENTENCE_END.search(paragraph) and _titles_follow(lines, end):
            break  # "Kunstnerisk kvalitet" / its sentence / "Lokal forankring" / ...
    if paragraph and SENTENCE_END.search(paragraph):
        return paragraph, end
    return "", index


def _titles_follow(lines: Sequence[Line], index: int) -> bool:
    """Is the line at `index` the next title of a plain list rather than the first line of an
    explanation: capitalised, no sentence, and the list's titles stand one a line; short, or
    with another such title straight below it?"""
    if index >= len(lines) or lines[index].blank or lines[index - 1].blank:
        return False
    text = collapse(lines[index].text)
    following = collapse(lines[index + 1].text) if index + 1 < len(lines) else ""
    wraps_on = following[:1].islower()  # "Projektet skal have et tydeligt" / "indhold."
    if not _title_like(text) or wraps_on:
        return False
    return len(text) <= SHORT_TITLE or _titles_follow(lines, index + 1)


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
        text, after = row(lines, index)  # a title wrapped in a narrow column
        match = LABELLED.match(text)
        if not match or number_of(match) != len(items) + 1:
            break
        item = Item(len(items) + 1, match["rest"], lines[index].page)
        items.append(item)
        gap = after < len(lines) and lines[after].blank
        paragraph, end = _paragraph(lines, after + 1 if gap else after)
        if paragraph and (not gap or SENTENCE_END.search(paragraph)):
            item.requirements, index = [paragraph], end
        else:
            index = after
        while index < len(lines) and lines[index].blank:
            index += 1
    return items, index


TEXT_RULE = re.compile(r"^[-=_]{3,}(?:\s+[-=_]{3,})*$")  # "----------  -----"
BOX_RULE = re.compile(r"^[─━═┌┬┐├┼┤└┴┘╔╦╗╠╬╣╚╩╝\s]+$")  # "├────┼────┤" in a drawn table
BOX_SIDE = re.compile(r"[│┃║]")  # a drawn table's column line, read as a Markdown pipe
# "Klimaeffekt ........ 40 point": two cells (not "3. Kriterier ........ 5", a contents line)
# "Fællesskab på tværs – at aktiviteten samler beboere": a title, a dash, what it means.
DASHED = re.compile(r"^(?P<title>[A-ZÆØÅ][^.!?:;–]{2,60}?)\s+[–-]\s+(?P<rest>[a-zæøå].*)$")
DASHED_WORDS = 6
BARE_NUMBER = re.compile(r"^\d{1,2}\s+(?=[A-ZÆØÅ])")  # a slide's "2 De unges stemme"
UNIT_ONLY = re.compile(r"^(?:%|pct\.?|procent|point)$", re.IGNORECASE)  # a weight's unit wrapped
MAX_ROW_LINES = 3  # a Markdown table row wrapped onto at most this many more lines
LEADER_TAIL = re.compile(r"\s*\.{4,}\s*$")
DOT_LEADER = re.compile(r"\s*(?:\.{4,}|\.{2,3}(?=\s+\d))(?![.\s]*\d+\s*$)\s*")


def unpiped(lines: Sequence[Line]) -> list[Line]:
    """Markdown table rows as the plain rows of a flattened table: "| Innovation | 25 % |"
    becomes "Innovation  25 %", and the "|---|---|" rule under the header goes, as do the
    dashed rules above, under and below a plain-text table ("-------  -----"); a table drawn
    with box characters ("│ Innovation │ 25 % │") is read the same way, and dot leaders
    ("Klimaeffekt ....... 40 point") part two cells."""
    plain: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        text = DOT_LEADER.sub("   ", BOX_SIDE.sub("|", line.text)).strip()
        index += 1
        if TEXT_RULE.match(text) or (text and BOX_RULE.match(text)):
            continue
        if "|" in text and PIPE_RULE.match(text):
            continue  # a Markdown table's rule, or its wrapped tail ("--------|")
        if not text.startswith("|"):
            plain.append(line if text == line.text.strip() else replace(line, text=text))
        else:
            text, index = _whole_row(lines, text, index)
            cells = [cell.strip() for cell in text.strip("|").split("|")]
            plain.append(replace(line, text="  ".join(cell for cell in cells if cell)))
    return plain


def _whole_row(lines: Sequence[Line], text: str, index: int) -> tuple[str, int]:
    """A Markdown table row with the lines a narrow column wrapped it onto, up to its closing
    pipe ("| 1 | Sammenhæng med LAG'ens" / "udviklingsstrategi | 10 |"); the index after."""
    end = index
    while (
        not text.endswith("|")
        and end < len(lines)
        and end - index < MAX_ROW_LINES
        and not lines[end].blank
        and not lines[end].text.strip().startswith("|")
    ):
        text = join_wrapped(text, lines[end].text.strip())
        end += 1
    return (text, end) if text.endswith("|") else (text, index)

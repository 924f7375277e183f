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
  lead: each has the paragraph below it as its requirement;
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

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from puljeportal.document import Line, RawDocument, Table
from puljeportal.extract.text import (
    BULLET,
    CELL_GAP,
    COUNT_WORD,
    collapse,
    continues,
    count_of,
    join_wrapped,
    one_line,
    typical_width,
)
from puljeportal.model import Criterion

CRITERIA_WORD = re.compile(r"kriteri", re.IGNORECASE)
# A sentence that says what weighs in the assessment announces criteria too, when a colon
# hands over to a list: "I vurderingen lægges der særligt vægt på:", "... vurderes ud fra:".
WEIGHING = re.compile(
    r"(?<![a-zæøå])(?:lægge[rs]?|lagt)(?:\s+\S+){0,3}?\s+vægt\s+på"
    r"|vurderingen\s+indgår|indgår\s+(?:\S+\s+){0,3}?i\s+vurderingen"
    r"|(?<![a-zæøå])(?:vurderes|vurderet|vurderer|bedømmes|bedømt|bedømmer|prioriteres|prioriterer)"
    r"\s+(?:\S+\s+){0,3}?"
    r"(?:ud fra|på baggrund af|efter|på grundlag af)(?![a-zæøå])",
    re.IGNORECASE,
)
# "Udvalget vil særligt prioritere projekter, der" hands over to a list of what the projects
# do: a sentence ending in a relative pronoun, its verb one of weighing or prioritising.
PRIORITISING = re.compile(r"(?<![a-zæøå])(?:prioriter\w*|foretrækk\w*)", re.IGNORECASE)
RELATIVE_END = re.compile(r"(?<![a-zæøå])(?:der|som)$", re.IGNORECASE)
# How many criteria the lead says there are: "ud fra fire kriterier", "følgende 3 kriterier".
STATED = re.compile(
    rf"(?<![\wæøå,.])(?P<count>{COUNT_WORD})\s+(?:[a-zæøå]+\s+)?[\wæøå-]*kriteri", re.I
)
# A weight or a score range after a title, in a row of a flattened table or a plain list:
# "Kunstnerisk kvalitet – 40 %", "Kvalitet (40 %)", "Effekt ... 35 % antal nye job", "... 0-40".
WEIGHT = re.compile(
    r"\s+(?:[–-]\s+)?\(?(?:vægt(?:ning)?\s*:?\s*)?"
    r"(?:\d{1,3}(?:,\d+)?\s*(?:%|pct\.?|procent|point)|\d{1,3}\s*[-–]\s*\d{1,3}(?:\s*point)?)"
    r"\)?(?=\s|$)",
    re.IGNORECASE,
)
WEIGHT_CELL = re.compile(r"[\d\s,.%()–-]+(?:pct\.?|procent|point)?", re.IGNORECASE)  # "0-10"
BARE_WEIGHT = re.compile(r"\s+\d{1,3}(?:,\d+)?$")  # "Inddragelse af frivillige   20"
# A flattened table's header row: "Kriterium   Vægt", "Prioriteringskriterium   Point".
COLUMN_WORDS = re.compile(r"(?<![\wæøå])(?:vægt\w*|point|score|andel)(?![\wæøå])", re.I)
TITLE_MAX = 80  # a criterion's title in a plain list: at most this long, in at most TITLE_WORDS
TITLE_WORDS = 12
HEADER_WORDS = 8  # a flattened table's header row: a few column names
PIPE_RULE = re.compile(r"^\|?[\s:|-]+\|?$")  # "|---|:---:|" under a Markdown table's header
# "ud fra tre kriterier: A, B og C." — a count, the criteria word, a colon, and the list.
PROSE_LIST = re.compile(STATED.pattern + r"\w*\s*:\s*(?P<list>[^.:;!?]+)[.;]", re.IGNORECASE)
PART_WORDS = 8  # a criterion named in a sentence: a few words
CLAUSE_START = re.compile(r"(?:og\s+)?(?:hvor|der|som|hvis|når|at|om|fordi)\b", re.IGNORECASE)
MIN_PROSE_PARTS = 3  # a list after "vægt på" without a count: "A, B og C" at least
SPEAKS_OF_CRITERIA = re.compile(r"kriteri|vægt|priorit", re.IGNORECASE)
LETTERED_PROSE = re.compile(r"kriteri\w*\s*:\s*(?P<list>[a-h]\)\s[^.!?:;]+)\.", re.IGNORECASE)
LETTER_MARK = re.compile(r",?\s*(?:og\s+)?(?<![\wæøå])[a-h]\)\s*")
WEIGHED_PROSE = re.compile(
    r"(?:vægt\s+på|kriteri\w*\s+om|(?:prioriteret|prioriteres|vurderet|vurderes|bedømt|bedømmes)"
    r"\s+efter)\s+(?!at\b|,)(?P<list>[^.:;!?]+)[.;]",
    re.IGNORECASE,
)
TOTAL = re.compile(r"^(?:i alt|total|sum|samlet)\b", re.IGNORECASE)  # a table's total row
LONG_SECTION = 160  # an "explanation" longer than this and twice the others is a new section
NUMBER = re.compile(
    r"^(?:\(?(?P<roman>i{1,3}|iv|vi{0,3}|ix|x)\)|(?P<digits>\d{1,2})[.)]|(?P<letter>[a-h])[.)])"
    r"\s+(?P<rest>.*)$"
)  # "3.", "c)", "(iv)"
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
ANNOUNCING = re.compile(r"(?:følgende|nedenstående|disse)\s+(?:\S+\s+)?\S*kriteri", re.IGNORECASE)
# "3. Vurderingskriterier": a numbered section's heading (not a table of contents' line)
SECTION = re.compile(r"^\d{1,2}\.?\s+(?!.*\.{3})\S+(?:\s+\S+){0,4}$")
TITLED = re.compile(r"^(?P<title>[A-ZÆØÅ][^:.!?]{1,60}):\s+(?P<about>\S.*)$")
# "Kriterium 2: Organisering", "Kriterie B – Formidling": a criterion that names itself, its
# text in the paragraph below.
LABELLED = re.compile(
    r"^(?i:kriteri(?:um|e))\s+(?:(?P<digits>\d{1,2})|(?P<letter>[A-Ha-h]))\s*[:.)–-]\s*"
    r"(?P<rest>[A-ZÆØÅ0-9\"„«(].*)$"  # a title: "Kriterium a) vægtes dobbelt." names none
)
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


def marker_kind(match: re.Match[str]) -> str:
    """Which numbering a list marker uses: "digits", "letter" or "roman"."""
    return next(kind for kind in ("digits", "letter", "roman") if match[kind])


def follows(match: re.Match[str] | None, item: Item, kind: str) -> bool:
    """Is this list marker the next one after `item`'s, of the same kind ("c)" after "b)")?"""
    return (
        match is not None
        and item.number is not None
        and marker_kind(match) == kind
        and number_of(match) == item.number + 1
    )


def number_of(match: re.Match[str]) -> int:
    """The ordinal of a list marker: "3." is 3, "c)" is 3."""
    if match["digits"]:
        return int(match["digits"])
    if match.groupdict().get("roman"):
        return ROMAN[match["roman"].lower()]
    return ord(match["letter"].lower()) - ord("a") + 1


def _tidy(text: str) -> str:
    """Collapse spaces and drop a space left before punctuation ("og lign ." → "og lign.")."""
    return re.sub(r"\s+([.,;:])(?=\s|$)", r"\1", collapse(text)).strip()


def _is_item(text: str) -> bool:
    """Does a line start a list item (a bullet or a number)?"""
    return bool(BULLET.match(text) or NUMBER.match(text))


def unit(lines: Sequence[Line], index: int) -> tuple[str, int]:
    """The sentence or heading that starts at a line, wrapped lines joined; and where it ends
    (at a blank line, a list item, or after a line ending in ":", which hands over)."""
    text = collapse(lines[index].text)
    end = index + 1
    while (
        end < len(lines)
        and not lines[end].blank
        and not _is_item(collapse(lines[end].text))
        and not text.endswith(":")
    ):
        text = join_wrapped(text, collapse(lines[end].text))
        end += 1
    return text, end


def is_lead(lines: Sequence[Line], index: int) -> bool:
    """Does the line at `index` announce criteria (a heading, or a sentence ending in ":")?"""
    first = collapse(lines[index].text)
    if SECTION.match(first) and CRITERIA_WORD.search(first):
        return True  # "3. Vurderingskriterier": a numbered section's heading
    if _is_item(first):
        return False
    if is_table_header(first):
        return True
    if not CRITERIA_WORD.search(first):
        text = unit(lines, index)[0]
        if RELATIVE_END.search(text):
            return bool(WEIGHING.search(text) or PRIORITISING.search(text))
        return text.endswith(":") and bool(WEIGHING.search(text) or PRIORITISING.search(text))
    text, _end = unit(lines, index)
    if text.endswith(":") or (stated_count(text) and ":" not in text):
        return True  # a colon inside hands over to criteria named inline (`named_in`)
    return len(text) <= 80 and not re.search(r"[.!?]$", text)


def _bridge(text: str) -> bool:
    """May a line stand between a lead and its list (a caption, a header, another lead)?"""
    if text.endswith(":") or ANNOUNCING.search(text):  # another lead ("... følgende kriterier.")
        return True
    return len(text) <= SHORT and not SENTENCE_END.search(text)


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
    titled = TITLED.match(body)  # "Skalerbarhed: Kan løsningen udbredes?"
    if titled:
        item = Item(None, titled["title"], page)
        item.requirements.append(titled["about"])
        return item
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


def _next_after_paragraph(lines: Sequence[Line], index: int) -> str:
    """The first text after the paragraph that starts at `index` and the blank lines after it
    (a list item ends the paragraph too: "a) Kvalitet" / "Projektets niveau." / "b) ...")."""
    while index < len(lines) and not lines[index].blank:
        index += 1
        if index < len(lines) and _is_item(collapse(lines[index].text)):
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
    numbered, kind = bool(first), marker_kind(first) if first else ""
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
        if number and (not numbered or (items and not follows(number, items[-1], kind))):
            break  # a numbered line in a bullet list, or numbering that restarts: another list
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


def stated_count(lead: str) -> int | None:
    """How many criteria a lead says there are ("ud fra fire kriterier:"), if it says."""
    match = STATED.search(lead)
    return count_of(match["count"]) if match else None


def split_weight(text: str, table: bool = False) -> tuple[str, str | None]:
    """A row's title before its weight, and what follows the weight (a table's last column);
    the whole text and None when the row has no weight. Under a table's header ("Kriterium
    Maks. point") a bare number at the row's end is its weight too."""
    match = WEIGHT.search(text) or (BARE_WEIGHT.search(text) if table else None)
    if not match or match.start() == 0:
        return text, None
    return text[: match.start()].rstrip(" –-:"), text[match.end() :].strip(" )")


def _title_like(text: str) -> bool:
    """Could this line be a criterion's title: short, capitalised, not a sentence?"""
    return (
        text[:1].isupper()
        and len(text) <= TITLE_MAX
        and len(text.split()) <= TITLE_WORDS
        and not re.search(r"[.!?:;,]$", text)
    )


def is_table_header(text: str) -> bool:
    """Is this a flattened criteria table's header row ("Kriterium   Vægt")?"""
    return (
        text[:1].isupper()
        and bool(CRITERIA_WORD.search(text) and COLUMN_WORDS.search(text))
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
    table = index < len(lines) and is_table_header(collapse(lines[index].text))
    index += 1 if table else 0
    items: list[Item] = []
    shape: tuple[bool, bool] | None = None  # (weighted, explained) of the first criterion
    gap = False
    while index < len(lines) and (count is None or len(items) < count):
        line = lines[index]
        if line.blank:
            gap, index = True, index + 1
            continue
        text, end = _row(lines, index, table)
        if gap and SENTENCE_END.search(text):
            break  # a paragraph after the list ("Ansøgninger under 25 point får afslag.")
        gap = False
        if items and text[:1].islower():
            items[-1].add(text)  # a wrapped table cell
            index = end
            continue
        title, rest = _first_cell(line.text, table) or split_weight(text, table)
        if rest and rest[:1].islower() and (SENTENCE_END.search(rest) or len(rest.split()) > 6):
            break  # "Ansøgninger med under 8 point gives ikke tilsagn.": a sentence
        if line.heading or _is_item(text) or not _title_like(title):
            break
        explanation, end = _explanation(lines, end, table)
        this = (rest is not None, bool(explanation))
        if (shape is not None and this != shape) or _ends_list(items, title, explanation):
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
    sentence = next((i for i, item in enumerate(items) if SENTENCE_END.search(item.title)), None)
    if sentence is not None:  # a "title" that ran on into a sentence was a paragraph's first line
        items, index = items[:sentence], start
    return (items, index) if len(items) >= 2 else ([], start)


def _first_cell(raw: str, table: bool) -> tuple[str, str] | None:
    """A table row of three or more cells (apart by two or more spaces): its first cell the
    title, the other cells but the weight what the criterion is about."""
    cells = [collapse(cell) for cell in CELL_GAP.split(raw.strip()) if cell.strip()]
    if cells and re.fullmatch(r"\d{1,2}[.)]?", cells[0]):
        cells = cells[1:]  # the row's number ("Nr.")
    if not table or len(cells) < 3:
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


def _row(lines: Sequence[Line], index: int, table: bool = False) -> tuple[str, int]:
    """A list line joined with the lines its title or weight wrapped onto in a narrow column
    ("Samspil med stedet – 25" / "%", "Bedriftens andel af" / "arealer 0-25"); the index after."""
    text, end = collapse(lines[index].text), index + 1
    while split_weight(text, table)[1] is None and end < len(lines) and not lines[end].blank:
        following = collapse(lines[end].text)
        if _is_item(following) or not (following[:1].islower() or following[:1] in "0123456789%("):
            break
        text, end = join_wrapped(text, following), end + 1
    return text, end


def _explanation(lines: Sequence[Line], index: int, table: bool = False) -> tuple[str, int]:
    """The sentence(s) straight below a title line, and the index after them ("" if none).

    Titles standing one per line join into no sentence, so they are not taken for one.
    """
    paragraph, end = "", index
    while end < len(lines) and not lines[end].blank and not lines[end].heading:
        text = collapse(lines[end].text)
        weighted = split_weight(_row(lines, end, table)[0], table)[1] is not None
        if not paragraph and (weighted or text[:1].islower()):
            return "", index  # the next weighted row, or a wrapped table cell
        paragraph = join_wrapped(paragraph, text)
        end += 1
    if paragraph and SENTENCE_END.search(paragraph):
        return paragraph, end
    return "", index


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
        text, after = _row(lines, index)  # a title wrapped in a narrow column
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
    lines = unpiped(doc.lines)
    width = typical_width(lines)
    index = 0
    while index < len(lines):
        line = lines[index]
        labelled = LABELLED.match(collapse(line.text))
        if labelled and number_of(labelled) == 1:
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
        lead_text, after = unit(lines, index)
        count = stated_count(lead_text)
        start = _list_start(lines, index)
        if is_table_header(collapse(line.text)):
            items, end = plain_list(lines, index, count)
        elif start is not None:
            items, end = read_list(lines, start, width)
        elif lead_text.endswith(":") or count:
            items, end = plain_list(lines, after, count)
        else:
            items, end = [], index + 1
        items = items[:count] if count and len(items) > count else items
        criteria.extend(item.criterion() for item in items if item.title)
        index = max(end, index + 1)
    criteria.extend(prose_criteria(lines))  # after the lists, which give titles their number
    return _unique(criteria)


def unpiped(lines: Sequence[Line]) -> list[Line]:
    """Markdown table rows as the plain rows of a flattened table: "| Innovation | 25 % |"
    becomes "Innovation  25 %", and the "|---|---|" rule under the header goes."""
    plain: list[Line] = []
    for line in lines:
        text = line.text.strip()
        if not text.startswith("|"):
            plain.append(line)
        elif not PIPE_RULE.match(text):
            cells = [cell.strip() for cell in text.strip("|").split("|")]
            plain.append(replace(line, text="  ".join(cell for cell in cells if cell)))
    return plain


def prose_criteria(lines: Sequence[Line]) -> list[Criterion]:
    """Criteria named in a sentence rather than listed (`named_in`), found in paragraphs that
    speak of criteria, weight or priority."""
    criteria: list[Criterion] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.blank or not SPEAKS_OF_CRITERIA.search(line.text) or _is_item(line.text.strip()):
            index += 1  # a list item's sentence explains a listed criterion, names none
            continue
        start = end = index
        while start > 0 and not lines[start - 1].blank:
            start -= 1  # the paragraph the sentence is in
        while end < len(lines) and not lines[end].blank:
            end += 1
        text = one_line(lines[start:end])
        index = end
        criteria.extend(
            Criterion(number=None, title=title, requirements=[], page=lines[start].page)
            for title in named_in(text)
        )
    return criteria


def named_in(text: str) -> list[str]:
    """Criteria named in a sentence, each list checked by its shape:
    - after a count and a colon, as many as the count says: "ud fra tre kriterier: adgang for
      mange, sammenhæng med naturen og lokal forankring.";
    - lettered after a colon: "med disse kriterier: a) ..., b) ... og c) ...";
    - after what weighs, at least three: "vægt på kvalitet, forankring og nye publikummer.",
      "prioriteret efter ...", "ud fra puljens kriterier om ...".
    Each name is a few words; a list with a longer part is a sentence, not a list."""
    names: list[str] = []
    for match in PROSE_LIST.finditer(text):
        parts = _parts(match["list"])
        if parts and len(parts) == count_of(match["count"]):
            names.extend(parts)
    for match in LETTERED_PROSE.finditer(text):
        lettered = [part for part in LETTER_MARK.split(match["list"]) if part.strip()]
        if len(lettered) >= 2 and all(_short(part) for part in lettered):
            names.extend(part.strip(" ,") for part in lettered)
    for match in WEIGHED_PROSE.finditer(text):
        parts = _parts(match["list"])
        if parts and len(parts) >= MIN_PROSE_PARTS:
            names.extend(parts)
    return names


def _parts(listed: str) -> list[str] | None:
    """The names of "A, B, C og D" (the last "og"/"samt"/"eller" parts the last two, so "børn
    og unge" stays whole before it); None when a part is too long to be a name."""
    *heads, last = [part.strip() for part in listed.split(",")]
    tail = re.split(r"\s+(?:og|samt|eller)\s+(?!.*\s(?:og|samt|eller)\s)", last, maxsplit=1)
    parts = [*heads, *tail]
    if any(CLAUSE_START.match(part) for part in parts):
        return None  # "projekter i områder, hvor ...": a clause, not a list
    return parts if all(_short(part) for part in parts) else None


def _short(part: str) -> bool:
    """Is this a criterion's name in a sentence: a few words?"""
    return 0 < len(part.split()) <= PART_WORDS


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

"""Dates, deadlines and periods as the document writes them, with an ISO date where one is known.

Forms recognised (Danish, any case, words possibly glued or wrapped by PDF extraction):
- day and month in words, with or without a year: "d. 1. oktober 2018", "den1.oktober2018",
  "Tirsdag d. 10. september 2019", "03 OKT 2022", "15. febr. 2025", "1. februar";
- numbers: "31.08.2018", "27.09.23", "09-11-2017", "29/01/2018", "1/10-2018", "21/6 2007",
  "2021-03-17" (an ISO date glued to a time, "2018-12-07T10:04", is a machine stamp: skipped);
  without a year only after "den"/"d." ("den 1/10");
- month and year: "januar 2022", "ultimo november 2021", "i løbet af juni 2024";
- a month alone after a qualifier or preposition: "i december", "primo marts", "inden juni"
  (kept, no ISO date unless the sentence names one year); in lower case or capitals only;
- a week: "i uge 42", "uge 40-42 2025" (kept, never an ISO date);
- a time after a date stays in the text: "17. marts 2021 kl. 12.00", "kl. 10-12";
- ranges: "januar 2022 til december 2024", "fra 1. marts til 15. april 2024", "1.-15. marts",
  "marts-juni 2025", "fra marts til juni".
Never a date: a bare year ("2019"), a duration ("14 dage"), a number after "§", "stk.", "nr.",
"afsnit", "sagsnr." or "version" ("§ 5.1.10"), a short year after a one-digit month ("4.1.12"
is a section), "jul" without a day or full stop (Christmas).

Labels: a date's label is the nearest label word, looked for first on its own line (in a table
row also after it); for a date in a table then in its column's header and the words above the
table, never in another row; elsewhere in its sentence.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from puljeportal.document import RawDocument
from puljeportal.extract.text import CELL_GAP, CONJUNCTIONS, bounds_around, collapse
from puljeportal.model import Dated

MONTHS = {
    "januar": 1, "februar": 2, "marts": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
    "august": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "febr": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "okt": 10, "nov": 11, "dec": 12,
}  # fmt: skip
FULL_MONTH = (
    r"(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)"
)
SHORT_MONTH = r"(?:jan|febr|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)"
# An abbreviation may carry a full stop; a full name's full stop ends the sentence.
MONTH = rf"(?<![a-zæøå])(?:{FULL_MONTH}|{SHORT_MONTH}\.?)(?![a-zæøå])"
# Without a day, "jul" is Christmas ("til jul 2024"): the abbreviation then needs its full stop.
MONTH_NO_DAY = rf"(?<![a-zæøå])(?:{FULL_MONTH}|(?!jul(?!\.)){SHORT_MONTH}\.?)(?![a-zæøå])"
GAP = r"[ \t\u00a0]*\n?[ \t\u00a0]*"  # spaces, at most one line break: never a blank line
YEAR = r"(?:19|20)\d\d(?!\d)"
CLOCK = r"\d{1,2}(?:[.:]\d\d)?(?![\d])"
# "kl. 12.00", "klokken 9-11"; or a clock with a colon straight after a comma ("…, 14:00").
TIME = (
    rf"(?:,?{GAP}(?:kl\.?|klokken){GAP}{CLOCK}(?:\s*[-–]\s*{CLOCK})?"
    rf"|,[ \t\u00a0]*\d{{1,2}}:\d\d(?!\d))"
)
WEEKDAY = r"(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\s+)"
PREFIX = rf"{WEEKDAY}?(?:(?<![a-zæøå])(?:den|d\.)\s*)?"
# Words that place a month without naming a day: "ultimo marts 2024", "i løbet af juni".
QUALIFIER = (
    r"(?<![a-zæøå])(?:ultimo|primo|medio|(?:i\s+)?(?:midten|slutningen|starten|begyndelsen"
    r"|udgangen|løbet)\s+af)"
)
# Before a month alone, also a preposition: a month word with nothing before it may be a name.
MONTH_ALONE_BEFORE = (
    rf"(?:{QUALIFIER}|(?<![a-zæøå])(?:i|inden|før|efter|fra|til|indtil|senest|omkring|pr\.))"
)
DAY_MONTH = (
    rf"(?:(?P<d0>[0-3]?\d)(?:\.?\s*[-–]|\.\s*(?:til|og))\s*)?(?<![\d.,])(?P<day>[0-3]?\d)\.?"
    rf"{GAP}(?P<month>{MONTH})(?:,?{GAP}(?P<year>{YEAR}))?{TIME}?"
)
# A range of two written without spaces, "1.8.2027-31.7.2028": a dash after a year may stand
# before the day, and after the year before the next date.
NUMERIC = (
    r"(?<![\d.,/])(?<!(?<!(?:19|20)\d\d)-)(?P<nday>[0-3]?\d)(?P<s1>[./-])(?P<nmonth>[01]?\d)"
    r"(?:(?P<s2>[./-])(?P<nyear>(?:19|20)\d\d|\d\d)|\s(?P<nyear4>(?:19|20)\d\d))"
    rf"(?![\d]|[.,/]\d|-(?![0-3]?\d\.[01]?\d\.(?:19|20)\d\d(?!\d))\d){TIME}?"
)
# Day and month in numbers without a year only after "den"/"d.": "den 1/10", "d. 15.3".
SHORT_NUMERIC = (
    rf"{WEEKDAY}?(?<![a-zæøå])(?:den|d\.)\s*(?<![\d.,/-])(?P<sday>[0-3]?\d)[./](?P<smonth>[01]?\d)"
    rf"(?![\d]|[.,/-]\d){TIME}?"
)
ISO = rf"(?<![\d-])(?P<iyear>(?:19|20)\d\d)-(?P<imonth>[01]\d)-(?P<iday>[0-3]\d)(?![\dT]){TIME}?"
MONTH_YEAR = (
    rf"(?:(?P<mmonth0>{MONTH_NO_DAY}){GAP}(?:[-–]|til){GAP})?(?:{QUALIFIER}\s+)?"
    rf"(?P<mmonth>{MONTH_NO_DAY}),?{GAP}(?P<myear>{YEAR})"
)
# Danish writes a month in lower case (or a heading in capitals): "til Maj" is a person.
WRITTEN_MONTH = rf"(?-i:{FULL_MONTH}|{FULL_MONTH.upper()})(?![a-zæøå])"
MONTH_ONLY = (
    rf"(?P<oqual>{MONTH_ALONE_BEFORE})\s+(?P<omonth>{WRITTEN_MONTH})"
    rf"(?:{GAP}(?:[-–]|til){GAP}(?P<omonth2>{WRITTEN_MONTH}))?(?!,?{GAP}{YEAR})"
)
# A week number is a time, not a day: kept as written, without an ISO date. It needs a year, a
# preposition or a label word before it, or to open its line or parenthesis ("hver uge 3 gange"
# counts weeks).
WEEK_BEFORE = r"(?:(?<![a-zæøå])(?:i|fra|til|senest|inden|efter|før|omkring|primo|medio|ultimo)\s+)"
WEEK_OPENS = re.compile(r"(?:^|\n|[(:–•-])[ \t]*$")
WEEK = (
    rf"(?P<wlead>{WEEK_BEFORE})?(?<![a-zæøå])uge\s*(?P<week>[1-4]\d|5[0-3]|0?[1-9])(?:\s*[-–]\s*(?:[1-4]\d|5[0-3]|[1-9]))?"
    rf"(?![\d.,]\d|\d)(?:,?\s*(?:i\s+)?(?P<wyear>{YEAR}))?"
)
DATE = re.compile(
    rf"{PREFIX}(?:{DAY_MONTH}|{NUMERIC}|{ISO})|{SHORT_NUMERIC}|{MONTH_YEAR}|{MONTH_ONLY}|{WEEK}",
    re.IGNORECASE,
)
# Numbers after these are references (a section, a case, a version), however date-like.
REFERENCE = re.compile(
    r"(?:§+|\b(?:nr|stk|kap|kapitel|pkt|punkt|afsnit|bilag|side|version|ver|sagsnr|sags-nr"
    r"|journalnr|j\.\s?nr)"
    r"\.?)\s*:?\s*$",
    re.IGNORECASE,
)
RANGE_JOIN = re.compile(r"^\s*(?:til og med|t\.o\.m\.|indtil|til|-|–|—)\s*$", re.IGNORECASE)
FROM_BEFORE = re.compile(r"(?<![a-zæøå])fra\s+$", re.IGNORECASE)
BARE_YEAR = re.compile(r"(?<![\d.,/-])(?:19|20)\d\d(?![\d.,/-]\d)")
SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÆØÅ])|\n\s*\n\s*(?=[A-ZÆØÅ•\-])")

# Context words that say what a date is; the one nearest before the date wins.
LABELS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"informationsmøde|infomøde|orienteringsmøde", re.I), "informationsmøde"),
    (re.compile(r"(?:an)?søgningsfrist|frist for (?:at )?(?:indsend|ansøg|søge)"
                r"|ansøgningsrunde", re.I), "ansøgningsfrist"),
    (re.compile(r"rapportering|slutrapport|regnskab", re.I), "afrapportering"),
    (re.compile(r"frist|senest|deadline", re.I), "frist"),
    (re.compile(r"(?:projekt|udviklings|tilskuds|bevillings|støtte|forsøgs|indsats)periode"
                r"|projektet (?:løber|gennemføres|skal gennemføres)", re.I), "projektperiode"),
    (re.compile(r"periode", re.I), "periode"),
    (re.compile(r"\bsvar\b(?!\s*\d*\s*:)|\bsvar\s*:\s*$|afgørelse|tilsagn", re.I), "svar"),
    (re.compile(r"udbetal", re.I), "udbetaling"),
    (re.compile(r"udmeld|offentligg[øj]|opslå|annoncer", re.I), "udmelding"),
    (re.compile(r"åbner|åbnes|åben for|muligt at søge|kan søges fra", re.I), "åbning"),
    (re.compile(r"opdateret|revideret", re.I), "opdateret"),
    (re.compile(r"igangsættes|påbegynd|projektstart|opstart", re.I), "projektstart"),
    (re.compile(r"afslut|projektslut|slutdato", re.I), "projektslut"),
    (re.compile(r"\bdato\b", re.I), "dato"),
    (re.compile(r"møde", re.I), "møde"),
]  # fmt: skip
BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
CONTEXT = 160  # how far (in characters) a label may stand from its date
ROW_WORDS = 4  # a table row holds its dates and at most this many other words
HEADER_MAX = 120  # a table's header line is at most this long


@dataclass
class Found:
    """One date (or range) as matched in the document text."""

    start: int
    end: int
    iso: str | None
    has_year: bool
    month: int | None
    day: int | None = None
    is_range: bool = False


def _iso(year: int | None, month: int | None, day: int | None) -> str | None:
    """An ISO date, or year-month; None when the parts are not a real date."""
    if year is None or month is None or not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _month(word: str | None) -> int | None:
    """The month number of a Danish month name or abbreviation."""
    if not word:
        return None
    return MONTHS.get(word.lower().rstrip("."))


def _year(text: str | None) -> int | None:
    """A four-digit year; a two-digit one is taken as 20xx."""
    if not text:
        return None
    value = int(text)
    return value + 2000 if value < 100 else value


def _is_reference(match: re.Match[str]) -> bool:
    """Do the words before a date-like number make it a reference ("§ 5.1.10", "sagsnr. ...")?"""
    return bool(REFERENCE.search(match.string, max(0, match.start() - 20), match.start()))


def _day_month(groups: dict[str, str | None], start: int, end: int) -> Found | None:
    """A day and a month in words ("1. oktober 2018", "1.-15. marts"), the year if written."""
    month, year = _month(groups["month"]), _year(groups["year"])
    day = int(groups["d0"] or groups["day"] or 0)
    if not 1 <= int(groups["day"] or 0) <= 31 or month is None:
        return None
    iso = _iso(year, month, day) if year else None
    return Found(start, end, iso, year is not None, month, day, bool(groups["d0"]))


def _numeric(groups: dict[str, str | None], start: int, end: int) -> Found | None:
    """A date in numbers ("31.08.2018", "1/10-2018", "27.09.23")."""
    short = groups["nyear"] is not None and len(groups["nyear"]) == 2
    if short and groups["s2"] != groups["s1"]:
        return None  # "1.10-11" is a time span, not a date; short years need one separator
    if short and len(groups["nmonth"] or "") < 2:
        return None  # "4.1.12" is a section number; a date with a short year writes "04.01.12"
    year = _year(groups["nyear"] or groups["nyear4"])
    month, day = int(groups["nmonth"] or 0), int(groups["nday"] or 0)
    iso = _iso(year, month, day)
    return Found(start, end, iso, True, month, day) if iso else None


def _in_numbers(groups: dict[str, str | None], start: int, end: int) -> Found | None:
    """A date in numbers: day-month-year, ISO, or day/month after "den" (no year)."""
    if groups["nday"]:
        return _numeric(groups, start, end)
    if groups["sday"]:
        month, day = int(groups["smonth"] or 0), int(groups["sday"] or 0)
        real = _iso(2000, month, day) is not None  # a leap year: 29/2 is a real day
        return Found(start, end, None, False, month, day) if real else None
    month, day = int(groups["imonth"] or 0), int(groups["iday"] or 0)
    iso = _iso(int(groups["iyear"] or 0), month, day)
    return Found(start, end, iso, True, month, day) if iso else None


def _month_year(groups: dict[str, str | None], start: int, end: int) -> Found:
    """A month and year ("januar 2022"), or months of one year ("marts-juni 2025")."""
    first, last = _month(groups["mmonth0"] or groups["mmonth"]), _month(groups["mmonth"])
    year = _year(groups["myear"])
    if year is not None and first is not None and last is not None and first > last:
        year -= 1  # "november-februar 2025" starts in 2024
    return Found(start, end, _iso(year, first, None), True, first, None, bool(groups["mmonth0"]))


def _week_placed(match: re.Match[str]) -> bool:
    """Does a bare "uge N" open its line or parenthesis, or follow a label ("Svar: uge 18")?"""
    before = match.string[max(0, match.start() - 40) : match.start()]
    if WEEK_OPENS.search(before):
        return True
    last = re.search(r"(\w+)[\s:.–-]*$", before)
    return last is not None and any(pattern.search(last.group(1)) for pattern, _ in LABELS)


def _week(match: re.Match[str]) -> Found:
    """A week number: kept as written, never with an ISO date."""
    return Found(match.start(), match.end(), None, bool(match.group("wyear")), None)


def _found(match: re.Match[str]) -> Found | None:
    """Turn one regex match into a date, or None if its numbers are not a real date."""
    groups = match.groupdict()
    start, end = match.span()
    if groups["day"]:
        return _day_month(groups, start, end)
    if groups["nday"] or groups["sday"] or groups["iyear"]:
        return None if _is_reference(match) else _in_numbers(groups, start, end)
    if groups["mmonth"]:
        return _month_year(groups, start, end)
    if groups["week"]:
        return _week(match) if groups["wlead"] or groups["wyear"] or _week_placed(match) else None
    return Found(start, end, None, False, _month(groups["omonth"]), None, bool(groups["omonth2"]))


def _merge_range(text: str, first: Found, last: Found) -> Found:
    """One range from two dates joined by "til" or a dash; the start borrows the end's year."""
    iso = first.iso
    if not first.has_year and last.iso and first.month:
        year = int(last.iso[:4]) - (1 if last.month and first.month > last.month else 0)
        iso = _iso(year, first.month, first.day)
    start = first.start
    before = FROM_BEFORE.search(text, max(0, first.start - 8), first.start)
    if before:
        start = before.start()
    return Found(start, last.end, iso, last.has_year, first.month, first.day, True)


def _scan(text: str) -> list[Found]:
    """All dates in a text, in order, ranges merged into one."""
    merged: list[Found] = []
    for match in DATE.finditer(text):
        item = _found(match)
        if item is None:
            continue
        previous = merged[-1] if merged else None
        if previous and not previous.is_range and RANGE_JOIN.match(text[previous.end : item.start]):
            merged[-1] = _merge_range(text, previous, item)
        else:
            merged.append(item)
    return merged


def parse_date(text: str) -> str | None:
    """The ISO date (YYYY-MM-DD, or YYYY-MM when the day is unknown) of the first date in text."""
    return next((item.iso for item in _scan(text) if item.iso), None)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around [start, end) begins and ends, at most CONTEXT characters away."""
    return bounds_around(text, start, end, SENTENCE_END, CONTEXT)


def nearest_label(
    labels: Sequence[tuple[re.Pattern[str], str]], before: str, after: str
) -> str | None:
    """The label whose word is nearest before a value, else first after it (ties: listed first)."""
    last = [
        (hit.end(), -rank, label)
        for rank, (pattern, label) in enumerate(labels)
        for hit in pattern.finditer(before)
    ]
    if last:
        return max(last)[2]
    first = [
        (hit.start(), rank, label)
        for rank, (pattern, label) in enumerate(labels)
        if (hit := pattern.search(after))
    ]
    return min(first)[2] if first else None


@dataclass
class Place:
    """Where a date stands on its line: the stretch of the line that is its own, and its column.

    `begin`/`stop` bound the words that belong to this date on its line: those before it back to
    the date before it, and for the line's last date those after it. For a date in a table,
    `table` is where the table's first row starts (a row's own words may also stand after its
    date: "1. marts 2024  Svar"), `column` the label its header gives.
    """

    begin: int
    stop: int
    table: int | None = None
    column: str | None = None


def _cell_labels(header: str) -> list[str | None]:
    """The label of each column a table's header names.

    Cells are split at wide gaps or "|"; where the reader kept single spaces only, a column
    header starts at each capitalised word ("Ansøgningsfrist Dato for møde" is two cells).
    """
    cells = [cell for cell in CELL_GAP.split(header.strip()) if cell.strip()]
    if len(cells) < 2:
        starts = [m.start() for m in re.finditer(r"(?<!\S)[A-ZÆØÅ]", header)] or [0]
        starts[0] = 0
        cells = [header[a:b] for a, b in zip(starts, [*starts[1:], len(header)], strict=True)]
    return [nearest_label(LABELS, cell, "") for cell in cells]


def _is_row(text: str, begin: int, end: int, items: Sequence[Found]) -> bool:
    """Is a line a table row: its dates and a few words, not a sentence?"""
    line = text[begin:end]
    gaps = zip([begin, *(i.end for i in items)], [*(i.start for i in items), end], strict=True)
    rest = " | ".join(line[a - begin : b - begin] for a, b in gaps)
    words = re.findall(r"[^\W\d_]+", rest)
    sentence = re.search(r"[.!?]\s*$|[.!?]\s+[A-ZÆØÅ]", rest.rstrip(" |"))
    return len(words) <= ROW_WORDS and not sentence


def _row_columns(
    text: str, line: tuple[int, int], items: Sequence[Found], header: str
) -> list[str | None]:
    """The column label of each date on a table row, from the header above it."""
    labels = _cell_labels(header)
    begin, end = line
    written = text[begin:end].rstrip()
    lead = len(written) - len(written.lstrip())
    cells = [begin + lead, *(begin + gap.end() for gap in CELL_GAP.finditer(written, lead))]
    if len(cells) == len(labels) >= 2:  # a text table that kept its gaps: date -> its cell
        return [labels[bisect_right(cells, item.start) - 1] for item in items]
    named: list[str | None] = [label for label in labels if label]
    return named if len(named) == len(items) else [None] * len(items)


def _places(text: str, items: Sequence[Found]) -> list[Place]:
    """Each date's place on its line, and for dates in a table its header's column label."""
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    ends = [*(m.start() for m in re.finditer("\n", text)), len(text)]
    by_line: dict[int, list[int]] = {}
    for number, item in enumerate(items):
        by_line.setdefault(bisect_right(starts, item.start) - 1, []).append(number)
    places = []
    for number, item in enumerate(items):
        line = bisect_right(starts, item.start) - 1
        beside = by_line[line]
        order = beside.index(number)
        begin = items[beside[order - 1]].end if order else starts[line]
        stop = ends[line] if order + 1 == len(beside) else item.end
        places.append(Place(begin, stop))
    for run, header in _tables(text, items, starts, ends, by_line):
        for line in run:
            numbers = by_line[line]
            row = [items[n] for n in numbers]
            columns = (
                _row_columns(text, (starts[line], ends[line]), row, header)
                if header
                else [None] * len(numbers)
            )
            for number, column in zip(numbers, columns, strict=True):
                places[number].table, places[number].column = starts[run[0]], column
    return places


def _tables(
    text: str,
    items: Sequence[Found],
    starts: list[int],
    ends: list[int],
    by_line: dict[int, list[int]],
) -> Iterator[tuple[list[int], str | None]]:
    """The tables of dates: each as its row lines and its header line (if it has one).

    A table is a run of row lines (blank lines between allowed) that all open alike, with a
    date or with words; at least two rows, or one row of dates side by side under a header.
    Its header is the line just above it. Prose wrapped in a narrow column is no table: its
    lines open now with a date, now with words.
    """
    rows = {
        line
        for line, numbers in by_line.items()
        if _is_row(text, starts[line], ends[line], [items[n] for n in numbers])
    }
    for run in _runs(sorted(rows), text, starts, ends):
        header = _header(text, starts, ends, run[0])
        opens = {
            not text[starts[line] : items[by_line[line][0]].start].strip(" •*-–") for line in run
        }
        if len(opens) == 1 and (len(run) > 1 or (header and len(by_line[run[0]]) > 1)):
            yield run, header


def _runs(rows: list[int], text: str, starts: list[int], ends: list[int]) -> list[list[int]]:
    """Row lines grouped into tables: consecutive, or with only blank lines between them."""
    runs: list[list[int]] = []
    for line in rows:
        previous = runs[-1][-1] if runs else None
        between = range(previous + 1, line) if previous is not None else range(0)
        if previous is not None and all(not text[starts[i] : ends[i]].strip() for i in between):
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


def _header(text: str, starts: list[int], ends: list[int], first: int) -> str | None:
    """The header line of a table starting at line `first`: the line above, if it is one."""
    line = first - 1
    if line >= 0 and not text[starts[line] : ends[line]].strip():
        line -= 1  # one blank line may stand between a header and its rows
    if line < 0:
        return None
    header = text[starts[line] : ends[line]]
    if (
        not header.strip()
        or len(header) > HEADER_MAX
        or re.search(r"[.!?]\s*$", header)
        or DATE.search(header)
    ):
        return None
    return header


def _label(text: str, item: Found, place: Place) -> str | None:
    """What a date is (informationsmøde, ansøgningsfrist, ...).

    The nearest label word wins, looked for in widening circles: the words on the date's own
    line before it; in a table row, the row's words after it, its column's header, then the
    words just above the table (never another row's); elsewhere, the sentence around it
    (nearest before, else first after).
    """
    begin, stop = _sentence_bounds(text, item.start, item.end)
    own = nearest_label(LABELS, text[max(begin, place.begin) : item.start], "")
    if own:
        return own
    if place.table is not None:
        after = nearest_label(LABELS, "", text[item.end : place.stop])
        above = _sentence_bounds(text, place.table, place.table)[0]
        return after or place.column or nearest_label(LABELS, text[above : place.table], "")
    return nearest_label(LABELS, text[begin : item.start], text[item.end : stop])


def _infer_year(text: str, start: int, end: int) -> int | None:
    """The year of a yearless date: the one bare year its sentence names, if exactly one."""
    begin, stop = _sentence_bounds(text, start, end)
    # A year in another paragraph (after a blank line) says nothing about this date.
    for blank in BLANK_LINE.finditer(text, begin, start):
        begin = blank.end()
    after = BLANK_LINE.search(text, end, stop)
    stop = after.start() if after else stop
    years = {match.group(0) for match in BARE_YEAR.finditer(text, begin, stop)}
    return int(years.pop()) if len(years) == 1 else None


def _split_word(previous: str, line: str) -> bool:
    """Does `line` end a word that `previous` broke at its end with a hyphen ("novem-⏎ber")?

    Not after a capital or digit ("SØM-", "2020-"), nor before a conjunction ("børne-⏎og unge").
    """
    first = re.match(r"[a-zæøå]+", line.lstrip())
    return (
        bool(re.search(r"[a-zæøå]-$", previous.rstrip()))
        and first is not None
        and first.group(0) not in CONJUNCTIONS
    )


def document_text(doc: RawDocument) -> tuple[str, list[int]]:
    """The document as one text and each line's start offset in it.

    Lines are joined by newlines, except that a word split at a line end is joined again
    ("ansøg-⏎ningsfrist", "20. novem-⏎ber 2025"): dates, amounts and labels are read whole.
    """
    text = ""
    starts: list[int] = []
    for index, line in enumerate(doc.lines):
        if index and _split_word(doc.lines[index - 1].text, line.text):
            text = text.rstrip()[:-1]
            starts.append(len(text))
            text += line.text.lstrip()
        else:
            text += "\n" if index else ""
            starts.append(len(text))
            text += line.text
    return text, starts


def page_at(doc: RawDocument, offsets: list[int], position: int) -> int:
    """The page of the line that holds a text offset."""
    return doc.lines[bisect_right(offsets, position) - 1].page if doc.lines else 1


def find_dates(doc: RawDocument) -> list[Dated]:
    """Dates, deadlines and periods as written, each with its ISO date, label and page."""
    text, offsets = document_text(doc)
    dates: list[Dated] = []
    seen: set[str] = set()
    items = _scan(text)
    for item, place in zip(items, _places(text, items), strict=True):
        written = collapse(text[item.start : item.end].replace("\n", " ")).rstrip(",")
        if written.lower() in seen:
            continue
        seen.add(written.lower())
        iso = item.iso
        if iso is None and not item.has_year:
            year = _infer_year(text, item.start, item.end)
            iso = _iso(year, item.month, item.day) if year else None
        dates.append(
            Dated(
                text=written,
                date=iso,
                label=_label(text, item, place),
                page=page_at(doc, offsets, item.start),
            )
        )
    return dates

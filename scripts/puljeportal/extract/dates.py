"""Dates, deadlines and periods as the document writes them, with an ISO date where one is known.

Forms recognised (Danish, any case, words possibly glued by PDF extraction):
- day and month in words, with or without a year: "d. 1. oktober 2018", "den1.oktober2018",
  "Tirsdag d. 10. september 2019", "03 OKT 2022", "1. februar";
- numbers: "31.08.2018", "27.09.23", "09-11-2017", "29/01/2018", "1/10-2018", "21/6 2007",
  "2021-03-17" (an ISO date glued to a time, "2018-12-07T10:04", is a machine stamp: skipped);
- month and year: "januar 2022", "ultimo november 2021";
- a month alone after "i"/"ultimo"/...: "i december" (kept, no ISO date unless a year is given);
- a time after a date stays in the text: "17. marts 2021 kl. 12.00";
- ranges: "januar 2022 til december 2024", "fra 1. marts til 15. april 2024", "1.-15. marts".
A bare year ("2019") or a duration ("14 dage") is never a date.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

from puljeportal.document import RawDocument
from puljeportal.extract.text import collapse
from puljeportal.model import Dated

MONTHS = {
    "januar": 1, "februar": 2, "marts": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
    "august": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "okt": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH = (  # an abbreviation may carry a full stop; a full name's full stop ends the sentence
    r"(?<![a-zæøå])(?:(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober"
    r"|november|december)|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\.?)(?![a-zæøå])"
)
GAP = r"[ \t\u00a0]*\n?[ \t\u00a0]*"  # spaces, at most one line break: never a blank line
YEAR = r"(?:19|20)\d\d(?!\d)"
TIME = rf"(?:,?{GAP}(?:kl\.?|klokken){GAP}\d{{1,2}}(?:[.:]\d\d)?(?![\d]))"
PREFIX = (
    r"(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\s+)?"
    r"(?:(?<![a-zæøå])(?:den|d\.)\s*)?"
)
QUALIFIER = r"(?:(?<![a-zæøå])(?:ultimo|primo|medio)\s+)"
DAY_MONTH = (
    rf"(?:(?P<d0>[0-3]?\d)\.?\s*[-–]\s*)?(?<![\d.,])(?P<day>[0-3]?\d)\.?{GAP}"
    rf"(?P<month>{MONTH})(?:,?{GAP}(?P<year>{YEAR}))?{TIME}?"
)
NUMERIC = (
    r"(?<![\d.,/-])(?P<nday>[0-3]?\d)(?P<s1>[./-])(?P<nmonth>[01]?\d)"
    r"(?:(?P<s2>[./-])(?P<nyear>(?:19|20)\d\d|\d\d)|\s(?P<nyear4>(?:19|20)\d\d))"
    rf"(?![\d]|[.,/-]\d){TIME}?"
)
ISO = r"(?<![\d-])(?P<iyear>(?:19|20)\d\d)-(?P<imonth>[01]\d)-(?P<iday>[0-3]\d)(?![\dT])"
MONTH_YEAR = rf"{QUALIFIER}?(?P<mmonth>{MONTH}){GAP}(?P<myear>{YEAR})"
MONTH_ONLY = (
    r"(?P<oqual>(?<![a-zæøå])(?:i|ultimo|primo|medio|midten af|slutningen af|starten af"
    r"|begyndelsen af|udgangen af))\s+"
    rf"(?P<omonth>{MONTH})(?!,?{GAP}{YEAR})"
)
DATE = re.compile(
    rf"{PREFIX}(?:{DAY_MONTH}|{NUMERIC}|{ISO})|{MONTH_YEAR}|{MONTH_ONLY}",
    re.IGNORECASE,
)
RANGE_JOIN = re.compile(r"^\s*(?:til|-|–|—)\s*$", re.IGNORECASE)
FROM_BEFORE = re.compile(r"(?<![a-zæøå])fra\s+$", re.IGNORECASE)
BARE_YEAR = re.compile(r"(?<![\d.,/-])(?:19|20)\d\d(?![\d.,/-]\d)")
SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÆØÅ])|\n\s*\n\s*(?=[A-ZÆØÅ•\-])")

# Context words that say what a date is; the one nearest before the date wins.
LABELS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"informationsmøde|infomøde", re.I), "informationsmøde"),
    (re.compile(r"ansøgningsfrist|søgningsfrist|frist for (?:indsendelse|ansøgning)"
                r"|ansøgningsrunde", re.I), "ansøgningsfrist"),
    (re.compile(r"afrapportering", re.I), "afrapportering"),
    (re.compile(r"frist|senest|deadline", re.I), "frist"),
    (re.compile(r"projektperiode|udviklingsperiode|tilskudsperiode|projektet løber", re.I),
     "projektperiode"),
    (re.compile(r"periode", re.I), "periode"),
    (re.compile(r"\bsvar\b(?!\s*\d*\s*:)|afgørelse|tilsagn", re.I), "svar"),
    (re.compile(r"udmeld|offentligg[øj]|opslå", re.I), "udmelding"),
    (re.compile(r"åbner|muligt at søge|kan søges fra", re.I), "åbning"),
    (re.compile(r"opdateret|revideret", re.I), "opdateret"),
    (re.compile(r"igangsættes|projektstart|opstart", re.I), "projektstart"),
    (re.compile(r"\bdato\b", re.I), "dato"),
    (re.compile(r"møde", re.I), "møde"),
]  # fmt: skip
BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
CONTEXT = 160  # how far (in characters) a label may stand from its date


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


def _found(match: re.Match[str]) -> Found | None:
    """Turn one regex match into a date, or None if its numbers are not a real date."""
    groups = match.groupdict()
    start, end = match.span()
    if groups["day"]:
        month, year = _month(groups["month"]), _year(groups["year"])
        day = int(groups["d0"] or groups["day"])
        if not 1 <= int(groups["day"]) <= 31 or month is None:
            return None
        iso = _iso(year, month, day) if year else None
        return Found(start, end, iso, year is not None, month, day, bool(groups["d0"]))
    if groups["nday"]:
        if groups["nyear"] and len(groups["nyear"]) == 2 and groups["s2"] != groups["s1"]:
            return None  # "1.10-11" is a time span, not a date; short years need one separator
        year = _year(groups["nyear"] or groups["nyear4"])
        month, day = int(groups["nmonth"]), int(groups["nday"])
        iso = _iso(year, month, day)
        return Found(start, end, iso, True, month, day) if iso else None
    if groups["iyear"]:
        month, day = int(groups["imonth"]), int(groups["iday"])
        iso = _iso(int(groups["iyear"]), month, day)
        return Found(start, end, iso, True, month, day) if iso else None
    if groups["mmonth"]:
        month = _month(groups["mmonth"])
        return Found(start, end, _iso(_year(groups["myear"]), month, None), True, month)
    return Found(start, end, None, False, _month(groups["omonth"]))


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
    low = max(0, start - CONTEXT)
    begin = low
    for match in SENTENCE_END.finditer(text, low, start):
        begin = match.end()
    stop = SENTENCE_END.search(text, end, min(len(text), end + CONTEXT))
    return begin, stop.start() if stop else min(len(text), end + CONTEXT // 2)


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


def _label(text: str, start: int, end: int) -> str | None:
    """What the context says the date is (informationsmøde, ansøgningsfrist, ...)."""
    begin, stop = _sentence_bounds(text, start, end)
    return nearest_label(LABELS, text[begin:start], text[end:stop])


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


def document_text(doc: RawDocument) -> tuple[str, list[int]]:
    """The document as one text (lines joined by newlines) and each line's start offset."""
    text = "\n".join(line.text for line in doc.lines)
    return text, list(accumulate((len(line.text) + 1 for line in doc.lines), initial=0))


def page_at(doc: RawDocument, offsets: list[int], position: int) -> int:
    """The page of the line that holds a text offset."""
    return doc.lines[bisect_right(offsets, position) - 1].page if doc.lines else 1


def find_dates(doc: RawDocument) -> list[Dated]:
    """Dates, deadlines and periods as written, each with its ISO date, label and page."""
    text, offsets = document_text(doc)
    dates: list[Dated] = []
    seen: set[str] = set()
    for item in _scan(text):
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
                label=_label(text, item.start, item.end),
                page=page_at(doc, offsets, item.start),
            )
        )
    return dates

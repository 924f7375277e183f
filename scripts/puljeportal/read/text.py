"""Read .txt and .md documents: UTF-8 (cp1252 with a warning), pages, Markdown emphasis.

Markdown emphasis is kept as flags: a line in bold is `bold`, and a bold question opening a line
("**Kan vi søge?** Ja, ...") becomes a bold line of its own, followed by the rest.
Text saved from a PDF marks a page break with a form feed, or (as many converters leave it)
with a single space at the start of the page's first line; both start a new page here. Page
numbers and running headers next to the breaks are dropped (`furniture`).
"""

from __future__ import annotations

import re

from puljeportal.document import Line, RawDocument
from puljeportal.errors import DocumentError
from puljeportal.read.columns import split_columns
from puljeportal.read.furniture import drop_text_furniture

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
BOLD_ALL = re.compile(r"^(?:\*\*|__)(.+?)(?:\*\*|__)[:.]?$")
EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
ITALIC = re.compile(r"(?<![*\w])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![*\w])")  # "*Tilføjet 3. maj*"
# A bold question opening a line, its answer after it ("**Kan vi søge?** Ja, ..."); a bold
# label ("**SPG 1:** Kan man?") stays part of its line.
BOLD_LEAD = re.compile(r"^(\*\*|__)([^*_]{3,}?\?)\1\s+(\S.*)$")
PAGE_START = re.compile(r"^ \S")


def decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """Decode as UTF-8, else cp1252 with a warning; refuse binary data."""
    if b"\x00" in data[:4096]:
        raise DocumentError(name, "ligner ikke en tekstfil (indeholder binære data)")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise DocumentError(name, "er hverken gyldig UTF-8 eller cp1252") from None
    return text, [f"{name}: ikke gyldig UTF-8; læst som cp1252 (Windows-tegnsæt)"]


def parse_line(raw: str, page: int) -> Line:
    """One text line: Markdown heading level and bold are kept as flags, markup removed."""
    text = raw.strip()
    heading = 0
    match = HEADING.match(text)
    if match:
        heading, text = len(match.group(1)), match.group(2)
    bold = False
    whole = BOLD_ALL.match(text)
    if whole and "**" not in whole.group(1):
        bold, text = True, text.replace("**", "").replace("__", "")
    text = ITALIC.sub(r"\1", EMPHASIS.sub(r"\2", text))
    text = text.replace("\\*", "*").replace("\\_", "_")
    return Line(text=text.strip(), page=page, bold=bold, heading=heading)


def _space_marks_pages(text: str) -> bool:
    """Do single-space line starts mark pages here, rather than indentation (a few, not many)?"""
    lines = [line for line in text.split("\n") if line.strip()]
    marks = sum(1 for line in lines if PAGE_START.match(line))
    return marks <= max(3, len(lines) // 8)


def read_text(data: bytes, name: str, digest: str) -> RawDocument:
    """Read a text or Markdown document into lines with page numbers."""
    text, warnings = decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    uses_space_marks = "\f" not in text and _space_marks_pages(text)
    page = 1
    lines: list[Line] = []
    for index, raw in enumerate(split_columns(text.split("\n"))):
        for part_no, part in enumerate(raw.split("\f")):
            if part_no > 0 or (uses_space_marks and index > 0 and PAGE_START.match(part)):
                page += 1
            lead = BOLD_LEAD.match(part.strip())
            if lead:  # the bold sentence is a line of its own, as a heading would be
                lines.append(Line(text=lead.group(2).strip(), page=page, bold=True))
                part = lead.group(3)
            lines.append(parse_line(part, page))
    lines = drop_text_furniture(lines)
    return RawDocument(source=name, sha256=digest, pages=page, lines=lines, warnings=warnings)

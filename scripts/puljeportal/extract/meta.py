"""A document's title and kind, from its layout."""

from __future__ import annotations

import re
from collections.abc import Sequence

from puljeportal.document import Line, RawDocument
from puljeportal.extract.text import collapse, one_line
from puljeportal.model import DocumentKind, Extraction

LABEL_LINE = re.compile(r"^[\wæøåÆØÅ .]{2,30}:$")  # a letterhead label such as "Enhed:"
MAX_TITLE_CHARS = 250


def find_title(doc: RawDocument) -> str | None:
    """The first heading if the document has one, else its first paragraph if short enough."""
    for line in doc.lines:
        if line.heading and collapse(line.text):
            return collapse(line.text)
    for block in _opening_blocks(doc.lines):
        text = one_line(block)
        if LABEL_LINE.match(block[0].text.strip()) or text.endswith("!"):
            continue
        if len(text) <= MAX_TITLE_CHARS and len(text.split()) >= 2:
            return text
        return None
    return None


def _opening_blocks(lines: Sequence[Line], limit: int = 8) -> list[list[Line]]:
    """The first few runs of lines between gaps (continuation lines across a gap included)."""
    blocks: list[list[Line]] = []
    for line in lines:
        if line.blank:
            if blocks and blocks[-1]:
                blocks.append([])
            continue
        text = line.text.strip()
        if not blocks:
            blocks.append([])
        elif not blocks[-1] and len(blocks) > 1 and _wraps_on(blocks[-2], text):
            blocks.pop()
        blocks[-1].append(line)
        if len(blocks) > limit:
            break
    return [block for block in blocks if block]


def _wraps_on(block: list[Line], text: str) -> bool:
    """Does `text` continue the block's last line (it did not end a sentence or a heading)?"""
    last = block[-1].text.strip()
    return bool(text[:1].islower() or re.search(r"(?:\w-|\b(?:om|til|af|og|for|mellem|på))$", last))


def classify(doc: RawDocument, extraction: Extraction) -> DocumentKind:
    """qa, slides, pamphlet, guide or other, from what was found and how the text is laid out."""
    if extraction.qa:
        return "qa"
    text_lines = [line for line in doc.lines if not line.blank]
    words = sum(len(line.text.split()) for line in text_lines) / max(len(text_lines), 1)
    if doc.pages >= 5 and words < 8:
        return "slides"
    if extraction.core_elements:
        return "pamphlet"
    # Any other document with text is read as a guide; "other" is left for one with none.
    return "guide" if text_lines else "other"

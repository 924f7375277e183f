"""What every reader of criteria shares: the criterion being read (`Item`), list markers, the
unit of text a lead or a list line is, and a title's weight ("Kvalitet – 40 %")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from puljeportal.document import Line
from puljeportal.extract.dates import FULL_MONTH
from puljeportal.extract.text import BULLET, COUNT_WORD, collapse, join_wrapped
from puljeportal.model import Criterion

CRITERIA_WORD = re.compile(r"kriteri", re.IGNORECASE)
# A weight or a score range after a title, in a row of a flattened table or a plain list:
# "Kunstnerisk kvalitet – 40 %", "Kvalitet (40 %)", "Effekt ... 35 % antal nye job", "... 0-40",
# a multiplier "Varige aktivitetstilbud   x3".
WEIGHT = re.compile(
    r"\s+(?:[–-]\s+)?\(?(?:(?:vægt(?:ning)?|vægter|max\.?|maks\.?|op\s+til|højst)\s*:?\s*)?"
    r"(?:\d{1,3}(?:,\d+)?\s*(?:%|pct\.?|procent|point|p\.)"
    r"|\d{1,3}\s*[-–]\s*\d{1,3}(?:\s*(?:point|p\.))?"
    r"|[x×]\s?\d{1,2})"
    r"\)?(?=\s|$)",
    re.IGNORECASE,
)
BARE_WEIGHT = re.compile(r"\s+\d{1,3}(?:,\d+)?$")  # "Inddragelse af frivillige   20"
# "2) antallet af deltagere, og", "- frivilliges deltagelse og": the joint to the next item
LIST_JOINT = re.compile(r"(?:\s*[,;]\s*(?:og|samt|eller)?|\s+(?:og|samt|eller))$")
NUMBER = re.compile(
    r"^(?:\(?(?P<roman>i{1,3}|iv|vi{0,3}|ix|x|I{1,3}|IV|VI{0,3}|IX|X)(?:\)|(?<=[IVX])\.)|\(?(?:(?P<section>\d{1,2})\.(?=\d))?(?P<digits>\d{1,2})(?(section)\.?|[.)])|\(?(?P<letter>[a-hA-H])[.)])"
    r"\s+(?P<rest>.*)$"
)  # "3.", "c)", "(iv)", "(2)", "(b)", "B.", "IV.", and a section's "3.2" (numbered 2)
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
# "Kriterium 2: Organisering", "Kriterie B – Formidling": a criterion that names itself, its
# text in the paragraph below.
LABELLED = re.compile(
    r"^(?i:kriteri(?:um|e))\s+(?:(?P<digits>\d{1,2})|(?P<letter>[A-Ha-h]))\s*[:.)–-]\s*"
    r"(?P<rest>[A-ZÆØÅ0-9\"„«(].*)$"  # a title: "Kriterium a) vægtes dobbelt." names none
)
# "Førsteprioritet: Små virksomheder", "2. prioritet – Certifikat": a ranked priority.
RANKED = re.compile(
    r"^(?:(?:første|anden|andet|tredje|fjerde|femte|sjette)\s*|\d\.\s*)prioritet\s*[:–-]\s*"
    r"(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# How many criteria the lead says there are: "ud fra fire kriterier", "følgende 3 kriterier".
STATED = re.compile(
    rf"(?<![\wæøå,.])(?P<count>{COUNT_WORD})\s+(?:[a-zæøå]+\s+)?[\wæøå-]*kriteri", re.I
)
DATE_START = re.compile(rf"^\d{{1,2}}\.\s+{FULL_MONTH}(?![a-zæøå])", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?]['\"”’)]*$")
# The standard sections of a pool's announcement that follow its criteria, in a heading's own
# shape ("Frister", "Kontakt", "Ansøgningsfrist: 31. marts 2027", "Spørgsmål 6 (NY)"): the
# next section, never a criterion ("Tidsplan og gennemførlighed" is one; "Frist og tidsplan"
# is not).
SECTION_NAME = re.compile(
    r"^(?:frist(?:er|en)?|ansøgningsfrist(?:er|en)?|tidsfrist(?:er)?|kontakt\w*|spørgsmål"
    r"|sådan\s+søger|hvem\s+kan\s+søge|læs\s+mere|udbetaling|afrapportering|regnskab)"
    r"(?![a-zæøå])",
    re.IGNORECASE,
)


@dataclass
class Item:
    """A criterion being read: its title pieces and its requirements."""

    number: int | None
    title: str
    page: int
    requirements: list[str] = field(default_factory=list)
    weighted: bool = False  # its weight stood after the title ("1. Kvalitet (35 point)")

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
            title=LIST_JOINT.sub("", tidy(self.title)),
            requirements=[tidy(text) for text in self.requirements if tidy(text)],
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


def tidy(text: str) -> str:
    """Collapse spaces and drop a space left before punctuation ("og lign ." → "og lign.")."""
    return re.sub(r"\s+([.,;:])(?=\s|$)", r"\1", collapse(text)).strip()


def is_item(text: str) -> bool:
    """Does a line start a list item (a bullet or a number)? Not a date that a sentence wrapped
    onto the line's start ("... jf. listen pr." / "1. december 2026.")."""
    return bool(BULLET.match(text) or (NUMBER.match(text) and not DATE_START.match(text)))


SLIDE = re.compile(r"^[\[(-]*\s*(?:slide|dias)\s+\d+\b", re.IGNORECASE)  # a slide's number


def unit(lines: Sequence[Line], index: int) -> tuple[str, int]:
    """The sentence or heading that starts at a line, wrapped lines joined; and where it ends
    (at a blank line, a list item, the next slide's number, or after a line ending in ":",
    which hands over)."""
    text = collapse(lines[index].text)
    end = index + 1
    while (
        end < len(lines)
        and not lines[end].blank
        and not is_item(collapse(lines[end].text))
        and not SLIDE.match(collapse(lines[end].text))
        and not text.endswith(":")
    ):
        text = join_wrapped(text, collapse(lines[end].text))
        end += 1
    return text, end


def split_weight(text: str, table: bool = False) -> tuple[str, str | None]:
    """A row's title before its weight, and what follows the weight (a table's last column);
    the whole text and None when the row has no weight. Under a table's header ("Kriterium
    Maks. point") a bare number at the row's end is its weight too."""
    match = WEIGHT.search(text) or (BARE_WEIGHT.search(text) if table else None)
    if not match or match.start() == 0:
        return text, None
    return text[: match.start()].rstrip(" –-:"), text[match.end() :].strip(" )")

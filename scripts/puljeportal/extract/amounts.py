"""Money as the document writes it, with its value in kroner where the currency is Danish.

Forms: "22,6 mio. kr.", "255 mio. kroner", "4.753.000 kr.", "10.000 kr", "kr. 50.000",
"1,5 mia. kr.", "DKK 2 mio.", "15.000,-", "8,2 millioner kroner", ranges with a shared unit
("2-5 mio. kr.", "5-10.000 kr.", "21.000 - 250.000 kr."), glued words ("435mio. kr."), a line
break inside ("41 mio.⏎kr."), and "54 mio" with no currency where no other noun follows.
A number without a currency or a scale (a year, a count, "10 pct.") is never an amount.
"""

from __future__ import annotations

import re

from puljeportal.document import RawDocument
from puljeportal.extract.dates import document_text, nearest_label, page_at
from puljeportal.extract.text import collapse
from puljeportal.model import Amount

GAP = r"[ \t\u00a0]*\n?[ \t\u00a0]*"  # spaces, at most one line break
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
SCALE = r"(?:mio|mia|mill|millioner|million|milliarder|milliard)\.?(?![a-zæøå])"
KRONER = r"(?:kr\.?|kroner|dkk)(?![a-zæøå])"
FOREIGN = r"(?:euro|eur|€)(?![a-zæøå])"
START = r"(?<![\d.,])"


def _range(name: str) -> str:
    """An optional low end of a range ("2-", "21.000 - "), captured as group `name`."""
    return rf"(?:(?P<{name}>{NUMBER}){GAP}(?:{SCALE}{GAP})?[-–]{GAP})?"


AFTER = (
    rf"{START}{_range('low')}(?P<value>{NUMBER}){GAP}(?P<scale>{SCALE})?{GAP}"
    rf"(?:(?P<currency>{KRONER}|{FOREIGN})|(?P<dash>(?<=\d),-))"
)
BEFORE = (
    rf"(?<![a-zæøå])(?P<pcurrency>{KRONER}){GAP}(?P<pvalue>{NUMBER})"
    rf"(?:{GAP}(?P<pscale>{SCALE}))?"
)
SCALE_ONLY = rf"{START}{_range('slow')}(?P<svalue>{NUMBER}){GAP}(?P<sscale>{SCALE})"
AMOUNT = re.compile(rf"{AFTER}|{BEFORE}|{SCALE_ONLY}", re.IGNORECASE)
# After "N mio." with no currency, these words still leave it an amount of money.
MONEY_FOLLOWERS = frozenset(
    {"i", "til", "om", "pr", "per", "årligt", "årlig", "fra", "og", "eller", "af", "afsat",
     "alt", "samlet"}
)  # fmt: skip
FACTORS = {"mio": 1e6, "mill": 1e6, "million": 1e6, "millioner": 1e6, "mia": 1e9,
           "milliard": 1e9, "milliarder": 1e9}  # fmt: skip
LABELS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"maks\.?|maksimalt|max\.?|højst|op til|loft", re.I), "maksimalt"),
    (re.compile(r"minimum|mindst|minimalt", re.I), "minimum"),
    (re.compile(r"pulje", re.I), "pulje"),
    (re.compile(r"tilskud|støtte|bevilg|tildel|modtage|uddel|ansøgt beløb", re.I), "tilskud"),
    (re.compile(r"afsat|afsættes|ramme|budget|fordeles", re.I), "afsat"),
]  # fmt: skip
CONTEXT = 80
CLAUSE_END = re.compile(r"[.!?;:](?=\s+[A-ZÆØÅ•])|\n\s*\n")


def _number(text: str) -> float:
    """A Danish number: '.' groups thousands, ',' is the decimal mark."""
    return float(text.replace(".", "").replace(",", "."))


def _kroner(value: float) -> float:
    """A value rounded to øre, so 8,2 mio. is 8200000.0 and not 8199999.999999999."""
    return round(value, 2)


def _factor(scale: str | None) -> float:
    """The multiplier a scale word stands for (1 without one)."""
    if not scale:
        return 1.0
    return FACTORS.get(scale.lower().rstrip("."), 1.0)


def _value(match: re.Match[str]) -> float | None:
    """The kroner value of an amount match (the lower bound of a range); None if not DKK."""
    groups: dict[str, str | None] = match.groupdict()
    if groups["pvalue"]:
        return _number(groups["pvalue"]) * _factor(groups["pscale"])
    if re.fullmatch(FOREIGN, groups["currency"] or "", re.IGNORECASE):
        return None
    value = groups["value"] or groups["svalue"] or "0"
    scale = groups["scale"] or groups["sscale"]
    low = groups["low"] or groups["slow"]
    if not low:
        return _number(value) * _factor(scale)
    if "." not in low and "." in value and not scale:
        # "5-10.000 kr.": the low end shares the high end's thousands ("5.000-10.000").
        return _number(low) * 1000.0 ** value.count(".")
    return _number(low) * _factor(scale)


def parse_dkk(text: str) -> float | None:
    """The value in kroner of the first money amount in a text (a range's low end)."""
    for match in AMOUNT.finditer(text):
        if _is_money(text, match):
            value = _value(match)
            return None if value is None else _kroner(value)
    return None


def _is_money(text: str, match: re.Match[str]) -> bool:
    """A scale without currency ("54 mio") is money unless a noun follows ("1 mio. borgere")."""
    if not match.group("svalue"):
        return True
    following = re.match(r"\s*([a-zæøå]+)", text[match.end() :])
    return following is None or following.group(1).lower() in MONEY_FOLLOWERS


def _label(text: str, start: int, end: int) -> str | None:
    """What the context says the amount is: the nearest label word before it in its clause."""
    low = max(0, start - CONTEXT)
    begin = low
    for clause in CLAUSE_END.finditer(text, low, start):
        begin = clause.end()
    stop = CLAUSE_END.search(text, end, min(len(text), end + CONTEXT))
    after = text[end : stop.start() if stop else min(len(text), end + CONTEXT // 2)]
    return nearest_label(LABELS, text[begin:start], after)


def find_amounts(doc: RawDocument) -> list[Amount]:
    """Money amounts as written, each with its value in kroner, a label and its page."""
    text, starts = document_text(doc)
    amounts: list[Amount] = []
    seen: set[str] = set()
    for match in AMOUNT.finditer(text):
        written = collapse(match.group(0).replace("\n", " "))
        if not _is_money(text, match) or written.lower() in seen:
            continue
        seen.add(written.lower())
        amounts.append(
            Amount(
                text=written,
                dkk=None if (value := _value(match)) is None else _kroner(value),
                label=_label(text, match.start(), match.end()),
                page=page_at(doc, starts, match.start()),
            )
        )
    return amounts

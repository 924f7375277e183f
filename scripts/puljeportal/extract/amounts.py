"""Money as the document writes it, with its value in kroner where the currency is Danish.

Forms: the currency after the number ("4.753.000 kr.", "255 mio. kroner", "500.000 DKK") or
before it ("kr. 50.000", "DKK 2 mio."); thousands grouped by "." or a space ("4 753 000 kr.");
scales "mio.", "mia.", "millioner", "milliarder", "tusind", and "t.kr."/"tkr." for thousands of
kroner; whole kroner as ",-" ("15.000,-", "kr. 15.000,-", "15.000,- kr."); ranges with a shared
unit ("2-5 mio. kr.", "5-10.000 kr.", "50.000 til 500.000 kr.", "mellem 2 og 5 mio. kr.", "kr.
10.000-75.000"), and two whole amounts after "mellem" ("mellem 50.000 kr. og 1 mio. kr.") or
"fra" ("fra 50.000 kr. til 1 mio. kr.", kept without "fra"); glued
words ("435mio. kr."), a line break inside ("41 mio.⏎kr."). Foreign money ("87 mia. euro",
"EUR 2 mio.", "$ 300") is an amount without a kroner value. A scale with no currency ("54 mio")
is money only where no noun follows it and its clause speaks of money ("puljen støtter ...").
A number without a currency or a scale (a year, a count, "10 pct.", "§ 5", a case number) is
never an amount.
"""

from __future__ import annotations

import re

from puljeportal.document import RawDocument
from puljeportal.extract.dates import document_text, nearest_label, page_at
from puljeportal.extract.text import bounds_around, collapse
from puljeportal.model import Amount

GAP = r"[ \t\u00a0]*\n?[ \t\u00a0]*"  # spaces, at most one line break
# Thousands grouped by "." or by a (thin, non-breaking) space; "," is the decimal mark.
NUMBER = (
    r"\d{1,3}(?:\.\d{3})+(?:,\d+)?"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]\d)(?:,\d+)?"
    r"|\d+(?:,\d+)?"
)
# A word ends at a full stop or where no letter follows; glued PDF text runs on ("5mio.kr.").
SCALE = (
    r"(?:mio|mia|mrd|mill|millioner|million|milliarder|milliard|tusinde|tusind)"
    r"(?:\.|(?![a-zæøå]))"
)
KRONER = r"(?:kr(?:\.|(?![a-zæøå]))|(?:kroner|krone|dkk)(?![a-zæøå]))"
THOUSAND_KRONER = r"(?:t\.?[ \u00a0]?kr\.?|tkr\.?)(?![a-zæøå])"  # "500 t.kr." is 500.000 kr.
FOREIGN = r"(?:euro|eur|€|usd|us-dollars?|dollars?|\$|sek|nok|gbp|£|chf)(?![a-zæøå])"
DASH = r"(?<=\d),-"  # "15.000,-": whole kroner
START = r"(?<![\d.,])"


def _range(name: str) -> str:
    """An optional low end of a range ("2-", "21.000 - ", "50.000 til "), as group `name`."""
    return rf"(?:(?P<{name}>{NUMBER}){GAP}(?:{SCALE}{GAP})?(?:[-–]|til(?=\s)){GAP})?"


AFTER = (
    rf"{START}{_range('low')}(?P<value>{NUMBER})(?:{DASH})?{GAP}(?P<scale>{SCALE})?{GAP}"
    rf"(?:(?P<currency>{THOUSAND_KRONER}|{KRONER}|{FOREIGN})|(?<=,-))"
)
BEFORE = (  # "kr. 50.000", also glued to the word before it in PDF text ("påkr. 30.000")
    rf"(?:(?<![a-zæøå])|(?=kr\.\s?\d))(?P<pcurrency>{KRONER}|{FOREIGN}){GAP}(?P<pvalue>{NUMBER})"
    rf"(?:{GAP}[-–]{GAP}(?:{NUMBER})(?![\d.,]\d))?"  # "kr. 10.000-75.000": a range
    rf"(?:{GAP}(?P<pscale>{SCALE})|{DASH})?"
)
SCALE_ONLY = rf"{START}{_range('slow')}(?P<svalue>{NUMBER}){GAP}(?P<sscale>{SCALE})"
AMOUNT = re.compile(rf"{AFTER}|{BEFORE}|{SCALE_ONLY}", re.IGNORECASE)
# "kr. 14.870.000" or "kr. 612 mio." follows: the currency is that number's
GROUPED_NEXT = re.compile(
    rf"\.?[ \t\u00a0]*(?:\d{{1,3}}(?:\.\d{{3}})+|\d+(?:,\d+)?{GAP}{SCALE})", re.IGNORECASE
)
# "mellem 25.000 og 400.000 kr.": a range whose low end stands before "og", after "mellem".
BETWEEN = re.compile(
    rf"(?<![a-zæøå])mellem{GAP}(?P<blow>{NUMBER}){GAP}(?:{SCALE}{GAP})?og{GAP}$", re.IGNORECASE
)
# "mellem 50.000 kr. og 750.000 kr.": two whole amounts that make one range.
MELLEM = re.compile(rf"(?<![a-zæøå])mellem{GAP}$", re.IGNORECASE)
OG = re.compile(rf"{GAP}og{GAP}", re.IGNORECASE)
# "fra 50.000 kr. til 1,5 mio. kr.", "tilskud på 100 t.kr. til 1.500 t.kr.": two whole amounts
# that make one range, written without "fra".
RANGE_DASH = re.compile(rf"{GAP}[–-]{GAP}")
# A rate's unit ("pr. time", "pr. person pr. dag"); not what a grant's cap is per ("pr. projekt").
# Also "600 kr. i timen", "1.200 kr. om måneden", and a unit after a slash: "2,23 kr./km"; a
# line may break before "pr." ("650 kr." / "pr. time"), not inside the unit.
PER = re.compile(
    rf"(?:{GAP}(?-i:pr)\.[ \t]+(?!(?:projekt|ansøg|tilsagn|pulje|runde|år\b)\w*)"
    r"[a-zæøå]+(?:-?[a-zæøå]+)*[²³]?){1,2}"
    r"|[ \t]+(?:i|om)[ \t]+(?:timen|døgnet|dagen|ugen|måneden|kvartalet)(?![a-zæøå])"
    r"|(?<=\.)/(?:km|time|t|dag|døgn|uge|md|måned|person|stk|m2|m²|kg|ton)(?![a-zæøå])",
    re.IGNORECASE,
)
FRA = re.compile(rf"(?<![a-zæøå])(?:fra|på|om){GAP}$", re.IGNORECASE)
TIL = re.compile(rf"{GAP}til{GAP}", re.IGNORECASE)
# After "N mio." with no currency, these words still leave it an amount of money.
MONEY_FOLLOWERS = frozenset(
    {"i", "til", "om", "pr", "per", "årligt", "årlig", "fra", "og", "eller", "af", "afsat",
     "alt", "samlet"}
)  # fmt: skip
# ... and its clause must speak of money: "54 mio" is money in "puljen støtter ... med 54 mio".
MONEY_WORDS = re.compile(
    r"pulje|tilskud|støtte|bevilg|afsat|afsætte|budget|midler|beløb|kroner|\bkr\b|finansier"
    r"|ramme|uddel|tildel|modtage|ansøg|søge|koste|udgift|penge",
    re.IGNORECASE,
)
FACTORS = {"mio": 1e6, "mill": 1e6, "million": 1e6, "millioner": 1e6, "mia": 1e9, "mrd": 1e9,
           "milliard": 1e9, "milliarder": 1e9, "tusind": 1e3, "tusinde": 1e3}  # fmt: skip
LABELS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"maks\.?|maksimalt|max\.?|højst|op til|loft", re.I), "maksimalt"),
    (re.compile(r"minimum|mindst|minimalt", re.I), "minimum"),
    (re.compile(r"medfinansiering|egenfinansiering|egenandel", re.I), "medfinansiering"),
    (re.compile(r"pulje", re.I), "pulje"),
    (re.compile(r"tilskud|støtte|bevilg|tildel|modtage|uddel|ansøgt beløb", re.I), "tilskud"),
    (re.compile(r"afsat|afsættes|ramme|budget|fordeles", re.I), "afsat"),
]  # fmt: skip
CONTEXT = 80
CLAUSE_END = re.compile(r"[.!?;:](?=\s+[A-ZÆØÅ•])|\n\s*\n")


def _number(text: str) -> float:
    """A Danish number: '.' or a space groups thousands, ',' is the decimal mark."""
    return float(re.sub(r"[.\s\u00a0\u202f]", "", text).replace(",", "."))


def _kroner(value: float) -> float:
    """A value rounded to øre, so 8,2 mio. is 8200000.0 and not 8199999.999999999."""
    return round(value, 2)


def _factor(scale: str | None) -> float:
    """The multiplier a scale word stands for (1 without one)."""
    if not scale:
        return 1.0
    return FACTORS.get(scale.lower().rstrip("."), 1.0)


def _thousands(number: str) -> int:
    """How many groups of three digits a number's thousands separators mark off."""
    return len(re.findall(r"[.\s\u00a0\u202f]\d{3}", number))


def _between(text: str, match: re.Match[str]) -> re.Match[str] | None:
    """The "mellem X og" just before an amount with no low end of its own, if written."""
    if match.group("low") or match.group("slow") or match.group("pvalue"):
        return None
    return BETWEEN.search(text, max(0, match.start() - 60), match.start())


def _value(match: re.Match[str], between: re.Match[str] | None = None) -> float | None:
    """The kroner value of an amount match (the lower bound of a range); None if not DKK."""
    groups: dict[str, str | None] = match.groupdict()
    if between:
        groups = {**groups, "low": between.group("blow")}
    currency = groups["pcurrency"] or groups["currency"] or ""
    if re.fullmatch(FOREIGN, currency, re.IGNORECASE):
        return None
    if groups["pvalue"]:
        return _number(groups["pvalue"]) * _factor(groups["pscale"])
    value = groups["value"] or groups["svalue"] or "0"
    scale = groups["scale"] or groups["sscale"]
    low = groups["low"] or groups["slow"]
    unit = 1000.0 if re.fullmatch(THOUSAND_KRONER, currency, re.IGNORECASE) else 1.0
    if not low:
        return _number(value) * _factor(scale) * unit
    if not _thousands(low) and _thousands(value) and not scale:
        # "5-10.000 kr.": the low end shares the high end's thousands ("5.000-10.000").
        return _number(low) * 1000.0 ** _thousands(value) * unit
    return _number(low) * _factor(scale) * unit


def parse_dkk(text: str) -> float | None:
    """The value in kroner of the first money amount in a text (a range's low end)."""
    for match in AMOUNT.finditer(text):
        if _is_money(text, match):
            value = _value(match, _between(text, match))
            return None if value is None else _kroner(value)
    return None


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause around [start, end) begins and ends, at most CONTEXT characters away."""
    return bounds_around(text, start, end, CLAUSE_END, CONTEXT)


def _is_money(text: str, match: re.Match[str]) -> bool:
    """A scale without a currency ("54 mio") is money only where nothing but a small word
    follows ("1 mio. borgere" is a count) and its clause speaks of money ("støtter", "pulje")."""
    if not match.group("svalue"):
        return True
    following = re.match(r"\s*([a-zæøå]+)", text[match.end() :])
    if following is not None and following.group(1).lower() not in MONEY_FOLLOWERS:
        return False
    begin, stop = _clause(text, match.start(), match.end())
    return bool(MONEY_WORDS.search(text, begin, stop))


def _label(text: str, start: int, end: int) -> str | None:
    """What the context says the amount is: the nearest label word before it in its clause."""
    begin, stop = _clause(text, start, end)
    return nearest_label(LABELS, text[begin:start], text[end:stop])


def _ranges(text: str, matches: list[re.Match[str]]) -> list[tuple[re.Match[str], int, int]]:
    """Each amount match with where its written form begins and ends: "mellem X og" before it
    ("mellem 25.000 og 400.000 kr."), or the whole second amount of "mellem X kr. og Y kr." and
    of "fra X kr. til Y kr." and "kr. X – kr. Y"; and the unit a rate is per ("550 kr. pr.
    time")."""
    spans: list[tuple[re.Match[str], int, int]] = []
    index = 0
    while index < len(matches):
        match = matches[index]
        between = _between(text, match)
        start, end = (between.start() if between else match.start()), match.end()
        following = matches[index + 1] if index + 1 < len(matches) else None
        mellem = MELLEM.search(text, max(0, start - 20), start)
        fra = FRA.search(text, max(0, start - 20), start)
        if mellem and following and OG.fullmatch(text, end, following.start()):
            start, end = mellem.start(), following.end()
            index += 1
        elif following and (
            (fra and TIL.fullmatch(text, end, following.start()))
            or RANGE_DASH.fullmatch(text, end, following.start())  # "kr. 150.000 – kr. 1.000.000"
        ):
            end = following.end()
            index += 1
        rate = PER.match(text, end)  # "550 kr. pr. time", "100 kr. pr. person pr. dag"
        spans.append((match, start, rate.end() if rate else end))
        index += 1
    return spans


def _matches(text: str) -> list[re.Match[str]]:
    """The money amounts in a text. In a table row "41   kr. 14.870.000" the currency belongs
    to the grouped number after it, not to the count before it."""
    matches: list[re.Match[str]] = []
    for match in AMOUNT.finditer(text):
        currency = match.group("currency")
        if (
            currency
            and re.fullmatch(KRONER, currency, re.IGNORECASE)
            and not _thousands(match.group("value"))
            and GROUPED_NEXT.match(text, match.end())
        ):
            better = AMOUNT.match(text, match.start("currency"))
            match = better or match
        if matches and match.start() < matches[-1].end():
            continue  # "612 mio." inside "kr. 612 mio.", read whole above
        if _is_money(text, match):
            matches.append(match)
    return matches


def find_amounts(doc: RawDocument) -> list[Amount]:
    """Money amounts as written, each with its value in kroner, a label and its page."""
    text, starts = document_text(doc)
    amounts: list[Amount] = []
    seen: set[str] = set()
    for match, start, end in _ranges(text, _matches(text)):
        between = _between(text, match)
        written = collapse(text[start:end].replace("\n", " "))
        if written.lower() in seen:
            continue
        seen.add(written.lower())
        amounts.append(
            Amount(
                text=written,
                dkk=None if (value := _value(match, between)) is None else _kroner(value),
                label=_label(text, start, end),
                page=page_at(doc, starts, match.start()),
            )
        )
    return amounts

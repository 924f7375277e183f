"""Core elements ("kerneelementer") of an intervention, with their text or focus areas.

Two layouts:
- numbered headings with body text ("1. Tværgående samarbejde", then paragraphs). A PDF read by
  its layout is in printed order, so a paragraph belongs to the heading above it. Text extracted
  elsewhere from a two-column pamphlet can arrive out of order: headings bunched together and
  bodies swapped. So in text (and in a PDF whose headings stand bunched) a paragraph is assigned
  to the element whose title it speaks of (shared word stems, weighted by how rare the word is
  among the paragraphs), not to the heading above it; the heading above only breaks ties, and a
  paragraph that shares nothing follows its neighbour. Paragraphs under other headings
  ("Baggrund", "Om projektet") are not element bodies. A heading may wrap over a few lines;
- a slide: headings (often in capitals) each followed by a "Fokusområder:" label and bullets.
Headings damaged by OCR are repaired only from the document itself: in an all-caps word a
lower-case "l" or "i" is an "I" or "L", and a candidate spelling is accepted when it (or its
stem) occurs intact elsewhere in the document. What cannot be repaired is kept as written, and
every repair and every doubtful word is reported as a warning. Titles keep the document's case.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import product

from puljeportal.document import Line, RawDocument
from puljeportal.extract.pools import STOPWORDS, content_words, same_stem, words
from puljeportal.extract.text import (
    BULLET,
    COUNT_WORD,
    collapse,
    count_of,
    is_list_item,
    join_wrapped,
    one_line,
    paragraphs,
    typical_width,
)
from puljeportal.model import CoreElement

NUMBERED_HEADING = re.compile(r"^(?P<number>\d{1,2})\.\s+(?P<title>[A-ZÆØÅ].*)$")
FOCUS_LABEL = re.compile(r"^fokusområder?\s*:?$", re.IGNORECASE)
KIND_LABEL = re.compile(r"^(?P<kind>organisatorisk|fagligt?)e?\s+element\s*:?$", re.IGNORECASE)
ELEMENT_WORD = re.compile(r"element", re.IGNORECASE)
COUNT = re.compile(
    rf"\b(?P<counts>(?:{COUNT_WORD}\s+[\wæøå-]+\s+og\s+)*{COUNT_WORD})"
    r"\s+(?:[\wæøå-]+\s+)?(?:kerne)?elementer",
    re.IGNORECASE,
)
SUFFIXES = ("", "e", "r", "n", "t", "s", "er", "en", "et", "ne", "es", "ers", "ens", "ets",
            "erne", "ene", "ernes")  # fmt: skip
PARENTHESIS = re.compile(r"\(([^)]*)\)")
TITLE_MAX = 70
HEADING_LINES = 3  # a numbered heading wrapped in a narrow column takes up to this many lines
QUALIFIER_WEIGHT = 0.5  # words in parentheses ("(udført af X)") qualify a title, not name it
TIE_BREAK = 0.05  # the heading above a paragraph counts for this little: content decides
CONFUSABLE = {"l": "IL", "i": "I", "1": "IL", "|": "IL"}


@dataclass
class Heading:
    """A numbered element heading and the group of headings it stands in."""

    number: int
    title: str
    page: int
    group: int


@dataclass
class Paragraph:
    """A paragraph that may be an element's body, with the heading group it stands under."""

    text: str
    group: int
    words: list[str] = field(default_factory=list)


# --- Numbered elements with body text ---------------------------------------------------------


def _numbered_heading(lines: Sequence[Line], index: int) -> tuple[re.Match[str], int] | None:
    """A short numbered paragraph standing alone ("3. Netværk blandt plejefamilier"), and how
    many lines it takes: a narrow column may wrap it ("2. Kompetenceudvikling (udført af" /
    "døgninstitutioner)")."""
    end = index + 1
    while end < len(lines) and end - index < HEADING_LINES and not lines[end].blank:
        if lines[end].page != lines[index].page:
            break
        end += 1
    alone = end == len(lines) or lines[end].blank or lines[end].page != lines[index].page
    text = one_line(lines[index:end])
    match = NUMBERED_HEADING.match(text)
    if not alone or not match or len(text) > TITLE_MAX or re.search(r"[.!?:;,\-•]$", text):
        return None
    if "•" in text or any(is_list_item(collapse(line.text)) for line in lines[index + 1 : end]):
        return None
    return match, end - index


def _is_plain_heading(lines: Sequence[Line], index: int, width: int) -> bool:
    """A short unnumbered heading ("Baggrund") that opens a section of text."""
    line = lines[index]
    text = collapse(line.text)
    if not text or is_list_item(text) or not text[:1].isupper() or re.search(r"[.!?;,]$", text):
        return False
    if line.heading or line.bold:
        return True
    before = lines[index - 1] if index > 0 else None
    after = lines[index + 1] if index + 1 < len(lines) else None
    opens = before is None or before.blank or before.page != line.page
    followed = after is not None and not after.blank and len(collapse(after.text)) > len(text)
    return opens and followed and len(text) <= min(60, 0.6 * width)


def _sections(doc: RawDocument) -> tuple[list[Heading], list[tuple[int, list[Line]]]]:
    """Element headings, and the runs of text lines under each group of them."""
    lines, width = doc.lines, typical_width(doc.lines)
    headings: list[Heading] = []
    runs: list[tuple[int, list[Line]]] = []
    group, current = -1, None  # current: the group collecting text, or None (another section)
    skip_to = 0
    for index, line in enumerate(lines):
        if index < skip_to:
            continue  # the wrapped rest of a heading
        if line.blank:
            if current is not None and runs and runs[-1][0] == current:
                runs[-1][1].append(line)
            continue
        heading = _numbered_heading(lines, index)
        if heading:
            match, size = heading
            skip_to = index + size
            if current is None or (runs and runs[-1][0] == current):
                group += 1  # text came since the last heading: a new group begins
            current = group
            headings.append(Heading(int(match["number"]), match["title"], line.page, group))
        elif _is_plain_heading(lines, index, width):
            current = None
        elif current is not None:
            if not runs or runs[-1][0] != current:
                runs.append((current, []))
            runs[-1][1].append(line)
    return headings, runs


def _complete(headings: list[Heading]) -> bool:
    """Do the headings number 1..n, each once, with n at least 2?"""
    numbers = sorted(heading.number for heading in headings)
    return len(numbers) >= 2 and numbers == list(range(1, len(numbers) + 1))


def _title_terms(title: str) -> list[tuple[str, float]]:
    """A title's content words with weights: words in parentheses count half."""
    qualifiers = set(content_words(" ".join(PARENTHESIS.findall(title))))
    terms = content_words(PARENTHESIS.sub(" ", title))
    return [(w, 1.0) for w in terms] + [(w, QUALIFIER_WEIGHT) for w in qualifiers]


def _mentions(paragraph: Paragraph, term: str) -> bool:
    """Does a paragraph use a word with the term's stem?"""
    return any(same_stem(term, word) for word in paragraph.words)


def _scores(paragraphs: list[Paragraph], headings: list[Heading]) -> list[list[float]]:
    """How strongly each paragraph speaks of each element's title (rare shared stems weigh more)."""
    terms = [_title_terms(heading.title) for heading in headings]
    vocabulary = {term for row in terms for term, _ in row}
    count = len(paragraphs)
    frequency = {t: sum(_mentions(p, t) for p in paragraphs) for t in vocabulary}
    titles_with = {t: sum(any(t == u for u, _ in row) for row in terms) for t in vocabulary}
    scores: list[list[float]] = []
    for paragraph in paragraphs:
        row = []
        for heading, title_terms in zip(headings, terms, strict=True):
            score = sum(
                weight * math.log(1 + count / frequency[term]) / titles_with[term]
                for term, weight in title_terms
                if _mentions(paragraph, term)
            )
            row.append(score + (TIE_BREAK if heading.group == paragraph.group else 0.0))
        scores.append(row)
    return scores


def _body_scores(
    paragraph: Paragraph, bodies: list[set[str]], rarity: dict[str, float]
) -> list[float]:
    """How much a paragraph shares with the paragraphs already placed under each element."""
    own = set(content_words(paragraph.text))
    return [
        sum(rarity.get(word, 0.0) for word in own if any(same_stem(word, o) for o in body))
        for body in bodies
    ]


def _rarity(paragraphs: list[Paragraph]) -> dict[str, float]:
    """A weight per word: rare words say more; words in most paragraphs say nothing."""
    frequency = Counter(word for p in paragraphs for word in set(content_words(p.text)))
    count = len(paragraphs)
    return {w: math.log(count / n) for w, n in frequency.items() if n <= count / 2}


def _unique_best(row: list[float], floor: float) -> int | None:
    """The index of the single highest score above `floor`, if there is one."""
    best = max(row, default=0.0)
    winners = [i for i, score in enumerate(row) if score == best]
    return winners[0] if best > floor and len(winners) == 1 else None


def assign(paragraphs: list[Paragraph], headings: list[Heading]) -> list[int | None]:
    """For each paragraph, the index of the element it belongs to (None: could not tell).

    First by the element titles the paragraph speaks of; then, for a paragraph that names no
    title, by the words it shares with the paragraphs already placed; last by its position.
    """
    choice = [_unique_best(row, TIE_BREAK) for row in _scores(paragraphs, headings)]
    bodies: list[set[str]] = [set() for _ in headings]
    for paragraph, chosen in zip(paragraphs, choice, strict=True):
        if chosen is not None:
            bodies[chosen].update(content_words(paragraph.text))
    rarity = _rarity(paragraphs)
    for index, paragraph in enumerate(paragraphs):
        if choice[index] is None:
            choice[index] = _unique_best(_body_scores(paragraph, bodies, rarity), 0.0)
    for index, paragraph in enumerate(paragraphs):
        if choice[index] is not None:
            continue
        group = [i for i, h in enumerate(headings) if h.group == paragraph.group]
        if len(group) == 1:
            choice[index] = group[0]  # text in reading order: the heading above it
        elif index and paragraphs[index - 1].group == paragraph.group:
            choice[index] = choice[index - 1]  # shares nothing: stays with its neighbour
    return choice


def _heading_of(group: int, headings: list[Heading]) -> int:
    """The index of the (single) heading of a group."""
    return next(i for i, heading in enumerate(headings) if heading.group == group)


def _stated_counts(doc: RawDocument) -> list[int]:
    """How many elements the text says there are ("de fire kerneelementer", "tre ... og fire")."""
    text = " ".join(collapse(line.text) for line in doc.lines)
    counts = []
    for match in COUNT.finditer(text):
        parts = re.findall(rf"\b{COUNT_WORD}\b", match["counts"], re.IGNORECASE)
        counts.append(sum(count_of(part) for part in parts))
    return counts


def _count_warning(doc: RawDocument, found: int) -> list[str]:
    """A warning when the text states a number of elements and another number was found."""
    counts = _stated_counts(doc)
    if not counts or found in counts:
        return []
    return [f"teksten nævner {counts[0]} elementer, men der blev fundet {found}"]


def numbered_elements(doc: RawDocument) -> tuple[list[CoreElement], list[str]]:
    """Elements under numbered headings, each with the paragraphs that belong to it."""
    if not any(ELEMENT_WORD.search(line.text) for line in doc.lines):
        return [], []
    headings, runs = _sections(doc)
    if not _complete(headings):
        return [], []
    width = typical_width(doc.lines)
    found = [
        Paragraph(text, group, words(text))
        for group, run in runs
        for text in paragraphs(run, width)
    ]  # fmt: skip
    groups = Counter(heading.group for heading in headings)
    # A PDF read by layout is in printed order: a paragraph belongs to the heading above it,
    # unless headings stand bunched together (the PDF itself holds scrambled text).
    in_order = doc.laid_out and all(size == 1 for size in groups.values())
    choice = (
        [_heading_of(p.group, headings) for p in found] if in_order else assign(found, headings)
    )
    warnings = _count_warning(doc, len(headings))
    for group, size in sorted(groups.items()):
        if size > 1:
            titles = ", ".join(f"{h.number}." for h in headings if h.group == group)
            warnings.append(
                f"overskrifterne {titles} står uden tekst imellem (tekst i forkert rækkefølge?); "
                "afsnittene er fordelt efter indhold"
            )
    bodies: list[list[str]] = [[] for _ in headings]
    for paragraph, chosen in zip(found, choice, strict=True):
        if chosen is None:
            start = paragraph.text[:60]
            warnings.append(f"kunne ikke placere afsnittet '{start}…' under et element")
        else:
            bodies[chosen].append(paragraph.text)
    order = sorted(range(len(headings)), key=lambda i: headings[i].number)
    elements = [
        CoreElement(
            number=headings[i].number,
            title=headings[i].title,
            body="\n\n".join(bodies[i]),
            page=headings[i].page,
        )
        for i in order
    ]
    empty = [e for e in elements if not e.body]
    warnings += [f"elementet '{e.number}. {e.title}' fik ingen tekst" for e in empty]
    return elements, warnings


# --- Elements with focus areas (a slide) ------------------------------------------------------


def is_caps(text: str) -> bool:
    """Is a line written in capitals (allowing OCR's lower-case l and i inside)?"""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 3:
        return False
    return sum(c.isupper() for c in letters) >= 0.6 * len(letters)


def document_vocabulary(doc: RawDocument) -> Counter[str]:
    """Words of the document's running text (not its capitals, which may be OCR-damaged)."""
    vocabulary: Counter[str] = Counter()
    for line in doc.lines:
        if not is_caps(line.text):
            vocabulary.update(words(line.text))
    return vocabulary


def known(word: str, vocabulary: Counter[str]) -> bool:
    """Does the word, or an inflection of it, occur in the document's running text?"""
    word = word.lower()
    if word in vocabulary or word in STOPWORDS:
        return True
    for suffix in SUFFIXES[1:]:
        if word.endswith(suffix) and word[: -len(suffix)] in vocabulary:
            return True
        if word + suffix in vocabulary:
            return True
    return False


def _stem_known(word: str, vocabulary: Counter[str]) -> bool:
    """Does a word share a stem with a word of the running text ("fleksibel"/"fleksibilitet")?"""
    return known(word, vocabulary) or any(same_stem(word.lower(), other) for other in vocabulary)


def _candidates(word: str) -> list[str]:
    """All-caps spellings of an OCR-damaged capital word (each l/i/1 read as I or L)."""
    options = [CONFUSABLE.get(char, char.upper()) if not char.isupper() else char for char in word]
    if math.prod(len(option) for option in options) > 256:
        return []
    return ["".join(choice) for choice in product(*options)]


def _known_prefix(word: str, vocabulary: Counter[str]) -> int:
    """Length of the longest start of a word that starts a word of the running text."""
    lower = word.lower()
    best = 0
    for other in vocabulary:
        shared = 0
        for a, b in zip(lower, other, strict=False):
            if a != b:
                break
            shared += 1
        best = max(best, shared)
    return best


UNKNOWN = "findes ikke andre steder i dokumentet"
DAMAGED = "OCR-skadet, og ingen stavemåde findes andre steder i dokumentet"


def repair_word(word: str, vocabulary: Counter[str]) -> tuple[str, str | None]:
    """A capital word repaired from the document's own words, and why it is still doubtful."""
    if not re.search(r"[a-zæøå0-9|]", word):  # clean capitals
        if len(word) <= 3 or _stem_known(word, vocabulary):
            return word, None
        close = [
            other for other in vocabulary
            if len(other) >= 6 and SequenceMatcher(None, word.lower(), other).ratio() >= 0.85
        ]  # fmt: skip
        return (close[0].upper(), None) if len(close) == 1 else (word, UNKNOWN)
    candidates = _candidates(word)
    good = sorted({c for c in candidates if known(c, vocabulary)})
    if len(good) == 1:
        return good[0], None
    damaged = [i for i, char in enumerate(word) if char in CONFUSABLE]
    covering = [
        (prefix, c) for c in candidates
        if (prefix := _known_prefix(c, vocabulary)) >= 5 and prefix > max(damaged, default=0)
    ]  # fmt: skip
    if covering:  # the damaged letters lie in a known first part ("RELATIONS-"): fix those
        covering.sort(key=lambda item: (-item[0], item[1]))
        return covering[0][1], UNKNOWN
    return word, DAMAGED


@dataclass
class Repair:
    """A title after repair: what was changed, and the words still in doubt (word, why)."""

    title: str
    changes: list[str] = field(default_factory=list)
    doubts: list[tuple[str, str]] = field(default_factory=list)


def repair_title(title: str, vocabulary: Counter[str]) -> Repair:
    """An all-caps title repaired word by word."""
    repaired: list[str] = []
    result = Repair(title)
    for token in title.split():
        core = token.strip(".,:;()–-")
        if not core or not re.search(r"[A-ZÆØÅ]", core):
            repaired.append(token)
            continue
        fixed, doubt = repair_word(core, vocabulary)
        if fixed != core:
            result.changes.append(f"OCR-reparation: '{core}' → '{fixed}'")
        if doubt:
            result.doubts.append((fixed, doubt))
        repaired.append(token.replace(core, fixed))
    result.title = " ".join(repaired)
    return result


def _repair_warnings(repairs: list[Repair]) -> list[str]:
    """Every repair; each word that looks damaged; the merely unknown words in one line.

    A clean capital word found nowhere else in the document ("METODISK") is only suspect when
    the document's capitals show damage elsewhere; then all such words are listed once, for an
    editor to check, rather than one warning each.
    """
    warnings = [change for repair in repairs for change in repair.changes]
    damaged = bool(warnings)
    unknown: list[str] = []
    for repair in repairs:
        for word, why in repair.doubts:
            if why == DAMAGED:
                damaged = True
                warnings.append(
                    f"kunne ikke reparere '{word}' i overskriften '{repair.title}' ({why})"
                )
            else:
                unknown.append(word)
    if damaged and unknown:
        listed = ", ".join(dict.fromkeys(unknown))
        warnings.append(
            "kontrollér stavningen af disse ord i overskrifterne, som ikke findes andre steder i "
            f"dokumentet: {listed}"
        )
    return warnings


def is_focus_label(text: str) -> bool:
    """A "Fokusområder:" label line (capitalised: a lower-case one ends a wrapped bullet)."""
    text = collapse(text)
    return bool(FOCUS_LABEL.match(text)) and text[:1].isupper()


def _heading_above(lines: Sequence[Line], label: int) -> tuple[list[int], str]:
    """The heading lines just above a "Fokusområder:" label, and the heading as one line."""
    index = label - 1
    while index >= 0 and lines[index].blank:
        index -= 1
    taken: list[int] = []
    while index >= 0 and not lines[index].blank and not is_list_item(collapse(lines[index].text)):
        text = collapse(lines[index].text)
        if taken and not is_caps(text):
            break
        if not taken and not is_caps(text) and len(text) > TITLE_MAX:
            break
        taken.insert(0, index)
        index -= 1
        if not is_caps(text):
            break  # a heading in ordinary case is one line
    title = ""
    for line_index in taken:
        title = join_wrapped(title, collapse(lines[line_index].text))
    return taken, title


def _focus_areas(lines: Sequence[Line], label: int) -> list[str]:
    """The bullets after a "Fokusområder:" label, wrapped lines joined."""
    areas: list[str] = []
    gap = False
    for line in lines[label + 1 :]:
        if line.blank:
            gap = True
            continue
        text = collapse(line.text)
        if BULLET.match(text) and not is_caps(text):
            areas.append(BULLET.sub("", text, count=1).strip())
        elif areas and _continues_area(text, areas[-1], gap):
            areas[-1] = join_wrapped(areas[-1], text)
        else:
            break
        gap = False
    return areas


def _continues_area(text: str, area: str, gap: bool) -> bool:
    """Does a line continue a focus area (lower-case start, a split word, or no gap before)?"""
    if text[:1].islower() or re.search(r"\w-$", area):
        return True
    return not gap and not is_caps(text) and bool(re.match(r"^[A-ZÆØÅa-zæøå]", text))


def _kind_above(lines: Sequence[Line], first_heading_line: int) -> str | None:
    """An element's kind, when a label just above its heading says it ("Fagligt element:")."""
    index = first_heading_line - 1
    while index >= 0 and lines[index].blank:
        index -= 1
    if index < 0:
        return None
    match = KIND_LABEL.match(BULLET.sub("", collapse(lines[index].text)))
    if not match:
        return None
    return "organisatorisk" if match["kind"].lower().startswith("org") else "fagligt"


def _kinds_warning(doc: RawDocument, elements: list[CoreElement]) -> list[str]:
    """A note when the document distinguishes kinds of element that the text cannot assign."""
    text = " ".join(collapse(line.text) for line in doc.lines).lower()
    if any(e.kind for e in elements) or not ("organisatorisk" in text and "faglig" in text):
        return []
    if not re.search(r"organisatoriske?\s+(?:og|element)|fagli(?:ge|gt)\s+element", text):
        return []
    return [
        "dokumentet skelner mellem organisatoriske og faglige elementer, men teksten siger ikke "
        "hvilket element der er hvilket (sandsynligvis vist med farve); 'kind' er ikke udfyldt"
    ]


def focus_elements(doc: RawDocument) -> tuple[list[CoreElement], list[str]]:
    """Elements written as a heading, a "Fokusområder:" label and bullets."""
    lines = doc.lines
    labels = [i for i, line in enumerate(lines) if is_focus_label(line.text)]
    if not labels:
        return [], []
    vocabulary = document_vocabulary(doc)
    elements: list[CoreElement] = []
    warnings: list[str] = []
    repairs: list[Repair] = []
    for label in labels:
        taken, title = _heading_above(lines, label)
        if not title:
            warnings.append(f"'Fokusområder' på side {lines[label].page} har ingen overskrift")
            continue
        if is_caps(title):
            repairs.append(repair_title(title, vocabulary))
            title = repairs[-1].title
        elements.append(
            CoreElement(
                title=title,
                kind=_kind_above(lines, taken[0]),
                focus_areas=_focus_areas(lines, label),
                page=lines[taken[0]].page,
            )
        )
    warnings += _repair_warnings(repairs)
    warnings += _count_warning(doc, len(elements)) + _kinds_warning(doc, elements)
    return elements, list(dict.fromkeys(warnings))


def find_core_elements(doc: RawDocument) -> tuple[list[CoreElement], list[str]]:
    """The document's core elements and the warnings an editor should review."""
    numbered, numbered_warnings = numbered_elements(doc)
    focused, focus_warnings = focus_elements(doc)
    return numbered + focused, numbered_warnings + focus_warnings

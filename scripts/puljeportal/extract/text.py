"""Turn a run of lines into clean text: wrapped lines joined, hyphenation repaired, lists kept.

The rules follow what PDF text extraction leaves behind, not any document's wording:
- a line that runs to (near) the document's usual width, or that does not end a sentence,
  continues on the next line even across a blank line ("blank lines inside a sentence");
- a line ending in a letter and "-" is a word split at the line end ("samarbejds-/modellen"),
  unless the next word is a conjunction ("børne- og ungeområdet") or the hyphen follows a
  capital or digit ("SØM-/modellen" keeps its hyphen);
- bullets ("•", "-", "–", "*", "o") and numbered items ("1.", "a)") start list items; a list is one
  paragraph with one item per line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from puljeportal.document import Line

# A bullet, or a circled number ("①", "❶", "➀") that marks a list as a bullet would.
BULLET = re.compile(
    r"^(?:[•●▪■◦‣∙·*➢➤→✓✔☑☐◆♦❖►▶»›\u2460-\u2473\u2776-\u2793]|\[[ xX✓]?\](?=\s)|[-–—](?=\s)"
    r"|o(?=\s))\s*"
)
NUMBERED_ITEM = re.compile(r"^(?:\d{1,2}[.)]|[a-zæøå]\))\s+")  # "a." would catch the word "i."
SENTENCE_END = re.compile(r"[.!?:;]['\"”’)]*$")
CONJUNCTIONS = frozenset({"og", "eller", "samt", "til", "som", "and", "or", "&"})
NUMBER_WORDS = {"to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9,
                "ti": 10}  # fmt: skip
COUNT_WORD = r"(?:to|tre|fire|fem|seks|syv|otte|ni|ti|\d{1,2})"  # "fire" or "4"
CELL_GAP = re.compile(r"[ \t\u00a0]{2,}|\t|[ \t]*\|[ \t]*")  # between a text table's cells
BARE_URL = re.compile(r"^(?:https?://|www\.)\S+$")
SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")


def collapse(text: str) -> str:
    """Collapse runs of whitespace to one space and trim."""
    return SPACES.sub(" ", text.replace("\u00ad", "")).strip()


def count_of(word: str) -> int:
    """The number a count word stands for: "fire" and "4" are 4."""
    return NUMBER_WORDS.get(word.lower(), 0) or int(word)


def is_list_item(text: str) -> bool:
    """True for a bulleted or numbered list item."""
    return bool(BULLET.match(text) or NUMBERED_ITEM.match(text))


def normalize_bullet(text: str) -> str:
    """Write every bullet as '• ' so lists look the same whatever the source used."""
    match = BULLET.match(text)
    if match:
        return "• " + text[match.end() :]
    return text


def join_wrapped(left: str, right: str) -> str:
    """Join two pieces of one paragraph split at a line end, repairing hyphenation."""
    if not left:
        return right
    if not right:
        return left
    if re.search(r"\w-$", left) and not left.endswith("--"):
        first_word = re.match(r"[\wæøåÆØÅ]+", right)
        word = first_word.group(0) if first_word else ""
        before = left[-2]
        if word.lower() in CONJUNCTIONS:
            return f"{left} {right}"
        if before.isupper() or before.isdigit() or (word and word[0].isupper()):
            return left + right
        if re.search(r"(?:^|\s)\w-$", left):  # a one-letter part, as in "e-/mail"
            return left + right
        return left[:-1] + right
    return f"{left} {right}"


def bounds_around(
    text: str, start: int, end: int, boundary: re.Pattern[str], reach: int
) -> tuple[int, int]:
    """Where the clause or sentence around [start, end) begins and ends: the nearest `boundary`
    on each side, at most `reach` characters away (half that after, when none follows)."""
    low = max(0, start - reach)
    begin = low
    for match in boundary.finditer(text, low, start):
        begin = match.end()
    stop = boundary.search(text, end, min(len(text), end + reach))
    return begin, stop.start() if stop else min(len(text), end + reach // 2)


def typical_width(lines: Iterable[Line]) -> int:
    """The usual length of a full line in this document (its 75th percentile)."""
    lengths = sorted(len(line.text.strip()) for line in lines if not line.blank)
    if not lengths:
        return 0
    return lengths[(len(lengths) * 3) // 4]


def continues(prev: str, nxt: str, gap: bool, width: int) -> bool:
    """Does `nxt` continue the paragraph that `prev` ends (and not start a new one)?"""
    if is_list_item(nxt) or BARE_URL.match(nxt):
        return False
    if BARE_URL.match(prev.split(" ")[-1]) and nxt[:1].isupper():
        return False  # a link on a line of its own ends its paragraph
    if re.search(r"\w-$", prev) or prev.endswith((",", "(", "/", "–", "-")):
        return True
    first = nxt[:1]
    if first.islower() or first in "(,;)%":
        return True
    if SENTENCE_END.search(prev):
        return not gap and len(prev) >= 0.6 * width and not prev.endswith(":")
    # No sentence end: a long line wrapped; a short one is a heading or a label.
    return len(prev) >= 0.6 * width


def paragraphs(lines: Sequence[Line], width: int | None = None) -> list[str]:
    """Group lines into paragraphs; a list becomes one paragraph with one item per line."""
    width = typical_width(lines) if width is None else width
    blocks: list[list[str]] = []
    gap = True
    for line in lines:
        if line.blank:
            gap = True
            continue
        text = collapse(line.text)
        if not blocks:
            blocks.append([normalize_bullet(text)])
        elif is_list_item(text):
            if is_list_item(blocks[-1][0]):
                blocks[-1].append(normalize_bullet(text))
            else:
                blocks.append([normalize_bullet(text)])
        elif continues(blocks[-1][-1], text, gap, width) and not (
            is_list_item(blocks[-1][0]) and gap and not text[:1].islower()
        ):
            blocks[-1][-1] = join_wrapped(blocks[-1][-1], text)
        else:
            blocks.append([text])
        gap = False
    return ["\n".join(block) for block in blocks]


def to_text(lines: Sequence[Line], width: int | None = None) -> str:
    """Lines as plain text: paragraphs separated by one blank line."""
    return "\n\n".join(paragraphs(lines, width))


def one_line(lines: Sequence[Line]) -> str:
    """Lines joined into a single line (a question, a title), hyphenation repaired."""
    text = ""
    for line in lines:
        if not line.blank:
            text = join_wrapped(text, collapse(line.text))
    return text

"""Two columns of prose side by side in a text file (text copied from a two-column PDF page
line by line): each line holds a line of the left column, a gap, and a line of the right one.

The block is read as the left column's lines, then the right column's; lines with only a left
part, or none, stand inside it. A block counts as two columns only when the right column
starts at one place (within a few characters) on at least `MIN_ROWS` lines, the left column is
a column's width, and the left column is prose: its lines wrap onto each other (a hyphen, or a
next line in lower case) at least `MIN_WRAPS` times. A table's rows (a title, a gap, its
explanation) do not wrap from one title to the next, so a table stays as it is.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

GAP = re.compile(r"\S( {2,})(?=\S)")  # two or more spaces between words
MIN_LEFT = 30  # the right column starts at least this far in
SLACK = 3  # characters the right column's start may vary by
MIN_ROWS = 4
MIN_WRAPS = 2


def split_columns(lines: Sequence[str]) -> list[str]:
    """The raw lines with every block of two prose columns read column by column."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        end, column = _block(lines, index)
        if end - index >= MIN_ROWS and _is_prose(lines[index:end], column):
            out.extend(_by_column(lines[index:end], column))
            index = end
        else:
            out.append(lines[index])
            index += 1
    return out


def _starts(text: str) -> list[int]:
    """Where text starts after each wide gap on the line."""
    return [match.end(1) for match in GAP.finditer(text)]


def _block(lines: Sequence[str], index: int) -> tuple[int, int]:
    """The end of the run of lines from `index` that split at one column, and that column."""
    starts = [s for s in _starts(lines[index]) if s >= MIN_LEFT]
    if "\f" in lines[index] or not starts:
        return index, 0
    best = (index, 0)
    for column in starts:
        end = last = index
        while end < len(lines) and "\f" not in lines[end] and _in_column(lines[end], column):
            last = end + 1 if _splits_at(lines[end], column) else last
            end += 1
        if last - index > best[0] - index:
            best = (last, column)  # up to the last line that holds a right column
    end, column = best
    counts = Counter(_split_point(lines[k], column) for k in range(index, end))
    return end, counts.most_common(1)[0][0] if counts else column


def _split_point(text: str, column: int) -> int:
    """The start of the right column on this line, near `column`; -1 if the line has none."""
    near = [s for s in _starts(text) if abs(s - column) <= SLACK]
    if near:
        return near[0]
    indent = len(text) - len(text.lstrip(" "))
    return indent if text.strip() and abs(indent - column) <= SLACK else -1


def _in_column(text: str, column: int) -> bool:
    """Can the line stand in a two-column block split at `column`: it holds a right column,
    or only a left one ("1. Nye arbejdspladser"), or nothing?"""
    return _splits_at(text, column) or len(text.rstrip()) < column - SLACK


def _splits_at(text: str, column: int) -> bool:
    """Does the line hold a right column starting near `column` (alone or after a left one)?"""
    return _split_point(text, column) >= 0


def _parts(text: str, column: int) -> tuple[str, str]:
    """The line's left and right column ("" for a column it has no text in)."""
    point = _split_point(text, column)
    if point < 0:
        return text.rstrip(), ""
    return text[:point].rstrip(), text[point:].strip()


def _is_prose(block: Sequence[str], column: int) -> bool:
    """Is the left column wrapped prose, its lines going on from one to the next?"""
    left = [_parts(line, column)[0].strip() for line in block]
    wraps = sum(
        1
        for above, below in zip(left, left[1:], strict=False)
        if above and below and (re.search(r"[^\W\d_]-$", above) or below[:1].islower())
    )
    return wraps >= MIN_WRAPS


def _by_column(block: Sequence[str], column: int) -> list[str]:
    """The block's left column's lines, then its right column's."""
    parts = [(line, *_parts(line, column)) for line in block]
    left = [text for line, text, _ in parts if text.strip() or not line.strip()]  # gaps kept
    return left + [right for _, _, right in parts if right]

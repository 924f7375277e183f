"""Readable, stable anchors and slugs with Danish letters spelled out (æ→ae, ø→oe, å→aa)."""

from __future__ import annotations

import re
import unicodedata

DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa"})
MAX_WORDS = 8


def slugify(text: str, max_words: int = MAX_WORDS) -> str:
    """'Hvad er en ekstern leverandør?' -> 'hvad-er-en-ekstern-leverandoer'."""
    text = unicodedata.normalize("NFKD", text.translate(DANISH).lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    words = re.findall(r"[a-z0-9]+", text)
    return "-".join(words[:max_words]) or "punkt"


def unique(slug: str, taken: set[str]) -> str:
    """`slug`, or `slug-2`, `slug-3` ... if already taken; the result is added to `taken`."""
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    taken.add(candidate)
    return candidate

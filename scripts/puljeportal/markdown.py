"""Escape untrusted text for Markdown: whatever a document contains shows as text, never runs.

Every character Python-Markdown treats as syntax is escaped with a backslash, and HTML's
`<`, `>` and `&` become entities, so `<script>` or `**x**` in a source document reaches the page
as those characters. Links are made here, from URLs and e-mail addresses we recognise, and
nowhere else.
"""

from __future__ import annotations

import html
import re

# Python-Markdown's backslash-escapable characters (markdown.Markdown.ESCAPED_CHARS).
MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!])")
# Characters other extensions could read as syntax; entities are always inert.
ENTITY = {"|": "&#124;", "~": "&#126;", "^": "&#94;", "=": "&#61;", ":": "&#58;", "$": "&#36;"}
LINK = re.compile(
    r"(?P<url>https?://[^\s<>\"”’]+[^\s<>\"”’.,;:!?)\]])"
    r"|(?P<mail>[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})",
    re.IGNORECASE,
)
BULLET_ITEM = re.compile(r"^•\s*")
NUMBERED_ITEM = re.compile(r"^(\d{1,2}|[a-zæøå])([.)])\s+")


def escape(text: str) -> str:
    """Plain text -> Markdown that renders as exactly that text."""
    out = html.escape(text, quote=False)
    out = MD_SPECIAL.sub(r"\\\1", out)
    return "".join(ENTITY.get(ch, ch) for ch in out)


def inline(text: str) -> str:
    """One line of text, escaped, with URLs and e-mail addresses as links."""
    parts: list[str] = []
    pos = 0
    for match in LINK.finditer(text):
        parts.append(escape(text[pos : match.start()]))
        target = match.group(0)
        href = target if match.group("url") else f"mailto:{target}"
        parts.append(f"[{escape(target)}](<{html.escape(href)}>)")
        pos = match.end()
    parts.append(escape(text[pos:]))
    return "".join(parts)


def block(text: str) -> str:
    """Paragraphs and lists (one item per line, as extraction writes them) as Markdown."""
    out = []
    for para in text.split("\n\n"):
        lines = [line.strip() for line in para.split("\n") if line.strip()]
        if not lines:
            continue
        if all(BULLET_ITEM.match(line) or NUMBERED_ITEM.match(line) for line in lines):
            out.append("\n".join(_item(line) for line in lines))
        else:
            out.append(inline(" ".join(lines)))
    return "\n\n".join(out)


def _item(line: str) -> str:
    bullet = BULLET_ITEM.match(line)
    if bullet:
        return "- " + inline(line[bullet.end() :])
    numbered = NUMBERED_ITEM.match(line)
    if numbered and numbered.group(1).isdigit():
        return f"{numbered.group(1)}. " + inline(line[numbered.end() :])
    return "- " + inline(line)  # "a) ..." keeps its letter as text

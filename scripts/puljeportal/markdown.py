"""Escape untrusted text for Markdown: whatever a document contains shows as text, never runs.

Every character Python-Markdown treats as syntax is escaped with a backslash, and HTML's
`<`, `>` and `&` become entities, so `<script>` or `**x**` in a source document reaches the page
as those characters. Links are made here, from URLs and e-mail addresses we recognise, and
nowhere else.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote

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
LINE_BREAK = re.compile(r"\s*[\r\n]+\s*")


def escape(text: str) -> str:
    """Plain text -> Markdown that renders as exactly that text."""
    out = html.escape(text, quote=False)
    out = MD_SPECIAL.sub(r"\\\1", out)
    return "".join(ENTITY.get(ch, ch) for ch in out)


def inline(text: str) -> str:
    """One line of text, escaped, with URLs and e-mail addresses as links."""
    # A line break would end a heading or table row early (and lose the entry's `{ #id }`).
    text = LINE_BREAK.sub(" ", text)
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


def web_href(url: str) -> str:
    """A safe link target for a web address from a document: http(s) only ("www.x.dk" gets
    https://), characters that could end the link or start markup percent-encoded; else ''."""
    url = url.strip()
    if url.lower().startswith("www."):
        url = "https://" + url
    if not re.match(r"https?://[\w.-]+", url, re.IGNORECASE):
        return ""
    return quote(url, safe=":/?#@!$&'*+,;=%~-._[]")


def block(text: str) -> str:
    """Paragraphs and lists (one item per line, as extraction writes them) as Markdown."""
    out = []
    for para in text.split("\n\n"):
        lines = [line.strip() for line in para.split("\n") if line.strip()]
        if not lines:
            continue
        out.append(_list(lines) if _is_list(lines) else inline(" ".join(lines)))
    return "\n\n".join(out)


def _is_list(lines: list[str]) -> bool:
    """Every line an item; a lone '12. december ...' is a sentence, not a list."""
    if len(lines) == 1 and not BULLET_ITEM.match(lines[0]):
        return False
    return all(BULLET_ITEM.match(line) or NUMBERED_ITEM.match(line) for line in lines)


def _list(lines: list[str]) -> str:
    """A numbered list only when it counts 1, 2, 3 ...: Markdown renumbers any other from 1."""
    numbered = [m for line in lines if (m := NUMBERED_ITEM.match(line))]
    if [m.group(1) for m in numbered] == [str(i) for i in range(1, len(lines) + 1)]:
        return "\n".join(
            f"{m.group(1)}. " + inline(line[m.end() :])
            for line, m in zip(lines, numbered, strict=True)
        )
    # Bullets; any other marker ("3.", "a)") stays in the item as text.
    return "\n".join("- " + inline(BULLET_ITEM.sub("", line)) for line in lines)

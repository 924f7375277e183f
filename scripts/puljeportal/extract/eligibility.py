"""Who a pool is for (target group), who may apply (applicants), and the web addresses it gives.

Target group and applicants are passages in the document's own words, found by structure:
- a labelled section: a line standing on its own (a Markdown or bold heading, a numbered heading,
  a slide title, a short line between paragraphs) that is nothing but the label ("Målgruppe",
  "Målgruppen for puljen", "Ansøgerkreds", "Hvem kan søge?", "Hvem kan søge (ansøgerkreds)?",
  "Ansøgningsberettigede"), followed by its paragraphs up to the next heading. A bulleted label
  ("- Målgruppe", "- § 6: Målgruppen") is an entry in a list of contents, never a section, and a
  label whose next line is another heading heads nothing (a list of contents without bullets);
- an inline label at a line start, "Målgruppe: børn og unge ...": the rest of that paragraph;
- a sentence that states it with the label word as its subject: "Målgruppen (for puljen) er ...",
  "Puljens målgruppe omfatter ...", "Puljen er målrettet ...", "Puljen kan (kun) søges af ...",
  "Ansøgerkredsen er ...", "... er ansøgningsberettigede", "Det er kun kommuner, der kan søge";
  a sentence ending in ":" takes the list after it. A word in passing ("Vær konkrete i forhold
  til målgruppe") states nothing and is not taken;
- in a question-and-answer document, the answer to a question asking who may apply ("Hvem kan
  søge?", "Kan foreninger søge puljen?") or who the target group is ("Hvad er målgruppen?"),
  up to a heading the Q&A rules left inside it. "Hvem kan søge om forlængelse?" asks about
  something else, and "Kan man søge ...?" asks about no kind of applicant.
A section whose text opens with an instruction to the applicant ("Målgruppe" / "Beskriv
projektets målgruppe") is a field of a form, not a statement, and gives nothing.
Wrapped lines are joined and hyphenation repaired; bullets become "• " lines joined by "\\n",
paragraphs are joined by a blank line; a passage is cut at a sentence end near MAX_CHARS; its
page is where its text starts. Passages of one kind holding one another are given once (a
section's text over an answer's over a sentence); at most MAX_PASSAGES per kind, in document
order. A section that is only a pointer ending in ":" with nothing after it ("Se beskrivelsen
af målgrupper:") gives nothing.

Links are http(s):// and www. addresses: trailing punctuation and an unbalanced ")" are not part
of the address, e-mail addresses and "mailto:" are never links, and an address broken at a line
end goes on when the next line starts with a path-like piece (no space; a "/", "=", "?", "_",
"%" or "#", a file ending such as ".aspx", or a lower-case piece after an address ending in "/"
or "-"). The label is the clause just before the address on its line ("Læs mere på www.x.dk"
gives "Læs mere"; "Ansøgningsskema: https://..." gives "Ansøgningsskema"; "Vejledningen (se
https://...)" gives "Vejledningen"), or, for an address alone on its line, the line before when
that ends in ":"; words that name nothing (digits, glued letterhead text) give no label. Only
addresses written with http(s):// or www. count: a bare "plst.dk" is left alone. The same
address twice (with or without scheme, "/" or capitals) is one link, labelled by the first
occurrence that has a label.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from puljeportal.document import Line, RawDocument
from puljeportal.extract.qa import A_LABEL, find_qa, question_label
from puljeportal.extract.text import (
    BULLET,
    collapse,
    continues,
    is_list_item,
    join_wrapped,
    normalize_bullet,
    paragraphs,
    typical_width,
)
from puljeportal.model import Link, Passage

MAX_PASSAGES = 3
MAX_CHARS = 1200
HEADING_CHARS = 60  # a plain heading is a short line ...
HEADING_WORDS = 8  # ... of a few words
QUESTION_CHARS = 200  # a question standing on its own line may be longer

# --- What the labels and statements look like (generic Danish, not one document's wording).

NUMBER_PREFIX = r"(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?"  # "4. Ansøgerkreds", "2.3 Målgruppe"
POOL_OWNER = r"(?:[a-zæøå-]*(?:puljens|fondens|ordningens|programmets|initiativets)\s+)?"
SCOPE = r"(?:\s+(?:for|i|til|under)\s+[^.:;?!]{1,60}?)?"  # "... for puljen"
ASIDE = r"(?:\s*\([^)]{1,40}\))?"  # "Hvem kan søge (ansøgerkreds)?"
TARGET_WORD = r"målgrupp(?:e|en|er|erne)"
STATES = r"\s+(?:er|omfatter|består\s+af|udgøres\s+af)\s"

# "Hvem kan søge om forlængelse?" asks about something else than who may apply for the money.
NOT_MONEY = r"(?!\s+om\s+(?![\wæøå]*(?:tilskud|støtte|midler|penge|puljen)))"
# A form's instruction to the applicant ("Beskriv projektets målgruppe") states nothing.
INSTRUCTION = re.compile(
    r"^(?:beskriv|angiv|redegør|udfyld|skriv|oplys|vedlæg|anfør|indsæt|uddyb|husk)\b",
    re.IGNORECASE,
)

TARGET_LABEL = (
    rf"(?:{POOL_OWNER}{TARGET_WORD}{SCOPE}"
    rf"|hv(?:em|ad)\s+er\s+{POOL_OWNER}{TARGET_WORD}{SCOPE}"
    r"|hvem\s+er\s+puljen\s+(?:målrettet|rettet\s+mod))"
)
APPLICANT_LABEL = (
    rf"(?:{POOL_OWNER}ansøgerkreds(?:en)?{SCOPE}"
    rf"|ansøgningsberettigede?{SCOPE}"
    rf"|hvem\s+kan\s+(?:an)?søge{NOT_MONEY}(?:\s+[^?.:;!]{{1,60}})?"
    r"|hvem\s+kan\s+(?:få|modtage)\s+(?:tilskud|støtte|midler)[^?.:;!]{0,60})"
)

ANSWER_WORD = re.compile(r"^(?:ja|nej)\s*[,.–-]\s*", re.IGNORECASE)  # "Ja, målgruppen er ..."
# A capitalised definite noun opening the sentence: "Puljen", "Initiativet", "Midlerne".
OWN_DOCUMENT_NOUN = r"(?-i:[A-ZÆØÅ][a-zæøå-]{3,}(?:en|et|ne))"


@dataclass(frozen=True)
class Kind:
    """The rules for one kind of passage: its heading label, its statements, its questions."""

    heading: re.Pattern[str]
    inline: re.Pattern[str]
    statements: tuple[re.Pattern[str], ...]
    question: re.Pattern[str]


def _kind(label: str, statements: Sequence[str], question: str) -> Kind:
    return Kind(
        heading=re.compile(rf"^{NUMBER_PREFIX}{label}{ASIDE}\s*[?:]?$", re.IGNORECASE),
        inline=re.compile(rf"^{NUMBER_PREFIX}{label}{ASIDE}\s*:\s*(?P<rest>\S.*)$", re.IGNORECASE),
        statements=tuple(re.compile(statement, re.IGNORECASE) for statement in statements),
        question=re.compile(question, re.IGNORECASE),
    )


TARGET = _kind(
    TARGET_LABEL,
    [
        rf"^{POOL_OWNER}{TARGET_WORD}(?:\s+(?:for|i|til)\s+[^.,;:]{{1,80}}?)?{STATES}",
        rf"^{OWN_DOCUMENT_NOUN}(?:\s+(?:til|for|om)\s+[^.,;:]{{1,60}}?)?\s+(?:er|bliver)\s+"
        r"(?:[a-zæøå]+\s+)?målrettet\s",
    ],
    rf"^hv(?:em|ad)\s+er\s+{POOL_OWNER}{TARGET_WORD}\b"
    r"|^hvem\s+(?:er\s+\w+\s+(?:målrettet|rettet\s+mod)|henvender\s+\w+\s+sig\s+til)",
)
APPLICANTS = _kind(
    APPLICANT_LABEL,
    [
        r"\bkan\s+(?:[a-zæøå]+\s+){0,2}?(?:an)?søges\s+af\s",
        rf"^{POOL_OWNER}ansøgerkredsen(?:\s+(?:for|til)\s+[^.,;:]{{1,60}}?)?{STATES}",
        rf"^(?:de\s+)?ansøgningsberettigede{STATES}",
        r"\ber\s+(?:alene\s+|kun\s+)?ansøgningsberettigede?\b",
        r"^(?:det\s+er\s+)?(?:kun|alene|udelukkende)\s+[^.]{1,60}?,?\s+(?:som|der)\s+kan\s+"
        r"(?:an)?søge\b",
        r"^følgende\s+[^.:]{1,40}?\s+kan\s+(?:an)?søge\b[^.]*:$",
    ],
    rf"^hvem\s+kan\s+(?:\w+\s+)?(?:an)?søge\b{NOT_MONEY}|^hvem\s+kan\s+(?:få|modtage)\s"
    r"|^kan\s+(?!(?:man|jeg|vi|du|i|der|det|de|han|hun|den)\b)(?:[\wæøå-]+\s+){1,4}?"
    r"(?:også\s+)?(?:an)?søge(?:\s+(?:puljen|midler(?:ne)?|tilskud|støtte))?\s*(?:$|[?:,]|eller\b)",
)

SENTENCE_SPLIT = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“”«(]?[A-ZÆØÅ])")
# Abbreviations after which a capital letter does not start a new sentence.
NO_SENTENCE_END = re.compile(
    r"(?:^|\s)(?:ca|jf|bl\.a|f\.eks|fx|evt|nr|inkl|ekskl|vedr|mht|iht|dvs|pga|hhv|kl|stk|pkt|d)\.$",
    re.IGNORECASE,
)
LEAD_IN = re.compile(r":\s*$")
PAGE_NUMBER = re.compile(r"^\d{1,3}$")


# --- Lines: headings and labels


def _text(line: Line) -> str:
    return collapse(line.text)


def _is_label(text: str) -> bool:
    """Is the line a label of either kind (as a heading or inline)?"""
    return any(kind.heading.match(text) or kind.inline.match(text) for kind in (TARGET, APPLICANTS))


def _next_text(lines: Sequence[Line], i: int) -> str:
    """The text of the first non-blank line after lines[i] ("" at the end)."""
    return next((_text(line) for line in lines[i + 1 :] if not line.blank), "")


def _boundary_before(lines: Sequence[Line], i: int) -> bool:
    """Does a new block start at lines[i]: a gap, a page break, or a sentence ended above?"""
    if i == 0:
        return True
    before = lines[i - 1]
    if before.blank or before.page != lines[i].page or before.heading or before.bold:
        return True
    return bool(re.search(r"[.!?:]['\"”’)]*$", _text(before)))


def _continued(lines: Sequence[Line], i: int) -> bool:
    """Does the next line carry on the text of lines[i] (a word split or a lower-case start)?"""
    return bool(re.search(r"\w-$|,$", _text(lines[i]))) or _next_text(lines, i)[:1].islower()


def _is_heading(lines: Sequence[Line], i: int) -> bool:
    """Does lines[i] start a new section: a heading, a label, a question on its own, a Q label?"""
    line = lines[i]
    text = _text(line)
    if not text or not re.search(r"[A-Za-zÆØÅæøå]", text):
        return False
    if line.heading or (line.bold and len(text) <= QUESTION_CHARS):
        return True
    if question_label(text):
        return True
    if BULLET.match(text):  # an accordion of bulleted questions; other bullets are content
        return text.endswith("?")
    if not _boundary_before(lines, i) or _continued(lines, i):
        return False
    if _is_label(text) or (text.endswith("?") and len(text) <= QUESTION_CHARS):
        return True
    first = re.sub(NUMBER_PREFIX, "", text, count=1)[:1]
    return (
        len(text) <= HEADING_CHARS
        and len(text.split()) <= HEADING_WORDS
        and not re.search(r"[.,;:!]['\"”’)]*$", text)
        and (first.isupper() or first.isdigit())
    )


def _labelled_heading(lines: Sequence[Line], i: int, kind: Kind) -> bool:
    """Is lines[i] a heading of this kind, and not an entry in a list of contents?"""
    line = lines[i]
    text = _text(line)
    if not kind.heading.match(BULLET.sub("", text, count=1)):
        return False
    if BULLET.match(text) and not text.endswith("?"):
        return False  # "- Målgruppe": an entry in a list of contents
    above = _previous(lines, i)
    if above is not None and LEAD_IN.search(_text(above)):
        return False  # the item an introduction ending in ":" points to, not a heading
    return bool(
        line.heading or line.bold or (_boundary_before(lines, i) and not _continued(lines, i))
    )


def _previous(lines: Sequence[Line], i: int) -> Line | None:
    """The nearest non-blank line before lines[i]."""
    for j in range(i - 1, -1, -1):
        if not lines[j].blank:
            return lines[j]
    return None


# --- Passages from sections, inline labels, statements and answers


SECTION, ANSWER, STATEMENT = 0, 1, 2  # which rule found a passage; the lower wins an overlap


@dataclass(order=True)
class Found:
    """A passage, where it starts (a line index) and which rule found it."""

    position: int
    text: str = field(compare=False)
    page: int = field(compare=False)
    rule: int = field(compare=False)


def _paragraph_texts(lines: Sequence[Line], width: int) -> list[str]:
    """The paragraphs of some lines (page numbers left out), as text.paragraphs gives them."""
    kept = [line for line in lines if not PAGE_NUMBER.match(line.text.strip())]
    return paragraphs(kept, width)


def _usable(parts: list[str]) -> list[str]:
    """A passage's paragraphs without a last one that only introduces (ends in ':') what is
    not given; none at all when the first is an instruction to the applicant (a form's field).
    """
    if parts and INSTRUCTION.match(BULLET.sub("", parts[0], count=1)):
        return []
    while parts and LEAD_IN.search(parts[-1]) and not is_list_item(parts[-1]):
        parts = parts[:-1]
    return parts


def _cap(text: str) -> str:
    """Cut a long passage at the last sentence (or list item) end before MAX_CHARS."""
    if len(text) <= MAX_CHARS:
        return text
    head = text[:MAX_CHARS]
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s)|\n", head)]
    if ends and ends[-1] >= MAX_CHARS // 3:
        return head[: ends[-1]].rstrip()
    return head.rsplit(" ", 1)[0] + " …"


def _section_end(lines: Sequence[Line], start: int) -> int:
    """Index after the last line of the section whose body starts at `start`."""
    end = start
    while end < len(lines) and not (end > start and _is_heading(lines, end)):
        end += 1
    return end


def _first_body_line(lines: Sequence[Line], after: int) -> int | None:
    """The first non-blank line after a heading, unless it is a heading itself (contents list)."""
    for j in range(after + 1, len(lines)):
        if lines[j].blank:
            continue
        return None if _is_heading(lines, j) else j
    return None


def _section_passages(lines: Sequence[Line], kind: Kind, width: int) -> list[Found]:
    """Passages under a heading of this kind, and after an inline label of it."""
    found: list[Found] = []
    for i, line in enumerate(lines):
        text = _text(line)
        unbulleted = BULLET.sub("", text, count=1)
        inline = kind.inline.match(unbulleted)
        if inline and unbulleted[:1].isupper():
            body = [Line(inline.group("rest"), line.page), *lines[i + 1 : _section_end(lines, i)]]
            parts = _paragraph_texts(body, width)
            parts = parts[:2] if len(parts) > 1 and _lead_and_list(parts) else parts[:1]
        elif _labelled_heading(lines, i, kind):
            start = _first_body_line(lines, i)
            if start is None:
                continue
            body = list(lines[start : _section_end(lines, start)])
            parts = _paragraph_texts(body, width)
        else:
            continue
        parts = _usable(parts)
        if parts:
            found.append(Found(i, _cap("\n\n".join(parts)), body[0].page, SECTION))
    return found


def _lead_and_list(parts: list[str]) -> bool:
    """Is the first paragraph an introduction ending in ':' with a list right after it?"""
    return bool(LEAD_IN.search(parts[0])) and is_list_item(parts[1])


@dataclass
class Paragraph:
    """A paragraph's text and, for each piece of it, the offset where it starts and its line."""

    rows: list[str]
    starts: list[list[tuple[int, int]]]  # per row: (offset in row, line index)

    def line_at(self, row: int, offset: int) -> int:
        return max((s for s in self.starts[row] if s[0] <= offset), default=self.starts[row][0])[1]


def _paragraphs(lines: Sequence[Line], begin: int, end: int, width: int) -> list[Paragraph]:
    """Like text.paragraphs over lines[begin:end], remembering which line each piece came from."""
    blocks: list[Paragraph] = []
    gap = True
    for index in range(begin, end):
        line = lines[index]
        if line.blank or PAGE_NUMBER.match(line.text.strip()):
            gap = gap or line.blank
            continue
        text = collapse(line.text)
        last = blocks[-1] if blocks else None
        if last is None or (is_list_item(text) and not is_list_item(last.rows[0])):
            blocks.append(Paragraph([normalize_bullet(text)], [[(0, index)]]))
        elif is_list_item(text):
            last.rows.append(normalize_bullet(text))
            last.starts.append([(0, index)])
        elif continues(last.rows[-1], text, gap, width) and not (
            is_list_item(last.rows[0]) and gap and not text[:1].islower()
        ):
            joined = join_wrapped(last.rows[-1], text)
            last.starts[-1].append((len(joined) - len(text), index))
            last.rows[-1] = joined
        else:
            blocks.append(Paragraph([text], [[(0, index)]]))
        gap = False
    return blocks


def _sentences(row: str) -> list[tuple[int, str]]:
    """The sentences of one row with their offsets; abbreviations do not end a sentence."""
    pieces: list[tuple[int, str]] = []
    start = 0
    for match in SENTENCE_SPLIT.finditer(row):
        if NO_SENTENCE_END.search(row[start : match.start()]):
            continue
        pieces.append((start, row[start : match.start()]))
        start = match.end()
    pieces.append((start, row[start:]))
    return pieces


def _opening(sentence: str) -> str:
    """A sentence without a Q&A label or a leading "Ja,"/"Nej," (capitalised again)."""
    text = BULLET.sub("", sentence, count=1).strip()
    for label in (A_LABEL.match(text), question_label(text)):
        if label:
            text = text[label.end() :].strip()
    answer = ANSWER_WORD.match(text)
    if answer and len(text) > answer.end():
        text = text[answer.end()].upper() + text[answer.end() + 1 :]
    return text


def _segments(lines: Sequence[Line]) -> list[tuple[int, int]]:
    """Runs of lines between headings (a heading never joins the paragraph after it)."""
    cuts = [i for i in range(len(lines)) if _is_heading(lines, i)]
    bounds = [0, *cuts, len(lines)]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def _stating_sentences(
    paragraph: Paragraph, following: list[str], kind: Kind
) -> Iterator[tuple[int, str]]:
    """The sentences of a paragraph that state this kind (with their line), and the list that
    follows a stating sentence ending in ':'."""
    for r, row in enumerate(paragraph.rows):
        for offset, sentence in _sentences(row):
            text = _opening(sentence)
            if not any(pattern.search(text) for pattern in kind.statements):
                continue
            ends_paragraph = r == len(paragraph.rows) - 1 and offset + len(sentence) >= len(row)
            if ends_paragraph and LEAD_IN.search(text) and is_list_item(following[0]):
                text += "\n\n" + "\n".join(following)
            yield paragraph.line_at(r, offset), text


def _statement_passages(lines: Sequence[Line], kind: Kind, width: int) -> list[Found]:
    """Sentences stating the target group or the applicants, with the list they introduce."""
    found: list[Found] = []
    for begin, end in _segments(lines):
        blocks = _paragraphs(lines, begin, end, width)
        for p, paragraph in enumerate(blocks):
            following = blocks[p + 1].rows if p + 1 < len(blocks) else [""]
            for at, text in _stating_sentences(paragraph, following, kind):
                found.append(Found(at, _cap(text), lines[at].page, STATEMENT))
    return found


def _heading_paragraph(text: str) -> bool:
    """Is a paragraph of an answer the next section's heading (short, no sentence, or a '?')?"""
    if "\n" in text or is_list_item(text):
        return False
    first = re.sub(NUMBER_PREFIX, "", text, count=1)[:1]
    short = len(text) <= HEADING_CHARS and len(text.split()) <= HEADING_WORDS
    plain = not re.search(r"[.,;:!]['\"”’)]*$", text) and (first.isupper() or first.isdigit())
    return (short and plain) or (text.endswith("?") and len(text) <= QUESTION_CHARS)


def _until_heading(parts: list[str]) -> list[str]:
    """An answer's paragraphs up to a heading the Q&A rules left inside it."""
    for k, part in enumerate(parts[1:], start=1):
        if _heading_paragraph(part):
            return parts[:k]
    return parts


def _question_line(lines: Sequence[Line], page: int | None, question: str) -> int:
    """The line where a question from find_qa starts (its first words, on its page)."""
    probe = " ".join(question.split()[:3]).casefold()
    candidates = [i for i, line in enumerate(lines) if page is None or line.page == page]
    for i in candidates:
        if probe and probe in collapse(lines[i].text).casefold():
            return i
    return candidates[0] if candidates else 0


def _answer_passages(lines: Sequence[Line], kind: Kind) -> list[Found]:
    """Answers to questions asking who may apply / who the target group is."""
    found: list[Found] = []
    entries, _warnings = find_qa(lines)
    for entry in entries:
        if not kind.question.search(collapse(entry.question)):
            continue
        parts = _until_heading([part for part in entry.answer.split("\n\n") if part.strip()])
        parts = _usable(parts)
        if parts:
            at = _question_line(lines, entry.page, entry.question)
            page = entry.page or lines[at].page
            found.append(Found(at, _cap("\n\n".join(parts)), page, ANSWER))
    return found


def _key(text: str) -> str:
    return " ".join(re.findall(r"[\wæøå]+", text.casefold()))


def _overlap(left: Found, right: Found) -> bool:
    """Does one passage hold the other (compared by their words)?"""
    a, b = _key(left.text), _key(right.text)
    return a in b or b in a


def _better(left: Found, right: Found) -> Found:
    """Of two overlapping passages: a section's over an answer's over a sentence; else longer."""
    if left.rule != right.rule:
        return left if left.rule < right.rule else right
    return left if len(left.text) >= len(right.text) else right


def _unique(found: list[Found]) -> list[Passage]:
    """In document order; passages holding one another are given once, at the first place."""
    kept: list[Found] = []
    for item in sorted(f for f in found if _key(f.text)):
        clashes = [k for k, other in enumerate(kept) if _overlap(item, other)]
        if not clashes:
            kept.append(item)
            continue
        best = item
        for k in clashes:
            best = _better(kept[k], best)
        first = kept[clashes[0]]
        kept[clashes[0]] = Found(first.position, best.text, best.page, best.rule)
        kept = [other for k, other in enumerate(kept) if k not in clashes[1:]]
    return [Passage(text=item.text, page=item.page) for item in kept[:MAX_PASSAGES]]


def _passages(doc: RawDocument, kind: Kind) -> list[Passage]:
    lines = doc.lines
    width = typical_width(lines)
    found = [
        *_section_passages(lines, kind, width),
        *_statement_passages(lines, kind, width),
        *_answer_passages(lines, kind),
    ]
    return _unique(found)


def find_target_group(doc: RawDocument) -> list[Passage]:
    """Passages saying who the pool is for ("Målgruppe", "Målgruppen er ...", "målrettet ...")."""
    return _passages(doc, TARGET)


def find_applicants(doc: RawDocument) -> list[Passage]:
    """Passages saying who may apply ("Ansøgerkreds", "Hvem kan søge?", "kan søges af ...")."""
    return _passages(doc, APPLICANTS)


# --- Links

URL = re.compile(
    r"(?:[Hh][Tt][Tt][Pp][Ss]?://|(?<![a-zæøå0-9_.@/\\-])[Ww]{3}\.)"
    r"[^\s<>\"'“”‘’«»\[\]{}|\\^`]+"
)
HOST = re.compile(r"^(?:https?://)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?![\w-])", re.IGNORECASE)
TRAILING = ".,;:!?'\"»”’"
PATH_PIECE = re.compile(r"^[\w./%?=&#~+:@-]+")
PATH_SIGN = re.compile(r"[/=?_%#&]|\.(?:aspx?|html?|php|pdf|docx?|xlsx?|jsp)$", re.IGNORECASE)
CONNECTORS = re.compile(
    r"(?:\s|^)(?:på|via|her|se|fra|til|under|hos|adressen|linket|link|på\s+adressen)\s*$",
    re.IGNORECASE,
)


def _clean_url(url: str) -> str:
    """Without trailing punctuation and without a ')' that closes a bracket opened before it."""
    while url:
        unbalanced = url.endswith(")") and url.count(")") > url.count("(")
        if url[-1] in TRAILING or unbalanced:
            url = url[:-1]
        else:
            break
    return url


def _continuation(url: str, lines: Sequence[Line], i: int) -> tuple[str, int] | None:
    """The piece on the next line that continues an address broken at the end of lines[i]."""
    for j in range(i + 1, min(i + 3, len(lines))):
        if lines[j].blank:
            continue
        text = lines[j].text.strip()
        piece = PATH_PIECE.match(text)
        if not piece or re.match(r"(?:https?:|www\.)", text, re.IGNORECASE):
            return None
        word = _clean_url(piece.group(0))
        if not word:
            return None
        if PATH_SIGN.search(word) or (url.endswith(("/", "-")) and word[:1].islower()):
            return word, j
        return None
    return None


def _label(before: str) -> str | None:
    """The words just before an address, when they name it ("Læs mere på" -> "Læs mere").

    Inside an open bracket, the words in the bracket, else those before it: "Vejledningen
    (se https://...)" gives "Vejledningen".
    """
    clause = re.split(r"(?<=[.!?])\s+", before.strip())[-1]
    clause = BULLET.sub("", clause)
    outside, bracket, inside = clause.rpartition("(")
    if bracket and ")" not in inside:
        return _clean_label(inside) or _clean_label(outside)
    return _clean_label(clause)


def _clean_label(clause: str) -> str | None:
    """A label without the connecting words before the address; None if it names nothing."""
    previous = None
    while clause != previous:
        previous = clause
        clause = clause.strip().rstrip(":–—-(").strip()
        clause = CONNECTORS.sub("", clause)
    letters = sum(ch.isalpha() for ch in clause)
    if (
        not re.search(r"[A-Za-zÆØÅæøå]{3}", clause)
        or re.search(r"[@\[\]]", clause)
        or letters < len(clause) / 2
        or len(clause) > 100
    ):
        return None
    return clause


def _line_label(lines: Sequence[Line], i: int, start: int) -> str | None:
    """The label of an address starting at `start` in lines[i]."""
    before = lines[i].text[:start]
    if before.strip():
        return _label(before)
    above = _previous(lines, i)
    if above is not None and LEAD_IN.search(above.text):
        return _label(collapse(above.text))
    return None


def _url_key(url: str) -> str:
    return re.sub(r"^https?://", "", url.casefold()).rstrip("/")


def _whole_url(lines: Sequence[Line], i: int, match: re.Match[str]) -> tuple[str, int, int]:
    """The address begun by `match` in lines[i], carried on over line ends where it continues.

    Returns the address, the line it ends on and how many characters of that line it uses.
    """
    url, end_line, used = match.group(0), i, match.end()
    while url == _clean_url(url) and not lines[end_line].text[used:].strip():
        found = _continuation(url, lines, end_line)
        if found is None:
            break
        piece, end_line = found
        text = lines[end_line].text
        used = text.index(piece) + len(piece)
        url += piece
    return url, end_line, used


def find_links(doc: RawDocument) -> list[Link]:
    """Web addresses with a label where the document gives one; each address once."""
    lines = doc.lines
    links: dict[str, Link] = {}
    used: dict[int, int] = {}  # line index -> characters already taken by a broken address
    for i, line in enumerate(lines):
        if "mailto:" in line.text.lower():
            continue
        for match in URL.finditer(line.text):
            if match.start() < used.get(i, 0):
                continue
            url, end_line, end = _whole_url(lines, i, match)
            if end_line > i:
                used[end_line] = end
            url = _clean_url(url)
            if "@" in url or not HOST.match(url):
                continue
            key = _url_key(url)
            label = _line_label(lines, i, match.start())
            if key not in links:
                links[key] = Link(url=url, label=label, page=line.page)
            elif links[key].label is None and label:
                links[key].label = label
    return list(links.values())

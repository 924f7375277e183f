"""Find question/answer pairs by the document's structure, never by its wording.

A Markdown table with a question column and an answer column ("| Nr. | Spørgsmål | Svar |") is
read row by row. Otherwise three shapes, tried in this order; the first that finds questions wins:
1. labelled: "Spørgsmål 3:", "Spørgsmål/kommentar 3:", "SPG 3:", "Spm. nr. 3:", "Q:", "S:",
   "Spørgsmål (Holbæk Kommune):" (who asked), "Spørgsmål modtaget 12.02.2025:" (when), a
   numbered label alone on its line ("Spm. 1"), or "Spørgsmål" alone above a question where
   "Svar" alone answers; answered by "Svar 3:", "Svar:", "Svar (14.02.2025):", "Sv:", "Sv.:",
   "Svar" alone on its line, "A:", or by the text after a question that ends in ? or :. When
   two or more answers open with the same short name and a colon ("STAR: ..."), that name is
   the answerer's label and is dropped;
2. numbered: "3. Er målgruppen ...?" — a numbered line whose sentence ends in ? or : within a few
   lines, the numbers running 1, 2, 3 ... (a numbered list inside an answer does not continue
   the run, and "10 mio. kr." has no "10." to start one). Once the run has begun, a number
   without "?" ("4. Uddyb venligst ...") is a request when a real question follows it: its
   first paragraph is the question, and an editor is asked to check it. Otherwise the run ends
   there (a guide's "4. Vurdering" after "3. Hvem kan søge?" is a section heading);
3. headed: a heading or bold line, or a short paragraph of its own, ending in "?", followed by
   an answer paragraph in prose. A list that ends in a question is no question. Where two or
   more are found, a short line of its own that opens as a question does but lost its "?"
   ("Hvornår holder bestyrelsen møde") is one too, for an editor to check.
A date on its own line between a question and its answer ("Opdateret 3. marts 2024") is
metadata, not answer; so is who asked, in parentheses after the question ("(Skive Kommune)"),
and an aside with its own label between a parliament question and its answer ("Begrundelse:").
A numbered title above a sentence ("2. Puljens fordeling" / "... følgende fordeling:") is a
section, an agenda item's title is no request, and a menu of link titles is no answer.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from puljeportal.document import Line
from puljeportal.extract.contacts import EMAIL, PHONE
from puljeportal.extract.text import (
    collapse,
    continues,
    is_list_item,
    one_line,
    to_text,
    typical_width,
)
from puljeportal.model import QA

# "3", "nr. 3", and a parliament's "nr. S 1877" (its series letter before the number).
_NUMBER = r"(?:\s*(?:nr\.?\s*)?(?:[A-Z]{1,2}\s+)?(\d{1,4}))?"
# Who asked, in parentheses that may hold a party's: "(Holbæk Kommune)", "(Jens Vad (V))".
PARENTHESES = r"\((?:[^()]|\([^()]{1,10}\)){1,80}\)"
_ASKER = rf"(?:\s*{PARENTHESES})?"  # "Spørgsmål (Holbæk Kommune):"
# When the question came: "Spørgsmål modtaget 12.02.2025:", "Spørgsmål stillet den 3/2-2025:".
_RECEIVED = (
    r"(?:\s+(?:(?:modtaget|stillet|indsendt|sendt)\s+)?(?:den\s+)?"
    r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?=\s*:))?"
)
# Which committee or member asked: "Spørgsmål nr. 118 (Alm. del) fra Kulturudvalget:"; in a
# narrow column the asker may wrap onto the next line ("... fra" / "Kulturudvalget:").
_ASKED_WORDS = r"(?:fra|stillet\s+af)"
_ASKER_NAME = r"[A-ZÆØÅ][^:]{1,60}"
_ASKED_BY = rf"(?:\s+{_ASKED_WORDS}\s+{_ASKER_NAME}(?=:))?"
WRAPPED_BY = re.compile(rf"\s{_ASKED_WORDS}$", re.IGNORECASE)
ASKER_WRAPPED = re.compile(rf"{_ASKER_NAME}:")
# A label ends in ":", "." or ")", or ends its line ("Spm. 1" above the question).
_LABEL_END = r"(?:\s*[:.)]\s*|\s*$)"
Q_LABEL = re.compile(
    r"^(?:§+\s*\d+\S*\s+|\d{1,2}(?:\.\d{1,2})+\.?\s+)?"  # "§ 3", "1.1 Spm.: ..."
    r"(?:spørgsmål(?:\s*/\s*kommentar)?|spg\.?|spm\.?|question)"
    + _NUMBER
    + _ASKER
    + _ASKED_BY
    + _RECEIVED
    + _LABEL_END
    + r"|^[qs]"
    + _NUMBER
    + r"\s*:\s*"
    + r"|^kommentar(?:\s+fra\s+[\wæøå]+(?:\s+[\wæøå]+)?)?\s*:\s*",  # "Kommentar fra deltager:"
    re.IGNORECASE,
)
A_LABEL = re.compile(
    r"^(?:svar(?:\s*/\s*kommentar)?|answer)" + _NUMBER + _ASKER + r"\s*[:.)]\s*"
    r"|^(?:a|sv\.?)" + _NUMBER + r"\s*:\s*"  # "Sv.:"
    r"|^(?-i:Svar|SVAR)" + _NUMBER + r"\s*$",  # "Svar" alone on its line
    re.IGNORECASE,
)
SPEAKER = re.compile(r"^([A-ZÆØÅ][\wÆØÅæøå.&-]{0,30}(?:\s[A-ZÆØÅ][\wÆØÅæøå.&-]{0,30}){0,2}):\s+")
# A question reported in minutes: "En deltager spurgte, om ..." (answered by "Svar:").
REPORTED = re.compile(r"\b(?:spurgte|spørger|ville vide|ønskede at vide)\b", re.IGNORECASE)
# Who answered, on a line of its own above the answer: "Besvaret af transportministeren".
ANSWERED_BY = re.compile(r"^(?:besvaret|svar)\s+(?:af|fra)\s+\S.{0,60}$", re.IGNORECASE)
# A date standing on its own line between a question and its answer, maybe labelled, or a
# letter's place and date ("Aarhus, den 9. december 2026").
DATE_LINE = re.compile(
    r"^(?:(?:senest\s+|sidst\s+)?(?:opdateret|publiceret|offentliggjort|tilføjet|ændret|revideret"
    r"|besvaret|dato)\s*:?\s*(?:den\s+)?"
    r"|[A-ZÆØÅ][\wæøå-]+(?:\s[A-ZÆØÅ][\wæøå-]+)?,\s*(?:den\s+)?)?"  # a letter's "Aarhus, den"
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.\s*[a-zæøå]+\.?\s+\d{4}|\d{4}-\d{2}-\d{2})"
    r"(?:[T ,]+(?:kl\.\s*)?[\d:.+-]+)?$",
    re.IGNORECASE,
)
NUMBERED_Q = re.compile(r"^(\d{1,3})[.)]\s+(?=[A-ZÆØÅ\"“”«])")  # a question opens a sentence
LINK_LABEL = re.compile(
    r"^(?:relaterede\s+\w+|læs\s+også|se\s+også|andre\s+nyheder|mest\s+læste|del\s+artiklen)"
    r"(?![a-zæøå])",
    re.IGNORECASE,
)
# A guide's FAQ section: the question-shaped headings above it are the guide's own sections.
FAQ_HEADING = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:ofte\s+stillede\s+spørgsmål|spørgsmål\s+og\s+svar|faq)"
    r"\s*:?$",
    re.IGNORECASE,
)
# "4.1 Kan vi få forskud?": a question numbered under its section, a heading of its own (not a
# time of day that a sentence wrapped onto the line: "... kl." / "12.00. Ansøgninger ...").
SUBNUMBERED_Q = re.compile(r"^\d{1,2}\.([1-9]\d?)\.?\s+(?=[A-ZÆØÅ\"“”«])")
NAVIGATION = re.compile(r"\s[|›>»]\s")  # a menu's or breadcrumb's separator between words
ENDS_STATEMENT = re.compile(r"[.!]['\"”’)]*$")  # a line ending a sentence that asks nothing
CLOCK_BEFORE = re.compile(r"(?<![a-zæøå])kl\.?$", re.IGNORECASE)
# A question ends in "?" (or ":"), maybe inside quotes („...?“), maybe followed by who asked it
# in parentheses ("... hospitalsenhed? (Skive Kommune)").
ASKER_TAIL = re.compile(rf"(?<=[?:'\"”’“»])\s*{PARENTHESES}$")
ASKER_LINE = re.compile(rf"^{PARENTHESES}$")
QUESTION_END = re.compile(rf"[?:]['\"”’“»)]*(?:\s*{PARENTHESES})?$")
# A block between a question and its answer with its own label alone on a line: a Folketing
# question's "Begrundelse:" (the asker's reasons), which is neither question nor answer.
ASIDE_LABEL = re.compile(r"^[A-ZÆØÅ][a-zæøå]{2,30}:$")
ASIDE_HEADING = re.compile(r"^[A-ZÆØÅ][a-zæøå]{2,30}$")  # the same as a heading, after a "?"
# After a question or a label, a mark that the entry is new or changed ("? NY", "Spørgsmål 3 *").
STATUS_MARK = re.compile(
    r"(?<=\?)\s*(?:NY|NYT|Ny|(?i:\((?:ny|nyt|opdateret)\)|\[(?:ny|nyt|opdateret)\]))$"
    r"|(?<=[?\w])\s+\*$"
)
BARE_QUESTION = re.compile(r"^(?:Spørgsmål|SPØRGSMÅL)$")
BARE_ANSWER = re.compile(r"^(?:Svar|SVAR)$")
# Web pages glue a timestamp to the question ("...samfundet?2018-12-07T10:04:41+00:00").
METADATA_TAIL = re.compile(r"(?<=[?:.])\s*\d{4}-\d{2}-\d{2}(?:[T ][\d:.+-]+)?\s*$")
# A Markdown table of questions and answers: its header's column names, its "|---|---|" rule.
QUESTION_COLUMN = re.compile(r"spørgsmål|spm|spg|question|q")
ANSWER_COLUMN = re.compile(r"svar|sv|answer|a")
TABLE_RULE = re.compile(r"^\|?[\s:|-]+\|?$")
MAX_QUESTION_LINES = 5
MAX_QUESTION_CHARS = 400
MAX_HEADED_CHARS = 250  # a question standing as its own paragraph
MAX_WRAPPED_QUESTION_LINES = 3  # a question wrapped in a narrow column, right under an answer
MIN_ANSWER_WORDS = 4
# The expand marker of a web page's folded question ("+ Hvem kan søge?", "▸ Hvornår ...?").
ACCORDION = re.compile(r"^[+▸▾▶►›»]\s+")
INLINE_ANSWER = re.compile(r"(?<=\?)\s+(?=(?:Svar|SVAR|Sv\.?|A)\s*:\s)")
# How a question opens ("Hvor mange ...", "Kan vi ..."), and words a wrapped line ends on.
ASKING_START = re.compile(
    r"^(?:hv[a-zæøå]*|kan|må|skal|er|har|vil|bliver|gælder|findes|får|bør)\b", re.IGNORECASE
)
# How a question without its "?" opens: an interrogative or a verb first, then more words.
QUESTION_WORD = re.compile(
    r"^(?:hvem|hvad|hvor|hvornår|hvorfor|hvordan|hvilke[nt]?|hvor\w+|kan|må|skal|er|har|vil|bliver"
    r"|gælder|findes|får|bør)\s",
    re.IGNORECASE,
)
SHORT_LINE = 0.6  # of the usual width: a line this short was not wrapped
LINKING_END = re.compile(r"\b(?:i|af|til|for|på|med|om|og|eller|en|et|den|det|de|der|at)$")
TITLE_WORDS = 8
MENU_WORDS = 12  # an answer this short without any punctuation is a menu of links


@dataclass(frozen=True)
class Span:
    """A question found at lines[start]; its text runs to lines[answer_start] (exclusive)."""

    number: int | None
    start: int
    answer_start: int
    label_len: int  # characters of label to strip from lines[start]
    unsure: bool = False  # where the question ends is a guess: an editor should look


def _without_status_marks(lines: Sequence[Line]) -> list[Line]:
    """Lines without the marks a FAQ puts after a new or changed entry: "Kan vi søge? NY",
    "... (opdateret)", "Spørgsmål 3 *"."""
    return [
        replace(line, text=STATUS_MARK.sub("", line.text.rstrip()))
        if STATUS_MARK.search(line.text.rstrip())
        else line
        for line in lines
    ]


def find_qa(lines: Sequence[Line]) -> tuple[list[QA], list[str]]:
    """All Q&A pairs in a document, in order, with warnings for an editor."""
    table = _table_qa(lines)
    if table:
        return table, []
    lines = _split_inline_answers(_joined_askers(_without_status_marks(lines)))
    for finder in (_labelled, _answer_labelled, _numbered, _headed):
        spans = finder(lines)
        if spans:
            if finder is _answer_labelled:
                spans = _with_unlabelled(spans, _headed(lines))
            return _build(lines, spans)
    return [], []


def _table_qa(lines: Sequence[Line]) -> list[QA]:
    """A Markdown table with a question column and an answer column ("| Nr. | Spørgsmål | Svar
    |"): one question and its answer per row, numbered from a number column."""
    entries: list[QA] = []
    columns: tuple[int, int, int | None] | None = None  # question, answer, number
    for line in _table_lines(lines):
        text = line.text.strip()
        if not text.startswith("|"):
            columns = None
            continue
        cells = [cell.strip() for cell in text.strip("|").split("|")]
        header = _qa_columns(cells)
        if header or TABLE_RULE.match(text):
            columns = header or columns
            continue
        if columns is None or max(c for c in columns if c is not None) >= len(cells):
            continue
        question, answer, number = columns
        if cells[question] and cells[answer]:
            n = cells[number] if number is not None and cells[number].isdigit() else None
            entries.append(
                QA(
                    number=int(n) if n else None,
                    question=collapse(cells[question]),
                    answer=collapse(cells[answer]),
                    page=line.page,
                )
            )
    return entries


def _table_lines(lines: Sequence[Line]) -> list[Line]:
    """Lines with a table row that wrapped ("| 1 | Kan vi søge? | Ja, hvis" / "I er en forening.
    |") joined back into one line."""
    out: list[Line] = []
    for line in lines:
        text = line.text.strip()
        previous = out[-1].text.strip() if out else ""
        if previous.startswith("|") and not previous.endswith("|") and text:
            out[-1] = replace(out[-1], text=f"{previous} {text}")
        else:
            out.append(line)
    return out


def _qa_columns(cells: list[str]) -> tuple[int, int, int | None] | None:
    """The question, answer and number columns of a table's header row, if it has the first two."""
    names = [cell.lower().rstrip(".:") for cell in cells]
    question = next((i for i, name in enumerate(names) if QUESTION_COLUMN.fullmatch(name)), None)
    answer = next((i for i, name in enumerate(names) if ANSWER_COLUMN.fullmatch(name)), None)
    if question is None or answer is None:
        return None
    number = next((i for i, name in enumerate(names) if name in {"nr", "#", "no"}), None)
    return question, answer, number


def _joined_askers(lines: Sequence[Line]) -> list[Line]:
    """A label whose asker wrapped onto the next line ("Spørgsmål nr. 118 (Alm. del) fra" /
    "Kulturudvalget:") joined back into one line, as the label expects it."""
    out: list[Line] = []
    for line in lines:
        above = out[-1].text.strip() if out else ""
        joined = f"{above} {line.text.strip()}"
        if (
            ASKER_WRAPPED.fullmatch(line.text.strip())
            and WRAPPED_BY.search(above)
            and question_label(joined)
        ):
            out[-1] = replace(out[-1], text=joined)
        else:
            out.append(line)
    return out


def _split_inline_answers(lines: Sequence[Line]) -> list[Line]:
    """A question and its labelled answer on one line ("Spørgsmål: Kan vi? Svar: Ja."), also
    where the question wrapped and "Svar:" follows on its last line, as separate lines, the way
    the labelled shape expects them."""
    out: list[Line] = []
    asking = False  # a labelled question opened in this paragraph and is not yet answered
    for line in lines:
        asking = (asking and not line.blank) or bool(question_label(line.text.strip()))
        parts = INLINE_ANSWER.split(line.text, maxsplit=1)
        if len(parts) == 2 and asking:
            out += [replace(line, text=parts[0]), replace(line, text=parts[1])]
            asking = False
        else:
            out.append(line)
    return out


def _with_unlabelled(labelled: list[Span], headed: list[Span]) -> list[Span]:
    """Minutes label some answers ("Svar: ...") and not others ("Det blev oplyst, at ..."):
    the questions with an unlabelled answer are added where no labelled question stands."""
    taken = {i for span in labelled for i in range(span.start, span.answer_start + 1)}
    extra = [span for span in headed if span.start not in taken and span.answer_start not in taken]
    return sorted(labelled + extra, key=lambda span: span.start)


def _first_number(match: re.Match[str]) -> int | None:
    for group in match.groups():
        if group:
            return int(group)
    return None


def question_label(text: str) -> re.Match[str] | None:
    """A question label opening a line: capitalised, and a bare label needs a colon.

    "spørgsmål." at a line start is the end of a wrapped sentence, not a label.
    """
    match = Q_LABEL.match(text)
    if not match or not (text[:1].isupper() or text[:1].isdigit() or text.startswith("§")):
        return None
    if _first_number(match) is None and not match.group(0).rstrip().endswith(":"):
        return None
    return match


def _labelled(lines: Sequence[Line]) -> list[Span]:
    # "Spørgsmål" alone on its line is a label where "Svar" alone on its line answers.
    bare = any(BARE_ANSWER.match(line.text.strip()) for line in lines)
    labels = [
        question_label(line.text) or (bare and BARE_QUESTION.match(line.text.strip()))
        for line in lines
    ]
    starts = [i for i, label in enumerate(labels) if label]
    spans = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        match = labels[start]
        assert match
        answer = _answer_label(lines, start + 1, end)
        if answer is None:
            answer = _question_end(lines, start, end, match.end()) + 1
        if BARE_QUESTION.match(lines[start].text.strip()) and "?" not in one_line(
            lines[start + 1 : answer]
        ):
            continue  # "Spørgsmål" / "Der kom mange spørgsmål.": a heading, not a label
        if _names_a_contact(lines, start, end, match.end()):
            continue
        spans.append(Span(_first_number(match), start, answer, match.end()))
    return spans


def _names_a_contact(lines: Sequence[Line], start: int, end: int, skip: int) -> bool:
    """A fact box's "Spørgsmål: Jens Holm, tlf. 33 44 55 66" (its paragraph giving an e-mail or
    phone and asking nothing) says whom to ask: no question label."""
    paragraph = [replace(lines[start], text=lines[start].text[skip:])]
    for line in lines[start + 1 : end]:
        if line.blank or A_LABEL.match(line.text.strip()):
            break
        paragraph.append(line)
    text = one_line(paragraph)
    return "?" not in text and bool(EMAIL.search(text) or PHONE.search(text))


def _answer_labelled(lines: Sequence[Line]) -> list[Span]:
    """Only answers are labelled ("Svar:"): each question is the paragraph just before."""
    spans = []
    for i, line in enumerate(lines):
        if not A_LABEL.match(line.text.strip()):
            continue
        start = _paragraph_before(lines, i)
        if start is None:
            continue
        asked = one_line(lines[start:i])
        if "?" in asked or REPORTED.search(asked):
            spans.append(Span(None, start, i, 0))
    return spans


def _paragraph_before(lines: Sequence[Line], end: int) -> int | None:
    """Start of the paragraph (up to five lines) that ends just before `end`."""
    j = end - 1
    while j >= 0 and lines[j].blank:
        j -= 1
    start = None
    while j >= 0 and not lines[j].blank and end - j <= MAX_QUESTION_LINES + 2:
        text = lines[j].text.strip()
        title = _is_title(NUMBERED_Q.sub("", text)) and lines[j + 1].text.strip()[:1].isupper()
        if start is not None and (re.search(r"[.!:]$", text) or title):
            break  # a sentence's end, or a title above ("3. Spørgsmål fra deltagerne")
        start, j = j, j - 1
    return start


def _answer_label(lines: Sequence[Line], begin: int, end: int) -> int | None:
    for i in range(begin, end):
        if A_LABEL.match(lines[i].text):
            return i
    return None


def _question_end(lines: Sequence[Line], start: int, end: int, skip: int = 0) -> int:
    """Index of the line that ends the question begun at `start` (ends in ? or :).

    The limit is in characters, not lines, so a narrow column's many short lines fit too.
    """
    seen = 0
    for i in range(start, end):
        text = lines[i].text.strip()[skip if i == start else 0 :]
        if not text:
            continue
        seen += len(text) + 1
        if QUESTION_END.search(text) or seen >= MAX_QUESTION_CHARS:
            return i
    return start


def _numbered(lines: Sequence[Line]) -> list[Span]:
    width = typical_width(lines)
    spans: list[Span] = []
    for i, line in enumerate(lines):
        match = NUMBERED_Q.match(line.text.strip())
        if not match or FAQ_HEADING.match(line.text.strip()):
            continue  # "4. Ofte stillede spørgsmål" heads the questions, asks none
        number = int(match.group(1))
        if spans and number != (spans[-1].number or 0) + 1:
            continue
        end = _question_end(lines, i, len(lines), match.end())
        asks = bool(QUESTION_END.search(lines[end].text.strip()))
        asks = asks and not _starts_other(lines, i + 1, end)  # not the next item's "?"
        # "2. Puljens fordeling" above a sentence ending in ":" is a section heading.
        asks = asks and not _heading_above(lines, i, end, width)
        if not asks and spans:
            # Once the run has begun, the next number may ask without "?" ("3. Forklar
            # venligst ..."): its question is its first paragraph, a sentence rather than an
            # agenda item's title, and prose must follow.
            end = _first_paragraph_end(lines, i, width)
            request = one_line(lines[i : end + 1])
            if _is_title(request) or not _prose_follows(lines, end + 1):
                continue
            if _asked_later(lines, i, number):
                continue  # an answer's list reaching the number of the question after it
        elif not asks:
            continue
        if _starts_other(lines, i + 1, end):
            continue
        spans.append(Span(number, i, end + 1, match.end(), unsure=not asks))
    spans = _confirmed(spans)
    faq = _faq_section(lines)
    if faq is not None:  # "2. Hvem kan søge?" above "6. Ofte stillede spørgsmål": sections
        spans = [span for span in spans if span.start > faq]
    # A lone "1. ...?" is more likely a list item than a FAQ; and numbered questions that stand
    # one under the other without answers are a list of questions (what the jury asks itself).
    return spans if len(spans) >= 2 and not _mostly_unanswered(lines, spans) else []


def _asked_later(lines: Sequence[Line], start: int, number: int) -> bool:
    """Is the number at `start` asked again below, as a question, before the next number?"""
    for i in range(start + 1, len(lines)):
        match = NUMBERED_Q.match(lines[i].text.strip())
        if not match or int(match.group(1)) not in (number, number + 1):
            continue
        if int(match.group(1)) == number + 1:
            return False
        end = _question_end(lines, i, len(lines), match.end())
        if QUESTION_END.search(lines[end].text.strip()):
            return True
    return False


def _mostly_unanswered(lines: Sequence[Line], spans: list[Span]) -> bool:
    """Do at least half of the questions run straight into the next one, with no answer?"""
    unanswered = sum(
        all(line.blank for line in lines[span.answer_start : following.start])
        for span, following in zip(spans, spans[1:], strict=False)
    )
    return 2 * unanswered >= len(spans)


def _confirmed(spans: list[Span]) -> list[Span]:
    """The run up to the first numbered line without "?" that a real question does not follow:
    a request sits between questions, while "4. Vurdering" after "3. Hvem kan søge?" in a guide
    is the next section's heading, and the run ends before it."""
    for k, span in enumerate(spans):
        if span.unsure and (k + 1 == len(spans) or spans[k + 1].unsure):
            return spans[:k]
    return spans


def _heading_above(lines: Sequence[Line], start: int, end: int, width: int) -> bool:
    """Is the numbered line at `start` a title of its own, not wrapping on to the sentence
    below it that ends at `end`?"""
    if end == start:
        return False
    first = NUMBERED_Q.sub("", lines[start].text.strip())
    following = lines[start + 1].text.strip()
    if ASKING_START.match(first) and following.endswith("?"):
        return False  # "1. Kan privatpersoner søge" / "Brinck-Fonden?": a question, wrapped
    return _is_title(first) and not (following and continues(first, following, False, width))


def _is_title(text: str) -> bool:
    """A few words without a sentence's end: a heading or an agenda item's title."""
    return len(text.split()) <= TITLE_WORDS and not re.search(r"[.!?,;:]$", text)


def _first_paragraph_end(lines: Sequence[Line], start: int, width: int) -> int:
    """The last line of the paragraph that begins at `start` (wrapped lines followed)."""
    end = start
    while end + 1 < len(lines) and end - start < MAX_QUESTION_LINES:
        following = lines[end + 1].text.strip()
        if not following or not continues(lines[end].text.strip(), following, False, width):
            break
        end += 1
    return end


def _starts_other(lines: Sequence[Line], begin: int, end: int) -> bool:
    """Does a list item or numbered line start between `begin` and `end` (inclusive)?"""
    return any(is_list_item(lines[j].text.strip()) for j in range(begin, end + 1))


def _headed(lines: Sequence[Line]) -> list[Span]:
    width = typical_width(lines)
    links = _link_lists(lines)
    faq = _faq_section(lines)
    spans: list[Span] = []
    for i, line in enumerate(lines):
        if spans and i < spans[-1].answer_start:
            continue
        end = _asking_block(lines, i)
        if end is None or len(one_line(lines[i : end + 1]).split()) < 3:
            continue
        if FAQ_HEADING.match(line.text.strip()):
            continue  # "4. Ofte stillede spørgsmål" heads the questions below it
        if links.intersection(range(i, end + 1)):
            continue  # "Relaterede nyheder" / "... / Hvordan bygger man bæredygtigt?": a link
        accordion = ACCORDION.match(line.text.strip())
        numbered = SUBNUMBERED_Q.match(line.text.strip()) and not (
            i and CLOCK_BEFORE.search(lines[i - 1].text.strip())
        )
        if not (
            line.heading
            or line.bold
            or accordion
            or numbered
            or _stands_alone(lines, i, width)
            or (
                _one_question(lines, i, end)
                and (_opens_in_faq(lines, i, faq) or _wrapped_after_answer(lines, i, end))
            )
        ):
            continue
        if _prose_follows(lines, end + 1):
            start = i + 1 if end > i and _titles(lines, i) else i
            start = _wrapped_from(lines, start, end)
            accordion = ACCORDION.match(lines[start].text.strip())
            number = NUMBERED_Q.match(lines[start].text.strip()) or SUBNUMBERED_Q.match(
                lines[start].text.strip()
            )  # a numbered run broke off, or a section's numbered question ("4.1 ...?")
            if number:
                spans.append(Span(int(number.group(1)), start, end + 1, number.end()))
            else:
                marker = len(accordion.group(0)) if accordion else 0
                spans.append(Span(None, start, end + 1, marker))
    if faq is not None and any(span.start > faq for span in spans):
        spans = [span for span in spans if span.start > faq]  # the guide's own headings
    if len(spans) >= 2:  # a FAQ: a question there may have lost its "?"
        spans = sorted(spans + _unmarked(lines, spans), key=lambda span: span.start)
    return spans


def _link_lists(lines: Sequence[Line]) -> set[int]:
    """The lines of a web page's lists of links, from their label ("Relaterede nyheder", "Læs
    også: ...", "Del artiklen") to the next blank line: a title there that asks is a link."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        if LINK_LABEL.match(line.text.strip()):
            end = i
            while end < len(lines) and not lines[end].blank:
                found.add(end)
                end += 1
    return found


def _faq_section(lines: Sequence[Line]) -> int | None:
    """Where a guide's FAQ section begins ("4. Ofte stillede spørgsmål"), if it has one: the
    question-shaped headings above it are the guide's sections, not Q&A. Of several (a list of
    contents names it too), the last one a question follows right under."""
    headings = [
        i
        for i, line in enumerate(lines)
        if FAQ_HEADING.match(line.text.strip()) and not line.text.strip()[:1].islower()
    ]  # not a title's wrapped tail
    asked = [i for i in headings if _question_under(lines, i)]
    return asked[-1] if asked else headings[0] if headings else None


def _question_under(lines: Sequence[Line], heading: int) -> bool:
    """Does a question (its first two lines) stand right under the heading?"""
    below = [line.text.strip() for line in lines[heading + 1 :] if not line.blank][:2]
    return any(text.endswith("?") for text in below)


def _unmarked(lines: Sequence[Line], spans: list[Span]) -> list[Span]:
    """Questions without their "?" in a FAQ of questions with one ("Hvornår holder bestyrelsen
    møde" / "Bestyrelsen holder møde ..."): a line of its own that opens as a question does,
    without a sentence's punctuation, with prose straight below. An editor is asked to check."""
    taken = {i for span in spans for i in range(span.start, span.answer_start)}
    width = typical_width(lines)
    found = []
    for i, line in enumerate(lines[:-1]):
        text = line.text.strip()
        alone = (i == 0 or lines[i - 1].blank) and lines[i + 1].text.strip()[:1].isupper()
        if (
            i not in taken
            and alone
            and len(text) < SHORT_LINE * width  # not a paragraph's first, wrapped line
            and QUESTION_WORD.match(text)
            and 3 <= len(text.split()) <= TITLE_WORDS
            and not re.search(r"[.!?:;,]", text)
            and _prose_follows(lines, i + 1)
        ):
            found.append(Span(None, i, i + 1, 0, unsure=True))
    return found


def _wrapped_from(lines: Sequence[Line], start: int, end: int) -> int:
    """The first line of the question that ends at `end`: the lines above it in the block that
    do not wrap on into it are a page's menu, breadcrumb or title ("Forside › Tilskud" /
    "Foreningspuljen – søg tilskud" / "Har du en god idé ...?"), not the question."""
    first = end
    while first > start and _wraps_into(lines[first - 1].text.strip(), lines[first].text.strip()):
        first -= 1
    return first


def _wraps_into(above: str, line: str) -> bool:
    """Does `line` go on with the question begun on the line above it (or its context)?"""
    if NAVIGATION.search(above) or NAVIGATION.search(line):
        return False  # "Forside › Kultur › Foreningspuljen", "Om LAG | Puljer | Kontakt"
    if LINKING_END.search(above) or above.endswith(",") or ENDS_STATEMENT.search(above):
        return True  # wrapped, or the question's own context ("Jeg har ... . Må jeg ...?")
    # "Ni projekter får 1,4 millioner" / "Kan en gammel mejeribygning ...?": a question opens
    # under a title; "... der allerede" / "er i gang?" and "... tilskud fra" / "Puljen?" wrap.
    return not (line[:1].isupper() and ASKING_START.match(line))


def _titles(lines: Sequence[Line], i: int) -> bool:
    """Is the line at `i` something standing straight above a question, not its first line: a
    section title (a page that lost the blank line between "Tilskud og økonomi" and "Hvor stort
    et tilskud ...?") or a page's button line ("Udvid alle | Fold alle sammen")? A sentence
    above a question is kept: it is often the question's own context ("Jeg har ... . Må jeg
    ...?")."""
    text = lines[i].text.strip()
    following = ACCORDION.sub("", lines[i + 1].text.strip())
    if not following[:1].isupper():
        return False
    asks = ASKING_START.match(text) or LINKING_END.search(text)  # a question wrapping on
    return _is_title(text) and not asks


def _asking_block(lines: Sequence[Line], start: int) -> int | None:
    """If a short paragraph starting at `start` ends in '?', its last line."""
    length = 0
    for j in range(start, len(lines)):
        text = lines[j].text.strip()
        length += len(text) + 1
        if not text or length > MAX_HEADED_CHARS:
            return None
        if j > start and is_list_item(text):
            return None  # a list ending in a question is a list (a table of contents)
        if text.endswith("?"):
            return j
        if re.search(r"[!:;]$", text):
            return None
    return None


def _stands_alone(lines: Sequence[Line], i: int, width: int) -> bool:
    """A short line not wrapping on from the line above: a gap (or nothing) before it, or a web
    page's line before it that ended its own paragraph (a sentence's end, or a short link line
    like "Læs mere om ansøgerkredsen"), the line itself one whole question."""
    text = lines[i].text.strip()
    if len(text) > max(width, 120):
        return False
    before = lines[i - 1].text.strip() if i > 0 else ""
    if not before:
        return True
    ended = bool(re.search(r"[.!?]['\"”’)]*$", before)) or len(before) < 0.6 * width
    return ended and text[:1].isupper() and text.endswith("?")


def _one_question(lines: Sequence[Line], i: int, end: int) -> bool:
    """Do the lines from `i` to `end` hold one question wrapped on a few lines, none of them but
    the last ending a sentence? ("Vikartimer afregnes med højst 390 kr. pr." / "time." /
    "Efter hvilke ...?" are two; "Om puljen" / "Sådan søger du" / ... / "+ Hvem ...?" a menu.)"""
    return end - i < MAX_WRAPPED_QUESTION_LINES and not any(
        ENDS_STATEMENT.search(lines[j].text.strip()) for j in range(i, end)
    )


def _wrapped_after_answer(lines: Sequence[Line], i: int, end: int) -> bool:
    """Is the block from `i` to `end` a question wrapped in a narrow column ("Kan vi kombinere
    med tilskud fra EU's" / "landdistriktsprogram?") straight after an answer's full stop?"""
    before = lines[i - 1].text.strip() if i > 0 else ""
    return (
        end > i
        and bool(ASKING_START.match(lines[i].text.strip()))
        and bool(ENDS_STATEMENT.search(before))
    )


def _opens_in_faq(lines: Sequence[Line], i: int, faq: int | None) -> bool:
    """Does a question begin at `i` inside a guide's FAQ section, right after the heading or
    the answer above (ended by a full stop), maybe wrapped in a narrow column?"""
    if faq is None or i <= faq or not lines[i].text.strip()[:1].isupper():
        return False
    before = lines[i - 1].text.strip()
    return i - 1 == faq or not before or bool(ENDS_STATEMENT.search(before))


def _prose_follows(lines: Sequence[Line], begin: int) -> bool:
    """Is the next paragraph an answer: prose with a few words, not another question, and not
    a menu of link titles ("Regler for de minimis-støtte" / "Ansøg via Virk") without a
    sentence's punctuation?"""
    for index in range(begin, len(lines)):
        line = lines[index]
        text = line.text.strip()
        if not text:
            continue
        if DATE_LINE.match(text):
            continue  # "Opdateret 3. marts 2024" between question and answer
        if text.endswith("?") or text.isupper() or line.heading:
            return False
        if is_list_item(text):
            return True
        paragraph = [text]  # a short first line: "Ja." or a run-in question's line's rest
        for following in lines[index + 1 : index + MAX_QUESTION_LINES]:
            more = following.text.strip()
            wraps = more[:1].islower() or re.search(r"[.!]$", paragraph[-1])
            if following.blank or following.heading or more.endswith("?") or not wraps:
                break
            paragraph.append(more)
        words = re.findall(r"[A-Za-zÆØÅæøåÉé]+", " ".join(paragraph))
        return len(words) >= MIN_ANSWER_WORDS and not _is_menu(lines[index:])
    return False


def _is_menu(lines: Sequence[Line]) -> bool:
    """Do the lines open with a menu: two or more short lines without any punctuation, one link
    title each? (A one-line answer without a full stop is still an answer.)"""
    block: list[str] = []
    for line in lines:
        if line.blank:
            break
        block.append(line.text.strip())
    text = " ".join(block)
    return len(block) >= 2 and len(text.split()) < MENU_WORDS and not re.search(r"[.!?:;,]", text)


def _build(lines: Sequence[Line], spans: list[Span]) -> tuple[list[QA], list[str]]:
    width = typical_width(lines)
    speakers = _speakers(lines, spans)
    entries: list[QA] = []
    warnings: list[str] = []
    for k, span in enumerate(spans):
        end = spans[k + 1].start if k + 1 < len(spans) else len(lines)
        first = lines[span.start]
        question_lines = [Line(first.text.strip()[span.label_len :], first.page)]
        question_lines += _question_rest(lines[span.start + 1 : span.answer_start])
        question = METADATA_TAIL.sub("", collapse(one_line(question_lines)))
        question = ASKER_TAIL.sub("", question)
        answer_lines = _strip_answer_label(lines[span.answer_start : end], speakers)
        answer_lines = _strip_first(answer_lines, ANSWERED_BY)
        answer_lines = _strip_first(answer_lines, DATE_LINE)
        answer_lines = _strip_first(answer_lines, ASKER_LINE)
        answer_lines, dropped = _trim_trailing_headings(answer_lines)
        answer = to_text(answer_lines, width)
        page = first.page
        if not question:
            warnings.append(f"side {page}: spørgsmål {span.number or ''} uden tekst sprunget over")
            continue
        if not answer:
            warnings.append(f"side {page}: intet svar fundet til spørgsmålet «{question[:60]}»")
        if dropped:
            warnings.append(f"side {page}: overskrift efter svaret ikke medtaget: «{dropped[:60]}»")
        if span.unsure:
            warnings.append(
                f"side {page}: spørgsmålet «{question[:60]}» slutter ikke med «?»; "
                "tjek hvor spørgsmålet slutter og svaret begynder"
            )
        entries.append(QA(number=span.number, question=question, answer=answer, page=page))
    return entries, warnings


def _first_text(lines: Sequence[Line]) -> tuple[int, str] | None:
    for i, line in enumerate(lines):
        if not line.blank:
            return i, line.text.strip()
    return None


def _speakers(lines: Sequence[Line], spans: list[Span]) -> set[str]:
    """Who answers, when answers open with the answerer's name ("STAR: Nej. ..."): a short
    capitalised name before a colon that opens at least two answers is a label, not text."""
    counts: Counter[str] = Counter()
    for k, span in enumerate(spans):
        end = spans[k + 1].start if k + 1 < len(spans) else len(lines)
        first = _first_text(lines[span.answer_start : end])
        if first and (match := SPEAKER.match(first[1])):
            counts[match.group(1)] += 1
    return {name for name, count in counts.items() if count >= 2}


def _strip_answer_label(lines: Sequence[Line], speakers: set[str]) -> list[Line]:
    """The answer without its label ("Svar 3:", or the answerer's name)."""
    out = list(lines)
    first = _first_text(out)
    if first is None:
        return out
    i, text = first
    match = A_LABEL.match(text)
    speaker = SPEAKER.match(text)
    if speaker and speaker.group(1) in speakers:
        match = speaker
    if match:
        line = out[i]
        out[i] = Line(text[match.end() :], line.page, line.bold, line.heading)
    return out


def _question_rest(lines: Sequence[Line]) -> list[Line]:
    """The question's lines after its first: without date lines ("12-11-2025") and who asked
    ("(Skive Kommune)"), and ending before an aside ("Begrundelse:", or "Begrundelse" alone
    after the question's "?" or a request's ".") that follows it."""
    rest: list[Line] = []
    for k, line in enumerate(lines):
        text = line.text.strip()
        asked = any(  # a question, or a request ending in "." ("Ministeren bedes redegøre ...")
            QUESTION_END.search(before.text.strip()) or before.text.strip().endswith(".")
            for before in rest
        )
        aside = ASIDE_LABEL.match(text) or (asked and ASIDE_HEADING.match(text))
        if aside and k > 0 and (lines[k - 1].blank or asked):
            break  # after a gap, or straight under the asked question
        if not (DATE_LINE.match(text) or ASKER_LINE.match(text)):
            rest.append(line)
    return rest


def _strip_first(lines: list[Line], metadata: re.Pattern[str]) -> list[Line]:
    """An answer without its first line when that line is only metadata: a date
    ("Opdateret 3. marts 2024"), or who asked the question ("(Hospitalsenhed Midt)")."""
    first = _first_text(lines)
    return lines[first[0] + 1 :] if first and metadata.match(first[1]) else lines


def _trim_trailing_headings(lines: list[Line]) -> tuple[list[Line], str]:
    """A heading at the end of an answer is the next section's title, not part of the answer."""
    end = len(lines)
    while end and lines[end - 1].blank:
        end -= 1
    dropped: list[str] = []
    while end and lines[end - 1].heading:
        dropped.insert(0, lines[end - 1].text.strip())
        end -= 1
        while end and lines[end - 1].blank:
            end -= 1
    return lines[:end], " ".join(dropped)

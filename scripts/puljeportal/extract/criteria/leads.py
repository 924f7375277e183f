"""Leads: the heading or sentence that announces criteria, and where its list begins."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from puljeportal.document import Line
from puljeportal.extract.criteria.items import (
    CRITERIA_WORD,
    NUMBER,
    SENTENCE_END,
    SLIDE,
    STATED,
    WEIGHT,
    is_item,
    number_of,
    unit,
)
from puljeportal.extract.criteria.plain import is_table_header
from puljeportal.extract.text import BULLET, collapse, count_of

# A sentence that says what weighs in the assessment announces criteria too, when a colon
# hands over to a list: "I vurderingen lægges der særligt vægt på:", "... vurderes ud fra:",
# or when it breaks off at what weighs and the list finishes it ("§ 5. Ved vurderingen lægges
# der vægt på" / "1) antallet af ...,").
WEIGHING = re.compile(
    r"(?<![a-zæøå])(?:lægge[rs]?|lagt)(?:\s+\S+){0,3}?\s+vægt\s+på"
    r"|vurderingen\s+indgår|indgår\s+(?:\S+\s+){0,3}?i\s+vurderingen"
    r"|(?<![a-zæøå])(?:gives|giver|tildeles|tildeler|får)\s+(?:\S+\s+){0,2}?(?:point|karakter\w*)"
    r"(?:\s+\S+){0,2}?\s+(?:inden\s+)?for"
    r"|(?<![a-zæøå])(?:ud fra|på baggrund af|på grundlag af)(?:\s+følgende)?(?=\s*:$)"
    r"|(?<![a-zæøå])vægtning(?:en)?(?![a-zæøå])"
    r"|(?<![a-zæøå])vægte[rs](?:\s+\S+){0,3}?(?=\s*:$)"  # "Udvalget vægter (særligt):"
    r"|(?<![a-zæøå])(?:point|karakter\w*)\s+(?:gives|tildeles)\s+(?:for|efter)(?=\s*:$)"
    r"|(?<![a-zæøå])(?:vurderes|vurderet|bedømmes|bedømt)\s+på\s+følgende(?=\s*:$)"
    r"|(?<![a-zæøå])(?:ser|kigger)\s+(?:\S+\s+){0,3}?(?:på|efter)(?=\s*:?$)"
    r"|(?<![a-zæøå])(?:vurderes|vurderet|vurderer|bedømmes|bedømt|bedømmer|prioriteres|prioriterer)"
    r"\s+(?:\S+\s+){0,3}?"
    r"(?:ud fra|på baggrund af|efter|på grundlag af|på(?=\s*:))(?![a-zæøå])",
    re.IGNORECASE,
)
WEIGHING_END = re.compile(rf"(?:{WEIGHING.pattern})$", re.IGNORECASE)
# "Udvalget vil særligt prioritere projekter, der" hands over to a list of what the projects
# do: a sentence ending in a relative pronoun, its verb one of weighing or prioritising.
PRIORITISING = re.compile(r"(?<![a-zæøå])(?:prioriter\w*|foretrækk\w*)", re.IGNORECASE)
ASSESSING = re.compile(r"vurder|bedøm|prioriter|vægt|udvælg|scor", re.IGNORECASE)
RELATIVE_END = re.compile(r"(?<![a-zæøå])(?:der|som)$", re.IGNORECASE)
ANNOUNCING = re.compile(r"(?:følgende|nedenstående|disse)\s+(?:\S+\s+)?\S*kriteri", re.IGNORECASE)
ASKED_LABEL = re.compile(r"^(?:spm|spørgsmål|sp|s|q)\.?\s*\d*\s*[:.]", re.IGNORECASE)
LAST_SENTENCE = re.compile(r"(?<=[.!?]\s)(?=[A-ZÆØÅ])[^.!?]*$")  # "... . Inddelt i grupper:"
POINTING = re.compile(r"(?<![\wæøå])(?:nedenfor|herunder|nedenstående)(?![\wæøå])", re.I)
# "3. Vurderingskriterier": a numbered section's heading (not a table of contents' line)
SECTION = re.compile(r"^\d{1,2}\.?\s+(?!.*\.{3})\S+(?:\s+\S+){0,4}$")
SLIDE_INSIDE = re.compile(r"(?:^|\s)(?:slide|dias)\s+\d+\b", re.IGNORECASE)
BREAKING_OFF_WORDS = 5  # a sentence that breaks off into its list: at least this long
MAX_BETWEEN = 4  # lines a lead may stand above its list (caption, table header)
SHORT = 60


def is_lead(lines: Sequence[Line], index: int) -> bool:
    """Does the line at `index` announce criteria (a heading, or a sentence ending in ":")?"""
    first = collapse(lines[index].text)
    if not first or SLIDE.match(first):
        return False  # a blank line, a slide's number ("Slide 6"), leads nothing
    if SECTION.match(first) and CRITERIA_WORD.search(first):
        return not _in_list(lines, index)  # "3. Vurderingskriterier": a section's heading
    if is_item(first):
        return False
    if is_table_header(lines[index].text):
        return True
    if not CRITERIA_WORD.search(first):
        text, after = unit(lines, index)
        if WEIGHING_END.search(text):
            return True
        if (
            not SLIDE_INSIDE.search(text)  # one sentence, not a slide's lines run together
            and len(text.split()) >= BREAKING_OFF_WORDS
            and not SENTENCE_END.search(text)
            and _item_at(lines, after)
            and ASSESSING.search(text)
        ):
            return True  # "vurderet efter, i hvilket omfang projektet" / "• øger ..."
        if RELATIVE_END.search(text) or text.endswith(":"):
            handing = last_sentence(text)  # the sentence that hands over, not one before it
            if WEIGHING.search(handing) or PRIORITISING.search(handing):
                return True
        # "Hvordan prioriterer udvalget?" as a heading straight above a list
        asked = first if first.endswith("?") else text
        return asked.endswith("?") and bool(ASSESSING.search(asked))
    if counted_heading(lines, index) or (
        first.endswith("?") and len(first) <= 2 * SHORT and not ASKED_LABEL.match(first)
    ):  # "Fire kriterier – 100 point", "Felt 5: Hvordan opfylder I vurderingskriterierne?"
        return True  # (not a question in minutes, "Spm.: Hvordan vægtes kriterierne?")
    text, _end = unit(lines, index)
    if text.endswith(":"):
        return True  # a colon inside hands over to criteria named inline (`named_in`)
    if stated_count(text) and ":" not in text:  # "Komitéen bruger fire kriterier, som ..."
        return not WEIGHT.search(text)  # "de øvrige tre kriterier vægtede 20 pct.": named above
    return len(text) <= 80 and not re.search(r"[.!?]$", text)


def _item_at(lines: Sequence[Line], index: int) -> bool:
    """Does a bulleted item stand at `index`, the sentence above breaking off into it? (Not a
    number: "... for udvalget den" / "14. april 2026 ..." is a date that wrapped.)"""
    return index < len(lines) and bool(BULLET.match(collapse(lines[index].text)))


def _in_list(lines: Sequence[Line], index: int) -> bool:
    """Is the numbered line at `index` one item of a list (an agenda, a table of contents):
    the line straight above or below it is numbered one less or one more?"""
    number = NUMBER.match(collapse(lines[index].text))
    for step in (-1, 1):
        near = index + step
        if number and 0 <= near < len(lines) and not lines[near].blank:
            other = NUMBER.match(collapse(lines[near].text))
            if other and other["digits"] and number_of(other) == number_of(number) + step:
                return True
    return False


def _bridge(text: str) -> bool:
    """May a line stand between a lead and its list (a caption, a header, another lead)?"""
    if text.endswith(":") or ANNOUNCING.search(text) or POINTING.search(text):
        return True  # another lead ("... følgende kriterier.", "... overskrifter nedenfor.")
    return len(text) <= SHORT and not SENTENCE_END.search(text)


def list_start(lines: Sequence[Line], lead: int) -> int | None:
    """Where the list announced by the lead at `lead` begins, if one follows closely; straight
    below it when the lead's own paragraph has answered in sentences already ("Hvad lægger
    fonden vægt på?" / "... lægger bestyrelsen vægt på A, B og C." / "Fonden støtter ikke" /
    "• drift ...": the list under the next heading is another matter)."""
    text, after = unit(lines, lead)
    below = text[len(collapse(lines[lead].text)) :]  # the paragraph under the lead's own line
    answered = after - lead > 1 and bool(re.search(r"[.!?](?:\s|$)", below))
    if answered and not _hands_on(text):
        return None  # "Hvordan vurderes ...?" / its answer / "Ansøgningen skal indeholde" / "1."
    return list_below(lines, after, 0 if answered else MAX_BETWEEN, _bridge)


def last_sentence(text: str) -> str:
    """The last sentence of a lead's text ("... . Inddelt i grupper:" gives its last part)."""
    last = LAST_SENTENCE.search(text)
    return last.group(0) if last else text


def points(text: str) -> bool:
    """Does the last sentence of a lead point to what stands below it ("... vurderes ud fra
    nedenstående kriterier, som vægter ligeligt.", "... de fire kriterier herunder.")?"""
    return bool(POINTING.search(last_sentence(text)))


def _hands_on(text: str) -> bool:
    """Does the last sentence of a lead's paragraph hand over to a list below it ("... vægt på
    følgende.", "... kriterier nedenfor.", "... vurderes på:")?"""
    sentence = last_sentence(text)
    return sentence.endswith(":") or any(
        pattern.search(sentence) for pattern in (WEIGHING, ANNOUNCING, POINTING, CRITERIA_WORD)
    )


def marked_below(lines: Sequence[Line], heading: int) -> int | None:
    """Where a marked list starts under a heading, straight or after one sentence that hands
    over to it ("Bestyrelsen bruger tjeklisten nedenfor, når ...", "... vurderes på:")."""
    return list_below(lines, heading + 1, 1, _hands_over)


def list_below(
    lines: Sequence[Line], index: int, most: int, bridges: Callable[[str], bool]
) -> int | None:
    """Where a marked list begins at or below `index`, passing blank lines and at most `most`
    sentences or headings that `bridges` lets stand between; None at anything else, and at a
    table's header, as a table is read from its own header."""
    between = 0
    while index < len(lines):
        if lines[index].blank:
            index += 1
            continue
        if is_item(collapse(lines[index].text)):
            return index
        if is_table_header(lines[index].text):
            return None
        text, index = unit(lines, index)
        between += 1
        if between > most or not bridges(text):
            return None
    return None


def _hands_over(text: str) -> bool:
    """Does a sentence under a heading hand over to a list ("... nedenfor", "... på:")?"""
    return text.endswith(":") or bool(POINTING.search(text))


def counted_heading(lines: Sequence[Line], index: int) -> bool:
    """Is this line a heading that counts the criteria below it ("Fire kriterier – samlet 100
    point"): short, capitalised, no sentence, a count, and not wrapped on to the next line?"""
    text = collapse(lines[index].text)
    following = collapse(lines[index + 1].text) if index + 1 < len(lines) else ""
    return (
        len(text) <= SHORT
        and (text[:1].isupper() or text[:1].isdigit())
        and not SENTENCE_END.search(text)
        and not following[:1].islower()
        and bool(stated_count(text))
    )


def stated_count(lead: str) -> int | None:
    """How many criteria a lead says there are ("ud fra fire kriterier:"), if it says."""
    match = STATED.search(lead)
    return count_of(match["count"]) if match else None

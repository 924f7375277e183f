"""Contact persons and addresses: name, e-mail, phone, role, organisation, pool, page.

Four layouts occur. A contact table (a header row "Navn   Funktion   Telefon   E-mail") gives one
contact per row (`table_contacts`, its layout read by `contact_tables.py`); one pass over the
document's other blocks (runs of lines between blank lines) handles the next two:
- prose: "kontakt pressechef Jens Hansen i Styrelsen på jh@x.dk eller 12 34 56 78";
- a contact card, one fact per line: "Projektleder / Jens Hansen / tlf.: 1234 5678 / jh@x.dk",
  the role line before or after the name (the block's first name tells which);
- a letterhead of labels with values on the next lines ("Sagsbehandler:" / "Jens Hansen",
  "Enhed:" / "Børn og Unge"), read by `letterhead_contacts`.
Inside a block, a name opens a contact and the e-mails and phones after it are that person's.
An address or number without a person is a functional contact (a mailbox, a unit): its name is
the unit the text names ("X kontaktes ...", "rettes til X på ...", the card's heading line), else
the address itself.
The same e-mail found twice is one contact: the entry with a person's name wins, the others fill
in what it lacks ("mailto:" lists add nothing new).

Forms: an e-mail with any subdomains, its "@" possibly written out ("jh (at) x.dk"); a Danish
phone of eight digits, spaced or not, with "+45", "0045" or "(+45)" before it or none. A number
is a phone when labelled ("tlf.", "telefon(nummer)", "mobil", "direkte", "T:", "M:"), alone on
its line or in contact prose; never after "fax", "CVR", "CPR", "sags-", "kunde-" or "faktura-
nr.". A name is two to four capitalised words, a middle initial or a particle ("van") allowed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate

from puljeportal.document import Line, RawDocument
from puljeportal.extract.contact_tables import contact_rows
from puljeportal.extract.pools import pool_of
from puljeportal.extract.text import collapse, is_list_item
from puljeportal.model import Contact

# An "@" may be written out against address harvesting: "jh (at) x.dk", "jh[at]x.dk".
AT = r"(?:@|[ \u00a0]?[(\[](?:at|snabel-a)[)\]][ \u00a0]?)"
EMAIL = re.compile(
    rf"(?<![\w.+-])(?:mailto:)?(?P<email>[\w.+-]+{AT}[\w-]+(?:\.[\w-]+)*\.[a-z]{{2,}})(?![\w-])",
    re.IGNORECASE,
)
_SEP = r"(?:[ \u00a0]*\n[ \u00a0]*|[ \u00a0]?)"  # a space, or a line break in wrapped text
COUNTRY = r"(?:(?:\+|00)45[ \u00a0]?|\(\+?45\)[ \u00a0]?)"  # "+45", "0045", "(+45)"
PHONE = re.compile(
    rf"(?<![\d+\w])(?P<phone>{COUNTRY}?\d\d{_SEP}\d\d{_SEP}\d\d{_SEP}\d\d)"
    r"(?![\d]|[.,]\d)"
)
# What may stand before a number wrapped onto the next line besides a label: a separator
# after a name, a colon or "på" ("Holm · ", "Holm: ", "træffes på ").
HANDS_OVER = re.compile(r"(?:\s[·•|–-]|:|\spå)\s*$")
# What joins a number to the contact text before it: a joining word, a colon, a separator after
# a name ("Jens Holm · "), or the gap to a table's next cell ("mitho@regsj.dk   29 14 60 83").
JOINED_NUMBER = re.compile(r"(?:/|eller|og|,|på|:|\s[·•|–-])\s*$|@\S+[ \t]{2,}$")
# A phone's label just before it: "tlf.", "Telefonnummer:", "mobil", "direkte", "T:", "M.".
PHONE_WORD = r"(?:tlf|telefon|tel|mobil|mob|direkte|phone|hotline)"
PHONE_LABEL = re.compile(
    rf"(?<![\wæøå])(?:{PHONE_WORD}\.?\s*(?:nr\.?|nummer)?|ring(?:e)?(?: på)?|[tmd](?=\s*[:.]))"
    r"\s*[:.]?\s*$",
    re.IGNORECASE,
)
OTHER_NUMBER = re.compile(
    r"(?<![\wæøå])(?:fax|telefax|cvr|cpr|ean|se|p|sags|j|journal|reg|konto|bank|giro|faktura"
    r"|ordre|kunde|id|bilag|nr)(?:[\s.-]*(?:nr|nummer))?\.?\s*[:.]?\s*$",
    re.IGNORECASE,
)
LETTER = "a-zæøåäöüéè"
NAME_WORD = rf"[A-ZÆØÅ][{LETTER}]+(?:-[A-ZÆØÅ][{LETTER}]+)?"
# Inside a name, also a middle initial ("Jens B. Hansen") or a particle ("Eva van Dijk").
INITIAL = r"[A-ZÆØÅ]\."
PARTICLE = r"(?:van der|von der|de la|van|von|de|du|da|di|la|le|ten|ter)"
NAME_SEQ = rf"{NAME_WORD}(?:[ \u00a0]+(?:(?:{INITIAL}|{PARTICLE})[ \u00a0]+)*{NAME_WORD})*"
NAME_RUN = re.compile(rf"(?<![\w@.]){NAME_SEQ}(?![\w@])")
WRAPPED_NAME = re.compile(rf"(?<![\w@.]){NAME_SEQ}[ \u00a0]*\n[ \u00a0]*{NAME_SEQ}(?![\w@])")
NAME_FILLER = re.compile(rf"{INITIAL}|{PARTICLE}")
# Capitalised words that open sentences, headings and labels rather than names.
_NOT_NAMES_TEXT = """
    kontakt kontakte kontaktes kontaktperson kontaktpersoner kontakter hvis har der det den de
    du vi og med for til fra som hvem hvad hvor hvordan hvornår spørgsmål svar tlf telefon mail
    mobil læs se ring skriv send yderligere flere mere information henvendelse henvendelser
    sagsbehandler enhed dato sagsnr bemærk husk vær ved på om efter under når men også eller
    alle hele nye ny dansk danske danmark danmarks københavn jylland fyn sjælland europa eu
    januar februar marts april maj juni juli august september oktober november december
    mandag tirsdag onsdag torsdag fredag lørdag søndag orlov ferie barsel velkommen tak
    kommune kommunen region regionen staten pulje puljen puljer fonden fond ansøgning
"""
NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())
ORG_SUFFIXES = (
    "styrelsen", "styrelse", "ministeriet", "ministerium", "kommune", "kommunen", "regionen",
    "fonden", "fond", "udvalg", "udvalget", "centret", "center", "centeret", "forvaltning",
    "forvaltningen", "sekretariatet", "sekretariat", "afdeling", "afdelingen", "enheden", "huset",
    "portalen", "foreningen", "forening", "universitet", "instituttet", "institut", "selskab",
    "selskabet", "rådet", "direktoratet", "kontoret", "administration", "service", "servicen",
    "support", "supporten", "hotline", "hotlinen", "team", "teamet", "vagt", "vagten",
)  # fmt: skip
TITLE_SUFFIXES = (
    "chef", "leder", "konsulent", "medarbejder", "rådgiver", "fuldmægtig", "sekretær",
    "koordinator", "formand", "direktør", "behandler", "assistent", "specialist", "ansvarlig",
    "officer", "manager", "kontaktperson", "analytiker", "jurist", "økonom",
    "redaktør", "forvalter", "ekspert", "vejleder", "tilsynsførende", "holder", "medhjælper",
    "praktikant",
)  # fmt: skip
CONTACT_HEADING = re.compile(r"^kontakt(?:er|person(?:er)?|oplysninger|information)?\b", re.I)
KIND_OF_QUESTION = [
    re.compile(r"spørgsmål\s+af\s+(?P<role>[\wæøå-]+)\s+karakter", re.IGNORECASE),
    re.compile(r"(?:om|vedr\.?|vedrørende|angående)\s+(?P<role>[\wæøå-]+?)\s+spørgsmål", re.I),
]
UNIT_CONTACTED = re.compile(
    rf"(?P<unit>[A-ZÆØÅ][{LETTER}-]+(?:\s[A-ZÆØÅ][{LETTER}-]+)*)\s+kontaktes"
)
# "... rettes til Puljesekretariatet på tlf. ...", "kontakt Kulturforvaltningen, ...": a unit
# after a contact cue and before the way to reach it.
UNIT_AFTER_CUE = re.compile(
    rf"(?i:kontakt\w*|henvend\w*|\btil|\bhos)\s+(?P<unit>[A-ZÆØÅ][{LETTER}-]+"
    rf"(?:\s(?:(?:for|og|i)\s)?[A-ZÆØÅ][{LETTER}-]+)*)(?=\s*(?:,|:|\(|(?i:på|via|pr\.)\s))"
)
ORG_AFTER = re.compile(
    r"^\s*(?:i|hos|fra|,)\s*\n?\s*(?P<org>[A-ZÆØÅ][\w&-]*(?:[ ][A-ZÆØÅ][\w&-]*)*)"
)
# ", role" after a name, up to the line's end, a comma, a dash or the phone or e-mail; a role
# that ends its line in "/", "&", "og" or "eller" goes on to the next ("koordinator /⏎pilot").
ROLE_AFTER = re.compile(
    r"^\s*,\s*(?!tlf|telefon|tel\b|mobil|e-?mail|mail)(?P<role>[a-zæøå][^,\n\d@]{0,60}?"
    r"(?:(?:/|&|\bog|\beller)[ \t]*\n[ \t]*[^,\n\d@]{1,40}?)?)\s*"
    r"(?=$|\n|,|\s[-–]\s|\stlf|\s\S+@)",
    re.IGNORECASE,
)
# Words that make a block speak of reaching someone, so a bare number in it may be a phone.
CONTACT_WORDS = re.compile(
    r"kontakt|ring(?:e)?\s+(?:til|på)|rettes\s+til|henvend|træffes", re.IGNORECASE
)
CONTACT_CUE = re.compile(
    r"(?:kontakt\w*|henvend\w*|\btil|\bhos|\bved)\s*:?\s*(?:[\wæøå-]+\s+)?$", re.IGNORECASE
)
SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÆØÅ])")
# A line that is a labelled number: "Sekretariatets hovednummer: 98 12 71 00".
UNIT_PHONE = re.compile(rf"^(?P<label>[A-ZÆØÅ][{LETTER} -]{{2,40}}?)\s*:\s*(?:tlf\.?\s*)?[+(\d]")
ADDRESS = re.compile(r"\d")  # a line with digits in it is an address, a date or a number
# After capitalised words, a house number ("Holmens Kanal 22"), or after a comma a street and
# its number ("Idrættens Hus, Brøndby Stadion 20"): the words are a place, not a person.
ADDRESS_AFTER = re.compile(
    r"[ \u00a0]*\d"
    rf"|[ \u00a0]*,[ \u00a0]*(?:(?!(?i:{PHONE_WORD}|fax|cvr)\b)[A-ZÆØÅ][\wæøå.-]*[ \u00a0]+){{1,3}}"
    r"\d{1,3}[A-Za-z]?(?![\d ]\d|\d)"
)
LABEL_LINE = re.compile(r"^(?P<label>[A-ZÆØÅa-zæøå][\wæøå. -]{0,24}?)\s*:\s*(?P<value>.*)$")
# Letterhead labels. A person's is also any job title ("Projektleder:", "Fuldmægtig:").
PERSON_LABELS = {"navn", "kontakt", "kontaktperson"}
ORG_LABELS = {
    "enhed", "afdeling", "kontor", "center", "organisation", "myndighed", "team", "forvaltning",
    "sekretariat", "institution", "styrelse", "ministerium",
}  # fmt: skip
EMAIL_LABEL = re.compile(r"(?:e-?mail|mail|e-post)(?:adresse)?", re.IGNORECASE)
PHONE_FIELD = re.compile(
    rf"(?:direkte\s*)?(?:{PHONE_WORD}\.?\s*(?:nr\.?|nummer)?)\.?", re.IGNORECASE
)


@dataclass
class Draft:
    """A contact being assembled; `rank` says how good its name is (2 person, 1 unit, 0 none)."""

    line: int
    page: int
    name: str | None = None
    rank: int = 0
    email: str | None = None
    phone: str | None = None
    role: str | None = None
    organisation: str | None = None
    in_section: bool = False


@dataclass(frozen=True)
class Token:
    """A fact found in a block: a name, an e-mail or a phone, from `position` to `end`."""

    position: int
    kind: str
    value: str
    line: int
    end: int


def _blocks(lines: Sequence[Line]) -> Iterator[list[int]]:
    """Runs of non-blank lines (as indexes), split at blank lines and page breaks."""
    block: list[int] = []
    for index, line in enumerate(lines):
        if line.blank or (block and lines[block[-1]].page != line.page):
            if block:
                yield block
            block = [] if line.blank else [index]
            continue
        block.append(index)
    if block:
        yield block


def _is_title_word(word: str) -> bool:
    """Is a word a job title ("pressechef", "Specialkonsulent", "fuldmægtig")?"""
    return word.lower().endswith(TITLE_SUFFIXES)


def _is_org_word(word: str) -> bool:
    """Is a word the name of an institution rather than part of a person's name?"""
    return word.lower().endswith(ORG_SUFFIXES) or (word.isupper() and len(word.strip(".")) > 1)


def email_of(match: re.Match[str]) -> str:
    """The e-mail address of an EMAIL match, a written-out "(at)" made an "@" again."""
    return re.sub(AT, "@", match.group("email"), flags=re.IGNORECASE)


def person_name(run: str) -> str | None:
    """A person's name in a run of capitalised words, without a title or label around it."""
    words = run.split()
    while words and (words[0].lower() in NOT_NAMES or _is_title_word(words[0])):
        words.pop(0)
    while words and (
        words[-1].lower() in NOT_NAMES or _is_org_word(words[-1]) or _is_title_word(words[-1])
    ):
        words.pop()
    names = [word for word in words if not NAME_FILLER.fullmatch(word)]
    if not 2 <= len(names) <= 4 or any(_is_org_word(w) or w.lower() in NOT_NAMES for w in names):
        return None
    return " ".join(words)


def _phone_ok(line_text: str, start: int, contactish: bool) -> bool:
    """Is the number at `start` of a line a phone (labelled, alone, or in contact prose)?"""
    before = line_text[:start]
    if PHONE_LABEL.search(before):
        return True
    if OTHER_NUMBER.search(before):
        return False
    if not before.strip(" |-–/"):
        return contactish  # alone on its line
    return contactish and bool(JOINED_NUMBER.search(before))


def _column_labels(lines: Sequence[Line], block: list[int]) -> dict[int, str]:
    """Labels written as a column ("Tlf." / "Fax") above a column of bare numbers."""
    labels: dict[int, str] = {}
    run: list[str] = []
    numbers: list[int] = []
    for index in block:
        text = collapse(lines[index].text)
        if re.fullmatch(r"[A-Za-zæøå.\- ]{2,12}:?", text) and not numbers:
            run.append(text.lower())
        elif PHONE.fullmatch(text) and run:
            numbers.append(index)
        else:
            for label, number in zip(run, numbers, strict=False):
                labels[number] = label
            run, numbers = [], []
    for label, number in zip(run, numbers, strict=False):
        labels[number] = label
    return labels


def _tokens(lines: Sequence[Line], block: list[int], contactish: bool) -> list[Token]:
    """The names, e-mails and phones of a block, in reading order (offsets in the block text)."""
    text = "\n".join(lines[i].text for i in block)
    starts = list(accumulate((len(lines[i].text) + 1 for i in block), initial=0))

    def line_at(position: int) -> tuple[int, int]:
        """The line (index into `lines`) that holds an offset, and the offset it starts at."""
        order = bisect_right(starts, position) - 1
        return block[order], starts[order]

    tokens = [
        Token(m.start(), "email", email_of(m), line_at(m.start())[0], m.end())
        for m in EMAIL.finditer(text)
    ]
    columns = _column_labels(lines, block)
    for match in PHONE.finditer(text):
        index, line_start = line_at(match.start())
        label = columns.get(index)
        if label is not None and OTHER_NUMBER.search(label) and not PHONE_LABEL.search(label):
            continue
        before = lines[index].text[: match.start() - line_start]
        wrapped = "\n" in match.group(0)  # over two lines only after "tlf.", "·", ":" or "på"
        if label is not None or (
            _phone_ok(lines[index].text, len(before), contactish)
            and not (wrapped and not (PHONE_LABEL.search(before) or HANDS_OVER.search(before)))
        ):
            phone = collapse(match.group(0).replace("\n", " "))
            tokens.append(Token(match.start(), "phone", phone, index, match.end()))
    tokens += _name_tokens(text, line_at)
    tokens = [t for t in tokens if t.kind != "name" or _names_a_contact(text, t)]
    return sorted(tokens, key=lambda token: token.position)


def _matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The pattern's matches; one over a line break may share its second line with the next."""
    position = 0
    while match := pattern.search(text, position):
        yield match
        wrap = match.group(0).find("\n")
        position = match.start() + wrap + 1 if wrap >= 0 else match.end()


def _name_tokens(text: str, line_at: Callable[[int], tuple[int, int]]) -> list[Token]:
    """Person names in a block: on one line, or wrapped onto the next line in running text."""
    found: list[Token] = []
    for pattern in (NAME_RUN, WRAPPED_NAME):
        for match in _matches(pattern, text):
            run = match.group(0)
            line_start = line_at(match.start())[1]
            if (
                pattern is WRAPPED_NAME
                and not text[line_start : match.start()].strip(" •*-–")
                and not _is_title_word(run.split()[0])
            ):
                continue  # a card's name fills its line: the next line is not more of the name
            if ADDRESS_AFTER.match(text, match.end()):  # "Holmens Kanal 22": an address
                continue
            name = person_name(run)
            if not name:
                continue
            first, last = name.split()[0], name.split()[-1]
            start = match.start() + run.index(first)
            end = match.start() + run.rindex(last) + len(last)
            token = Token(start, "name", name, line_at(start)[0], end)
            if pattern is WRAPPED_NAME:
                # The wrapped reading replaces the names it spans read one line at a time.
                found = [t for t in found if t.end <= start or t.position >= end]
            found.append(token)
    return found


def _names_a_contact(text: str, token: Token) -> bool:
    """Is a name a contact's: alone on its line (a card), after "kontakt"/"til", or before an
    e-mail or phone in the same sentence? A name merely mentioned in running text is not."""
    line_start = text.rfind("\n", 0, token.position) + 1
    line_end = text.find("\n", token.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    rest = line[token.end - line_start :]
    if not line[: token.position - line_start].strip(" •-–*") and (
        not rest.strip() or rest.lstrip()[:1] in ",(–-" or EMAIL.search(rest) or PHONE.search(rest)
    ):
        return True
    before = text[max(0, token.position - 40) : token.position]
    words = before.split()
    if CONTACT_CUE.search(before) or (words and _is_title_word(words[-1].strip(",:"))):
        return True
    end = SENTENCE_END.search(text, token.position)
    sentence = text[token.position : end.start() if end else len(text)][:160]
    return bool(EMAIL.search(sentence) or PHONE.search(sentence))


def _role_line(text: str) -> bool:
    """Is a line a job title or a contact's purpose ("Projektleder", "Generelle spørgsmål")?"""
    text = collapse(text)
    if not text or len(text) > 60 or EMAIL.search(text) or ADDRESS.search(text):
        return False
    first = text.split()[0].strip(",:")
    return _is_title_word(first) or "spørgsmål" in text.lower()


def _adjective_base(word: str) -> str:
    """The base form of an adjective in a role cue: "tekniske" → "teknisk"."""
    if word.endswith(("ske", "ige")):
        return word[:-1]
    if word.endswith("lle"):
        return word[:-2]
    return word


def _question_role(text: str) -> str | None:
    """The kind of questions a contact answers, as the text says it ("socialfaglig")."""
    for pattern in KIND_OF_QUESTION:
        match = pattern.search(text)
        if match:
            return _adjective_base(match.group("role").lower())
    return None


def _card_roles(lines: Sequence[Line], block: list[int], names: list[Token]) -> dict[int, str]:
    """Role lines of a contact card: before each name, or after it (the first name decides)."""
    name_lines = [t.line for t in names if collapse(lines[t.line].text).startswith(t.value)]
    if not name_lines:
        return {}
    position = {index: order for order, index in enumerate(block)}

    def neighbour(line: int, step: int) -> str | None:
        order = position[line] + step
        if 0 <= order < len(block) and block[order] not in name_lines:
            text = collapse(lines[block[order]].text)
            return text if _role_line(text) else None
        return None

    step = -1 if neighbour(name_lines[0], -1) else 1
    roles = {line: neighbour(line, step) for line in name_lines}
    return {line: role for line, role in roles.items() if role}


def _fill_from_prose(draft: Draft, text: str, token: Token) -> None:
    """Role and organisation from the words around a name in running text."""
    line_start = text.rfind("\n", 0, token.position) + 1
    before = text[line_start : token.position].split()
    if before and _is_title_word(before[-1].strip(",:")) and len(before[-1]) > 3:
        draft.role = draft.role or before[-1].strip(",:")
    after = text[token.end :]
    role_after = ROLE_AFTER.match(after)
    if role_after:
        draft.role = draft.role or collapse(role_after.group("role").replace("\n", " "))
    org_after = ORG_AFTER.match(after)
    if org_after and not re.match(r"\s*,\s*[a-zæøå]", after):
        org = org_after.group("org")
        if not person_name(org) or _is_org_word(org.split()[-1]):
            draft.organisation = draft.organisation or org
    draft.role = draft.role or _question_role(text)


def _card_line(text: str) -> bool:
    """Is a line a card's detail line: an address or number with at most a short label?"""
    rest = PHONE.sub(" ", EMAIL.sub(" ", text))
    return len(re.findall(r"[a-zæøå]{2,}", rest, re.IGNORECASE)) <= 3


# A contact table's column name on a line of its own ("Telefon", "E-mail"): never a unit's name.
COLUMN_WORD = re.compile(r"(?:telefon(?:nummer)?|e-?mail|navn|kontaktperson|funktion):?", re.I)


def _unit_name(lines: Sequence[Line], block: list[int], first_fact: int) -> tuple[str, str | None]:
    """Name (and role) for a contact without a person: the unit the text names or heads it,
    looked for first in the contact's own line, then in its block."""
    for text in (lines[first_fact].text, " ".join(lines[i].text for i in block)):
        unit = UNIT_CONTACTED.search(text)
        if unit and unit.group("unit").lower() not in NOT_NAMES:
            return unit.group("unit"), None
        for cue in UNIT_AFTER_CUE.finditer(text):
            words = cue.group("unit").split()
            if any(_is_org_word(word) for word in words):  # "Styrelsen for Undervisning"
                return " ".join(words), None
    if not _card_line(lines[first_fact].text):
        return "", None
    candidates: list[str] = []
    index = first_fact - 1
    page = lines[first_fact].page
    while index >= 0 and first_fact - index <= 6 and lines[index].page == page:
        line = collapse(lines[index].text)
        index -= 1
        if not line:
            continue
        if re.fullmatch(r"[\w.]{1,6}:?", line) or COLUMN_WORD.fullmatch(line):
            continue  # a label in a column of labels ("Tlf." / "Fax"), a table's column name
        if EMAIL.search(line) or PHONE.search(line) or re.search(r"[.!?]$", line):
            break
        if ADDRESS.search(line) or LABEL_LINE.match(line):
            continue
        if CONTACT_HEADING.match(line) or len(line) > 60 or is_list_item(line):
            break
        candidates.append(line)
    if candidates:
        role = candidates[1] if len(candidates) > 1 and _role_line(candidates[1]) else None
        return candidates[0], role
    return "", None


def _unit_label(lines: Sequence[Line], token: Token) -> str | None:
    """The unit a number on a line of its own belongs to, when the line's label names one
    ("Sekretariatets hovednummer: 98 12 71 00", "Ministeriets pressevagt: ..."); None for a
    person's second number ("Mobil: ...")."""
    match = UNIT_PHONE.match(collapse(lines[token.line].text))
    if token.kind != "phone" or not match:
        return None
    words = match["label"].split()
    named = any(_is_org_word(word) or _is_org_word(word.removesuffix("s")) for word in words)
    return match["label"] if named else None


def _new_sentence(lines: Sequence[Line], token: Token) -> bool:
    """Does the token stand in a line that opens a sentence of its own after one that ended
    ("... rht@evst.dk." / "Spørgsmål om portalen rettes til Tilskudsservice på tlf. ...")?"""
    line = collapse(lines[token.line].text)
    before = collapse(lines[token.line - 1].text) if token.line > 0 else ""
    return line[:1].isupper() and bool(re.search(r"[.!?]$", before))


def _section_starts(lines: Sequence[Line], block: list[int], previous: list[int] | None) -> bool:
    """Is this block a contact section (it, or the block just before it, opens with "Kontakt")?"""
    first = collapse(lines[block[0]].text)
    if CONTACT_HEADING.match(first) and len(first) < 40:
        return True
    if previous and len(previous) == 1 and lines[previous[0]].page == lines[block[0]].page:
        heading = collapse(lines[previous[0]].text)
        return bool(CONTACT_HEADING.match(heading)) and len(heading) < 40
    return False


def block_contacts(lines: Sequence[Line], block: list[int], in_section: bool) -> list[Draft]:
    """The contacts one block holds."""
    text = "\n".join(lines[i].text for i in block)
    contactish = in_section or bool(EMAIL.search(text)) or bool(CONTACT_WORDS.search(text))
    tokens = _tokens(lines, block, contactish)
    names = [t for t in tokens if t.kind == "name"]
    roles = _card_roles(lines, block, names)
    drafts: list[Draft] = []
    current: Draft | None = None
    for token in tokens:
        if token.kind == "name":
            page = lines[token.line].page
            current = Draft(token.line, page, token.value, 2, in_section=in_section)
            current.role = roles.get(token.line)
            _fill_from_prose(current, text, token)
            drafts.append(current)
            continue
        unit = _unit_label(lines, token) if current is not None else None
        if unit and current is not None and token.line != current.line:
            current = Draft(token.line, lines[token.line].page, unit, 1, in_section=in_section)
            drafts.append(current)  # "Ministeriets pressevagt: 41 72 38 00" under a person
        elif current is None or getattr(current, token.kind) not in (None, token.value):
            if token.kind == "phone" and current is not None and not _new_sentence(lines, token):
                continue  # a second number (mobile, fax) of the same person
            current = Draft(token.line, lines[token.line].page, in_section=in_section)
            current.role = _question_role(text)
            drafts.append(current)
        setattr(current, token.kind, token.value)
    for draft in drafts:
        if draft.name is None:
            name, role = _unit_name(lines, block, draft.line)
            draft.name, draft.rank = (name, 1) if name else (None, 0)
            draft.role = draft.role or role
    return drafts


def _label_values(lines: Sequence[Line]) -> Iterator[tuple[int, str, str]]:
    """Letterhead fields: (line, label, value), the value on the label's line or the lines after."""
    index = 0
    while index < len(lines):
        text = collapse(lines[index].text)
        match = LABEL_LINE.match(text)
        if not match or len(match.group("label").split()) > 3:
            index += 1
            continue
        value = match.group("value")
        start = index
        index += 1
        if not value:
            parts: list[str] = []
            while index < len(lines) and lines[index].blank and not parts and index - start < 3:
                index += 1
            while index < len(lines) and not lines[index].blank:
                if LABEL_LINE.match(collapse(lines[index].text)):
                    break
                parts.append(collapse(lines[index].text))
                index += 1
            value = " ".join(parts)
        yield start, match.group("label").strip().lower(), value


def letterhead_contacts(lines: Sequence[Line]) -> list[Draft]:
    """Contacts from labelled fields: "Sagsbehandler:" with "Enhed:", "E-mail:", "Tlf.:" near it."""
    fields = list(_label_values(lines))
    drafts: list[Draft] = []
    for line, label, value in fields:
        name = person_name(value)
        person = label in PERSON_LABELS or _is_title_word(label.split()[-1])
        if not person or not name or name != collapse(value):
            continue
        near = [(lbl, val) for at, lbl, val in fields if abs(at - line) <= 16]
        draft = Draft(line, lines[line].page, name, 2, role=label, in_section=True)
        for other, val in near:
            email, phone = EMAIL.search(val), PHONE.search(val)
            if other in ORG_LABELS:
                draft.organisation = draft.organisation or val
            elif EMAIL_LABEL.fullmatch(other) and email:
                draft.email = draft.email or email_of(email)
            elif PHONE_FIELD.fullmatch(other) and phone:
                draft.phone = draft.phone or collapse(phone.group(0))
        drafts.append(draft)
    return drafts


def table_contacts(lines: Sequence[Line]) -> tuple[list[Draft], set[int]]:
    """One contact per row of a contact table (a header row naming the columns): a person
    when the name cell, or else the role cell, holds a person's name; otherwise the unit the
    name cell names. A row with neither phone nor e-mail holds none. Also the lines the
    tables take up."""
    drafts: list[Draft] = []
    rows, taken = contact_rows(lines)
    for row in rows:
        whole = "   ".join(row.cells.values())  # cells placed wrongly (a PDF's lost alignment):
        email = EMAIL.search(row.cells.get("email", "")) or EMAIL.search(whole)  # the row's own
        phone = PHONE.search(row.cells.get("phone", "")) or PHONE.search(EMAIL.sub(" ", whole))
        if not (email or phone):
            continue
        name, role = row.cells.get("name", ""), row.cells.get("role")
        person = person_name(name) or (person_name(role) if role else None)
        draft = Draft(row.line, lines[row.line].page, person or name or None, 2 if person else 1)
        draft.email = email_of(email) if email else None
        draft.phone = collapse(phone.group(0)) if phone else None
        draft.role = role if person == name or not person else _title_before(role or "")
        draft.organisation = name if person and person != name else None
        drafts.append(draft)
    return drafts, taken


def _title_before(text: str) -> str | None:
    """The title in front of a name in a cell ("Formand Poul Erik Damsgaard" → "Formand")."""
    words = text.split()
    titles = [word for word in words if _is_title_word(word)]
    return titles[0] if titles else None


def _pool_lines(lines: Sequence[Line], pools: list[str]) -> list[str | None]:
    """For each line, the pool whose heading it stands under (headings reset at a page break)."""
    current: str | None = None
    page = lines[0].page if lines else 0
    result: list[str | None] = []
    for line in lines:
        if line.page != page:
            current, page = None, line.page
        text = collapse(line.text)
        if text and not is_list_item(text) and len(text) <= 100 and not EMAIL.search(text):
            current = pool_of(text, pools) or current
        result.append(current)
    return result


def _key(draft: Draft) -> str:
    """What makes two drafts the same contact: the e-mail, else the phone, else the name."""
    if draft.email:
        return "e:" + draft.email.lower()
    if draft.phone:
        return "p:" + re.sub(r"\D", "", draft.phone)[-8:]
    return "n:" + (draft.name or "").lower()


def _same_person(left: Draft, right: Draft) -> bool:
    """Are two drafts the same named person (same name, no conflicting e-mails)?"""
    if left.rank != 2 or right.rank != 2 or (left.name or "").lower() != (right.name or "").lower():
        return False
    return not (left.email and right.email and left.email.lower() != right.email.lower())


def _merge(drafts: list[Draft]) -> list[Draft]:
    """One draft per contact, the best-named first, the others filling in what it lacks."""
    merged: dict[str, Draft] = {}
    for draft in drafts:
        same = [key for key, seen in merged.items() if _same_person(seen, draft)]
        key = same[0] if same else _key(draft)
        if key not in merged:
            merged[key] = replace(draft)
            continue
        best, other = merged[key], draft
        if other.rank > best.rank:
            best, other = replace(other), best
        for name in ("email", "phone", "role", "organisation"):
            if getattr(best, name) is None:
                setattr(best, name, getattr(other, name))
        merged[key] = best
    return list(merged.values())


def find_contacts(doc: RawDocument, pools: list[str]) -> list[Contact]:
    """The document's contacts, each with the pool it answers for when the document says."""
    lines = doc.lines
    drafts: list[Draft] = letterhead_contacts(lines)
    tabled, in_tables = table_contacts(lines)
    drafts.extend(tabled)
    previous: list[int] | None = None
    for block in _blocks(lines):
        untabled = [index for index in block if index not in in_tables]
        if untabled:
            in_section = _section_starts(lines, untabled, previous)
            drafts.extend(block_contacts(lines, untabled, in_section))
        previous = block
    kept = [d for d in drafts if d.email or d.phone or (d.rank == 2 and d.in_section)]
    pool_at = _pool_lines(lines, pools)
    contacts: list[Contact] = []
    for draft in _merge(kept):
        pool = pools[0] if len(pools) == 1 else pool_at[draft.line] if draft.rank == 2 else None
        contacts.append(
            Contact(
                name=draft.name or draft.email or draft.phone or "",
                email=draft.email,
                phone=draft.phone,
                role=draft.role,
                organisation=draft.organisation,
                pool=pool,
                page=draft.page,
            )
        )
    return contacts

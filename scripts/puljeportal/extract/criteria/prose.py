"""Criteria named in a sentence rather than listed: "ud fra tre kriterier: A, B og C."."""

from __future__ import annotations

import re
from collections.abc import Sequence

from puljeportal.document import Line
from puljeportal.extract.criteria.items import (
    NUMBER,
    SENTENCE_END,
    STATED,
    is_item,
    split_weight,
)
from puljeportal.extract.dates import FULL_MONTH
from puljeportal.extract.text import BULLET, COUNT_WORD, count_of, one_line
from puljeportal.model import Criterion

# "ud fra tre kriterier: A, B og C." — a count, the criteria word, a colon, and the list; a
# few words may stand before the colon ("efter de fire kriterier i vejledningens afsnit 5:").
PROSE_LIST = re.compile(
    STATED.pattern + r"\w*,?(?:\s+[^\s.:;!?]+){0,8}?\s*:\s*(?P<list>[^.:;!?]+)[.;]", re.IGNORECASE
)
# "Vi kigger på tre ting: A, B og C." — a count of things looked at, a colon and the list.
COUNTED_THINGS = re.compile(
    rf"(?:kigge|se|ser|vægt|vurder|prioriter)[^.:;!?]{{0,30}}?(?<![\wæøå])(?P<count>{COUNT_WORD})\s+"
    r"(?:ting|forhold|punkter|parametre|elementer|områder)\s*:\s*(?P<list>[^.:;!?]+)[.;]",
    re.IGNORECASE,
)
# A reference to where the criteria are written, not their names: "efter de kriterier, der
# fremgik af opslaget", "efter de retningslinjer, udvalget vedtog", "efter retningslinjerne".
REFERENCE = (
    r"(?:(?:de|disse|den|det|en|et|følgende|nedenstående|ovenstående|højeste|samlede|\S+s)\s+)"
    r"{0,2}"
    r"\w*(?:kriteri|retningslinje|regl|princip|model|skema|matri[xc]|score|vurdering|point)"
)  # also how they are scored: "prioriteres efter en pointmodel", "efter højeste samlede score"
PART_WORDS = 12  # a criterion named in a sentence: a few words
CLAUSE_START = re.compile(r"(?:og\s+)?(?:hvor|der|som|hvis|når|at|om|fordi)\b", re.IGNORECASE)
# Where a list in a sentence ends: a clause, or an example of the last name ("..., fx ...").
LIST_END = re.compile(
    CLAUSE_START.pattern
    + r"|(?:for eksempel|eksempelvis|fx|f\.eks\.|herunder|bl\.a\.|blandt andet|jf[.\u2024])"
    r"(?![\wæøå])",
    re.IGNORECASE,
)
# An interview's answer: a dash before whole sentences ("– Udvalget har vedtaget fire ...").
DIALOGUE = re.compile(r"^[–—-]\s+[A-ZÆØÅ][^.!?]{20,}[.!?:]\s+\S")
INLINE_NEXT = re.compile(r"(\d{1,2}|[b-h])\)\s")  # "2) B" going on from "... 1) A," above
RELATIVE_START = re.compile(r"(?:der|som)\s", re.IGNORECASE)
# "sandsynligheden for, at indsatsen fortsætter", "en plan for, hvordan indsatsen kan fortsætte":
# a clause as a preposition's object
OBJECT_START = re.compile(r"(?:at|om|hvordan|hvorfor|hvor|hvem|hvad|hvilke)\s", re.IGNORECASE)
PREPOSITION_END = re.compile(r"\s(?:for|på|til|om|af|med)$", re.IGNORECASE)
RELATIVE = re.compile(r",\s*(?:der|som)\s", re.IGNORECASE)
JOINT = re.compile(r"\s+(?:og|samt|eller)\s+", re.IGNORECASE)
# "forholdet mellem A og B", "både A og B": the "og" inside one name (one word between); not
# "samarbejde mellem foreninger og energibesparelse", two names
PREPOSITIONS = r"(?:med|uden|før|efter|under|til|fra|for|imod|inden|ind|ud|op|ned)"
PAIRED_BEFORE = re.compile(rf"(?<![\wæøå]){PREPOSITIONS}$", re.IGNORECASE)
PAIRED_AFTER = re.compile(rf"{PREPOSITIONS}(?![\wæøå])", re.IGNORECASE)
BETWEEN = re.compile(
    r"(?<![\wæøå])(?:(?:forhold|sammenhæng|balance|samspil|afvejning)\w*\s+mellem|både)\s+\S+$",
    re.IGNORECASE,
)
CLAUSE_NAME = re.compile(r"(?:at|om)\s", re.IGNORECASE)  # "om lokalbefolkningen inddrages"
LAST_CLAUSE = re.compile(r"(?:og|samt)\s+(?:om|at)\s", re.IGNORECASE)
REFUSED_START = re.compile(r"(?:og\s+)?(?:hvor|der|som|hvis|når|fordi)\b", re.IGNORECASE)
JOINT_START = re.compile(r"^(?:og|samt|eller)\s+", re.IGNORECASE)
JOINED_CLAUSE = re.compile(r"(?:og|samt|men)\s", re.IGNORECASE)
NEGATION = re.compile(r"(?<![\wæøå])(?:ikke|aldrig)\s+(?:\S+\s+)?$", re.IGNORECASE)
MIN_PROSE_PARTS = 3  # a list after "vægt på" without a count: "A, B og C" at least
SPEAKS_OF_CRITERIA = re.compile(
    r"kriteri|vægt|priorit|rang(?:er|ordn)|kigge|\bser?\b|vurder|bedøm|hensyn|point",
    re.IGNORECASE,
)
# "efter kriterierne i retningslinjerne: A, B, C og D." — no count, so at least three names.
NAMED_LIST = re.compile(
    r"(?:kriteri|kategori)\w*,?(?:\s+[^\s:;!?]+){0,8}?\s*:\s*(?P<list>[^.:;!?]+)[.;]",
    re.IGNORECASE,
)
# "efter tre kriterier: a) ..., b) ... og c) ..." or "1. ..., 2. ..., og 3. ...": the list ends
# at a full stop before a capital letter (not at "pr." or the next marker "2.").
MARK = r"(?<![\wæøå])(?:[a-h]\)|\d{1,2}[.)](?=\s))"
LETTERED_PROSE = re.compile(
    rf"(?:kriteri\w*(?:[^.:;!?]{{0,40}}?:|,?\s+nemlig)|prioritere\w*(?:[^.:;!?]{{0,60}}?:)?"
    rf"|vægt\s+på)\s*"
    rf"(?P<list>{MARK}\s[^!?:;]+?)(?<!\s\d)(?<!\s\d\d)\.(?=\s+(?-i:[A-ZÆØÅ])|\s*$)",
    re.IGNORECASE
)
LETTER_MARK = re.compile(rf",?\s*(?:og\s+)?{MARK}\s*")
QUOTES = "\"'“”„«»"
QUOTED_JOINT = re.compile(rf"(?<=[{QUOTES}])\s+(?:og|samt|eller)\s+(?=[{QUOTES}])")
WEIGHED_PROSE = re.compile(
    r"(?:vægt\s+på|hensyn\s+til|(?:gives|tildeles)\s+point\s+for|vurderingen\s+indgår"
    r"|kriteri\w*\s+(?:om|er)"
    r"|(?:prioriteret|prioriteres|vurderet|vurderes|bedømt|bedømmes)"
    r"\s+(?:efter|ud\s+fra|på(?!\s+(?:følgende|baggrund|grundlag|en\s+skala)))|prioriterer\s+(?:projekter|ansøgninger|aktiviteter)\s+med)"
    r"\s+(?!at\b|,|[a-h]\)|\d{1,2}\)|\d{1,2}\.\s|" + REFERENCE + ")"
    r"(?P<list>[^.:;!?]+)[.;]",  # not "1) A, 2) B", nor "efter de kriterier, der ...": a reference
    re.IGNORECASE,
)
# One or two names, a short sentence's end, after what weighs: "Der lægges desuden vægt på
# geografisk spredning.", "Desuden vægtes tilgængelighed og aktiviteter i de mindre byer.",
# "..., og på samarbejde mellem flere foreninger." (the names of a longer list are read above).
FEW_WEIGHED = re.compile(
    r"(?:vægt\s+på|(?:desuden|derudover|endvidere|herudover)\s+vægtes"
    r"|vægtes\s+(?:desuden|derudover|også|særligt)|(?:prioriter|ranger|rangordn)(?:es|er)(?:\s+[a-zæøå]+){0,2}?\s+efter"
    r"|(?:vurderet|vurderes|bedømt|bedømmes)\s+efter)"
    r"\s+(?!at\b|om\b|,|" + REFERENCE + r")(?P<list>[^.:;!?]+)\.(?=\s|$)",
    re.IGNORECASE,
)
FEW_WORDS = 16
FEW_CUT = re.compile(
    r",\s*(?:hvor|hvis|når|fordi|at|om|fx|f\.eks\.|for eksempel)\b", re.IGNORECASE
)
CONSEQUENCE = re.compile(r",\s*så\s.*$", re.IGNORECASE)  # "A, så de billigste får tilsagn"
# The order applications came in ranks them by no merit: "rangeres efter modtagelsestidspunkt",
# "prioriteres efter først-til-mølle-princippet".
ARRIVAL = re.compile(r"modtagels|indkomst|tidspunkt|rækkefølge|først[- ]til[- ]mølle", re.I)
ASSESSED_START = re.compile(r"(?:vurder|bedøm)", re.IGNORECASE)
SOURCE_TAIL = re.compile(r",?\s*jf[.\u2024].*$", re.IGNORECASE)  # ", jf. bekendtgørelsens § 9"
# "efter de kriterier, der fremgik af opslaget, herunder A, B og C.": the named ones among them;
# "prioritere ansøgninger, der omfatter A, B og C.": what the preferred applications hold.
AMONG = re.compile(
    r"(?:kriteri\w*[^.:;!?]{0,80}?,?\s+(?:herunder|blandt andet|bl[.\u2024]a[.\u2024]|især|særligt"
    r"|dvs[.\u2024]|det vil sige|nemlig)"
    r"|kriteri\w*[^.:;!?]{0,80}?\.\s+(?:det|de|disse)\s+er"  # "... i § 7. Det er A, B og C."
    r"|(?:vigtigste|afgørende|centrale|væsentligste)\s+(?:elementer|faktorer|parametre|forhold"
    r"|hensyn)\s+(?:er|være)"  # "hvor de vigtigste elementer er A, B og C"
    r"|vægter\s+(?:blandt andet|bl[.\u2024]a[.\u2024]|især|særligt|navnlig)"
    r"|priorit\w*\s+(?P<noun>ansøgninger|projekter|indsatser|aktiviteter),?\s+"
    r"(?P<clause>(?:der|som)\s+(?:omfatter|indeholder|rummer|har|sikrer|viser|bygger på)))"
    r"\s+(?!at\b|om\b|[a-h]\)|\d{1,2}\))(?P<list>[^.:;!?]+)[.;]",  # not "nemlig a) ...": lettered
    re.IGNORECASE,
)
# "puljens kriterier – A, B og C – er blevet opfyldt": the names set off by dashes after the
# criteria word, as an aside in a sentence about them.
DASHED_ASIDE = re.compile(
    r"kriteri\w*\s+[–—-]\s+(?P<list>[^–—.:;!?]+?)\s+[–—-]\s", re.IGNORECASE
)
# "Udvalget har vurderet ansøgningerne efter A, B og C.": a few words before "efter", read on
# its own, so that a sentence going on to "vægt på ..." is still read from there.
ASSESSED_AFTER = re.compile(
    r"(?:prioriter(?:et|es|er)|vurder(?:et|es|er)|bedømt|bedømmes|bedømmer)"
    r"(?:\s+[a-zæøå]+){0,2}?\s+(?:efter|ud\s+fra)"
    r"\s+(?!at\b|,|" + REFERENCE + r")(?P<list>[^.:;!?]+)[.;]"
    r"|vurderer\s+(?:særligt|især|primært|navnlig)\s+(?P<list2>[^.:;!?]+)[.;]",
    re.IGNORECASE,
)
# Criteria named in quotes after the criteria word: 'under kriteriet "Målgruppens størrelse"',
# 'under kriterierne "Indsatsens kvalitet" og "Samarbejde med virksomheder"'.
QUOTED = re.compile(
    r"kriteri(?:et|erne|um)\s+[\"„“«](?:[^\"”“»]{2,80})[\"”“»]"
    r"(?:\s*(?:,|og|samt)\s*[\"„“«](?:[^\"”“»]{2,80})[\"”“»])*",
    re.IGNORECASE,
)
QUOTED_NAME = re.compile(r"[\"„“«]([^\"”“»]{2,80})[\"”“»]")
# "bruger fem kriterier, som er beskrevet i strategien: A; B; C; D; og E.": names parted by
# semicolons after a lead that speaks of criteria or weight (commas may stand inside a name).
SEMICOLON_LIST = re.compile(
    r"(?P<lead>(?:kriteri|vægt\s+på|prioriter|vurder|bedøm)[^.:!?]{0,100}?):\s*"
    r"(?P<list>[^.:!?]+?;[^.:!?]+)(?:[.]|$)",
    re.IGNORECASE,
)

# "vægt på, at projektet har en klar idé, at det når mange, og at økonomien er realistisk.":
# what weighs as a series of that-clauses, each clause one criterion.
# The same with whether-clauses after what is looked at: "kigger vi især på, om A, og om B.",
# and after what is looked at, counted: "Vi kigger på tre ting: at A, at B, og at C.".
AT_CLAUSES = re.compile(
    r"(?:vægt|kigge[r]?(?:\s+\S+){0,2}?|se[r]?(?:\s+\S+){0,2}?)\s+på(?:\s+[^\s:.,]+){0,3}?[,:]?\s+"
    r"(?P<word>at|om)\s+"
    r"(?P<list>[^.;!?]+)[.;]",
    re.IGNORECASE,
)
AT_MARK = r"(?:,\s*(?:og\s+|samt\s+)?|\s+(?:og|samt)\s+){word}\s+"
CLAUSE_WORDS = 20  # a that-clause naming a criterion: at most this many words
# An abbreviation's full stop inside a sentence ("bundet CO2 pr. hektar", "bl.a. frivillige")
# ends no list: it is masked while the sentence is read, and given back in the names.
ABBREVIATION = re.compile(
    r"(?<![\wæøå])(?:pr|ca|fx|jf|inkl|ekskl|evt|mv|osv|nr|dvs|bl\.a|m\.m|m\.fl|f\.eks|kr)\."
    r"(?=\s+[a-zæøå0-9])",
    re.IGNORECASE,
)
# A date's ordinal stop ("puljeopslaget af 2. september 2026, nemlig A, B og C") ends none.
ORDINAL_DATE = re.compile(rf"(?<![\d.])\d{{1,2}}\.(?=\s+{FULL_MONTH}(?![a-zæøå]))", re.I)
MASKED_STOP = "\u2024"  # one dot leader: looks like a full stop, is none to the patterns


def prose_criteria(lines: Sequence[Line], explained: Sequence[str] = ()) -> list[Criterion]:
    """Criteria named in a sentence rather than listed (`named_in`), found in paragraphs that
    speak of criteria, weight or priority; not in a paragraph that explains a criterion found
    already (one of the `explained` requirements: "Kriterium 2: Indhold" / "Der lægges vægt
    på ...")."""
    criteria: list[Criterion] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        listed = is_item(line.text.strip()) and not DIALOGUE.match(line.text.strip())
        if line.blank or not SPEAKS_OF_CRITERIA.search(line.text):
            index += 1
            continue
        if listed:  # a fact box's bullet: "• Ansøgningerne vurderes på A, B og C"
            text, end = _bullet_sentence(lines, index)
            start, index = index, end
        else:
            start = end = index
            while start > 0 and not _ends_paragraph(lines, start - 1):
                start -= 1  # the paragraph the sentence is in, up to a list (which names them)
            while end < len(lines) and not _ends_paragraph(lines, end):
                end += 1
            text = one_line(lines[start:end])
            index = max(end, index + 1)
        if any(text in req or req in text for req in explained):
            continue  # the sentence explains a criterion found in a list, names none
        masked = _masked(text)
        names = named_in(masked)
        if listed and len(names) < MIN_PROSE_PARTS:
            continue  # an item naming one or two things is one of a list, or a quote's dash
        criteria.extend(
            Criterion(
                number=None,
                title=title.replace(MASKED_STOP, "."),
                requirements=[],
                page=lines[start].page,
            )
            for title in names
        )
    return criteria


def _masked(text: str) -> str:
    """The text with the full stops that end no sentence (abbreviations, dates) masked."""
    for stop in (ABBREVIATION, ORDINAL_DATE):
        text = stop.sub(lambda m: m.group().replace(".", MASKED_STOP), text)
    return text


def _bullet_sentence(lines: Sequence[Line], index: int) -> tuple[str, int]:
    """A list item's own sentence, marker dropped and wrapped lines joined, ending in a full
    stop as a sentence does; and the index after it."""
    end = index + 1
    while end < len(lines) and lines[end].text.strip()[:1].islower():
        end += 1
    text = one_line(lines[index:end]).strip()
    number = NUMBER.match(text)
    text = number["rest"] if number else BULLET.sub("", text, count=1)
    return (text if SENTENCE_END.search(text) else f"{text}."), end


def _ends_paragraph(lines: Sequence[Line], index: int) -> bool:
    """Does this line stand outside a paragraph of prose (a blank line or a list item)? Not a
    line that a narrow column began with the next marker of a list inside the sentence above
    ("... at prioritere 1) A," / "2) B og 3) C.")."""
    line = lines[index]
    if line.blank or not is_item(line.text.strip()) or DIALOGUE.match(line.text.strip()):
        return line.blank
    marker = INLINE_NEXT.match(line.text.strip())
    above = []  # the few lines above, back to the paragraph's start
    for k in range(index - 1, max(index - 4, -1), -1):
        if lines[k].blank:
            break
        above.append(lines[k].text)
    if not marker:
        return True
    mark = marker[1]
    before = str(int(mark) - 1) if mark.isdigit() else chr(ord(mark) - 1)
    return f" {before}) " not in f" {' '.join(above)} "


def named_in(text: str) -> list[str]:
    """Criteria named in a sentence, each list checked by its shape:
    - after a count and a colon, as many as the count says: "ud fra tre kriterier: adgang for
      mange, sammenhæng med naturen og lokal forankring.";
    - lettered after a colon: "med disse kriterier: a) ..., b) ... og c) ...";
    - after what weighs, at least three: "vægt på kvalitet, forankring og nye publikummer.",
      "prioriteret efter ...", "ud fra puljens kriterier om ...", "Kriterierne er ...";
    - as that-clauses after what weighs, at least two: "vægt på, at A, at B og at C.", or
      whether-clauses after what is looked at: "kigger vi især på, om A, og om B.";
    - failing all these, at least three after the criteria word and a colon: "efter kriterierne
      i retningslinjerne: A, B, C og D.".
    Each name is a few words; a list with a longer part is a sentence, not a list. A list ends
    where a clause, an example ("for eksempel ...") or a second main clause begins."""
    names: list[str] = []
    for match in COUNTED_THINGS.finditer(text):  # "Vi kigger på tre ting: A, B og C."
        parts = _parts(match["list"])
        if parts and len(parts) == count_of(match["count"]):
            names.extend(parts)
    for match in PROSE_LIST.finditer(text):
        parts = _parts(match["list"])
        if parts and len(parts) == count_of(match["count"]):
            names.extend(parts)
    for match in LETTERED_PROSE.finditer(text):
        lettered = [part for part in LETTER_MARK.split(match["list"]) if part.strip()]
        if len(lettered) >= 2 and all(_short(part) for part in lettered):
            names.extend(_name(part) for part in lettered)
    for pattern in (WEIGHED_PROSE, ASSESSED_AFTER):
        names.extend(_weighed(pattern, text))
    for match in AMONG.finditer(text):
        parts = _parts(match["list"])
        noun = (match["noun"] or "").lower()
        if noun and parts and any(part.lower().startswith(noun) for part in parts[1:]):
            parts[0] = f"{match['noun']}, {match['clause']} {parts[0]}"  # each one "projekter ..."
        if parts and len(parts) >= 2:
            names.extend(parts)
    for match in DASHED_ASIDE.finditer(text):
        parts = _parts(match["list"])
        if parts and len(parts) >= 2:
            names.extend(parts)
    for match in FEW_WEIGHED.finditer(text):  # "Der lægges desuden vægt på geografisk spredning."
        if _negated(text, match):
            continue  # "Udvalget lægger ikke vægt på tidligere legater."
        listed = CONSEQUENCE.sub("", SOURCE_TAIL.sub("", match["list"]))
        if ARRIVAL.search(listed):
            continue  # "rangeres efter modtagelsestidspunkt": the order they came in
        parts = _parts(listed)
        if parts and len(parts) < 2 and ASSESSED_START.match(match.group(0)):
            continue  # "Ansøgningen vurderes efter fristen.": after a time, not by a name
        if (
            parts
            and len(parts) < MIN_PROSE_PARTS
            and len(listed.split()) <= FEW_WORDS
            and not FEW_CUT.search(listed)  # "projekter i byer, hvor ...": a clause says which
        ):
            names.extend(parts)
    for match in AT_CLAUSES.finditer(text):
        if _negated(text, match):
            continue
        mark = re.compile(AT_MARK.format(word=match["word"]), re.IGNORECASE)
        clauses = [clause.strip(" ,") for clause in mark.split(match["list"])]
        word = match["word"].lower()  # "at A, og at B": each criterion a that-clause, as written
        clauses = [f"{word} {clause}" for clause in clauses]
        if len(clauses) >= 2 and all(0 < len(c.split()) <= CLAUSE_WORDS for c in clauses):
            names.extend(clauses)
    for match in QUOTED.finditer(text):  # 'under kriterierne "A" og "B"'
        names.extend(name.strip() for name in QUOTED_NAME.findall(match.group(0)))
    for match in SEMICOLON_LIST.finditer(text):
        lead = text[max(0, match.start() - 40) : match.end("lead")]  # "bruger fem kriterier"
        names.extend(_semicolon_parts(lead, match["list"]))
    if not names:  # "efter kriterierne i retningslinjerne: A, B, C og D." (no count, no letters)
        for match in NAMED_LIST.finditer(text):
            parts = _parts(match["list"])
            if parts and len(parts) >= MIN_PROSE_PARTS:
                names.extend(parts)
    return names


def _weighed(pattern: re.Pattern[str], text: str) -> list[str]:
    """The names after each "vægt på" (or "vurderet ... efter"), at least three; a refused list
    is read on from the next trigger inside it ("vægt på Når bestyrelsen behandler en
    ansøgning, lægges der vægt på A, B og C")."""
    names: list[str] = []
    position = 0
    while found := pattern.search(text, position):
        parts = _parts(found["list"] or found.groupdict().get("list2") or "")
        if parts and len(parts) >= MIN_PROSE_PARTS and not _negated(text, found):
            names.extend(parts)
            position = found.end()
        else:
            position = found.start() + 1
    return names


def _negated(text: str, match: re.Match[str]) -> bool:
    """Is what weighs denied ("lægger ikke vægt på", "vurderes ikke efter")?"""
    return bool(NEGATION.search(text[max(0, match.start() - 25) : match.start()]))


def _parts(listed: str) -> list[str] | None:
    """The names of "A, B, C og D" (the last "og"/"samt"/"eller" parts the last two, so "børn
    og unge" stays whole before it); None when a part is too long to be a name."""
    pieces = _with_relatives([part.strip() for part in listed.split(",")])
    ends = [
        k
        for k, part in enumerate(pieces)
        if LIST_END.match(part)
        and not (CLAUSE_NAME.match(part) and k + 1 < len(pieces) and _named(pieces[k + 1]))
    ]  # "A, B, at der er andre bidragydere, samt C": a clause among names is one of them
    if ends and ends[0] == len(pieces) - 1 and LAST_CLAUSE.match(pieces[-1]):
        ends = []  # "A, B, og om arbejdet udføres ...": a whether-clause as the last name
    clause = ends[0] if ends else None
    if clause:  # "A, B og C, når du søger": the list ends where a clause or an example begins
        pieces = pieces[:clause]
        if len(pieces) > 1 and JOINED_CLAUSE.match(pieces[-1]):
            pieces = pieces[:-1]  # "A og B, og indstiller, at ...": a second main clause
    *heads, last = pieces
    relative = RELATIVE.search(last)  # split before "..., der ...", which the last name keeps
    core, kept = (last[: relative.start()], last[relative.start() :]) if relative else (last, "")
    if QUOTED_JOINT.search(core):  # '"Fokus på X" og "Organisering og ledelse"'
        tail = QUOTED_JOINT.split(core, maxsplit=1)
    elif heads and LAST_CLAUSE.match(core):
        tail = [core]  # "og om arbejdet udføres med materialer og metoder" is one name
    elif heads and JOINT_START.match(core) and _lone_last(JOINT_START.sub("", core)):
        tail = [core]  # "..., samt en plan for drift og vedligehold": the joint came first
    else:
        tail = _last_two(core)
    tail[-1] += kept
    parts = [JOINT_START.sub("", part) for part in [*heads, *tail]]  # "..., og C": Oxford comma
    if any(REFUSED_START.match(part) for part in parts):
        return None  # "projekter i områder, hvor ...": a clause, not a list
    return [_name(part) for part in parts] if all(_short(part) for part in parts) else None


def _semicolon_parts(lead: str, listed: str) -> list[str]:
    """The names of "A; B; C; og D" when each is a name and there are as many as the lead
    states (at least three when it states none)."""
    parts = [JOINT_START.sub("", part.strip()) for part in listed.split(";")]
    stated = STATED.search(lead)
    wanted = count_of(stated["count"]) if stated else None
    if (wanted and len(parts) != wanted) or len(parts) < (wanted or MIN_PROSE_PARTS):
        return []
    if not all(_short(part) and not REFUSED_START.match(part) for part in parts):
        return []
    return [_name(part) for part in parts]


def _lone_last(core: str) -> bool:
    """Does the last "og" of a piece leave a lone lower-case word ("drift og vedligehold")?"""
    joints = list(JOINT.finditer(core))
    lone = core[joints[-1].end() :] if joints else ""
    return bool(lone) and lone.islower() and " " not in lone


def _named(piece: str) -> bool:
    """Does a list's next piece go on with names: a name, or a joint and a name or clause?"""
    return not LIST_END.match(piece) or bool(LAST_CLAUSE.match(piece) or CLAUSE_NAME.match(piece))


def _last_two(core: str) -> list[str]:
    """The last piece of a list split into its last two names at its last "og"/"samt"/"eller"
    ("børn og unge og nye målgrupper"), or at the "og" before when the last "og" leaves a lone
    lower-case word, a noun joined to the one before it ("frivillige og samarbejde mellem
    foreninger og institutioner"; not "... og fagpersoner samt Varighed")."""
    joints = list(JOINT.finditer(core))
    if any(joint.group().strip().lower() != "eller" for joint in joints):
        joints = [j for j in joints if j.group().strip().lower() != "eller"]  # "A og B eller C":
    if not joints:  # "eller" joins alternatives inside the last name, "og" parts the names
        return [core]
    joints = [
        j
        for j in joints
        if not BETWEEN.search(core[: j.start()])
        and not (PAIRED_BEFORE.search(core[: j.start()]) and PAIRED_AFTER.match(core[j.end() :]))
    ]  # "deltagere med og uden handicap", "før og efter projektet": one name
    if not joints:  # "forholdet mellem omkostninger og risiko", "både børn og unge": one name
        return [core]
    joint, lone = joints[-1], core[joints[-1].end() :]
    if len(joints) > 1 and joint.group().strip() == "og" and lone.islower() and " " not in lone:
        joint = joints[-2]
    return [core[: joint.start()], core[joint.end() :]]


def _with_relatives(pieces: list[str]) -> list[str]:
    """Comma-split pieces with each relative clause joined back to the name it belongs to:
    "antallet af beboere", "der involveres aktivt" is "antallet af beboere, der involveres
    aktivt"; so is a that-clause after a preposition ("sandsynligheden for", "at ...")."""
    joined: list[str] = []
    for piece in pieces:
        after_preposition = bool(joined) and bool(PREPOSITION_END.search(joined[-1]))
        if joined and (
            RELATIVE_START.match(piece) or (OBJECT_START.match(piece) and after_preposition)
        ):
            joined[-1] = f"{joined[-1]}, {piece}"
        else:
            joined.append(piece)
    return joined


def _name(part: str) -> str:
    """A named criterion without its weight or quotes: '"Kvalitet" (50 %)' is "Kvalitet"."""
    return split_weight(part.strip(" ,"))[0].strip(QUOTES + " ")


def _short(part: str) -> bool:
    """Is this a criterion's name in a sentence: a few words, and a relative clause after them
    at most ("antallet af beboere, der involveres aktivt")?"""
    relative = RELATIVE.search(part)
    head = part[: relative.start()] if relative else part
    return 0 < len(head.split()) <= PART_WORDS and len(part.split()) <= CLAUSE_WORDS

"""Which pools a document covers, and which pool a short heading stands for.

A document names its pools in two ways that survive PDF extraction:
- as a labelled value, "Information om puljen: <titel>" (an agenda line of a meeting that
  presents several pools); when a document has such labels, they are its pools;
- in its title, "... (ansøgnings)puljen til <formål>" (a Q&A or guide about one pool).
Anything vaguer ("ansøgningspuljer på området") names no pool: the result is then [].

The word helpers here (content words, shared stems) also serve `elements.py` and `contacts.py`:
Danish compounds and inflections mean "Akuttelefonen" must match "Akuttelefon" and
"netværksgrupper" must match "Netværk", which a shared prefix captures well.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from puljeportal.document import Line, RawDocument
from puljeportal.extract.text import collapse, is_list_item, join_wrapped, one_line
from puljeportal.model import PoolRef

# Function words that carry no topic; generic Danish, not taken from any document.
_STOPWORD_TEXT = """
    af alle allerede alt anden andre at bl blandt blev bliver både da de dem den denne der deres
    derfor dermed det dette dig din disse dog du efter eller en end ene eneste enhver er et
    ethvert flere fler for fordi fra få gennem god han hans har have hele hen her hos hun hvad
    hver hvilke hvilken hvis hvor hvordan hvorfor hvornår i ikke ind indtil inden jeg jer jeres
    jo kan kunne man mange med meget mellem men mens mere mig min mod må når nej nogen noget
    nogle nu ny nye og også om op os over pr på sammen se selv sig sin sine sit skal skulle som
    sådan thi til ud under uden ved vi vil ville vor vores være været af ad fx mv mm osv ca jf
    dvs eks ex evt samt både hhv iht ift mht mhp
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())

WORD = re.compile(r"[a-zæøåäöüé]+", re.IGNORECASE)
LABELLED_POOL = re.compile(r"\bpuljen?\s*:\s*(?P<title>\S.*)$", re.IGNORECASE)
EMPTY_POOL_LABEL = re.compile(r"\bpuljen?\s*:$", re.IGNORECASE)
TITLE_POOL = re.compile(
    r"\b(?P<kind>(?:ansøgnings|udviklings|tilskuds)?pulje)(?:n)?\s+(?P<rest>(?:til|for|om)\s.+)$",
    re.IGNORECASE,
)
# An agenda line starts with a time ("10:35-11.20:"); a pool title ends before a speaker.
LEADING_TIME = re.compile(r"^[\d.:\s–-]+:\s*")
MIN_STEM = 4
TITLE_LINES = 3  # a title block is among the first few logical lines of page 1
TITLE_MAX = 200


def words(text: str) -> list[str]:
    """The words of a text, lower-cased (letters only)."""
    return [word.lower() for word in WORD.findall(text)]


def content_words(text: str) -> list[str]:
    """The words that carry meaning: no function words, no one- or two-letter words."""
    return [word for word in words(text) if len(word) > 2 and word not in STOPWORDS]


def common_prefix(left: str, right: str) -> int:
    """Length of the prefix two words share."""
    size = 0
    for a, b in zip(left, right, strict=False):
        if a != b:
            break
        size += 1
    return size


def same_stem(left: str, right: str) -> bool:
    """Do two lower-case words share a stem (inflection or compound with the same first part)?"""
    shorter = min(len(left), len(right))
    shared = common_prefix(left, right)
    if shared == shorter:  # one word starts with the other: "netværk" / "netværksgrupper"
        return shorter >= MIN_STEM
    return shared >= 6 and shared >= 0.75 * shorter  # "samarbejde" / "samarbejdsmodellen"


def has_stem(word: str, vocabulary: Sequence[str]) -> bool:
    """Does any word of `vocabulary` share a stem with `word`?"""
    return any(same_stem(word, other) for other in vocabulary)


def pool_of(title: str, pools: list[str]) -> str | None:
    """The pool whose full title a (short) heading stands for, or None if none or several fit."""
    heading = content_words(title)
    if not heading:
        return None
    best: list[tuple[float, str]] = []
    for pool in pools:
        vocabulary = content_words(pool)
        found = sum(1 for word in heading if has_stem(word, vocabulary))
        if found < len(heading) and not (len(heading) > 2 and found >= 0.75 * len(heading)):
            continue
        first_matches = bool(vocabulary) and same_stem(heading[0], vocabulary[0])
        best.append((found / len(heading) + (0.5 if first_matches else 0.0), pool))
    if not best:
        return None
    best.sort(key=lambda item: -item[0])
    if len(best) > 1 and best[0][0] == best[1][0]:
        return None
    return best[0][1]


def _logical_lines(lines: Sequence[Line]) -> list[str]:
    """Lines with wrapped continuations joined (a next line that starts in lower case)."""
    joined: list[str] = []
    previous_blank = True
    for line in lines:
        text = collapse(line.text)
        if not text:
            previous_blank = True
            continue
        wrapped = text[:1].islower() and not is_list_item(text)
        broken = bool(joined) and not previous_blank and joined[-1].endswith(("-", ","))
        if joined and (wrapped or broken):
            joined[-1] = join_wrapped(joined[-1], text)
        else:
            joined.append(text)
        previous_blank = False
    return joined


def _clean_title(text: str) -> str:
    """A pool title without a trailing full stop or an agenda's speaker ("v. X")."""
    text = re.split(r"\s+v\.\s", text)[0]
    return text.strip().rstrip(".;,").strip()


def labelled_pools(doc: RawDocument) -> list[str]:
    """Pool titles given as the value of a "puljen:" label."""
    titles: list[str] = []
    logical = _logical_lines(doc.lines)
    for index, text in enumerate(logical):
        text = LEADING_TIME.sub("", text)
        if EMPTY_POOL_LABEL.search(text) and index + 1 < len(logical):
            text += " " + logical[index + 1]  # the title wrapped onto the next line
        match = LABELLED_POOL.search(text)
        if match:
            titles.append(_clean_title(match.group("title")))
    # A question after the label ("Puljen: hvem kan søge?") is no pool's name.
    return [t for t in titles if len(content_words(t)) >= 2 and not t.endswith("?")]


def title_pool(doc: RawDocument) -> str | None:
    """The pool named in the document's title block ("... puljen til <formål>")."""
    first_page = doc.lines[0].page if doc.lines else 0
    opening = [line for line in doc.lines if line.page == first_page]
    for text in _logical_lines(opening)[:TITLE_LINES]:
        if re.search(r"[.!?]$", text) or len(text) > TITLE_MAX:
            continue  # a sentence of body text (or text run together), not a title
        match = TITLE_POOL.search(text)
        if match:
            kind = match.group("kind")
            name = f"{kind[:1].upper()}{kind[1:].lower()} {_clean_title(match.group('rest'))}"
            return name if len(content_words(name)) >= 3 else None
    return None


def find_pools(doc: RawDocument) -> list[PoolRef]:
    """The pools a document covers: labelled pool titles, else the one its title names."""
    titles = labelled_pools(doc)
    if not titles:
        named = title_pool(doc)
        titles = [named] if named else []
    unique: list[str] = []
    for title in titles:
        if not any(pool_of(title, [seen]) for seen in unique):
            unique.append(title)
    return [PoolRef(title=title) for title in unique]


# --- A document that presents several pools, cut into the parts that speak of each ------------
#
# A meeting's slides present their pools in turn, each under a slide titled with the pool's name,
# and go back to matters shared by all (a break, the application procedure) under titles that the
# agenda lists without a pool. So a part begins at a heading: a short paragraph standing alone,
# not a sentence, not a list item. A heading that names one of the document's pools starts that
# pool's part; a heading that is an agenda item without a pool, or that speaks of a pool the
# document does not present, starts a shared part. Text before the first such heading is shared.

HEADING_MAX = 120
HEADING_WORDS = 15


@dataclass(frozen=True)
class Part:
    """A stretch of a document: the pool it presents (None: shared by all) and its lines."""

    pool: str | None
    doc: RawDocument


def _paragraph_starts(lines: Sequence[Line]) -> list[tuple[int, str]]:
    """Each paragraph's first line index and its text on one line (wrapped lines joined)."""
    found: list[tuple[int, str]] = []
    start: int | None = None
    for index, line in enumerate(lines):
        new_page = index > 0 and lines[index - 1].page != line.page
        if line.blank or new_page:
            if start is not None:
                found.append((start, one_line(lines[start:index])))
            start = None
        if not line.blank and start is None:
            start = index
    if start is not None:
        found.append((start, one_line(lines[start:])))
    return found


def _is_heading(text: str) -> bool:
    """A short stand-alone title: no sentence, no list item, no question, no agenda time."""
    return (
        0 < len(text) <= HEADING_MAX
        and len(text.split()) <= HEADING_WORDS
        and text[:1].isupper()
        and not re.search(r"[.!?:;,]$|[.!?]\s", text)
        and not is_list_item(text)
        and not LEADING_TIME.match(text)
        and not LABELLED_POOL.search(text)
    )


def agenda_topics(lines: Sequence[Line]) -> list[str]:
    """The agenda's items that present no pool ("11.20-11.30: Pause")."""
    topics: list[str] = []
    for text in _logical_lines(lines):
        if LEADING_TIME.match(text) and not LABELLED_POOL.search(text):
            topics.append(LEADING_TIME.sub("", text))
    return topics


def _opens_topic(text: str, topics: list[str]) -> bool:
    """Does a heading open an agenda item (its first content word is the item's first)?"""
    heading = content_words(text)
    return bool(heading) and any(
        (topic_words := content_words(topic)) and same_stem(heading[0], topic_words[0])
        for topic in topics
    )


def _heading_pool(text: str, pools: list[str], topics: list[str]) -> tuple[bool, str | None]:
    """Does this heading start a part, and of which pool (None: a shared part)?"""
    if not _is_heading(text):
        return False, None
    pool = pool_of(text, pools)
    if pool:
        return True, pool
    other_pool = any(word.startswith("pulje") or "pulje" in word for word in words(text))
    return other_pool or _opens_topic(text, topics), None


def pool_parts(doc: RawDocument, pools: list[str]) -> list[Part]:
    """The document cut at its pool headings; one shared part when it presents under two pools."""
    if len(pools) < 2:
        return [Part(None, doc)]
    topics = agenda_topics(doc.lines)
    cuts: list[tuple[int, str | None]] = [(0, None)]
    for start, text in _paragraph_starts(doc.lines):
        starts, pool = _heading_pool(text, pools, topics)
        if starts and pool != cuts[-1][1]:
            cuts.append((start, pool))
    cuts.append((len(doc.lines), None))
    parts: list[Part] = []
    for (begin, pool), (end, _) in zip(cuts, cuts[1:], strict=False):
        if begin < end:
            parts.append(Part(pool, _sub_document(doc, begin, end)))
    return parts


def _sub_document(doc: RawDocument, begin: int, end: int) -> RawDocument:
    """Lines begin..end of a document; a table goes with the part where its page begins."""
    lines = doc.lines[begin:end]
    first_line: dict[int, int] = {}
    for index, line in enumerate(doc.lines):
        first_line.setdefault(line.page, index)
    tables = [t for t in doc.tables if begin <= first_line.get(t.page, -1) < end]
    return RawDocument(
        doc.source, doc.sha256, doc.pages, lines, tables=tables, laid_out=doc.laid_out
    )

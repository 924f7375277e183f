"""Extraction: a read document's lines -> the typed model (`Extraction`).

Each kind of item has its own module of rules; this module only runs them in order and
collects what they ask an editor to review.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from puljeportal.document import RawDocument
from puljeportal.errors import DocumentError
from puljeportal.extract.amounts import find_amounts
from puljeportal.extract.contacts import find_contacts
from puljeportal.extract.criteria import find_criteria
from puljeportal.extract.dates import find_dates, parse_date
from puljeportal.extract.elements import find_core_elements
from puljeportal.extract.eligibility import find_applicants, find_links, find_target_group
from puljeportal.extract.meta import classify, find_title
from puljeportal.extract.pools import Part, find_pools, pool_parts
from puljeportal.extract.qa import find_qa
from puljeportal.model import (
    QA,
    Amount,
    CoreElement,
    Criterion,
    Dated,
    Extraction,
    Link,
    Passage,
    PoolRef,
)
from puljeportal.read import read_document
from puljeportal.slugs import slugify

# What a document's own date is, in order of preference, when its title carries none.
DOCUMENT_DATE_LABELS = ("informationsmøde", "dato", "møde")
PART_MARK = "(i afsnittet om «{pool}»)"
PART_MARK_PATTERN = re.compile(r"\(i afsnittet om «(?P<pool>[^»]+)»\)$")


def extract_document(path: Path, shown_as: str | None = None) -> Extraction:
    """Read and extract one document; an unreadable one gives an Extraction with `error`."""
    name = shown_as or str(path)
    try:
        doc = read_document(path, name)
    except DocumentError as exc:
        return Extraction(source=name, error=str(exc))
    return extract_raw(doc)


def extract_raw(doc: RawDocument) -> Extraction:
    """Everything the rules find in an already read document."""
    pools = [PoolRef(title=p.title, slug=p.slug or slugify(p.title)) for p in find_pools(doc)]
    titles = [pool.title for pool in pools]
    title = find_title(doc)
    result = Extraction(
        source=doc.source,
        sha256=doc.sha256,
        title=title,
        pages=doc.pages,
        pools=pools,
        contacts=find_contacts(doc, titles),
        warnings=list(doc.warnings),
    )
    for part in pool_parts(doc, titles):
        _extract_part(part, result)
    result.date = document_date(title, result.dates)
    result.kind = classify(doc, result)
    return result


def _extract_part(part: Part, result: Extraction) -> None:
    """Add what the rules find in one part of a document, each item marked with its pool."""
    doc, pool = part.doc, part.pool
    qa, qa_warnings = find_qa(doc.lines)
    elements, element_warnings = find_core_elements(doc)
    found: dict[str, Sequence[QA | CoreElement | Criterion | Amount | Dated | Passage | Link]] = {
        "qa": qa,
        "core_elements": elements,
        "criteria": find_criteria(doc),
        "amounts": find_amounts(doc),
        "dates": find_dates(doc),
        "target_group": find_target_group(doc),
        "applicants": find_applicants(doc),
        "links": find_links(doc),
    }
    for name, items in found.items():
        for item in items:
            item.pool = item.pool or pool
        getattr(result, name).extend(items)
    result.warnings += [in_part(warning, pool) for warning in [*qa_warnings, *element_warnings]]


def in_part(warning: str, pool: str | None) -> str:
    """A warning about one pool's part of a document says which pool it is."""
    return f"{warning} {PART_MARK.format(pool=pool)}" if pool else warning


def warning_pool(warning: str) -> str | None:
    """The pool a warning is about (see `in_part`), or None if it is about the whole document."""
    match = PART_MARK_PATTERN.search(warning)
    return match.group("pool") if match else None


def document_date(title: str | None, dates: list[Dated]) -> str | None:
    """The meeting or document date: from the title if it has one, else a labelled date."""
    if title and (date := parse_date(title)):
        return date
    for wanted in DOCUMENT_DATE_LABELS:
        for dated in dates:
            if dated.date and dated.label and dated.label.casefold() == wanted:
                return dated.date
    return None

"""Extraction: a read document's lines -> the typed model (`Extraction`).

Each kind of item has its own module of rules; this module only runs them in order and
collects what they ask an editor to review.
"""

from __future__ import annotations

from pathlib import Path

from puljeportal.document import RawDocument
from puljeportal.errors import DocumentError
from puljeportal.extract.amounts import find_amounts
from puljeportal.extract.contacts import find_contacts
from puljeportal.extract.criteria import find_criteria
from puljeportal.extract.dates import find_dates, parse_date
from puljeportal.extract.elements import find_core_elements
from puljeportal.extract.meta import classify, find_title
from puljeportal.extract.pools import find_pools
from puljeportal.extract.qa import find_qa
from puljeportal.model import Dated, Extraction, PoolRef
from puljeportal.read import read_document
from puljeportal.slugs import slugify

# What a document's own date is, in order of preference, when its title carries none.
DOCUMENT_DATE_LABELS = ("informationsmøde", "dato", "møde")


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
    qa, qa_warnings = find_qa(doc.lines)
    elements, element_warnings = find_core_elements(doc)
    pools = [PoolRef(title=p.title, slug=p.slug or slugify(p.title)) for p in find_pools(doc)]
    title = find_title(doc)
    dates = find_dates(doc)
    result = Extraction(
        source=doc.source,
        sha256=doc.sha256,
        title=title,
        date=document_date(title, dates),
        pages=doc.pages,
        pools=pools,
        qa=qa,
        core_elements=elements,
        contacts=find_contacts(doc, [pool.title for pool in pools]),
        criteria=find_criteria(doc),
        amounts=find_amounts(doc),
        dates=dates,
        warnings=[*doc.warnings, *qa_warnings, *element_warnings],
    )
    result.kind = classify(doc, result)
    return result


def document_date(title: str | None, dates: list[Dated]) -> str | None:
    """The meeting or document date: from the title if it has one, else a labelled date."""
    if title and (date := parse_date(title)):
        return date
    for wanted in DOCUMENT_DATE_LABELS:
        for dated in dates:
            if dated.date and dated.label and dated.label.casefold() == wanted:
                return dated.date
    return None

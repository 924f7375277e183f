"""Extraction: a read document's lines -> the typed model (`Extraction`)."""

from __future__ import annotations

from pathlib import Path

from puljeportal.document import RawDocument
from puljeportal.errors import DocumentError
from puljeportal.extract.meta import classify, find_title
from puljeportal.extract.qa import find_qa
from puljeportal.model import Extraction
from puljeportal.read import read_document


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
    result = Extraction(
        source=doc.source,
        sha256=doc.sha256,
        title=find_title(doc),
        pages=doc.pages,
        qa=qa,
        warnings=[*doc.warnings, *qa_warnings],
    )
    result.kind = classify(doc, result)
    return result

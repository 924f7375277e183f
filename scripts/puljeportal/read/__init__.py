"""Read a pool document into lines, whatever its format: one reader per format."""

from __future__ import annotations

import hashlib
from pathlib import Path

from puljeportal.document import RawDocument
from puljeportal.errors import DocumentError

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
PDF_SUFFIXES = {".pdf"}
SUPPORTED = sorted(TEXT_SUFFIXES | PDF_SUFFIXES)


def read_document(path: Path, shown_as: str | None = None) -> RawDocument:
    """Read one document; raise DocumentError (naming the file) if it cannot be read."""
    name = shown_as or str(path)
    suffix = path.suffix.lower()
    if path.is_dir():
        raise DocumentError(name, "er en mappe, ikke en fil")
    if not path.exists():
        raise DocumentError(name, "filen findes ikke")
    if suffix not in TEXT_SUFFIXES | PDF_SUFFIXES:
        raise DocumentError(
            name,
            f"kan ikke læse filtypen '{suffix or 'uden endelse'}' "
            f"(understøttet: {', '.join(SUPPORTED)})",
        )
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DocumentError(name, "filen findes ikke") from None
    except IsADirectoryError:
        raise DocumentError(name, "er en mappe, ikke en fil") from None
    except OSError as exc:
        raise DocumentError(name, f"kan ikke åbnes ({exc.strerror})") from None
    digest = hashlib.sha256(data).hexdigest()
    if suffix in PDF_SUFFIXES:
        from puljeportal.read.pdf import read_pdf  # pdfplumber only where PDFs are read

        return read_pdf(data, name, digest)
    from puljeportal.read.text import read_text

    return read_text(data, name, digest)

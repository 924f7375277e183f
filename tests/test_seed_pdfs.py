"""The seeds' Q&A and guidance come out the same from PDFs made from their texts, in one and two
columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from puljeportal.extract import extract_document
from puljeportal.pdfmake import make_pdf_from_file
from tests.conftest import SEEDS

SEED_FILES = sorted(SEEDS.glob("*.txt"))


@pytest.mark.parametrize("columns", [1, 2])
@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda path: path.stem[:3])
def test_pdf_of_a_seed_gives_the_same_questions_and_answers(
    seed: Path, columns: int, tmp_path: Path
) -> None:
    pdf = tmp_path / f"{seed.stem}.pdf"
    make_pdf_from_file(seed, pdf, columns=columns, header="Socialstyrelsen", page_numbers=True)
    from_text = extract_document(seed)
    from_pdf = extract_document(pdf)
    assert from_pdf.error is None
    assert [(q.number, q.question) for q in from_pdf.qa] == [
        (q.number, q.question) for q in from_text.qa
    ]
    assert [q.answer for q in from_pdf.qa] == [q.answer for q in from_text.qa]


def _guidance(ext):  # type: ignore[no-untyped-def]
    return {
        "elements": [(e.title, len(e.focus_areas), e.body) for e in ext.core_elements],
        "criteria": [(c.title, c.requirements) for c in ext.criteria],
        "contacts": sorted((c.name, c.email, c.role, c.pool) for c in ext.contacts),
        "pools": [p.title for p in ext.pools],
    }


def _guidance_cases() -> list[object]:
    return [
        pytest.param(seed, columns, id=f"{seed.name[:3]}-{columns}")
        for seed in SEED_FILES
        for columns in (1, 2)
    ]


@pytest.mark.parametrize(("seed", "columns"), _guidance_cases())
def test_pdf_of_a_seed_gives_the_same_guidance(seed: Path, columns: int, tmp_path: Path) -> None:
    pdf = tmp_path / f"{seed.stem}.pdf"
    make_pdf_from_file(seed, pdf, columns=columns, header="Socialstyrelsen", page_numbers=True)
    assert _guidance(extract_document(pdf)) == _guidance(extract_document(seed))


def test_a_two_column_pamphlet_in_reading_order_gives_each_element_its_paragraphs(
    tmp_path: Path,
) -> None:
    """001 as it was printed: two columns, each element's heading followed by its own text."""
    seed = extract_document(next(p for p in SEED_FILES if p.name.startswith("001")))
    ordered = "\n\n".join(
        f"{e.number}. {e.title}\n\n{e.body}"
        for e in sorted(seed.core_elements, key=lambda e: e.number or 0)
    )
    pdf = tmp_path / "pamphlet.pdf"
    from puljeportal.pdfmake import make_pdf

    make_pdf("Om projektet\n\nFire kerneelementer.\n\n" + ordered, pdf, columns=2)
    from_pdf = extract_document(pdf)
    assert [(e.number, e.title, e.body) for e in from_pdf.core_elements] == [
        (e.number, e.title, e.body) for e in sorted(seed.core_elements, key=lambda e: e.number or 0)
    ]


def test_in_a_pdf_the_heading_above_decides_where_in_text_the_content_does(tmp_path: Path) -> None:
    """A paragraph under element 1 that speaks of element 2's subject stays under 1 in a PDF
    (the page layout gives the order), while text from elsewhere is placed by what it says."""
    text = (
        "Modellen har to kerneelementer.\n\n1. Fælles kursus\n\n"
        "Kurset samler alle plejefamilier to gange om året.\n\n"
        "Mellem kurserne bruges akuttelefonen, når det brænder på.\n\n"
        "2. Akuttelefon\n\nAkuttelefonen er åben hele døgnet.\n"
    )
    from puljeportal.pdfmake import make_pdf

    pdf, txt = tmp_path / "model.pdf", tmp_path / "model.txt"
    make_pdf(text, pdf, columns=2)
    txt.write_text(text, encoding="utf-8")
    in_pdf = [e.body.count("\n\n") + 1 for e in extract_document(pdf).core_elements]
    in_text = [e.body.count("\n\n") + 1 for e in extract_document(txt).core_elements]
    assert in_pdf == [2, 1]
    assert in_text == [1, 2]

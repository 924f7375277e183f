"""The seeds' Q&A come out the same from PDFs made from their texts, in one and two columns."""

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

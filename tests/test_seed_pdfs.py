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


def _guidance(ext):  # type: ignore[no-untyped-def]
    return {
        "elements": [(e.title, len(e.focus_areas), e.body) for e in ext.core_elements],
        "criteria": [(c.title, c.requirements) for c in ext.criteria],
        "contacts": sorted((c.name, c.email, c.role, c.pool) for c in ext.contacts),
        "pools": [p.title for p in ext.pools],
    }


# Known gaps (issue 3, open): what the text rules find, a PDF does not yet give in full.
GUIDANCE_GAPS = {
    ("001", 2): "scrambled-order rules meet a correctly ordered two-column PDF: elements lost",
    ("003", 1): "a slide's page break splits a criterion's last line and the agenda's pool names",
    ("003", 2): "a slide's page break splits a criterion's last line and the agenda's pool names",
}


def _guidance_cases() -> list[object]:
    cases: list[object] = []
    for seed in SEED_FILES:
        for columns in (1, 2):
            gap = GUIDANCE_GAPS.get((seed.name[:3], columns))
            marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
            cases.append(pytest.param(seed, columns, marks=marks, id=f"{seed.name[:3]}-{columns}"))
    return cases


@pytest.mark.parametrize(("seed", "columns"), _guidance_cases())
def test_pdf_of_a_seed_gives_the_same_guidance(seed: Path, columns: int, tmp_path: Path) -> None:
    pdf = tmp_path / f"{seed.stem}.pdf"
    make_pdf_from_file(seed, pdf, columns=columns, header="Socialstyrelsen", page_numbers=True)
    assert _guidance(extract_document(pdf)) == _guidance(extract_document(seed))


@pytest.mark.xfail(strict=True, reason=GUIDANCE_GAPS[("001", 2)])
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

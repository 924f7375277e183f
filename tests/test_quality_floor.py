"""The extraction must not get worse than the figures in eval/floor.json.

`texts`: per evaluation set (the devset and the held-out sets, paths relative to the
repository), the texts' Q&A F1 and facts recalls that the README quotes. `pdf`: the same for
the devset's PDFs rendered in one and two columns and every other set's in two columns (a
change once cost a held-out set's two-column run four criteria that no text run could see).
A change that drops a figure by more than 0.02 fails here. Raise the floor when the extraction
improves: `make eval` and `make eval-pdf` print the figures.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from puljeportal import evaluate as ev
from tests.conftest import SHARED

REPO = Path(__file__).resolve().parents[1]
FLOOR = REPO / "eval" / "floor.json"
SLACK = 0.02
FIGURES = ("qa_f1", "contacts", "amounts", "dates", "criteria")
_FLOORS = json.loads(FLOOR.read_text(encoding="utf-8"))
TEXT_FLOORS: dict[str, dict[str, float]] = _FLOORS["texts"]
PDF_FLOORS: dict[str, dict[str, dict[str, float]]] = _FLOORS["pdf"]


def _evaluation_set(name: str) -> Path:
    """A set named in the floor: "eval/..." in this repository, "../shared/..." in the shared
    material wherever it is (tests/conftest.py)."""
    shared = name.removeprefix("../shared/")
    path = SHARED / shared if shared != name else (REPO / name).resolve()
    if not (path / "sources").is_dir() or not (path / "truth").is_dir():
        pytest.fail(f"evaluation set missing: expected {path}/sources and {path}/truth")
    return path


def _below(run: ev.RunResult, floor: dict[str, float]) -> list[str]:
    overall = run.totals()
    return [
        f"{figure}: {overall[figure]:.3f} < floor {floor[figure]:.3f} - {SLACK}"
        for figure in FIGURES
        if overall[figure] < floor[figure] - SLACK
    ]


@pytest.mark.parametrize("name", sorted(TEXT_FLOORS))
def test_text_extraction_stays_above_the_floor(name: str) -> None:
    (run,), _problems = ev.evaluate(_evaluation_set(name), ("texts",))
    below = _below(run, TEXT_FLOORS[name])
    worst = "\n".join(ev.worst_lines(run, 5))
    assert not below, f"extraction got worse on {name}:\n" + "\n".join(below) + "\n" + worst


@pytest.mark.parametrize("name", sorted(PDF_FLOORS))
def test_pdf_extraction_stays_above_the_floor(name: str, tmp_path: Path) -> None:
    runs = sorted(PDF_FLOORS[name])
    results, _problems = ev.evaluate(_evaluation_set(name), runs, cache=tmp_path)
    for run in results:
        below = _below(run, PDF_FLOORS[name][run.name])
        worst = "\n".join(ev.worst_lines(run, 5))
        assert not below, f"{run.name} got worse on {name}:\n" + "\n".join(below) + "\n" + worst

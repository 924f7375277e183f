"""The extraction must not get worse on any evaluation set than the figures in eval/floor.json.

Each set (the devset and the held-out sets, paths relative to the repository) has its floor: the
texts' Q&A F1 and facts recalls that the README quotes. A change that drops a figure by more than
0.02 fails here. Raise the floor when the extraction improves: `make eval` prints the figures.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from puljeportal import evaluate as ev

REPO = Path(__file__).resolve().parents[1]
FLOOR = REPO / "eval" / "floor.json"
SLACK = 0.02
FIGURES = ("qa_f1", "contacts", "amounts", "dates", "criteria")
FLOORS: dict[str, dict[str, float]] = json.loads(FLOOR.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_text_extraction_stays_above_the_floor(name: str) -> None:
    path = (REPO / name).resolve()
    if not (path / "sources").is_dir() or not (path / "truth").is_dir():
        pytest.fail(f"evaluation set missing: expected {path}/sources and {path}/truth")
    floor = FLOORS[name]
    (run,), _problems = ev.evaluate(path, ("texts",))
    overall = run.totals()
    below = [
        f"{figure}: {overall[figure]:.3f} < floor {floor[figure]:.3f} - {SLACK}"
        for figure in FIGURES
        if overall[figure] < floor[figure] - SLACK
    ]
    worst = "\n".join(ev.worst_lines(run, 5))
    assert not below, f"extraction got worse on {name}:\n" + "\n".join(below) + "\n" + worst

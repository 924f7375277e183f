"""The extraction must not get worse on the development set than the figures in eval/floor.json.

Raise the floor (eval/floor.json) when the extraction improves: `make eval` prints the figures.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from puljeportal import evaluate as ev

REPO = Path(__file__).resolve().parents[1]
DEVSET = REPO.parent / "shared" / "devset"
FLOOR = REPO / "eval" / "floor.json"
SLACK = 0.02
FIGURES = ("qa_f1", "contacts", "amounts", "dates", "criteria")


def test_text_extraction_stays_above_the_floor() -> None:
    if not (DEVSET / "sources").is_dir() or not (DEVSET / "truth").is_dir():
        pytest.fail(f"development set missing: expected {DEVSET}/sources and {DEVSET}/truth "
                    "(the shared devset lives beside the repository)")
    floor = json.loads(FLOOR.read_text(encoding="utf-8"))
    (run,), _problems = ev.evaluate(DEVSET, ("texts",))
    overall = run.totals()
    below = [f"{name}: {overall[name]:.3f} < floor {floor[name]:.3f} - {SLACK}"
             for name in FIGURES if overall[name] < floor[name] - SLACK]
    worst = "\n".join(ev.worst_lines(run, 5))
    assert not below, "extraction got worse on the devset:\n" + "\n".join(below) + "\n" + worst

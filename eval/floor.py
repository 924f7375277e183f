"""Raise the quality floor (eval/floor.json) to the figures the extraction reaches now.

    python eval/floor.py            # print each figure that would change
    python eval/floor.py --write    # and write eval/floor.json

Every set and run already in the floor is measured again (texts; the PDF runs it lists, with
the PDF cache in eval/pdf-cache) and each figure is raised to the measured one, rounded to three
decimals. A figure is never lowered here: a change that costs a set more than the
test's slack must be seen and argued for in a commit that edits the file by hand. A set is
added to the floor by adding its entry by hand; this script then fills it in.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from puljeportal import evaluate as ev

REPO = Path(__file__).resolve().parents[1]
FLOOR = REPO / "eval" / "floor.json"
CACHE = REPO / "eval" / "pdf-cache"
FIGURES = ("qa_f1", "contacts", "amounts", "dates", "criteria")

Figures = dict[str, float]


def measure(name: str, runs: list[str]) -> dict[str, Figures]:
    """The figures of each run on one set, rounded to three decimals."""
    results, _problems = ev.evaluate((REPO / name).resolve(), runs, cache=CACHE)
    measured: dict[str, Figures] = {}
    for run in results:
        if run.skipped:
            raise SystemExit(f"{name}: {run.name} skipped ({run.skipped})")
        totals = run.totals()
        measured[run.name] = {f: round(totals[f], 3) for f in FIGURES}
    return measured


def raised(old: Figures, new: Figures, where: str) -> Figures:
    """The old floor with every figure the new measurement beats raised to it; reports each."""
    out = dict(old)
    for figure in FIGURES:
        if new[figure] > old.get(figure, 0.0):
            print(f"{where} {figure}: {old.get(figure, 0.0):.3f} -> {new[figure]:.3f}")
            out[figure] = new[figure]
        elif new[figure] < old.get(figure, 0.0):
            print(f"{where} {figure}: {new[figure]:.3f} below the floor {old[figure]:.3f}"
                  " (kept; lower it by hand if the loss is argued for)")
    return out


def dump(floor: dict[str, dict[str, object]]) -> str:
    """The floor file as written by hand before: one line per set and run, sets in order."""
    def row(figures: object) -> str:
        return json.dumps(figures, ensure_ascii=False)

    texts = [f'    "{name}": {row(figures)}' for name, figures in floor["texts"].items()]
    pdf = []
    for name, runs in floor["pdf"].items():
        assert isinstance(runs, dict)
        inner = ",\n".join(f'      "{run}": {row(figures)}' for run, figures in runs.items())
        pdf.append(f'    "{name}": {{\n{inner}\n    }}')
    return ('{\n  "texts": {\n' + ",\n".join(texts) + '\n  },\n  "pdf": {\n'
            + ",\n".join(pdf) + "\n  }\n}\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write eval/floor.json")
    args = parser.parse_args(argv)
    floor = json.loads(FLOOR.read_text(encoding="utf-8"))
    for name, old in floor["texts"].items():
        floor["texts"][name] = raised(old, measure(name, ["texts"])["texts"], f"{name} texts")
    for name, runs in floor["pdf"].items():
        measured = measure(name, sorted(runs))
        for run, old in runs.items():
            runs[run] = raised(old, measured[run], f"{name} {run}")
    if args.write:
        tmp = FLOOR.with_suffix(".json.tmp")
        tmp.write_text(dump(floor), encoding="utf-8")
        tmp.replace(FLOOR)
        print(f"written: {FLOOR.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Golden tests: each seed document's whole extraction, compared with a reviewed file.

A missing or different golden file fails. After a deliberate change, regenerate with
`.venv/bin/pytest tests/test_golden.py --update-golden`, read the diff, and commit it.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from puljeportal.cli import extraction_json
from puljeportal.extract import extract_document
from puljeportal.store import dump_yaml
from tests.conftest import SEEDS

GOLDEN = Path(__file__).parent / "golden"
SEED_NAMES = sorted(path.name for path in SEEDS.glob("*.txt"))


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_extraction_matches_golden(name: str, update_golden: bool) -> None:
    result = extraction_json(extract_document(SEEDS / name, f"seeds/{name}"))
    actual = dump_yaml(result)
    golden = GOLDEN / f"{Path(name).stem}.yaml"
    if update_golden:
        golden.write_text(actual, encoding="utf-8")
    if not golden.exists():
        pytest.fail(f"{golden} is missing; create it with --update-golden and review it")
    expected = golden.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(True), actual.splitlines(True), str(golden), "actual", n=2
            )
        )
        pytest.fail(f"extraction of {name} changed:\n{diff}")


def test_seeds_are_present() -> None:
    assert len(SEED_NAMES) == 5, f"expected the five seed documents in {SEEDS}"

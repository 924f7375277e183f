"""Shared fixtures: where the repo, the seeds and the devset are."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"


@pytest.fixture(scope="session")
def seeds() -> list[Path]:
    files = sorted(SEEDS.glob("*.txt"))
    if not files:
        pytest.fail(f"the seed documents are missing: expected them in {SEEDS}")
    return files


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite the golden files from the current output (never in CI)",
    )


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    flag = bool(request.config.getoption("--update-golden"))
    if flag and os.environ.get("CI"):
        pytest.fail("--update-golden is not allowed in CI: golden files are reviewed by people")
    return flag

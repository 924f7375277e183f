"""Shared fixtures: where the repo, the seeds and the devset are."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _origin() -> Path | None:
    """The checkout this one was cloned from, when it was cloned from a folder on this machine
    (`git clone . /tmp/x`), else None."""
    try:
        url = subprocess.run(
            ["git", "-C", str(REPO), "config", "--get", "remote.origin.url"],
            capture_output=True, text=True, check=False,
        ).stdout.strip()
    except OSError:
        return None
    if not url or "://" in url or url.startswith("git@"):
        return None
    return (REPO / url.removeprefix("file:")).resolve()


def _shared() -> Path:
    """The project's shared material (the seeds, the devset, the contract's schema): the folder
    `$PULJEPORTAL_SHARED` names, else `shared` beside this checkout (as CI and /work have it),
    else beside the checkout this one was cloned from. Where none is found, the tests that need
    it say where they looked."""
    if os.environ.get("PULJEPORTAL_SHARED"):
        return Path(os.environ["PULJEPORTAL_SHARED"])
    beside = REPO.parent / "shared"
    origin = _origin()
    if not beside.is_dir() and origin is not None and (origin.parent / "shared").is_dir():
        return origin.parent / "shared"
    return beside


SHARED = _shared()
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

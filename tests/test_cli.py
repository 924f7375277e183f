"""`puljeportal` as a person runs it: exit codes, standard output, the messages on stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from puljeportal.cli import main
from tests.conftest import SHARED
from tests.project import copy_project, tree, tree_diff

SCHEMA = json.loads((SHARED / "extract.schema.json").read_text(encoding="utf-8"))
SEED_QA_COUNTS = [15, 0, 6, 0, 10]  # seeds 000 .. 004
CONSOLE_SCRIPT = Path(sys.executable).parent / "puljeportal"
NO_PROJECT = "ingen mkdocs.yml her; kør kommandoen i projektets mappe"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the command line in-process: (exit code, stdout, stderr)."""
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's own usage errors
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def validate(out: str) -> dict[str, Any]:
    """Standard output is exactly one JSON object that the contract's schema accepts."""
    data = json.loads(out)  # fails on anything besides the one object
    errors = sorted(Draft202012Validator(SCHEMA).iter_errors(data), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def seeds_json(seeds: list[Path]) -> str:
    """`extract --json` on the five seeds through the installed console script."""
    proc = subprocess.run(
        [str(CONSOLE_SCRIPT), "extract", *map(str, seeds), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    return proc.stdout


# --- extract on the seeds


def test_extract_seeds_prints_one_valid_json_object(
    capsys: pytest.CaptureFixture[str], seeds: list[Path]
) -> None:
    code, out, err = run(capsys, "extract", *map(str, seeds), "--json")
    assert code == 0, err
    data = validate(out)
    assert [doc["source"] for doc in data["documents"]] == [str(s) for s in seeds]
    assert [len(doc["qa"]) for doc in data["documents"]] == SEED_QA_COUNTS
    assert all("error" not in doc for doc in data["documents"])
    # Progress goes to stderr, one line per file; stdout carries the JSON only.
    assert [line for line in err.splitlines() if line.startswith("læser ")] == [
        f"læser {s}" for s in seeds
    ]


def test_extract_is_deterministic(capsys: pytest.CaptureFixture[str], seeds: list[Path]) -> None:
    first = run(capsys, "extract", *map(str, seeds), "--json")[1]
    second = run(capsys, "extract", *map(str, seeds), "--json")[1]
    assert first.encode() == second.encode()


def test_console_script_gives_the_same_bytes(
    capsys: pytest.CaptureFixture[str], seeds: list[Path], seeds_json: str
) -> None:
    """The installed `.venv/bin/puljeportal` works, in its own process, with the same output."""
    assert CONSOLE_SCRIPT.is_file(), f"{CONSOLE_SCRIPT} is missing: run `make test`"
    validate(seeds_json)
    in_process = run(capsys, "extract", *map(str, seeds), "--json")[1]
    assert seeds_json == in_process


# --- extract on files that cannot be read


@pytest.fixture
def bad_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder of awkward inputs; the current directory, so names are shown as given."""
    (tmp_path / "mappe").mkdir()
    (tmp_path / "brev.docx").write_bytes(b"PK\x03\x04 not really a docx")
    (tmp_path / "binaer.txt").write_bytes(b"\x00\x01\x02\xff binary \x00")
    (tmp_path / "falsk.pdf").write_bytes(b"this is not a PDF at all\n")
    (tmp_path / "windows.txt").write_bytes(
        "Spørgsmål 1: Hvad koster æbler?\n\nSvar: Én krone – mindst.\n".encode("cp1252")
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


UNREADABLE = {
    "mangler.txt": "mangler.txt: filen findes ikke",
    "brev.docx": "brev.docx: kan ikke læse filtypen '.docx' "
    "(understøttet: .markdown, .md, .pdf, .txt)",
    "binaer.txt": "binaer.txt: ligner ikke en tekstfil (indeholder binære data)",
}


def test_unreadable_files_are_reported_and_the_rest_extracted_in_full(
    capsys: pytest.CaptureFixture[str], seeds: list[Path], bad_files: Path
) -> None:
    seed = str(seeds[2])
    names = ["mangler.txt", "mappe", seed, "brev.docx", "binaer.txt", "falsk.pdf"]
    code, out, err = run(capsys, "extract", *names, "--json")
    assert code == 1
    documents = validate(out)["documents"]
    assert [doc["source"] for doc in documents] == names
    by_name = dict(zip(names, documents, strict=True))
    for name, message in UNREADABLE.items():
        assert by_name[name] == {"source": name, "error": message}
        assert f"fejl: {message}" in err.splitlines()
    for name in ("mappe", "falsk.pdf"):
        assert set(by_name[name]) == {"source", "error"}
        assert by_name[name]["error"].startswith(f"{name}: ")
    assert "Traceback" not in err
    # The readable seed is extracted exactly as when it is given alone.
    alone = validate(run(capsys, "extract", seed, "--json")[1])["documents"][0]
    assert by_name[seed] == alone
    assert len(alone["qa"]) == SEED_QA_COUNTS[2]


def test_a_folder_is_reported_as_a_folder(
    capsys: pytest.CaptureFixture[str], bad_files: Path
) -> None:
    code, out, _ = run(capsys, "extract", "mappe", "--json")
    assert code == 1
    assert validate(out)["documents"] == [
        {"source": "mappe", "error": "mappe: er en mappe, ikke en fil"}
    ]


def test_cp1252_text_is_read_with_a_warning(
    capsys: pytest.CaptureFixture[str], bad_files: Path
) -> None:
    code, out, err = run(capsys, "extract", "windows.txt", "--json")
    assert code == 0
    (doc,) = validate(out)["documents"]
    assert "error" not in doc
    assert [(qa["question"], qa["answer"]) for qa in doc["qa"]] == [
        ("Hvad koster æbler?", "Én krone – mindst.")
    ]
    assert any("cp1252" in warning for warning in doc["warnings"])
    assert err.splitlines() == [
        "læser windows.txt",
        "advarsel: windows.txt: ikke gyldig UTF-8; læst som cp1252 (Windows-tegnsæt)",
    ]


# --- wrong usage: exit 2


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["extract", "--json"], "the following arguments are required: FILE"),
        (["extract", "x.txt", "--json", "--bogus"], "unrecognized arguments: --bogus"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        ([], "the following arguments are required: KOMMANDO"),
        (["add", "x.txt"], "the following arguments are required: --pool"),
    ],
)
def test_wrong_usage_exits_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert message in err
    assert err.startswith("usage: puljeportal")


def test_extract_without_json_is_wrong_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "extract", "x.txt") == (2, "", "brug: puljeportal extract FILE... --json\n")


# --- extract only reports


def test_extract_writes_nothing_in_the_project(
    capsys: pytest.CaptureFixture[str],
    seeds: list[Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    project = copy_project(tmp_path / "project")
    monkeypatch.chdir(project)
    before = tree(project)
    sources = sorted(str(p.relative_to(project)) for p in (project / "content/sources").iterdir())
    code, out, _ = run(capsys, "extract", *sources, str(seeds[0]), "missing.pdf", "--json")
    assert code == 1
    assert len(validate(out)["documents"]) == len(sources) + 2
    assert tree(project) == before, tree_diff(before, tree(project))


# --- commands that need a project


@pytest.mark.parametrize(
    "argv",
    [
        ["build"],
        ["build", "--site-dir", "out"],
        ["check"],
        ["update"],
        ["add", "x.txt", "--pool", "p"],
    ],
)
def test_outside_a_project_is_a_plain_error(
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, *argv)
    assert (code, out, err) == (1, "", f"fejl: {tmp_path}: {NO_PROJECT}\n")
    assert list(tmp_path.iterdir()) == []

"""content/ on disk: every problem as `content/...yaml:LINE: field.path: message`, all at once;
files re-save to exactly themselves; writes are atomic."""

from __future__ import annotations

import difflib
import os
import stat
from pathlib import Path

import pytest

from puljeportal.cli import main
from puljeportal.errors import ContentError
from puljeportal.model import Catalogue, Pool
from puljeportal.store import (
    Content,
    load_yaml_model,
    model_yaml,
    write_atomic,
    yaml_header,
)
from tests.conftest import REPO

CATALOGUE = """\
# The editor's catalogue (this comment survives a rewrite).
pools:
- slug: alfa
  title: Alfa
  documents:
  - file: sources/a.txt
- slug: beta
  title: Beta
  documents:
  - file: sources/b.txt
"""

ALFA = """\
slug: alfa
title: Alfa
documents:
- file: sources/a.txt
  sha256: abc
  kind: qa
  pages: 1
faq:
- id: foerste
  question: Første?
  answer: Ja.
  source: sources/a.txt
  page: 1
- id: anden
  question: Anden?
  answer: Nej.
  source: sources/a.txt
"""

BETA = """\
slug: beta
title: Beta
documents:
- file: sources/b.txt
  sha256: def
  kind: pamphlet
  title: Pjece
  date: 2023-09-27
  pages: 2
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small valid project; the current directory."""
    (tmp_path / "mkdocs.yml").write_text("site_name: Test\n", encoding="utf-8")
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "pools").mkdir()
    (content / "sources/a.txt").write_text("a\n", encoding="utf-8")
    (content / "sources/b.txt").write_text("b\n", encoding="utf-8")
    (content / "pools.yaml").write_text(CATALOGUE, encoding="utf-8")
    (content / "pools/alfa.yaml").write_text(ALFA, encoding="utf-8")
    (content / "pools/beta.yaml").write_text(BETA, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def edit(project: Path, file: str, old: str, new: str) -> None:
    """Replace `old` (which must occur once) in a content file."""
    path = project / "content" / file
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once in {file}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def check(capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    """`puljeportal check` as the editor runs it: (exit code, stderr lines)."""
    code = main(["check"])
    out, err = capsys.readouterr()
    assert out == ""
    assert "Traceback" not in err
    return code, err.splitlines()


def test_the_fixture_is_valid(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert check(capsys) == (0, ["content/ er gyldigt: 2 puljer"])
    pools = Content(project / "content").load_all_pools()
    assert [p.slug for p in pools] == ["alfa", "beta"]
    assert pools[1].documents[0].date == "2023-09-27"  # an unquoted date is text, as the model says


POOL_CASES = {
    "yaml syntax": (
        "  answer: Nej.\n",
        "  answer: Nej: igen\n",
        ["content/pools/alfa.yaml:16: ugyldig YAML: mapping values are not allowed here"],
    ),
    "unclosed bracket": (
        "  question: Anden?\n",
        "  question: [Anden\n",
        [
            "content/pools/alfa.yaml:16: ugyldig YAML: expected ',' or ']', but got ':' "
            "(while parsing a flow sequence, linje 15)"
        ],
    ),
    "unknown key": (
        "  answer: Nej.\n",
        "  answr: Nej.\n",
        [
            "content/pools/alfa.yaml:14: faq.1.answer: mangler",
            "content/pools/alfa.yaml:16: faq.1.answr: ukendt felt (stavefejl?)",
        ],
    ),
    "missing key": (
        "  question: Anden?\n",
        "",
        ["content/pools/alfa.yaml:14: faq.1.question: mangler"],
    ),
    "wrong type": (
        "  page: 1\n",
        "  page: abc\n",
        [
            "content/pools/alfa.yaml:13: faq.0.page: "
            "Input should be a valid integer, unable to parse string as an integer"
        ],
    ),
    "key twice": (
        "  answer: Ja.\n",
        "  answer: Ja.\n  answer: Nej.\n",
        ["content/pools/alfa.yaml:12: faq.0.answer: står to gange"],
    ),
    "bad slug": (
        "slug: alfa\n",
        "slug: Alfa Pulje\n",
        ["content/pools/alfa.yaml:1: slug: 'Alfa Pulje' skal være 'alfa' som filens navn"],
    ),
    "duplicate anchor": (
        "- id: anden\n",
        "- id: foerste\n",
        [
            "content/pools/alfa.yaml:14: faq.1.id: "
            "'foerste' findes to gange (ankre skal være unikke)"
        ],
    ),
    "document missing": (
        "- file: sources/a.txt\n",
        "- file: sources/findes-ikke.txt\n",
        [
            "content/pools/alfa.yaml:4: documents.0.file: 'sources/findes-ikke.txt' findes ikke",
            "content/pools/alfa.yaml:12: faq.0.source: "
            "'sources/a.txt' er ikke et af puljens dokumenter",
            "content/pools/alfa.yaml:17: faq.1.source: "
            "'sources/a.txt' er ikke et af puljens dokumenter",
        ],
    ),
}


@pytest.mark.parametrize("case", POOL_CASES)
def test_pool_file_problems_are_located(
    project: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    old, new, expected = POOL_CASES[case]
    edit(project, "pools/alfa.yaml", old, new)
    count = len(expected)
    noun = "problem" if count == 1 else "problemer"
    assert check(capsys) == (1, [*expected, f"{count} {noun} i content/"])


CATALOGUE_CASES = {
    "yaml syntax": (
        "  title: Beta\n",
        "  title: Beta: igen\n",
        ["content/pools.yaml:8: ugyldig YAML: mapping values are not allowed here"],
    ),
    "unknown key": (
        "  title: Beta\n",
        "  titel: Beta\n",
        [
            "content/pools.yaml:7: pools.1.title: mangler",
            "content/pools.yaml:8: pools.1.titel: ukendt felt (stavefejl?)",
        ],
    ),
    "missing key": ("  title: Beta\n", "", ["content/pools.yaml:7: pools.1.title: mangler"]),
    "wrong type": (
        "  documents:\n  - file: sources/b.txt\n",
        "  documents: sources/b.txt\n",
        ["content/pools.yaml:9: pools.1.documents: Input should be a valid list"],
    ),
    "no documents": (
        "  documents:\n  - file: sources/b.txt\n",
        "  documents: []\n",
        [
            "content/pools.yaml:9: pools.1.documents: "
            "List should have at least 1 item after validation, not 0"
        ],
    ),
    "bad slug": (
        "- slug: beta\n",
        "- slug: Beta Pulje\n",
        [
            "content/pools.yaml:7: pools.1.slug: "
            "String should match pattern '^[a-z0-9]+(?:-[a-z0-9]+)*$'"
        ],
    ),
    "duplicate slug": (
        "- slug: beta\n",
        "- slug: alfa\n",
        ["content/pools.yaml:7: pools.1.slug: 'alfa' findes to gange"],
    ),
    "document missing": (
        "  - file: sources/b.txt\n",
        "  - file: sources/findes-ikke.txt\n",
        ["content/pools.yaml:10: pools.1.documents.0.file: 'sources/findes-ikke.txt' findes ikke"],
    ),
    "not a mapping": (
        CATALOGUE,
        "- alfa\n- beta\n",
        ["content/pools.yaml:1: skal være en YAML-mapping (nøgle: værdi)"],
    ),
}


@pytest.mark.parametrize("case", CATALOGUE_CASES)
def test_catalogue_problems_are_located(
    project: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    old, new, expected = CATALOGUE_CASES[case]
    edit(project, "pools.yaml", old, new)
    count = len(expected)
    noun = "problem" if count == 1 else "problemer"
    assert check(capsys) == (1, [*expected, f"{count} {noun} i content/"])


def test_every_problem_in_every_file_is_reported_at_once(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(project, "pools.yaml", "  - file: sources/b.txt\n", "  - file: sources/c.txt\n")
    edit(project, "pools/alfa.yaml", "  page: 1\n", "  page: abc\n")
    edit(project, "pools/alfa.yaml", "- id: anden\n", "- id: foerste\n")
    edit(project, "pools/beta.yaml", "  pages: 2\n", "  pages: 2\n  sider: 2\n")
    assert check(capsys) == (
        1,
        [
            "content/pools.yaml:10: pools.1.documents.0.file: 'sources/c.txt' findes ikke",
            "content/pools/alfa.yaml:13: faq.0.page: "
            "Input should be a valid integer, unable to parse string as an integer",
            "content/pools/alfa.yaml:14: faq.1.id: "
            "'foerste' findes to gange (ankre skal være unikke)",
            "content/pools/beta.yaml:10: documents.0.sider: ukendt felt (stavefejl?)",
            "4 problemer i content/",
        ],
    )


def test_a_broken_catalogue_does_not_hide_the_pool_files_problems(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(project, "pools.yaml", "  title: Beta\n", "  title: Beta: igen\n")
    edit(project, "pools/beta.yaml", "  pages: 2\n", "  pages: to\n")
    assert check(capsys) == (
        1,
        [
            "content/pools.yaml:8: ugyldig YAML: mapping values are not allowed here",
            "content/pools/beta.yaml:9: documents.0.pages: "
            "Input should be a valid integer, unable to parse string as an integer",
            "2 problemer i content/",
        ],
    )


def test_a_pool_file_that_is_missing_or_not_utf8(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "content/pools/alfa.yaml").unlink()
    (project / "content/pools/beta.yaml").write_bytes(
        BETA.replace("Pjece", "Pj\xe6ce").encode("cp1252")
    )
    assert check(capsys) == (
        1,
        [
            "content/pools/alfa.yaml: mangler: kør `puljeportal update`",
            "content/pools/beta.yaml: er ikke gyldig UTF-8",
            "2 problemer i content/",
        ],
    )


# --- round trip: what is on disk is exactly what saving the loaded model writes


def _diff(path: Path, expected: str, actual: str) -> str:
    return "".join(
        difflib.unified_diff(
            expected.splitlines(keepends=True),
            actual.splitlines(keepends=True),
            f"{path} (on disk)",
            f"{path} (re-saved)",
        )
    )


CONTENT_YAML = sorted((REPO / "content").rglob("*.yaml"))


def test_the_repository_has_content_to_lint() -> None:
    names = {p.relative_to(REPO / "content").parts[0] for p in CONTENT_YAML}
    assert names == {"pools.yaml", "pools", ".extracted"}


@pytest.mark.parametrize("path", CONTENT_YAML, ids=[str(p.relative_to(REPO)) for p in CONTENT_YAML])
def test_content_yaml_re_saves_to_itself(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    if path.name == "pools.yaml":
        resaved = yaml_header(text) + model_yaml(load_yaml_model(path, Catalogue))
    else:
        resaved = model_yaml(load_yaml_model(path, Pool))
    assert resaved == text, _diff(path.relative_to(REPO), text, resaved)


def test_save_catalogue_keeps_the_file_as_it_is(project: Path) -> None:
    content = Content(project / "content")
    content.save_catalogue(content.catalogue())
    assert (project / "content/pools.yaml").read_text(encoding="utf-8") == CATALOGUE


def test_yaml_header_is_the_leading_comment_block() -> None:
    assert yaml_header("# a\n# b\npools:\n# c\n") == "# a\n# b\n"
    assert yaml_header("pools: []\n") == ""


# --- atomic writes


def test_write_atomic_writes_and_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "pool.yaml"
    write_atomic(target, "slug: æøå\n")
    write_atomic(target, "slug: ny\n")
    assert target.read_text(encoding="utf-8") == "slug: ny\n"
    assert [p.name for p in tmp_path.iterdir()] == ["pool.yaml"]


def test_write_atomic_never_leaves_a_half_written_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "pool.yaml"
    target.write_text("old: true\n", encoding="utf-8")

    def refuse(src: str, dst: str) -> None:
        assert Path(src).read_text(encoding="utf-8") == "new: true\n" * 10_000
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(target, "new: true\n" * 10_000)
    assert target.read_text(encoding="utf-8") == "old: true\n"
    assert [p.name for p in tmp_path.iterdir()] == ["pool.yaml"]


def test_write_atomic_fails_before_touching_the_file_on_unencodable_text(tmp_path: Path) -> None:
    target = tmp_path / "pool.yaml"
    target.write_text("old: true\n", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_atomic(target, "lone surrogate \ud800\n")
    assert target.read_text(encoding="utf-8") == "old: true\n"
    assert [p.name for p in tmp_path.iterdir()] == ["pool.yaml"]


def test_write_atomic_gives_files_the_usual_mode(tmp_path: Path) -> None:
    """Not mkstemp's private 0600: a new file as open() makes it; a replaced one keeps its mode."""
    umask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "new.yaml", "a: 1\n")
        kept = tmp_path / "kept.yaml"
        kept.write_text("a: 1\n", encoding="utf-8")
        kept.chmod(0o640)
        write_atomic(kept, "a: 2\n")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.yaml").stat().st_mode) == 0o644
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640


def test_content_error_lists_every_problem() -> None:
    from puljeportal.errors import Problem

    error = ContentError([Problem("content/a.yaml", 3, "x: mangler"), Problem("b", None, "y")])
    assert str(error) == "content/a.yaml:3: x: mangler\nb: y\n2 problemer i content/"

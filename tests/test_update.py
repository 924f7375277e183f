"""`update` and `add` in a copy of the project: regeneration is stable, an editor's changes
survive, anchors stay, and a document that cannot be read changes nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from puljeportal.build import build_site
from puljeportal.cli import main
from puljeportal.model import FaqEntry, Pool
from puljeportal.store import Content, load_yaml_model, model_yaml
from tests.conftest import REPO, SEEDS
from tests.project import copy_project, tree, tree_diff

POOL = "familieanbringelser"
SOURCE = "sources/002_41c8c563be00a926.txt"

NEW_DOCUMENT = """\
Spørgsmål og svar om den nye pulje

Spørgsmål 1: Hvem kan søge den nye pulje?

Svar: Kommuner og regioner kan søge.

Spørgsmål 2: Hvornår er ansøgningsfristen?

Svar: Fristen er 1. marts 2025 kl. 12.00.
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the project; the current directory."""
    project = copy_project(tmp_path / "project")
    monkeypatch.chdir(project)
    return project


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    """Run the command line in-process: (exit code, stderr); nothing goes to stdout."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "Traceback" not in err
    return code, err


def load(project: Path, slug: str = POOL) -> Pool:
    return load_yaml_model(project / f"content/pools/{slug}.yaml", Pool)


def save(project: Path, pool: Pool) -> None:
    """What an editor's hand edit of content/pools/<slug>.yaml amounts to."""
    (project / f"content/pools/{pool.slug}.yaml").write_text(model_yaml(pool), encoding="utf-8")


def kept(err: str) -> list[str]:
    return [line.strip() for line in err.splitlines() if line.strip().startswith("bevaret:")]


# --- regeneration


def test_update_reproduces_the_committed_content(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What `make site` runs before building: it must leave a clean checkout unchanged."""
    before = tree(REPO / "content")
    code, err = run(capsys, "update")
    assert code == 0, err
    after = tree(project / "content")
    assert after == before, tree_diff(before, after)
    assert kept(err) == []


def test_update_of_one_pool_touches_only_that_pool(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / f"content/pools/{POOL}.yaml").unlink()
    other = project / "content/pools/styrket-match-barn-anbringelsessted.yaml"
    other.write_text(other.read_text(encoding="utf-8") + "# a note\n", encoding="utf-8")
    code, err = run(capsys, "update", "--pool", POOL)
    assert code == 0, err
    assert "== familieanbringelser" in err.splitlines()
    assert "== styrket-match-barn-anbringelsessted" not in err.splitlines()
    assert other.read_text(encoding="utf-8").endswith("# a note\n")
    assert (project / f"content/pools/{POOL}.yaml").read_bytes() == (
        REPO / f"content/pools/{POOL}.yaml"
    ).read_bytes()


# --- an editor's changes survive


def test_a_hand_edit_survives_update_and_add(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pool = load(project)
    entry = pool.faq[1]
    entry.answer = "Rettet af redaktøren: mindst fem familier om året."
    save(project, pool)
    message = f"bevaret: FAQ '{entry.id}' er rettet i hånden; rettelsen er bevaret"

    for argv in (
        ["update"],
        ["add", f"content/{SOURCE}", "--pool", POOL],  # the same file again
        ["add", str(SEEDS / Path(SOURCE).name), "--pool", POOL],  # the same file, from outside
    ):
        code, err = run(capsys, *argv)
        assert code == 0, err
        assert kept(err) == [message], argv
        assert load(project).faq[1].answer == entry.answer
        assert load(project) == pool, argv
    catalogue = Content(project / "content").catalogue()
    assert [d.file for d in catalogue.pools[1].documents] == [SOURCE]  # not declared twice


def test_an_entry_deleted_by_the_editor_stays_deleted(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pool = load(project)
    gone = pool.faq.pop(2)
    save(project, pool)
    code, err = run(capsys, "update")
    assert code == 0, err
    assert kept(err) == [f"bevaret: FAQ '{gone.id}' er slettet af en redaktør; forbliver slettet"]
    assert [e.id for e in load(project).faq] == [e.id for e in pool.faq]


def test_an_entry_added_by_the_editor_stays(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pool = load(project)
    mine = FaqEntry(
        id="redaktoerens-spoergsmaal",
        question="Må man søge sammen med en anden kommune?",
        answer="Ja, som fælles ansøgning.",
        source=SOURCE,
    )
    pool.faq.insert(1, mine)
    save(project, pool)
    code, err = run(capsys, "update")
    assert code == 0, err
    assert kept(err) == [f"bevaret: FAQ '{mine.id}' er tilføjet af en redaktør; bevaret"]
    assert load(project) == pool


def test_update_is_idempotent_after_edits(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pool = load(project)
    pool.faq[0].question = "Kan døgninstitutioner søge puljen selv?"
    del pool.faq[3]
    save(project, pool)
    assert run(capsys, "update")[0] == 0
    once = tree(project / "content")
    assert run(capsys, "update")[0] == 0
    assert tree(project / "content") == once, tree_diff(once, tree(project / "content"))


# --- anchors


def test_anchors_stay_when_the_document_gains_a_question_before_them(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = load(project)
    path = project / "content" / SOURCE
    text = path.read_text(encoding="utf-8")
    # The new version of the document inserts a question 2 and renumbers the rest.
    text = re.sub(r"\*\*SPG (\d+):\*\*", lambda m: f"**SPG {int(m[1]) + 1}:**", text)
    text = text.replace(
        "**SPG 3:**",
        "**SPG 2:** Kan en privat leverandør være med?\n\n"
        "**Svar:** Ja, som samarbejdspartner for kommunen.\n\n**SPG 3:**",
        1,
    )
    path.write_text(text, encoding="utf-8")

    code, err = run(capsys, "update")
    assert code == 0, err
    after = load(project)
    old_ids = [e.id for e in before.faq]
    assert [e.id for e in after.faq] == [
        old_ids[0],
        "kan-en-privat-leverandoer-vaere-med",
        *old_ids[1:],
    ]
    for old, new in zip(before.faq, [after.faq[0], *after.faq[2:]], strict=True):
        assert (new.id, new.question, new.answer) == (old.id, old.question, old.answer)
    assert kept(err) == []  # renumbering is not an editor's change


def test_an_anchor_follows_its_question_through_a_small_rewording(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = load(project)
    path = project / "content" / SOURCE
    text = path.read_text(encoding="utf-8")
    question = before.faq[1].question
    assert question in text
    path.write_text(
        text.replace(question, question.replace("fra hvert", "fra hvert enkelt")), "utf-8"
    )
    assert run(capsys, "update")[0] == 0
    after = load(project)
    assert after.faq[1].id == before.faq[1].id
    assert "hvert enkelt" in after.faq[1].question


# --- add


def test_add_creates_a_new_pool_that_builds(
    project: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    new = tmp_path / "ny-pulje.txt"
    new.write_text(NEW_DOCUMENT, encoding="utf-8")
    catalogue_before = (project / "content/pools.yaml").read_text(encoding="utf-8")

    code, err = run(capsys, "add", str(new), "--pool", "ny-pulje", "--title", "Ny pulje")
    assert code == 0, err
    assert "== ny-pulje" in err.splitlines()
    assert "  fundet: 2 spørgsmål og svar" in err.splitlines()

    catalogue_text = (project / "content/pools.yaml").read_text(encoding="utf-8")
    assert catalogue_text == catalogue_before + (
        "- slug: ny-pulje\n  title: Ny pulje\n  documents:\n  - file: sources/ny-pulje.txt\n"
    )  # appended; the editor's comments and the other pools untouched
    assert (project / "content/sources/ny-pulje.txt").read_bytes() == new.read_bytes()
    pool = load(project, "ny-pulje")
    assert (pool.title, [d.file for d in pool.documents]) == ("Ny pulje", ["sources/ny-pulje.txt"])
    assert [(e.question, e.answer) for e in pool.faq] == [
        ("Hvem kan søge den nye pulje?", "Kommuner og regioner kan søge."),
        ("Hvornår er ansøgningsfristen?", "Fristen er 1. marts 2025 kl. 12.00."),
    ]
    assert (project / "content/.extracted/ny-pulje.yaml").is_file()

    assert build_site(project, tmp_path / "site") == 7
    faq = (tmp_path / "site/puljer/ny-pulje/faq/index.html").read_text(encoding="utf-8")
    for entry in pool.faq:
        assert f'<h2 id="{entry.id}">' in faq


def test_add_a_second_document_to_an_existing_pool(
    project: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    new = tmp_path / "tillaeg.txt"
    new.write_text(NEW_DOCUMENT, encoding="utf-8")
    before = load(project)
    code, err = run(capsys, "add", str(new), "--pool", POOL)
    assert code == 0, err
    pool = load(project)
    assert [d.file for d in pool.documents] == [SOURCE, "sources/tillaeg.txt"]
    assert pool.faq[: len(before.faq)] == before.faq
    assert [e.source for e in pool.faq[len(before.faq) :]] == ["sources/tillaeg.txt"] * 2


def test_add_replaces_a_read_only_older_version(
    project: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    old = project / "content" / SOURCE
    old.chmod(0o444)
    newer = tmp_path / Path(SOURCE).name
    newer.write_text(
        old.read_text(encoding="utf-8") + "\n**SPG 7:** Et nyt spørgsmål?\n\n"
        "**Svar:** Et nyt svar.\n",
        encoding="utf-8",
    )
    code, err = run(capsys, "add", str(newer), "--pool", POOL)
    assert code == 0, err
    assert old.read_bytes() == newer.read_bytes()
    assert load(project).faq[-1].question == "Et nyt spørgsmål?"


@pytest.mark.parametrize(
    ("files", "messages"),
    [
        (["mangler.txt"], ["fejl: mangler.txt: filen findes ikke"]),
        (
            ["binaer.txt", "GOOD"],
            ["fejl: binaer.txt: ligner ikke en tekstfil (indeholder binære data)"],
        ),
        (
            ["GOOD", "brev.docx"],
            [
                "fejl: brev.docx: kan ikke læse filtypen '.docx' "
                "(understøttet: .markdown, .md, .pdf, .txt)"
            ],
        ),
    ],
)
def test_add_of_an_unreadable_file_changes_nothing(
    project: Path,
    capsys: pytest.CaptureFixture[str],
    files: list[str],
    messages: list[str],
) -> None:
    (project / "binaer.txt").write_bytes(b"\x00\x01 binary")
    (project / "brev.docx").write_bytes(b"PK\x03\x04")
    (project / "GOOD").mkdir()
    good = project / "GOOD" / "god.txt"
    good.write_text(NEW_DOCUMENT, encoding="utf-8")
    argv = [str(good) if f == "GOOD" else f for f in files]
    before = tree(project / "content")
    for pool in (POOL, "ny-pulje"):
        code, err = run(capsys, "add", *argv, "--pool", pool, "--title", "Ny pulje")
        assert code == 1
        assert err.splitlines() == [*messages, "intet er ændret under content/"]
        assert tree(project / "content") == before, tree_diff(before, tree(project / "content"))


def test_add_to_a_new_pool_needs_a_title(
    project: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    new = tmp_path / "ny.txt"
    new.write_text(NEW_DOCUMENT, encoding="utf-8")
    before = tree(project / "content")
    assert run(capsys, "add", str(new), "--pool", "ny-pulje") == (
        2,
        "fejl: puljen 'ny-pulje' er ny; angiv dens titel med --title\n",
    )
    assert tree(project / "content") == before


def test_add_wants_a_slug(
    project: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    new = tmp_path / "ny.txt"
    new.write_text(NEW_DOCUMENT, encoding="utf-8")
    before = tree(project / "content")
    assert run(capsys, "add", str(new), "--pool", "Ny Pulje", "--title", "Ny pulje") == (
        2,
        "fejl: --pool 'Ny Pulje' er ikke en slug (små bogstaver, tal og bindestreger); "
        "fx --pool ny-pulje\n",
    )
    assert tree(project / "content") == before


def test_add_to_invalid_content_changes_nothing(
    project: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    catalogue = project / "content/pools.yaml"
    catalogue.write_text(
        catalogue.read_text(encoding="utf-8").replace("  title: Familieanbringelser\n", ""),
        encoding="utf-8",
    )
    new = tmp_path / "ny.txt"
    new.write_text(NEW_DOCUMENT, encoding="utf-8")
    before = tree(project / "content")
    code, err = run(capsys, "add", str(new), "--pool", "ny-pulje", "--title", "Ny")
    assert code == 1
    assert err == "content/pools.yaml:11: pools.1.title: mangler\n1 problem i content/\n"
    assert tree(project / "content") == before


def test_update_reports_a_document_that_went_missing(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "content" / SOURCE).unlink()
    before = tree(project / "content")
    code, err = run(capsys, "update")
    assert code == 1
    assert err == (
        "content/pools.yaml:14: pools.1.documents.0.file: "
        f"'{SOURCE}' findes ikke\n1 problem i content/\n"
    )
    assert tree(project / "content") == before


def test_a_cp1252_document_is_added_with_one_warning_for_review(
    project: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    windows = tmp_path / "windows.txt"
    windows.write_bytes(NEW_DOCUMENT.encode("cp1252"))
    code, err = run(capsys, "add", str(windows), "--pool", "ny-pulje", "--title", "Ny pulje")
    assert code == 0, err
    warning = "sources/windows.txt: ikke gyldig UTF-8; læst som cp1252 (Windows-tegnsæt)"
    assert load(project, "ny-pulje").warnings == [warning]
    assert f"  se efter: {warning}" in err.splitlines()
    assert load(project, "ny-pulje").faq[0].question == "Hvem kan søge den nye pulje?"


def test_a_hand_edit_survives_when_the_snapshot_is_gone(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without content/.extracted/ nothing tells an edit apart: keep all that differs."""
    (project / f"content/.extracted/{POOL}.yaml").unlink()
    pool = load(project)
    pool.faq[1].answer = "Rettet af redaktøren."
    mine = FaqEntry(id="egen", question="Redaktørens eget spørgsmål?", answer="Ja.", source=SOURCE)
    pool.faq.append(mine)
    save(project, pool)
    code, err = run(capsys, "update", "--pool", POOL)
    assert code == 0, err
    assert kept(err) == [
        f"bevaret: FAQ '{pool.faq[1].id}' er rettet i hånden; rettelsen er bevaret",
        "bevaret: FAQ 'egen' er tilføjet af en redaktør; bevaret",
    ]
    assert load(project) == pool
    snapshot = project / f"content/.extracted/{POOL}.yaml"
    assert snapshot.read_bytes() == (REPO / f"content/.extracted/{POOL}.yaml").read_bytes()


def test_update_of_an_unknown_pool_is_wrong_usage(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = tree(project / "content")
    assert run(capsys, "update", "--pool", POOL, "--pool", "familieanbringelse") == (
        2,
        "fejl: ukendt pulje: familieanbringelse (se content/pools.yaml)\n",
    )
    assert tree(project / "content") == before


def test_a_pools_section_of_a_document_keeps_only_its_own_items_and_warnings() -> None:
    from puljeportal.extract import in_part
    from puljeportal.model import Amount, Extraction
    from puljeportal.update import _only_section

    ext = Extraction(
        source="x.txt",
        amounts=[
            Amount(text="1 mio. kr.", pool="Pulje A til noget"),
            Amount(text="2 mio. kr."),
            Amount(text="3 mio. kr.", pool="Pulje B til andet"),
        ],
        warnings=[
            "hele dokumentet",
            in_part("om A", "Pulje A til noget"),
            in_part("om B", "Pulje B til andet"),
        ],
    )
    kept = _only_section(ext, "Pulje A")
    assert [a.text for a in kept.amounts] == ["1 mio. kr.", "2 mio. kr."]
    assert kept.warnings == ["hele dokumentet", "om A (i afsnittet om «Pulje A til noget»)"]

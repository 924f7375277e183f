"""A throwaway copy of the project to run commands in, and file trees to compare."""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

from tests.conftest import REPO

PROJECT_FILES = ("mkdocs.yml", "content", "overrides")


def copy_project(dest: Path) -> Path:
    """mkdocs.yml, content/ and overrides/ copied into `dest` (plain files, writable)."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, dest / name, copy_function=shutil.copyfile)
        else:
            shutil.copyfile(source, dest / name)
    return dest


def tree(root: Path) -> dict[str, bytes]:
    """Every file under `root` (hidden ones too) by its relative path, with its bytes."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def tree_diff(before: dict[str, bytes], after: dict[str, bytes]) -> str:
    """What changed between two trees, as a readable report ('' when nothing did)."""
    lines = []
    for name in sorted(before.keys() | after.keys()):
        old, new = before.get(name), after.get(name)
        if old == new:
            continue
        if old is None or new is None:
            lines.append(f"{'added' if old is None else 'removed'}: {name}")
            continue
        lines.append(f"changed: {name}")
        lines += difflib.unified_diff(
            old.decode("utf-8", "replace").splitlines(),
            new.decode("utf-8", "replace").splitlines(),
            f"a/{name}",
            f"b/{name}",
            lineterm="",
            n=1,
        )
    return "\n".join(lines)

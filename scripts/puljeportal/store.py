"""content/ on disk: load YAML into the model with `path:line` errors, save it deterministically.

Layout:
    content/pools.yaml           the editor's catalogue: pools and which documents belong to each
    content/sources/             the pool documents themselves
    content/pools/<slug>.yaml    one pool: what was extracted, as corrected by editors
    content/.extracted/<slug>.yaml  what extraction last produced (to tell an editor's change)
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from puljeportal.errors import ContentError, Problem
from puljeportal.model import Catalogue, Pool

M = TypeVar("M", bound=BaseModel)

CATALOGUE = "pools.yaml"
POOLS_DIR = "pools"
SNAPSHOT_DIR = ".extracted"
SOURCES_DIR = "sources"


def load_yaml_model(path: Path, model: type[M], shown: str | None = None) -> M:
    """Load one YAML file into `model`; every problem is reported with its line."""
    name = shown or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError([Problem(name, None, "filen findes ikke")]) from None
    except UnicodeDecodeError:
        raise ContentError([Problem(name, None, "er ikke gyldig UTF-8")]) from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        reason = getattr(exc, "problem", None) or str(exc)
        raise ContentError([Problem(name, line, f"ugyldig YAML: {reason}")]) from None
    if not isinstance(data, dict):
        raise ContentError([Problem(name, 1, "skal være en YAML-mapping (nøgle: værdi)")])
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ContentError([_problem(name, node, err) for err in exc.errors()]) from None


def _problem(name: str, node: yaml.Node | None, error: Any) -> Problem:
    loc = tuple(error["loc"])
    field = ".".join(str(part) for part in loc) or "(roden)"
    return Problem(name, _line_of(node, loc), f"{field}: {_danish(error)}")


def _danish(error: Any) -> str:
    kind = error["type"]
    if kind == "missing":
        return "mangler"
    if kind == "extra_forbidden":
        return "ukendt felt (stavefejl?)"
    return str(error["msg"])


def _line_of(node: yaml.Node | None, loc: Sequence[Any]) -> int | None:
    """The 1-based line of the YAML node at `loc`, or of its nearest existing parent."""
    line = node.start_mark.line + 1 if node else None
    for part in loc:
        child = _child(node, part)
        if child is None:
            break
        node, line = child, child.start_mark.line + 1
    return line


def _child(node: yaml.Node | None, part: Any) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == part:
                return value if isinstance(value, yaml.Node) else None
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
        child: yaml.Node = node.value[part]
        return child
    return None


class _Dumper(yaml.SafeDumper):
    """Block style; multi-line strings as literal blocks so answers stay readable in diffs."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def dump_yaml(data: Any) -> str:
    """Deterministic YAML: model field order, æøå as themselves, wide lines."""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=1_000_000)


def model_yaml(model: BaseModel) -> str:
    """A model as YAML, leaving out empty optional values."""
    return dump_yaml(model.model_dump(mode="json", exclude_none=True, exclude_defaults=True))


def write_atomic(path: Path, text: str) -> None:
    """Write a file so that a crash leaves either the old or the new content, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class Content:
    """The content/ folder of one project."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def rel(self, path: Path) -> str:
        """A path as shown in messages: relative to the project (content/...)."""
        try:
            return str(path.relative_to(self.root.parent))
        except ValueError:
            return str(path)

    def catalogue(self) -> Catalogue:
        """The editor's pool catalogue, validated (duplicate slugs are an error too)."""
        path = self.root / CATALOGUE
        catalogue = load_yaml_model(path, Catalogue, self.rel(path))
        problems = []
        seen: set[str] = set()
        for i, pool in enumerate(catalogue.pools):
            if pool.slug in seen:
                line = _line_of(yaml.compose(path.read_text("utf-8")), ("pools", i, "slug"))
                problems.append(
                    Problem(self.rel(path), line, f"slug '{pool.slug}' findes to gange")
                )
            seen.add(pool.slug)
            for j, doc in enumerate(pool.documents):
                if not (self.root / doc.file).is_file():
                    line = _line_of(
                        yaml.compose(path.read_text("utf-8")), ("pools", i, "documents", j, "file")
                    )
                    problems.append(
                        Problem(self.rel(path), line, f"dokumentet '{doc.file}' findes ikke")
                    )
        if problems:
            raise ContentError(problems)
        return catalogue

    def pool_path(self, slug: str) -> Path:
        return self.root / POOLS_DIR / f"{slug}.yaml"

    def snapshot_path(self, slug: str) -> Path:
        return self.root / SNAPSHOT_DIR / f"{slug}.yaml"

    def load_pool(self, slug: str) -> Pool | None:
        path = self.pool_path(slug)
        return load_yaml_model(path, Pool, self.rel(path)) if path.exists() else None

    def load_snapshot(self, slug: str) -> Pool | None:
        path = self.snapshot_path(slug)
        return load_yaml_model(path, Pool, self.rel(path)) if path.exists() else None

    def save_pool(self, pool: Pool, snapshot: Pool) -> None:
        write_atomic(self.snapshot_path(pool.slug), model_yaml(snapshot))
        write_atomic(self.pool_path(pool.slug), model_yaml(pool))

    def load_all_pools(self) -> list[Pool]:
        """Every pool in catalogue order; all problems in all files are collected, then raised."""
        catalogue = self.catalogue()
        pools: list[Pool] = []
        problems: list[Problem] = []
        for decl in catalogue.pools:
            try:
                pool = self.load_pool(decl.slug)
            except ContentError as exc:
                problems += exc.problems
                continue
            if pool is None:
                path = self.rel(self.pool_path(decl.slug))
                problems.append(Problem(path, None, "mangler: kør `puljeportal update`"))
            else:
                pools.append(pool)
        if problems:
            raise ContentError(problems)
        return pools

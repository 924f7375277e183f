"""content/ on disk: load YAML into the model with `path:line` errors, save it deterministically.

Layout:
    content/pools.yaml           the editor's catalogue: pools and which documents belong to each
    content/sources/             the pool documents themselves
    content/pools/<slug>.yaml    one pool: what was extracted, as corrected by editors
    content/.extracted/<slug>.yaml  what extraction last produced (to tell an editor's change)
"""

from __future__ import annotations

import functools
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from puljeportal.errors import ContentError, Problem
from puljeportal.model import Catalogue, Pool

M = TypeVar("M", bound=BaseModel)
# A problem found in the data as written: where (a field path) and what is wrong.
Issue = tuple[tuple[str | int, ...], str]
Check = Callable[[dict[str, Any]], list[Issue]]

CATALOGUE = "pools.yaml"
POOLS_DIR = "pools"
SNAPSHOT_DIR = ".extracted"
SOURCES_DIR = "sources"


class _Loader(yaml.SafeLoader):
    """Safe YAML, except that dates stay text: the model keeps dates as ISO strings."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml_model(
    path: Path, model: type[M], shown: str | None = None, check: Check | None = None
) -> M:
    """Load one YAML file into `model`; every problem is reported with its line.

    `check` finds what the schema cannot see, in the data as written, so that its problems are
    reported together with the schema's.
    """
    name = shown or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError([Problem(name, None, "filen findes ikke")]) from None
    except UnicodeDecodeError:
        raise ContentError([Problem(name, None, "er ikke gyldig UTF-8")]) from None
    try:
        node = yaml.compose(text, Loader=_Loader)
        data = yaml.load(text, Loader=_Loader)  # _Loader is a SafeLoader
    except yaml.YAMLError as exc:
        raise ContentError([_yaml_problem(name, exc)]) from None
    if not isinstance(data, dict):
        raise ContentError([Problem(name, 1, "skal være en YAML-mapping (nøgle: værdi)")])
    problems = [Problem(name, line, message) for line, message in _duplicate_keys(node)]
    if check:
        problems += [
            Problem(name, _line_of(node, loc), f"{_field(loc)}: {m}") for loc, m in check(data)
        ]
    try:
        result = model.model_validate(data)
    except ValidationError as exc:
        problems += [_problem(name, node, err) for err in exc.errors()]
    if problems:
        raise ContentError(sorted(problems, key=lambda problem: problem.line or 0))
    return result


def _yaml_problem(name: str, exc: yaml.YAMLError) -> Problem:
    """A YAML syntax error where the parser saw it, and where the unfinished part began."""
    mark = getattr(exc, "problem_mark", None)
    reason = getattr(exc, "problem", None) or str(exc)
    context, start = getattr(exc, "context", None), getattr(exc, "context_mark", None)
    if context and start and mark and start.line != mark.line:
        reason += f" ({context}, linje {start.line + 1})"
    return Problem(name, mark.line + 1 if mark else None, f"ugyldig YAML: {reason}")


def _duplicate_keys(node: yaml.Node | None, path: str = "") -> list[tuple[int, str]]:
    """A key written twice in one mapping: YAML would silently keep only the last."""
    found: list[tuple[int, str]] = []
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode):
                continue
            field = f"{path}.{key.value}" if path else str(key.value)
            if key.value in seen:
                found.append((key.start_mark.line + 1, f"{field}: står to gange"))
            seen.add(key.value)
            found += _duplicate_keys(value, field)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            found += _duplicate_keys(item, f"{path}.{i}" if path else str(i))
    return found


def _problem(name: str, node: yaml.Node | None, error: Any) -> Problem:
    loc = tuple(error["loc"])
    return Problem(name, _line_of(node, loc), f"{_field(loc)}: {_danish(error)}")


def _field(loc: Sequence[Any]) -> str:
    return ".".join(str(part) for part in loc) or "(roden)"


def _items(value: Any) -> list[tuple[int, dict[str, Any]]]:
    """The mappings in a YAML list, with their positions (the schema reports anything else)."""
    if not isinstance(value, list):
        return []
    return [(i, item) for i, item in enumerate(value) if isinstance(item, dict)]


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


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write a file so that a crash leaves either the old or the new content, never half."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            # mkstemp makes the file private (0600); give it the mode a plain write would have.
            os.fchmod(handle.fileno(), _file_mode(path))
            handle.write(raw)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _file_mode(path: Path) -> int:
    """The mode of the file being replaced, or what `open()` would create under the umask."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def yaml_header(text: str) -> str:
    """The comment lines at the top of a YAML file, which rewriting the file keeps."""
    header = []
    for line in text.splitlines(keepends=True):
        if not line.startswith("#"):
            break
        header.append(line)
    return "".join(header)


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
        catalogue, problems = self._catalogue()
        if problems or catalogue is None:
            raise ContentError(problems)
        return catalogue

    def save_catalogue(self, catalogue: Catalogue) -> None:
        """Write content/pools.yaml, keeping the editor's comments at its top."""
        path = self.root / CATALOGUE
        header = yaml_header(path.read_text("utf-8")) if path.exists() else ""
        write_atomic(path, header + model_yaml(Catalogue.model_validate(catalogue)))

    def _catalogue(self) -> tuple[Catalogue | None, list[Problem]]:
        path = self.root / CATALOGUE
        try:
            return load_yaml_model(path, Catalogue, self.rel(path), self._check_catalogue), []
        except ContentError as exc:
            return None, exc.problems

    def _check_catalogue(self, data: dict[str, Any]) -> list[Issue]:
        """Each slug once; every document exists."""
        issues: list[Issue] = []
        seen: set[str] = set()
        for i, pool in _items(data.get("pools")):
            slug = pool.get("slug")
            if isinstance(slug, str):
                if slug in seen:
                    issues.append((("pools", i, "slug"), f"'{slug}' findes to gange"))
                seen.add(slug)
            for j, doc in _items(pool.get("documents")):
                issues += self._missing_file(("pools", i, "documents", j), doc)
        return issues

    def _missing_file(self, loc: tuple[str | int, ...], doc: dict[str, Any]) -> list[Issue]:
        file = doc.get("file")
        if isinstance(file, str) and file and not (self.root / file).is_file():
            return [((*loc, "file"), f"'{file}' findes ikke")]
        return []

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
        catalogue, problems = self._catalogue()
        if catalogue is not None:
            slugs = list(dict.fromkeys(decl.slug for decl in catalogue.pools))
        else:  # still check every pool file, so that one run reports everything
            slugs = sorted(path.stem for path in (self.root / POOLS_DIR).glob("*.yaml"))
        pools: list[Pool] = []
        for slug in slugs:
            path = self.pool_path(slug)
            if not path.exists():
                problems.append(Problem(self.rel(path), None, "mangler: kør `puljeportal update`"))
                continue
            check = functools.partial(self._check_pool, slug)
            try:
                pools.append(load_yaml_model(path, Pool, self.rel(path), check))
            except ContentError as exc:
                problems += exc.problems
        if problems:
            raise ContentError(problems)
        return pools

    def _check_pool(self, slug: str, data: dict[str, Any]) -> list[Issue]:
        """The file's own slug, unique anchors, documents that exist and items citing them."""
        issues: list[Issue] = []
        if isinstance(data.get("slug"), str) and data["slug"] != slug:
            issues.append((("slug",), f"'{data['slug']}' skal være '{slug}' som filens navn"))
        documents = _items(data.get("documents"))
        for i, doc in documents:
            issues += self._missing_file(("documents", i), doc)
        seen: set[str] = set()
        for i, entry in _items(data.get("faq")):
            anchor = entry.get("id")
            if isinstance(anchor, str):
                if anchor in seen:
                    message = f"'{anchor}' findes to gange (ankre skal være unikke)"
                    issues.append((("faq", i, "id"), message))
                seen.add(anchor)
        files = {doc.get("file") for _, doc in documents}
        for name, value in data.items():
            for i, item in _items(value):
                source = item.get("source")
                if isinstance(source, str) and source not in files:
                    message = f"'{source}' er ikke et af puljens dokumenter"
                    issues.append(((name, i, "source"), message))
        return issues

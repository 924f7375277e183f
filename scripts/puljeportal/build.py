"""Build the site: validate content/, render Markdown, run MkDocs, swap site/ in atomically.

Everything is built in a temporary folder beside the target; only a complete build replaces
the previous site, so invalid content or a failed build leaves site/ exactly as it was.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from puljeportal.errors import BuildError
from puljeportal.render import render_site, site_nav
from puljeportal.store import Content

# MkDocs stamps the build time into sitemap.xml.gz (and pages' dates) from SOURCE_DATE_EPOCH,
# or the clock. A fixed epoch, whatever the environment says: the same content, the same bytes.
BUILD_EPOCH = "0"


def build_site(project: Path, site_dir: Path, strict: bool = True) -> int:
    """Build `project` into `site_dir`; returns the number of pools built."""
    content = Content(project / "content")
    pools = content.load_all_pools()  # raises ContentError with every problem
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".build-", dir=site_dir.parent) as tmp:
        docs, out = Path(tmp) / "docs", Path(tmp) / "site"
        render_site(pools, content.root, docs)
        _mkdocs(project / "mkdocs.yml", docs, out, strict, site_nav(pools))
        _swap(out, site_dir)
    return len(pools)


def _mkdocs(config_file: Path, docs: Path, out: Path, strict: bool, nav: list[Any]) -> None:
    warnings = _WarningCounter()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(warnings)
    try:
        config = load_config(
            str(config_file), docs_dir=str(docs), site_dir=str(out), strict=strict, nav=nav
        )
        with _fixed_build_time():
            mkdocs_build(config)
    except MkDocsException as exc:
        raise BuildError(f"MkDocs kunne ikke bygge sitet: {exc}") from None
    finally:
        logger.removeHandler(warnings)
    if strict and warnings.messages:
        raise BuildError("MkDocs advarede (strict):\n" + "\n".join(warnings.messages))


@contextmanager
def _fixed_build_time() -> Iterator[None]:
    saved = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = BUILD_EPOCH
    try:
        yield
    finally:
        if saved is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = saved


class _WarningCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _swap(new: Path, target: Path) -> None:
    """Replace `target` with `new`: rename the old one aside, move the new in, delete the old."""
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    shutil.move(str(new), str(target))
    shutil.rmtree(old, ignore_errors=True)

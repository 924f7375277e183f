"""The library's own exceptions. The CLI alone turns them into messages and exit codes."""

from __future__ import annotations

from dataclasses import dataclass


class PuljeportalError(Exception):
    """Base of every error the project reports to a person (never a bug)."""


class DocumentError(PuljeportalError):
    """A pool document could not be read."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a content file, located as `path:line`."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class ContentError(PuljeportalError):
    """content/ is invalid; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        count = len(problems)
        noun = "problem" if count == 1 else "problemer"
        super().__init__("\n".join(map(str, problems)) + f"\n{count} {noun} i content/")


class BuildError(PuljeportalError):
    """MkDocs refused to build the rendered pages."""

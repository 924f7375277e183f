"""Small builders shared by the rule tests."""

from __future__ import annotations

from textwrap import dedent

from puljeportal.document import Line, RawDocument
from puljeportal.read.text import read_text


def doc(text: str, name: str = "test.txt") -> RawDocument:
    """A document read from text exactly as a .txt file with this content would be."""
    return read_text(dedent(text).encode("utf-8"), name, "0" * 64)


def lines(text: str) -> list[Line]:
    return doc(text).lines

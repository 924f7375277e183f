"""Small builders shared by the rule tests."""

from __future__ import annotations

from textwrap import dedent

from puljeportal.document import Line, RawDocument
from puljeportal.read import read_document
from puljeportal.read.text import read_text


def doc(text: str, name: str = "test.txt") -> RawDocument:
    """A document read from text exactly as a .txt file with this content would be."""
    return read_text(dedent(text).encode("utf-8"), name, "0" * 64)


def lines(text: str) -> list[Line]:
    return doc(text).lines


def make_doc(text: str) -> RawDocument:
    """A document read from text exactly as given, no dedent ("\\f" starts a page)."""
    return read_text(text.encode(), "test.txt", "0")


def seed(prefix: str) -> RawDocument:
    """A seed document by its number ("000" ... "004")."""
    from tests.conftest import SEEDS

    return read_document(next(SEEDS.glob(f"{prefix}_*.txt")))

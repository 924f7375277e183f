"""The escaping filters (`puljeportal.markdown`) and anchors (`puljeportal.slugs`), one rule each.

Each Markdown case is also rendered with Python-Markdown and the site's extensions, so what is
asserted is what a reader sees, not only the Markdown source."""

from __future__ import annotations

import html
import re

import markdown as python_markdown
import pytest

from puljeportal.markdown import block, escape, inline
from puljeportal.slugs import slugify, unique

EXTENSIONS = ["attr_list", "tables", "toc"]


def render(md: str) -> str:
    return python_markdown.markdown(md, extensions=EXTENSIONS)


def text_of(rendered: str) -> str:
    """The visible text of rendered HTML."""
    return html.unescape(re.sub(r"<[^>]+>", "", rendered))


# --- escape


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "**bold** and __bold__ and *em* and _em_",
        "[link](javascript:alert(1))",
        "![img](x.png)",
        "# heading",
        "{#x} { .cls }",
        "| a | b |",
        "`code` and ``more``",
        "a \\ backslash and \\*escaped\\*",
        "&amp; &lt; &#60; &",
        "~~strike~~ ==mark== ^^ins^^ :smile: $x$",
        "<b>bold</b> <!-- comment -->",
        "https://example.dk/a_b?x=1",
        "Æ Ø Å æ ø å – “citat”",
    ],
)
def test_escape_renders_as_exactly_the_text(text: str) -> None:
    rendered = render(escape(text))
    assert text_of(rendered) == f"{text}"
    assert "<script" not in rendered
    assert "<a " not in rendered and "<img" not in rendered and "<b>" not in rendered


def test_escape_is_plain_for_plain_text() -> None:
    assert escape("Hvad koster det i alt") == "Hvad koster det i alt"
    assert escape("a.b (c)") == "a\\.b \\(c\\)"
    assert escape("<&>") == "&lt;&amp;&gt;"
    assert escape("x|y=z") == "x&#124;y&#61;z"


# --- inline


def test_inline_links_urls_and_mail_addresses() -> None:
    assert inline("se https://example.dk/a_b?x=1.") == (
        "se [https&#58;//example\\.dk/a\\_b?x&#61;1](<https://example.dk/a_b?x=1>)\\."
    )
    assert render(inline("skriv til puljer@sm.dk")) == (
        '<p>skriv til <a href="mailto:puljer@sm.dk">puljer@sm.dk</a></p>'
    )


@pytest.mark.parametrize(
    ("text", "href", "shown"),
    [
        ("https://example.dk/a_b?x=1", "https://example.dk/a_b?x=1", "https://example.dk/a_b?x=1"),
        ("(se https://x.dk/side)", "https://x.dk/side", "https://x.dk/side"),
        ("https://x.dk/?a=1&b=2", "https://x.dk/?a=1&amp;b=2", "https://x.dk/?a=1&b=2"),
        ("“https://x.dk/a”", "https://x.dk/a", "https://x.dk/a"),
    ],
)
def test_inline_url_becomes_one_link(text: str, href: str, shown: str) -> None:
    rendered = render(inline(text))
    assert re.findall(r'<a href="([^"]*)">', rendered) == [href]
    assert shown in text_of(rendered)
    assert text_of(rendered) == text


@pytest.mark.parametrize(
    "text",
    [
        "javascript:alert(1)",
        "[x](javascript:alert(1))",
        "<javascript:alert(1)>",
        "data:text/html;base64,PHNjcmlwdD4=",
        "ftp://example.dk/x",
        "<https://example.dk>",
    ],
)
def test_inline_makes_no_other_links(text: str) -> None:
    rendered = render(inline(text))
    assert "javascript:" not in re.findall(r'href="([^"]*)"', rendered)
    assert all(h.startswith("https://") for h in re.findall(r'href="([^"]*)"', rendered))
    assert text_of(rendered) == text


def test_inline_keeps_a_heading_on_one_line() -> None:
    """A line break in a question would end the heading before its `{ #anchor }`."""
    question = inline("Første linje\nanden linje  \n\n tredje")
    md = f"## {question} {{ #svar }}"
    assert render(md) == '<h2 id="svar">Første linje anden linje tredje</h2>'


def test_inline_heading_keeps_its_anchor_whatever_the_question_says() -> None:
    question = "Hvad med {#x} og # og | a | b | og 1. item?"
    rendered = render(f"## {inline(question)} {{ #mit-anker }}")
    assert rendered.startswith('<h2 id="mit-anker">')
    assert text_of(rendered) == question


# --- block


def test_block_paragraphs() -> None:
    assert block("En linje\nder fortsætter.\n\nNyt afsnit.") == (
        "En linje der fortsætter\\.\n\nNyt afsnit\\."
    )
    assert block("\n\n  \n\nKun dette.\n\n") == "Kun dette\\."
    assert block("") == ""


def test_block_bullets() -> None:
    assert block("• første\n• anden") == "- første\n- anden"
    assert render(block("Indsatsen:\n\n• første\n•anden")) == (
        "<p>Indsatsen&#58;</p>\n<ul>\n<li>første</li>\n<li>anden</li>\n</ul>"
    )


def test_block_numbered_list_counting_from_one() -> None:
    assert block("1. en\n2. to\n3) tre") == "1. en\n2. to\n3. tre"
    assert render(block("1. en\n2. to")) == "<ol>\n<li>en</li>\n<li>to</li>\n</ol>"


@pytest.mark.parametrize(
    "text",
    [
        "12. december er fristen.",  # a sentence, not a list
        "1. item",  # a single line is text
        "3. tre\n4. fire",  # Markdown would renumber it from 1
        "1. en\n3. tre",
        "a) første\nb) anden",
        "• punkt\n2. to",
    ],
)
def test_block_keeps_every_number_and_letter(text: str) -> None:
    rendered = render(block(text))
    for line in text.splitlines():
        assert line.removeprefix("• ").strip() in text_of(rendered)
    assert "<ol>" not in rendered


def test_block_line_starting_with_markup_is_text() -> None:
    text = "# heading {#x}\n> citat\n- streg\n+ plus\n    indrykket\n| a | b |\n|---|---|\n==="
    rendered = render(block(text))
    assert text_of(rendered) == " ".join(line.strip() for line in text.splitlines())
    assert rendered.startswith("<p>") and rendered.count("<p>") == 1


def test_block_answer_with_script_and_link() -> None:
    rendered = render(block("<script>alert(1)</script>\n[a](javascript:alert(1)) https://x.dk"))
    assert "<script" not in rendered
    assert re.findall(r'href="([^"]*)"', rendered) == ["https://x.dk"]


# --- slugs


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Hvad er en ekstern leverandør?", "hvad-er-en-ekstern-leverandoer"),
        ("Målrettet støtte til forældre", "maalrettet-stoette-til-foraeldre"),
        ("ÆBLER, ØL & ÅL", "aebler-oel-aal"),
        ("Café naïve – “citat”", "cafe-naive-citat"),
        ("  --  ", "punkt"),
        ("", "punkt"),
        ("<script>alert(1)</script>", "script-alert-1-script"),
        ("1 2 3 4 5 6 7 8 9 10", "1-2-3-4-5-6-7-8"),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_slugify_word_limit() -> None:
    assert slugify("en to tre fire", max_words=2) == "en-to"


def test_unique_counts_up_and_records() -> None:
    taken: set[str] = {"svar"}
    assert unique("svar", taken) == "svar-2"
    assert unique("svar", taken) == "svar-3"
    assert unique("andet", taken) == "andet"
    assert taken == {"svar", "svar-2", "svar-3", "andet"}

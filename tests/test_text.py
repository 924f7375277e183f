"""Rules that turn extracted lines into clean text (extract/text.py) and read text files."""

from __future__ import annotations

import pytest

from puljeportal.errors import DocumentError
from puljeportal.extract.text import join_wrapped, one_line, paragraphs
from puljeportal.read.text import read_text
from tests.helpers import doc, lines


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("samarbejds-", "modellen", "samarbejdsmodellen"),
        ("Socialsty-", "relsen", "Socialstyrelsen"),
        ("børne-", "og ungeområdet", "børne- og ungeområdet"),
        ("processtøtte-", "og kompetenceudvikling", "processtøtte- og kompetenceudvikling"),
        ("kultur-", "eller fritidsliv", "kultur- eller fritidsliv"),
        ("SØM-", "modellen", "SØM-modellen"),
        ("COVID-", "19", "COVID-19"),
        ("e-", "mail", "e-mail"),
        ("Region", "Syddanmark", "Region Syddanmark"),
        ("ICG-SUS mhp videnopbygning og –", "deling.", "ICG-SUS mhp videnopbygning og – deling."),
    ],
)
def test_join_wrapped_repairs_hyphenation_only_where_a_word_was_split(
    left: str, right: str, joined: str
) -> None:
    assert join_wrapped(left, right) == joined


def test_blank_lines_inside_a_sentence_are_dropped() -> None:
    text = """\
        Det kan således ikke udelukkes, at en døgninstitution og/eller plejefamilie vurderer,

        at der er behov for støtte, som man fra myndighedssagsbehandlerens side ikke er enig

        i. En sådan situation skal håndteres inden lovens rammer og kommunens serviceniveau.
        """
    assert len(paragraphs(lines(text))) == 1


def test_a_long_wrapped_line_continues_across_a_blank_line_even_before_a_capital() -> None:
    text = """\
        Indsatsen skal udvikles i samarbejde med fire til fem kommuner i samarbejde med

        Socialstyrelsen og en ekstern leverandør i perioden.
        """
    assert paragraphs(lines(text)) == [
        "Indsatsen skal udvikles i samarbejde med fire til fem kommuner i samarbejde med "
        "Socialstyrelsen og en ekstern leverandør i perioden."
    ]


def test_a_sentence_end_and_a_gap_start_a_new_paragraph() -> None:
    text = """\
        Første afsnit slutter her med et punktum og er ret langt for at ligne en linje.

        Andet afsnit begynder med stort bogstav.
        """
    assert len(paragraphs(lines(text))) == 2


def test_bullets_become_one_list_paragraph_with_wrapped_items_joined() -> None:
    text = """\
        Fokusområder:
        • Ro og overblik over familiens
        indsatser
        - Koordinering og involvering
        * Tredje punkt
        Efter listen kommer et nyt afsnit.
        """
    assert paragraphs(lines(text)) == [
        "Fokusområder:",
        "• Ro og overblik over familiens indsatser\n• Koordinering og involvering\n• Tredje punkt",
        "Efter listen kommer et nyt afsnit.",
    ]


def test_numbered_list_items_stay_items() -> None:
    out = paragraphs(lines("Der kræves:\n1. en ansøgning\n2. et budget\n"))
    assert out == ["Der kræves:", "1. en ansøgning\n2. et budget"]


def test_a_link_alone_on_its_line_is_its_own_paragraph() -> None:
    text = "Se mere her:\nhttps://example.dk/side.aspx\nDe kommuner, der søger, skal vide det.\n"
    assert paragraphs(lines(text))[1] == "https://example.dk/side.aspx"


def test_one_line_collapses_whitespace_and_repairs_hyphens() -> None:
    assert one_line(lines("Er det   mindst 25 iværk-\n\nsatte anbringelser?\n")) == (
        "Er det mindst 25 iværksatte anbringelser?"
    )


def test_page_breaks_from_form_feeds_and_leading_space_lines() -> None:
    assert doc("side et\n\fside to\n\fside tre\n").pages == 3
    parsed = doc("side et\n\n Side to begynder med et mellemrum\nstadig side to\n")
    assert [line.page for line in parsed.lines if line.text] == [1, 2, 2]


def test_markdown_headings_and_bold_lines_are_flags_not_text() -> None:
    parsed = doc("## **Q&A – infomøde**\n**Hvem kan søge?**\n**SPG 1:** Kan man?\n")
    heading, bold, labelled = parsed.lines[:3]
    assert (heading.text, heading.heading) == ("Q&A – infomøde", 2)
    assert (bold.text, bold.bold) == ("Hvem kan søge?", True)
    assert (labelled.text, labelled.bold) == ("SPG 1: Kan man?", False)


def test_cp1252_is_read_with_a_warning() -> None:
    result = read_text("Spørgsmål: Må vi?".encode("cp1252"), "gammel.txt", "0")
    assert result.lines[0].text == "Spørgsmål: Må vi?"
    assert result.warnings == ["gammel.txt: ikke gyldig UTF-8; læst som cp1252 (Windows-tegnsæt)"]


def test_binary_data_is_refused_with_the_file_named() -> None:
    with pytest.raises(DocumentError, match=r"^billede\.txt: ligner ikke en tekstfil"):
        read_text(b"\x89PNG\x00\x00\x00", "billede.txt", "0")

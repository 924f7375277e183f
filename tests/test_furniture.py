"""Page numbers and running headers are dropped from text saved from a PDF (form feeds)."""

from __future__ import annotations

from tests.helpers import make_doc

BODY = "Første linje {n}.\nAnden linje {n}.\nTredje linje.\nFjerde linje {n}.\nFemte linje {n}.\n"


def texts(text: str) -> list[str]:
    return [line.text for line in make_doc(text).lines if not line.blank]


def test_page_numbers_and_a_running_header_at_the_breaks_are_dropped() -> None:
    page = "Styrelsen    Spørgsmål og svar – puljen\n" + BODY + "            Side {p} af 3\n"
    text = "\f".join(page.format(n=n, p=p) for p, n in enumerate("abc", start=1))
    kept = texts(text)
    assert not any("Side" in line or "Styrelsen" in line for line in kept)
    assert [line for line in kept if line.startswith("Første")] == [
        "Første linje a.",
        "Første linje b.",
        "Første linje c.",
    ]


def test_a_question_split_by_a_page_break_is_whole_again() -> None:
    text = (
        "Overskrift\n"
        + BODY.format(n="a")
        + "Spørgsmål 4: Kan vi søge om en videreførelse af det samme\n\n"
        "                 - 1 -\n\fDokumentets titel 2025\n\ni denne pulje?\n"
        + BODY.format(n="b")
        + "\n- 2 -\n\fDokumentets titel 2025\n"
        + BODY.format(n="c")
    )
    kept = texts(text)
    assert "Dokumentets titel 2025" not in kept and "- 1 -" not in kept
    at = kept.index("Spørgsmål 4: Kan vi søge om en videreførelse af det samme")
    assert kept[at + 1] == "i denne pulje?"


def test_a_line_repeated_inside_pages_or_on_short_pages_stays() -> None:
    text = (
        "Frist 1. maj 2024.\n\fFrist 1. maj 2024.\n\f"
        + BODY.format(n="a")
        + "Kontakt os.\n"
        + BODY.format(n="b")
        + "\f"
        + BODY.format(n="c")
        + "Kontakt os.\n"
        + BODY.format(n="d")
    )
    kept = texts(text)
    assert kept.count("Frist 1. maj 2024.") == 2
    assert kept.count("Kontakt os.") == 2


def test_a_line_ending_in_its_page_number_at_a_break_is_furniture_though_it_stands_once() -> None:
    first = "Styrelsen\nSpørgsmål og svar\n\n" + BODY.format(n="a") + "          Side 1\n"
    for header in (
        "Pulje til klimatilpasning – Spørgsmål og svar           Side 2",
        "Pulje til klimatilpasning · Side 2 af 2",
        "Pulje til klimatilpasning | Page 2",
    ):
        kept = texts(first + "\f" + header + "\n" + BODY.format(n="b"))
        assert kept[kept.index("Femte linje a.") + 1] == "Første linje b."


def test_a_body_line_that_names_a_page_stays() -> None:
    text = BODY.format(n="a") + "\f" + "Se skemaet på side 2\n" + BODY.format(n="b")
    assert "Se skemaet på side 2" in texts(text)


def test_the_documents_title_repeated_at_a_later_pages_top_is_a_running_header() -> None:
    letterhead = "Ministeriet          Holmens Kanal 22\nTil kommunerne\n\n"
    title = "Ansøgningspulje til mere nærvær i hjemmeplejen 2027-2028"
    text = (
        letterhead + title + "\n\n" + BODY.format(n="a") + "Ministeriet · Side 1 af 2\n"
        "\f" + title + "\n\nVarig forankring\n" + BODY.format(n="b") + "Ministeriet · Side 2 af 2\n"
    )
    kept = texts(text)
    assert kept.count(title) == 1
    assert kept[kept.index("Femte linje a.") + 1] == "Varig forankring"


def test_a_heading_repeated_on_a_later_page_below_its_top_stays() -> None:
    title = "Puljen til grønne skolegårde 2027"
    text = (
        title + "\n\n" + BODY.format(n="a") + "\f" + "Tidsplan og kontakt\n"
        + BODY.format(n="b") + title + "\n" + BODY.format(n="c")
    )
    assert texts(text).count(title) == 2


def test_a_numbered_label_at_a_later_pages_top_is_no_repeated_title() -> None:
    text = (
        "Ministeriet\nChristiansborg\nDato: 2. marts 2027\n\nSpørgsmål nr. 301 fra udvalget:\n"
        + BODY.format(n="a")
        + "\fSpørgsmål nr. 302 fra udvalget:\n" + BODY.format(n="b")
    )
    assert "Spørgsmål nr. 302 fra udvalget:" in texts(text)


def test_a_numbered_section_heading_listed_in_the_contents_stays_at_its_pages_top() -> None:
    text = (
        "Vejledning\nPulje til børneteater 2028\n1. Formål\n2. Hvem kan søge?\n"
        "4. Ofte stillede spørgsmål\n\n" + BODY.format(n="a")
        + "\f4. Ofte stillede spørgsmål\n" + BODY.format(n="b")
    )
    assert texts(text).count("4. Ofte stillede spørgsmål") == 2

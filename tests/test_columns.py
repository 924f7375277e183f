"""Two prose columns side by side in a text file are read column by column; tables stay."""

from __future__ import annotations

from pathlib import Path

from puljeportal.read.columns import split_columns

LEFT = [
    "Fonden er oprettet af Dansk Byg-",
    "gefag og Fagforbundet i fælles-",
    "skab. Den finansieres af et bidrag",
    "på 45 øre pr. arbejdstime.",
]
RIGHT = [
    "Puljen kan søges af de lokale",
    "samarbejdsudvalg og faglige",
    "organisationer på området.",
    "Fristen er den 31. marts 2026.",
]


def side_by_side(left: list[str], right: list[str], at: int = 45) -> list[str]:
    return [f"{a:<{at}}{b}".rstrip() for a, b in zip(left, right, strict=True)]


def test_two_prose_columns_are_read_left_then_right() -> None:
    lines = ["Vejledning til ansøgere", *side_by_side(LEFT, RIGHT), "Side 1 af 2"]
    assert split_columns(lines) == ["Vejledning til ansøgere", *LEFT, *RIGHT, "Side 1 af 2"]


def test_a_right_column_starting_a_character_or_two_off_is_the_same_column() -> None:
    lines = side_by_side(LEFT, RIGHT)
    lines[1] = lines[1].replace("  samarbejdsudvalg", "    samarbejdsudvalg")
    assert split_columns(lines) == [*LEFT, *RIGHT]


def test_a_left_only_line_and_a_gap_stand_inside_the_columns() -> None:
    left = ["1. Nye arbejdspladser", *LEFT[:2], "", *LEFT[2:]]
    right = ["", *RIGHT[:2], "", *RIGHT[2:]]
    lines = side_by_side(left, right)
    assert split_columns(lines) == [*left, *RIGHT]


def test_a_table_of_titles_and_explanations_stays_as_it_is() -> None:
    lines = [
        "Strategisk sammenhæng                    opfylder to eller flere af strategiens mål",
        "Lokal opbakning                          har skriftlig støtte fra flere foreninger",
        "Beskæftigelse                            skaber mindst én fuldtidsstilling",
        "Innovation                               er nyt i Thy og på Mors",
        "Økonomisk realisme                       har sikret den øvrige finansiering",
    ]
    assert split_columns(lines) == lines


def test_label_and_value_rows_with_a_short_left_side_stay_as_they_are() -> None:
    lines = [
        "Ansøgningsfrist:      tirsdag den 13. april 2027, kl. 12.00",
        "Forventet svar:       uge 26",
        "Projektperiode:       1.8.2027-31.7.2028",
        "Kontakt:              puljen@styrelsen.dk",
    ]
    assert split_columns(lines) == lines


def test_a_plain_text_table_with_dashed_rules_stays_as_it_is() -> None:
    lines = [
        "Kriterium                               Vægt",
        "--------------------------------------  -----",
        "Faglig kvalitet                         30 %",
        "Samarbejde med almen praksis            70 %",
        "--------------------------------------  -----",
        "I alt                                  100 %",
    ]
    assert split_columns(lines) == lines


def test_the_test_renderer_sets_side_by_side_columns_in_reading_order(tmp_path: Path) -> None:
    from puljeportal.pdfmake import make_pdf_from_file
    from puljeportal.read import read_document

    src = tmp_path / "to-kolonner.txt"
    src.write_text("\n".join(["Vejledning", *side_by_side(LEFT, RIGHT)]) + "\n", encoding="utf-8")
    pdf = tmp_path / "to-kolonner.pdf"
    make_pdf_from_file(src, pdf, columns=2)
    text = " ".join(line.text for line in read_document(pdf).lines)
    assert text.index("arbejdstime") < text.index("Puljen kan søges")

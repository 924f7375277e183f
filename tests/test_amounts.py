"""Money amounts: the written forms, what is not money, labels, and the seed documents."""

from __future__ import annotations

import pytest

from puljeportal.extract.amounts import find_amounts, parse_dkk
from tests.helpers import make_doc, seed


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("22,6 mio. kr.", 22_600_000),
        ("255 mio. kroner", 255_000_000),
        ("4.753.000 kr.", 4_753_000),
        ("10.000 kr", 10_000),
        ("kr. 50.000", 50_000),
        ("1,5 mia. kr.", 1_500_000_000),
        ("DKK 2 mio.", 2_000_000),
        ("2-5 mio. kr.", 2_000_000),
        ("5-10.000 kr.", 5_000),
        ("21.000 - 250.000 kr.", 21_000),
        ("15.000,-", 15_000),
        ("8,2 millioner kroner", 8_200_000),
        ("1.842.000 KR.", 1_842_000),
        ("i alt435mio. kr.", 435_000_000),
        ("med i alt 41 mio.\nkr.", 41_000_000),
        ("støtter 19 projekter med 54 mio", 54_000_000),
        # Sibling forms of the rules above, as other Danish documents write them.
        ("i alt 3.250.000,00 kr.", 3_250_000),
        ("tilskud på 4 753 000 kr.", 4_753_000),
        ("tilskud på 1\u00a0200\u00a0000 kroner", 1_200_000),
        ("DKK 500.000", 500_000),
        ("500.000 DKK", 500_000),
        ("Kr. 75.000,-", 75_000),
        ("75.000,- kr.", 75_000),
        ("2,5 mia. kroner", 2_500_000_000),
        ("1 million kr.", 1_000_000),
        ("12 milliarder kroner", 12_000_000_000),
        ("50 tusind kroner", 50_000),
        ("budget: 750 t.kr.", 750_000),
        ("450 tkr.", 450_000),
        ("fra 50.000 til 500.000 kr.", 50_000),
        ("mellem 25.000 og 400.000 kr.", 25_000),
        ("mellem 2 og 5 mio. kr.", 2_000_000),
        ("mellem 2 - 4 mio.kr.", 2_000_000),
        ("3-8 000 kr.", 3_000),
        ("puljen har 12,5 mio\ntil fordeling", 12_500_000),
    ],
)
def test_parse_dkk(text: str, value: float) -> None:
    assert parse_dkk(text) == value


@pytest.mark.parametrize(
    "text",
    ["i 2019", "10 pct.", "25 %", "38 kommuner", "5 kriterier", "1 mio. borgere", "87 mia. euro",
     "EUR 2 mio.", "$ 300", "300 USD", "Sagsnr. 2019-1234", "§ 5, stk. 2", "CPR-nr. 010190-1234",
     "tlf. 33 17 09 00", "side 12", "1,5 mio. i Danmark har en cykel"],
)  # fmt: skip
def test_parse_dkk_refuses_what_is_no_danish_money(text: str) -> None:
    assert parse_dkk(text) is None


def test_foreign_currency_is_an_amount_without_a_kroner_value() -> None:
    [amount] = find_amounts(make_doc("Byrder for 87 mia. euro."))
    assert (amount.text, amount.dkk) == ("87 mia. euro", None)


def test_space_grouped_thousands_do_not_swallow_a_year_or_count_before() -> None:
    doc = make_doc("I 2024 500 kr. pr. deltager; 3 250.000 kr. i alt.")
    assert [(a.text, a.dkk) for a in find_amounts(doc)] == [
        ("500 kr. pr. deltager", 500),  # a rate keeps what it is per
        ("250.000 kr.", 250_000),
    ]


def test_a_range_between_two_numbers_is_written_whole() -> None:
    doc = make_doc("Der gives tilskud på mellem\n10 og 40.000 kr. til mellem 3 hold og 5.000 kr.")
    assert [(a.text, a.dkk) for a in find_amounts(doc)] == [
        ("mellem 10 og 40.000 kr.", 10_000),
        ("5.000 kr.", 5_000),
    ]


def test_a_range_of_two_whole_amounts_after_mellem_is_one_amount() -> None:
    doc = make_doc(
        "Der kan søges mellem 25.000 kr. og\n1,5 mio. kr. pr. projekt, og mellem 150 t.kr. og "
        "900 t.kr. til drift. Puljen har 50.000 kr. og 75.000 kr. i to runder."
    )
    assert [(a.text, a.dkk) for a in find_amounts(doc)] == [
        ("mellem 25.000 kr. og 1,5 mio. kr.", 25_000),
        ("mellem 150 t.kr. og 900 t.kr.", 150_000),
        ("50.000 kr.", 50_000),
        ("75.000 kr.", 75_000),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [("kr. 10.000-75.000", 10_000), ("DKK 250.000 – 1.500.000", 250_000), ("kr. 5-10 mio.", 5e6)],
)
def test_a_range_after_the_currency_is_one_amount(text: str, value: float) -> None:
    amounts = find_amounts(make_doc(f"Der gives {text} pr. ansøger i 2026."))
    assert [(a.text, a.dkk) for a in amounts] == [(text, value)]


def test_glued_words_after_an_abbreviation_keep_the_currency_in_the_amount() -> None:
    doc = make_doc("Puljen udgørialt 5mio.kr.ogdermaksimaltgives500.000kr.pr.projekt.")
    assert [(a.text, a.dkk) for a in find_amounts(doc)] == [
        ("5mio.kr.", 5_000_000),
        ("500.000kr.", 500_000),
    ]


def test_a_scale_word_split_at_a_line_end_is_read_whole() -> None:
    [amount] = find_amounts(make_doc("Puljen udgør 120,5 mil-\nlioner kroner i alt."))
    assert (amount.text, amount.dkk, amount.label) == (
        "120,5 millioner kroner",
        120_500_000,
        "pulje",
    )


def test_scale_without_currency_needs_money_in_its_clause() -> None:
    doc = make_doc("Regionen har 1,2 mio. i alt. Fonden uddeler 3 mio. om året til foreninger.")
    assert [(a.text, a.dkk, a.label) for a in find_amounts(doc)] == [
        ("3 mio.", 3_000_000, "tilskud")
    ]


def test_co_financing_is_labelled() -> None:
    [amount] = find_amounts(make_doc("Der kræves en egenfinansiering på mindst 25.000 kr."))
    assert amount.label == "minimum"
    [amount] = find_amounts(make_doc("Egenandel: 10.000 kr. af projektets budget."))
    assert amount.label == "medfinansiering"


def test_amount_at_a_line_start_and_wrapped_currency() -> None:
    doc = make_doc("Puljens samlede ramme er\n10 mio. kr. i alt, heraf 41 mio.\nkr. til drift.")
    amounts = find_amounts(doc)
    assert [a.text for a in amounts] == ["10 mio. kr.", "41 mio. kr."]


def test_labels_come_from_the_nearest_word_before() -> None:
    doc = make_doc(
        "Puljen er på 10 mio. kr. Der kan søges om op til 100.000 kr. pr. projekt. "
        "Der gives et tilskud på 20.000 kr. til hver. Minimum 5.000 kr. skal søges."
    )
    assert [(a.text, a.label) for a in find_amounts(doc)] == [
        ("10 mio. kr.", "pulje"),
        ("100.000 kr.", "maksimalt"),
        ("20.000 kr.", "tilskud"),
        ("5.000 kr.", "minimum"),
    ]


def test_years_percentages_and_counts_are_not_amounts() -> None:
    doc = make_doc("I 2019 fik 38 kommuner 10 pct. mere; 1 mio. borgere og 5 kriterier.")
    assert find_amounts(doc) == []


def test_repeated_amount_is_listed_once_with_its_page() -> None:
    amounts = find_amounts(make_doc("Puljen: 2 mio. kr.\n\fIgen 2 mio. kr. og 3 mio. kr."))
    assert [(a.text, a.page) for a in amounts] == [("2 mio. kr.", 1), ("3 mio. kr.", 2)]


def test_seed_003_amounts() -> None:
    found = {a.text: (a.dkk, a.label) for a in find_amounts(seed("003"))}
    assert found == {
        "255 mio. kroner": (255_000_000, "afsat"),
        "32,9 mio. kr.": (32_900_000, "afsat"),
        "22,6 mio. kr.": (22_600_000, "pulje"),
    }


def test_seed_004_pool_size() -> None:
    [amount] = find_amounts(seed("004"))
    assert (amount.text, amount.dkk, amount.label) == ("10 mio. kr.", 10_000_000, "pulje")


def test_seeds_without_money_have_no_amounts() -> None:
    for prefix in ("000", "001", "002"):
        assert find_amounts(seed(prefix)) == []


def test_in_a_table_row_the_currency_goes_with_the_grouped_number_after_it() -> None:
    doc = make_doc(
        "Formål              Antal     Beløb\nSociale formål      41        kr. 14.870.000\n"
        "Horsens Roklub      85.000 kr.    60.000 kr.\n"
    )
    assert [(a.text, a.dkk) for a in find_amounts(doc)] == [
        ("kr. 14.870.000", 14_870_000),
        ("85.000 kr.", 85_000),
        ("60.000 kr.", 60_000),
    ]


def test_a_range_of_two_whole_amounts_after_fra_is_one_amount_without_fra() -> None:
    doc = make_doc(
        "Tilskud fra 50.000 kr. til\n1,5 mio. kr. pr. museum. Puljen øges fra 2025 med 3 mio. kr. "
        "til 10 mio. kr., og 5.000 kr. går til revision."
    )
    assert [(a.text, a.dkk) for a in find_amounts(doc)] == [
        ("50.000 kr. til 1,5 mio. kr. pr. museum", 50_000),
        ("3 mio. kr.", 3_000_000),
        ("10 mio. kr.", 10_000_000),
        ("5.000 kr.", 5_000),
    ]


def test_kroner_before_the_number_glued_to_the_word_before() -> None:
    doc = make_doc("Tilskud påkr. 30.000 gives til hver ø. Markr. er ikke et beløb.")
    assert [(a.text, a.dkk) for a in find_amounts(doc)] == [("kr. 30.000", 30_000)]


def test_a_range_after_paa_of_two_whole_amounts_in_thousands() -> None:
    doc = make_doc("Der kan søges om tilskud på 100 t.kr. til 1.500 t.kr. pr. projekt.")
    assert [(a.text, a.dkk) for a in find_amounts(doc)] == [("100 t.kr. til 1.500 t.kr.", 100_000)]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Honoraret er 550 kr. pr. time.", "550 kr. pr. time"),
        ("Der dækkes 100 kr. pr. person pr. dag.", "100 kr. pr. person pr. dag"),
        ("Der gives op til 100.000 kr. pr. projekt.", "100.000 kr."),  # a cap, not a rate
        ("Der gives 20.000 kr. pr. år i tre år.", "20.000 kr."),
        ("Der kan afregnes 650 kr.\npr. time inkl. overhead.", "650 kr. pr. time"),
        ("Honorarer på op til 600 kr. i timen.", "600 kr. i timen"),
        ("Huslejen er 4.300 kr. om måneden.", "4.300 kr. om måneden"),
        ("Transporttilskud på 2,23 kr./km ud over 24 km.", "2,23 kr./km"),
        ("Tilskuddet er 1.100 kr. pr. m² renoveret areal.", "1.100 kr. pr. m²"),
        ("Tilskud på 33,75 mio. kr.\nPr. partnerskab gives højst 5 år.", "33,75 mio. kr."),
    ],
)
def test_a_rate_keeps_its_unit(text: str, written: str) -> None:
    assert [a.text for a in find_amounts(make_doc(text))] == [written]


@pytest.mark.parametrize("dash", ["–", "-"])
def test_two_whole_amounts_joined_by_a_dash_are_one_range(dash: str) -> None:
    doc = make_doc(f"Der kan søges kr. 150.000 {dash} kr. 1.000.000 til et projekt.")
    assert [(a.text, a.dkk) for a in find_amounts(doc)] == [
        (f"kr. 150.000 {dash} kr. 1.000.000", 150_000)
    ]


def test_the_currency_before_a_number_with_a_scale_belongs_to_it_not_to_a_year() -> None:
    doc = make_doc("Formuen udgjorde pr. 31. december 2027 kr. 612 mio. Afkastet var godt.")
    assert [(a.text, a.dkk) for a in find_amounts(doc)] == [("kr. 612 mio.", 612_000_000)]

"""Dates, deadlines and periods: the forms one by one, then the seed documents."""

from __future__ import annotations

import pytest

from puljeportal.extract.dates import find_dates, parse_date
from tests.helpers import make_doc, seed


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("31.08.2018", "2018-08-31"),
        ("27.09.23", "2023-09-27"),
        ("d. 1. oktober 2018", "2018-10-01"),
        ("7. september 2021", "2021-09-07"),
        ("Tirsdag d. 10. september 2019", "2019-09-10"),
        ("28. september 2023", "2023-09-28"),
        ("januar 2022", "2022-01"),
        ("1/10-2018", "2018-10-01"),
        ("2021-03-17", "2021-03-17"),
        ("den1.oktober2018", "2018-10-01"),
        ("03 OKT 2022", "2022-10-03"),
        ("3. JUNI 2015", "2015-06-03"),
        ("09-11-2017", "2017-11-09"),
        ("21/6 2007", "2007-06-21"),
        ("ultimo november 2021", "2021-11"),
        ("Den 10. september, 2019", "2019-09-10"),
        ("senest 4. apr. 2025 kl. 12", "2025-04-04"),
        ("fra 1. marts til 15. april 2024", "2024-03-01"),
        ("10.-12. maj 2023", "2023-05-10"),
        # Sibling forms of the above, written the ways Danish documents also write them.
        ("01.10.2024", "2024-10-01"),
        ("15/3-2025", "2025-03-15"),
        ("2024-10-01", "2024-10-01"),
        ("d. 1. sept. 2024", "2024-09-01"),
        ("15. febr. 2025", "2025-02-15"),
        ("1 dec 2024", "2024-12-01"),
        ("Onsdag den 5. marts 2025 kl. 9.30-11", "2025-03-05"),
        ("primo marts 2025", "2025-03"),
        ("medio juni 2024", "2024-06"),
        ("i løbet af august 2024", "2024-08"),
        ("slutningen af oktober, 2024", "2024-10"),
        ("marts-juni 2025", "2025-03"),
        ("november 2024 - februar 2025", "2024-11"),
        ("november-februar 2025", "2024-11"),
        ("1. og 15. marts 2024", "2024-03-01"),
        ("fra 1. til 15. april 2025", "2025-04-01"),
        ("jul. 2024", "2024-07"),
        ("8.12.25", "2025-12-08"),
    ],
)
def test_parse_date(text: str, iso: str) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "text",
    ["2019", "14 dage", "10.000 kr.", "1.842.000 kr.", "12.15-13.00", "1.10-11.30",
     "2018-12-07T10:04:41", "§ 15.86.10.10.", "30.02.2020", "forordning nr. 1407/2013",
     "i december", "1. februar",
     "§ 5.1.10", "stk. 3.1.2", "Sagsnr. 2019-1234", "sagsnr. 2021-03-17", "j.nr. 12.10.2020",
     "version 2.1.20", "CPR 010190-1234", "til jul 2024", "uge 42 2024", "den 1/10",
     "31/2-2024", "afsnit 4.1.12", "4.1.12", "punkt 12.03.2021"],
)  # fmt: skip
def test_parse_date_refuses_what_is_no_full_date(text: str) -> None:
    assert parse_date(text) is None


def test_deadline_is_labelled_from_its_sentence() -> None:
    doc = make_doc("Ansøgningsfristen er d. 1. oktober 2018. Der er ingen forlængelse.")
    [date] = find_dates(doc)
    assert (date.text, date.date, date.label) == (
        "d. 1. oktober 2018",
        "2018-10-01",
        "ansøgningsfrist",
    )


def test_time_of_day_stays_in_the_text() -> None:
    [date] = find_dates(make_doc("Frist: 17. marts 2021 kl. 12.00 via portalen."))
    assert date.text == "17. marts 2021 kl. 12.00"
    assert date.date == "2021-03-17"


def test_range_is_one_date_starting_with_its_first_day() -> None:
    doc = make_doc("Projektperioden løber fra 1. marts til 15. april 2024.")
    [date] = find_dates(doc)
    assert date.text == "fra 1. marts til 15. april 2024"
    assert (date.date, date.label) == ("2024-03-01", "projektperiode")


@pytest.mark.parametrize("gap", ["", " "])
def test_a_range_of_numeric_dates_with_or_without_spaces_around_its_dash(gap: str) -> None:
    [date] = find_dates(make_doc(f"Projektperiode:     1.8.2027{gap}-{gap}31.7.2028"))
    assert (date.text, date.date) == (f"1.8.2027{gap}-{gap}31.7.2028", "2027-08-01")


@pytest.mark.parametrize("text", ["Sagsnr. 12-3-2027-44", "Konto 1.8.2027-31"])
def test_numbers_that_run_on_past_a_numeric_date_are_none(text: str) -> None:
    assert find_dates(make_doc(text)) == []


def test_range_of_months_over_years() -> None:
    [date] = find_dates(make_doc("Indsatsen afprøves i perioden januar 2022 til december 2024."))
    assert (date.text, date.date) == ("januar 2022 til december 2024", "2022-01")


def test_month_alone_is_kept_without_a_date() -> None:
    [date] = find_dates(make_doc("Det forventes, at ansøgerne får svar i december."))
    assert (date.text, date.date, date.label) == ("i december", None, "svar")


def test_year_named_once_in_the_sentence_completes_day_and_month() -> None:
    dates = find_dates(make_doc("Frister i 2022 er 1. februar og 1. maj."))
    assert [(d.text, d.date) for d in dates] == [
        ("1. februar", "2022-02-01"),
        ("1. maj", "2022-05-01"),
    ]


def test_glued_words_from_pdf_extraction() -> None:
    [date] = find_dates(make_doc("Ansøgningsfristenerden1.oktober2018forallekommuner."))
    assert date.date == "2018-10-01"


def test_date_wrapped_over_a_line_break_is_joined() -> None:
    [date] = find_dates(make_doc("stillet af udvalget den 27. august\n2018 efter ønske fra"))
    assert (date.text, date.date) == ("den 27. august 2018", "2018-08-27")


def test_year_after_a_blank_line_belongs_to_another_paragraph() -> None:
    [date] = find_dates(make_doc("Mødet er 1. maj\n\n2019 var et godt år."))
    assert (date.text, date.date) == ("1. maj", None)


def test_bare_years_durations_and_times_are_not_dates() -> None:
    text = "I 2019 og 2020 tager det 14 dage. Åbent kl. 10.00 - 12.00. Budget 2021-2024."
    assert find_dates(make_doc(text)) == []


def test_identical_texts_are_listed_once_with_their_first_page() -> None:
    dates = find_dates(make_doc("Frist 1. maj 2024.\n\fFrist 1. maj 2024.\nMøde 2. maj 2024."))
    assert [(d.text, d.page) for d in dates] == [("1. maj 2024", 1), ("2. maj 2024", 2)]


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    """The dates of a text as (text, ISO date, label)."""
    return [(d.text, d.date, d.label) for d in find_dates(make_doc(text))]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Svar forventes inden december, måske før.", "inden december"),
        ("Projekterne starter primo marts.", "primo marts"),
        ("Der gives besked i løbet af juni om tilskud.", "i løbet af juni"),
        ("Aktiviteterne løber fra marts til juni.", "fra marts til juni"),
        ("Puljen genåbner efter september.", "efter september"),
    ],
)
def test_month_alone_after_a_preposition_or_qualifier(text: str, written: str) -> None:
    [(text_found, iso, _label)] = found(text)
    assert (text_found, iso) == (written, None)


def test_a_month_word_without_a_preposition_or_year_is_no_date() -> None:
    """A month's name alone may be a person's (Maj, April); "jul" is Christmas."""
    text = "Kontakt Maj Hansen. Kontoret holder lukket i jul og til jul 2024. Skriv til April Berg."
    assert found(text) == []


def test_week_numbers_are_kept_without_a_date() -> None:
    assert found("Svar på ansøgningen gives i uge 42.") == [("i uge 42", None, "svar")]
    assert [d[0] for d in found("Projektet afvikles i uge 40-42 2025.")] == ["i uge 40-42 2025"]
    assert [d[0] for d in found("Tidsplan:\nUge 7: frist\n(uge 9) svar")] == ["Uge 7", "uge 9"]
    assert found("Frist    uge 14\nForventet svar    uge 18") == [
        ("uge 14", None, "frist"),
        ("uge 18", None, "svar"),
    ]


def test_a_count_of_weeks_is_no_week_number() -> None:
    assert found("Holdet mødes hver uge 3 gange, en uge 2 timer.") == []


def test_day_and_month_in_numbers_after_den_take_the_year_of_their_sentence() -> None:
    assert found("I 2025 holdes informationsmødet den 3/10 kl. 15-17 i salen.") == [
        ("den 3/10 kl. 15-17", "2025-10-03", "informationsmøde")
    ]


def test_references_that_look_like_dates_are_not_dates() -> None:
    text = "Jf. § 12.03.2021, stk. 1.2.3 og sagsnr. 2021-03-17 (version 2.1.20). Bilag 1.4.2025"
    assert found(text) == []


def test_date_glued_and_wrapped_by_pdf_extraction() -> None:
    assert found("Fristen er senest den15.\nmarts2025kl.12 via portalen.") == [
        ("den15. marts2025kl.12", "2025-03-15", "frist")
    ]


def test_a_word_split_at_a_line_end_is_read_whole() -> None:
    """A narrow PDF column hyphenates the month and the label word alike."""
    text = (
        "Frist for an-\nsøgning er tors-\ndag den 20. novem-\nber 2025 kl. 12:00. Kultur-\n"
        "og Fritid."
    )
    assert found(text) == [
        ("torsdag den 20. november 2025 kl. 12:00", "2025-11-20", "ansøgningsfrist")
    ]


def test_two_column_table_takes_each_label_from_its_column_header() -> None:
    text = (
        "Frist for ansøgning      Svar på ansøgning\n"
        "1. marts 2025            15. april 2025\n"
        "1. september 2025 15. oktober 2025\n"
    )
    assert [(d, label) for d, _iso, label in found(text)] == [
        ("1. marts 2025", "ansøgningsfrist"),
        ("15. april 2025", "svar"),
        ("1. september 2025", "ansøgningsfrist"),
        ("15. oktober 2025", "svar"),
    ]


def test_two_column_table_without_gaps_as_a_pdf_reader_gives_it() -> None:
    text = (
        "Tidsplan for puljen\n\nAnsøgningsfrist Tidspunkt for svar\n"
        "1. marts 2025 15. april 2025\n\n1. september 2025 15. oktober 2025"
    )
    assert [label for _d, _iso, label in found(text)] == [
        "ansøgningsfrist", "svar", "ansøgningsfrist", "svar"
    ]  # fmt: skip


def test_a_rows_own_label_wins_over_its_column_header() -> None:
    text = (
        "Dato          Aktivitet\n3. februar 2025   Informationsmøde\n"
        "1. marts 2025   Ansøgningsfrist\nmaj 2025   Afgørelse\n"
        "Milepæl   Dato\n\n• Offentliggørelse: 1. juni 2025\n• Projektstart: 1. august 2025"
    )
    assert [(d, label) for d, _iso, label in found(text)] == [
        ("3. februar 2025", "informationsmøde"),
        ("1. marts 2025", "ansøgningsfrist"),
        ("maj 2025", "svar"),
        ("1. juni 2025", "udmelding"),
        ("1. august 2025", "projektstart"),
    ]


def test_a_row_without_a_label_of_its_own_borrows_none_from_the_rows_above() -> None:
    text = "Tidsplan\n1. marts 2025   Ansøgningsfrist\n1. april 2025\n1. maj 2025   Svar"
    assert [label for _d, _iso, label in found(text)] == ["ansøgningsfrist", None, "svar"]


def test_a_table_of_dates_under_a_labelled_lead_takes_the_lead() -> None:
    text = "Ansøgningsfrister:\n\n1. marts\n1. september\n\nSvar gives løbende."
    assert [(d, label) for d, _iso, label in found(text)] == [
        ("1. marts", "ansøgningsfrist"),
        ("1. september", "ansøgningsfrist"),
    ]


def test_answer_label_directly_before_a_date_says_svar() -> None:
    text = "Ansøgningsfrist: 1. marts 2025\nSvar: ultimo april 2025\nAfslutning: 31.12.2026"
    assert [label for _d, _iso, label in found(text)] == [
        "ansøgningsfrist", "svar", "projektslut"
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Fristerne er 1. marts og\n1. september, og svar\ngives i løbet af oktober.",
        "Indberetningsfristen er 1. februar og 1. august\nhvert år. Vi kontakter dig.",
    ],
)
def test_prose_wrapped_in_a_narrow_column_is_no_table(text: str) -> None:
    assert [label for _d, _iso, label in found(text)][:2] == ["frist", "frist"]


def test_a_sentence_wrapped_before_its_date_is_no_table_row() -> None:
    text = "Ansøgningsfristen for puljen er\n1. marts 2025, og der gives svar i løbet af april."
    assert found(text)[0] == ("1. marts 2025", "2025-03-01", "ansøgningsfrist")


def test_seed_000_meeting_and_deadline() -> None:
    found = {d.text: (d.date, d.label) for d in find_dates(seed("000"))}
    assert found["d. 31.08.2018"] == ("2018-08-31", "informationsmøde")
    assert found["d. 1. oktober 2018"] == ("2018-10-01", "ansøgningsfrist")


def test_seed_002_letterhead_date_and_meeting_date() -> None:
    found = {d.text: (d.date, d.label) for d in find_dates(seed("002"))}
    assert found["28. september 2023"] == ("2023-09-28", "dato")
    assert found["27.09.23"] == ("2023-09-27", "informationsmøde")


def test_seed_003_meeting_period_and_answer() -> None:
    found = {d.text: (d.date, d.label) for d in find_dates(seed("003"))}
    assert found["Tirsdag d. 10. september 2019"] == ("2019-09-10", "informationsmøde")
    assert found["januar 2020 til december 2022"][0] == "2020-01"
    assert found["i december"] == (None, "svar")
    assert found["i september"] == (None, "udmelding")
    assert not any(text.strip().isdigit() for text in found)


def test_seed_004_meeting_and_project_period() -> None:
    found = {d.text: (d.date, d.label) for d in find_dates(seed("004"))}
    assert found["d. 7. september 2021"] == ("2021-09-07", "informationsmøde")
    assert found["fra januar 2022 til december 2024"] == ("2022-01", "projektperiode")


def test_a_clock_with_a_colon_after_a_comma_belongs_to_the_date() -> None:
    doc = make_doc(
        "Deadline: 2025-09-03, 14:00 CET. Frist 3. marts 2025, 12:00. Møde 4. maj 2025, 3 timer."
    )
    assert [(d.text, d.date) for d in find_dates(doc)] == [
        ("2025-09-03, 14:00", "2025-09-03"),
        ("3. marts 2025, 12:00", "2025-03-03"),
        ("4. maj 2025", "2025-05-04"),
    ]

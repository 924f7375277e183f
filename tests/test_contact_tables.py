"""Contact tables (extract/contact_tables.py and their contacts), on tables written here."""

from __future__ import annotations

from puljeportal.extract.contact_tables import contact_rows
from puljeportal.extract.contacts import find_contacts
from tests.helpers import lines, make_doc


def test_a_text_table_row_with_an_empty_cell_goes_by_column_position() -> None:
    rows, taken = contact_rows(
        lines(
            "Kontakt\n\n"
            "Navn                 Funktion            Telefon        E-mail\n"
            "Anne Holm            Konsulent           11 22 33 44    ah@x.dk\n"
            "Rådet                Formand Per Lund    55 66 77 88\n"
        )
    )
    assert [row.cells for row in rows] == [
        {"name": "Anne Holm", "role": "Konsulent", "phone": "11 22 33 44", "email": "ah@x.dk"},
        {"name": "Rådet", "role": "Formand Per Lund", "phone": "55 66 77 88"},
    ]
    assert taken == {2, 3, 4}


def test_a_markdown_contact_table_and_a_second_line_with_the_email() -> None:
    rows, _ = contact_rows(
        lines(
            "| Emne | Kontakt | Telefon |\n|---|---|---|\n| Puljen | Anne Holm | 11 22 33 44 |\n\n"
            "Emne        Kontakt         Telefon\nPortalen    Support         55 66 77 88\n"
            "support@x.dk\n"
        )
    )
    assert [row.cells for row in rows] == [
        {"role": "Puljen", "name": "Anne Holm", "phone": "11 22 33 44"},
        {"role": "Portalen", "name": "Support", "phone": "55 66 77 88", "email": "support@x.dk"},
    ]


def test_a_table_without_a_name_column_or_a_way_to_reach_anyone_is_no_contact_table() -> None:
    assert contact_rows(lines("Kriterium    Vægt\nKvalitet    40 %\n")) == ([], set())
    assert (
        contact_rows(lines("Navn    Funktion    Adresse\nAnne Holm    Formand    Vej 1\n"))[0] == []
    )


def test_contacts_from_a_table_with_the_person_in_the_role_column() -> None:
    found = find_contacts(
        make_doc(
            "Kontakt\n\nNavn                 Funktion                  Telefon        E-mail\n"
            "Anne Holm            Konsulent                 11 22 33 44    ah@x.dk\n"
            "Landsbyrådet         Formand Per Lund Hansen   55 66 77 88\n"
        ),
        [],
    )
    assert [(c.name, c.role, c.organisation, c.phone, c.email) for c in found] == [
        ("Anne Holm", "Konsulent", None, "11 22 33 44", "ah@x.dk"),
        ("Per Lund Hansen", "Formand", "Landsbyrådet", "55 66 77 88", None),
    ]


def test_a_row_whose_cells_lost_their_columns_still_gives_its_email_and_phone() -> None:
    # a PDF read back: the header's columns and the rows' cells no longer line up
    doc = make_doc(
        "Kontaktpersoner\n\n"
        "Emne   Navn   E-mail\n"
        "Telefon\n"
        "mitho@regsj.dk   29 14 60 83\n"
    )
    found = [(c.email, c.phone) for c in find_contacts(doc, [])]
    assert ("mitho@regsj.dk", "29 14 60 83") in found


def test_a_line_of_running_text_ends_a_contact_table() -> None:
    text = (
        "Emne   Kontaktperson   Telefon   E-mail\n"
        "Ansøgning   Birgitte Sand   20 47 13 86   bs@lag.dk\n"
        "Spørgsmål om regnskab kan rettes til Niels Vinter på nv@lag.dk eller 97 82 04 11.\n"
    )
    rows, taken = contact_rows(lines(text))
    assert len(rows) == 1 and 2 not in taken
    found = {(c.email, c.phone) for c in find_contacts(make_doc(text), [])}
    assert ("nv@lag.dk", "97 82 04 11") in found

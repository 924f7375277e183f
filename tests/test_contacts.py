"""Contacts: prose, contact cards, letterheads, functional addresses, pools, and the seeds."""

from __future__ import annotations

import pytest

from puljeportal.extract.contacts import find_contacts
from puljeportal.extract.pools import find_pools
from puljeportal.model import Contact
from tests.helpers import make_doc, seed


def contacts(text: str, pools: list[str] | None = None) -> list[Contact]:
    """The contacts found in a text."""
    return find_contacts(make_doc(text), pools or [])


def test_prose_contact_with_email_and_phone() -> None:
    [contact] = contacts("Har du spørgsmål, så kontakt Jens Hansen på jh@x.dk eller 12 34 56 78.")
    assert (contact.name, contact.email, contact.phone) == ("Jens Hansen", "jh@x.dk", "12 34 56 78")


@pytest.mark.parametrize(
    "phone",
    ["33 17 09 00", "+45 33170900", "3317 0900", "33170900", "+45 33 17 09 00", "0045 33170900",
     "(+45) 3317 0900", "+4533170900"],
)  # fmt: skip
def test_phone_formats_are_kept_as_written(phone: str) -> None:
    [contact] = contacts(f"Kontakt Anne Berg, tlf. {phone}, for mere information.")
    assert contact.phone == phone


@pytest.mark.parametrize(
    "written", ["lene.dahl (at) kultur.aarhus.dk", "lene.dahl[at]kultur.aarhus.dk"]
)
def test_written_out_at_sign_gives_the_address(written: str) -> None:
    [contact] = contacts(f"Skriv til Lene Dahl, {written}, hvis du har spørgsmål.")
    assert (contact.name, contact.email) == ("Lene Dahl", "lene.dahl@kultur.aarhus.dk")


@pytest.mark.parametrize("label", ["Telefonnummer:", "Mobilnr.", "Direkte:", "T:", "M.", "Tel"])
def test_phone_labels_make_a_number_a_phone_outside_a_contact_section(label: str) -> None:
    [contact] = contacts(f"Marie Lund\n{label} 44 55 66 77")
    assert (contact.name, contact.phone) == ("Marie Lund", "44 55 66 77")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kontakt Jens B. Holm på jbh@x.dk for at høre mere.", "Jens B. Holm"),
        ("Spørgsmål kan rettes til Eva van Dijk, tlf. 33 44 55 66.", "Eva van Dijk"),
        ("Henvendelse om ansøgningen til Anne-Sofie M. Krag (ask@x.dk).", "Anne-Sofie M. Krag"),
    ],
)
def test_names_with_a_middle_initial_or_a_particle(text: str, name: str) -> None:
    [contact] = contacts(text)
    assert contact.name == name


def test_a_name_wrapped_after_a_title_at_a_line_start() -> None:
    [contact] = contacts(
        "Kontaktperson\nSeniorkonsulent Ida\nMøller Krag, tlf. 33 22\n11 00, imk@x.dk"
    )
    assert (contact.name, contact.role, contact.phone) == (
        "Ida Møller Krag",
        "Seniorkonsulent",
        "33 22 11 00",
    )


def test_a_place_with_a_street_address_is_no_person() -> None:
    [contact] = contacts(
        "Kontakt\n\nKulturforvaltningen\nBorgernes Hus, Rådhuspladsen 2\n8000 Aarhus C\n"
        "Tlf. 89 40 20 00"
    )
    assert (contact.name, contact.phone) == ("Kulturforvaltningen", "89 40 20 00")


def test_a_title_ending_in_holder_is_a_role() -> None:
    [contact] = contacts("Bogholder Svend Aage Bak\nTlf.: 44 33 22 11 | sab@x.dk")
    assert (contact.name, contact.role) == ("Svend Aage Bak", "Bogholder")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Spørgsmål rettes til Puljesekretariatet på telefon 33 95 42 00.", "Puljesekretariatet"),
        ("Kontakt Styrelsen for Undervisning og Kvalitet, tlf. 70 21 21 55.",
         "Styrelsen for Undervisning og Kvalitet"),
        ("Du kan henvende dig hos Kulturforvaltningen (kultur@by.dk).", "Kulturforvaltningen"),
    ],
)  # fmt: skip
def test_a_unit_named_after_a_contact_cue_names_its_address(text: str, unit: str) -> None:
    [contact] = contacts(text)
    assert contact.name == unit


def test_a_unit_merely_mentioned_does_not_name_an_address() -> None:
    [contact] = contacts("Læs om adgang til Omstillingsfonden. Spørgsmål til fonden@x.dk")
    assert contact.name == "fonden@x.dk"


def test_a_role_after_a_name_goes_on_over_a_line_ending_in_a_slash_or_og() -> None:
    found = contacts(
        "Kontakt\nMaja Lind, kulturkonsulent /\nfundraiser\nTlf.: 2211 3344 - mali@by.dk\n\n"
        "Ole Friis, formand og\nkasserer, tlf. 2299 8877"
    )
    assert [c.role for c in found] == ["kulturkonsulent / fundraiser", "formand og kasserer"]


def test_case_customer_and_invoice_numbers_are_not_phones() -> None:
    found = contacts(
        "Kontakt os\n\nSagsnummer: 2024 0012\nKundenr. 55 66 77 88\nFakturanr.: 12345678\n"
        "CPR-nr. 0101 9012\nTelefon 33 33 22 11"
    )
    assert [c.phone for c in found] == ["33 33 22 11"]


def test_letterhead_with_a_title_label_and_long_field_names() -> None:
    [contact] = contacts(
        "Projektleder:\nSara Krogh\n\nForvaltning:\nKultur og Fritid\n\n"
        "Telefonnummer:\n33 66 77 88\n\nE-mailadresse:\nsakr@kommune.dk"
    )
    assert (contact.name, contact.role, contact.organisation, contact.phone, contact.email) == (
        "Sara Krogh",
        "projektleder",
        "Kultur og Fritid",
        "33 66 77 88",
        "sakr@kommune.dk",
    )


def test_title_before_a_name_is_the_role_and_the_unit_after_it_the_organisation() -> None:
    found = contacts(
        "Yderligere oplysninger fås hos specialkonsulent Ole Bak i Styrelsen for Tilskud, "
        "tlf. 72 26 90 00, eller fuldmægtig Eva Lund, tlf. 72 26 90 01."
    )
    assert [(c.name, c.role, c.phone) for c in found] == [
        ("Ole Bak", "specialkonsulent", "72 26 90 00"),
        ("Eva Lund", "fuldmægtig", "72 26 90 01"),
    ]
    assert found[0].organisation == "Styrelsen"


def test_card_with_role_lines_before_the_names() -> None:
    found = contacts(
        "Kontakt\nKontorchef for tilskud\nPer Holm\ntlf.: 7226 7117\nProjektleder\nMia Dahl"
    )
    assert [(c.name, c.role, c.phone) for c in found] == [
        ("Per Holm", "Kontorchef for tilskud", "7226 7117"),
        ("Mia Dahl", "Projektleder", None),
    ]


def test_card_with_role_lines_after_the_names() -> None:
    found = contacts(
        "Kontaktpersoner\n\nRikke Sand\nChef for Sekretariatet\nTelefon: 3339 4034\n\n"
        "Hans Moe\nChefkonsulent\nTelefon: 3339 4265"
    )
    assert [(c.name, c.role, c.phone) for c in found] == [
        ("Rikke Sand", "Chef for Sekretariatet", "3339 4034"),
        ("Hans Moe", "Chefkonsulent", "3339 4265"),
    ]


def test_name_line_with_role_after_a_comma() -> None:
    [contact] = contacts("Katrine Holm, koordinator / projektleder\nTlf.: 2057 0021 - kh@by.dk")
    assert (contact.role, contact.email, contact.phone) == (
        "koordinator / projektleder",
        "kh@by.dk",
        "2057 0021",
    )


def test_letterhead_labels_with_values_on_the_next_lines() -> None:
    [contact] = contacts(
        "**Enhed:**\nSocial og\nSundhed\n\n**Sagsbehandler:**\nLone Vinter\n\n"
        "**Sagsnr.:**\n2022 - 8309"
    )
    assert (contact.name, contact.role, contact.organisation) == (
        "Lone Vinter",
        "sagsbehandler",
        "Social og Sundhed",
    )
    assert contact.phone is None  # a case number is not a phone


def test_mailto_list_adds_nothing_and_the_named_entry_wins() -> None:
    found = contacts(
        "Spørgsmål: kontakt Iben Lund via ibl@st.dk.\n\nmailto:ibl@st.dk\nmailto:drift@st.dk\n"
    )
    assert [(c.name, c.email) for c in found] == [
        ("Iben Lund", "ibl@st.dk"),
        ("drift@st.dk", "drift@st.dk"),
    ]


def test_functional_address_takes_the_unit_and_the_kind_of_questions() -> None:
    found = contacts(
        "- Tilskudsforvaltningen kontaktes via mail (drift@st.dk) før fristen.\n\n"
        "• Henvendelser om tekniske spørgsmål sendes til drift@st.dk"
    )
    [contact] = found
    assert (contact.name, contact.email, contact.role) == (
        "Tilskudsforvaltningen",
        "drift@st.dk",
        "teknisk",
    )


def test_unit_card_takes_its_heading_line_as_name() -> None:
    [contact] = contacts(
        "Kontakt\n\nBørn og Kultur\nKulturkontoret\nTorvet 19\n6700 Byen\n76 16 16 16"
    )
    assert (contact.name, contact.phone) == ("Kulturkontoret", "76 16 16 16")


def test_fax_cvr_and_labelled_columns_are_not_phones() -> None:
    found = contacts(
        "MINISTERIET\nSlotsgade 10\n1216 København K\nTlf.\nFax\n33 92 33 50\n33 12 37 78\n"
        "CVR-nr. 10 09 24 85\nMed venlig hilsen\nAnna Jensen"
    )
    assert [(c.name, c.phone) for c in found] == [("MINISTERIET", "33 92 33 50")]


def test_names_in_running_text_are_not_contacts() -> None:
    text = "Ministeren Karen Holm udtaler, at Danmarks Statistik har tal.\n\nSe www.x.dk."
    assert contacts(text) == []


def test_pool_headings_assign_each_person_their_pool() -> None:
    pools = ["Styrket læring for anbragte børn", "Bedre hjælp til plejefamilier i kommunerne"]
    found = contacts(
        "Styrket læring\n\n• Spørgsmål af faglig karakter: kontakte Ida Berg via ib@st.dk\n\n"
        "Bedre hjælp til plejefamilier\n\n• Spørgsmål af teknisk karakter: kontakte Ole Ravn via "
        "or@st.dk\n\n• Tekniske spørgsmål til it@st.dk",
        pools,
    )
    assert [(c.name, c.role, c.pool) for c in found] == [
        ("Ida Berg", "faglig", pools[0]),
        ("Ole Ravn", "teknisk", pools[1]),
        ("it@st.dk", None, None),
    ]


def test_single_pool_is_every_contacts_pool() -> None:
    [contact] = contacts("Kontakt Jens Hansen på jh@x.dk.", ["Puljen til noget godt"])
    assert contact.pool == "Puljen til noget godt"


def test_seed_003_six_people_and_the_technical_address() -> None:
    doc = seed("003")
    pools = [pool.title for pool in find_pools(doc)]
    found = find_contacts(doc, pools)
    people = [c for c in found if c.email and not c.email.startswith("portal@")]
    assert len(people) == 6
    assert all(c.name.count(" ") >= 1 and c.email and c.pool in pools for c in people)
    assert sorted(c.role or "" for c in people) == ["puljeteknisk"] * 3 + ["socialfaglig"] * 3
    for pool in pools:  # two people answer for each pool
        assert len([c for c in people if c.pool == pool]) == 2
    by_email = {c.email: c for c in found}
    assert by_email["ibas@socialstyrelsen.dk"].name == "Iben Attrup Nielsen"
    assert (
        by_email["ibas@socialstyrelsen.dk"].pool == "Styrket læringsmiljø for anbragte børn og unge"
    )
    assert by_email["ahos@socialstyrelsen.dk"].pool == (
        "Styrket familiebehandling til meget udsatte familier"
    )
    technical = by_email["portal@socialstyrelsen.dk"]
    assert (technical.name, technical.role, technical.pool) == (
        "Tilskudsforvaltning",
        "teknisk",
        None,
    )
    assert len(found) == 7  # the mailto: list added nobody


def test_seed_002_case_handler() -> None:
    [contact] = find_contacts(seed("002"), [])
    assert (contact.name, contact.role, contact.organisation, contact.page) == (
        "Holger Kristoffersen",
        "sagsbehandler",
        "Børn, Unge og Familier",
        1,
    )


def test_seeds_without_contacts() -> None:
    for prefix in ("000", "001", "004"):
        assert find_contacts(seed(prefix), []) == []


def test_a_unit_named_in_the_next_sentence_is_a_contact_of_its_own() -> None:
    found = contacts(
        "Faglige spørgsmål kan rettes til specialkonsulent Ida Holm, tlf. 33 92 68 41, "
        "e-mail ih@styrelsen.dk.\nSpørgsmål om portalen rettes til Tilskudsservice på "
        "tlf. 33 92 67 00.\n\nKontakt Bo Lund, tlf. 22 33 44 55,\nmobil 40 50 60 70.\n"
    )
    assert [(c.name, c.email, c.phone) for c in found] == [
        ("Ida Holm", "ih@styrelsen.dk", "33 92 68 41"),
        ("Tilskudsservice", None, "33 92 67 00"),
        ("Bo Lund", None, "22 33 44 55"),
    ]


def test_a_units_number_on_its_own_labelled_line_under_a_person_is_its_own_contact() -> None:
    found = contacts(
        "Kontakt\nKonsulent Mette Bro, mb@fond.dk, tlf. 20 30 40 50\n"
        "Fondens hovednummer: 70 10 20 30\n"
    )
    assert [(c.name, c.phone) for c in found] == [
        ("Mette Bro", "20 30 40 50"),
        ("Fondens hovednummer", "70 10 20 30"),
    ]


def test_a_persons_mobile_on_its_own_labelled_line_stays_with_the_person() -> None:
    found = contacts(
        "Kontakt\nKonsulent Mette Bro, mb@fond.dk, tlf. 20 30 40 50\nMobil: 60 70 80 90\n"
    )
    assert [(c.name, c.phone) for c in found] == [("Mette Bro", "20 30 40 50")]


def test_a_bare_number_after_ringe_til_or_rettes_til_is_a_phone() -> None:
    found = contacts(
        "Har du spørgsmål, kan du ringe til konsulent Trine Bak på 51 62 08 39 på hverdage.\n\n"
        "Spørgsmål om portalen kan rettes til Portalens support på 33 95 71 60.\n\n"
        "Projektet har 12 34 56 78 deltagere i alt."
    )
    assert [c.phone for c in found] == ["51 62 08 39", "33 95 71 60"]


@pytest.mark.parametrize("separator", [" · ", " | ", " – ", " • "])
def test_a_number_set_apart_from_a_name_by_a_separator_is_the_persons_phone(
    separator: str,
) -> None:
    found = contacts(
        f"Kontakt\npulje@styrelsen.dk\nProjektleder Simon Riis{separator}35 29 17 73\n"
    )
    person = next(c for c in found if c.name == "Simon Riis")
    assert person.phone == "35 29 17 73"


def test_a_number_after_a_separator_wrapped_in_a_narrow_column_is_the_persons_phone() -> None:
    found = contacts("Kontakt\npulje@region.dk\nSpecialkonsulent Thomas Ejlersen · 24 19 63\n77\n")
    person = next(c for c in found if c.name == "Thomas Ejlersen")
    assert person.phone == "24 19 63 77"


@pytest.mark.parametrize(
    "text",
    [
        "Eller ring til projektleder Maja Thorup: 96 10\n33 72\nTak for i dag!",
        "Specialkonsulent Maja Thorup kan træffes på 96\n10 33 72 alle hverdage kl. 9-15.",
    ],
)
def test_a_number_wrapped_after_a_colon_or_paa_in_contact_prose_is_a_phone(text: str) -> None:
    person = next(c for c in contacts(text) if c.name == "Maja Thorup")
    assert person.phone in ("96 10 33 72",)


def test_a_number_after_a_separator_outside_contact_text_is_no_phone() -> None:
    assert contacts("Sagsnummer · 35 29 17 73\nProjektet løber i to år.") == []

"""Target group, applicants and links: one test per rule, in wordings the seeds do not use."""

from __future__ import annotations

from puljeportal.document import Line, RawDocument
from puljeportal.extract.eligibility import (
    find_applicants,
    find_links,
    find_target_group,
)
from puljeportal.model import Passage
from tests.helpers import doc, make_doc, seed


def texts(found: list[Passage]) -> list[str]:
    return [item.text for item in found]


# --- Labelled sections


def test_heading_then_paragraph_until_the_next_heading() -> None:
    document = doc("""
        Tilskud til lokale klubber

        Målgruppe

        Børn i alderen 6-12 år, som ikke i forvejen
        går til en fritidsaktivitet.

        Ansøgningsfrist

        Fristen er 1. maj.
    """)
    [passage] = find_target_group(document)
    assert (
        passage.text == "Børn i alderen 6-12 år, som ikke i forvejen går til en fritidsaktivitet."
    )
    assert passage.page == 1


def test_heading_with_scope_and_no_blank_lines() -> None:
    document = doc("""
        Puljen er på 2 mio. kr.
        Målgruppen for puljen
        Ældre borgere, der bor alene og ønsker at deltage i fællesskaber.
        Hvem kan søge puljen?
        Frivillige foreninger med et CVR-nummer.
        Frist
        Der er frist den 3. marts.
    """)
    assert texts(find_target_group(document)) == [
        "Ældre borgere, der bor alene og ønsker at deltage i fællesskaber."
    ]
    assert texts(find_applicants(document)) == ["Frivillige foreninger med et CVR-nummer."]


def test_markdown_heading_joins_wrapped_lines_and_repairs_hyphenation() -> None:
    document = doc("""
        ## Målgruppe

        Puljen henvender sig til sårbare børne-
        familier og til børne- og ungeområdets
        frivillige.

        ## Økonomi

        Der er afsat 5 mio. kr.
    """)
    [passage] = find_target_group(document)
    assert passage.text == (
        "Puljen henvender sig til sårbare børnefamilier og til børne- og ungeområdets frivillige."
    )


def test_bold_question_heading_with_a_list_keeps_the_bullets() -> None:
    document = doc("""
        **Hvem kan søge?**

        Følgende kan søge om tilskud:
        - kommuner
        - regioner og
          selvejende institutioner

        **Hvad kan der søges til?**

        Løn og drift.
    """)
    [passage] = find_applicants(document)
    assert passage.text == (
        "Følgende kan søge om tilskud:\n\n• kommuner\n• regioner og selvejende institutioner"
    )


def test_page_break_inside_a_section_keeps_the_page_where_it_starts() -> None:
    document = make_doc(
        "Indledning til puljen.\n\nAnsøgerkreds\n\nPuljen kan søges af kommuner og\f"
        "regioner, der samarbejder med mindst én forening.\n\nTidsplan\n\nSvar i juni."
    )
    [passage] = find_applicants(document)
    assert passage.text == (
        "Puljen kan søges af kommuner og regioner, der samarbejder med mindst én forening."
    )
    assert passage.page == 1


def test_numbered_heading_and_an_aside_in_brackets() -> None:
    document = doc("""
        3. Hvem kan søge (ansøgningsberettigede)?

        Landsdækkende organisationer på socialområdet.

        4. Økonomi

        Der er afsat 10 mio. kr.
    """)
    assert texts(find_applicants(document)) == ["Landsdækkende organisationer på socialområdet."]


def test_bulleted_question_with_an_answer_is_a_section() -> None:
    document = doc("""
        Puljen
         • Hvem kan søge?

           Unge under 25, der har en idé til et arrangement.

         • Hvad kan jeg søge til?

           Leje af lokaler.
    """)
    assert texts(find_applicants(document)) == ["Unge under 25, der har en idé til et arrangement."]


def test_contents_lists_are_not_sections() -> None:
    document = doc("""
        Vejledningen beskriver blandt andet:
        - Formål

        - Ansøgerkreds

        - Målgruppe

        - § 6: Målgruppen
        - Hvem kan søge?
        - Hvad kan der søges til?

        Indhold

        1. Formål
        2. Målgruppe
        3. Ansøgerkreds
        4. Tildelingskriterier

        Målgruppe

        Ansøgerkreds

        Budget

        Budgettet skal være realistisk.
    """)
    assert find_target_group(document) == []
    assert find_applicants(document) == []


def test_a_heading_that_heads_nothing_gives_nothing() -> None:
    document = doc("""
        Hvem kan søge?

        Hvad kan der søges penge til?

        Aktiviteter i lokalsamfundet.

        Hvem kan søge om fondsmidlerne?

        Se beskrivelsen af målgrupper for fonden:

        Målgrupper for fonden

        Uddannelsesinstitutionerne skal vejlede kursisten om mulighederne.
    """)
    assert find_applicants(document) == []
    assert find_target_group(document) == []


def test_a_form_field_asking_for_the_target_group_states_nothing() -> None:
    document = doc("""
        Ansøgningsskemaet

        Målgruppe

        Beskriv projektets målgruppe, og hvordan den rekrutteres.

        Ansøgerkreds: Angiv, hvilke parter der indgår i projektet.
    """)
    assert find_target_group(document) == []
    assert find_applicants(document) == []


def test_a_long_section_is_cut_at_a_sentence_end() -> None:
    sentence = "Puljen støtter foreninger, der arbejder med unge i udsatte boligområder. "
    document = doc("Målgruppe\n\n" + sentence * 40 + "\n\nFrist\n\nSnart.")
    [passage] = find_target_group(document)
    assert 1000 < len(passage.text) <= 1200  # the section is 40 sentences, 2,880 characters
    assert passage.text.endswith("boligområder.")


# --- Inline labels


def test_inline_label_takes_the_rest_of_its_paragraph() -> None:
    document = doc("""
        Målgruppe: Borgere over 65 år med en kronisk
        sygdom og deres pårørende.
        Ansøgerkreds: Kommuner og regioner.
        Ansøgningsfrist: 1. oktober.
    """)
    assert texts(find_target_group(document)) == [
        "Borgere over 65 år med en kronisk sygdom og deres pårørende."
    ]
    assert texts(find_applicants(document)) == ["Kommuner og regioner."]


def test_inline_label_glued_by_pdf_extraction_and_as_a_bullet() -> None:
    document = doc("""
        Fakta om puljen
        • Målgruppe:Unge mellem 15 og 25 år uden uddannelse.
        • Ansøgerkreds: Produktionsskoler.
    """)
    assert texts(find_target_group(document)) == ["Unge mellem 15 og 25 år uden uddannelse."]
    assert texts(find_applicants(document)) == ["Produktionsskoler."]


# --- Stating sentences


def test_sentence_stating_the_target_group_is_taken_alone() -> None:
    document = doc("""
        Puljen åbner i dag. Målgruppen for indsatsen er familier med
        børn under 3 år, der bor i landdistrikter. Der er afsat 4 mio. kr.
    """)
    assert texts(find_target_group(document)) == [
        "Målgruppen for indsatsen er familier med børn under 3 år, der bor i landdistrikter."
    ]


def test_answer_word_before_the_statement_is_left_off() -> None:
    document = doc("""
        1. Er målgruppen kun børn?
        Ja, målgruppen er børn og unge under 18 år. Forældre indgår ikke.
        2. Hvornår er fristen?
        Fristen er 1. maj.
    """)
    assert texts(find_target_group(document)) == ["Målgruppen er børn og unge under 18 år."]


def test_pool_aimed_at_is_a_target_group_but_a_relative_clause_is_not() -> None:
    document = doc("""
        Ansøgningspuljen er primært målrettet pårørende til mennesker med demens.
        Kommunen skal udvikle en indsats, der er målrettet udsatte familier.
        Vær konkrete i forhold til målgruppe, samt eksisterende praksis.
        Formålet er at få engageret målgruppen i nye aktiviteter.
    """)
    assert texts(find_target_group(document)) == [
        "Ansøgningspuljen er primært målrettet pårørende til mennesker med demens."
    ]


def test_sentences_stating_who_may_apply() -> None:
    document = doc("""
        Puljen er på 10 mio. kr. og kan kun søges af kommuner i Region Syddanmark.

        Det er alene selvejende institutioner, der kan søge puljen.

        Kommuner og regioner kan søge om tilskud til mange ting.
    """)
    assert texts(find_applicants(document)) == [
        "Puljen er på 10 mio. kr. og kan kun søges af kommuner i Region Syddanmark.",
        "Det er alene selvejende institutioner, der kan søge puljen.",
    ]


def test_sentence_ending_in_a_colon_takes_its_list() -> None:
    document = doc("""
        Følgende organisationer kan søge puljen:

         • idrætsforeninger
         • spejderkorps

        Puljen åbner i maj.
    """)
    assert texts(find_applicants(document)) == [
        "Følgende organisationer kan søge puljen:\n\n• idrætsforeninger\n• spejderkorps"
    ]


def test_heading_and_a_sentence_inside_it_are_given_once() -> None:
    document = doc("""
        Ansøgerkreds

        Ansøgerkredsen er landsdækkende frivillige organisationer.

        Målgruppe

        Målgruppen er borgere med behov for en social indsats.
    """)
    assert texts(find_applicants(document)) == [
        "Ansøgerkredsen er landsdækkende frivillige organisationer."
    ]
    assert texts(find_target_group(document)) == [
        "Målgruppen er borgere med behov for en social indsats."
    ]


def test_at_most_a_few_passages_in_document_order() -> None:
    body = "\n\n".join(f"Pulje {n} kan søges af forening nummer {n}." for n in range(1, 7))
    found = find_applicants(doc(body))
    assert len(found) == 3
    assert found[0].text == "Pulje 1 kan søges af forening nummer 1."


# --- Questions and answers


def test_answer_to_a_who_may_apply_question() -> None:
    document = doc("""
        Spørgsmål 1: Hvornår er fristen?
        Svar 1: Den 1. oktober.

        Spørgsmål 2: Kan private friskoler søge puljen?
        Svar 2: Nej, kun kommunale skoler kan modtage tilskud fra puljen.

        Spørgsmål 3: Kan man søge flere gange?
        Svar 3: Ja, én gang om året.

        Spørgsmål 4: Hvem kan søge om forlængelse af projektperioden?
        Svar 4: Alle projekter, der er forsinket.
    """)
    assert texts(find_applicants(document)) == [
        "Nej, kun kommunale skoler kan modtage tilskud fra puljen."
    ]


def test_answer_to_a_target_group_question() -> None:
    document = doc("""
        SPG 1: Hvad er målgruppen for projektet?
        Svar: Unge hjemløse mellem 18 og 30 år.

        SPG 2: Hvor meget kan man søge?
        Svar: Op til 1 mio. kr.
    """)
    assert texts(find_target_group(document)) == ["Unge hjemløse mellem 18 og 30 år."]


# --- Links


def test_link_with_a_label_before_it_and_trailing_punctuation() -> None:
    document = doc("""
        Læs mere på www.eksempel.dk/puljer.
        Ansøgningsskema: https://tilskud.example.dk/skema.pdf
        Vejledningen (se https://eksempel.dk/vejledning).
    """)
    assert [(link.url, link.label) for link in find_links(document)] == [
        ("www.eksempel.dk/puljer", "Læs mere"),
        ("https://tilskud.example.dk/skema.pdf", "Ansøgningsskema"),
        ("https://eksempel.dk/vejledning", "Vejledningen"),
    ]


def test_balanced_brackets_stay_in_an_address() -> None:
    [link] = find_links(doc("Se (https://da.example.org/wiki/Pulje_(tilskud))."))
    assert link.url == "https://da.example.org/wiki/Pulje_(tilskud)"


def test_address_broken_at_a_line_end_is_joined() -> None:
    document = doc("""
        Skabelonerne ligger på portalen: https://portal.example.dk/Sider/samarbejde
        plejedoegn2018.aspx. Hent dem i god tid.
        Se også www.example.dk/puljer/
        busfremkommelighed for flere puljer.
    """)
    assert [link.url for link in find_links(document)] == [
        "https://portal.example.dk/Sider/samarbejdeplejedoegn2018.aspx",
        "www.example.dk/puljer/busfremkommelighed",
    ]


def test_address_at_a_line_end_does_not_swallow_the_next_line() -> None:
    document = doc("""
        Se www.example.dk
        som har flere oplysninger.
        Web: www.ministeriet.dk
        7. juni 2012
    """)
    assert [link.url for link in find_links(document)] == ["www.example.dk", "www.ministeriet.dk"]


def test_address_alone_on_a_line_takes_the_introduction_above() -> None:
    document = doc("""
        Budgettet udfyldes i et excel-ark. Skabelonen ligger på Tilskudsportalen:

        https://tilskud.example.dk/Sider/pulje2018.aspx
    """)
    [link] = find_links(document)
    assert link.label == "Skabelonen ligger på Tilskudsportalen"


def test_same_address_twice_is_one_link_and_a_later_label_fills_in() -> None:
    document = make_doc(
        "https://www.example.dk/pulje/\fLæs om puljen på www.example.dk/pulje\n"
        "HTTP://WWW.EXAMPLE.DK/PULJE"
    )
    [link] = find_links(document)
    assert (link.url, link.label, link.page) == (
        "https://www.example.dk/pulje/",
        "Læs om puljen",
        1,
    )


def test_email_addresses_are_never_links() -> None:
    document = doc("""
        Skriv til puljer@www-example.dk eller info@www.example.dk.
        mailto:puljer@example.dk
        mailto:https://example.dk
    """)
    assert find_links(document) == []


def test_addresses_glued_by_pdf_extraction() -> None:
    document = doc("""
        KulturministerietTlfE-mailWeb::::33 92 33 70[email protected]www.kum.dk
        Slotsholmsgade 10M[email protected]Wwww.im.dk
    """)
    assert [(link.url, link.label) for link in find_links(document)] == [
        ("www.kum.dk", None),
        ("www.im.dk", None),
    ]


def test_link_page_is_the_line_where_the_address_starts() -> None:
    document = RawDocument(
        source="x.txt",
        sha256="0",
        pages=2,
        lines=[Line("Forside", 1), Line("Tilmelding: https://example.dk/tilmeld", 2)],
    )
    [link] = find_links(document)
    assert (link.page, link.label) == (2, "Tilmelding")


# --- The seed documents


def test_seeds() -> None:
    slides = seed("003")
    [applicants] = find_applicants(slides)
    assert applicants.page == 6
    assert applicants.text.startswith("1. Projektkommunerne skal i fællesskab modne én familie")
    assert "\n3. Kommuner kan ansøge puljen, uanset om" in applicants.text
    assert applicants.text.endswith("i projektperioden.")
    assert find_target_group(slides) == []  # "- Målgruppe", "- § 6: Målgruppen" are contents
    assert find_links(slides) == []  # only e-mail addresses and mailto: lines

    assert texts(find_target_group(seed("004"))) == [
        "Målgruppen for puljen er børn og unge under 18 år, som skal anbringes uden for hjemmet."
    ]
    assert texts(find_target_group(seed("000")))[0].startswith("Initiativet er målrettet pleje")
    assert [(link.url, link.page) for link in find_links(seed("000"))] == [
        ("https://tilskudsportal.sm.dk/Sider/samarbejdeplejedoegn2018.aspx", 3)
    ]
    assert texts(find_applicants(seed("002")))[0].startswith("Det er kun kommuner som kan søge")
    assert find_applicants(seed("001")) == find_target_group(seed("001")) == []

"""Q&A rules (extract/qa.py), each on variants written here, not on the seeds' wording."""

from __future__ import annotations

import pytest

from puljeportal.extract.qa import find_qa
from tests.helpers import lines


def qa(text: str) -> list[tuple[int | None, str, str]]:
    entries, _ = find_qa(lines(text))
    return [(e.number, e.question, e.answer) for e in entries]


def test_numbered_labels_with_numbered_answers() -> None:
    text = """\
        Spørgsmål 1: Kan en forening søge?
        Svar 1: Nej, kun kommuner.
        Spørgsmål 2: Hvornår er fristen?
        Svar 2: Den 1. marts.
        """
    assert qa(text) == [
        (1, "Kan en forening søge?", "Nej, kun kommuner."),
        (2, "Hvornår er fristen?", "Den 1. marts."),
    ]


def test_comment_labels_and_an_unnumbered_answer_label() -> None:
    text = """\
        Spørgsmål/kommentar 7: Vi synes modellen er god. Den bør dog
        omfatte flere familier.
        Svar/kommentar 7: Det noterer vi.
        Spørgsmål 8: Må vi samarbejde?
        Svar: Ja.
        """
    assert qa(text) == [
        (7, "Vi synes modellen er god. Den bør dog omfatte flere familier.", "Det noterer vi."),
        (8, "Må vi samarbejde?", "Ja."),
    ]


def test_bold_markdown_labels_and_a_question_ending_in_a_colon() -> None:
    text = """\
        **SPG 1:** Kan døgninstitutioner søge puljen eller skal det være en kommune:

        **Svar:** Det er kun kommuner, som kan søge.

        **SPG 2:** Hvor mange familier skal der være?

        **Svar:** Mindst fem om året.
        """
    assert qa(text) == [
        (
            1,
            "Kan døgninstitutioner søge puljen eller skal det være en kommune:",
            "Det er kun kommuner, som kan søge.",
        ),
        (2, "Hvor mange familier skal der være?", "Mindst fem om året."),
    ]


def test_unnumbered_question_label_and_q_a_labels() -> None:
    assert qa("Spørgsmål: Kan vi søge to gange?\nSvar: Nej.\n") == [
        (None, "Kan vi søge to gange?", "Nej.")
    ]
    assert qa("Q: Is English accepted?\nA: Yes.\nQ3: And late?\nA3: No.\n") == [
        (None, "Is English accepted?", "Yes."),
        (3, "And late?", "No."),
    ]


def test_labelled_question_without_answer_label_ends_at_its_question_mark() -> None:
    text = "Spørgsmål 1: Kan vi søge\nsammen med en anden kommune?\nJa, det kan I godt.\n"
    assert qa(text) == [(1, "Kan vi søge sammen med en anden kommune?", "Ja, det kan I godt.")]


def test_numbered_questions_that_wrap_over_lines() -> None:
    text = """\
        Spørgsmål og svar fra mødet:

        1. Er det mindst 25 anbringelser på ét år, som er kriteriet for at

        kunne søge puljen?

        Ja, det er et af kriterierne.

        2. Der er mange kommuner, som ikke lever op til kravet om mindst 25
        anbringelser på ét år. Hvad
        gør de?
        De kan gå sammen med andre.
        """
    assert qa(text) == [
        (
            1,
            "Er det mindst 25 anbringelser på ét år, som er kriteriet for at kunne søge puljen?",
            "Ja, det er et af kriterierne.",
        ),
        (
            2,
            "Der er mange kommuner, som ikke lever op til kravet om mindst 25 anbringelser på "
            "ét år. Hvad gør de?",
            "De kan gå sammen med andre.",
        ),
    ]


def test_a_numbered_list_inside_an_answer_does_not_start_questions() -> None:
    text = """\
        1. Hvad skal ansøgningen indeholde?
        Den skal indeholde:
        1. en projektbeskrivelse.
        2. et budget?
        3. en tidsplan.
        10 mio. kr. er puljens samlede beløb.
        2. Hvornår får vi svar?
        I december.
        """
    result = qa(text)
    assert [number for number, _, _ in result] == [1, 2]
    assert result[0][2] == (
        "Den skal indeholde:\n\n1. en projektbeskrivelse.\n2. et budget?\n3. en tidsplan.\n\n"
        "10 mio. kr. er puljens samlede beløb."
    )


def test_an_answer_crosses_a_page_break() -> None:
    text = "Spørgsmål 1: Hvad dækker puljen?\nSvar 1: Løn til projektledelse og\n"
    text += "\fudgifter til kurser.\n"
    entries, _ = find_qa(lines(text))
    assert entries[0].answer == "Løn til projektledelse og udgifter til kurser."
    assert entries[0].page == 1


def test_answers_keep_paragraphs_bullets_links_and_e_mail() -> None:
    text = """\
        Spørgsmål 1: Hvor finder vi skabelonerne?
        Svar 1: På Tilskudsportalen:
        https://tilskudsportal.example.dk/Sider/pulje2018.aspx

        Skriv til puljer@example.dk hvis noget mangler. Husk:
        • budget
        • ansøgningsskema
        """
    entries, _ = find_qa(lines(text))
    assert entries[0].answer == (
        "På Tilskudsportalen:\n\nhttps://tilskudsportal.example.dk/Sider/pulje2018.aspx\n\n"
        "Skriv til puljer@example.dk hvis noget mangler. Husk:\n\n• budget\n• ansøgningsskema"
    )


def test_bold_or_heading_question_lines() -> None:
    text = """\
        # Ofte stillede spørgsmål

        ## Hvem kan søge puljen?

        Alle kommuner i Danmark kan søge om tilskud.

        **Hvornår er ansøgningsfristen?**
        Fristen er den 1. oktober kl. 12.00 i år.
        """
    assert qa(text) == [
        (None, "Hvem kan søge puljen?", "Alle kommuner i Danmark kan søge om tilskud."),
        (None, "Hvornår er ansøgningsfristen?", "Fristen er den 1. oktober kl. 12.00 i år."),
    ]


def test_bare_question_lines_followed_by_prose() -> None:
    text = """\
        Kan jeg søge til flere arrangementer i samme ansøgning?

        Ja - det kan du godt. Hvert arrangement skal beskrives.

        Hvad skal jeg være særligt opmærksom på?

        Din ansøgning behandles konkret og individuelt af forvaltningen.
        """
    assert [q for _, q, _ in qa(text)] == [
        "Kan jeg søge til flere arrangementer i samme ansøgning?",
        "Hvad skal jeg være særligt opmærksom på?",
    ]


def test_slide_titles_that_ask_are_not_questions() -> None:
    text = """\
        Hvem er vi?

        IMPLEMENT

        Spørgsmål?

        Kage og tak for i dag!
        """
    assert qa(text) == []


def test_a_heading_after_the_last_answer_is_left_out_with_a_warning() -> None:
    text = "Spørgsmål 1: Må vi?\nSvar 1: Ja.\n\n## Kontakt\n"
    entries, warnings = find_qa(lines(text))
    assert entries[0].answer == "Ja."
    assert warnings == ["side 1: overskrift efter svaret ikke medtaget: «Kontakt»"]


def test_only_answers_labelled_the_question_is_the_paragraph_before() -> None:
    text = """\
        Ministeren har modtaget følgende spørgsmål, som hermed besvares.

        ”Hvilke konsekvenser får aftalen for de puljer,
        der gives støtte fra i 2009?”
        Svar:
        Støtten gives fortsat efter de samme regler.
        Med venlig hilsen
        """
    assert qa(text)[0][:2] == (
        None,
        "”Hvilke konsekvenser får aftalen for de puljer, der gives støtte fra i 2009?”",
    )


def test_a_reference_before_the_label_and_the_question_on_the_next_line() -> None:
    text = "§ 16 Spørgsmål nr. 14:\n\n”Hvor stort er beløbet?”\n\nSvar:\n\nI alt 500 mio. kr.\n"
    assert qa(text) == [(14, "”Hvor stort er beløbet?”", "I alt 500 mio. kr.")]


def test_a_timestamp_glued_to_the_question_is_dropped() -> None:
    text = "Q: Vægtes forankring?2018-12-07T10:04:41+00:00\n\nA:  Ja, det gør den.\n"
    assert qa(text) == [(None, "Vægtes forankring?", "Ja, det gør den.")]


def test_questions_wrapped_in_a_narrow_column_are_joined_before_the_question_mark() -> None:
    text = """\
        Hvor mange penge er der i
        Varmepumpepuljen?

        Der er afsat 100 mio. kr. til puljen i år.
        """
    assert qa(text) == [
        (
            None,
            "Hvor mange penge er der i Varmepumpepuljen?",
            "Der er afsat 100 mio. kr. til puljen i år.",
        )
    ]


def test_a_wrapped_sentence_ending_in_the_word_spoergsmaal_is_not_a_label() -> None:
    text = """\
        Her kan du få svar på de mest stillede
        spørgsmål.

        Hvem er omfattet af ordningen?

        Alle virksomheder, der er omfattet af overenskomsten.
        """
    assert [q for _, q, _ in qa(text)] == ["Hvem er omfattet af ordningen?"]


def test_labels_standing_alone_on_their_lines() -> None:
    text = """\
        Spm. 1
        Må tilskuddet dække
        husleje?

        Svar
        Ja, hvis lokalet kun bruges til projektet.

        SPØRGSMÅL 2
        Kan vi søge to gange?

        SVAR
        Nej, én ansøgning pr. kommune.
        """
    assert qa(text) == [
        (1, "Må tilskuddet dække husleje?", "Ja, hvis lokalet kun bruges til projektet."),
        (2, "Kan vi søge to gange?", "Nej, én ansøgning pr. kommune."),
    ]


def test_a_bare_label_word_without_a_number_is_no_label() -> None:
    text = "Spørgsmål\nDer kom mange spørgsmål på mødet.\n\nSvar\nVi svarer skriftligt.\n"
    assert qa(text) == []


def test_the_asker_in_parentheses_and_the_answerer_as_label() -> None:
    text = """\
        Spørgsmål (Vejen Kommune): Kan vi ansætte en
        projektleder for midlerne?
        Styrelsen: Ja, i hele projektperioden.

        Spørgsmål (LOS): Er der krav om medfinansiering?
        Styrelsen: Nej, men den tæller positivt.

        Spørgsmål (Aalborg Kommune): Hvornår er der svar?
        Styrelsen: Bemærk: svar kommer i december.
        """
    assert qa(text) == [
        (None, "Kan vi ansætte en projektleder for midlerne?", "Ja, i hele projektperioden."),
        (None, "Er der krav om medfinansiering?", "Nej, men den tæller positivt."),
        (None, "Hvornår er der svar?", "Bemærk: svar kommer i december."),
    ]


def test_a_name_before_a_colon_in_one_answer_is_text() -> None:
    text = """\
        Spørgsmål 1: Hvad skal vi huske?
        Bemærk: budgettet skal følge skabelonen.
        Spørgsmål 2: Hvornår er fristen?
        Den 1. marts 2026.
        """
    assert qa(text)[0][2] == "Bemærk: budgettet skal følge skabelonen."


def test_short_s_and_sv_labels() -> None:
    text = "S: Kan en skole søge?\nSv: Ja, sammen med kommunen.\n\nS: Er der en frist?\nSv: Nej.\n"
    assert qa(text) == [
        (None, "Kan en skole søge?", "Ja, sammen med kommunen."),
        (None, "Er der en frist?", "Nej."),
    ]


def test_a_date_line_between_question_and_answer_is_dropped() -> None:
    text = """\
        Hvem kan søge puljen?
        Opdateret 3. marts 2024
        Kommuner og regioner kan søge puljen i fællesskab.

        Hvad dækker tilskuddet?
        14-04-2024
        Løn, transport og materialer til projektet.
        """
    assert qa(text) == [
        (None, "Hvem kan søge puljen?", "Kommuner og regioner kan søge puljen i fællesskab."),
        (None, "Hvad dækker tilskuddet?", "Løn, transport og materialer til projektet."),
    ]


def test_a_numbered_request_between_questions_is_a_question_with_a_warning() -> None:
    text = """\
        1. Kan en grundejerforening søge puljen?
        Ja, hvis arealet er åbent for alle i området.

        2. Beskriv venligst nærmere, hvad der forstås ved
        lokal forankring
        Det betyder, at beboerne selv er med til at planlægge og udføre projektet.

        3. Hvornår udbetales tilskuddet?
        Når projektet er afsluttet og regnskabet godkendt.
        """
    entries, warnings = find_qa(lines(text))
    assert [e.question for e in entries] == [
        "Kan en grundejerforening søge puljen?",
        "Beskriv venligst nærmere, hvad der forstås ved lokal forankring",
        "Hvornår udbetales tilskuddet?",
    ]
    assert entries[1].answer.startswith("Det betyder, at beboerne")
    assert len(warnings) == 1 and "slutter ikke med «?»" in warnings[0]


def test_numbered_section_headings_after_question_headings_end_the_run() -> None:
    text = """\
        1. Hvem kan søge?
        Kommuner og foreninger kan søge om tilskud til projekter.

        2. Hvad kan der søges til?
        Løn, materialer og transport i projektperioden.

        3. Vurdering af ansøgninger
        Ansøgningerne vurderes af et panel ud fra kriterierne nedenfor.

        4. Kontakt
        Skriv til sekretariatet, hvis I har spørgsmål.
        """
    assert [q for _, q, _ in qa(text)] == ["Hvem kan søge?", "Hvad kan der søges til?"]


def test_a_table_of_contents_ending_in_a_question_is_no_question() -> None:
    text = """\
        Indhold
        1. Godkendelse af dagsorden
        2. Skal puljen fortsætte i 2027?

        Referat af mødet følger her med beslutninger og opfølgning.
        """
    assert qa(text) == []


def test_a_bold_question_with_its_answer_on_the_same_line() -> None:
    text = """\
        **Kan vi søge igen efter et afslag?** Ja, med et revideret projekt.

        **Hvornår er fristen?**
        Fristen er den 1. marts 2026 kl. 12.
        """
    assert qa(text) == [
        (None, "Kan vi søge igen efter et afslag?", "Ja, med et revideret projekt."),
        (None, "Hvornår er fristen?", "Fristen er den 1. marts 2026 kl. 12."),
    ]


def test_a_parliament_question_in_quotes_with_its_reasons_before_the_answer() -> None:
    text = """\
        Besvarelse af spørgsmål nr. B 42 stillet af Jens Jensen (V).

        Spørgsmål nr. B 42:
        „Vil ministeren oplyse, hvor mange kommuner der har søgt
        puljen i år?“

        Begrundelse:
        Spørgeren har hørt, at mange har fået afslag.

        Svar:
        Puljen har modtaget 31 ansøgninger fra kommunerne.
        """
    assert qa(text) == [
        (
            42,
            "„Vil ministeren oplyse, hvor mange kommuner der har søgt puljen i år?“",
            "Puljen har modtaget 31 ansøgninger fra kommunerne.",
        )
    ]


def test_who_asked_after_the_question_is_attribution() -> None:
    text = """\
        1) Kan to kommuner søge sammen med en
        praktiserende læge? (Holstebro Kommune)
        Ja, det kan de godt, hvis formålet er opfyldt.

        2) Må projektet vare tre år?
        (Regionshospitalet)
        Nej, højst to år efter tilsagnet.
        """
    assert qa(text) == [
        (
            1,
            "Kan to kommuner søge sammen med en praktiserende læge?",
            "Ja, det kan de godt, hvis formålet er opfyldt.",
        ),
        (2, "Må projektet vare tre år?", "Nej, højst to år efter tilsagnet."),
    ]


def test_a_date_line_under_a_labelled_question_is_neither_question_nor_answer() -> None:
    text = """\
        Spørgsmål: Hvad kan tilskuddet bruges til?
        03.02.2026
        Svar: Til løn og materialer.
        """
    assert qa(text) == [(None, "Hvad kan tilskuddet bruges til?", "Til løn og materialer.")]


def test_numbered_sections_whose_heading_is_followed_by_a_colon_sentence_are_no_questions() -> None:
    text = """\
        1. Ansøgerkreds
        Kommuner og foreninger kan søge om støtte.

        2. Puljens fordeling
        Regionen har besluttet denne fordeling af midlerne:

        3. Vurdering
        Ansøgningerne vurderes ud fra følgende forhold:
        """
    assert qa(text) == []


def test_an_agenda_title_between_numbered_questions_is_no_request() -> None:
    text = """\
        1. Skal puljen forhøjes næste år?
        Udvalget drøftede sagen og besluttede at vente.

        2. Fordeling af idrætspuljen 2026
        Der var modtaget 14 ansøgninger og 300.000 kr. til fordeling.

        3. Hvordan skal puljen administreres?
        Forvaltningen udarbejder et oplæg til næste møde.
        """
    assert [q for _n, q, _a in qa(text)] == [
        "Skal puljen forhøjes næste år?",
        "Hvordan skal puljen administreres?",
    ]


def test_a_menu_of_link_titles_is_no_answer_but_a_short_unpunctuated_one_is() -> None:
    menu = """\
        Relaterede sider
        Hvem kan søge puljen?
        Regler for statsstøtte
        Ansøg via portalen
        """
    assert qa(menu) == []
    answer = """\
        Kan man få tilskud til både dag- og aftenhold?

        Støtten gives både til dags- og aftenhold
        """
    assert [q for _n, q, _a in qa(answer)] == ["Kan man få tilskud til både dag- og aftenhold?"]


def test_an_italic_added_date_between_a_bold_question_and_its_answer() -> None:
    text = """\
        **Må vi købe teknologi, som vi allerede afprøver?**

        *Tilføjet 3. februar 2026*

        Ja, hvis afprøvningen har vist gode resultater.

        **Hvornår skal projektet slutte?**

        *Sidst ændret 10.02.2026*

        Senest ved udgangen af 2027, og regnskabet følger efter.
        """
    assert qa(text) == [
        (
            None,
            "Må vi købe teknologi, som vi allerede afprøver?",
            "Ja, hvis afprøvningen har vist gode resultater.",
        ),
        (
            None,
            "Hvornår skal projektet slutte?",
            "Senest ved udgangen af 2027, og regnskabet følger efter.",
        ),
    ]


def test_minutes_with_labelled_unlabelled_and_reported_questions() -> None:
    text = """\
        4. Spørgsmål fra salen
        Hvordan tæller frivillige timer i budgettet? (Ole Hansen, Borgerforeningen)
        Svar: Med 150 kr. pr. time som egenfinansiering.

        Kan en forening søge igen, når den fik tilskud for to år
        siden?
        Det blev oplyst, at et tidligere tilskud ikke udelukker en ny ansøgning.

        En deltager spurgte, om landsbyrådet kan søge for en forening uden CVR-nummer.
        Svar: Ja, hvis landsbyrådet selv har et CVR-nummer.

        5. Eventuelt
        Intet.
        """
    assert [(q, a[:20]) for _n, q, a in qa(text)] == [
        ("Hvordan tæller frivillige timer i budgettet?", "Med 150 kr. pr. time"),
        ("Kan en forening søge igen, når den fik tilskud for to år siden?", "Det blev oplyst, at "),
        (
            "En deltager spurgte, om landsbyrådet kan søge for en forening uden CVR-nummer.",
            "Ja, hvis landsbyråde",
        ),
    ]


def test_a_section_title_straight_above_a_question_is_not_part_of_it() -> None:
    text = """\
        Tilskud og økonomi
        Hvor stort et tilskud kan vi få?
        Højst 200.000 kr. pr. forsamlingshus, dog 50 % af udgifterne.
        """
    assert qa(text) == [
        (
            None,
            "Hvor stort et tilskud kan vi få?",
            "Højst 200.000 kr. pr. forsamlingshus, dog 50 % af udgifterne.",
        )
    ]


def test_a_question_and_its_labelled_answer_on_one_line() -> None:
    text = """\
        Spørgsmål: Hvem kan søge? Svar: Alle ansatte med seks måneders anciennitet.
        Spørgsmål: Hvor meget kan jeg få? Svar: Op til 30.000 kr. pr. år.
        """
    assert qa(text) == [
        (None, "Hvem kan søge?", "Alle ansatte med seks måneders anciennitet."),
        (None, "Hvor meget kan jeg få?", "Op til 30.000 kr. pr. år."),
    ]


def test_folded_questions_of_a_web_page_with_their_expand_marker() -> None:
    text = """\
        Udvid alle | Fold alle sammen
        + Hvem kan søge puljen?
        Andelsselskaber og foreninger kan søge, når anlægget forsyner mindst 20 boliger.
        ▸ Hvornår er fristen?
        Fristen er den 14. maj 2026 kl. 12.00, og svar gives i juni.
        """
    assert [q for _n, q, _a in qa(text)] == ["Hvem kan søge puljen?", "Hvornår er fristen?"]


def test_a_page_with_one_paragraph_per_line_and_answered_dates() -> None:
    text = """\
        Her har vi samlet de spørgsmål, vi oftest får om puljen i år.
        Kan to skoler søge sammen?
        Besvaret 6/3-2025
        Ja, men de skal udpege én ansvarlig ansøger for regnskabet.
        Læs mere om ansøgerkredsen
        Hvornår får vi besked?
        Alle ansøgere får svar i løbet af maj måned.
        """
    assert [(q, a[:40]) for _n, q, a in qa(text)] == [
        (
            "Her har vi samlet de spørgsmål, vi oftest får om puljen i år. Kan to skoler "
            "søge sammen?",
            "Ja, men de skal udpege én ansvarlig ansø",
        ),
        ("Hvornår får vi besked?", "Alle ansøgere får svar i løbet af maj må"),
    ]


def test_an_asker_with_a_party_in_parentheses_and_a_title_line_above() -> None:
    text = """\
        Spørgsmål S 88
        Ministeriet for Fritid
        Slotsholmen 1

        Besvarelse af spørgsmål S 88 stillet af Anne Holm (SF).

        Spørgsmål S 88 (Anne Holm (SF)):
        ”Hvornår åbner puljen til nye legepladser?”

        Svar:
        Puljen åbner den 1. marts, og fristen er 1. maj.
        """
    assert qa(text) == [
        (
            88,
            "”Hvornår åbner puljen til nye legepladser?”",
            "Puljen åbner den 1. marts, og fristen er 1. maj.",
        )
    ]


def test_numbered_questions_one_under_the_other_without_answers_are_a_list() -> None:
    text = """\
        Hvordan vælger juryen?
        Juryen stiller sig selv tre spørgsmål:
        1. Har projektet en klar idé?
        2. Når det ud til mange?
        3. Er budgettet realistisk?
        Alle tre skal kunne besvares med ja.
        """
    assert [q for _, q, _ in qa(text)] == ["Hvordan vælger juryen?"]


def test_numbered_questions_each_with_an_answer_are_a_faq() -> None:
    text = """\
        1. Hvem kan søge?
        Kommuner og regioner.
        2. Hvornår er fristen?
        Den 1. maj 2025.
        3. Kan vi søge igen?
        Ja, i næste runde.
        """
    assert [n for n, _, _ in qa(text)] == [1, 2, 3]


def test_a_markdown_table_with_question_and_answer_columns() -> None:
    text = """\
        | # | Spørgsmål | Svar |
        |:-:|---|---|
        | 1 | Hvem kan søge? | Foreninger med et CVR-nummer. |
        | 2 | Er der en frist? | Ja, den 1. juni. |

        Andet afsnit.
        """
    assert qa(text) == [
        (1, "Hvem kan søge?", "Foreninger med et CVR-nummer."),
        (2, "Er der en frist?", "Ja, den 1. juni."),
    ]


def test_a_table_without_an_answer_column_is_no_faq() -> None:
    text = """\
        | Spørgsmål | Ansvarlig |
        |---|---|
        | Hvem kan søge? | Puljeteamet |
        """
    assert qa(text) == []


def test_spoergsmaal_and_svar_as_headings_with_a_begrundelse_heading_between() -> None:
    text = """\
        Spørgsmål nr. S 42
        Til: Ministeren

        Spørgsmål

        Vil ministeren åbne puljen igen?

        Begrundelse

        Mange har spurgt til det.

        Svar

        Puljen åbner igen den 1. marts.
        """
    assert qa(text) == [
        (None, "Vil ministeren åbne puljen igen?", "Puljen åbner igen den 1. marts.")
    ]


def test_a_lone_spoergsmaal_heading_without_a_lone_svar_is_no_label() -> None:
    text = """\
        Spørgsmål

        Kontakt puljeteamet på tlf. 12 34 56 78.
        """
    assert qa(text) == []


def test_labels_that_say_when_the_question_came_and_date_the_answer() -> None:
    text = """\
        Spørgsmål modtaget 12.02.2025:
        Kan en havneforening søge?

        Svar (14.02.2025):
        Ja, hvis den ejer havnen.

        Spørgsmål stillet den 3/3-2025:
        Hvornår er fristen?

        Svar (5.3.2025):
        Den 1. maj 2025.
        """
    assert qa(text) == [
        (None, "Kan en havneforening søge?", "Ja, hvis den ejer havnen."),
        (None, "Hvornår er fristen?", "Den 1. maj 2025."),
    ]


def test_a_question_that_lost_its_question_mark_in_a_faq() -> None:
    text = """\
        Hvem kan søge?
        Unge under 35 år med en afsluttet uddannelse.

        Hvor store er legaterne
        Legaterne er normalt på 15.000-50.000 kr. hver.

        Kan jeg søge igen?
        Ja, ved næste frist.

        Hvert kriterium giver point
        Se skemaet nedenfor.
        """
    entries, warnings = find_qa(lines(text))
    assert [e.question for e in entries] == [
        "Hvem kan søge?",
        "Hvor store er legaterne",
        "Kan jeg søge igen?",
    ]
    assert any("Hvor store er legaterne" in warning for warning in warnings)


def test_a_heading_without_question_mark_is_no_question_outside_a_faq() -> None:
    text = """\
        Hvor store er legaterne
        Legaterne er normalt på 15.000-50.000 kr. hver.

        Ansøgning
        Ansøg via portalen.
        """
    assert qa(text) == []


def test_a_table_row_that_wrapped_onto_the_next_line() -> None:
    text = """\
        | Nr. | Spørgsmål | Svar |
        |---|---|---|
        | 1 | Hvem kan søge? | Foreninger, der har hjemsted i
        kommunen. |
        | 2 | Hvornår? | Den 1. maj. |
        """
    assert qa(text) == [
        (1, "Hvem kan søge?", "Foreninger, der har hjemsted i kommunen."),
        (2, "Hvornår?", "Den 1. maj."),
    ]


def test_a_labelled_question_that_wrapped_with_its_answer_label_on_the_last_line() -> None:
    text = """\
        Spørgsmål: Skal bestyrelsen
        godkende ansøgningen? Svar: Ja.
        Referatet skal vedlægges.

        Spørgsmål: Kan vi søge? Svar: Ja, hvis I er en forening.
        """
    assert qa(text) == [
        (None, "Skal bestyrelsen godkende ansøgningen?", "Ja.\n\nReferatet skal vedlægges."),
        (None, "Kan vi søge?", "Ja, hvis I er en forening."),
    ]


def test_an_answer_whose_first_line_is_short_still_counts_as_prose() -> None:
    text = """\
        Skal jeg have en anbefaling?
        Ja.
        Ansøgningen skal indeholde en anbefaling fra din lærer.

        Hvem kan søge?
        Unge
        mellem 13 og 25 år, som bor i Danmark.

        Hvad sker der nu?
        Læs mere
        Kontakt
        """
    assert [q for _, q, _ in qa(text)] == ["Skal jeg have en anbefaling?", "Hvem kan søge?"]


@pytest.mark.parametrize("mark", [" NY", " (ny)", " (NY)", " (Opdateret)", " [ny]", " *"])
def test_a_mark_for_a_new_or_changed_entry_is_no_part_of_the_question(mark: str) -> None:
    text = f"""\
        1. Ansøgere

        1.1 Hvem kan være hovedansøger?
        Kommuner, regioner og uddannelsesinstitutioner kan være hovedansøger, og de kan have
        private virksomheder med som partnere i projektet.

        1.2 Skal partnerne underskrive en partnerskabserklæring?{mark}
        Ja. Erklæringen skal være underskrevet af alle partnere og uploades sammen med
        ansøgningen i tilskudsportalen inden fristen.
        """
    questions = [q for _n, q, _a in qa(text)]
    assert len(questions) == 2
    assert questions[1].endswith("partnerskabserklæring?")


@pytest.mark.parametrize("label", ["Spørgsmål 3 *", "Spørgsmål 3"])
def test_a_numbered_label_alone_with_a_mark(label: str) -> None:
    text = f"""\
        Spørgsmål 2
        Hvem kan søge?
        Kommuner.

        {label}
        Hvordan vægtes kriterierne?
        Ligeligt.
        """
    assert qa(text)[1][1:] == ("Hvordan vægtes kriterierne?", "Ligeligt.")


@pytest.mark.parametrize("label", ["Kommentar fra deltager:", "Kommentar:", "Kommentar fra salen:"])
def test_a_participants_comment_answered_in_minutes(label: str) -> None:
    text = f"""\
        Spm.: Tæller frivilligt arbejde med?
        Sv.: Ja, med 200 kr. pr. time.

        {label} Det er svært at nå at indhente tilbud inden fristen.
        Svar: Styrelsen noterer sig kommentaren.
        """
    assert qa(text)[1][1:] == (
        "Det er svært at nå at indhente tilbud inden fristen.",
        "Styrelsen noterer sig kommentaren.",
    )


@pytest.mark.parametrize("aside", ["Begrundelse", "Baggrund"])
def test_an_aside_heading_after_a_request_ending_in_a_full_stop(aside: str) -> None:
    text = f"""\
        Spørgsmål:
        Ministeren bedes redegøre for, hvordan puljen er blevet fordelt i 2024 og 2025.

        {aside}
        Spørgeren ønsker at belyse, om puljen når de mindre kommuner.

        Svar:
        Puljen administreres af Slots- og Kulturstyrelsen.
        """
    [(_n, question, answer)] = qa(text)
    assert question.endswith("fordelt i 2024 og 2025.")
    assert answer == "Puljen administreres af Slots- og Kulturstyrelsen."


@pytest.mark.parametrize("faq", ["4. Ofte stillede spørgsmål", "Spørgsmål og svar", "FAQ"])
def test_a_guides_faq_section_numbered_under_its_own_number(faq: str) -> None:
    text = f"""\
        2. Hvem kan søge?
        Professionelle teatre og kompagnier, der turnerer med forestillinger.

        3. Vurdering
        Hvordan vurderes ansøgningerne?
        Et fagudvalg vurderer ansøgningerne ud fra kvalitet og spredning.
        {faq}
        4.1 Kan vi søge til en forestilling, der har haft premiere?
        Ja, både nye og eksisterende forestillinger kan indgå.
        4.2 Hvornår er fristen?
        Ansøgningsfristen er mandag d. 1. marts 2027 kl. 14.00.
        """
    assert qa(text) == [
        (1, "Kan vi søge til en forestilling, der har haft premiere?",
         "Ja, både nye og eksisterende forestillinger kan indgå."),
        (2, "Hvornår er fristen?", "Ansøgningsfristen er mandag d. 1. marts 2027 kl. 14.00."),
    ]



def test_bare_questions_in_a_guides_faq_section_after_its_numbered_sections() -> None:
    text = """\
        2. Hvem kan søge?
        Kommuner og frivillige foreninger kan søge, enten alene eller i partnerskab.

        3. Hvor meget kan der søges?
        Der kan søges om kr. 300.000 til kr. 2.500.000 for hele perioden.

        6. Ofte stillede spørgsmål
        Kan en kommune indsende flere ansøgninger?
        Ja, men hver ansøgning skal vedrøre et selvstændigt projekt.
        Kan der søges om midler til transport
        af deltagerne?
        Ja. Udgifter til kørsel kan medtages, hvis de er nødvendige.
        """
    assert [question for _, question, _ in qa(text)] == [
        "Kan en kommune indsende flere ansøgninger?",
        "Kan der søges om midler til transport af deltagerne?",
    ]


@pytest.mark.parametrize(
    "links",
    [
        "Relaterede nyheder\n12 foreninger får støtte til nye klubhuse\nHvordan bygger man "
        "bæredygtigt?\nSådan laver I et godt budget",
        "Læs også: Turismen slog rekord i 2025\nDel artiklen   Facebook   Mail\n"
        "Har du et tip til redaktionen?\nSkriv til os på redaktionen, så ser vi på det.",
    ],
)
def test_a_question_among_a_web_pages_links_is_no_question(links: str) -> None:
    text = "Hvem kan søge?\nForeninger og kommuner kan søge om tilskud.\n\n" + links + "\n"
    assert [question for _, question, _ in qa(text)] == ["Hvem kan søge?"]


def test_a_question_wrapped_in_a_narrow_column_straight_after_an_answer() -> None:
    text = """\
        Spørgsmål fra chatten
        Kan et landbrugsselskab søge?
        Ja, både personer og selskaber, der ejer
        arealet, kan søge.
        Kan vi kombinere med tilskud fra EU's
        landdistriktsprogram?
        Ikke til de samme udgifter, men gerne til
        andre dele af projektet.
        """
    assert [question for _, question, _ in qa(text)] == [
        "Kan et landbrugsselskab søge?",
        "Kan vi kombinere med tilskud fra EU's landdistriktsprogram?",
    ]


def test_a_numbered_question_wrapped_before_a_capitalised_name() -> None:
    text = """\
        1. Kan privatpersoner søge
        Brinck-Fonden?
        Som udgangspunkt nej. Fonden støtter almennyttige projekter.

        2. Hvornår holder bestyrelsen møde?
        Bestyrelsen behandler ansøgninger fire gange om året.
        """
    assert qa(text)[0][:2] == (1, "Kan privatpersoner søge Brinck-Fonden?")


def test_a_pages_menu_under_its_faq_heading_is_no_question() -> None:
    text = """\
        Forside / Tilskud / Varmepuljen til landsbyer /
        Ofte stillede spørgsmål
        Puljen giver tilskud til landsbyer, der vil
        etablere et fælles, fossilfrit varmeanlæg. Der er
        120 mio. kr. i puljen i
        2025.
        Indhold på siden
        Om puljen
        Sådan søger du
        Ofte stillede spørgsmål
        Udvid alle | Fold alle sammen
        + Hvem kan søge Varmepuljen til landsbyer?
        Puljen kan søges af andelsselskaber,
        foreninger og kommuner.
        + Hvor meget kan en landsby få i tilskud?
        Tilskuddet er 20.000 kr. pr. tilsluttet bolig.
        """
    assert [question for _, question, _ in qa(text)] == [
        "Hvem kan søge Varmepuljen til landsbyer?",
        "Hvor meget kan en landsby få i tilskud?",
    ]


@pytest.mark.parametrize(
    "label",
    [
        "Spørgsmål nr. 118 (Alm. del) fra Kulturudvalget:",
        "Spørgsmål nr. 118 (Alm. del) fra\n        Kulturudvalget:",  # wrapped in a column
        "Spørgsmål nr. 118 (Alm. del) stillet af\n        Kulturudvalget:",
    ],
)
def test_a_parliament_question_labelled_with_the_committee_that_asked(label: str) -> None:
    text = f"""\
        {label}

        "Vil ministeren oplyse, hvor mange ansøgninger der er modtaget til puljen?"

        Begrundelse
        Spørgsmålet stilles efter ønske fra et medlem.

        Svar
        Der er modtaget 412 ansøgninger.
        """
    assert qa(text) == [
        (118, '"Vil ministeren oplyse, hvor mange ansøgninger der er modtaget til puljen?"',
         "Der er modtaget 412 ansøgninger."),
    ]


def test_a_section_numbered_label_and_who_answered_above_the_answer() -> None:
    text = """\
        1.1 Spm.: Kan to kommuner søge sammen?
        Svar: Ja. Der skal udpeges én tovholderkommune.

        Spørgsmål nr. 87:
        Vil ministeren oplyse, hvordan midlerne vil blive fordelt?

        Svar
        Besvaret af transportministeren
        24-11-2025
        Puljen udgør i alt 45 mio. kr. i perioden 2026-2028.
        """
    assert [(question, answer) for _, question, answer in qa(text)] == [
        ("Kan to kommuner søge sammen?", "Ja. Der skal udpeges én tovholderkommune."),
        ("Vil ministeren oplyse, hvordan midlerne vil blive fordelt?",
         "Puljen udgør i alt 45 mio. kr. i perioden 2026-2028."),
    ]


@pytest.mark.parametrize(
    "above",
    [
        "Selvbetjening | Borger | Erhverv\nForside › Kultur og fritid › Foreningspuljen\n"
        "Foreningspuljen – søg tilskud til nye aktiviteter",
        "Pressemeddelelse, 18. marts 2026\nNi projekter får 1,4 millioner fra Landsbypuljen",
        "Frist: fredag d. 17. april 2026 kl. 12.00",
    ],
)
def test_a_pages_menu_breadcrumb_or_headline_above_a_question_is_not_part_of_it(
    above: str,
) -> None:
    text = (
        above + "\nHar du en god idé til en aktivitet i din forening?\n"
        "Så kan foreningen søge om tilskud til at komme i gang.\n\n"
        "Hvem kan søge?\nAlle godkendte foreninger i kommunen kan søge.\n"
    )
    assert [question for _, question, _ in qa(text)] == [
        "Har du en god idé til en aktivitet i din forening?",
        "Hvem kan søge?",
    ]


def test_a_sentence_of_context_above_a_question_stays_with_it() -> None:
    text = """\
        • Jeg har udfyldt en fuldmagt hos EnergiKøb.
        Må jeg påbegynde arbejdet med det samme?

        Nej, du skal vente på en kvittering fra os, før du går i gang.
        """
    assert [question for _, question, _ in qa(text)] == [
        "• Jeg har udfyldt en fuldmagt hos EnergiKøb. Må jeg påbegynde arbejdet med det samme?",
    ]


def test_a_question_wrapped_before_a_lower_case_verb_or_a_name_stays_whole() -> None:
    text = """\
        Kan vi søge om støtte til et projekt, der allerede
        er i gang?
        Nej, projektet må ikke være påbegyndt, før der er givet tilsagn.

        Hvem kan søge tilskud fra
        Efteruddannelsespuljen?
        Alle virksomheder, der er omfattet af overenskomsten, kan søge.
        """
    assert [question for _, question, _ in qa(text)] == [
        "Kan vi søge om støtte til et projekt, der allerede er i gang?",
        "Hvem kan søge tilskud fra Efteruddannelsespuljen?",
    ]


@pytest.mark.parametrize(
    "box_line",
    [
        "Spørgsmål: Puljekonsulent Jens Holm, tlf. 33 44 55 66",
        "Spørgsmål: skriv til puljer@kommune.dk",
        "Spørgsmål til puljen: Kontakt Anna Berg på ab@region.dk eller 22 33 44 55.",
        "Spørgsmål: Puljekonsulent Jens\n        Holm, Kulturforvaltningen, tlf. 33 44 55 66",
    ],
)
def test_a_question_label_that_gives_a_contact_is_no_question(box_line: str) -> None:
    text = f"""\
        **Hvem kan søge?**
        Alle foreninger i kommunen kan søge puljen til aktiviteter.

        **Hvornår er fristen?**
        Fristen er den 1. marts, og der gives svar i april.

        Fakta
        Beløb: 1 mio. kr.
        {box_line}
        """
    assert [question for _, question, _ in qa(text)] == [
        "Hvem kan søge?",
        "Hvornår er fristen?",
    ]


@pytest.mark.parametrize("label", ["Sv.:", "Sv:", "Svar:"])
def test_a_comment_is_answered_by_an_abbreviated_answer_label(label: str) -> None:
    text = f"""\
        Spm.: Kan vi søge til en evaluator?
        {label} Ja, med op til 250.000 kr.

        Kommentar fra deltager: Det er svært at nå at få en plan
        godkendt inden fristen.
        {label} Styrelsen er opmærksom på det og forlænger ikke fristen.
        """
    assert [(q, a) for _, q, a in qa(text)] == [
        ("Kan vi søge til en evaluator?", "Ja, med op til 250.000 kr."),
        (
            "Det er svært at nå at få en plan godkendt inden fristen.",
            "Styrelsen er opmærksom på det og forlænger ikke fristen.",
        ),
    ]


@pytest.mark.parametrize(
    "dateline",
    [
        "Transportministeriet, den 9. december 2026",
        "København, 9.12.2026",
        "Aarhus, den 9. dec. 2026",
    ],
)
def test_a_letters_place_and_date_above_the_answer_is_no_part_of_it(dateline: str) -> None:
    text = f"""\
        Spørgsmål nr. 215 fra Transportudvalget:
        "Ministeren bedes redegøre for, om der kan ydes tilskud til landstrøm."

        Svar
        {dateline}

        Tilskud kan alene ydes til den del af anlægget, der forsyner færgen.
        """
    [(_, _, answer)] = qa(text)
    assert answer == "Tilskud kan alene ydes til den del af anlægget, der forsyner færgen."


def test_a_list_in_an_answer_that_reaches_the_next_questions_number_asks_nothing() -> None:
    # set in a narrow column: every line wrapped near the same width
    text = """\
        1. Hvem kan søge om tilskud fra
        puljen til idrætsfaciliteter?
        Alle godkendte foreninger i kommunen
        kan søge om tilskud til anlæg.

        2. Hvad lægger udvalget vægt på i
        vurderingen af ansøgningerne?
        Udvalget prioriterer ud fra kriterier:
        1. Antal brugere og aktivitetsniveau
        2. Egenfinansiering og frivillige
        3. Energi- og driftsmæssige forbedringer
        Der gives ikke point, men udvalget fore-
        tager en samlet vurdering af projektet.

        3. Skal vi have byggetilladelse, før vi
        søger om tilskud fra puljen?
        Nej, men I skal have afklaret med kom-
        munen, om projektet kræver tilladelse.
        """
    assert [(n, q[:20]) for n, q, _ in qa(text)] == [
        (1, "Hvem kan søge om til"),
        (2, "Hvad lægger udvalget"),
        (3, "Skal vi have byggeti"),
    ]


def test_a_numbered_faq_heading_right_above_its_first_question_is_no_question() -> None:
    text = """\
        Indhold
        1. Formål 2. Hvem kan søge? 3. Vurdering 4.
        Ofte stillede spørgsmål

        1. Formål
        Puljen skal give flere børn mulighed for at opleve scenekunst.

        2. Hvem kan søge?
        Professionelle teatre med hjemsted i Danmark kan søge.

        3. Vurdering
        Ansøgningerne vurderes af et fagudvalg.

        4. Ofte stillede spørgsmål
        4.1 Kan vi søge til en forestilling, der allerede
        har haft premiere?
        Ja, både nye og eksisterende forestillinger kan indgå.
        4.2 Kan vi søge om rejseudgifter?
        Ja, rejse og ophold kan indgå i budgettet.
        """
    assert [question for _, question, _ in qa(text)] == [
        "Kan vi søge til en forestilling, der allerede har haft premiere?",
        "Kan vi søge om rejseudgifter?",
    ]


def test_a_parliament_questions_reasons_straight_under_it_are_no_part_of_it() -> None:
    text = """\
        Spørgsmål
        Vil ministeren oplyse, hvornår den næste ansøgningsrunde åbner?
        Begrundelse
        Flere kommuner har udskudt ansøgninger, fordi de er usikre på puljen.
        Svar
        17-03-2026
        Puljen blev videreført med finansloven for 2026.
        """
    assert qa(text) == [
        (
            None,
            "Vil ministeren oplyse, hvornår den næste ansøgningsrunde åbner?",
            "Puljen blev videreført med finansloven for 2026.",
        )
    ]

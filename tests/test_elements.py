"""Core elements: paragraphs placed by content in any order; focus-area slides; OCR repair."""

from __future__ import annotations

import random

import pytest

from puljeportal.document import RawDocument
from puljeportal.extract.elements import find_core_elements, repair_word
from tests.helpers import make_doc, seed

TITLES = {
    1: "Fælles mødeforum",
    2: "Mentorordning (for nye medarbejdere)",
    3: "Digital sagsstyring",
}
BODIES = {
    1: [
        "Mødeforummet samler rådgivere og ledere hver måned om de svære sager.",
        "Et fast mødeforum med dagsorden gør det lettere at følge op på aftaler.",
    ],
    2: [
        "Mentoren er en erfaren kollega, som følger den nye i det første halve år.",
        "Mentorordningen aftales skriftligt, så begge ved, hvad de kan forvente.",
    ],
    3: [
        "Sagsstyringen foregår i ét system, som alle parter har adgang til.",
        "Det digitale overblik viser, hvornår en sag sidst blev behandlet.",
        "Systemet sender en påmindelse til sagsbehandleren før hver frist.",
    ],
}
OTHER_SECTIONS = (
    "Baggrund\nKommunen har i flere år haft svært ved at fastholde nye rådgivere i faget.\n\n"
    "Om pjecen\nPjecen beskriver kort de tre kerneelementer i modellen.\n\n"
)


def layout(blocks: list[str]) -> RawDocument:
    """A pamphlet: the other sections first, then the given blocks separated by blank lines."""
    return make_doc(OTHER_SECTIONS + "\n\n".join(blocks) + "\n")


def bodies(doc: RawDocument) -> dict[int, list[str]]:
    """Each element's paragraphs, by number."""
    elements, _ = find_core_elements(doc)
    return {e.number or 0: e.body.split("\n\n") for e in elements}


def test_text_in_reading_order() -> None:
    blocks = [
        block
        for number in TITLES
        for block in [f"{number}. {TITLES[number]}", *BODIES[number]]
    ]  # fmt: skip
    assert bodies(layout(blocks)) == BODIES


def test_reading_order_places_paragraphs_that_do_not_repeat_the_title() -> None:
    doc = layout(["1. Første greb", "Lorem ipsum dolor sit amet.", "2. Andet greb", "Consectetur."])
    assert bodies(doc) == {1: ["Lorem ipsum dolor sit amet."], 2: ["Consectetur."]}


@pytest.mark.parametrize("shuffle_seed", range(12))
def test_scrambled_orders_give_the_same_elements(shuffle_seed: int) -> None:
    rng = random.Random(shuffle_seed)
    headings = [f"{number}. {title}" for number, title in TITLES.items()]
    paragraphs = [text for texts in BODIES.values() for text in texts]
    rng.shuffle(headings)
    rng.shuffle(paragraphs)
    # The first block is a heading; the others go anywhere, headings bunched or spread.
    rest = headings[1:] + paragraphs
    rng.shuffle(rest)
    doc = layout([headings[0], *rest])
    assert bodies(doc) == {n: sorted(t, key=[*rest].index) for n, t in BODIES.items()}


def test_sections_under_other_headings_are_not_element_bodies() -> None:
    blocks = ["2. " + TITLES[2], "1. " + TITLES[1], *BODIES[1], *BODIES[2]]
    doc = make_doc("\n\n".join(blocks) + "\n\n" + OTHER_SECTIONS + "3. " + TITLES[3] + "\n\n"
                   + "\n\n".join(BODIES[3]))  # fmt: skip
    found = bodies(doc)
    assert found == BODIES
    assert not any("fastholde" in text for texts in found.values() for text in texts)


def test_bunched_headings_are_reported() -> None:
    doc = layout(["1. " + TITLES[1], "2. " + TITLES[2], *BODIES[2], *BODIES[1]])
    _, warnings = find_core_elements(doc)
    assert any("1., 2." in warning for warning in warnings)


def test_numbered_headings_without_talk_of_elements_are_not_elements() -> None:
    doc = make_doc("1. Hvem kan søge\n\nKommuner kan søge.\n\n2. Hvad kan man søge til\n\nLøn.")
    assert find_core_elements(doc) == ([], [])


SEED_001 = {
    1: ["Det organisatoriske samspil", "Samarbejdet bygger"],
    2: ["Plejefamilierne får tilbudt", "Kompetenceudviklingen kan"],
    3: ["Mange plejeforældre", "Netværket kan", "En anden mulighed"],
    4: ["Akuttelefonen giver", "Akuttelefonen kan", "Da døgninstitutionerne"],
}


def test_seed_001_four_elements_with_all_and_only_their_paragraphs() -> None:
    elements, _ = find_core_elements(seed("001"))
    assert [(e.number, e.title) for e in elements] == [
        (1, "Tværgående samarbejde"),
        (2, "Kompetenceudvikling (udført af døgninstitutioner)"),
        (3, "Netværk blandt plejefamilier"),
        (4, "Akuttelefon"),
    ]
    for element in elements:
        starts = [paragraph[:30] for paragraph in element.body.split("\n\n")]
        expected = SEED_001[element.number or 0]
        assert len(starts) == len(expected)
        assert all(
            start.startswith(prefix[:30]) for start, prefix in zip(starts, expected, strict=True)
        )
    assert "samarbejdsmodellen" in elements[0].body  # "samarbejds-/modellen" joined


@pytest.mark.parametrize("shuffle_seed", range(6))
def test_seed_001_paragraphs_in_scrambled_orders(shuffle_seed: int) -> None:
    elements, _ = find_core_elements(seed("001"))
    rng = random.Random(shuffle_seed)
    headings = [f"{e.number}. {e.title}" for e in elements]
    paragraphs = [(e.number, p) for e in elements for p in e.body.split("\n\n")]
    rng.shuffle(headings)
    rest: list[tuple[int | None, str]] = [(None, h) for h in headings[1:]] + paragraphs
    rng.shuffle(rest)
    doc = layout([headings[0], *(text for _, text in rest)])
    found = bodies(doc)
    expected = {e.number: [t for n, t in rest if n == e.number] for e in elements}
    assert found == expected


SLIDE = (
    "Et tværfagligt team og et forældrekursus er kernen i modellen – tre elementer.\n\n"
    "TVÆRFAGlIGT TEAM\nFokusområder:\n• Faste møder og\n\nfælles mål\n• Klar rollefordeling\n\n"
    "Fagligt element:\nHJEMMEBESØG\n\nFokusområder\n• Besøg hver uge\n\n"
    "FORÆlDREKURSUS\nFokusområder:\n• Kursus i\n\ngrupper\n\n• ORGAlllSATORISK ELEMENT\n"
    "FAGLIGT ELEMENT\n"
)


def test_focus_area_slide() -> None:
    elements, warnings = find_core_elements(make_doc(SLIDE))
    assert [(e.title, e.focus_areas) for e in elements] == [
        ("TVÆRFAGLIGT TEAM", ["Faste møder og fælles mål", "Klar rollefordeling"]),
        ("HJEMMEBESØG", ["Besøg hver uge"]),
        ("FORÆLDREKURSUS", ["Kursus i grupper"]),
    ]
    assert [e.kind for e in elements] == [None, "fagligt", None]
    assert "OCR-reparation: 'TVÆRFAGlIGT' → 'TVÆRFAGLIGT'" in warnings
    assert "OCR-reparation: 'FORÆlDREKURSUS' → 'FORÆLDREKURSUS'" in warnings


TWO_CAPITAL_ELEMENTS = (
    "FÆLLES FUNDAMENT\nFokusområder:\n• Viden\n\nGOD LEDELSE\nFokusområder:\n• Mål\n"
)


def test_words_used_once_are_listed_only_when_the_capitals_show_damage() -> None:
    clean = "To elementer.\n\n" + TWO_CAPITAL_ELEMENTS
    assert find_core_elements(make_doc(clean))[1] == []
    damaged = clean.replace("GOD LEDELSE", "GOD lEDElSE") + "\nLedelse er vigtig.\n"
    warnings = find_core_elements(make_doc(damaged))[1]
    assert "OCR-reparation: 'lEDElSE' → 'LEDELSE'" in warnings
    assert any(
        w.startswith("kontrollér stavningen") and w.endswith(": FÆLLES, FUNDAMENT")
        for w in warnings
    )


def test_repair_uses_only_the_documents_own_words() -> None:
    doc = make_doc("Vi tilbyder flerfamilieaktiviteter og netværk.\n\nNETVÆRK")
    from puljeportal.extract.elements import document_vocabulary

    vocabulary = document_vocabulary(doc)
    assert repair_word("FlERFAMlllEAKTIVITET", vocabulary) == ("FLERFAMILIEAKTIVITET", None)
    assert repair_word("NETVÆRK", vocabulary) == ("NETVÆRK", None)
    kept, doubt = repair_word("SAMMENHÆNGENDE", vocabulary)
    assert kept == "SAMMENHÆNGENDE" and doubt is not None
    kept, doubt = repair_word("TllRETIElÆGGElSE", vocabulary)
    assert kept == "TllRETIElÆGGElSE" and doubt is not None


def test_seed_003_seven_elements_with_their_focus_areas() -> None:
    elements, warnings = find_core_elements(seed("003"))
    assert [len(e.focus_areas) for e in elements] == [2, 3, 2, 3, 3, 3, 3]
    titles = [e.title for e in elements]
    assert titles[1] == "KNYTNING TIL ALMENOMRÅDET"
    assert titles[5] == "FLERFAMILIEAKTIVITETER"
    assert titles[6] == "INVOLVERING AF FAMILIENS BREDE NETVÆRK"
    assert elements[0].focus_areas == ["Ro og overblik over familiens indsatser",
                                       "Koordinering og involvering"]  # fmt: skip
    assert elements[5].focus_areas[0] == (
        "Flerfamilieaktivitet organiseret om en aktivitet eller et fælles fokusområde"
    )
    assert all(e.kind is None for e in elements)  # the slide tells kinds apart only by colour
    assert "OCR-reparation: 'FlERFAMlllEAKTIVITETER' → 'FLERFAMILIEAKTIVITETER'" in warnings
    unknown = [w for w in warnings if w.startswith("kontrollér stavningen")]
    assert len(unknown) == 1 and "MENHÆNGENDE, KNYTNING" in unknown[0]
    assert not any("ELEMENT" in area for e in elements for area in e.focus_areas)


def test_seeds_without_core_elements() -> None:
    for prefix in ("000", "002", "004"):
        assert find_core_elements(seed(prefix)) == ([], [])


def test_a_stated_count_at_the_start_of_a_sentence_is_read() -> None:
    text = "Tre elementer.\n\n" + TWO_CAPITAL_ELEMENTS
    assert (
        "teksten nævner 3 elementer, men der blev fundet 2" in find_core_elements(make_doc(text))[1]
    )


def test_a_numbered_heading_wrapped_in_a_narrow_column_is_one_heading() -> None:
    text = (
        "To kerneelementer.\n\n1. Supervision (udført af\ndøgninstitutionen)\n\n"
        "Supervision gives hver måned.\n\n2. Netværk blandt\nplejefamilier\n\nNetværket mødes.\n"
    )
    elements, _ = find_core_elements(make_doc(text))
    assert [(e.number, e.title) for e in elements] == [
        (1, "Supervision (udført af døgninstitutionen)"),
        (2, "Netværk blandt plejefamilier"),
    ]


def test_a_numbered_list_is_not_a_wrapped_heading() -> None:
    text = "To elementer.\n\n1. Først\n2. Dernæst\n\nEt afsnit om først.\n"
    assert find_core_elements(make_doc(text)) == ([], [])

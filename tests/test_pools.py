"""Which pools a document covers, and which pool a short heading means."""

from __future__ import annotations

from puljeportal.extract import extract_raw
from puljeportal.extract.pools import find_pools, pool_of, pool_parts, same_stem
from tests.helpers import make_doc, seed

POOLS = [
    "Målrettet støtte til forældre, hvis barn eller ung er anbragt",
    "Styrket familiebehandling til meget udsatte familier",
    "Styrket læringsmiljø for anbragte børn og unge",
]


def test_same_stem_for_inflections_and_compounds() -> None:
    assert same_stem("akuttelefon", "akuttelefonen")
    assert same_stem("netværk", "netværksgrupper")
    assert same_stem("samarbejde", "samarbejdsmodellen")
    assert not same_stem("samarbejde", "forældresamarbejde")
    assert not same_stem("døgnvagt", "døgninstitution")


def test_pool_of_matches_a_short_heading_to_the_full_title() -> None:
    assert pool_of("Styrket læringsmiljø", POOLS) == POOLS[2]
    assert pool_of("Styrket familiebehandling", POOLS) == POOLS[1]
    assert pool_of("Styrket familiebehandling i udsatte familier", POOLS) == POOLS[1]
    assert pool_of(POOLS[0], POOLS) == POOLS[0]


def test_pool_of_refuses_unrelated_and_ambiguous_headings() -> None:
    assert pool_of("Styrket", POOLS) is None  # fits two pools
    assert pool_of("Pause og frokost", POOLS) is None
    assert pool_of("", POOLS) is None


def test_labelled_pools_on_an_agenda_with_a_wrapped_title() -> None:
    doc = make_doc(
        "Program\n\n9.00-9.45: Information om puljen: Bedre hjælp til familier med børn, som er\n"
        "anbragt\n\n9.45-10.00: Pause\n\n10.00-11.00: Puljen: Flere lærepladser i regionen\n"
    )
    assert [pool.title for pool in find_pools(doc)] == [
        "Bedre hjælp til familier med børn, som er anbragt",
        "Flere lærepladser i regionen",
    ]


def test_pool_named_in_the_title_block() -> None:
    doc = make_doc("Spørgsmål og svar om puljen\n\ntil bedre trivsel i dagtilbud\n\nTekst her.")
    assert [pool.title for pool in find_pools(doc)] == ["Pulje til bedre trivsel i dagtilbud"]


def test_no_pool_when_the_document_does_not_name_one() -> None:
    doc = make_doc("Informationsmøde om ansøgningspuljer på området\n\nDer er tre puljer.")
    assert find_pools(doc) == []


def test_a_pool_in_body_text_is_not_the_title() -> None:
    doc = make_doc("Nyheder\n\nMinisteren har fordelt penge fra puljen til kultur i hele landet.")
    assert find_pools(doc) == []


def test_seed_003_three_pools() -> None:
    assert [pool.title for pool in find_pools(seed("003"))] == POOLS


def test_seed_000_and_004_one_pool_each() -> None:
    [pool_000] = find_pools(seed("000"))
    assert pool_000.title.startswith("Ansøgningspulje til samarbejder mellem plejefamilier")
    [pool_004] = find_pools(seed("004"))
    assert pool_004.title == "Pulje til styrket match af barn og anbringelsessted"


def test_seeds_001_and_002_name_no_pool() -> None:
    assert find_pools(seed("001")) == []
    assert find_pools(seed("002")) == []


# --- Cutting a document that presents several pools into its pools' parts


AGENDA = (
    "Program\n\n"
    "9.00-9.45: Information om puljen: Flere lærepladser i regionen\n\n"
    "9.45-10.00: Kaffe\n\n"
    "10.00-10.45: Information om puljen: Bedre hjælp til familier med\n"
    "børn, som er anbragt\n\n"
    "10.45-11.30: Sådan søger I\n\n"
)
LEARN, FAMILY = "Flere lærepladser i regionen", "Bedre hjælp til familier med børn, som er anbragt"


def _parts(text: str) -> list[tuple[str | None, str]]:
    """Each part's pool and its first line."""
    doc = make_doc(text)
    pools = [pool.title for pool in find_pools(doc)]
    return [
        (part.pool, next(line.text for line in part.doc.lines if not line.blank))
        for part in pool_parts(doc, pools)
    ]


def test_parts_follow_the_pool_headings_and_return_to_shared_matters() -> None:
    text = (
        AGENDA
        + "Hjælp til familier\n\nPuljen har 4 mio. kr.\n\n"
        + "Lærepladser\ni regionen\n\nHer er 2,5 mio. kr. til fordeling.\n\n"
        + "Kaffe og kage\n\nSådan søger I\n\nFristen er 1. marts 2026.\n"
    )
    assert _parts(text) == [
        (None, "Program"),
        (FAMILY, "Hjælp til familier"),
        (LEARN, "Lærepladser"),
        (None, "Kaffe og kage"),  # an agenda item without a pool: shared again
    ]


def test_a_heading_about_a_pool_the_document_does_not_present_ends_a_part() -> None:
    text = (
        AGENDA
        + "Lærepladser i regionen\n\nTekst.\n\nNæste møde om puljen til grøn omstilling\n\nTekst.\n"
    )
    assert [pool for pool, _ in _parts(text)] == [None, LEARN, None]


def test_sentences_questions_and_list_items_are_no_headings() -> None:
    text = AGENDA + (
        "Hvad kan familier med børn, som er anbragt, få?\n\n"
        "• Lærepladser i regionen\n\n"
        "Vi taler om lærepladser i regionen.\n"
    )
    assert [pool for pool, _ in _parts(text)] == [None]


def test_a_document_about_one_pool_is_one_part() -> None:
    doc = make_doc("Puljen til grøn omstilling af landbruget\n\nGrøn omstilling\n\nTekst.\n")
    assert [
        part.pool for part in pool_parts(doc, ["Puljen til grøn omstilling af landbruget"])
    ] == [None]


def test_items_carry_the_pool_of_their_part() -> None:
    text = AGENDA + (
        "Hjælp til familier\n\nDer er afsat 4 mio. kr. til puljen.\n\n"
        "Sådan søger I\n\nI alt er der afsat 9 mio. kr. til de to puljer.\n"
    )
    amounts = extract_raw(make_doc(text)).amounts
    assert [(a.text, a.pool) for a in amounts] == [("4 mio. kr.", FAMILY), ("9 mio. kr.", None)]


def test_seed_003_gives_its_core_elements_to_the_pool_that_presents_them() -> None:
    ext = extract_raw(seed("003"))
    assert {element.pool for element in ext.core_elements} == {POOLS[1]}
    assert {criterion.pool for criterion in ext.criteria} == {None}  # the shared procedure part
    assert [(a.text, a.pool) for a in ext.amounts] == [
        ("255 mio. kroner", None),
        ("32,9 mio. kr.", POOLS[1]),
        ("22,6 mio. kr.", POOLS[1]),
    ]


def test_a_pool_title_on_the_line_after_its_label() -> None:
    doc = make_doc(
        "Program\n\n9.00-9.45: Information om puljen:\nFlere lærepladser i regionen\n\n"
        "9.45-10.00: Information om puljen: Bedre\nhjælp til familier\n"
    )
    assert [p.title for p in find_pools(doc)] == [
        "Flere lærepladser i regionen",
        "Bedre hjælp til familier",
    ]


def test_a_sentence_run_into_the_next_slides_title_is_no_heading() -> None:
    text = AGENDA + (
        "Lærepladser i regionen\n\nHer er 2,5 mio. kr.\n\n"
        "Styrelsen udmelder en pulje på 1 mio. kr. i maj. Ansøgerkreds\n\nTekst.\n"
    )
    assert [pool for pool, _ in _parts(text)] == [None, LEARN]

"""Which pools a document covers, and which pool a short heading means."""

from __future__ import annotations

from puljeportal.extract.pools import find_pools, pool_of, same_stem
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

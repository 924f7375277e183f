"""The typed content model: the single contract between extraction and rendering.

Extractors return these objects, `store` writes and loads them as YAML, templates read them.
Field order here is the key order on disk and in `extract --json`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

DocumentKind = Literal["qa", "pamphlet", "slides", "guide", "other"]


class Record(BaseModel):
    """Strict base: unknown keys are an error, so a typo in hand-edited YAML is caught."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


# --- Items found in a document. `page` is where; the document (or `source`) says which file.


class QA(Record):
    number: int | None = None
    question: str = Field(min_length=1)
    answer: str
    page: int | None = Field(default=None, ge=1)
    pool: str | None = None


class CoreElement(Record):
    number: int | None = None
    title: str = Field(min_length=1)
    kind: str | None = None
    body: str = ""
    focus_areas: list[str] = Field(default_factory=list)
    page: int | None = None
    pool: str | None = None


class Contact(Record):
    name: str
    email: str | None = None
    phone: str | None = None
    role: str | None = None
    organisation: str | None = None
    pool: str | None = None
    page: int | None = None


class Criterion(Record):
    number: int | None = None
    title: str
    requirements: list[str] = Field(default_factory=list)
    pool: str | None = None
    page: int | None = None


class Amount(Record):
    text: str
    dkk: float | None = None
    label: str | None = None
    page: int | None = None
    pool: str | None = None


class Dated(Record):
    text: str
    date: str | None = None
    label: str | None = None
    page: int | None = None
    pool: str | None = None


class Passage(Record):
    """A stretch of the document's own words about one thing: who may apply, who is helped."""

    text: str = Field(min_length=1)
    page: int | None = None
    pool: str | None = None


class Link(Record):
    """A web address the document gives, with the words it stands beside."""

    url: str = Field(min_length=1)
    label: str | None = None
    page: int | None = None
    pool: str | None = None


class PoolRef(Record):
    title: str
    slug: str | None = None


class Extraction(Record):
    """Everything extracted from one document; `extract --json` prints a list of these."""

    source: str
    sha256: str | None = None
    error: str | None = None
    kind: DocumentKind | None = None
    title: str | None = None
    date: str | None = None
    pages: int | None = Field(default=None, ge=0)
    pools: list[PoolRef] = Field(default_factory=list)
    qa: list[QA] = Field(default_factory=list)
    core_elements: list[CoreElement] = Field(default_factory=list)
    contacts: list[Contact] = Field(default_factory=list)
    criteria: list[Criterion] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    dates: list[Dated] = Field(default_factory=list)
    target_group: list[Passage] = Field(default_factory=list)
    applicants: list[Passage] = Field(default_factory=list)
    links: list[Link] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


# --- The content model: what lives under content/ and what the site shows.


class DocumentDecl(Record):
    """An editor's declaration that a source document belongs to a pool."""

    file: str = Field(min_length=1, description="path under content/, e.g. sources/x.pdf")
    section: str | None = Field(
        default=None,
        description="for a document that presents several pools: the pool's title as it is "
        "written there; only that pool's items are taken",
    )


class PoolDecl(Record):
    slug: str = Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
    title: str = Field(min_length=1)
    documents: list[DocumentDecl] = Field(min_length=1)


class Catalogue(Record):
    """content/pools.yaml: which pools exist and which documents belong to each."""

    pools: list[PoolDecl]


class SourceDoc(Record):
    """A source document as it was extracted: enough to cite and link it."""

    file: str
    sha256: str
    kind: DocumentKind
    title: str | None = None
    date: str | None = None
    pages: int


class FaqEntry(Record):
    id: str = Field(pattern=r"^[\w-]+$", description="the entry's anchor; never changes")
    number: int | None = None
    question: str = Field(min_length=1)
    answer: str
    source: str
    page: int | None = Field(default=None, ge=1)


# A pool's items say which file under content/ they came from (`source`) and on which page.


class PoolElement(CoreElement):
    source: str


class PoolCriterion(Criterion):
    source: str


class PoolContact(Contact):
    source: str


class PoolAmount(Amount):
    source: str


class PoolDate(Dated):
    source: str


class PoolPassage(Passage):
    source: str


class PoolLink(Link):
    source: str


class Pool(Record):
    """content/pools/<slug>.yaml: one pool, everything the site shows about it."""

    slug: str
    title: str
    documents: list[SourceDoc] = Field(default_factory=list)
    faq: list[FaqEntry] = Field(default_factory=list)
    core_elements: list[PoolElement] = Field(default_factory=list)
    criteria: list[PoolCriterion] = Field(default_factory=list)
    contacts: list[PoolContact] = Field(default_factory=list)
    amounts: list[PoolAmount] = Field(default_factory=list)
    dates: list[PoolDate] = Field(default_factory=list)
    target_group: list[PoolPassage] = Field(default_factory=list)
    applicants: list[PoolPassage] = Field(default_factory=list)
    links: list[PoolLink] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


# The lists of a pool that are merged as a whole: an editor's change to any item keeps the list.
FACT_LISTS = (
    "core_elements",
    "criteria",
    "contacts",
    "amounts",
    "dates",
    "target_group",
    "applicants",
    "links",
)

"""Extracted documents -> pool YAML, keeping every change an editor made by hand.

Three versions of each pool meet here: `snapshot` (what extraction produced last time),
`current` (the YAML as editors left it) and `fresh` (what extraction produces now). An entry
that differs between snapshot and current was edited, so the editor's version is kept; an entry
an editor deleted stays deleted; an entry an editor added stays. Everything else is refreshed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import TypeVar

from puljeportal.extract import extract_document, warning_pool
from puljeportal.model import (
    FACT_LISTS,
    Extraction,
    FaqEntry,
    Pool,
    PoolAmount,
    PoolContact,
    PoolCriterion,
    PoolDate,
    PoolDecl,
    PoolElement,
    PoolLink,
    PoolPassage,
    Record,
    SourceDoc,
)
from puljeportal.slugs import slugify, unique
from puljeportal.store import Content

SAME_QUESTION = 0.85


@dataclass
class Report:
    """What an update did to one pool, for the editor's review."""

    slug: str
    found: dict[str, int] = field(default_factory=dict)
    kept_edits: list[str] = field(default_factory=list)
    review: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def fresh_pool(decl: PoolDecl, extractions: list[tuple[str, Extraction]]) -> Pool:
    """The pool as extraction alone sees it (no editor's changes)."""
    pool = Pool(slug=decl.slug, title=decl.title)
    taken: set[str] = set()
    for file, ext in extractions:
        assert ext.sha256 and ext.kind and ext.pages is not None
        pool.documents.append(
            SourceDoc(
                file=file,
                sha256=ext.sha256,
                kind=ext.kind,
                title=ext.title,
                date=ext.date,
                pages=ext.pages,
            )
        )
        for qa in ext.qa:
            pool.faq.append(
                FaqEntry(
                    id=unique(slugify(qa.question), taken),
                    number=qa.number,
                    question=qa.question,
                    answer=qa.answer,
                    source=file,
                    page=qa.page,
                )
            )
        pool.core_elements += [_sourced(PoolElement, item, file) for item in ext.core_elements]
        pool.criteria += [_sourced(PoolCriterion, item, file) for item in ext.criteria]
        pool.contacts += [_sourced(PoolContact, item, file) for item in ext.contacts]
        pool.amounts += [_sourced(PoolAmount, item, file) for item in ext.amounts]
        pool.dates += [_sourced(PoolDate, item, file) for item in ext.dates]
        pool.target_group += [_sourced(PoolPassage, item, file) for item in ext.target_group]
        pool.applicants += [_sourced(PoolPassage, item, file) for item in ext.applicants]
        known = {link.url for link in pool.links}
        pool.links += [_sourced(PoolLink, i, file) for i in ext.links if i.url not in known]
        # The reader's warnings name the file already; name it once.
        pool.warnings += [f"{file}: {w.removeprefix(f'{ext.source}: ')}" for w in ext.warnings]
    return pool


R = TypeVar("R", bound=Record)


def _sourced(cls: type[R], item: Record, file: str) -> R:
    """An extracted item as a pool's item: the same fields, its source file added."""
    data = item.model_dump(exclude={"pool"})
    return cls.model_validate({**data, "source": file})


def keep_ids(fresh: Pool, previous: Pool | None) -> None:
    """Give a re-extracted entry the anchor it had, so links to it keep working."""
    if previous is None:
        return
    old = list(previous.faq)
    taken = {entry.id for entry in old}
    for entry in fresh.faq:
        match = _same_entry(entry, old)
        if match is not None:
            old.remove(match)
            entry.id = match.id
        elif entry.id in taken:
            entry.id = unique(entry.id, taken)


def _same_entry(entry: FaqEntry, candidates: list[FaqEntry]) -> FaqEntry | None:
    best, score = None, SAME_QUESTION
    for old in candidates:
        if old.source != entry.source:
            continue
        ratio = SequenceMatcher(None, old.question, entry.question).ratio()
        if ratio >= score:
            best, score = old, ratio
    return best


def merge(fresh: Pool, current: Pool | None, snapshot: Pool | None, report: Report) -> Pool:
    """Fresh extraction, with the editor's changes (current vs snapshot) laid on top."""
    if current is None:
        return fresh.model_copy(deep=True)
    if snapshot is None:  # what extraction gave last time is lost: all of `current` is the editor's
        snapshot = Pool(slug=fresh.slug, title=fresh.title)
    base = {entry.id: entry for entry in snapshot.faq}
    mine = {entry.id: entry for entry in current.faq}
    merged: list[FaqEntry] = []
    for entry in fresh.faq:
        if entry.id in base and entry.id not in mine:
            report.kept_edits.append(
                f"FAQ '{entry.id}' er slettet af en redaktør; forbliver slettet"
            )
            continue
        edited = mine.get(entry.id)
        if edited is not None and edited not in (base.get(entry.id), entry):
            report.kept_edits.append(f"FAQ '{entry.id}' er rettet i hånden; rettelsen er bevaret")
            merged.append(edited)
        else:
            merged.append(entry)
    fresh_ids = {entry.id for entry in fresh.faq}
    for position, entry in enumerate(current.faq):
        if entry.id not in base and entry.id not in fresh_ids:
            report.kept_edits.append(f"FAQ '{entry.id}' er tilføjet af en redaktør; bevaret")
            merged.insert(min(position, len(merged)), entry)
    result = fresh.model_copy(deep=True)
    result.faq = merged
    for name in FACT_LISTS:
        if getattr(current, name) not in (getattr(snapshot, name), getattr(fresh, name)):
            report.kept_edits.append(f"'{name}' er rettet i hånden; redaktørens version er bevaret")
            setattr(result, name, getattr(current, name))
    return result


def update_pool(
    content: Content, decl: PoolDecl, extract: Callable[[Path, str], Extraction]
) -> Report:
    """Re-extract one pool's documents and write its YAML; a document that fails changes nothing."""
    report = Report(decl.slug)
    extractions: list[tuple[str, Extraction]] = []
    for doc in decl.documents:
        ext = extract(content.root / doc.file, f"content/{doc.file}")
        if ext.error:
            report.errors.append(ext.error)
        extractions.append((doc.file, _only_section(ext, doc.section)))
    if report.errors:
        return report
    fresh = fresh_pool(decl, extractions)
    current, snapshot = content.load_pool(decl.slug), content.load_snapshot(decl.slug)
    keep_ids(fresh, snapshot or current)
    pool = merge(fresh, current, snapshot, report)
    content.save_pool(pool, fresh)
    report.found = {
        "dokumenter": len(pool.documents),
        "spørgsmål og svar": len(pool.faq),
        "kerneelementer": len(pool.core_elements),
        "tildelingskriterier": len(pool.criteria),
        "kontaktpersoner": len(pool.contacts),
        "beløb": len(pool.amounts),
        "datoer": len(pool.dates),
        "målgruppe": len(pool.target_group),
        "ansøgerkreds": len(pool.applicants),
        "links": len(pool.links),
    }
    report.review = list(pool.warnings)
    return report


def _only_section(ext: Extraction, section: str | None) -> Extraction:
    """For a document presenting several pools: keep the items of one pool (and shared ones)."""
    if section is None:
        return ext
    ext = ext.model_copy(deep=True)
    for name in ("qa", *FACT_LISTS):
        items = getattr(ext, name)
        setattr(ext, name, [i for i in items if _belongs(getattr(i, "pool", None), section)])
    ext.warnings = [w for w in ext.warnings if _belongs(warning_pool(w), section)]
    return ext


def _belongs(pool: str | None, section: str) -> bool:
    """An item with no pool is shared by every pool of the document."""
    return pool is None or same_pool(pool, section)


def same_pool(found: str, section: str) -> bool:
    """Does a pool name found in a document denote the editor's `section`? (short or full title)"""
    a, b = " ".join(found.casefold().split()), " ".join(section.casefold().split())
    return a.startswith(b) or b.startswith(a)


def update_all(content: Content, only: set[str] | None = None) -> list[Report]:
    """Update every pool in the catalogue (or only the named ones)."""
    reports = []
    for decl in content.catalogue().pools:
        if only is None or decl.slug in only:
            reports.append(update_pool(content, decl, extract_document))
    return reports

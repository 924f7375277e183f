"""Measure the extraction against the development set: `python -m puljeportal.evaluate DEVSET`.

Counting follows the devset README exactly (see the matching functions below). Three runs:
the texts as stored; PDFs rendered from them in one column; and in two columns with a running
header and page numbers. One document that fails never stops the evaluation: its error is
reported and it counts as all-missed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

from puljeportal.model import Contact, Extraction

Extractor = Callable[[Path, str | None], Extraction]
Renderer = Callable[[Path, Path, int, str | None, bool], None]

QUESTION_MIN = 0.85
ANSWER_MIN = 0.9
FACT_KINDS = ("contacts", "amounts", "dates", "criteria")
RUNS = ("texts", "pdf-1col", "pdf-2col")
PDF_LAYOUTS: dict[str, tuple[int, bool]] = {"pdf-1col": (1, False), "pdf-2col": (2, True)}
WORST = 8

# --- Matching rules (pure functions) ---------------------------------------------------------

LEADING_DATE = re.compile(
    r"^\s*(?:\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{4}-\d{2}-\d{2}(?:T[0-9:.+\-Z]*)?)(?:\s+|$)"
)
TIME_OF_DAY = re.compile(
    r",?\s*\b(?:kl\.?|klokken)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?"
)
QUALIFIER = re.compile(r"\b(?:ultimo|primo|medio|senest|inden)\b\.?")


def norm(text: str) -> str:
    """Whitespace-collapsed, case-folded form: how the README compares all text."""
    return " ".join(text.split()).casefold()


def similarity(a: str, b: str) -> float:
    """difflib ratio of the normalised texts (autojunk off: it distorts texts over 200 chars)."""
    return difflib.SequenceMatcher(None, norm(a), norm(b), autojunk=False).ratio()


def strip_leading_date(text: str) -> str:
    """Drop a date line such as `11-02-2020` (or an ISO timestamp) before an answer."""
    return LEADING_DATE.sub("", text, count=1)


def answer_matches(answer: str, a_start: str) -> bool:
    """The answer starts with a_start: ≥ 0.9 similar over a_start's length, date line optional."""
    for ans in {answer, strip_leading_date(answer)}:
        for start in {a_start, strip_leading_date(a_start)}:
            want = norm(start)
            if not want:
                continue
            head = norm(ans)[: len(want)]
            if difflib.SequenceMatcher(None, head, want, autojunk=False).ratio() >= ANSWER_MIN:
                return True
    return False


@dataclass(frozen=True)
class TruthQA:
    q: str
    a_start: str


@dataclass
class QAResult:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    ignored: int = 0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)


def match_qa(
    extracted: Sequence[tuple[str, str]], truth: Sequence[TruthQA], headings: Sequence[str] = ()
) -> QAResult:
    """Count (question, answer) pairs against the truth: greedy best match, in extracted order.

    Each truth entry is matched at most once, by the extracted entry that comes first, choosing
    among the still-unmatched truth entries the one with the most similar question. An unmatched
    extracted entry whose question matches a `question_headings_not_qa` heading is ignored.
    """
    result = QAResult()
    used: set[int] = set()
    for question, answer in extracted:
        best, best_ratio = -1, 0.0
        for i, entry in enumerate(truth):
            if i in used:
                continue
            sim = similarity(question, entry.q)
            if sim >= QUESTION_MIN and sim > best_ratio and answer_matches(answer, entry.a_start):
                best, best_ratio = i, sim
        if best >= 0:
            used.add(best)
            result.tp += 1
        elif any(similarity(question, h) >= QUESTION_MIN for h in headings):
            result.ignored += 1
        else:
            result.fp += 1
            result.spurious.append(question)
    result.missed = [entry.q for i, entry in enumerate(truth) if i not in used]
    result.fn = len(result.missed)
    return result


def fact_key(text: str) -> str:
    """An amount, date or criterion as compared: no time of day, qualifier, final period, spaces."""
    text = TIME_OF_DAY.sub("", norm(text))
    text = QUALIFIER.sub("", text).strip().rstrip(" .,;")
    return "".join(text.split())


def fact_found(text: str, extracted: Iterable[str]) -> bool:
    """The truth text occurs in one of the extracted texts (both compared as fact_key)."""
    key = fact_key(text)
    return bool(key) and any(key in fact_key(other) for other in extracted)


def email_key(email: str | None) -> str:
    return norm(email or "").removeprefix("mailto:")


def phone_key(phone: str | None) -> str:
    """The last 8 digits of a phone number (all of them if fewer)."""
    return "".join(c for c in (phone or "") if c.isdigit())[-8:]


def contact_found(email: str | None, phone: str | None, extracted: Sequence[Contact]) -> bool:
    """Found when its e-mail, or its phone's last 8 digits, is among the extracted contacts'."""
    emails = {email_key(c.email) for c in extracted} - {""}
    phones = {phone_key(c.phone) for c in extracted} - {""}
    return bool(email_key(email) in emails or phone_key(phone) in phones)


def ratio(num: int, den: int) -> float:
    """num/den, and 1.0 when there is nothing to count (nothing missed, nothing spurious)."""
    return num / den if den else 1.0


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p, r = ratio(tp, tp + fp), ratio(tp, tp + fn)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# --- Truth and per-document scoring ----------------------------------------------------------


@dataclass
class Truth:
    slug: str
    title: str
    qa: list[TruthQA]
    contacts: list[tuple[str, str | None, str | None]]  # (name, email, phone)
    amounts: list[str]
    dates: list[str]
    criteria: list[str]
    headings: list[str]
    unmeasurable: list[str] = field(default_factory=list)  # contacts with no e-mail or phone


def _opt(value: object) -> str | None:
    return None if value is None else str(value)


def load_truth(path: Path) -> Truth:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    contacts: list[tuple[str, str | None, str | None]] = []
    unmeasurable: list[str] = []
    for c in data.get("contacts") or []:
        name = str(c.get("name") or c.get("email") or c.get("phone") or "?")
        if c.get("email") or c.get("phone"):
            contacts.append((name, _opt(c.get("email")), _opt(c.get("phone"))))
        else:
            unmeasurable.append(name)
    return Truth(
        slug=path.stem,
        title=str(data.get("title") or ""),
        qa=[TruthQA(str(e["q"]), str(e["a_start"])) for e in data.get("qa") or []],
        contacts=contacts,
        amounts=[str(x) for x in data.get("amounts") or []],
        dates=[str(x) for x in data.get("dates") or []],
        criteria=[str(x) for x in data.get("criteria") or []],
        headings=[str(x) for x in data.get("question_headings_not_qa") or []],
        unmeasurable=unmeasurable,
    )


@dataclass
class Facts:
    found: int = 0
    total: int = 0
    missed: list[str] = field(default_factory=list)


@dataclass
class DocResult:
    slug: str
    qa: QAResult
    facts: dict[str, Facts]
    error: str | None = None

    @property
    def misses(self) -> int:
        """Everything that went wrong: missed and spurious questions, missed facts."""
        return self.qa.fp + self.qa.fn + sum(f.total - f.found for f in self.facts.values())

    @property
    def score(self) -> float:
        """Mean of Q&A F1 and the facts recalls, over the parts with anything to count."""
        parts = [f.found / f.total for f in self.facts.values() if f.total]
        if self.qa.tp + self.qa.fp + self.qa.fn:
            parts.append(prf(self.qa.tp, self.qa.fp, self.qa.fn)[2])
        return sum(parts) / len(parts) if parts else 1.0


def score_document(truth: Truth, ext: Extraction | None, error: str | None = None) -> DocResult:
    """Count one document; with no extraction (an error) everything in the truth is missed."""
    qa_pairs = [(e.question, e.answer) for e in ext.qa] if ext else []
    qa = match_qa(qa_pairs, truth.qa, truth.headings)
    facts: dict[str, Facts] = {}
    contacts = ext.contacts if ext else []
    texts = {
        "amounts": [a.text for a in ext.amounts] if ext else [],
        "dates": [d.text for d in ext.dates] if ext else [],
        "criteria": [c.title for c in ext.criteria] if ext else [],
    }
    f = facts["contacts"] = Facts(total=len(truth.contacts))
    for name, email, phone in truth.contacts:
        if contact_found(email, phone, contacts):
            f.found += 1
        else:
            f.missed.append(" / ".join(x for x in (name, email, phone) if x))
    for kind in ("amounts", "dates", "criteria"):
        wanted: list[str] = getattr(truth, kind)
        f = facts[kind] = Facts(total=len(wanted))
        for text in wanted:
            if fact_found(text, texts[kind]):
                f.found += 1
            else:
                f.missed.append(text)
    return DocResult(truth.slug, qa, facts, error)


@dataclass
class RunResult:
    name: str
    docs: list[DocResult] = field(default_factory=list)
    skipped: str | None = None

    def totals(self) -> dict[str, Any]:
        tp = sum(d.qa.tp for d in self.docs)
        fp = sum(d.qa.fp for d in self.docs)
        fn = sum(d.qa.fn for d in self.docs)
        p, r, f1 = prf(tp, fp, fn)
        out: dict[str, Any] = {"qa_tp": tp, "qa_fp": fp, "qa_fn": fn,
                               "qa_precision": p, "qa_recall": r, "qa_f1": f1}
        for kind in FACT_KINDS:
            found = sum(d.facts[kind].found for d in self.docs)
            total = sum(d.facts[kind].total for d in self.docs)
            out[kind] = ratio(found, total)
            out[f"{kind}_found"], out[f"{kind}_total"] = found, total
        out["errors"] = sum(1 for d in self.docs if d.error)
        return out


# --- Running the extraction ------------------------------------------------------------------


def load_extractor() -> Extractor:
    from puljeportal.extract import extract_document  # written in parallel: import late

    return extract_document


def load_renderer() -> Renderer:
    from puljeportal.pdfmake import make_pdf_from_file  # written in parallel: import late

    def render(src: Path, dst: Path, columns: int, header: str | None, numbers: bool) -> None:
        make_pdf_from_file(src, dst, columns=columns, header=header, page_numbers=numbers)

    return render


def _renderer_hash() -> str:
    """Part of the PDF cache key, so that a change to the renderer (or to the column split and
    the furniture rules it sets a text with) re-renders."""
    here = Path(__file__).parent
    paths = [here / "pdfmake.py", here / "read" / "columns.py", here / "read" / "furniture.py"]
    return hashlib.sha256(b"".join(p.read_bytes() for p in paths if p.exists())).hexdigest()


def render_cached(
    render: Renderer, src: Path, cache: Path, columns: int, header: str | None, numbers: bool
) -> Path:
    key = hashlib.sha256(
        json.dumps([src.read_text(encoding="utf-8"), columns, header, numbers, _renderer_hash()])
        .encode()
    ).hexdigest()[:20]
    dst = cache / f"{src.stem}-{key}.pdf"
    if not dst.exists():
        cache.mkdir(parents=True, exist_ok=True)
        tmp = dst.with_suffix(".tmp.pdf")
        render(src, tmp, columns, header, numbers)
        tmp.replace(dst)
    return dst


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}".strip().splitlines()[0][:300]


def run_one(
    name: str, truths: Sequence[tuple[Path, Truth]], extract: Extractor,
    render: Renderer | None, cache: Path,
) -> RunResult:
    run = RunResult(name)
    for src, truth in truths:
        ext: Extraction | None = None
        error: str | None = None
        try:
            if name == "texts":
                ext = extract(src, f"sources/{src.name}")
            else:
                assert render is not None
                columns, furniture = PDF_LAYOUTS[name]
                header = (truth.title or truth.slug)[:80] if furniture else None
                pdf = render_cached(render, src, cache, columns, header, furniture)
                ext = extract(pdf, f"{truth.slug}.pdf")
            if ext.error:
                error, ext = f"extraction error: {ext.error}", None
        except Exception as exc:  # one bad document must not stop the evaluation
            error, ext = _describe(exc), None
        run.docs.append(score_document(truth, ext, error))
    return run


def evaluate(
    devset: Path, runs: Sequence[str] = RUNS, cache: Path | None = None
) -> tuple[list[RunResult], list[str]]:
    """Run the extraction over the devset; returns the runs and problems with the devset."""
    problems: list[str] = []
    truths: list[tuple[Path, Truth]] = []
    for src in sorted((devset / "sources").glob("*.txt")):
        path = devset / "truth" / f"{src.stem}.yaml"
        if not path.exists():
            problems.append(f"{src.name}: no truth file, not evaluated")
            continue
        try:
            truth = load_truth(path)
        except Exception as exc:
            problems.append(f"{path.name}: unreadable truth ({_describe(exc)}), not evaluated")
            continue
        if truth.unmeasurable:
            problems.append(f"{path.name}: contact(s) with no e-mail or phone not counted: "
                            + ", ".join(truth.unmeasurable))
        truths.append((src, truth))
    extract = load_extractor()
    results: list[RunResult] = []
    with tempfile.TemporaryDirectory(prefix="puljeportal-eval-") as tmp:
        for name in runs:
            render: Renderer | None = None
            if name != "texts":
                try:
                    render = load_renderer()
                except Exception as exc:
                    results.append(RunResult(name, skipped=f"no PDF renderer ({_describe(exc)})"))
                    continue
            results.append(run_one(name, truths, extract, render, cache or Path(tmp)))
    return results, problems


# --- Reporting -------------------------------------------------------------------------------


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    return [line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)]


def _frac(facts: Facts) -> str:
    return f"{facts.found}/{facts.total}"


def overall_lines(results: Sequence[RunResult]) -> list[str]:
    rows = []
    for run in results:
        if run.skipped:
            rows.append([run.name, *["–"] * 8, "not run"])
            continue
        t = run.totals()
        rows.append([
            run.name, f"{t['qa_precision']:.3f}", f"{t['qa_recall']:.3f}", f"{t['qa_f1']:.3f}",
            f"{t['qa_tp']}/{t['qa_fp']}/{t['qa_fn']}",
            *(f"{t[k]:.3f} ({t[k + '_found']}/{t[k + '_total']})" for k in FACT_KINDS),
            str(t["errors"]),
        ])
    notes = [f"- {r.name} not run: {r.skipped}" for r in results if r.skipped]
    table = _table(["run", "Q&A P", "Q&A R", "Q&A F1", "tp/fp/fn", *FACT_KINDS, "errors"], rows)
    return table + ([""] + notes if notes else [])


def document_lines(run: RunResult) -> list[str]:
    rows = []
    for d in run.docs:
        note = "ERROR" if d.error else ""
        if d.qa.ignored and not d.error:
            note = f"{d.qa.ignored} heading(s) ignored"
        rows.append([d.slug, f"{d.qa.tp}/{d.qa.fp}/{d.qa.fn}",
                     *(_frac(d.facts[k]) for k in FACT_KINDS), f"{d.score:.2f}", note])
    return _table(["document", "Q&A tp/fp/fn", *FACT_KINDS, "score", "note"], rows)


def worst_lines(run: RunResult, count: int = WORST) -> list[str]:
    out: list[str] = []
    worst = sorted((d for d in run.docs if d.score < 1.0), key=lambda d: (d.score, -d.misses))
    for d in worst[:count]:
        out.append(f"- **{d.slug}** (score {d.score:.2f})")
        if d.error:
            out.append(f"  - error: {d.error}")
        out.extend(f"  - missed question: {q!r}" for q in d.qa.missed)
        out.extend(f"  - spurious question: {q!r}" for q in d.qa.spurious)
        for kind in FACT_KINDS:
            if d.facts[kind].missed:
                out.append(f"  - missed {kind}: " + "; ".join(map(repr, d.facts[kind].missed)))
    return out or ["- none: every document scores 1.0"]


def git_commit(where: Path) -> str | None:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=where, check=True,
                              capture_output=True, text=True).stdout.strip()
        status = subprocess.run(["git", "status", "--porcelain"], cwd=where, check=True,
                                capture_output=True, text=True).stdout.splitlines()
    except (OSError, subprocess.CalledProcessError):
        return None
    # The reports that `make eval` itself writes (eval/*.md) are no change to the code measured.
    dirty = [line for line in status if not re.fullmatch(r"eval/[^/]+\.md", line[3:].strip('"'))]
    return head + (" (with uncommitted changes)" if dirty else "")


def report(results: Sequence[RunResult], problems: Sequence[str], devset: Path,
           when: str, commit: str | None) -> str:
    lines = ["# Extraction evaluation on the development set", "",
             f"- date: {when}", f"- commit: {commit or 'unknown'}", f"- devset: {devset}",
             "- counting: as in the devset README; Q&A micro-averaged over all documents; "
             "facts are recall only; a document score is the mean of its Q&A F1 and facts "
             "recalls", "", "## Overall", "", *overall_lines(results), ""]
    if problems:
        lines += ["Devset notes:", "", *(f"- {p}" for p in problems), ""]
    for run in results:
        if run.skipped:
            continue
        lines += [f"## Worst documents: {run.name}", "", *worst_lines(run), ""]
    for run in results:
        if run.skipped:
            continue
        lines += [f"## Per document: {run.name}", "", *document_lines(run), ""]
    return "\n".join(lines)


def to_json(results: Sequence[RunResult], when: str, commit: str | None) -> dict[str, Any]:
    return {"date": when, "commit": commit, "runs": {
        r.name: {"skipped": r.skipped, "overall": None if r.skipped else r.totals(),
                 "documents": [{**asdict(d), "score": d.score} for d in r.docs]}
        for r in results}}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m puljeportal.evaluate", description=__doc__)
    parser.add_argument("devset", type=Path, help="directory with sources/ and truth/")
    parser.add_argument("--out", type=Path, required=True, help="Markdown report to write")
    parser.add_argument("--pdf", action=argparse.BooleanOptionalAction, default=True,
                        help="also run on PDFs rendered from the texts (default: yes)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument("--pdf-cache", type=Path,
                        help="where rendered PDFs are kept (default: pdf-cache/ beside --out)")
    args = parser.parse_args(argv)
    if not (args.devset / "sources").is_dir() or not (args.devset / "truth").is_dir():
        parser.error(f"{args.devset} has no sources/ and truth/ directories")
    runs = RUNS if args.pdf else ("texts",)
    cache = args.pdf_cache or args.out.parent / "pdf-cache"
    results, problems = evaluate(args.devset, runs, cache)
    when = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    commit = git_commit(Path.cwd())
    text = report(results, problems, args.devset, when, commit)
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(to_json(results, when, commit), ensure_ascii=False,
                                        indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

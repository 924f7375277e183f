#!/usr/bin/env python
"""Checker for the heldout5 truth files.

Usage:
    python check_truth.py          # check everything, print totals, end with OK
    python check_truth.py --fill   # first replace a_start placeholders "@@<first words>"
                                   # by the verbatim first 60 characters of the answer,
                                   # and re-dump every truth file in a normal form

Every string that the truth claims is in the source (q, a_start, contact e-mail and
phone, amounts, dates, criteria, question headings) must occur verbatim in the source
after whitespace collapsing -- either in the raw source or in a copy with page
furniture removed (form-feed lines, "Side N af M" footers, bare page numbers and
running header/footer lines repeated at the edges of >= 2 pages).
"""
import glob
import os
import re
import sys
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sources")
TRU = os.path.join(HERE, "truth")

KEYS = ["url", "title", "kind", "qa", "contacts", "amounts", "dates", "criteria",
        "question_headings_not_qa", "note"]
KINDS = {"qa", "guide", "none"}
CONTACT_KEYS = {"name", "email", "phone", "role"}
EDGE = 3          # lines at the top/bottom of a page that may be furniture
A_LEN = 60
MAX_GAP = 400

PAGE_NO = re.compile(r"^(?:-\s*)?(?:side\s+)?\d{1,3}(?:\s*(?:af|/|of)\s*\d{1,3})?(?:\s*-)?$", re.I)
SIDE_AF = re.compile(r"^side\s+\d{1,3}\s*(?:af|/)\s*\d{1,3}$", re.I)
LABEL_Q = re.compile(r"^(?:spørgsmål\s*(?:nr\.\s*)?\d*\s*[:.]|spm\.?\s*\d*\s*[:.]|q\s*\d*\s*:|\d{1,2}\s*[.)]\s)", re.I)
LABEL_A = re.compile(r"^(?:svar\s*\d*\s*:|sv\.\s*:?|a\s*:)", re.I)
DATE_BAD_START = re.compile(r"^(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|den\s|d\.\s)", re.I)
AMOUNT_BAD_START = re.compile(r"^(?:op til|maks\.|max\.|højst|ca\.)\s", re.I)


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def strip_furniture(text):
    pages = text.split("\f")
    edge_count = Counter()
    page_lines = []
    for p in pages:
        lines = p.split("\n")
        idx = [i for i, l in enumerate(lines) if l.strip()]
        edges = set(idx[:EDGE] + idx[-EDGE:])
        page_lines.append((lines, edges))
        for s in {lines[i].strip() for i in edges}:
            edge_count[s] += 1
    out = []
    for lines, edges in page_lines:
        keep = []
        for i, l in enumerate(lines):
            s = l.strip()
            if SIDE_AF.match(s):
                continue
            if i in edges and (PAGE_NO.match(s) or (len(pages) > 1 and edge_count[s] >= 2)):
                continue
            keep.append(l)
        out.append("\n".join(keep))
    return "\n".join(out)


def versions(raw):
    return [collapse(raw), collapse(strip_furniture(raw))]


def find_in(vs, s):
    s = collapse(str(s))
    return any(s in v for v in vs)


def locate_answer(vs, q, a_start, start_from):
    """Return (version index, q position, a position) or None."""
    q = collapse(q)
    for vi, v in enumerate(vs):
        qp = v.find(q, start_from[vi])
        if qp < 0:
            qp = v.find(q)
        while qp >= 0:
            end = qp + len(q)
            window = v[end:end + MAX_GAP + len(a_start) + 1]
            ap = window.find(a_start)
            if ap >= 0 and ap <= MAX_GAP:
                return vi, qp, end + ap
            qp = v.find(q, qp + 1)
    return None


def fill(path, raw):
    with open(path, encoding="utf-8") as f:
        data = yaml.safe_load(f)
    vs = versions(raw)
    for e in data.get("qa") or []:
        a = str(e.get("a_start", ""))
        if a.startswith("@@"):
            prefix = collapse(a[2:])
            loc = locate_answer(vs, e["q"], prefix, [0, 0])
            if not loc:
                raise SystemExit(f"{path}: cannot fill a_start for q={e['q']!r} prefix={prefix!r}")
            vi, qp, ap = loc
            e["a_start"] = vs[vi][ap:ap + A_LEN].rstrip()
    # keep every value a string (unquoted ISO dates would load as date objects)
    for k in ("url", "title", "note"):
        if k in data and data[k] is not None:
            data[k] = str(data[k])
    for k in ("amounts", "dates", "criteria", "question_headings_not_qa"):
        data[k] = [str(x) for x in (data.get(k) or [])]
    for e in data.get("qa") or []:
        for kk in e:
            e[kk] = str(e[kk])
    for c in data.get("contacts") or []:
        for kk in c:
            c[kk] = str(c[kk])
    ordered = {k: data.get(k) for k in KEYS if k in data}
    for k in data:
        if k not in ordered:
            ordered[k] = data[k]
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(ordered, f, allow_unicode=True, sort_keys=False, width=10000,
                       default_flow_style=False)


def main():
    do_fill = "--fill" in sys.argv
    errors = []

    def err(msg):
        errors.append(msg)

    srcs = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(SRC, "*.txt"))}
    trus = {os.path.basename(p)[:-5] for p in glob.glob(os.path.join(TRU, "*.yaml"))}
    for s in sorted(srcs - trus):
        err(f"{s}: source without truth file")
    for t in sorted(trus - srcs):
        err(f"{t}: truth file without source")

    tot = Counter()
    per_kind = Counter()
    pdf_docs = 0
    for slug in sorted(srcs & trus):
        raw = open(os.path.join(SRC, slug + ".txt"), encoding="utf-8").read()
        tpath = os.path.join(TRU, slug + ".yaml")
        if do_fill:
            fill(tpath, raw)
        with open(tpath, encoding="utf-8") as f:
            data = yaml.safe_load(f)
        name = slug
        if "\f" in raw:
            pdf_docs += 1
        nlines = len(raw.splitlines())
        if not 30 <= nlines <= 90:
            err(f"{name}: {nlines} lines (expected about 30-90)")
        if not isinstance(data, dict):
            err(f"{name}: truth is not a mapping")
            continue
        if set(data) != set(KEYS):
            err(f"{name}: keys {sorted(data)} != {sorted(KEYS)}")
            continue
        kind = data["kind"]
        if kind not in KINDS:
            err(f"{name}: bad kind {kind!r}")
        m = re.match(r"he-([qgn])-", slug)
        if not m or {"q": "qa", "g": "guide", "n": "none"}[m.group(1)] != kind:
            err(f"{name}: slug letter does not match kind {kind!r}")
        for k in ["qa", "contacts", "amounts", "dates", "criteria", "question_headings_not_qa"]:
            if not isinstance(data[k], list):
                err(f"{name}: {k} is not a list")
                data[k] = []
        for k in ["url", "title", "note"]:
            if not isinstance(data[k], str):
                err(f"{name}: {k} is not a string")
        if kind != "qa" and data["qa"]:
            err(f"{name}: qa must be empty for kind {kind}")
        if kind == "qa" and not data["qa"]:
            err(f"{name}: kind qa without entries")
        vs = versions(raw)
        per_kind[kind] += 1

        # Q&A
        last = [0, 0]
        seen_q = set()
        qas = data["qa"]
        for qi, e in enumerate(qas):
            nxt = collapse(str(qas[qi + 1]["q"])) if qi + 1 < len(qas) else None
            if set(e) != {"q", "a_start"}:
                err(f"{name}: qa entry keys {sorted(e)}")
                continue
            if not isinstance(e["q"], str) or not isinstance(e["a_start"], str):
                err(f"{name}: q/a_start not strings")
            q, a = collapse(str(e["q"])), str(e["a_start"])
            if q in seen_q:
                err(f"{name}: duplicate q {q!r}")
            seen_q.add(q)
            if a.startswith("@@"):
                err(f"{name}: unfilled placeholder {a!r} (run --fill)")
                continue
            if a != a.rstrip() or a != collapse(a):
                err(f"{name}: a_start not collapsed/right-stripped: {a!r}")
            if len(a) > A_LEN:
                err(f"{name}: a_start longer than {A_LEN}: {a!r}")
            if LABEL_Q.match(q):
                err(f"{name}: q keeps a label: {q!r}")
            if LABEL_A.match(a):
                err(f"{name}: a_start keeps a label: {a!r}")
            if not find_in(vs, q):
                err(f"{name}: q not verbatim in source: {q!r}")
                continue
            loc = locate_answer(vs, q, a, last)
            if not loc:
                err(f"{name}: a_start not found within {MAX_GAP} chars after q: q={q!r} a={a!r}")
                continue
            vi, qp, ap = loc
            window = vs[vi][ap:ap + A_LEN].rstrip()
            if window != a:
                # a shorter whole answer is allowed only if nothing but the next
                # question (with at most a short label) or the end of text follows
                rest = vs[vi][ap + len(a):].lstrip()
                ok_short = rest == "" or (nxt is not None and 0 <= rest.find(nxt) <= 25)
                if len(a) >= A_LEN or not ok_short:
                    err(f"{name}: a_start is not the first {A_LEN} chars of the answer: {a!r} vs {window!r}")
            if qp < last[vi]:
                err(f"{name}: q out of document order: {q!r}")
            last[vi] = ap
            tot["qa"] += 1

        # contacts
        for c in data["contacts"]:
            if not isinstance(c, dict) or not set(c) <= CONTACT_KEYS or not c:
                err(f"{name}: bad contact {c!r}")
                continue
            if not any(k in c for k in ("email", "phone", "name")):
                err(f"{name}: contact without name/email/phone {c!r}")
            for k in ("email", "phone", "name", "role"):
                if k in c and not isinstance(c[k], str):
                    err(f"{name}: contact {k} is not a string: {c[k]!r}")
                if k in c and not find_in(vs, c[k]):
                    err(f"{name}: contact {k} not verbatim: {c[k]!r}")
            if "phone" in c and len(re.sub(r"\D", "", str(c["phone"]))) < 8:
                err(f"{name}: phone with fewer than 8 digits {c['phone']!r}")
            if "email" in c and "@" not in str(c["email"]):
                err(f"{name}: email without @ {c['email']!r}")
            tot["contacts"] += 1

        # facts
        for key in ("amounts", "dates", "criteria", "question_headings_not_qa"):
            for x in data[key]:
                if not isinstance(x, str):
                    err(f"{name}: {key} item is not a string: {x!r}")
            vals = [collapse(str(x)) for x in data[key]]
            for v, n in Counter(vals).items():
                if n > 1:
                    err(f"{name}: {key} lists {v!r} {n} times")
            for v in vals:
                if not find_in(vs, v):
                    err(f"{name}: {key} item not verbatim: {v!r}")
                if key == "amounts" and AMOUNT_BAD_START.match(v):
                    err(f"{name}: amount keeps a qualifier: {v!r}")
                if key == "dates" and DATE_BAD_START.match(v):
                    err(f"{name}: date keeps weekday/den: {v!r}")
                if key == "question_headings_not_qa" and not v.endswith("?"):
                    err(f"{name}: question heading without '?': {v!r}")
                if key == "question_headings_not_qa" and v in seen_q:
                    err(f"{name}: heading {v!r} is also a Q&A question")
            tot[key] += len(vals)

    print(f"documents: {sum(per_kind.values())}  "
          + "  ".join(f"{k}={per_kind[k]}" for k in ("qa", "guide", "none"))
          + f"  (with form feeds: {pdf_docs})")
    for k in ("qa", "contacts", "amounts", "dates", "criteria", "question_headings_not_qa"):
        print(f"{k}: {tot[k]}")
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

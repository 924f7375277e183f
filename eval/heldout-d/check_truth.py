#!/usr/bin/env python
"""Consistency checker for the heldout4 truth files.

Usage:
    python check_truth.py          # check everything, print OK at the end
    python check_truth.py --fill   # first replace a_start placeholders "@@<first words>"
                                   # by the verbatim first 60 characters of the answer

Checks, for every truth file:
- keys are exactly the devset keys (in devset order);
- kind is qa | guide | none and matches the file prefix hd-q / hd-g / hd-n;
- qa is empty unless kind is qa (and non-empty when kind is qa);
- every q, a_start, contact e-mail, contact phone, amount, date, criterion and
  question heading occurs verbatim in the source after whitespace collapsing
  (in the source as is, or in a copy with page furniture removed);
- each a_start follows its q (entries in document order) within 400 characters and is
  exactly the first 60 characters of the answer (right-stripped), or the whole answer
  when that is shorter (then the answer must end at a line end in the source);
- q carries no label and a_start no "Svar:" / "Sv.:" / "A:" label;
- no duplicate strings inside amounts, dates, criteria, question_headings_not_qa;
- every source has a truth file and vice versa; sources are 40-120 lines.
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
CONTACT_KEYS = {"name", "email", "phone", "role"}
PREFIX_KIND = {"q": "qa", "g": "guide", "n": "none"}
WINDOW = 400
ALEN = 60

PAGE_NO = re.compile(r"^(Side\s+\d+(\s*(af|/)\s*\d+)?|\d{1,3})$", re.I)
Q_LABEL = re.compile(r"^(Spørgsmål(\s+nr\.)?\s*\d*\s*:|Spm\.|SPG\b|Q\s*:|\d+\s*[.)]\s)", re.I)
A_LABEL = re.compile(r"^(Svar\s*\d*\s*:|Sv\.\s*:|A\s*:)", re.I)


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def remove_furniture(src):
    """Copy of the source without form-feed-only lines, page-number footers and
    running headers/footers (page-edge lines repeated on >= 2 pages)."""
    pages = src.split("\f")
    edge = Counter()
    if len(pages) > 1:
        for p in pages:
            lines = [l.strip() for l in p.split("\n") if l.strip()]
            lines = [l for l in lines if not PAGE_NO.match(l)]
            if lines:
                for l in {lines[0], lines[-1]}:
                    edge[l] += 1
    running = {l for l, n in edge.items() if n >= 2}
    out = []
    for p in pages:
        for l in p.split("\n"):
            s = l.strip()
            if PAGE_NO.match(s) or s in running:
                continue
            out.append(l)
    return "\n".join(out)


def variants(src):
    clean = remove_furniture(src)
    return [(src, collapse(src)), (clean, collapse(clean))]


def occurs(item, vs):
    c = collapse(item)
    return any(c in t for _, t in vs)


def whole_answer_ok(raw, a_start):
    """a_start shorter than 60: it must be the whole answer, i.e. end at a line end."""
    toks = [re.escape(t) for t in a_start.split(" ")]
    pat = r"\s+".join(toks) + r"[ \t]*(\n|$)"
    return re.search(pat, raw) is not None


def locate_answer(vs, q, a_start, cursors):
    """Return (variant index, q position, a position) or None."""
    qc = collapse(q)
    for vi, (raw, t) in enumerate(vs):
        i = t.find(qc, cursors[vi])
        if i < 0:
            continue
        start = i + len(qc)
        j = t.find(a_start, start, start + WINDOW + len(a_start))
        if j < 0 or j - start > WINDOW:
            continue
        return vi, i, j
    return None


def fill_file(path, src):
    d = yaml.safe_load(open(path, encoding="utf-8"))
    vs = variants(src)
    cursors = [0, 0]
    changed = False
    for e in d.get("qa") or []:
        a = e["a_start"]
        qc = collapse(e["q"])
        if not a.startswith("@@"):
            loc = locate_answer(vs, e["q"], a, cursors)
            if loc:
                cursors[loc[0]] = loc[1] + len(qc)
            continue
        words = collapse(a[2:])
        found = None
        for vi, (raw, t) in enumerate(vs):
            i = t.find(qc, cursors[vi])
            if i < 0:
                continue
            start = i + len(qc)
            j = t.find(words, start, start + WINDOW + len(words))
            if j < 0:
                continue
            found = (vi, i, t[j:j + ALEN].rstrip())
            break
        if not found:
            print(f"FILL FAILED {os.path.basename(path)}: {e['q'][:50]!r} / {a!r}")
            continue
        vi, i, val = found
        cursors[vi] = i + len(qc)
        e["a_start"] = val
        changed = True
    if changed:
        with open(path, "w", encoding="utf-8") as fh:
            yaml.safe_dump(d, fh, sort_keys=False, allow_unicode=True, width=100000)
        print("filled", os.path.basename(path))


def check_file(path, src, errors):
    name = os.path.basename(path)

    def err(msg):
        errors.append(f"{name}: {msg}")

    d = yaml.safe_load(open(path, encoding="utf-8"))
    if list(d.keys()) != KEYS:
        err(f"keys {list(d.keys())} != {KEYS}")
        return
    kind = d["kind"]
    if kind not in ("qa", "guide", "none"):
        err(f"bad kind {kind}")
    pref = name.split("-")[1]
    if PREFIX_KIND.get(pref) != kind:
        err(f"prefix hd-{pref} does not match kind {kind}")
    for k in ("qa", "contacts", "amounts", "dates", "criteria", "question_headings_not_qa"):
        if not isinstance(d[k], list):
            err(f"{k} is not a list")
            return
    if not isinstance(d["url"], str) or not d["url"].startswith("http"):
        err("url missing")
    if not isinstance(d["title"], str):
        err("title not a string")
    if not isinstance(d["note"], str) or not d["note"].strip():
        err("note missing")
    if kind != "qa" and d["qa"]:
        err("qa not empty although kind is not qa")
    if kind == "qa" and not d["qa"]:
        err("kind qa but no qa entries")

    vs = variants(src)
    cursors = [0, 0]
    for e in d["qa"]:
        if set(e.keys()) != {"q", "a_start"}:
            err(f"qa entry keys {list(e.keys())}")
            continue
        q, a = e["q"], e["a_start"]
        if a.startswith("@@"):
            err(f"unfilled placeholder {a!r}")
            continue
        if a != a.rstrip() or a != collapse(a):
            err(f"a_start not collapsed/right-stripped: {a!r}")
        if Q_LABEL.match(q):
            err(f"q carries a label: {q[:40]!r}")
        if A_LABEL.match(a):
            err(f"a_start carries a label: {a!r}")
        if len(a) > ALEN:
            err(f"a_start longer than {ALEN}: {a!r}")
        if not occurs(q, vs):
            err(f"q not in source: {q[:70]!r}")
            continue
        loc = locate_answer(vs, q, a, cursors)
        if not loc:
            err(f"a_start not found within {WINDOW} chars after q (in order): {q[:50]!r} -> {a!r}")
            continue
        vi, i, j = loc
        cursors[vi] = i + len(collapse(q))
        raw, t = vs[vi]
        if t[j:j + ALEN].rstrip() != a:
            if not (len(a) < ALEN and whole_answer_ok(raw, a)):
                err(f"a_start is not the first {ALEN} chars of the answer: {a!r} vs {t[j:j+ALEN]!r}")

    for c in d["contacts"]:
        if not isinstance(c, dict) or not set(c) <= CONTACT_KEYS:
            err(f"bad contact {c}")
            continue
        if "email" not in c and "phone" not in c:
            err(f"contact without e-mail or phone: {c}")
        for k in ("email", "phone"):
            if k in c and not occurs(str(c[k]), vs):
                err(f"contact {k} not in source: {c[k]!r}")
        if "phone" in c and len(re.sub(r"\D", "", str(c["phone"]))) < 8:
            err(f"phone with fewer than 8 digits: {c['phone']!r}")

    for k in ("amounts", "dates", "criteria", "question_headings_not_qa"):
        items = d[k]
        for it in items:
            if not isinstance(it, str):
                err(f"{k}: non-string {it!r}")
                continue
            if not occurs(it, vs):
                err(f"{k} not in source: {it!r}")
        dup = [x for x, n in Counter(map(str, items)).items() if n > 1]
        if dup:
            err(f"{k}: duplicates {dup}")
    for h in d["question_headings_not_qa"]:
        if not h.rstrip().endswith("?"):
            err(f"question heading without '?': {h!r}")

    nlines = src.count("\n") + (0 if src.endswith("\n") else 1)
    if not 40 <= nlines <= 120:
        err(f"source has {nlines} lines (want 40-120)")


def main():
    fill = "--fill" in sys.argv
    srcs = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(SRC, "*.txt"))}
    trus = {os.path.basename(p)[:-5] for p in glob.glob(os.path.join(TRU, "*.yaml"))}
    errors = []
    for s in sorted(srcs - trus):
        errors.append(f"{s}: source without truth file")
    for s in sorted(trus - srcs):
        errors.append(f"{s}: truth file without source")
    for s in sorted(srcs | trus):
        if not re.match(r"^hd-[qgn]-[a-z0-9-]+$", s):
            errors.append(f"{s}: bad slug")
    for s in sorted(srcs & trus):
        src = open(os.path.join(SRC, s + ".txt"), encoding="utf-8").read()
        path = os.path.join(TRU, s + ".yaml")
        if fill:
            fill_file(path, src)
        check_file(path, src, errors)
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print(f"{len(srcs)} documents checked")
    print("OK")


if __name__ == "__main__":
    main()

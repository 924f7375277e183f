#!/usr/bin/env python3
"""Check the hand-written truth of the heldout3 set against its sources.

Usage:
    python check_truth.py          # check; ends by printing OK
    python check_truth.py --fill   # first replace placeholder a_start values
                                   # "@@<first words of the answer>" by the verbatim
                                   # first 60 characters of the answer, then check

Self-contained: needs only PyYAML. Imports nothing from any project.
"""
import glob
import os
import re
import sys

import yaml

BASE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(BASE, "sources")
TRUTH = os.path.join(BASE, "truth")

KEYS = ["url", "title", "kind", "qa", "contacts", "amounts", "dates", "criteria",
        "question_headings_not_qa", "note"]
CONTACT_KEYS = {"name", "email", "phone", "role"}
KIND_LETTER = {"q": "qa", "g": "guide", "n": "none"}
WINDOW = 400      # a_start must start within this many characters after its q
ASTART_LEN = 60

errors = []


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def strip_furniture(text):
    """Copy of the text without page furniture: form feeds, 'Side N af M' footers,
    bare page numbers, and running headers/footers (lines repeated >= 2 times
    that occur next to a page break or at the very end of the document)."""
    lines = text.split("\n")
    ff_idx = [i for i, l in enumerate(lines) if "\f" in l]
    clean = [l.replace("\f", "") for l in lines]
    nonblank = [i for i, l in enumerate(clean) if l.strip()]
    zone = set()
    for f in ff_idx:
        before = [i for i in nonblank if i < f][-3:]
        after = [i for i in nonblank if i >= f][:2]
        zone.update(before)
        zone.update(after)
    if ff_idx:
        zone.update(nonblank[-3:])
    counts = {}
    for l in clean:
        k = collapse(l)
        if k:
            counts[k] = counts.get(k, 0) + 1
    page_re = re.compile(r"^(side\s+\d+(\s*(af|/)\s*\d+)?|\d{1,3})$", re.I)
    out = []
    for i, l in enumerate(clean):
        k = collapse(l)
        if page_re.match(k):
            continue
        if ff_idx and k and len(k) >= 5 and counts[k] >= 2 and i in zone:
            continue
        out.append(l)
    return "\n".join(out)


def copies(text):
    raw = collapse(text)
    stripped = collapse(strip_furniture(text))
    return [raw, stripped] if stripped != raw else [raw]


def occurs(s, cps):
    s = collapse(s)
    return any(s in c for c in cps)


def find_all(hay, needle):
    out, i = [], hay.find(needle)
    while i >= 0:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def yaml_quote(s):
    return "'" + s.replace("'", "''") + "'"


def fill(path, text):
    """Replace '@@words' placeholders in one truth file. Returns number filled."""
    raw_yaml = open(path, encoding="utf-8").read()
    data = yaml.safe_load(raw_yaml)
    cps = copies(text)
    n = 0
    for item in data.get("qa") or []:
        a = item.get("a_start", "")
        if not isinstance(a, str) or not a.startswith("@@"):
            continue
        words = collapse(a[2:])
        q = collapse(item["q"])
        value = None
        for c in cps:
            for qpos in find_all(c, q):
                e = qpos + len(q)
                p = c.find(words, e, e + WINDOW + len(words))
                if p >= 0:
                    value = c[p:p + ASTART_LEN].rstrip()
                    break
            if value:
                break
        if value is None:
            err(os.path.basename(path), f"--fill: cannot place {a!r} after q {q[:50]!r}")
            continue
        line_re = re.compile(r"^(\s*a_start:\s*)" + re.escape(yaml_quote(a)) + r"\s*$", re.M)
        new_yaml, k = line_re.subn(lambda m: m.group(1) + yaml_quote(value), raw_yaml, count=1)
        if k != 1:
            err(os.path.basename(path), f"--fill: placeholder line not found for {a!r}")
            continue
        raw_yaml = new_yaml
        n += 1
    if n:
        open(path, "w", encoding="utf-8").write(raw_yaml)
    return n


def check_list_of_str(doc, data, key):
    v = data.get(key)
    if not isinstance(v, list):
        err(doc, f"{key} must be a list")
        return []
    for s in v:
        if not isinstance(s, str) or not s.strip():
            err(doc, f"{key}: non-string or empty entry {s!r}")
    strs = [s for s in v if isinstance(s, str)]
    dup = {s for s in strs if strs.count(s) > 1}
    if dup:
        err(doc, f"{key}: duplicate entries {sorted(dup)}")
    return strs


def check(slug, text, data, totals):
    doc = slug
    if not isinstance(data, dict):
        err(doc, "truth is not a mapping")
        return
    if list(data.keys()) != KEYS:
        if set(data.keys()) != set(KEYS):
            err(doc, f"keys {sorted(data.keys())} != {KEYS}")
            return
    for k in ("url", "title", "note"):
        if not isinstance(data[k], str):
            err(doc, f"{k} must be a string")
    kind = data["kind"]
    if kind not in ("qa", "guide", "none"):
        err(doc, f"bad kind {kind!r}")
    m = re.match(r"hc-([qgn])-", slug)
    if not m or KIND_LETTER[m.group(1)] != kind:
        err(doc, f"file name letter does not match kind {kind!r}")

    nlines = len(text.split("\n")) - (1 if text.endswith("\n") else 0)
    if not 40 <= nlines <= 120:
        err(doc, f"source has {nlines} lines (want 40-120)")
    if "@FF@" in text:
        err(doc, "unconverted @FF@ marker in source")

    cps = copies(text)

    # --- Q&A
    qa = data["qa"]
    if not isinstance(qa, list):
        err(doc, "qa must be a list")
        qa = []
    if kind != "qa" and qa:
        err(doc, "qa must be empty unless kind is qa")
    if kind == "qa" and not qa:
        err(doc, "kind qa without Q&A entries")
    last_pos = {i: -1 for i in range(len(cps))}
    for n, item in enumerate(qa):
        if not isinstance(item, dict) or set(item) != {"q", "a_start"}:
            err(doc, f"qa[{n}] must have exactly q and a_start")
            continue
        q, a = item["q"], item["a_start"]
        if not isinstance(q, str) or not isinstance(a, str):
            err(doc, f"qa[{n}] q/a_start must be strings")
            continue
        if a.startswith("@@"):
            err(doc, f"qa[{n}] unfilled placeholder {a!r} (run with --fill)")
            continue
        if collapse(q) != q:
            err(doc, f"qa[{n}] q is not whitespace-collapsed: {q!r}")
        if collapse(a) != a or a != a.rstrip():
            err(doc, f"qa[{n}] a_start is not whitespace-collapsed/right-stripped")
        if len(a) > ASTART_LEN:
            err(doc, f"qa[{n}] a_start longer than {ASTART_LEN}")
        ok = False
        next_q = collapse(qa[n + 1]["q"]) if n + 1 < len(qa) and isinstance(qa[n + 1], dict) else None
        for ci, c in enumerate(cps):
            for qpos in find_all(c, q):
                e = qpos + len(q)
                p = c.find(a, e, e + WINDOW + len(a))
                if p < 0 or p - e > WINDOW:
                    continue
                sixty = c[p:p + ASTART_LEN].rstrip()
                if sixty == a:
                    good = True
                else:
                    # a shorter a_start must be the whole answer: the next question
                    # (or the end of the text) follows closely.
                    # It must end a sentence, and only a short label or heading
                    # may stand between it and the next question.
                    rest = c[p + len(a):]
                    ends = bool(re.search(r"[.!?)\u201d:]$", a))
                    good = ends and ((next_q is not None and 0 <= rest.find(next_q) <= 40) or
                                     (next_q is None and len(rest) <= 300))
                if good:
                    if qpos <= last_pos[ci]:
                        continue
                    ok = True
                    last_pos[ci] = qpos
                    break
            if ok:
                break
        if not ok:
            err(doc, f"qa[{n}] q/a_start not found in order (q={q[:60]!r}, a_start={a!r})")

    # --- contacts
    contacts = data["contacts"]
    if not isinstance(contacts, list):
        err(doc, "contacts must be a list")
        contacts = []
    for n, c in enumerate(contacts):
        if not isinstance(c, dict) or not set(c) <= CONTACT_KEYS or "name" not in c:
            err(doc, f"contacts[{n}] bad keys {c!r}")
            continue
        for k, v in c.items():
            if not isinstance(v, str) or not v.strip():
                err(doc, f"contacts[{n}].{k} must be a non-empty string")
        if "email" not in c and "phone" not in c:
            err(doc, f"contacts[{n}] has neither email nor phone")
        for k in ("email", "phone"):
            if k in c and not occurs(c[k], cps):
                err(doc, f"contacts[{n}].{k} {c[k]!r} not in source")
        if "phone" in c and len(re.sub(r"\D", "", c["phone"])) < 8:
            err(doc, f"contacts[{n}].phone has fewer than 8 digits")

    # --- facts
    for key in ("amounts", "dates", "criteria", "question_headings_not_qa"):
        for s in check_list_of_str(doc, data, key):
            if not occurs(s, cps):
                err(doc, f"{key}: {s!r} not in source")
    if kind == "qa" and data["question_headings_not_qa"]:
        pass  # allowed, but none of this set's qa documents uses it

    t = totals.setdefault(kind, {"docs": 0, "qa": 0, "contacts": 0, "amounts": 0,
                                 "dates": 0, "criteria": 0, "qh": 0})
    t["docs"] += 1
    t["qa"] += len(qa)
    t["contacts"] += len(contacts)
    t["amounts"] += len(data["amounts"] or [])
    t["dates"] += len(data["dates"] or [])
    t["criteria"] += len(data["criteria"] or [])
    t["qh"] += len(data["question_headings_not_qa"] or [])


def main():
    do_fill = "--fill" in sys.argv[1:]
    srcs = {os.path.basename(p)[:-4]: p for p in glob.glob(os.path.join(SRC, "*.txt"))}
    truths = {os.path.basename(p)[:-5]: p for p in glob.glob(os.path.join(TRUTH, "*.yaml"))}
    for s in sorted(set(srcs) - set(truths)):
        err(s, "source without truth file")
    for s in sorted(set(truths) - set(srcs)):
        err(s, "truth file without source")
    for s in sorted(set(srcs) | set(truths)):
        if not re.match(r"^hc-[qgn]-[a-z0-9-]+$", s):
            err(s, "file name does not match hc-<q|g|n>-<slug>")

    totals = {}
    filled = 0
    for slug in sorted(set(srcs) & set(truths)):
        text = open(srcs[slug], encoding="utf-8").read()
        if do_fill:
            filled += fill(truths[slug], text)
        try:
            data = yaml.safe_load(open(truths[slug], encoding="utf-8"))
        except yaml.YAMLError as e:
            err(slug, f"YAML error: {e}")
            continue
        check(slug, text, data, totals)

    if do_fill:
        print(f"filled {filled} a_start placeholders")

    cols = ["docs", "qa", "contacts", "amounts", "dates", "criteria", "qh"]
    print(f"{'kind':<7}" + "".join(f"{c:>10}" for c in cols))
    allt = {c: 0 for c in cols}
    for kind in ("qa", "guide", "none"):
        t = totals.get(kind, {c: 0 for c in cols})
        print(f"{kind:<7}" + "".join(f"{t[c]:>10}" for c in cols))
        for c in cols:
            allt[c] += t[c]
    print(f"{'total':<7}" + "".join(f"{allt[c]:>10}" for c in cols))

    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

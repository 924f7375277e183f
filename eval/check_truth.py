#!/usr/bin/env python3
"""Consistency checker for an evaluation set (sets G to M and the practice set share it).

Run:  python eval/check_truth.py SET_DIR SLUG_PREFIX [-v]
      e.g. python eval/check_truth.py eval/heldout-h 'h[hi]'  (the prefix is a regular expression)
Prints every problem found and ends with "OK" when there are none
(otherwise with "FAILED: n problem(s)" and exit status 1).

Checks
- every source has a truth file and vice versa; slug pattern PREFIX-<q|g|n>-<slug>
- sources: UTF-8, LF line ends, 30-90 lines (counted on "\\n"; a form feed is not a line end)
- truth keys exactly: url title kind qa contacts amounts dates criteria
  question_headings_not_qa note; all scalar values are strings
- kind agrees with the slug letter (q=qa, g=guide, n=none); qa non-empty iff kind qa
- every q, a_start, contact name/email/phone/role, amount, date, criterion and
  question heading occurs verbatim in the source after whitespace collapsing
  (also accepted: the text with page furniture removed at form feeds)
- Q&A entries occur in document order; each a_start follows its q (after at most a
  short label/date/metadata gap and before the next q) and equals the first 60
  characters of the answer (or the whole answer, ending at a line end, if shorter)
- a_start/q carry no "Svar:"/"Spørgsmål:" labels
- no duplicates in qa, contacts (e-mail/phone), amounts, dates, criteria, headings;
  a question heading is never also a q
- every standalone line ending in "?" in the source is either (part of) a q or
  listed in question_headings_not_qa
"""
import os
import re
import sys

import yaml

ARGS = [a for a in sys.argv[1:] if a != "-v"]
if len(ARGS) != 2:
    sys.exit("usage: python eval/check_truth.py SET_DIR SLUG_PREFIX [-v]")
HERE, PREFIX = os.path.abspath(ARGS[0]), ARGS[1]
SRC = os.path.join(HERE, "sources")
TRU = os.path.join(HERE, "truth")
KEYS = ["url", "title", "kind", "qa", "contacts", "amounts", "dates", "criteria",
        "question_headings_not_qa", "note"]
KIND = {"q": "qa", "g": "guide", "n": "none"}
VERBOSE = "-v" in sys.argv

problems = []


def err(slug, msg):
    problems.append(f"{slug}: {msg}")


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


PAGENUM = re.compile(r"^(side\s+)?\d{1,3}(\s*(af|/)\s*\d{1,3})?$|^[-–]\s*\d{1,3}\s*[-–]$", re.I)


def defurnish(text):
    """Remove page furniture (running headers/footers, page numbers) next to form feeds.

    A page's top lines (not on page 1) and bottom lines are furniture when they are a
    page number or when, with digits masked, they occur among the edge lines of at
    least two pages. Returns (text_without_furniture, removed_lines)."""
    pages = text.split("\f")
    if len(pages) == 1:
        return text, []
    edge_count = {}
    page_lines = []
    for p in pages:
        lines = p.split("\n")
        page_lines.append(lines)
        nb = [l.strip() for l in lines if l.strip()]
        edges = set(nb[:3] + nb[-3:])
        for e in edges:
            k = re.sub(r"\d+", "#", e)
            edge_count[k] = edge_count.get(k, 0) + 1

    def is_furn(line):
        s = line.strip()
        if not s:
            return True
        if PAGENUM.match(s):
            return True
        return edge_count.get(re.sub(r"\d+", "#", s), 0) >= 2

    removed = []
    out_pages = []
    for i, lines in enumerate(page_lines):
        lines = list(lines)
        if i > 0:
            while lines and is_furn(lines[0]):
                if lines[0].strip():
                    removed.append(lines[0].strip())
                lines.pop(0)
        if i < len(page_lines) - 1 or len(page_lines) > 1:
            while lines and is_furn(lines[-1]):
                if lines[-1].strip():
                    removed.append(lines[-1].strip())
                lines.pop()
        out_pages.append("\n".join(lines))
    return "\n\n".join(out_pages), removed


# a long block between q and answer is allowed only when it is a labelled non-answer
# block such as the asker's "Begrundelse" on a Folketing page
GAP_OK = re.compile(r"^Begrundelse\b.{0,400}\bSvar\b[^.]{0,30}$")
LABEL = re.compile(r"^(svar|sv|spørgsmål|spm|spg|q|a|s)(\s*\d+)?\s*[:.]\s", re.I)
LINE_PREFIX = re.compile(
    r"^(\*\*|#+\s*|[•\-*+–▸›►]\s*|\(?\d{1,2}(\.\d{1,2})*[.)]?\s+|\(?\d{1,2}[.)]|[a-zæøå][.)]\s+|"
    r"(spørgsmål|spm\.?|spg|sp\.|q|s)\s*(nr\.\s*)?\d*\s*[:.]\s*|\*\*)+", re.I)


def check_file(slug, text, t):
    letter = slug.split("-")[1]
    # --- source format
    if "\r" in text:
        err(slug, "CR characters in source")
    n_lines = len(text.rstrip("\n").split("\n"))
    if not 30 <= n_lines <= 90:
        err(slug, f"{n_lines} lines (need 30-90)")
    # --- keys and types
    if not isinstance(t, dict):
        err(slug, "truth is not a mapping")
        return 0
    if list(t.keys()) != KEYS:
        err(slug, f"keys {list(t.keys())} != {KEYS}")
    for k in ["url", "title", "kind", "note"]:
        if not isinstance(t.get(k), str):
            err(slug, f"{k} is not a string")
    for k in ["qa", "contacts", "amounts", "dates", "criteria", "question_headings_not_qa"]:
        if not isinstance(t.get(k), list):
            err(slug, f"{k} is not a list")
            t[k] = []
    for k in ["amounts", "dates", "criteria", "question_headings_not_qa"]:
        for v in t[k]:
            if not isinstance(v, str) or not v.strip():
                err(slug, f"{k}: non-string or empty value {v!r}")
        if len(set(t[k])) != len(t[k]):
            err(slug, f"{k}: duplicate values")
    if t.get("kind") != KIND.get(letter):
        err(slug, f"kind {t.get('kind')!r} does not match slug letter {letter!r}")
    if (t.get("kind") == "qa") != bool(t["qa"]):
        err(slug, "qa must be non-empty exactly when kind is qa")
    if not t.get("url", "").startswith("http"):
        err(slug, "url does not look like a URL")

    raw = collapse(text)
    dtext, removed = defurnish(text)
    dcol = collapse(dtext)
    if VERBOSE and removed:
        print(f"{slug}: furniture removed: {removed}")

    def occurs(s):
        c = collapse(s)
        return bool(c) and (c in raw or c in dcol)

    def need(field, s):
        if not isinstance(s, str):
            err(slug, f"{field}: not a string: {s!r}")
        elif s != s.strip() or s != collapse(s):
            err(slug, f"{field}: not whitespace-normalised: {s!r}")
        elif not occurs(s):
            err(slug, f"{field} not found verbatim: {s!r}")

    if t.get("title"):
        # the title may be given in normal case for an upper-case heading (as in the devset)
        tt = collapse(t["title"]).casefold()
        if t["title"] != collapse(t["title"]) or not (tt in raw.casefold() or tt in dcol.casefold()):
            err(slug, f"title not found (case-insensitive): {t['title']!r}")
    for v in t["amounts"]:
        need("amount", v)
    for v in t["dates"]:
        need("date", v)
    for v in t["criteria"]:
        need("criterion", v)
    for v in t["question_headings_not_qa"]:
        need("question heading", v)

    # --- contacts
    seen = set()
    for c in t["contacts"]:
        if not isinstance(c, dict) or not c:
            err(slug, f"contact not a mapping: {c!r}")
            continue
        extra = set(c) - {"name", "email", "phone", "role"}
        if extra:
            err(slug, f"contact has unknown keys {extra}")
        if not (c.get("email") or c.get("phone")):
            err(slug, f"contact without email or phone: {c!r}")
        for k, v in c.items():
            if v is None or v == "":
                err(slug, f"contact key {k} present but empty (leave it out)")
                continue
            need(f"contact {k}", v)
        if c.get("email") and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", c["email"], re.I):
            err(slug, f"odd e-mail {c['email']!r}")
        for key in [c.get("email", "").lower(), re.sub(r"\D", "", c.get("phone", ""))[-8:]]:
            if key:
                if key in seen:
                    err(slug, f"duplicate contact key {key}")
                seen.add(key)

    # --- Q&A
    qs = [e.get("q", "") if isinstance(e, dict) else "" for e in t["qa"]]
    if len(set(qs)) != len(qs):
        err(slug, "duplicate q")
    for h in t["question_headings_not_qa"]:
        if h in qs:
            err(slug, f"heading also listed as q: {h!r}")
    # line-preserving version of the defurnished text for answer-end checks
    dlines = "\n".join(collapse(l) for l in dtext.split("\n") if l.strip())
    pos = 0
    qpos = []
    for e in t["qa"]:
        if not isinstance(e, dict) or list(e.keys()) != ["q", "a_start"]:
            err(slug, f"qa entry must have keys q, a_start: {e!r}")
            continue
        q, a = e["q"], e["a_start"]
        need("q", q)
        need("a_start", a)
        if LABEL.match(q + " ") or LABEL.match(a + " "):
            err(slug, f"label left in q/a_start: {q[:40]!r} / {a[:40]!r}")
        i = dcol.find(q, pos)
        if i < 0:
            err(slug, f"q not found in order: {q[:60]!r}")
            continue
        qpos.append((i, i + len(q), e))
        pos = i + len(q)
    for n, (qs_, qe, e) in enumerate(qpos):
        a = e["a_start"]
        nxt = qpos[n + 1][0] if n + 1 < len(qpos) else len(dcol)
        j = dcol.find(a, qe)
        if j < 0 or j >= nxt:
            err(slug, f"a_start not found between its q and the next q: {a!r}")
            continue
        gap = dcol[qe:j].strip()
        if len(gap) > 80 and not GAP_OK.match(gap):
            err(slug, f"gap of {len(gap)} chars between q and a_start: {gap[:80]!r}")
        elif gap and VERBOSE:
            print(f"{slug}: gap {gap!r} before {a[:30]!r}")
        window = dcol[j:j + 60].rstrip()
        if len(a) > 60:
            err(slug, f"a_start longer than 60: {a!r}")
        elif len(a) < len(window):
            # shorter: must be the whole answer -> ends at a line end, and the next
            # line is the next q or something that is not this answer (reviewed by hand)
            pat = r"\s+".join(re.escape(w) for w in a.split(" ")) + r"[ \t]*(\n|$)"
            if not re.search(pat, dlines):
                err(slug, f"short a_start does not end at a line end: {a!r}")
            elif VERBOSE:
                print(f"{slug}: short answer ({len(a)}): {a!r}")
        elif a != window:
            err(slug, f"a_start != first 60 chars of answer: {a!r} vs {window!r}")

    # --- standalone question-shaped lines must be accounted for
    covered = [collapse(q) for q in qs] + [collapse(h) for h in t["question_headings_not_qa"]]
    for line in dtext.split("\n"):
        s = collapse(line)
        if not s:
            continue
        core = LINE_PREFIX.sub("", s).strip().strip("*").strip()
        core2 = core.rstrip("\"”’'").rstrip()
        if not core2.endswith("?"):
            continue
        if any(core in c or core2 in c for c in covered):
            continue
        err(slug, f"question-shaped line not in qa or question_headings_not_qa: {s!r}")
    return 1


def main():
    srcs = {f[:-4] for f in os.listdir(SRC) if f.endswith(".txt")}
    trus = {f[:-5] for f in os.listdir(TRU) if f.endswith(".yaml")}
    for s in sorted(srcs - trus):
        err(s, "source without truth")
    for s in sorted(trus - srcs):
        err(s, "truth without source")
    for s in sorted(srcs | trus):
        if not re.fullmatch(PREFIX + r"-[qgn]-[a-z0-9]+(-[a-z0-9]+)*", s):
            err(s, "slug does not match PREFIX-<q|g|n>-<slug>")
    totals = {}
    for s in sorted(srcs & trus):
        with open(os.path.join(SRC, s + ".txt"), "rb") as fh:
            b = fh.read()
        try:
            text = b.decode("utf-8")
        except UnicodeDecodeError:
            err(s, "source not UTF-8")
            continue
        with open(os.path.join(TRU, s + ".yaml"), encoding="utf-8") as fh:
            try:
                t = yaml.safe_load(fh)
            except yaml.YAMLError as e:
                err(s, f"YAML error {e}")
                continue
        check_file(s, text, t)
        if isinstance(t, dict):
            k = t.get("kind")
            row = totals.setdefault(k, [0] * 8)
            row[0] += 1
            row[1] += len(t.get("qa") or [])
            row[2] += len(t.get("contacts") or [])
            row[3] += len(t.get("amounts") or [])
            row[4] += len(t.get("dates") or [])
            row[5] += len(t.get("criteria") or [])
            row[6] += len(t.get("question_headings_not_qa") or [])
            row[7] += 1 if "\f" in text else 0
    print("kind   docs  qa  contacts amounts dates criteria q-headings pdf-like")
    tot = [0] * 8
    for k in ["qa", "guide", "none"]:
        r = totals.get(k, [0] * 8)
        tot = [a + b for a, b in zip(tot, r)]
        print(f"{k:6} {r[0]:4} {r[1]:4} {r[2]:8} {r[3]:7} {r[4]:5} {r[5]:8} {r[6]:10} {r[7]:8}")
    print(f"{'total':6} {tot[0]:4} {tot[1]:4} {tot[2]:8} {tot[3]:7} {tot[4]:5} {tot[5]:8} {tot[6]:10} {tot[7]:8}")
    for p in problems:
        print("PROBLEM", p)
    if problems:
        print(f"FAILED: {len(problems)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

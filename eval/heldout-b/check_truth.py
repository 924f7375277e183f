#!/usr/bin/env python3
"""Check the held-out truth files against their sources.

Run:  /work/main/.venv/bin/python /work/heldout2-draft/check_truth.py
      add --fill to replace placeholder a_start values ("@@<first words of the answer>")
      with the answer's first 60 characters (whitespace-collapsed, right-stripped).

Asserts for every truth YAML that:
  - the keys are exactly the devset keys and kind is qa|guide|none;
  - qa is empty unless kind is qa;
  - every q, a_start, contact e-mail, contact phone, amount, date, criterion and
    question_headings_not_qa entry occurs in the source after whitespace collapsing;
  - a_start follows its question in the source and is 60 characters (or the whole answer);
  - the source has 40-250 lines and a matching truth file exists for each source.
Text split by page furniture (form-feed lines, 'Side N af M' footers, repeated running
headers) is also looked for in a copy of the source with those lines removed.
"""
import collections, glob, os, re, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"url", "title", "kind", "qa", "contacts", "amounts", "dates", "criteria",
        "question_headings_not_qa", "note"}


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def strip_furniture(src):
    lines = src.split("\n")
    cnt = collections.Counter(l.strip() for l in lines)
    keep = []
    for l in lines:
        t = l.strip()
        if "\f" in l:
            continue
        if re.fullmatch(r"(Side\s+)?\d+(\s*(af|/)\s*\d+)?", t):
            continue
        if re.search(r"Side \d+ af \d+\s*$", t):
            continue
        if len(t) >= 25 and cnt[t] >= 2 and not t.endswith("?"):
            continue
        keep.append(l)
    return "\n".join(keep)


def main():
    fill = "--fill" in sys.argv
    errors = []
    n = collections.Counter()
    srcs = sorted(glob.glob(os.path.join(HERE, "sources", "*.txt")))
    truths = sorted(glob.glob(os.path.join(HERE, "truth", "*.yaml")))
    sb = {os.path.basename(p)[:-4] for p in srcs}
    tb = {os.path.basename(p)[:-5] for p in truths}
    for x in sorted(sb ^ tb):
        errors.append(f"{x}: source/truth pair incomplete")
    for tp in truths:
        slug = os.path.basename(tp)[:-5]
        sp = os.path.join(HERE, "sources", slug + ".txt")
        if not os.path.exists(sp):
            continue
        raw = open(sp, encoding="utf-8").read()
        full = collapse(raw)
        alt = collapse(strip_furniture(raw))
        nlines = raw.count("\n") + 1
        if not 40 <= nlines <= 250:
            errors.append(f"{slug}: {nlines} lines (want 40-250)")
        text = open(tp, encoding="utf-8").read()
        d = yaml.safe_load(text)
        E = lambda m: errors.append(f"{slug}: {m}")
        if set(d) != KEYS:
            E(f"keys {sorted(set(d) ^ KEYS)}")
        if d.get("kind") not in ("qa", "guide", "none"):
            E(f"kind {d.get('kind')!r}")
        if d.get("kind") != "qa" and d.get("qa"):
            E("qa entries in a non-qa document")
        if d.get("kind") == "qa" and not d.get("qa"):
            E("qa document without entries")

        def where(s):
            c = collapse(str(s))
            i = full.find(c)
            if i >= 0:
                return ("full", i)
            i = alt.find(c)
            if i >= 0:
                return ("alt", i)
            return None

        def need(label, s):
            if s is None or str(s).strip() == "":
                E(f"empty {label}")
                return
            if where(s) is None:
                E(f"{label} not in source: {s!r}")

        last = {"full": -1, "alt": -1}
        new_text = text
        for e in d.get("qa") or []:
            n["qa"] += 1
            q, a = e.get("q"), str(e.get("a_start", ""))
            w = where(q)
            if w is None:
                E(f"q not in source: {q!r}")
                continue
            which, qi = w
            if qi < last[which]:
                E(f"q out of order: {q!r}")
            last[which] = qi
            cq = collapse(q)
            ca = collapse(a[2:]) if a.startswith("@@") else collapse(a)
            found = None
            for base in (full, alt):
                qi2 = base.find(cq)
                if qi2 < 0:
                    continue
                qend = qi2 + len(cq)
                j = base.find(ca, qend)
                if j >= 0 and j - qend <= 400:
                    found = (base, qend, j)
                    break
            if found is None:
                E(f"a_start/hint not found within 400 chars after its q: {a!r}")
                continue
            base, qend, j = found
            if a.startswith("@@"):
                val = base[j:j + 60].rstrip()
                if fill:
                    dumped = yaml.safe_dump(val, allow_unicode=True, width=10000)
                    dumped = dumped.replace("\n...\n", "").rstrip("\n")
                    for form in (f'a_start: "{a}"\n', f"a_start: '{a}'\n", f"a_start: {a}\n"):
                        if form in new_text:
                            new_text = new_text.replace(form, f"a_start: {dumped}\n", 1)
                            break
                    print(f"{slug}: filled {val!r}")
                else:
                    E(f"unfilled a_start {a!r}")
                continue
            if len(ca) < 40:
                E(f"a_start shorter than 40: {a!r}")
            if len(ca) < 59 and base[j + len(ca):j + len(ca) + 1] not in ("", " "):
                E(f"a_start shorter than 60 but the answer goes on: {a!r}")
        for c in d.get("contacts") or []:
            n["contacts"] += 1
            if not (c.get("email") or c.get("phone") or c.get("name")):
                E(f"empty contact {c}")
            for k in ("name", "email", "phone", "role"):
                if c.get(k) is not None:
                    need(f"contact {k}", c[k])
        for k in ("amounts", "dates", "criteria", "question_headings_not_qa"):
            for v in d.get(k) or []:
                n[k] += 1
                need(k, v)
        n["documents"] += 1
        n["kind_" + str(d.get("kind"))] += 1
        if fill and new_text != text:
            open(tp, "w", encoding="utf-8").write(new_text)
    for e in errors:
        print("ERROR", e)
    print(dict(n))
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

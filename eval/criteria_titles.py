"""The award criteria extracted from every evaluation set: precision, and what changed.

The evaluation counts criteria recall only (a truth criterion found inside an extracted title), so
titles that match nothing are invisible to it. This script shows them:

    python eval/criteria_titles.py                 # precision per set, on the texts
    python eval/criteria_titles.py --save A.json   # keep every document's titles
    python eval/criteria_titles.py --diff A.json   # what a change added or lost, per document

An extracted title is *right* when a truth criterion occurs in it (as the evaluation compares
them) and it is no more than three times as long as that criterion; else *extra*.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from puljeportal.evaluate import fact_key, load_extractor, load_truth

ROOT = Path(__file__).resolve().parent.parent
SETS = [ROOT.parent / "shared" / "devset", *sorted(p.parent for p in ROOT.glob("eval/*/truth"))]
TOO_LONG = 3


def titles_of(set_dir: Path) -> dict[str, tuple[list[str], list[str]]]:
    """Per document: (extracted titles, truth criteria)."""
    extract = load_extractor()
    out: dict[str, tuple[list[str], list[str]]] = {}
    for src in sorted((set_dir / "sources").glob("*.txt")):
        truth_path = set_dir / "truth" / f"{src.stem}.yaml"
        if not truth_path.exists():
            continue
        ext = extract(src, f"sources/{src.name}")
        out[src.stem] = ([c.title for c in ext.criteria], load_truth(truth_path).criteria)
    return out


def is_right(title: str, truths: list[str]) -> bool:
    key = fact_key(title)
    return any(
        fact_key(t)
        and fact_key(t) in key
        and (key.startswith(fact_key(t)) or len(key) <= TOO_LONG * len(fact_key(t)) + 10)
        for t in truths
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", type=Path, help="write every document's titles here (JSON)")
    parser.add_argument("--diff", type=Path, help="compare with titles saved earlier")
    parser.add_argument("--extras", action="store_true", help="list every extra title")
    args = parser.parse_args(argv)
    every: dict[str, list[str]] = {}
    print(f"{'set':<16} {'titles':>6} {'right':>6} {'extra':>6} {'precision':>9}")
    for set_dir in SETS:
        docs = titles_of(set_dir)
        right = extra = 0
        for slug, (titles, truths) in docs.items():
            every[f"{set_dir.name}/{slug}"] = titles
            for title in titles:
                if is_right(title, truths):
                    right += 1
                else:
                    extra += 1
                    if args.extras:
                        print(f"    extra {set_dir.name}/{slug}: {title[:110]}")
        total = right + extra
        print(f"{set_dir.name:<16} {total:>6} {right:>6} {extra:>6} "
              f"{right / total if total else 1.0:>9.3f}")
    if args.save:
        args.save.write_text(json.dumps(every, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.diff:
        before: dict[str, list[str]] = json.loads(args.diff.read_text(encoding="utf-8"))
        for doc in sorted(set(before) | set(every)):
            old, new = before.get(doc, []), every.get(doc, [])
            if old != new:
                print(f"\n{doc}")
                for title in old:
                    if title not in new:
                        print(f"  - {title[:120]}")
                for title in new:
                    if title not in old:
                        print(f"  + {title[:120]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

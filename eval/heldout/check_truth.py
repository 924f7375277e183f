#!/usr/bin/env python
"""Check the held-out truth files against their sources.

Every q, a_start, contact field, amount, date, criterion and question heading must occur
verbatim in the source after whitespace collapsing (str.split, so \\f counts as whitespace).
Q&A entries must occur in source order, each a_start after its question, and a_start must
be the first 60 characters of the answer (trailing space stripped) unless the answer is
shorter.  With --fix, a_start values are rewritten to exactly that 60-character prefix,
starting where the hand-written a_start starts.
Usage: check_truth.py [--fix]
"""
import glob, os, re, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['url', 'title', 'kind', 'qa', 'contacts', 'amounts', 'dates', 'criteria',
        'question_headings_not_qa', 'note']


def collapse(s):
    return ' '.join(s.split())


def yaml_scalar(s):
    plain = yaml.safe_load('x: ' + s) if s else None
    if isinstance(plain, dict) and plain.get('x') == s and not s.startswith(("'", '"')):
        return s
    return "'" + s.replace("'", "''") + "'"


def main():
    fix = '--fix' in sys.argv
    errors = 0
    totals = dict(docs=0, qa=0, contacts=0, amounts=0, dates=0, criteria=0, headings=0)
    kinds = {}
    for tf in sorted(glob.glob(os.path.join(HERE, 'truth', '*.yaml'))):
        slug = os.path.basename(tf)[:-5]
        sf = os.path.join(HERE, 'sources', slug + '.txt')
        def err(msg):
            nonlocal errors
            errors += 1
            print(f'{slug}: {msg}')
        if not os.path.exists(sf):
            err('no source'); continue
        raw = open(sf, encoding='utf-8').read()
        nlines = raw.count('\n') + (0 if raw.endswith('\n') else 1)
        if not 40 <= nlines <= 250:
            err(f'{nlines} lines (want 40-250)')
        if '⟪FF⟫' in raw:
            err('form-feed placeholder left in source')
        src = collapse(raw)
        ytext = open(tf, encoding='utf-8').read()
        t = yaml.safe_load(ytext)
        if list(t.keys()) != KEYS:
            err(f'keys {list(t.keys())}')
        if t['kind'] not in ('qa', 'guide', 'none'):
            err(f"kind {t['kind']}")
        if not slug.startswith('ho-' + {'qa': 'q', 'guide': 'g', 'none': 'n'}[t['kind']] + '-'):
            err('slug prefix does not match kind')
        kinds[t['kind']] = kinds.get(t['kind'], 0) + 1
        if t['kind'] != 'qa' and t['qa']:
            err('qa entries in a non-qa document')
        if t['kind'] == 'qa' and not t['qa']:
            err('qa document without entries')
        totals['docs'] += 1
        # Q&A
        qpos = []
        for e in t['qa'] or []:
            q = collapse(e['q'])
            p = src.find(q)
            if p < 0:
                err(f'q not in source: {q[:70]!r}'); qpos.append(None); continue
            if src.find(q, p + 1) >= 0:
                err(f'q occurs twice: {q[:50]!r}')
            qpos.append(p)
        ok = [p for p in qpos if p is not None]
        if ok != sorted(ok):
            err('qa entries not in source order')
        for i, e in enumerate(t['qa'] or []):
            totals['qa'] += 1
            a = collapse(e['a_start'])
            if qpos[i] is None:
                continue
            qend = qpos[i] + len(collapse(e['q']))
            nxt = next((p for p in qpos[i + 1:] if p is not None), len(src))
            head = a[:25]
            ap = src.find(head, qend)
            if ap < 0 or ap >= nxt:
                err(f'a_start not found between its q and the next q: {a[:50]!r}'); continue
            gap = src[qend:ap]
            if len(gap) > 40:
                err(f'{len(gap)} chars between q and a_start: {gap!r}')
            want = src[ap:min(ap + 60, nxt)].rstrip()
            if ap + 60 > nxt:
                # answer shorter than 60: keep the hand-written value, check it is a prefix
                if not src.startswith(a, ap):
                    err(f'short a_start not verbatim: {a!r}')
                elif len(a) < 40:
                    err(f'a_start under 40 chars: {a!r}')
                else:
                    print(f'{slug}: note: short answer a_start {a!r} (next q follows)')
                continue
            if a != want:
                if fix:
                    old_line = re.search(r'^(\s*a_start: ).*$', ytext[ytext.find(e['q'][:30]) if e['q'][:30] in ytext else 0:], re.M)
                    if old_line is None:
                        err(f'cannot fix a_start for {e["q"][:40]!r}'); continue
                    start = ytext.find(old_line.group(0))
                    ytext = ytext[:start] + old_line.group(1) + yaml_scalar(want) + ytext[start + len(old_line.group(0)):]
                    print(f'{slug}: fixed a_start -> {want!r}')
                else:
                    err(f'a_start {a!r} != first 60 chars {want!r}')
        # contacts
        for c in t['contacts'] or []:
            totals['contacts'] += 1
            if not set(c) <= {'name', 'email', 'phone', 'role'}:
                err(f'contact keys {list(c)}')
            if not (c.get('email') or c.get('phone')):
                err(f'contact without email or phone: {c}')
            for k, v in c.items():
                if collapse(str(v)) not in src:
                    err(f'contact {k} not in source: {v!r}')
        for field in ('amounts', 'dates', 'criteria', 'question_headings_not_qa'):
            vals = t[field] or []
            if len(vals) != len(set(vals)):
                err(f'duplicate values in {field}')
            for v in vals:
                totals['headings' if field == 'question_headings_not_qa' else field] += 1
                if collapse(str(v)) not in src:
                    err(f'{field} value not in source: {v!r}')
        for h in t['question_headings_not_qa'] or []:
            if any(collapse(h) == collapse(e['q']) for e in t['qa'] or []):
                err(f'heading also listed as qa: {h!r}')
        if fix:
            open(tf, 'w', encoding='utf-8').write(ytext)
            yaml.safe_load(ytext)
    print('totals:', totals, 'kinds:', kinds)
    print('errors:', errors)
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())

#!/usr/bin/env python3
"""Consistency checker for the heldout6 draft set (sources/ + truth/).

Run:  python check_truth.py [-v]
Prints every problem found, a totals table per kind, and finally `OK` when there are none.
With -v it also prints, for every Q&A entry, the text skipped between the question and
the start of its answer (labels such as "Svar:", a date line, ...), for manual review.

Checks
- every source has a truth file and vice versa; slug letter (q/g/n) matches kind (qa/guide/none)
- all keys present, in the devset format; every value a string; contacts have only
  name/email/phone/role and at least an e-mail or a phone
- qa empty unless kind is qa (and non-empty when it is)
- every q, a_start, contact name/e-mail/phone/role, amount, date, criterion and question
  heading occurs verbatim in the source after whitespace collapsing (names, roles and the
  title case-insensitively); page furniture (running headers/footers, page numbers) next
  to form feeds may be removed first
- Q&A entries appear in document order; a_start is exactly the first 60 characters
  (trailing space stripped) of the text that follows q, after at most a label / date line,
  and does not run into the next question
- no duplicates (q, contacts, amounts, dates, criteria, headings; compared without
  spaces, case-folded, trailing period dropped); a heading is never also a q
- 30-90 lines per source (lines separated by newline; a form feed is not a line break)
"""
import os
import re
import sys

import yaml

BASE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(BASE, 'sources')
TRU = os.path.join(BASE, 'truth')
KEYS = ['url', 'title', 'kind', 'qa', 'contacts', 'amounts', 'dates', 'criteria',
        'question_headings_not_qa', 'note']
KIND_OF = {'q': 'qa', 'g': 'guide', 'n': 'none'}
VERBOSE = '-v' in sys.argv

errors = []


def err(slug, msg):
    errors.append(f'{slug}: {msg}')


def collapse(s):
    return re.sub(r'\s+', ' ', s).strip()


def norm_key(s):
    s = re.sub(r'\s+', '', s).casefold()
    return s[:-1] if s.endswith('.') else s


PAGE_NO = re.compile(r'^\s*(-\s*\d+\s*-|(side|s\.)\s*\d+(\s*(af|/)\s*\d+)?|\d+(\s*(af|/)\s*\d+)?)\s*$',
                     re.I)


def strip_furniture(text):
    """Remove running headers/footers and page numbers at page edges (pages split on \\f).

    A line counts as furniture when it is among the first two or last two non-blank lines
    of a page and either looks like a page number or (digits normalised) recurs at a page
    edge of at least one other page."""
    pages = text.split('\f')
    if len(pages) == 1:
        return text
    plines = [p.split('\n') for p in pages]

    def norm(line):
        return re.sub(r'\d+', '#', collapse(line))

    def edges(lines):
        idx = [i for i, l in enumerate(lines) if l.strip()]
        return set(idx[:2] + idx[-2:])

    seen = {}
    for pi, lines in enumerate(plines):
        for i in edges(lines):
            seen.setdefault(norm(lines[i]), set()).add(pi)
    out = []
    for lines in plines:
        e = edges(lines)
        out.append('\n'.join(l for i, l in enumerate(lines)
                             if not (i in e and (len(seen[norm(l)]) >= 2 or PAGE_NO.match(l)))))
    return '\n'.join(out)


# what may stand between a question and the start of its answer (after collapsing)
GAP_OK = [
    r'',
    r'[*|: ]*',                                                        # markup / table cell border
    r'(\*\*)?(Svar|Sv\.?|Svar/kommentar)( \d+)?( \([^)]*\))?\s*[:.]?(\*\*)?',  # answer label
    r'\d{2}-\d{2}-\d{4}',                                              # date line under question
    r'Begrundelse .{1,400}? Svar',                                     # ft.dk S-question layout
    r'\((NY|ny|Ny|opdateret|Opdateret)\)',                            # flag after a question
]
Q_LABEL = re.compile(r'^(\*\*|Spørgsmål\b|Spm\.|SPG\b|Sp\.|S:|\d+[.)]\s|›|\|)', re.I)
A_LABEL = re.compile(r'^(\*\*|Svar\b|Sv\.|Sv:|\|)', re.I)


def check_one(slug, text, t):
    kind_letter = slug.split('-')[1]
    raw_c = collapse(text)
    stripped_c = collapse(strip_furniture(text))

    def occurs(s, ci=False):
        s = collapse(s)
        if ci:
            return s.casefold() in raw_c.casefold() or s.casefold() in stripped_c.casefold()
        return s in raw_c or s in stripped_c

    # lines
    n = len(text.rstrip('\n').split('\n'))
    if not 30 <= n <= 90:
        err(slug, f'{n} lines (want 30-90)')
    # keys and types
    if not isinstance(t, dict):
        err(slug, 'truth is not a mapping')
        return
    if list(t.keys()) != KEYS:
        err(slug, f'keys {list(t.keys())} != {KEYS}')
    for k in ('url', 'title', 'kind', 'note'):
        if not isinstance(t.get(k), str):
            err(slug, f'{k} is not a string')
    for k in ('qa', 'contacts', 'amounts', 'dates', 'criteria', 'question_headings_not_qa'):
        if not isinstance(t.get(k), list):
            err(slug, f'{k} is not a list')
            t[k] = []
    if not str(t.get('url', '')).startswith('https://'):
        err(slug, 'url does not start with https://')
    if not str(t.get('note', '')).strip():
        err(slug, 'empty note')
    kind = t.get('kind')
    if kind != KIND_OF.get(kind_letter):
        err(slug, f'kind {kind!r} does not match slug letter {kind_letter!r}')
    if kind != 'qa' and t['qa']:
        err(slug, 'qa entries in a document whose kind is not qa')
    if kind == 'qa' and not t['qa']:
        err(slug, 'kind qa without qa entries')
    title = t.get('title') or ''
    if title and not occurs(title, ci=True):
        err(slug, f'title not in source: {title!r}')

    # every string value must be clean
    def clean(s, what):
        if not isinstance(s, str):
            err(slug, f'{what} is not a string: {s!r}')
            return False
        if s != s.strip() or '  ' in s or '\n' in s:
            err(slug, f'{what} has stray whitespace: {s!r}')
        if not s.strip():
            err(slug, f'{what} is empty')
            return False
        return True

    # Q&A
    T = stripped_c
    cursor = 0
    qs = []
    for k, e in enumerate(t['qa']):
        if not isinstance(e, dict) or set(e.keys()) != {'q', 'a_start'}:
            err(slug, f'qa[{k}] must have exactly q and a_start: {e!r}')
            continue
        q, a = e['q'], e['a_start']
        if not (clean(q, f'qa[{k}].q') and clean(a, f'qa[{k}].a_start')):
            continue
        qs.append(q)
        if Q_LABEL.match(q):
            err(slug, f'q starts with a label: {q!r}')
        if A_LABEL.match(a):
            err(slug, f'a_start starts with a label: {a!r}')
        i = T.find(q, cursor)
        if i < 0:
            where = 'not in source' if q not in T else 'out of document order'
            err(slug, f'q {where}: {q!r}')
            continue
        end = i + len(q)
        j = T.find(a, end)
        if j < 0:
            err(slug, f'a_start not found after q: {a!r}')
            continue
        gap = T[end:j].strip()
        if not any(re.fullmatch(g, gap) for g in GAP_OK):
            err(slug, f'unexpected text between q and a_start: {gap[:80]!r} (q={q[:40]!r})')
        if VERBOSE:
            print(f'  {slug} | gap={gap!r:28} | {q[:50]!r}')
        expect = T[j:j + 60].rstrip()
        if a != expect:
            err(slug, f'a_start is not the first 60 chars of the answer:\n   truth : {a!r}\n   source: {expect!r}')
        if k + 1 < len(t['qa']) and isinstance(t['qa'][k + 1], dict):
            nq = t['qa'][k + 1].get('q', '')
            ni = T.find(nq, end)
            if 0 <= ni < j + len(a):
                err(slug, f'a_start runs into the next question: {a!r}')
        if ' | ' in a:
            err(slug, f'a_start runs over a table cell border: {a!r}')
        cursor = j + len(a)

    # contacts
    for k, c in enumerate(t['contacts']):
        if not isinstance(c, dict) or not c or not set(c) <= {'name', 'email', 'phone', 'role'}:
            err(slug, f'contacts[{k}] bad keys: {c!r}')
            continue
        if 'email' not in c and 'phone' not in c:
            err(slug, f'contacts[{k}] has neither email nor phone: {c!r}')
        for f in ('name', 'email', 'phone', 'role'):
            if f in c and clean(c[f], f'contacts[{k}].{f}'):
                if not occurs(c[f], ci=f in ('name', 'role')):
                    err(slug, f'contact {f} not in source: {c[f]!r}')
        if 'phone' in c and len(re.sub(r'\D', '', c['phone'])) < 8:
            err(slug, f'phone with fewer than 8 digits: {c["phone"]!r}')
        if 'email' in c and not re.fullmatch(r'[\w.+-]+@[\w-]+(\.[\w-]+)+', c['email']):
            err(slug, f'odd e-mail: {c["email"]!r}')
    keys = [c.get('email') or c.get('phone') for c in t['contacts'] if isinstance(c, dict)]
    if len(keys) != len(set(keys)):
        err(slug, 'duplicate contact')

    # facts
    for field in ('amounts', 'dates', 'criteria', 'question_headings_not_qa'):
        seen = set()
        for s in t[field]:
            if not clean(s, field):
                continue
            if not occurs(s):
                err(slug, f'{field} entry not in source: {s!r}')
            nk = norm_key(s)
            if nk in seen:
                err(slug, f'duplicate in {field}: {s!r}')
            seen.add(nk)
    for s in t['amounts']:
        if isinstance(s, str) and not re.search(r'kr\b|kroner|DKK|t\.kr|mio|mia', s):
            err(slug, f'amount without a currency unit: {s!r}')
        if isinstance(s, str) and re.match(r'(op til|ca\.|cirka|højst|maks|mindst|over|under)\b', s, re.I):
            err(slug, f'amount keeps a qualifier: {s!r}')
    for s in t['dates']:
        if isinstance(s, str) and re.match(r'(den|d\.|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|'
                                           r'ultimo|primo|medio|senest|inden)\b', s, re.I):
            err(slug, f'date keeps a qualifier/weekday: {s!r}')
    qn = {norm_key(q) for q in qs}
    if len(qn) != len(qs):
        err(slug, 'duplicate q')
    for h in t['question_headings_not_qa']:
        if isinstance(h, str) and norm_key(h) in qn:
            err(slug, f'heading is also a q: {h!r}')
    return n


def main():
    srcs = {f[:-4] for f in os.listdir(SRC) if f.endswith('.txt')}
    trus = {f[:-5] for f in os.listdir(TRU) if f.endswith('.yaml')}
    for s in sorted(srcs - trus):
        err(s, 'source without truth')
    for s in sorted(trus - srcs):
        err(s, 'truth without source')
    for f in sorted(os.listdir(SRC)) + sorted(os.listdir(TRU)):
        if not re.fullmatch(r'hf-[qgn]-[a-z0-9-]+\.(txt|yaml)', f):
            err(f, 'bad file name')
    totals = {}
    urls = {}
    pdf = 0
    for slug in sorted(srcs & trus):
        with open(os.path.join(SRC, slug + '.txt'), encoding='utf-8') as fh:
            text = fh.read()
        with open(os.path.join(TRU, slug + '.yaml'), encoding='utf-8') as fh:
            t = yaml.safe_load(fh)
        if '\f' in text:
            pdf += 1
        check_one(slug, text, t)
        if not isinstance(t, dict):
            continue
        urls.setdefault(t.get('url'), []).append(slug)
        row = totals.setdefault(t.get('kind'), [0] * 7)
        row[0] += 1
        for i, k in enumerate(['qa', 'contacts', 'amounts', 'dates', 'criteria',
                               'question_headings_not_qa'], 1):
            row[i] += len(t.get(k) or [])
    for u, ss in urls.items():
        if len(ss) > 1:
            err(','.join(ss), f'same url {u}')
    print(f'{"kind":6} {"docs":>5} {"qa":>5} {"contacts":>9} {"amounts":>8} {"dates":>6} '
          f'{"criteria":>9} {"q-head":>7}')
    tot = [0] * 7
    for kind in ('qa', 'guide', 'none'):
        row = totals.get(kind, [0] * 7)
        tot = [a + b for a, b in zip(tot, row)]
        print(f'{kind:6} ' + ' '.join(f'{v:>{w}}' for v, w in zip(row, (5, 5, 9, 8, 6, 9, 7))))
    print(f'{"all":6} ' + ' '.join(f'{v:>{w}}' for v, w in zip(tot, (5, 5, 9, 8, 6, 9, 7))))
    print(f'documents with form feeds (PDF-like): {pdf}')
    if errors:
        print(f'\n{len(errors)} problem(s):')
        for e in errors:
            print(' -', e)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Builds src/main/resources/imports/syllables.tsv: the syllable and syllable-bigram inventory OcrSpelling reads.

General Vietnamese, counted over the TUNING corpus texts (dev, heldout, heldout2 .. heldout17) and the seeds, never the
held-out parts (heldout18, heldout19, heldout20), never the check sets (/tmp/check*.names) and never this session's scanned
study texts (s27*, t27*: their OCR misreadings would count as Vietnamese). Lower-case NFC; a syllable is a run of letters; a
bigram is two syllables separated by blanks only. Rows: "1<TAB>syllable<TAB>count" and "2<TAB>first second<TAB>count";
bigrams seen once are left out.

Run from the worktree: python3 src/test/scripts/build_syllables.py
"""
import collections, glob, os, re, unicodedata

CORPUS = 'src/test/resources/corpus'
TUNING = ['dev', 'heldout'] + ['heldout%d' % i for i in range(2, 18)]
excluded = set()
for names in glob.glob('/tmp/check*.names'):
    excluded |= {l.strip() for l in open(names, encoding='utf-8') if l.strip()}
files = [f for p in TUNING for f in sorted(glob.glob(os.path.join(CORPUS, p, '*.txt')))]
files += sorted(glob.glob('/work/shared/seeds/*.txt'))
files = [f for f in files if not os.path.basename(f).startswith(('s27', 't27'))
         and os.path.basename(f)[:-4] not in excluded]
uni, bi = collections.Counter(), collections.Counter()
token = re.compile(r'[^\W\d_]+|\S')
for f in files:
    text = unicodedata.normalize('NFC', open(f, encoding='utf-8', errors='replace').read()).lower()
    for line in text.splitlines():
        prev = None
        for m in token.finditer(line):
            t = m.group()
            if len(t) == 1 and not t.isalpha():
                prev = None
                continue
            uni[t] += 1
            if prev is not None and line[prev[1]:m.start()].strip() == '':
                bi[prev[0] + ' ' + t] += 1
            prev = (t, m.end())
out = 'src/main/resources/imports/syllables.tsv'
with open(out, 'w', encoding='utf-8') as o:
    for w, c in sorted(uni.items()):
        o.write('1\t%s\t%d\n' % (w, c))
    for w, c in sorted(bi.items()):
        if c >= 2:
            o.write('2\t%s\t%d\n' % (w, c))
print(len(files), 'texts', len(uni), 'syllables', sum(1 for c in bi.values() if c >= 2), 'bigrams', out)

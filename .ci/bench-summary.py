#!/usr/bin/env python3
"""min / median / max over the runs of `./mvnw -Pbench verify` (.ci/measure.sh bench): every number of every line
of target/bench/runs/<n>/<file>.txt, in place, as "min / median / max"."""
import os, re, statistics, sys

root = sys.argv[1]
runs = sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d)))
number = re.compile(r"-?\d+(?:[.,]\d+)*")
print(f"-Pbench figures over {len(runs)} runs: each number is min / median / max")
files = sorted({f for r in runs for f in os.listdir(os.path.join(root, r))})
for name in files:
    print(f"\n== {name}")
    texts = [open(os.path.join(root, r, name), encoding="utf-8").read().splitlines()
             for r in runs if os.path.exists(os.path.join(root, r, name))]
    for i, line in enumerate(texts[0]):
        lines = [t[i] for t in texts if i < len(t)]
        shapes = {number.sub("#", l) for l in lines}
        if len(shapes) != 1 or not number.search(line):
            print(line if len(shapes) == 1 else line + "   (runs differ in shape: " + " | ".join(lines[1:]) + ")")
            continue
        values = [[float(v.replace(",", "")) for v in number.findall(l)] for l in lines]
        parts = number.split(line)
        out = parts[0]
        for k in range(len(values[0])):
            col = [v[k] for v in values]
            fmt = (lambda x: f"{x:g}") if all(c == int(c) for c in col) else (lambda x: f"{x:.2f}")
            same = min(col) == max(col)
            out += fmt(col[0]) if same else f"{fmt(min(col))} / {fmt(statistics.median(col))} / {fmt(max(col))}"
            out += parts[k + 1]
        print(out)

#!/usr/bin/env python3
"""Top allocation sources of a JFR recording (issue 14, item 5; docs/performance.md, session 12).

    .ci/jfr-alloc.py target/bench/pages.jfr [thread-regex] [n]

Reads the `jdk.ObjectAllocationSample` events (`jfr print --json`; JFR's `profile` settings sample them, each with
a weight: the bytes it stands for), keeps the threads matching the regex (default: every thread), and prints by
weight the top n (default 20): allocated classes, allocating frames (top of stack), the first frame of our own
code (`vn.gandan`) in the stack, and the first frame of a few libraries (where a cost outside our code comes from).
"""
import collections
import json
import re
import subprocess
import sys

path = sys.argv[1]
thread_re = re.compile(sys.argv[2] if len(sys.argv) > 2 else ".*")
top_n = int(sys.argv[3]) if len(sys.argv) > 3 else 20
out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "96", "--events", "jdk.ObjectAllocationSample", path],
                     capture_output=True, text=True, check=True).stdout
events = json.loads(out)["recording"]["events"]


def frame(f):
    m = f["method"]
    return f'{m["type"]["name"]}.{m["name"]}'


by_class, by_top, by_ours, by_lib = (collections.Counter() for _ in range(4))
libs = ("org.thymeleaf", "org.hibernate", "org.springframework", "org.apache.catalina", "org.apache.tomcat",
        "org.apache.coyote", "com.fasterxml", "tools.jackson", "org.postgresql", "com.zaxxer", "ch.qos.logback",
        "io.micrometer", "java.net.http", "jdk.internal.net.http")
total = 0
for e in events:
    v = e["values"]
    thread = (v.get("eventThread") or {}).get("javaName") or ""
    if not thread_re.search(thread):
        continue
    w = v["weight"]
    total += w
    by_class[v["objectClass"]["name"]] += w
    frames = [frame(f) for f in (v.get("stackTrace") or {}).get("frames", [])]
    by_top[frames[0] if frames else "?"] += w
    by_ours[next((f for f in frames if f.startswith("vn.gandan")), "(no vn.gandan frame)")] += w
    lib = next((f for f in frames if f.startswith(libs)), None)
    by_lib[next((p for p in libs if lib and lib.startswith(p)), "(other)")] += w
print(f"{total / 1e6:.1f} MB sampled weight, threads /{thread_re.pattern}/, {path}")
for title, counter in (("allocated class", by_class), ("allocating frame", by_top),
                       ("first vn.gandan frame", by_ours), ("first library frame's library", by_lib)):
    print(f"\nTop {top_n} by {title}:")
    for k, w in counter.most_common(top_n):
        print(f"{w / 1e6:9.1f} MB {100 * w / max(total, 1):5.1f}%  {k}")

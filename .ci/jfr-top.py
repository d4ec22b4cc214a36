#!/usr/bin/env python3
"""Top frames of a JFR recording's execution samples (issue 14, item 5; docs/performance.md).

    .ci/jfr-top.py target/bench/pages.jfr [thread-regex] [n]

Reads `jfr print --events jdk.ExecutionSample --stack-depth 256`, keeps the samples of threads matching the regex
(default: Tomcat's request threads), prints the top n (default 20) frames by self samples (top of stack) and by
total samples (anywhere in the stack, counted once per sample), and the share of some known costs.
"""
import collections
import re
import subprocess
import sys

path = sys.argv[1]
thread_re = re.compile(sys.argv[2] if len(sys.argv) > 2 else r"http-nio-.*exec")
top_n = int(sys.argv[3]) if len(sys.argv) > 3 else 20
text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "256", path],
                      capture_output=True, text=True, check=True).stdout

samples = []
for block in text.split("jdk.ExecutionSample {")[1:]:
    m = re.search(r'sampledThread = "([^"]*)"', block)
    if not m or not thread_re.search(m.group(1)):
        continue
    stack = re.search(r"stackTrace = \[(.*?)\n\s*\]", block, re.S)
    frames = []
    for line in (stack.group(1).splitlines() if stack else []):
        line = line.strip()
        if not line or line == "...":
            continue
        frames.append(re.sub(r"\s+line:.*$", "", line))
    if frames:
        samples.append(frames)

n = len(samples)
self_count = collections.Counter(s[0] for s in samples)
total_count = collections.Counter()
for s in samples:
    total_count.update(set(s))
print(f"{n} samples of threads /{thread_re.pattern}/ in {path}")
print(f"\nTop {top_n} by self samples:")
for f, c in self_count.most_common(top_n):
    print(f"{c:6d} {100 * c / n:5.1f}%  {f}")
print(f"\nTop {top_n} by total samples (frames below the servlet entry left out):")
shown = 0
for f, c in total_count.most_common():
    if c == n or c > 0.97 * n:
        continue  # thread entry frames: every sample has them
    print(f"{c:6d} {100 * c / n:5.1f}%  {f}")
    shown += 1
    if shown >= top_n:
        break
costs = collections.OrderedDict([
    ("Thymeleaf (rendering)", r"^org\.thymeleaf\."),
    ("Hibernate / JPA", r"^org\.hibernate\."),
    ("JDBC driver (PgJDBC)", r"^org\.postgresql\."),
    ("Hikari", r"^com\.zaxxer\.hikari\."),
    ("Spring Security filters", r"^org\.springframework\.security\."),
    ("Spring Session", r"^org\.springframework\.session\."),
    ("message resolution", r"MessageSource|ResourceBundle"),
    ("ResourceUrlProvider / resource resolvers", r"ResourceUrl|PathResourceResolver"),
    ("Jackson", r"^com\.fasterxml\.jackson\."),
    ("logging", r"^(ch\.qos\.logback|org\.slf4j|org\.apache\.logging)\."),
    ("gzip / compression", r"Deflater|Gzip|Compression"),
    ("SpEL / OGNL expression", r"^org\.springframework\.expression\.|thymeleaf\.spring6\.expression"),
    ("regex", r"^java\.util\.regex\."),
])
print("\nShare of samples whose stack contains (a sample may count under several):")
for name, rx in costs.items():
    r = re.compile(rx)
    c = sum(1 for s in samples if any(r.search(f) for f in s))
    print(f"{c:6d} {100 * c / max(n, 1):5.1f}%  {name}")

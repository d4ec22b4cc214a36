#!/usr/bin/env python3
"""Issue 14, national scale: each page of the load simulation for each role, ONE user (see docs/performance.md,
"Session 12"): statements per request (PostgreSQL's statement log between two markers; the app must run with
log_statement=all on its connections) and ms per request, min / median / max of N after one warm-up.
Usage: .ci/page-costs.py BASE_URL PG_LOG [N]   (markers are written through psql on the national cluster).
NATIONAL_DB (gandan_national): the database the app runs on; only that database's log lines are counted (the
cluster's log is shared: log_line_prefix '%m [%p] %q%u@%d '); PAGES: a comma-separated list of page names to
measure (all when unset), e.g. PAGES="search,case register,API cases,/public/units/TH-PS/receptions"."""
import http.cookiejar, json, os, re, statistics, subprocess, sys, time, urllib.parse, urllib.request

BASE, LOG = sys.argv[1], sys.argv[2]
N = int(sys.argv[3]) if len(sys.argv) > 3 else 5
HALF = sys.argv[4] if len(sys.argv) > 4 else "2026-S1"
ROLES = [("so.binhduong", "SGDDT-BD", "Bình Dương"), ("ld.phugiao", "PGDDT-PG", "Phú Giáo"),
         ("phong.phugiao", "PGDDT-PG", "Phú Giáo"), ("th.phuocsang", "TH-PS", "Phước Sang")]
DB = os.environ.get("NATIONAL_DB", "gandan_national")
PSQL = ["psql", "-h", "127.0.0.1", "-p", os.environ.get("NATIONAL_PORT", "5450"), "-U", "gandan_ci", "-d", DB, "-qAt", "-c"]


def mark(text):
    env = dict(os.environ, PGPASSWORD="gandan_ci", PGOPTIONS="-c log_statement=all")
    subprocess.run(PSQL + [f"select 'MARK {text}'"], env=env, check=True, stdout=subprocess.DEVNULL)


def count(start, end):
    with open(LOG, encoding="utf-8", errors="replace") as f:
        lines = f.read().splitlines()
    a = max(i for i, l in enumerate(lines) if f"MARK {start}'" in l)
    b = max(i for i, l in enumerate(lines) if f"MARK {end}'" in l)
    own = f"@{DB} "
    return sum(1 for l in lines[a + 1:b] if own in l and ("LOG:  statement: " in l or "LOG:  execute " in l))


class Client:
    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.token = None

    def get(self, path, api=False):
        req = urllib.request.Request(BASE + path)
        if api:
            req.add_header("Authorization", "Bearer " + self.token)
        with self.opener.open(req, timeout=120) as r:
            return r.status, r.read().decode("utf-8")

    def sign_in(self, user):
        _, page = self.get("/login")
        csrf = re.search(r'name="_csrf"[^>]*value="([^"]+)"', page) or re.search(r'value="([^"]+)"[^>]*name="_csrf"', page)
        data = urllib.parse.urlencode({"username": user, "password": "demo", "_csrf": csrf.group(1)}).encode()
        self.opener.open(urllib.request.Request(BASE + "/login", data=data), timeout=120).read()
        req = urllib.request.Request(BASE + "/api/v1/auth/tokens", data=json.dumps({"username": user, "password": "demo"}).encode(),
                                     headers={"Content-Type": "application/json"})
        self.token = json.loads(self.opener.open(req, timeout=120).read())["token"]


ONLY = [p for p in os.environ.get("PAGES", "").split(",") if p]


def wanted(name):
    return not ONLY or name in ONLY


def measure(name, fn):
    fn()  # warm-up
    mark(f"{name} start")
    fn()
    mark(f"{name} end")
    statements = count(f"{name} start", f"{name} end")
    times = []
    for _ in range(N):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statements, min(times), statistics.median(times), max(times)


def pages(c, code, words):
    units = json.loads(c.get("/api/v1/units?q=" + urllib.parse.quote(words), api=True)[1])
    unit = next(u["id"] for u in units if u["code"] == code)
    plans = re.findall(r'href="/plans/(\d+)"', c.get("/plans")[1])
    out = [("home", lambda: c.get("/")), ("plan list", lambda: c.get("/plans"))]
    if plans:
        out.append(("plan page", lambda: c.get("/plans/" + plans[0])))
    q = urllib.parse.quote("dân vận")
    out += [("task list", lambda: c.get("/work")), ("report matrix", lambda: c.get("/reports")),
            ("search", lambda: c.get("/search?q=" + q)), ("case register", lambda: c.get("/petitions")),
            ("API consolidated", lambda: c.get(f"/api/v1/reports/consolidated?unitId={unit}&formCode=DVCQ&period={HALF}", True)),
            ("API tasks", lambda: c.get("/api/v1/tasks", True)), ("API plans", lambda: c.get("/api/v1/plans", True)),
            ("API cases", lambda: c.get(f"/api/v1/petitions?unitId={unit}", True))]
    return out


def main():
    print(f"{'role':14} {'page':18} {'stmts':>5} {'min':>8} {'median':>8} {'max':>8}  (ms, {N} requests after a warm-up)")
    for user, code, words in ROLES:
        c = Client()
        c.sign_in(user)
        for name, fn in [(n, f) for n, f in pages(c, code, words) if wanted(n)]:
            s, lo, med, hi = measure(f"{user} {name}", fn)
            print(f"{user:14} {name:18} {s:5d} {lo:8.1f} {med:8.1f} {hi:8.1f}", flush=True)
    anon = Client()
    for path in [p for p in ["/public/petitions", "/public/exemplars", "/public/units/TH-PS/receptions",
                             "/public/units/TH-PS/disclosures"] if wanted(p)]:
        s, lo, med, hi = measure(f"public {path}", lambda p=path: anon.get(p))
        print(f"{'anonymous':14} {path[:18]:18} {s:5d} {lo:8.1f} {med:8.1f} {hi:8.1f}", flush=True)


if __name__ == "__main__":
    main()

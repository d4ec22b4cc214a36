#!/usr/bin/env python3
"""Issue 14, national scale: each page of the load simulation for each role, ONE user (see docs/performance.md,
"Session 12"): statements per request (PostgreSQL's statement log between two markers; the app must run with
log_statement=all on its connections) and ms per request, min / median / max of N after one warm-up.
Usage: .ci/page-costs.py BASE_URL PG_LOG [N]   (markers are written through psql on the national cluster).
NATIONAL_DB (gandan_national): the database the app runs on (a copy); only that database's log lines are counted,
so other sessions on the same cluster do not add to a page's count. PAGES: a comma-separated subset of the page names
("plan list,plan page"); ROLES_ONLY: a comma-separated subset of the users."""
import http.cookiejar, json, os, re, statistics, subprocess, sys, time, urllib.parse, urllib.request

BASE, LOG = sys.argv[1], sys.argv[2]
N = int(sys.argv[3]) if len(sys.argv) > 3 else 5
HALF = sys.argv[4] if len(sys.argv) > 4 else "2026-S1"
ROLES = [("so.binhduong", "SGDDT-BD", "Bình Dương"), ("ld.phugiao", "PGDDT-PG", "Phú Giáo"),
         ("phong.phugiao", "PGDDT-PG", "Phú Giáo"), ("th.phuocsang", "TH-PS", "Phước Sang"), ("th.anlinh", "TH-AL", "An Linh")]
DB = os.environ.get("NATIONAL_DB", "gandan_national")
PSQL = ["psql", "-h", "127.0.0.1", "-p", os.environ.get("NATIONAL_PORT", "5450"), "-U", "gandan_ci", "-d", DB, "-qAt", "-c"]
PAGES = [p for p in os.environ.get("PAGES", "").split(",") if p]
ROLES = [r for r in ROLES if not os.environ.get("ROLES_ONLY") or r[0] in os.environ["ROLES_ONLY"].split(",")]


def mark(text):
    env = dict(os.environ, PGPASSWORD="gandan_ci", PGOPTIONS="-c log_statement=all")
    subprocess.run(PSQL + [f"select 'MARK {text}'"], env=env, check=True, stdout=subprocess.DEVNULL)


def count(start, end):
    with open(LOG, encoding="utf-8", errors="replace") as f:
        lines = f.read().splitlines()
    a = max(i for i, l in enumerate(lines) if f"MARK {start}'" in l and f"@{DB} " in l)
    b = max(i for i, l in enumerate(lines) if f"MARK {end}'" in l and f"@{DB} " in l)
    ours = [l for l in lines[a + 1:b] if f"@{DB} " in l]
    return sum(1 for l in ours if re.search(r"LOG:  (duration: [0-9.]+ ms  )?(statement|execute [^:]*):", l))


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
        for name, fn in pages(c, code, words):
            if PAGES and name not in PAGES:
                continue
            s, lo, med, hi = measure(f"{user} {name}", fn)
            print(f"{user:14} {name:18} {s:5d} {lo:8.1f} {med:8.1f} {hi:8.1f}", flush=True)
    if PAGES:
        return
    anon = Client()
    for path in ["/public/petitions", "/public/exemplars", "/public/units/TH-PS/receptions", "/public/units/TH-PS/disclosures"]:
        s, lo, med, hi = measure(f"public {path}", lambda p=path: anon.get(p))
        print(f"{'anonymous':14} {path[:18]:18} {s:5d} {lo:8.1f} {med:8.1f} {hi:8.1f}", flush=True)


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# The measurements of issue 14 on an IDLE machine (see docs/performance.md, "Measuring"):
#   .ci/measure.sh prepare    once, beforehand (~20-40 min): a PostgreSQL 15 cluster of its own ("national", port 5450,
#                             kept between runs) migrated, filled with the demo data and src/test/resources/load/national.sql
#   .ci/measure.sh            demo + national + bench (the figures of "Must show"), each part also alone:
#   .ci/measure.sh demo       Gatling on the demo data (fresh embedded database): pages/s and p95 per page
#   .ci/measure.sh national   Gatling, 200 virtual users on the prepared national database (only the simulation runs)
#   .ci/measure.sh bench      the benchmarks three times at 60,000 units (data built once where it dominates; see bench()):
#                             min / median / max per figure
#   .ci/measure.sh ab <jarA> <jarB>
#                             two jars under load AT THE SAME TIME (docs/performance.md, "Measuring two jars at the same
#                             time"): each on its own fresh embedded database with the demo data, one Gatling run whose
#                             DEMO_USERS are split evenly (the demo walk, half against each jar), DEMO_WARMUP + DEMO_SECONDS;
#                             AB_RUNS runs (2), the start order swapped every run (A first, then B first, ...). Per jar:
#                             main pages/s, p50/p95 of its main pages, app JVM and PostgreSQL CPU ms per main page, and
#                             the ratios B/A; over the runs min / median / max and geometric mean, per start order too.
#                             The machine's speed moves both jars alike, so the ratio survives a busy machine; A/A (the
#                             same jar twice) shows the harness's own spread. Jars are only read (never modified).
#                             Results: target/bench/ab-<A>-vs-<B>-<time>.txt (summary), ...-run<n>.txt (each run).
# Results: target/bench/load-*.txt, target/gatling/*/index.html, target/bench/runs/<n>/*.txt, target/bench/bench-3runs.txt
# Sizes: DEMO_USERS (50), DEMO_SECONDS (60: the measured window), DEMO_WARMUP (60: seconds of the same walk before
# the window, not counted; the summary also gives that warm-up as the cold figure), LOAD_WARMUP (0), LOAD_USERS (200), LOAD_SECONDS (120), LOAD_PAUSE_MS (2000),
# BENCH_RUNS (3), BENCH_UNITS (60000), LOAD_UNITS (60000, prepare), LOAD_START_SECONDS (900: how long the app may take
# to start), SKIP_BUILD=1 (reuse target/gandan-*.jar and the compiled simulation).
set -euo pipefail
cd "$(dirname "$0")/.."
version=15
port=${NATIONAL_PORT:-5450}
url="jdbc:postgresql://127.0.0.1:$port/gandan_national"
mvn="./mvnw -B -o"
# The keys that seal the national data's personal fields live beside its cluster, not in a work tree: an app started
# from another directory (another clone, a clean checkout) must open the identities the prepared demo cases hold.
keys=/var/lib/postgresql/$version/national-app-keys
export GANDAN_PETITIONS_KEY_FILE=$keys/petitions.key GANDAN_SIGNING_KEY_FILE=$keys/signing.key
mkdir -p "$keys" && chmod 700 "$keys"

prepare() {
  echo "== national database: PostgreSQL $version cluster 'national' on port $port (kept; .ci/measure.sh prepare again rebuilds it)"
  pg_lsclusters | grep -q "^$version *national " || pg_createcluster "$version" national -p "$port" -e UTF8 --locale=C.UTF-8 >/dev/null
  conf=/etc/postgresql/$version/national/conf.d/gandan.conf
  printf '%s\n' "shared_buffers = 1GB" "effective_cache_size = 4GB" "work_mem = 16MB" "maintenance_work_mem = 256MB" \
    "max_connections = 100" "synchronous_commit = off" "checkpoint_timeout = 15min" "max_wal_size = 4GB" \
    "track_io_timing = on" > "$conf"
  pg_ctlcluster "$version" national restart || pg_ctlcluster "$version" national start
  for i in $(seq 1 60); do su postgres -c "pg_isready -q -p $port" && break; sleep 1; done
  su postgres -c "psql -p $port -q -v ON_ERROR_STOP=1 -c \"do \\\$\\\$ begin if not exists (select from pg_roles where rolname = 'gandan_ci') then create role gandan_ci login superuser password 'gandan_ci'; end if; end \\\$\\\$\""
  su postgres -c "dropdb -p $port --if-exists gandan_national; createdb -p $port -O gandan_ci gandan_national"
  mkdir -p target/load
  app=${PREPARE_JAR:-$(ls target/gandan-*.jar | grep -v plain | head -1)}
  echo "-- $(date -u +%T) migrations and demo data ($app started once, stopped when healthy)"
  SPRING_DATASOURCE_URL="$url" SPRING_DATASOURCE_USERNAME=gandan_ci SPRING_DATASOURCE_PASSWORD=gandan_ci APP_DEMO=true \
    java -Xmx1g -Duser.timezone=Asia/Ho_Chi_Minh -jar "$app" --server.port=18996 --server.address=127.0.0.1 \
    > target/load/national-first-start.log 2>&1 &
  pid=$!
  for i in $(seq 1 1800); do
    curl -fs -o /dev/null http://127.0.0.1:18996/actuator/health && break
    kill -0 "$pid" 2>/dev/null || { echo "app exited; see target/load/national-first-start.log"; return 1; }
    sleep 1
  done
  kill "$pid"; wait "$pid" || true
  echo "-- $(date -u +%T) national data (src/test/resources/load/national.sql)"
  PGPASSWORD=gandan_ci psql -h 127.0.0.1 -p "$port" -U gandan_ci -d gandan_national -q -v ON_ERROR_STOP=1 \
    -v units="${LOAD_UNITS:-60000}" -v cases=100000 -v tasks=100000 -f src/test/resources/load/national.sql
  PGPASSWORD=gandan_ci psql -h 127.0.0.1 -p "$port" -U gandan_ci -d gandan_national -q -c "vacuum analyze"
  echo "-- $(date -u +%T) prepared"
}

# The packaged jar and the simulation, built once (offline); each part below reuses them.
build() {
  [ -n "${built:-}" ] || [ -n "${SKIP_BUILD:-}" ] && return 0
  echo "-- $(date -u +%T) packaging the app and compiling the simulation (./mvnw -Pload package, no tests)"
  $mvn -q -Pload package -DskipTests
  built=1
}

# Gatling against the jar (LoadApp starts it), then the summary in target/bench/load-<data>-<users>u.txt.
gatling() { # data users seconds pauseMs [extra -D…]
  local data=$1 users=$2 seconds=$3 pause=$4; shift 4
  $mvn -Pload gatling:test@load exec:java@load-summary -Dload.data="$data" -Dload.users="$users" \
    -Dload.seconds="$seconds" -Dload.pauseMs="$pause" -Dload.startSeconds="${LOAD_START_SECONDS:-900}" "$@" \
    | grep -E "^(Simulation|Please open|---- Global|> )|ERROR|BUILD|app not healthy" || true
  cat "target/bench/load-$data-${users}u.txt" 2>/dev/null || echo "!! no summary for $data: see the output above and target/load/data-$data/app.log"
}

demo() {
  build
  echo "== $(date -u +%T) demo data: ${DEMO_USERS:-50} users without think time, ${DEMO_WARMUP:-60} s of warm-up (not counted), then ${DEMO_SECONDS:-60} s measured (fresh embedded database)"
  gatling demo "${DEMO_USERS:-50}" "${DEMO_SECONDS:-60}" 0 -Dload.warmupSeconds="${DEMO_WARMUP:-60}"
  echo "== $(date -u +%T) demo done"
}

national() {
  build
  echo "== $(date -u +%T) national scale: ${LOAD_USERS:-200} users, think time ${LOAD_PAUSE_MS:-2000} ms, ${LOAD_SECONDS:-120} s"
  pg_lsclusters | grep -q "^$version *national " || { echo "no national cluster: run .ci/measure.sh prepare first"; return 1; }
  # restarted here so that the server does not keep the nice level it was prepared with
  pg_ctlcluster "$version" national restart
  for i in $(seq 1 60); do su postgres -c "pg_isready -q -p $port" && break; sleep 1; done
  gatling national "${LOAD_USERS:-200}" "${LOAD_SECONDS:-120}" "${LOAD_PAUSE_MS:-2000}" \
    -Dload.dbUrl="$url" -Dload.dbUser=gandan_ci -Dload.dbPassword=gandan_ci \
    -Dload.pgData="/var/lib/postgresql/$version/national" -Dload.warmupSeconds="${LOAD_WARMUP:-0}"
  echo "== $(date -u +%T) national done"
}

# Three runs within ~20 min on an idle machine (one run took 12 min: the import benchmark 300 s, the reporting one
# 220 s of which ~180 s build its national data): run 1 is the whole `-Pbench verify`, with the reporting
# benchmark's measurements repeated BENCH_RUNS times on the data it built once (each repeat on units that have not
# reported yet; target/bench/runs/<n>/reporting.txt); the import benchmark's figures are already min / median / max
# of 3 runs each (every heap probe a JVM of its own), so it runs once; runs 2..n run the other benchmarks again,
# each in a fresh JVM on a fresh database, without recompiling (surefire:test on run 1's classes).
bench() {
  runs=${BENCH_RUNS:-3}
  again=SubtreeBenchmark,PetitionBenchmark,RenderBenchmark,TaskBenchmark,PageThroughputBenchmark
  rm -rf target/bench/runs
  for n in $(seq 1 "$runs"); do
    echo "== $(date -u +%T) benchmarks, run $n of $runs (${BENCH_UNITS:-60000} units)"
    rm -f target/bench/*.txt.tmp
    if [ "$n" = 1 ]; then
      $mvn -q -Pbench verify -Dbench.units="${BENCH_UNITS:-60000}" -Dbench.repeats="$runs" > "target/bench-run-$n.log" 2>&1
    else
      $mvn -q -Pbench surefire:test -Dtest="$again" -Dbench.units="${BENCH_UNITS:-60000}" > "target/bench-run-$n.log" 2>&1
    fi || { echo "bench run $n failed: target/bench-run-$n.log"; tail -30 "target/bench-run-$n.log"; return 1; }
    mkdir -p "target/bench/runs/$n"
    for f in target/bench/*.txt; do
      case "$f" in *load-*|*sql-per-page*|*bench-*runs*) ;;
        *reporting.txt) [ -f "target/bench/runs/$n/reporting.txt" ] || cp "$f" "target/bench/runs/$n/";;
        *import.txt) [ "$n" = 1 ] && cp "$f" "target/bench/runs/$n/";;
        *) cp "$f" "target/bench/runs/$n/";;
      esac
    done
  done
  python3 .ci/bench-summary.py target/bench/runs > target/bench/bench-${runs}runs.txt
  cat target/bench/bench-${runs}runs.txt
  echo "== $(date -u +%T) bench done"
}

ab() { # jarA jarB
  local jarA=${1:-} jarB=${2:-}
  [ -f "$jarA" ] && [ -f "$jarB" ] || { echo "usage: .ci/measure.sh ab <jarA> <jarB>  (AB_RUNS=2 DEMO_USERS=50 DEMO_WARMUP=60 DEMO_SECONDS=60 SKIP_BUILD=1)"; return 1; }
  jarA=$(readlink -f "$jarA"); jarB=$(readlink -f "$jarB")
  if [ -z "${SKIP_BUILD:-}" ]; then
    echo "-- $(date -u +%T) compiling the simulation (./mvnw -Pload test-compile; the jars are given)"
    $mvn -q -Pload test-compile
  fi
  local runs=${AB_RUNS:-2} users=${DEMO_USERS:-50} prefix
  prefix=target/bench/ab-$(basename "$jarA" .jar)-vs-$(basename "$jarB" .jar)-$(date -u +%H%M%S)
  mkdir -p target/bench
  echo "== $(date -u +%T) A/B: A=$jarA B=$jarB; $runs runs of $users users (half per jar), ${DEMO_WARMUP:-60} s warm-up + ${DEMO_SECONDS:-60} s measured"
  for n in $(seq 1 "$runs"); do
    local order="A=$jarA,B=$jarB"
    [ $((n % 2)) = 0 ] && order="B=$jarB,A=$jarA"
    echo "-- $(date -u +%T) run $n of $runs: ${order%%=*} started first"
    $mvn -Pload gatling:test@load exec:java@ab-summary -Dload.simulation=vn.gandan.load.AbSimulation \
      -Dload.ab="$order" -Dload.abOut="$prefix" -Dload.data=ab -Dload.users="$users" -Dload.seconds="${DEMO_SECONDS:-60}" \
      -Dload.warmupSeconds="${DEMO_WARMUP:-60}" -Dload.pauseMs=0 -Dload.startSeconds="${LOAD_START_SECONDS:-900}" \
      > "$prefix-run$n.log" 2>&1 || echo "!! run $n failed: see $prefix-run$n.log and target/load/data-ab-*/app.log"
    [ -f "$prefix-run$n.txt" ] && sed -n '1,10p' "$prefix-run$n.txt" | grep -v '^figures'
  done
  echo "== $(date -u +%T) A/B done: $prefix.txt"
  cat "$prefix.txt" 2>/dev/null || true
}

if [ "${1:-}" = ab ]; then
  shift
  ab "$@"
  exit
fi

for part in "${@:-demo national bench}"; do
  for p in $part; do "$p"; done
done

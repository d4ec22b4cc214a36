#!/usr/bin/env bash
# CI only (process spawning, the machine's PostgreSQL server, nginx): crash safety of the packaged app,
# a database outage under load, and two nodes behind nginx. Needs target/gandan-*.jar (./mvnw verify builds it).
# Called by .ci/run after the main test run; every request goes to 127.0.0.1 only. Takes about 6 minutes on an
# idle 2-core machine (seven app starts).
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(ls /etc/postgresql | sort -n | tail -1)

crash() {
echo "== crash safety: SIGKILL under concurrent writes, three rounds (embedded PostgreSQL)"
rm -f target/ops/crash-safety.txt
local status=0
./mvnw -B -q surefire:test -Dtest=CrashSafetyProcessIT -Dsurefire.failIfNoSpecifiedTests=false || status=$?
cat target/ops/crash-safety.txt 2>/dev/null || echo "no figures written (the test did not start; see the Maven output above)"
[ $status -eq 0 ] || failed "crash safety" "$(ls -t target/ops/crash/*/app-*.log 2>/dev/null | head -1)"
return $status
}

# A cluster that does not answer within 120 s (a loaded machine) fails here, by name, not at the test's first query.
wait_ready() {
for i in $(seq 1 120); do su postgres -c "pg_isready -q -p $1" && return 0; sleep 1; done
echo "== PostgreSQL on port $1 not ready after 120 s"; return 1
}

# What failed, for the CI log: the test's figures were printed above; the end of the app log that was running.
failed() {
echo "== FAILED: $1 process test; last lines of ${2:-no app log}:"
[ -n "${2:-}" ] && tail -n 40 "$2" | cut -c1-300 || true
}

outage() {
local status=0
echo "== database outage: a PostgreSQL $version cluster of its own, stopped and started under load"
port=5440
pg_lsclusters | grep -q "^$version *outage" || pg_createcluster "$version" outage -p "$port" >/dev/null
pg_ctlcluster "$version" outage start || true
wait_ready "$port"
su postgres -c "psql -p $port -q -v ON_ERROR_STOP=1 -c \"do \\\$\\\$ begin if not exists (select from pg_roles where rolname = 'gandan_ci') then create role gandan_ci login superuser password 'gandan_ci'; end if; end \\\$\\\$\""
su postgres -c "dropdb -p $port --if-exists gandan_outage; createdb -p $port -O gandan_ci gandan_outage"
OPS_DB_URL="jdbc:postgresql://127.0.0.1:$port/gandan_outage" OPS_DB_USER=gandan_ci OPS_DB_PASSWORD=gandan_ci \
  OPS_DB_STOP="pg_ctlcluster $version outage stop -m fast" OPS_DB_START="pg_ctlcluster $version outage start" \
  ./mvnw -B -q surefire:test -Dtest=DatabaseOutageProcessIT -Dsurefire.failIfNoSpecifiedTests=false || status=$?
cat target/ops/database-outage.txt || true
pg_dropcluster --stop "$version" outage
return $status
}

nodes() {
echo "== two nodes behind nginx on one PostgreSQL $version primary, with a streaming replica on loopback"
pport=5441; rport=5442
pg_lsclusters | grep -q "^$version *primary" || pg_createcluster "$version" primary -p "$pport" >/dev/null
pg_ctlcluster "$version" primary start || true
wait_ready "$pport"
su postgres -c "psql -p $pport -q -v ON_ERROR_STOP=1 -c \"do \\\$\\\$ begin if not exists (select from pg_roles where rolname = 'gandan_ci') then create role gandan_ci login superuser replication password 'gandan_ci'; end if; end \\\$\\\$\""
su postgres -c "dropdb -p $pport --if-exists gandan_nodes; createdb -p $pport -O gandan_ci gandan_nodes"
pg_dropcluster --stop "$version" replica 2>/dev/null || true
pg_createcluster "$version" replica -p "$rport" >/dev/null
rdata="/var/lib/postgresql/$version/replica"
rm -rf "${rdata:?}"/*
# -c fast: without it pg_basebackup waits for a spread checkpoint (about 3 minutes of the nodes test)
su postgres -c "PGPASSWORD=gandan_ci pg_basebackup -h 127.0.0.1 -p $pport -U gandan_ci -D $rdata -R -X stream -c fast"
pg_ctlcluster "$version" replica start
wait_ready "$rport"

rm -rf target/ops/nodes target/ops/two-nodes.txt
ngx=$(mktemp -d /tmp/gandan-nginx-XXXX)
chmod 755 "$ngx" # nginx workers (not root) write request bodies under it: uploads answered 500 without this
cat > "$ngx/nginx.conf" <<NGINX
worker_processes 1;
pid $ngx/nginx.pid;
error_log $ngx/error.log;
events { worker_connections 256; }
http {
  access_log $ngx/access.log;
  client_body_temp_path $ngx/body; proxy_temp_path $ngx/proxy;
  fastcgi_temp_path $ngx/fastcgi; uwsgi_temp_path $ngx/uwsgi; scgi_temp_path $ngx/scgi;
  client_max_body_size 100m;
  upstream gandan {
    server 127.0.0.1:18981 max_fails=1 fail_timeout=10s;
    server 127.0.0.1:18982 max_fails=1 fail_timeout=10s;
  }
  server {
    listen 127.0.0.1:18980;
    location / {
      proxy_pass http://gandan;
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_next_upstream error timeout http_502 http_503;
    }
  }
}
NGINX
nginx -c "$ngx/nginx.conf" -p "$ngx"
local status=0
OPS_DB_URL="jdbc:postgresql://127.0.0.1:$pport/gandan_nodes" OPS_DB_USER=gandan_ci OPS_DB_PASSWORD=gandan_ci \
  OPS_REPLICA_URL="jdbc:postgresql://127.0.0.1:$rport/gandan_nodes" \
  OPS_NODE_A_PORT=18981 OPS_NODE_B_PORT=18982 OPS_PROXY_PORT=18980 \
  ./mvnw -B -q surefire:test -Dtest=TwoNodesProcessIT -Dsurefire.failIfNoSpecifiedTests=false || status=$?
nginx -c "$ngx/nginx.conf" -p "$ngx" -s quit || true
cat target/ops/two-nodes.txt || true
if [ $status -ne 0 ]; then
  failed "two nodes (node A)" target/ops/nodes/node-A.log
  failed "two nodes (node B)" target/ops/nodes/node-B.log
  echo "-- nginx error log:"; tail -n 20 "$ngx/error.log" || true
fi
pg_dropcluster --stop "$version" replica || true
pg_dropcluster --stop "$version" primary || true
return $status
}

national() {
echo "== national-scale load test: 60,000 units, a year of reports, 100,000 cases and tasks, 200 virtual users"
# Not part of CI: ~15 minutes on an idle 2-core machine. LOAD_USERS, LOAD_SECONDS, LOAD_UNITS override the sizes.
port=5443
pg_lsclusters | grep -q "^$version *load" || pg_createcluster "$version" load -p "$port" >/dev/null
pg_ctlcluster "$version" load start || true
for i in $(seq 1 60); do su postgres -c "pg_isready -q -p $port" && break; sleep 1; done
su postgres -c "psql -p $port -q -v ON_ERROR_STOP=1 -c \"do \\\$\\\$ begin if not exists (select from pg_roles where rolname = 'gandan_ci') then create role gandan_ci login superuser password 'gandan_ci'; end if; end \\\$\\\$\""
su postgres -c "dropdb -p $port --if-exists gandan_load; createdb -p $port -O gandan_ci gandan_load"
url="jdbc:postgresql://127.0.0.1:$port/gandan_load"
mkdir -p target/load
echo "-- migrations and demo data (the app started once, stopped when healthy)"
app=$(ls target/gandan-*.jar | grep -v plain | head -1)
SPRING_DATASOURCE_URL="$url" SPRING_DATASOURCE_USERNAME=gandan_ci SPRING_DATASOURCE_PASSWORD=gandan_ci APP_DEMO=true \
  java -Xmx1g -jar "$app" --server.port=18995 --server.address=127.0.0.1 > target/load/national-first-start.log 2>&1 &
pid=$!
for i in $(seq 1 900); do
  curl -fs -o /dev/null http://127.0.0.1:18995/actuator/health && break
  kill -0 "$pid" 2>/dev/null || { echo "app exited; see target/load/national-first-start.log"; return 1; }
  sleep 1
done
kill "$pid"; wait "$pid" || true
echo "-- national data (src/test/resources/load/national.sql)"
PGPASSWORD=gandan_ci psql -h 127.0.0.1 -p "$port" -U gandan_ci -d gandan_load -q -v ON_ERROR_STOP=1 \
  -v units="${LOAD_UNITS:-60000}" -v cases=100000 -v tasks=100000 -f src/test/resources/load/national.sql
./mvnw -B -o -Pload verify -Dload.data=national -Dload.users="${LOAD_USERS:-200}" -Dload.seconds="${LOAD_SECONDS:-120}" \
  -Dload.dbUrl="$url" -Dload.dbUser=gandan_ci -Dload.dbPassword=gandan_ci || status=$?
pg_ctlcluster "$version" load stop || true
return ${status:-0}
}

# all three by default; or the ones named: .ci/operations.sh outage nodes (national: the load test, by hand only)
for part in "${@:-crash outage nodes}"; do
  for p in $part; do "$p"; done
done

#!/usr/bin/env bash
# One instance against two, on the same machine and the same PostgreSQL: starts two instances of the
# packaged app (postgres profile, a fresh schema), puts nginx in front of them twice, once with only
# the first instance behind it and once with both, and drives the same public pages through each with
# wrk. Both ways pay for the proxy, so the difference is the second instance.
#
#   bench/cluster.sh                                     # 5 s per run, 2 threads, 16 connections
#   DURATION=20s CONNECTIONS=32 bench/cluster.sh
#   SKIP_BUILD=1 PAGES="/ /statements" bench/cluster.sh
#
# Needs wrk, nginx (apt-get install wrk nginx; nginx runs from a temporary directory, not as the
# system service), curl, psql and a PostgreSQL. Binds and drives 127.0.0.1 only.
#   DATABASE_URL        jdbc:postgresql://127.0.0.1:5432/peaceterms_bench (a schema is made and dropped)
#   DATABASE_USERNAME   postgres; DATABASE_PASSWORD: empty
#   PORT_A, PORT_B      18081, 18082: the instances; PORT_ONE, PORT_TWO 18091, 18092: nginx
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-5s}"
WARMUP="${WARMUP:-3s}"
TIMEOUT="${TIMEOUT:-10s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-16}"
PORT_A="${PORT_A:-18081}"
PORT_B="${PORT_B:-18082}"
PORT_ONE="${PORT_ONE:-18091}"
PORT_TWO="${PORT_TWO:-18092}"
DATABASE_URL="${DATABASE_URL:-jdbc:postgresql://127.0.0.1:5432/peaceterms_bench}"
DATABASE_USERNAME="${DATABASE_USERNAME:-postgres}"
DATABASE_PASSWORD="${DATABASE_PASSWORD:-}"
JAVA_OPTS="${JAVA_OPTS:--Xmx512m}"
PAGES="${PAGES:-/ /statements /actors/germany /topics /api/v1/statements}"

for tool in wrk nginx curl psql; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is not installed" >&2; exit 1; }
done

if [ "${SKIP_BUILD:-}" != "1" ]; then
  ./mvnw -q -B -DskipTests -Dspring-javaformat.skip=true package
fi
JAR=$(ls target/peace-terms-tracker-*.jar | grep -v plain | head -n 1)

# psql takes the JDBC URL's host, port and database.
hostport_db=${DATABASE_URL#jdbc:postgresql://}
hostport=${hostport_db%%/*}
database=${hostport_db#*/}
database=${database%%\?*}
PSQL=(env PGOPTIONS="-c client_min_messages=warning" psql -q -h "${hostport%%:*}" -p "${hostport##*:}" -U "$DATABASE_USERNAME" -d "$database" -v ON_ERROR_STOP=1)
SCHEMA="bench_$(date +%s)_$$"
PGPASSWORD="$DATABASE_PASSWORD" "${PSQL[@]}" -c "create schema $SCHEMA"

WORK=$(mktemp -d)
# nginx's workers run as an unprivileged user and write large responses to temp files in here.
chmod 755 "$WORK"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  PGPASSWORD="$DATABASE_PASSWORD" "${PSQL[@]}" -c "drop schema if exists $SCHEMA cascade" || true
  rm -rf "$WORK"
}
trap cleanup EXIT

start_instance() {
  local name=$1 port=$2
  SPRING_PROFILES_ACTIVE=postgres DATABASE_URL="$DATABASE_URL?currentSchema=$SCHEMA" \
    DATABASE_USERNAME="$DATABASE_USERNAME" DATABASE_PASSWORD="$DATABASE_PASSWORD" \
    SPRING_FLYWAY_SCHEMAS="$SCHEMA" \
    java $JAVA_OPTS -jar "$JAR" --server.port="$port" --server.address=127.0.0.1 >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
}

await_ready() {
  local name=$1 port=$2
  for _ in $(seq 1 1800); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; then return 0; fi
    sleep 0.2
  done
  echo "bench: instance $name never became ready" >&2; tail -n 40 "$WORK/$name.log" >&2; exit 1
}

# Started together, as a cluster is: one migrates the fresh schema while the other waits on
# Flyway's lock, then validates it.
start_instance a "$PORT_A"
start_instance b "$PORT_B"
await_ready a "$PORT_A"
await_ready b "$PORT_B"

cat >"$WORK/nginx.conf" <<NGINX
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/body;
  proxy_temp_path $WORK/proxy;
  fastcgi_temp_path $WORK/fastcgi;
  uwsgi_temp_path $WORK/uwsgi;
  scgi_temp_path $WORK/scgi;
  upstream one { server 127.0.0.1:$PORT_A; keepalive 32; }
  upstream two { server 127.0.0.1:$PORT_A; server 127.0.0.1:$PORT_B; keepalive 32; }
  server {
    listen 127.0.0.1:$PORT_ONE;
    location / { proxy_pass http://one; proxy_http_version 1.1; proxy_set_header Connection ""; }
  }
  server {
    listen 127.0.0.1:$PORT_TWO;
    location / { proxy_pass http://two; proxy_http_version 1.1; proxy_set_header Connection ""; }
  }
}
NGINX
nginx -p "$WORK" -c "$WORK/nginx.conf" -g 'daemon off;' &
PIDS+=($!)
for port in "$PORT_ONE" "$PORT_TWO"; do
  for _ in $(seq 1 100); do curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" && break; sleep 0.1; done
  for page in $PAGES; do
    status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$page" </dev/null)
    [ "$status" = "200" ] || { echo "bench: $page through nginx on $port answered $status" >&2; cat "$WORK/nginx-error.log" >&2; exit 1; }
  done
done

measure() { # url -> "rps p50 p99 errors"; a run in which no answer came back says so
  local line
  line=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" -s bench/report.lua "$1" </dev/null \
    | grep '^RESULT')
  if grep -q 'requests=0$' <<<"$line"; then echo "none none none 0"; return; fi
  sed -E 's/.*rps=([0-9.]+) p50=([0-9.]+) p95=[0-9.]+ p99=([0-9.]+) errors=([0-9]+) non2xx=([0-9]+).*/\1 \2 \3 \4+\5/' <<<"$line"
}

echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the runs"
echo "throughput and latency with ${THREADS} threads, ${CONNECTIONS} connections, ${DURATION} per run, after a ${WARMUP} warm-up through both"
printf '| %-22s | %14s | %14s | %14s | %14s | %14s | %14s | %8s |\n' page "1: req/s" "1: p50 ms" "1: p99 ms" \
  "2: req/s" "2: p50 ms" "2: p99 ms" errors
printf '|%s|%s|%s|%s|%s|%s|%s|%s|\n' ------------------------ ---------------- ---------------- ---------------- \
  ---------------- ---------------- ---------------- ----------
for page in $PAGES; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout "$TIMEOUT" "http://127.0.0.1:$PORT_TWO$page" >/dev/null </dev/null
  read -r rps1 p501 p991 err1 <<<"$(measure "http://127.0.0.1:$PORT_ONE$page")"
  read -r rps2 p502 p992 err2 <<<"$(measure "http://127.0.0.1:$PORT_TWO$page")"
  printf '| %-22s | %14s | %14s | %14s | %14s | %14s | %14s | %8s |\n' "\`$page\`" "$rps1" "$p501" "$p991" \
    "$rps2" "$p502" "$p992" "$(( err1 + err2 ))"
done
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) after the runs"

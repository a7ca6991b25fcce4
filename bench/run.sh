#!/usr/bin/env bash
# Page benchmark: builds the app, starts it on 127.0.0.1 with a fresh in-memory H2 database holding
# the shipped data, measures the time to the first page, then drives every page in bench/pages.txt
# with wrk: latency percentiles with one connection (requests never queue, so this is close to the
# server's own time per page) and throughput with several connections.
#
#   bench/run.sh                    # 10 s per run, throughput with 2 threads and 8 connections
#   DURATION=30s CONNECTIONS=16 bench/run.sh
#
# Needs wrk (apt-get install wrk) and curl. Only ever drives the server it starts itself.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-18080}"
DURATION="${DURATION:-10s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-8}"
WARMUP="${WARMUP:-5s}"
BASE="http://127.0.0.1:${PORT}"

command -v wrk >/dev/null || { echo "bench: wrk is not installed (apt-get install wrk)" >&2; exit 1; }

if [ "${SKIP_BUILD:-}" != "1" ]; then
  ./mvnw -q -B -DskipTests -Dspring-javaformat.skip=true package
fi
JAR=$(ls target/peace-terms-tracker-*.jar | grep -v plain | head -n 1)

LOG=$(mktemp)
start_ns=$(date +%s%N)
java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 \
  --spring.datasource.url="jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1" ${APP_ARGS:-} >"$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -f "$LOG"' EXIT

for _ in $(seq 1 600); do
  if curl -fs -o /dev/null "$BASE/"; then break; fi
  if ! kill -0 $APP 2>/dev/null; then echo "bench: the app died" >&2; cat "$LOG" >&2; exit 1; fi
  sleep 0.1
done
first_page_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
echo "startup to first page: ${first_page_ms} ms ($(grep -o 'Started PeaceTermsApplication in [0-9.]* seconds' "$LOG" || true))"
echo
echo "latency: 1 connection; throughput: ${THREADS} threads, ${CONNECTIONS} connections; ${DURATION} each"
printf '| %-45s | %8s | %8s | %8s | %8s | %6s |\n' page "req/s" "p50 ms" "p95 ms" "p99 ms" errors
printf '|%s|%s|%s|%s|%s|%s|\n' "-----------------------------------------------" ----------- ---------- ---------- ---------- --------

# wrk and curl must not read the page list from standard input: each gets /dev/null.
grep -v '^\s*#' bench/pages.txt | grep -v '^\s*$' | while read -r page; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$page" </dev/null)
  if [ "$status" != "200" ]; then
    printf '| %-45s | %s |\n' "$page" "HTTP $status, skipped"
    continue
  fi
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$BASE$page" >/dev/null </dev/null
  line=$(wrk -t1 -c1 -d"$DURATION" -s bench/report.lua "$BASE$page" </dev/null | grep '^RESULT')
  busy=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s bench/report.lua "$BASE$page" </dev/null | grep '^RESULT')
  rps=$(sed -E 's/.*rps=([0-9.]+).*/\1/' <<<"$busy")
  p50=$(sed -E 's/.*p50=([0-9.]+).*/\1/' <<<"$line")
  p95=$(sed -E 's/.*p95=([0-9.]+).*/\1/' <<<"$line")
  p99=$(sed -E 's/.*p99=([0-9.]+).*/\1/' <<<"$line")
  errors=$(( $(sed -E 's/.*errors=([0-9]+) non2xx=([0-9]+).*/\1+\2/' <<<"$line") \
    + $(sed -E 's/.*errors=([0-9]+) non2xx=([0-9]+).*/\1+\2/' <<<"$busy") ))
  printf '| %-45s | %8s | %8s | %8s | %8s | %6s |\n' "$page" "$rps" "$p50" "$p95" "$p99" "$errors"
done

#!/usr/bin/env bash
# A news-day spike: many readers on one page while editors save. Starts the jar on an H2 file
# (the shipped data, or a copy of DATA's file) opened with AUTO_SERVER=TRUE, and for each page runs
# wrk -t2 -c16 while bench/Saves.java adds a revision every INTERVAL_MS (what a save adds; it makes
# every cached page stale, see DataVersion). Each save is followed by a burst of requests the page
# cache cannot answer from what it holds. Prints per page: req/s, p50, p99, max, the saves made
# and the JVM's CPU seconds per 1,000 requests.
#
#   ./mvnw -DskipTests package
#   bench/spike.sh                                   # shipped data
#   DATA=bench/data/large bench/spike.sh             # the 100,000-statement set (bench/generate.sh)
#   INTERVAL_MS=500 PAGES="/ /stances" bench/spike.sh
#
# Sends requests to 127.0.0.1 only; starts and stops its own JVM.
set -euo pipefail
cd "$(dirname "$0")/.."
B=$PWD/bench
JAR=$(readlink -f "${JAR:-$(ls target/peace-terms-tracker-*.jar | grep -v plain | head -n 1)}")
PORT=${PORT:-18484}
FLAGS=${FLAGS:--Xmx256m -XX:+UseSerialGC}
INTERVAL_MS=${INTERVAL_MS:-1000}
DURATION_S=${DURATION_S:-15}
WARM_S=${WARM_S:-10}
CONNECTIONS=${CONNECTIONS:-16}
PAGES=${PAGES:-"/ /compare /stances /commitments /statements /actors/germany /feed.atom"}
WORK=$(mktemp -d)
export STATE_DIR=$WORK/state PEACETERMS_ADMIN_PASSWORD=${PEACETERMS_ADMIN_PASSWORD:-bench-Admin-Pass-1}
if [ -n "${DATA:-}" ]; then cp "$(readlink -f "$DATA")/peaceterms.mv.db" "$WORK/"; fi
URL="jdbc:h2:file:$WORK/peaceterms;AUTO_SERVER=TRUE"
(cd "$WORK" && unzip -q -o -j "$JAR" 'BOOT-INF/lib/h2-*.jar' && mv h2-*.jar h2.jar)
started=$("$B/start-jar.sh" start -p "$PORT" -u /proposals -f "$FLAGS" -t 600 -l "$WORK/app.log" "$JAR" -- \
  --server.address=127.0.0.1 "--spring.datasource.url=$URL")
pid=$(sed -n 's/.*pid=\([0-9]*\).*/\1/p' <<< "$started")
trap '"$B/start-jar.sh" stop "$pid" >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
echo "# $started"
cpu() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
saves() { java -cp "$WORK/h2.jar" "$B/Saves.java" "$URL" "$INTERVAL_MS" "$1"; }
for page in $PAGES; do
  saves $((WARM_S * 1000)) > /dev/null &
  wrk -t2 -c"$CONNECTIONS" -d"${WARM_S}s" "http://127.0.0.1:$PORT$page" > /dev/null
  wait
done
hz=$(getconf CLK_TCK)
printf 'page\treq_s\tp50_ms\tp99_ms\tmax_ms\tsaves\tcpu_s_per_1000\n'
for page in $PAGES; do
  saves $((DURATION_S * 1000)) > "$WORK/saves.txt" &
  before=$(cpu "$pid")
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION_S}s" --latency "http://127.0.0.1:$PORT$page" > "$WORK/wrk.txt"
  after=$(cpu "$pid")
  wait
  awk -v page="$page" -v saves="$(sed -n 's/^saves=//p' "$WORK/saves.txt")" -v ticks=$((after - before)) -v hz="$hz" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^ +Latency +[0-9]/ { max = ms($4) }
    /^ +[0-9]+ requests in/ { n = $1 } /^Requests\/sec/ { rps = $2 }
    /Non-2xx|Socket errors/ { bad = bad " " $0 }
    END { printf "%s\t%.0f\t%.1f\t%.1f\t%.1f\t%s\t%.2f%s\n", page, rps, p50, p99, max, saves, ticks / hz / n * 1000, bad }' "$WORK/wrk.txt"
done

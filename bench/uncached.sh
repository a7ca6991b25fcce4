#!/usr/bin/env bash
# Latency of a page the cache cannot answer: the first request after a save. Starts the jar
# (shipped data, or a copy of DATA's H2 file), then for each page sends requests one after another
# on ONE connection, each with a query parameter never seen before, so the page cache has no entry
# for it and the page is rendered from the database, as it is after a save makes every cached page
# stale. Prints p50, p95 and max in ms per page.
#
# Two clients:
#   CLIENT=wrk (default)  wrk -t1 -c1 with bench/uncached.lua: one kept-alive connection, as a
#                         browser has; SECONDS_PER_PAGE (10) measured after WARM_S (10) seconds of
#                         the same kind of requests per page to warm the JIT.
#   CLIENT=curl           one curl process per request (N requests, default 60, after WARM per page,
#                         default 20): every request also opens a new TCP connection, and the client
#                         process starts on the same 2 cores, so p50/p95 include both (about 4-5 ms
#                         more at the median on this machine). WARM=300 is closer to "a save on a
#                         running server", 20 to "a save just after a start".
#
#   ./mvnw -DskipTests package
#   bench/uncached.sh                          # shipped data
#   DATA=bench/data/large bench/uncached.sh    # the 100,000-statement set (bench/generate.sh)
#   FLAGS='-Xmx256m -XX:+UseSerialGC' bench/uncached.sh                 # as docs/benchmarks.md
#   CLIENT=curl N=100 WARM=300 FLAGS='-Xmx256m -XX:+UseSerialGC' bench/uncached.sh   # 1 December
#
# Sends requests to 127.0.0.1 only; starts and stops its own JVM.
set -euo pipefail
cd "$(dirname "$0")/.."
B=$PWD/bench
JAR=$(readlink -f "${JAR:-$(ls target/peace-terms-tracker-*.jar | grep -v plain | head -n 1)}")
CLIENT=${CLIENT:-wrk}
N=${N:-60}
WARM=${WARM:-20}
SECONDS_PER_PAGE=${SECONDS_PER_PAGE:-10}
WARM_S=${WARM_S:-10}
PORT=${PORT:-18483}
FLAGS=${FLAGS:--Xmx256m}
PAGES=${PAGES:-"/ /compare /stances /commitments /statements /statements?q=troops /actors/germany /proposals/us-security-package-2025-12 /feed.atom"}
WORK=$(mktemp -d)
export STATE_DIR=$WORK/state PEACETERMS_ADMIN_PASSWORD=${PEACETERMS_ADMIN_PASSWORD:-bench-Admin-Pass-1}
args=(--server.address=127.0.0.1)
if [ -n "${DATA:-}" ]; then
  cp "$(readlink -f "$DATA")/peaceterms.mv.db" "$WORK/"
  args+=("--spring.datasource.url=jdbc:h2:file:$WORK/peaceterms")
else
  args+=("--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1")
fi
started=$("$B/start-jar.sh" start -p "$PORT" -u /proposals -f "$FLAGS" -t 600 -l "$WORK/app.log" "$JAR" -- "${args[@]}")
pid=$(sed -n 's/.*pid=\([0-9]*\).*/\1/p' <<< "$started")
trap '"$B/start-jar.sh" stop "$pid" >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
echo "# $started"
if [ "$CLIENT" = wrk ]; then
  for page in $PAGES; do
    wrk -t1 -c1 -d"${WARM_S}s" -s "$B/uncached.lua" "http://127.0.0.1:$PORT$page" -- warm > /dev/null
  done
  printf 'page\tp50_ms\tp95_ms\tmax_ms\tn\n'
  for page in $PAGES; do
    wrk -t1 -c1 -d"${SECONDS_PER_PAGE}s" -s "$B/uncached.lua" "http://127.0.0.1:$PORT$page" -- uncached |
      sed -n 's/^RESULT p50=\([0-9.]*\) p95=\([0-9.]*\) max=\([0-9.]*\) requests=\([0-9]*\) non2xx=0 errors=0$/\1\t\2\t\3\t\4/p' |
      awk -v page="$page" 'NF == 4 { printf "%s\t%s\n", page, $0; ok = 1 } END { if (!ok) printf "%s\tfailed (errors or non-2xx)\n", page }'
  done
  exit 0
fi
# Warm the JIT on the pages first (cached and uncached requests alike), then measure.
for page in $PAGES; do
  sep='?'; [[ $page == *\?* ]] && sep='&'
  for i in $(seq 1 "$WARM"); do curl -s -o /dev/null "http://127.0.0.1:$PORT$page${sep}warm=$i"; done
done
printf 'page\tp50_ms\tp95_ms\tmax_ms\tn\n'
for page in $PAGES; do
  sep='?'; [[ $page == *\?* ]] && sep='&'
  for i in $(seq 1 "$N"); do
    curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$PORT$page${sep}uncached=$RANDOM$i"
  done | sort -n | awk -v page="$page" '{ t[NR] = $1 * 1000 } END {
    p50 = t[int((NR + 1) * 0.50)]; p95 = t[int(NR * 0.95 + 0.5)];
    printf "%s\t%.1f\t%.1f\t%.1f\t%d\n", page, p50, p95, t[NR], NR }'
done

#!/usr/bin/env bash
# ours-vs-ceiling.sh - the Peace Terms Tracker's pages against the ceiling app's constant Thymeleaf
# page (/tpl), measured in ONE session with fresh JVMs, optionally with spring-petclinic alongside.
# (Copied from the shared instrument; the project's copy also records, for each of our pages, the
# SQL statements and rows of one uncached request, from the app's "bench" profile: $OUT/sql.tsv.)
#
#   ./mvnw -DskipTests package && bench/ours-vs-ceiling.sh                 # shipped data
#   bench/generate.sh && OURS_DATA=bench/data/large bench/ours-vs-ceiling.sh  # 100,000 statements
#   PL_ARGS="-w 2 -d 5" bench/ours-vs-ceiling.sh                           # short runs (busy machine)
#
#   OURS_JAR=/path/app.jar bench/ours-vs-ceiling.sh            # one repeat, shipped data
#   OURS_JAR=... PC_JAR=... REPS=3 bench/ours-vs-ceiling.sh    # the run2 side-by-side
#   OURS_JAR=... OURS_DATA=/dir/with/data bench/ours-vs-ceiling.sh   # a prepared H2 data dir (large set)
#
# Per repeat, in this order: ceiling -> petclinic (if PC_JAR) -> ours. Each variant gets a fresh JVM
# (bench/start-jar.sh: time to first 200, RSS), bench/pageload.sh over its URLs (warm-up + measured
# wrk -t2 -c16 run per URL), RSS after load, then it is stopped by PID. Ours runs in a fresh working
# directory: an empty one (Flyway loads the shipped data at start) or a copy of OURS_DATA.
#
# Prints a TSV on stdout (medians over repeats):
#   variant url req_s_median req_s_min req_s_max p50_ms_median p99_ms_median non2xx sock_err status bytes pct_of_ceiling n
# pct_of_ceiling = the URL's median req/s / the ceiling /tpl's median req/s of this same session.
# The last line is "worst page ratio to ceiling: X%" (over our pages). Exit status: 0 when every one
# of our pages answered 200 with no non-2xx responses and reached >= MIN_PCT (10) % of the ceiling;
# 1 when one did not; 2 when a server failed to start or the ceiling could not be measured.
# Raw files: $OUT/pageload.tsv, starts.tsv, result.tsv, env.txt, app logs, <variant>-r<N>.gcutil.txt, wrk-raw/.
#
# Env: OURS_JAR (default: newest target/peace-terms-tracker-*.jar of the current directory), CEIL_JAR (default: built
# from bench/ceiling-app into $TMPDIR), PC_JAR (optional), REPS (1), OUT, JAVA (java), FLAGS (-Xmx256m),
# PL_ARGS (extra pageload.sh options, e.g. "-w 2 -d 2" for a dry run), OURS_ARGS (extra app args),
# OURS_DATA, OURS_PAGES (space-separated list to replace the default pages), MIN_PCT (10),
# PORT_BASE (18480: ceiling +0, petclinic +1, ours +2), TIMEOUT_S (wrk request timeout, 30).
# CEIL_PORT and OURS_PORT override the ports one by one. OURS_READY (/) is the page whose first 200
# counts as started: on a slow page the readiness poll's timed-out requests pile up on the server.
# START_TIMEOUT_S (600) is how long a start may take.
# OURS_ARGS defaults to --spring.profiles.active=bench (the SQL and row counts).
# Sends load to 127.0.0.1 only; every server is bound to 127.0.0.1.
set -u
B=$(cd "$(dirname "$0")" && pwd)
REPS=${REPS:-1}
OUT=${OUT:-${TMPDIR:-/tmp}/ours-vs-ceiling-$(date -u +%Y%m%dT%H%M%SZ)}
[ -n "${MVN_SETTINGS:-}" ] || { [ -f .mvn/settings.xml ] && MVN_SETTINGS=$PWD/.mvn/settings.xml; }
JAVA=${JAVA:-java}
JSTAT=$(dirname "$(readlink -f "$(command -v "$JAVA")")")/jstat
FLAGS=${FLAGS:--Xmx256m}
MIN_PCT=${MIN_PCT:-10}
PORT_BASE=${PORT_BASE:-18480}
TIMEOUT_S=${TIMEOUT_S:-30}
export STATE_DIR=${STATE_DIR:-${TMPDIR:-/tmp}/bench-start-jar-${USER:-$(id -un)}}
OURS_ARGS=${OURS_ARGS---spring.profiles.active=bench}
DEFAULT_PAGES="/ /compare /stances /commitments /statements /statements?q=troops /actors/germany \
/proposals/us-security-package-2025-12 /api/v1/statements /feed.atom /statements.csv"
read -r -a PAGES <<< "${OURS_PAGES:-$DEFAULT_PAGES}"
PC_URLS=('/owners?lastName=' /owners/1)

if [ -z "${OURS_JAR:-}" ]; then
  OURS_JAR=$(ls -t target/peace-terms-tracker-*.jar 2>/dev/null | grep -v plain | head -1)
fi
[ -f "${OURS_JAR:-}" ] || { echo "ours-vs-ceiling: set OURS_JAR to the app's jar" >&2; exit 2; }
OURS_JAR=$(readlink -f "$OURS_JAR")
if [ -z "${CEIL_JAR:-}" ]; then
  build=${TMPDIR:-/tmp}/ceiling-build-${USER:-$(id -un)}
  CEIL_JAR=$build/target/ceiling-0.0.1.jar
  if [ ! -f "$CEIL_JAR" ]; then
    echo "# building the ceiling app in $build" >&2
    rm -rf "$build"; cp -r "$B/ceiling-app" "$build"
    MVN=$(command -v mvn || echo "$B/../mvnw")
    (cd "$build" && "$MVN" -q -B ${MVN_SETTINGS:+-s "$MVN_SETTINGS"} -DskipTests package) >&2 || exit 2
  fi
fi
CEIL_JAR=$(readlink -f "$CEIL_JAR")
[ -z "${PC_JAR:-}" ] || PC_JAR=$(readlink -f "$PC_JAR")
[ -z "${OURS_DATA:-}" ] || { [ -f "$OURS_DATA/peaceterms.mv.db" ] || { echo "no $OURS_DATA/peaceterms.mv.db" >&2; exit 2; }; }

mkdir -p "$OUT"
RES=$OUT/pageload.tsv; STARTS=$OUT/starts.tsv; SQL=$OUT/sql.tsv
printf '#rep\turl\tstatus\tsql_statements\trows_read\tms_first_request\n' > "$SQL"
printf '#label\turl\treq_s\tp50_ms\tp90_ms\tp99_ms\tnon2xx\tsock_err\tstatus\tbytes\n' > "$RES"
printf '#variant\trep\tttfp_s\tboot_started_s\trss_first200_kb\trss_after_load_kb\n' > "$STARTS"
{
  date -u; uname -a; nproc; cat /proc/loadavg; free -m | head -2
  "$JAVA" -version 2>&1; wrk -v 2>&1 | head -1
  echo "FLAGS=$FLAGS REPS=$REPS PL_ARGS=${PL_ARGS:-} TIMEOUT_S=$TIMEOUT_S OURS_DATA=${OURS_DATA:-} OURS_ARGS=${OURS_ARGS:-}"
  echo "pages: ${PAGES[*]}"
  sha256sum "$OURS_JAR" "$CEIL_JAR" ${PC_JAR:+"$PC_JAR"}
} > "$OUT/env.txt" 2>&1

current_pid=""
cleanup() { if [ -n "$current_pid" ]; then "$B/start-jar.sh" stop "$current_pid" > /dev/null; current_pid=""; fi; }
trap cleanup EXIT
trap 'cleanup; exit 130' INT TERM

# URL REP: the page's URL with a query parameter of its own, for the request that counts its SQL,
# so that the page cache (which already holds the readiness page) cannot answer it
sqlurl() { if [[ $1 == *\?* ]]; then echo "$1&bench-sql=$2"; else echo "$1?bench-sql=$2"; fi; }
one() { # variant jar port ready-path workdir app-args... -- urls...
  local v=$1 jar=$2 port=$3 ready=$4 wd=$5; shift 5
  local args=() urls=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do args+=("$1"); shift; done
  shift; urls=("$@")
  local log="$OUT/$v-r$rep.log" line pid ttfp rss1 rss2 started
  line=$(cd "$wd" && PEACETERMS_ADMIN_PASSWORD=${PEACETERMS_ADMIN_PASSWORD:-bench-Admin-Pass-1} \
    "$B/start-jar.sh" start -J "$JAVA" -f "$FLAGS" -p "$port" -u "$ready" -t "${START_TIMEOUT_S:-600}" -l "$log" "$jar" -- \
    --server.address=127.0.0.1 "${args[@]}") || { echo "start failed: $v rep $rep" >&2; return 2; }
  pid=$(sed 's/.*pid=\([0-9]*\).*/\1/' <<< "$line"); current_pid=$pid
  ttfp=$(sed 's/.*ttfp_s=\([0-9.]*\).*/\1/' <<< "$line")
  rss1=$(sed 's/.*rss_first200_kb=\([0-9]*\).*/\1/' <<< "$line")
  started=$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$log" | grep -o '[0-9.]*' | head -1)
  echo "# $(date -u +%T) $v rep $rep: $line (loadavg $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  if [ "$v" = ours ]; then   # one request per page on its own: SQL statements, rows read, time, size
    for u in "${urls[@]}"; do
      curl -s -o /dev/null -m "$TIMEOUT_S" -H 'X-Bench-Count: 1' "http://127.0.0.1:$port$(sqlurl "$u" "$rep")" || true
    done
    sleep 1
    for u in "${urls[@]}"; do
      c=$(grep -F " bench GET $(sqlurl "$u" "$rep") status=" "$log" | tail -1 | sed 's/.* status=\([0-9]*\) sql=\([0-9]*\) rows=\([0-9]*\) ms=\([0-9]*\).*/\1\t\2\t\3\t\4/')
      printf '%s\t%s\t%s\n' "$rep" "$u" "${c:-NA}" >> "$SQL"
    done
  fi
  # shellcheck disable=SC2086
  PAGELOAD_RAW_DIR="$OUT/wrk-raw" "$B/pageload.sh" -T "$TIMEOUT_S" ${PL_ARGS:-} -p "$port" "$v-r$rep" "${urls[@]}" \
    | tee -a "$RES" >&2
  rss2=$("$B/start-jar.sh" rss "$pid" after_load)
  "$JSTAT" -gcutil "$pid" > "$OUT/$v-r$rep.gcutil.txt" 2>&1   # GC counts and seconds over the whole run
  "$B/start-jar.sh" stop "$pid" > /dev/null; current_pid=""
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$v" "$rep" "$ttfp" "${started:-NA}" "$rss1" "$rss2" | tee -a "$STARTS" >&2
}

rc_start=0
for rep in $(seq 1 "$REPS"); do
  wd=$(mktemp -d "$OUT/work.XXXX")
  one ceil "$CEIL_JAR" "${CEIL_PORT:-$PORT_BASE}" /raw "$wd" -- /tpl || rc_start=2
  if [ -n "${PC_JAR:-}" ]; then
    one petclinic "$PC_JAR" $((PORT_BASE + 1)) / "$wd" -- "${PC_URLS[@]}" || rc_start=2
  fi
  if [ -n "${OURS_DATA:-}" ]; then cp -r "$OURS_DATA" "$wd/data"; fi
  # shellcheck disable=SC2086
  one ours "$OURS_JAR" "${OURS_PORT:-$((PORT_BASE + 2))}" "${OURS_READY:-/}" "$wd" ${OURS_ARGS:-} -- "${PAGES[@]}" || rc_start=2
  rm -rf "$wd"
done

echo "# SQL statements and rows read by one uncached request per page ($SQL):" >&2
cat "$SQL" >&2
# Medians over repeats; percentages against the ceiling /tpl median of this session.
grep -v '^#' "$RES" | awk -F'\t' -v minpct="$MIN_PCT" -v rcstart="$rc_start" -v out="$OUT/result.tsv" '
  function med(s,   a, n, i, j, t) {
    n = split(s, a, " ")
    for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > t + 0; j--) a[j + 1] = a[j]; a[j + 1] = t }
    return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  function mn(s,   a, n, i, m) { n = split(s, a, " "); m = a[1]; for (i = 2; i <= n; i++) if (a[i] + 0 < m + 0) m = a[i]; return m }
  function mx(s,   a, n, i, m) { n = split(s, a, " "); m = a[1]; for (i = 2; i <= n; i++) if (a[i] + 0 > m + 0) m = a[i]; return m }
  {
    v = $1; sub(/-r[0-9]+$/, "", v); k = v SUBSEP $2
    if (!(k in seen)) { seen[k] = 1; order[++no] = k }
    rps[k] = rps[k] " " ($3 == "NA" ? 0 : $3); p50[k] = p50[k] " " $4; p99[k] = p99[k] " " $6
    n2[k] += $7; se[k] += $8; if ($9 != "200") bad[k] = $9; st[k] = $9; by[k] = $10; cnt[k]++
  }
  END {
    ceil = 0
    for (i = 1; i <= no; i++) { split(order[i], kk, SUBSEP); if (kk[1] == "ceil" && kk[2] == "/tpl") ceil = med(rps[order[i]]) }
    hdr = "#variant\turl\treq_s_median\treq_s_min\treq_s_max\tp50_ms_median\tp99_ms_median\tnon2xx\tsock_err\tstatus\tbytes\tpct_of_ceiling\tn"
    print hdr; print hdr > out
    worst = ""; fail = 0
    for (i = 1; i <= no; i++) {
      k = order[i]; split(k, kk, SUBSEP)
      pct = (ceil > 0) ? 100 * med(rps[k]) / ceil : -1
      line = sprintf("%s\t%s\t%.1f\t%.1f\t%.1f\t%s\t%s\t%d\t%d\t%s\t%s\t%.2f\t%d", kk[1], kk[2], med(rps[k]), mn(rps[k]), mx(rps[k]),
        med(p50[k]), med(p99[k]), n2[k], se[k], (k in bad) ? bad[k] : st[k], by[k], pct, cnt[k])
      print line; print line > out
      if (kk[1] == "ours") {
        if (worst == "" || pct < worst) { worst = pct; wurl = kk[2] }
        if (pct < minpct || n2[k] > 0 || (k in bad)) fail = 1
      }
    }
    if (ceil <= 0) { print "worst page ratio to ceiling: NA (ceiling not measured)"; exit 2 }
    last = sprintf("worst page ratio to ceiling: %.2f%%", worst)
    printf "#worst page: %s\n", wurl; printf "#worst page: %s\n", wurl > out
    print last; print last > out
    if (rcstart) exit 2
    exit fail
  }'

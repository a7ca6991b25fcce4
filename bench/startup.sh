#!/usr/bin/env bash
# Time from launch to the first page on an EXISTING H2 file, and RSS, for these ways to start:
#   plain     java -jar app.jar
#   cds       with a class-data-sharing archive (-XX:SharedArchiveFile, made by a training run)
#   aot-25    JDK 25's AOT cache (-XX:AOTCache, made by -XX:AOTCacheOutput in a training run)
#   x-…       the same from the extracted jar (java -Djarmode=tools -jar app.jar extract): the
#             classes of the libraries are then plain jars on the class path, which the CDS archive
#             and the AOT cache can hold (classes inside the nested jars of app.jar they cannot)
# The training runs start the app, load the pages once and stop it; the measured runs are fresh JVMs.
# Every JVM gets -Xmx256m and $FLAGS (default: the flags the README gives, -XX:+UseG1GC -Xms32m
# -XX:G1PeriodicGCInterval=5000 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30
# -XX:TrimNativeHeapInterval=5000; until 3 December 2026 -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000).
#
#   ./mvnw -DskipTests package && bench/generate.sh
#   bench/startup.sh                                   # the large data set, JDK on the PATH (plain, cds)
#   JAVA25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java bench/startup.sh   # adds the AOT cache
#   DATA=/dir/with/peaceterms.mv.db PORT=8086 bench/startup.sh
#   FLAGS= VARIANTS="plain x-cds" bench/startup.sh     # JVM defaults (G1), two variants only
#   TRAIN_FLAGS=-XX:TieredStopAtLevel=1 VARIANTS=x-aot-25 ...  # flags for the training runs only
#
#   LOAD="-w 3 -d 5" VARIANTS=x-aot-25 ...   # then also RSS after a load: pageload.sh with these
#                                              options on each page, and again IDLE_S (10) s later
#
# Prints one line per variant: variant ttfp_s started_s rss_kb (RSS after the pages were loaded once),
# with LOAD also rss_load_kb rss_idle_kb (and each page's req/s and p99 under the load on stderr).
# Only starts and stops its own JVMs.
set -euo pipefail
cd "$(dirname "$0")/.."
B=$PWD/bench
JAR=$(readlink -f "${JAR:-$(ls target/peace-terms-tracker-*.jar | grep -v plain | head -n 1)}")
DATA=$(readlink -f "${DATA:-bench/data/large}")
PORT=${PORT:-18482}
JAVA=${JAVA:-java}
FLAGS=${FLAGS--XX:+UseG1GC -Xms32m -XX:G1PeriodicGCInterval=5000 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:TrimNativeHeapInterval=5000}
VARIANTS=${VARIANTS:-plain cds x-plain x-cds${JAVA25:+ plain-25 aot-25 x-plain-25 x-aot-25}}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export STATE_DIR=$WORK/state PEACETERMS_ADMIN_PASSWORD=${PEACETERMS_ADMIN_PASSWORD:-bench-Admin-Pass-1}
PAGES="/ /compare /stances /commitments /statements /actors/germany /feed.atom"

run() { # variant java jar flags... : copies the data, starts, waits for /, prints the figures, stops
  local v=$1 java=$2 jar=$3; shift 3
  rm -rf "$WORK/run"; mkdir -p "$WORK/run"; cp -r "$DATA" "$WORK/run/data"
  local line pid
  line=$(cd "$WORK/run" && "$B/start-jar.sh" start -J "$java" -f "-Xmx256m $FLAGS $*" -p "$PORT" -u / -t 900 \
    -l "$WORK/$v.log" "$jar" -- --server.address=127.0.0.1)
  pid=$(sed 's/.*pid=\([0-9]*\).*/\1/' <<< "$line")
  for p in $PAGES; do curl -s -o /dev/null "http://127.0.0.1:$PORT$p"; done
  local rss more=
  rss=$("$B/start-jar.sh" rss "$pid")
  if [ -n "${LOAD:-}" ]; then
    # shellcheck disable=SC2086 # LOAD is a list of pageload.sh options
    "$B/pageload.sh" -p "$PORT" $LOAD "$v" $PAGES > "$WORK/$v.load.tsv"
    awk -F'\t' '{printf "%s %s req/s %s p99 %s ms\n", $1, $2, $3, $6}' "$WORK/$v.load.tsv" >&2
    more=$'\t'$("$B/start-jar.sh" rss "$pid")
    sleep "${IDLE_S:-10}"
    more=$more$'\t'$("$B/start-jar.sh" rss "$pid")
  fi
  printf '%s\t%s\t%s\t%s%s\n' "$v" "$(sed 's/.*ttfp_s=\([0-9.]*\).*/\1/' <<< "$line")" \
    "$(grep -o 'Started [A-Za-z]* in [0-9.]*' "$WORK/$v.log" | grep -o '[0-9.]*$')" "$rss" "$more"
  "$B/start-jar.sh" stop "$pid" > /dev/null
}
train() { # java jar flags... : a training run that loads the pages and stops (the archive is written at exit)
  local java=$1 jar=$2; shift 2
  set -- "$@" ${TRAIN_FLAGS:-}
  rm -rf "$WORK/run"; mkdir -p "$WORK/run"; cp -r "$DATA" "$WORK/run/data"
  local line pid
  line=$(cd "$WORK/run" && "$B/start-jar.sh" start -J "$java" -f "-Xmx256m $FLAGS $*" -p "$PORT" -u / -t 900 \
    -l "$WORK/train.log" "$jar" -- --server.address=127.0.0.1)
  pid=$(sed 's/.*pid=\([0-9]*\).*/\1/' <<< "$line")
  for p in $PAGES; do curl -s -o /dev/null "http://127.0.0.1:$PORT$p"; done
  "$B/start-jar.sh" stop "$pid" > /dev/null
}

printf 'variant\tttfp_s\tstarted_s\trss_kb%s\n' "${LOAD:+$'\t'rss_load_kb$'\t'rss_idle_kb}"
X=$WORK/extracted/$(basename "$JAR")
for v in $VARIANTS; do
  case $v in x-*) [ -f "$X" ] || "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/extracted" > /dev/null ;; esac
  case $v in
    plain) run plain "$JAVA" "$JAR" ;;
    cds) train "$JAVA" "$JAR" "-XX:ArchiveClassesAtExit=$WORK/app.jsa"
      run cds "$JAVA" "$JAR" "-XX:SharedArchiveFile=$WORK/app.jsa" ;;
    x-plain) run x-plain "$JAVA" "$X" ;;
    x-cds) train "$JAVA" "$X" "-XX:ArchiveClassesAtExit=$WORK/x.jsa"
      run x-cds "$JAVA" "$X" "-XX:SharedArchiveFile=$WORK/x.jsa" ;;
    plain-25) run plain-25 "$JAVA25" "$JAR" ;;
    aot-25) train "$JAVA25" "$JAR" "-XX:AOTCacheOutput=$WORK/app.aot"
      run aot-25 "$JAVA25" "$JAR" "-XX:AOTCache=$WORK/app.aot" ;;
    x-plain-25) run x-plain-25 "$JAVA25" "$X" ;;
    x-aot-25) train "$JAVA25" "$X" "-XX:AOTCacheOutput=$WORK/x.aot"
      run x-aot-25 "$JAVA25" "$X" "-XX:AOTCache=$WORK/x.aot" ;;
    *) echo "startup: unknown variant $v" >&2; exit 1 ;;
  esac
done

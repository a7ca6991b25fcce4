#!/usr/bin/env bash
# Time from launch to the first page on an EXISTING H2 file, and RSS, for three ways to start:
#   plain  java -jar
#   cds    with a class-data-sharing archive (-XX:SharedArchiveFile, made by a training run)
#   aot    JDK 25's AOT cache (-XX:AOTCache, made by -XX:AOTCacheOutput in a training run)
# The training runs start the app, load the pages once and stop it; the measured runs are fresh JVMs.
#
#   ./mvnw -DskipTests package && bench/generate.sh
#   bench/startup.sh                                   # the large data set, JDK on the PATH (plain, cds)
#   JAVA25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java bench/startup.sh   # adds the AOT cache
#   DATA=/dir/with/peaceterms.mv.db PORT=8086 bench/startup.sh
#
# Prints one line per variant: variant ttfp_s started_s rss_kb. Only starts and stops its own JVMs.
set -euo pipefail
cd "$(dirname "$0")/.."
B=$PWD/bench
JAR=$(readlink -f "${JAR:-$(ls target/peace-terms-tracker-*.jar | grep -v plain | head -n 1)}")
DATA=$(readlink -f "${DATA:-bench/data/large}")
PORT=${PORT:-18482}
JAVA=${JAVA:-java}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export STATE_DIR=$WORK/state PEACETERMS_ADMIN_PASSWORD=${PEACETERMS_ADMIN_PASSWORD:-bench-Admin-Pass-1}
PAGES="/ /compare /stances /commitments /statements /actors/germany /feed.atom"

run() { # variant java flags... : copies the data, starts, waits for /, prints the figures, stops
  local v=$1 java=$2; shift 2
  rm -rf "$WORK/run"; mkdir -p "$WORK/run"; cp -r "$DATA" "$WORK/run/data"
  local line pid
  line=$(cd "$WORK/run" && "$B/start-jar.sh" start -J "$java" -f "-Xmx256m $*" -p "$PORT" -u / -t 900 \
    -l "$WORK/$v.log" "$JAR" -- --server.address=127.0.0.1)
  pid=$(sed 's/.*pid=\([0-9]*\).*/\1/' <<< "$line")
  for p in $PAGES; do curl -s -o /dev/null "http://127.0.0.1:$PORT$p"; done
  printf '%s\t%s\t%s\t%s\n' "$v" "$(sed 's/.*ttfp_s=\([0-9.]*\).*/\1/' <<< "$line")" \
    "$(grep -o 'Started [A-Za-z]* in [0-9.]*' "$WORK/$v.log" | grep -o '[0-9.]*$')" "$("$B/start-jar.sh" rss "$pid")"
  "$B/start-jar.sh" stop "$pid" > /dev/null
}
train() { # java flags... : a training run that loads the pages and stops (the archive is written at exit)
  local java=$1; shift
  rm -rf "$WORK/run"; mkdir -p "$WORK/run"; cp -r "$DATA" "$WORK/run/data"
  local line pid
  line=$(cd "$WORK/run" && "$B/start-jar.sh" start -J "$java" -f "-Xmx256m $*" -p "$PORT" -u / -t 900 \
    -l "$WORK/train.log" "$JAR" -- --server.address=127.0.0.1)
  pid=$(sed 's/.*pid=\([0-9]*\).*/\1/' <<< "$line")
  for p in $PAGES; do curl -s -o /dev/null "http://127.0.0.1:$PORT$p"; done
  "$B/start-jar.sh" stop "$pid" > /dev/null
}

printf 'variant\tttfp_s\tstarted_s\trss_kb\n'
run plain "$JAVA"
train "$JAVA" "-XX:ArchiveClassesAtExit=$WORK/app.jsa"
run cds "$JAVA" "-XX:SharedArchiveFile=$WORK/app.jsa"
if [ -n "${JAVA25:-}" ]; then
  run plain-25 "$JAVA25"
  train "$JAVA25" "-XX:AOTCacheOutput=$WORK/app.aot"
  run aot-25 "$JAVA25" "-XX:AOTCache=$WORK/app.aot"
fi

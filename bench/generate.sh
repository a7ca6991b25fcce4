#!/usr/bin/env bash
# Prepares a large H2 file database for the benchmark, once: the shipped data (Flyway) plus the
# generated data set (org.peaceterms.bench.DataGenerator). Reuses the file when it exists.
#
#   bench/generate.sh                       # 100,000 statements into bench/data/large/peaceterms.mv.db
#   STATEMENTS=20000 DIR=/tmp/x bench/generate.sh
#   DB_URL=jdbc:postgresql://127.0.0.1:5432/mydb DB_USER=postgres bench/generate.sh   # PostgreSQL instead
#
# Needs the jar (./mvnw -DskipTests package). The same seed always gives the same data.
set -euo pipefail
cd "$(dirname "$0")/.."
STATEMENTS=${STATEMENTS:-100000}
DIR=${DIR:-bench/data/large}
JAVA=${JAVA:-java}
JAR=${JAR:-$(ls target/peace-terms-tracker-*.jar | grep -v plain | head -n 1)}
if [ -n "${DB_URL:-}" ]; then
  args=(--spring.profiles.active=postgres "--spring.datasource.url=$DB_URL" "--spring.datasource.username=${DB_USER:-postgres}" "--spring.datasource.password=${DB_PASSWORD:-}")
else
  if [ -f "$DIR/peaceterms.mv.db" ]; then echo "bench: $DIR/peaceterms.mv.db exists, reused"; exit 0; fi
  mkdir -p "$DIR"
  args=("--spring.datasource.url=jdbc:h2:file:$(cd "$DIR" && pwd)/peaceterms")
fi
start=$(date +%s)
PEACETERMS_ADMIN_PASSWORD=${PEACETERMS_ADMIN_PASSWORD:-bench-Admin-Pass-1} \
  "$JAVA" -jar "$JAR" --server.port=0 --server.address=127.0.0.1 --peaceterms.generate.exit=true "${args[@]}" \
  --peaceterms.generate.statements="$STATEMENTS" 2>&1 | grep -E 'Generated|ERROR|Exception' || true
echo "bench: generated in $(( $(date +%s) - start )) s${DB_URL:+ into $DB_URL}${DB_URL:-: $DIR/peaceterms.mv.db}"

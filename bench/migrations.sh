#!/usr/bin/env bash
# Every migration since the last release, timed on a big database that release made (issue 26): the release's own
# generator fills a PostgreSQL database at scale M on the release's schema, then the current jar starts on it and
# Flyway migrates it; each migration's time (Flyway's flyway_schema_history.execution_time) is compared with the
# budget. Writes bench/results/migrations-postgres-<scale>.md and exits 1 when a migration is over the budget.
# A timing, so never part of the tests; run it before a release. See bench/README.md, "Migrations at scale".
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: bench/migrations.sh [--release COMMIT] [--scale S|M|L] [--budget-ms 10000] [--port 18090]
  --release    the commit of the last release (default: the one the newest upgrade fixture was made from)
  --budget-ms  what one migration may take at this scale
Needs: a local PostgreSQL on 127.0.0.1:5432 (user postgres), git, curl.
EOF
}

RELEASE=6047667 SCALE=M BUDGET_MS=10000 PORT=18090
while [[ $# -gt 0 ]]; do
  case "$1" in
    --release) RELEASE=$2; shift ;;
    --scale) SCALE=${2^^}; shift ;;
    --budget-ms) BUDGET_MS=$2; shift ;;
    --port) PORT=$2; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
  shift
done

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
WORK=$ROOT/bench/work/migrations-$SCALE
OLD=$ROOT/bench/work/release-$RELEASE
DB_NAME=tandem_migrations_${SCALE,,}
DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB_NAME
DB_ARGS="--spring.datasource.url=$DB_URL --spring.datasource.username=postgres --spring.datasource.password="
RESULTS=bench/results/migrations-postgres-$SCALE.md
mkdir -p "$WORK" bench/results
log() { printf '[migrations] %s\n' "$*" >&2; }
sql() { psql -h 127.0.0.1 -U postgres -d "$DB_NAME" -qAtc "$1"; }

# 1. The release's checkout and its generator: the database as that release would have left it, at scale.
[[ -d $OLD ]] || git worktree add --detach "$OLD" "$RELEASE" >&2
dropdb -h 127.0.0.1 -U postgres --if-exists "$DB_NAME"
createdb -h 127.0.0.1 -U postgres "$DB_NAME"
log "generating scale $SCALE with the generator of $RELEASE"
started=$(date +%s)
(cd "$OLD" && ./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=dev.tandem.bench.BenchGenerator \
  -Dexec.args="--scale $SCALE --out $WORK/data $DB_ARGS --logging.level.root=WARN") >"$WORK/generate.log"
GENERATED="$(( $(date +%s) - started )) s"
FROM=$(sql "select max(installed_rank) from flyway_schema_history")
FROM_VERSION=$(sql "select version from flyway_schema_history where installed_rank = $FROM")
ROWS=$(sql "select sum(n_live_tup) from pg_stat_user_tables")
SIZE=$(sql "select pg_database_size(current_database()) / 1048576")

# 2. The current jar on it: Flyway migrates at start-up; the application is stopped once it answers.
JAR=$(ls target/tandem-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [[ -z $JAR || -n $(find src/main pom.xml -newer "$JAR" -type f -print -quit) ]]; then
  log "building the jar"
  ./mvnw -B -q -DskipTests package
  JAR=$(ls target/tandem-*.jar | grep -v original | head -1)
fi
log "migrating from $FROM_VERSION with $JAR"
started=$(date +%s)
java -jar "$JAR" --server.port="$PORT" $DB_ARGS >"$WORK/app.log" 2>&1 &
APP_PID=$!
trap 'kill "$APP_PID" 2>/dev/null || true' EXIT
until curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null; do
  kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app.log" >&2; exit 1; }
  sleep 1
done
STARTED="$(( $(date +%s) - started )) s"
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true

# 3. The table.
OVER=0
TABLE=$(sql "select version || '|' || description || '|' || execution_time from flyway_schema_history
             where installed_rank > $FROM and success order by installed_rank")
FAILED=$(sql "select count(*) from flyway_schema_history where installed_rank > $FROM and not success")
{
  echo "# Migrations since the last release, at scale $SCALE (PostgreSQL)"
  echo
  echo "- When: $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD); load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- From: the database made by the generator of release commit $RELEASE (schema $FROM_VERSION), $ROWS rows, $SIZE MB, generated in $GENERATED"
  echo "- Budget: $BUDGET_MS ms a migration; the application answered $STARTED after its start, migrations included"
  echo
  echo "| version | migration | ms | within budget |"
  echo "|---|---|---:|---|"
  while IFS='|' read -r version description ms; do
    [[ -z $version ]] && continue
    ok=yes
    (( ms > BUDGET_MS )) && ok="**no**" && OVER=$((OVER + 1))
    echo "| $version | $description | $ms | $ok |"
  done <<<"$TABLE"
  echo
  echo "Failed migrations: $FAILED."
} >"$RESULTS"
cat "$RESULTS"
(( OVER == 0 && FAILED == 0 )) || { log "$OVER over the budget, $FAILED failed"; exit 1; }

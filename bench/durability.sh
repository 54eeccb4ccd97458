#!/usr/bin/env bash
# Nothing acknowledged is lost: 8 writers create contacts through the API, the process is killed with SIGKILL at a
# random moment 3–10 s in, restarted, and every contact answered 201 is read back. Five trials per database.
# Usage: bench/durability.sh [--db embedded|h2|postgres] [--trials 5] [--writers 8]; exits non-zero if anything was lost.
# embedded: the default database (no URL: the embedded PostgreSQL, which outlives the kill and is taken over on restart);
# h2: an H2 file; postgres: the local PostgreSQL server.
set -euo pipefail
DB=embedded TRIALS=5 WRITERS=8 PORT=18090
while [[ $# -gt 0 ]]; do
  case "$1" in
    --db) DB=$2; shift ;;
    --trials) TRIALS=$2; shift ;;
    --writers) WRITERS=$2; shift ;;
    --port) PORT=$2; shift ;;
    *) echo "Usage: bench/durability.sh [--db embedded|h2|postgres] [--trials 5] [--writers 8] [--port 18090]" >&2; exit 2 ;;
  esac
  shift
done
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
WORK=bench/work/durability-$DB
rm -rf "$WORK"; mkdir -p "$WORK"

JAR=$(ls target/tandem-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [[ -z $JAR || -n $(find src/main pom.xml -newer "$JAR" -type f -print -quit) ]]; then
  ./mvnw -B -q -DskipTests package
  JAR=$(ls target/tandem-*.jar | grep -v original | head -1)
fi

case $DB in
  embedded)
    DB_ARGS=(--tandem.embedded.directory="$ROOT/$WORK/data") ;;
  h2)
    DB_ARGS=(--spring.datasource.url="jdbc:h2:file:$ROOT/$WORK/db/tandem;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
      --spring.datasource.username=sa) ;;
  postgres)
    NAME=tandem_durability
    dropdb -h 127.0.0.1 -U postgres --if-exists "$NAME"
    createdb -h 127.0.0.1 -U postgres "$NAME"
    DB_ARGS=(--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$NAME --spring.datasource.username=postgres
      --spring.datasource.password=) ;;
  *) echo "--db is embedded, h2 or postgres" >&2; exit 2 ;;
esac

echo "durability on $DB ($(git rev-parse --short HEAD)): $TRIALS trials, $WRITERS writers, SIGKILL 3–10 s in" >&2
java bench/Durability.java --jar "$JAR" --port "$PORT" --trials "$TRIALS" --writers "$WRITERS" --logs "$WORK" \
  --jvm -Xmx256m --jvm -XX:+UseSerialGC "${DB_ARGS[@]}" --logging.level.root=WARN \
  --tandem.health.decay.enabled=false | tee "$WORK/result.md"

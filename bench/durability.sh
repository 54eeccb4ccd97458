#!/usr/bin/env bash
# Nothing acknowledged is lost: 8 writers create contacts through the API, the process is killed with SIGKILL at a
# random moment 3–10 s in, restarted, and every contact answered 201 is read back. Five trials per database.
# Usage: bench/durability.sh [--db h2|postgres] [--trials 5] [--writers 8]; exits non-zero if anything was lost.
set -euo pipefail
DB=h2 TRIALS=5 WRITERS=8 PORT=18090
while [[ $# -gt 0 ]]; do
  case "$1" in
    --db) DB=$2; shift ;;
    --trials) TRIALS=$2; shift ;;
    --writers) WRITERS=$2; shift ;;
    --port) PORT=$2; shift ;;
    *) echo "Usage: bench/durability.sh [--db h2|postgres] [--trials 5] [--writers 8] [--port 18090]" >&2; exit 2 ;;
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
  h2)
    # The embedded default exactly as shipped: application.properties' URL, only the file moved into the work dir.
    URL=$(grep '^spring.datasource.url=' src/main/resources/application.properties | cut -d= -f2- \
      | sed "s#jdbc:h2:file:./data/tandem#jdbc:h2:file:$ROOT/$WORK/db/tandem#")
    DB_ARGS=(--spring.datasource.url="$URL") ;;
  postgres)
    NAME=tandem_durability
    dropdb -h 127.0.0.1 -U postgres --if-exists "$NAME"
    createdb -h 127.0.0.1 -U postgres "$NAME"
    DB_ARGS=(--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$NAME --spring.datasource.username=postgres
      --spring.datasource.password=) ;;
  *) echo "--db is h2 or postgres" >&2; exit 2 ;;
esac

echo "durability on $DB ($(git rev-parse --short HEAD)): $TRIALS trials, $WRITERS writers, SIGKILL 3–10 s in" >&2
java bench/Durability.java --jar "$JAR" --port "$PORT" --trials "$TRIALS" --writers "$WRITERS" --logs "$WORK" \
  --jvm -Xmx256m --jvm -XX:+UseSerialGC "${DB_ARGS[@]}" --logging.level.root=WARN \
  --tandem.health.decay.enabled=false | tee "$WORK/result.md"

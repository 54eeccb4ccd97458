#!/usr/bin/env bash
# Start-up time (issue 25): starts the jar N times as a deployment would, and prints for each start the time from
# exec until GET /actuator/health answers 200, Spring's own "Started … in", the load average before it, and the
# medians. The jar is extracted first, and the class-data-sharing archive or AOT cache is made by a training run
# that is not timed. See bench/README.md, "Start-up (issue 25)".
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: bench/startup.sh [--mode none|cds|aot|launcher] [--java PATH] [--runs 5] [--db postgres|embedded]
                        [--database NAME] [--train refresh|requests] [--port 18080] [--jar JAR] [--jvm-flags "..."]
                        [-- application arguments…]
  --mode      none: the extracted jar alone; cds: with a class-data-sharing archive (-XX:SharedArchiveFile, JDK 17+);
              aot: with the JDK's AOT cache (-XX:AOTCache, JDK 25+); launcher: through src/dist/bin/tandem, which
              chooses by itself (default cds)
  --java      the java to run (default: java on the PATH); the jar is the same whichever runs it
  --db        postgres (default): a server on 127.0.0.1:5432, user postgres, database --database (default
              tandem_startup), created and migrated when missing; embedded: Tandem's embedded default, its data in
              bench/work/startup/data
  --train     refresh (default): the training run exits once the context is refreshed, as bin/tandem's does;
              requests: it starts fully, answers a few requests, and stops on SIGTERM
Needs: curl; for --db postgres, psql and createdb.
EOF
}

MODE=cds JAVA_BIN=java RUNS=5 DB=postgres DB_NAME=tandem_startup TRAIN=refresh PORT=18080 JAR=""
JVM_FLAGS="-Xms256m -Xmx256m -XX:MaxMetaspaceSize=160m -Xss512k -XX:+UseSerialGC"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --mode) MODE=$2; shift ;;
    --java) JAVA_BIN=$2; shift ;;
    --runs) RUNS=$2; shift ;;
    --db) DB=$2; shift ;;
    --database) DB_NAME=$2; shift ;;
    --train) TRAIN=$2; shift ;;
    --port) PORT=$2; shift ;;
    --jar) JAR=$2; shift ;;
    --jvm-flags) JVM_FLAGS=$2; shift ;;
    --) shift; break ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
  shift
done
[[ $MODE =~ ^(none|cds|aot|launcher)$ ]] || { usage >&2; exit 2; }
[[ $DB == postgres || $DB == embedded ]] || { usage >&2; exit 2; }
[[ $TRAIN == refresh || $TRAIN == requests ]] || { usage >&2; exit 2; }

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
[[ -n $JAR ]] || JAR=$(ls target/tandem-*.jar 2>/dev/null | grep -v original | head -1 || true)
[[ -f $JAR ]] || { echo "no jar: ./mvnw -DskipTests package, or --jar" >&2; exit 1; }
JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
WORK=bench/work/startup-$PORT
BASE=http://127.0.0.1:$PORT
log() { printf '[startup] %s\n' "$*" >&2; }

if [[ $DB == postgres ]]; then
  psql -h 127.0.0.1 -U postgres -d "$DB_NAME" -qc 'select 1' >/dev/null 2>&1 || createdb -h 127.0.0.1 -U postgres "$DB_NAME"
  export SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB_NAME SPRING_DATASOURCE_USERNAME=postgres
  export SPRING_DATASOURCE_PASSWORD=
else
  unset SPRING_DATASOURCE_URL
  export TANDEM_EMBEDDED_DIRECTORY=$ROOT/bench/work/startup/data
fi
export SERVER_PORT=$PORT

APP_PID=""
stop_app() {
  if [[ -n $APP_PID ]]; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
  fi
}
trap stop_app EXIT
# shellcheck disable=SC2086
start_app() { # <log> <command…>: in the background, sets APP_PID
  local out=$1; shift
  "$@" "${APP_ARGS[@]}" >"$out" 2>&1 &
  APP_PID=$!
}
wait_ready() { # <log>
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health") == 200 ]]; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$1" >&2; exit 1; }
    sleep 0.05
  done
}
APP_ARGS=("$@")

# The deployment: the jar extracted (and, for the launcher, the distribution's layout), then the training run.
rm -rf "$WORK"
mkdir -p "$WORK"
APP=$WORK/app
# shellcheck disable=SC2206
JAVA_CMD=("$JAVA_BIN" $JVM_FLAGS)
case $MODE in
  launcher)
    mkdir -p "$WORK/dist/bin"
    cp src/dist/bin/tandem "$WORK/dist/bin/"
    cp "$JAR" "$WORK/dist/tandem.jar" # extracted under its own name, as in the distribution
    export JAVA=$JAVA_BIN TANDEM_JAVA_FLAGS=$JVM_FLAGS TANDEM_WORK_DIR=$ROOT/$APP
    log "first start through bin/tandem (extracts the jar, trains)"
    start_app "$WORK/first.log" "$WORK/dist/bin/tandem"
    wait_ready "$WORK/first.log"
    stop_app
    RUN=("$WORK/dist/bin/tandem")
    ;;
  *)
    "$JAVA_BIN" -Djarmode=tools -jar "$JAR" extract --destination "$APP" >/dev/null
    APP_JAR=$APP/$(basename "$JAR")
    case $MODE in
      none) TRAIN_FLAGS=() USE_FLAGS=() ;;
      cds) TRAIN_FLAGS=(-XX:ArchiveClassesAtExit="$APP/tandem.jsa") USE_FLAGS=(-XX:SharedArchiveFile="$APP/tandem.jsa") ;;
      aot) TRAIN_FLAGS=(-XX:AOTCacheOutput="$APP/tandem.aot") USE_FLAGS=(-XX:AOTCache="$APP/tandem.aot") ;;
    esac
    # Without an archive, one start migrates the database (and, embedded, unpacks PostgreSQL) before any timing.
    if [[ $MODE == none ]]; then
      start_app "$WORK/first.log" "${JAVA_CMD[@]}" -jar "$APP_JAR"
      wait_ready "$WORK/first.log"
      stop_app
    elif [[ $TRAIN == refresh ]]; then
      log "training run: ${TRAIN_FLAGS[*]} -Dspring.context.exit=onRefresh"
      "${JAVA_CMD[@]}" "${TRAIN_FLAGS[@]}" -Dspring.context.exit=onRefresh -jar "$APP_JAR" "${APP_ARGS[@]}" \
        >"$WORK/training.log" 2>&1 || { tail -30 "$WORK/training.log" >&2; exit 1; }
    else
      log "training run: ${TRAIN_FLAGS[*]}, serving a few requests"
      start_app "$WORK/training.log" "${JAVA_CMD[@]}" "${TRAIN_FLAGS[@]}" -jar "$APP_JAR"
      wait_ready "$WORK/training.log"
      for path in /actuator/health /actuator/info /login /signup /api-docs /v3/api-docs /static/app.css /api/v1/me; do
        curl -s -o /dev/null "$BASE$path" || true
      done
      stop_app
    fi
    RUN=("${JAVA_CMD[@]}" "${USE_FLAGS[@]}" -jar "$APP_JAR")
    ;;
esac
[[ $MODE != aot || -f $APP/tandem.aot ]] || { echo "no AOT cache was written (a JDK 25 or newer?)" >&2; exit 1; }

"$JAVA_BIN" -version 2>&1 | head -1 | sed 's/^/[startup] /' >&2
log "mode $MODE, training $TRAIN, db $DB, $RUNS starts"
READY=() STARTED=()
for i in $(seq 1 "$RUNS"); do
  sleep 2 # the last one's stop settles
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  begin=$(date +%s.%N)
  start_app "$WORK/run-$i.log" "${RUN[@]}"
  wait_ready "$WORK/run-$i.log"
  ready=$(awk -v a="$begin" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
  started=$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$WORK/run-$i.log" | grep -o '[0-9.]* seconds' | cut -d' ' -f1 || echo "?")
  stop_app
  READY+=("$ready") STARTED+=("$started")
  printf 'start %d: ready %s s, Spring %s s, load %s\n' "$i" "$ready" "$started" "$load"
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { printf "%.2f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
printf 'median: ready %s s, Spring %s s (%s, mode %s, training %s, db %s)\n' "$(median "${READY[@]}")" \
  "$(median "${STARTED[@]}")" "$("$JAVA_BIN" -version 2>&1 | head -1)" "$MODE" "$TRAIN" "$DB"

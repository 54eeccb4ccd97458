#!/usr/bin/env bash
# A fresh install's first minute (issue 25): is it as fast as later? Starts the jar on a new, empty PostgreSQL
# database (its statistics say every table is empty), signs up, and creates contacts (C1, bench/lua/c1-create.lua)
# at once for four windows of 15 s, printing for each the requests per second and the CPU milliseconds per request of
# the application and of its PostgreSQL backends (from /proc). Then it analyses the database, as autovacuum will have
# within the hour, and measures one more window: the reference the first minute should match.
# Usage: bench/first-minute.sh [--jar path] [--port 18114] [--name tandem_bench_first_minute] [--connections 8]
set -euo pipefail
PORT=18114 NAME=tandem_bench_first_minute JAR= CONNECTIONS=8
while [[ $# -gt 0 ]]; do
  case "$1" in
    --jar) JAR=$(realpath "$2"); shift ;;
    --port) PORT=$2; shift ;;
    --name) NAME=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    *) echo "Usage: bench/first-minute.sh [--jar path] [--port 18114] [--name db] [--connections 8]" >&2; exit 2 ;;
  esac
  shift
done
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
if [[ -z $JAR ]]; then
  JAR=$(ls target/tandem-*.jar 2>/dev/null | grep -v original | head -1 || true)
  [[ -n $JAR ]] || { ./mvnw -B -q -DskipTests package; JAR=$(ls target/tandem-*.jar | grep -v original | head -1); }
fi
dropdb -h 127.0.0.1 -U postgres --if-exists "$NAME"
createdb -h 127.0.0.1 -U postgres "$NAME"
BASE="http://127.0.0.1:$PORT"
java -Xms256m -Xmx256m -XX:MaxMetaspaceSize=160m -Xss512k -XX:+UseSerialGC -jar "$JAR" --server.port="$PORT" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$NAME" --spring.datasource.username=postgres \
  --spring.datasource.password= --logging.level.root=WARN --tandem.health.decay.enabled=false > /tmp/first-minute-app.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "$BASE/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
SIGNUP=$(curl -sf -H 'Content-Type: application/json' "$BASE/api/v1/auth/signup" \
  -d '{"email":"first.minute@example.test","password":"a long and quiet river","displayName":"First minute","workspaceName":"First minute"}')
export TOKEN=$(sed -E 's/.*"token":"([^"]+)".*/\1/' <<< "$SIGNUP")
export WORKSPACE_ID=$(sed -E 's/.*"workspaceId":"([^"]+)".*/\1/' <<< "$SIGNUP")

HZ=$(getconf CLK_TCK)
app_ticks() { awk '{ print $14 + $15 }' "/proc/$PID/stat"; }
pg_ticks() {
  local ticks=0 p
  for p in $(psql -h 127.0.0.1 -U postgres -d postgres -Atc "select pid from pg_stat_activity where datname = '$NAME'"); do
    [[ -r /proc/$p/stat ]] && ticks=$((ticks + $(awk '{ print $14 + $15 }' "/proc/$p/stat")))
  done
  echo "$ticks"
}
window() { # window LABEL: 15 s of C1, one table row
  local a0 p0 out n a1 p1
  a0=$(app_ticks); p0=$(pg_ticks)
  out=$(wrk -t2 -c"$CONNECTIONS" -d15s -s bench/lua/c1-create.lua "$BASE")
  a1=$(app_ticks); p1=$(pg_ticks)
  n=$(grep -o 'requests=[0-9]*' <<< "$out" | cut -d= -f2)
  awk -v l="$1" -v n="$n" -v a=$((a1 - a0)) -v p=$((p1 - p0)) -v hz="$HZ" -v c="$(psql -h 127.0.0.1 -U postgres -d "$NAME" -Atc 'select count(*) from contacts')" \
    'BEGIN { printf "| %s | %d | %.0f | %.2f | %.2f | %.2f | %d |\n", l, n, n / 15, (a + p) * 1000 / hz / n, a * 1000 / hz / n, p * 1000 / hz / n, c }'
}
echo "First minute of a fresh install, $(git rev-parse --short HEAD), jar $(basename "$JAR"), C1 at -c$CONNECTIONS, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| window | requests | req/s | CPU ms per request: app + PostgreSQL | app | PostgreSQL | contacts after |"
echo "|---|---:|---:|---:|---:|---:|---:|"
window "0–15 s"
window "15–30 s"
window "30–45 s"
window "45–60 s"
psql -h 127.0.0.1 -U postgres -d "$NAME" -qc 'vacuum analyze'
window "after vacuum analyze"

#!/usr/bin/env bash
# The cost of one request (issue 25): CPU milliseconds per request of the application's process and of its
# PostgreSQL backends, each from /proc, for the ceiling (GET /api/v1/me), C1 (create a contact) and L1 (50 contacts
# filtered by a tag), at 8 and 16 connections. The workspace: 10,000 contacts imported through the API, 2,000 of
# them tagged "priority"; then vacuum-analysed, as autovacuum would have it. C1 writes into a workspace of its own.
# Usage: bench/cost.sh [--port 18112] [--name tandem_bench_cost] [--duration 20s] [--warmup 60s]
#   [--connections "8 16"] [--scenarios "me c1 l1"] [--jvm-flags "…"] [--jar another.jar (to compare)]
#   [--jfr DIR (a flight recording of each scenario's measured run at the first connection count; not for the table)]
set -euo pipefail
PORT=18112 NAME=tandem_bench_cost DURATION=20s WARMUP=60s CONNECTIONS="8 16" SCENARIOS="me c1 l1" EXTRA_JVM= JAR= JFR=
while [[ $# -gt 0 ]]; do
  case "$1" in
    --port) PORT=$2; shift ;;
    --name) NAME=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --scenarios) SCENARIOS=$2; shift ;;
    --jvm-flags) EXTRA_JVM=$2; shift ;;
    --jar) JAR=$2; shift ;;
    --jfr) JFR=$(realpath -m "$2"); shift ;;
    *) sed -n '2,8p' "$0" >&2; exit 2 ;;
  esac
  shift
done
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
WORK=bench/work/cost
rm -rf "$WORK"; mkdir -p "$WORK/data" bench/results
BASE=http://127.0.0.1:$PORT
log() { printf '[cost] %s\n' "$*" >&2; }

[[ -n $JAR ]] || JAR=$(ls target/tandem-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [[ -z $JAR ]] || [[ $JAR == target/* && -n $(find src/main pom.xml -newer "$JAR" -type f -print -quit) ]]; then
  log "building the jar"
  ./mvnw -B -q -DskipTests package
  JAR=$(ls target/tandem-*.jar | grep -v original | head -1)
fi

dropdb -h 127.0.0.1 -U postgres --if-exists "$NAME"
createdb -h 127.0.0.1 -U postgres "$NAME"
WORKERS=$(( 2 * $(nproc) ))
# shellcheck disable=SC2086
java -Xms256m -Xmx256m -XX:MaxMetaspaceSize=160m -Xss512k -XX:+UseSerialGC $EXTRA_JVM -jar "$JAR" \
  --server.port="$PORT" --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$NAME" \
  --spring.datasource.username=postgres --spring.datasource.password= --server.tomcat.threads.max=$WORKERS \
  --spring.datasource.hikari.maximum-pool-size=$(( WORKERS + 2 )) --logging.level.root=WARN \
  --spring.servlet.multipart.max-file-size=64MB --spring.servlet.multipart.max-request-size=64MB \
  > "$WORK/app.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -sf "$BASE/actuator/health" >/dev/null; do
  kill -0 "$PID" 2>/dev/null || { tail -30 "$WORK/app.log" >&2; exit 1; }
  sleep 0.5
done

SIGNUP=$(curl -sf -H 'Content-Type: application/json' "$BASE/api/v1/auth/signup" \
  -d "{\"email\":\"cost.$RANDOM@example.test\",\"password\":\"a long and quiet river\",\"displayName\":\"Bench\",\"workspaceName\":\"Bench\"}")
export TOKEN WORKSPACE_ID BENCH_DATA=$WORK/data BENCH_LUA=bench/lua
TOKEN=$(sed -E 's/.*"token":"([^"]+)".*/\1/' <<< "$SIGNUP")
WORKSPACE_ID=$(sed -E 's/.*"workspaceId":"([^"]+)".*/\1/' <<< "$SIGNUP")

# 10,000 people of 2,000 organisations; every fifth tagged "priority", every one with a region tag.
awk 'BEGIN {
  split("Ada Grace Alan Joan Linus Barbara Tim Edsger Donald Margaret Katherine Dennis Ken Niklaus John Frances", given, " ");
  split("Lovelace Hopper Turing Clarke Torvalds Liskov Lee Dijkstra Knuth Hamilton Johnson Ritchie Thompson Wirth Backus Allen", family, " ");
  print "First Name,Last Name,E-mail Address,Company,Job Title,Tags";
  for (i = 1; i <= 10000; i++) {
    g = given[i % 16 + 1]; f = family[int(i / 16) % 16 + 1];
    printf "%s,%s,%s.%s.%d@example.test,Company %d,Partner manager,\"%sregion %d\"\n", g, f, tolower(g), tolower(f), i,
      i % 2000, (i % 5 == 0 ? "priority\n" : ""), i % 20;
  }
}' > "$WORK/contacts.csv"
log "importing 10,000 contacts"
curl -sf -o "$WORK/import.json" -H "Authorization: Bearer $TOKEN" -F "file=@$WORK/contacts.csv" \
  "$BASE/api/v1/workspaces/$WORKSPACE_ID/contacts/import?format=csv"
head -c 200 "$WORK/import.json" >&2; echo >&2
# C1 writes into a workspace of its own, so that L1's stays as defined (10,000 contacts, 2,000 tagged) however many
# contacts C1 adds before L1 is measured.
C1_SIGNUP=$(curl -sf -H 'Content-Type: application/json' "$BASE/api/v1/auth/signup" \
  -d "{\"email\":\"cost.c1.$RANDOM@example.test\",\"password\":\"a long and quiet river\",\"displayName\":\"Bench C1\",\"workspaceName\":\"Bench C1\"}")
C1_TOKEN=$(sed -E 's/.*"token":"([^"]+)".*/\1/' <<< "$C1_SIGNUP")
C1_WORKSPACE_ID=$(sed -E 's/.*"workspaceId":"([^"]+)".*/\1/' <<< "$C1_SIGNUP")
psql -h 127.0.0.1 -U postgres -d "$NAME" -qc 'vacuum analyze' -c checkpoint
sync

declare -A SCRIPT=([me]=me [c1]=c1-create [l1]=l1-list-by-tag)
declare -A WHAT=([me]='`GET /api/v1/me`' [c1]='C1 create a contact' [l1]='L1 50 contacts by tag')
app_ticks() { awk '{ print $14 + $15 }' "/proc/$PID/stat"; }
jit_ticks() { # the CPU ticks of the JIT compiler's threads, part of the app's: a warm-up that has not settled shows here
  local ticks=0 t
  for t in /proc/$PID/task/*; do
    [[ $(cat "$t/comm" 2>/dev/null) == C[12]\ Compiler* ]] && ticks=$((ticks + $(awk '{ print $14 + $15 }' "$t/stat")))
  done
  echo "$ticks"
}
pg_ticks() { # the CPU ticks of every backend of the database
  local ticks=0 p
  for p in $(psql -h 127.0.0.1 -U postgres -d postgres -Atc "select pid from pg_stat_activity where datname = '$NAME'"); do
    [[ -r /proc/$p/stat ]] && ticks=$((ticks + $(awk '{ print $14 + $15 }' "/proc/$p/stat")))
  done
  echo "$ticks"
}
field() { grep -o "$1=[^ ]*" <<<"$2" | cut -d= -f2; }
run() { # run SCENARIO CONNECTIONS DURATION: wrk on the scenario's workspace
  if [[ $1 == c1 ]]; then
    TOKEN=$C1_TOKEN WORKSPACE_ID=$C1_WORKSPACE_ID wrk -t2 -c"$2" -d"$3" -s "bench/lua/${SCRIPT[$1]}.lua" "$BASE"
  else
    wrk -t2 -c"$2" -d"$3" -s "bench/lua/${SCRIPT[$1]}.lua" "$BASE"
  fi
}

log "warming up: each scenario for $WARMUP"
for s in $SCENARIOS; do run "$s" 8 "$WARMUP" >/dev/null; done

HZ=$(getconf CLK_TCK)
ROWS=()
for c in $CONNECTIONS; do
  for s in $SCENARIOS; do
    [[ -z $JFR || $c != "${CONNECTIONS%% *}" ]] || { mkdir -p "$JFR"; jcmd "$PID" JFR.start name="$s" settings=profile >/dev/null; }
    a0=$(app_ticks); p0=$(pg_ticks); j0=$(jit_ticks)
    out=$(run "$s" "$c" "$DURATION" | grep '^BENCH')
    a1=$(app_ticks); p1=$(pg_ticks); j1=$(jit_ticks)
    [[ -z $JFR || $c != "${CONNECTIONS%% *}" ]] || jcmd "$PID" JFR.stop name="$s" filename="$JFR/$s.jfr" >/dev/null
    req=$(field requests "$out")
    row=$(awk -v a=$((a1 - a0)) -v p=$((p1 - p0)) -v j=$((j1 - j0)) -v n="$req" -v hz="$HZ" -v rps="$(field rps "$out")" \
      -v p50="$(field p50_us "$out")" -v p99="$(field p99_us "$out")" \
      -v err=$(( $(field non2xx "$out") + $(field socket_errors "$out") )) \
      'BEGIN { printf "%.0f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %d", rps, p50 / 1000, p99 / 1000,
        (a + p) * 1000 / hz / n, a * 1000 / hz / n, j * 1000 / hz / n, p * 1000 / hz / n, err }')
    ROWS+=("| ${WHAT[$s]} | $c | $row |")
    log "${WHAT[$s]} -c$c: $row"
  done
done

{
  echo "Cost per request on PostgreSQL, $(git rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores,"
  echo "load average before $(cut -d' ' -f1-3 /proc/loadavg), wrk -t2 for $DURATION after a warm-up of $WARMUP per scenario"
  echo
  echo '| scenario | connections | req/s | p50 ms | p99 ms | CPU ms per request: app + PostgreSQL | app | of which JIT | PostgreSQL | errors |'
  echo '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|'
  printf '%s\n' "${ROWS[@]}"
} | tee "$WORK/result.md"
cp "$WORK/result.md" bench/results/cost-postgres.md

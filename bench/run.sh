#!/usr/bin/env bash
# Tandem's benchmarks (issue 6), in one command: builds the jar if needed, makes a fresh database,
# generates a workspace of the chosen scale, starts the jar with the recommended JVM flags, warms up,
# runs every load scenario with wrk, and writes the results table to bench/results/<db>-<scale>.md.
# See bench/README.md.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: bench/run.sh [--db h2|postgres] [--scale S|M|L] [--duration 20s] [--rounds 3] [--connections 16]
                    [--threads 2] [--warmup 20s] [--quick] [--no-generate] [--port 18080] [--jvm-flags "..."]
                    [--workers N] [--h2-write-delay MS] [--sse N]
  --rounds N      each scenario runs N times for --duration; the round with the median p99 is reported
  --quick         a smoke run: one round of 5 s per scenario after a 3 s warm-up (numbers are not results)
  --no-generate   reuse the database and files of the last run of this db and scale
  --workers N     request threads (default: twice the cores), with a connection pool of N + 2
  --h2-write-delay MS  run H2 with this write delay instead of writing each commit at once (to measure the
                  cost of durability: H2's own default is 500)
  --sse N         last, N live streams of a shared space (bench/SseBench.java) while MIX runs: delivery latency
                  from post to client, the node's RSS, and what MIX does meanwhile
Needs: wrk (apt-get install -y wrk), curl; for postgres a local server on 127.0.0.1:5432 (user postgres).
EOF
}

DB=h2 SCALE=S DURATION=20s ROUNDS=3 CONNECTIONS=16 THREADS=2 WARMUP=20s QUICK=false GENERATE=true PORT=18080
H2_WRITE_DELAY="" SSE=0
# Recommended for a node serving a big portfolio within 512 MB of RSS (see bench/README.md). No cap on the
# code cache: at 64 MB its sweeper discarded thousands of compiled methods a minute and C2 took a core.
JVM_FLAGS="-Xms256m -Xmx256m -XX:MaxMetaspaceSize=160m -Xss512k -XX:+UseSerialGC"
# Twice the cores, as the README recommends: more request threads than that only wait for the CPU and the pool.
WORKERS=$(( 2 * $(nproc) ))
while [[ $# -gt 0 ]]; do
  case "$1" in
    --db) DB=$2; shift ;;
    --scale) SCALE=${2^^}; shift ;;
    --duration) DURATION=$2; shift ;;
    --rounds) ROUNDS=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --threads) THREADS=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --quick) QUICK=true ;;
    --no-generate) GENERATE=false ;;
    --port) PORT=$2; shift ;;
    --jvm-flags) JVM_FLAGS=$2; shift ;;
    --workers) WORKERS=$2; shift ;;
    --h2-write-delay) H2_WRITE_DELAY=$2; shift ;;
    --sse) SSE=$2; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
  shift
done
if [[ $QUICK == true ]]; then DURATION=5s ROUNDS=1 WARMUP=3s; fi
[[ $DB == h2 || $DB == postgres ]] || { echo "--db is h2 or postgres" >&2; exit 2; }
[[ $SCALE == S || $SCALE == M || $SCALE == L ]] || { echo "--scale is S, M or L" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
WORK=bench/work/$DB-$SCALE
DATA=$WORK/data
RESULTS=bench/results/$DB-$SCALE.md
BASE=http://127.0.0.1:$PORT
mkdir -p "$WORK" bench/results
# Taken first: the load of whatever else runs here, before this script adds its own.
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log() { printf '[bench] %s\n' "$*" >&2; }
seconds_since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }

# 1. The jar, built when missing or older than the sources.
JAR=$(ls target/tandem-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [[ -z $JAR || -n $(find src/main pom.xml -newer "$JAR" -type f -print -quit) ]]; then
  log "building the jar"
  ./mvnw -B -q -DskipTests package
  JAR=$(ls target/tandem-*.jar | grep -v original | head -1)
fi

# 2. A fresh database.
case $DB in
  h2)
    DB_URL="jdbc:h2:file:$ROOT/$WORK/db/tandem;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
    DB_USER=sa ;;
  postgres)
    DB_NAME=tandem_bench_${SCALE,,}
    DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB_NAME
    DB_USER=postgres
    if ! pg_isready -q -h 127.0.0.1 -p 5432; then
      log "starting PostgreSQL"
      pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
    fi ;;
esac
[[ -n $H2_WRITE_DELAY ]] && DB_URL="$DB_URL;WRITE_DELAY=$H2_WRITE_DELAY"
DB_ARGS="--spring.datasource.url=$DB_URL --spring.datasource.username=$DB_USER --spring.datasource.password="
APP_ARGS="--server.tomcat.threads.max=$WORKERS --spring.datasource.hikari.maximum-pool-size=$(( WORKERS + 2 ))"

# 3. The workspace.
GENERATED=""
if [[ $GENERATE == true ]]; then
  if [[ $DB == h2 ]]; then
    rm -rf "$WORK/db"
  else
    dropdb -h 127.0.0.1 -U postgres --if-exists "$DB_NAME"
    createdb -h 127.0.0.1 -U postgres "$DB_NAME"
  fi
  log "generating scale $SCALE on $DB"
  started=$(date +%s.%N)
  GEN_ARGS=$DB_ARGS
  if [[ $DB == h2 ]]; then
    # H2 keeps the pages it writes in its cache; random keys over millions of rows need a big one to load
    # (the generator puts the default back: H2 keeps the setting in the file).
    GEN_ARGS="--spring.datasource.url=$DB_URL;CACHE_SIZE=2097152 --spring.datasource.username=$DB_USER --spring.datasource.password="
    export MAVEN_OPTS="${MAVEN_OPTS:-} -Xmx4g"
  fi
  ./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.tandem.bench.BenchGenerator \
    -Dexec.args="--scale $SCALE --out $DATA $GEN_ARGS --logging.level.root=WARN" | tee "$WORK/generate.log"
  GENERATED="$(grep -o 'generation [0-9,]* ms' "$WORK/generate.log" || true) ($(seconds_since "$started") s with Maven and the application's start)"
fi
[[ -f $DATA/workspace.env ]] || { echo "no generated workspace in $DATA: run without --no-generate" >&2; exit 1; }

# The machine settles: what the load wrote goes to disk now, not while a scenario runs (at L the kernel was
# still writing back gigabytes, and every scenario's p99 showed it). Then how busy the machine is without us.
[[ $DB == postgres ]] && psql -h 127.0.0.1 -U postgres -d "$DB_NAME" -qc checkpoint
sync
cpu_busy() { # share of all cores busy over 3 s, from /proc/stat
  local a b
  a=$(awk '/^cpu / { print $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9, $5 + $6 }' /proc/stat); sleep 3
  b=$(awk '/^cpu / { print $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9, $5 + $6 }' /proc/stat)
  awk -v a="$a" -v b="$b" 'BEGIN { split(a, x, " "); split(b, y, " "); t = y[1] - x[1]; printf "%.0f", 100 * (t - (y[2] - x[2])) / t }'
}
BUSY=$(cpu_busy)
(( BUSY > 10 )) && log "warning: the machine is already $BUSY% busy; numbers taken now are not results"
# shellcheck disable=SC1091
source "$DATA/workspace.env"
export WORKSPACE_ID TOKEN BENCH_DATA=$DATA BENCH_LUA=bench/lua

# 4. The application, as the README recommends deploying it: the jar extracted, with a class-data-sharing
# archive made by a training run (Spring Boot's recipe: it starts in about two thirds of the time).
# shellcheck disable=SC2086
start_app() { # <log> <java options…>: starts the application in the background, sets APP_PID
  local out=$1; shift
  java $JVM_FLAGS "$@" --server.port=$PORT $DB_ARGS $APP_ARGS >"$out" 2>&1 &
  APP_PID=$!
}
wait_ready() {
  until curl -sf "$BASE/actuator/health" >/dev/null; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app.log" >&2; exit 1; }
    sleep 0.1
  done
}
APP=$WORK/app
rm -rf "$APP"
java -Djarmode=tools -jar "$JAR" extract --destination "$APP" >/dev/null
APP_JAR=$APP/$(basename "$JAR")
# shellcheck disable=SC2086
java $JVM_FLAGS -XX:ArchiveClassesAtExit="$APP/tandem.jsa" -Dspring.context.exit=onRefresh -jar "$APP_JAR" \
  --server.port=$PORT $DB_ARGS >"$WORK/cds-training.log" 2>&1 || { tail -30 "$WORK/cds-training.log" >&2; exit 1; }

log "starting the jar without the archive, to time a cold start"
started=$(date +%s.%N)
start_app "$WORK/app-cold.log" -jar "$JAR"
wait_ready
COLD=$(seconds_since "$started")
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true

log "starting the jar: java $JVM_FLAGS -XX:SharedArchiveFile=…"
started=$(date +%s.%N)
start_app "$WORK/app.log" -Xlog:gc:file="$WORK/gc.log" -XX:SharedArchiveFile="$APP/tandem.jsa" -jar "$APP_JAR"
trap 'kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true' EXIT
wait_ready
READY=$(seconds_since "$started")
STARTED=$(grep -o 'Started TandemApplication in [0-9.]* seconds' "$WORK/app.log" | grep -o '[0-9.]* seconds' || echo "?")
log "ready after $READY s (Spring: $STARTED); without the archive $COLD s"

R1_STATUS=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
  "$BASE/api/v1/workspaces/$WORKSPACE_ID/health?sort=risk&limit=50")
if [[ $R1_STATUS == 200 ]]; then export BENCH_R1=on; else export BENCH_R1=off; fi

# Warm-up: every scenario, until the JIT has compiled what they run. On two cores C2 needs minutes of CPU
# for this application, and a scenario measured while it compiles shows the compiler, not Tandem.
compiled() { jstat -compiler "$APP_PID" | awk 'NR == 2 { print $1 }'; }
log "warming up: each scenario for $WARMUP, then until the JIT settles"
started=$(date +%s.%N)
for script in me r1-portfolio r2-partnership r3-search w1-meeting w2-deliver mix; do
  [[ $script == r1-portfolio && $R1_STATUS != 200 ]] && continue
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "bench/lua/$script.lua" "$BASE" >/dev/null
done
for _ in 1 2 3 4 5 6; do
  before=$(compiled)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -s bench/lua/mix.lua "$BASE" >/dev/null
  LAST_ROUND=$(( $(compiled) - before ))
  (( LAST_ROUND < 50 )) && break
done
WARMED="$(seconds_since "$started") s, $(compiled) methods compiled, $LAST_ROUND in the last 10 s"
GC_FROM=$(wc -l <"$WORK/gc.log")
db_size() { if [[ $DB == h2 ]]; then du -m "$WORK/db/tandem.mv.db" | cut -f1; else
  psql -h 127.0.0.1 -U postgres -d "$DB_NAME" -qAtc "select pg_database_size(current_database()) / 1048576"; fi; }
DB_SIZE_FROM=$(db_size)
log "warm: $WARMED"

# 5. The scenarios, each sampled for RSS (peak, from /proc/<pid>/status) and CPU (from /proc/<pid>/stat).
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$APP_PID/stat"; }
field() { grep -o "$1=[^ ]*" <<<"$2" | cut -d= -f2; }
ROWS=()
CEILING=""
run() { # name, script, what it does
  local name=$1 script=$2 what=$3
  log "$name: $what"
  local peak_file=$WORK/$name.rss
  echo 0 >"$peak_file"
  ( peak=0; while kill -0 "$APP_PID" 2>/dev/null; do
      rss=$(awk '/VmRSS/ { print $2 }' "/proc/$APP_PID/status")
      (( rss > peak )) && peak=$rss && echo "$peak" >"$peak_file"
      sleep 0.5
    done ) &
  local sampler=$! cpu0 t0 round lines=()
  cpu0=$(cpu_ticks); t0=$(date +%s.%N)
  for ((round = 1; round <= ROUNDS; round++)); do
    lines+=("$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s "bench/lua/$script" "$BASE" \
      | tee "$WORK/$name.$round.wrk.txt" | grep '^BENCH ')")
  done
  local cpu1 elapsed
  cpu1=$(cpu_ticks); elapsed=$(seconds_since "$t0")
  kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
  # The round with the median p99 stands for the scenario; the others' p99 show how far a round can stray.
  local line rps p50 p99 p99s errors=0 requests=0 last="" rss cpu ratio
  line=$(printf '%s\n' "${lines[@]}" | awk '{ for (i = 2; i <= NF; i++) if ($i ~ /^p99_us=/) print substr($i, 8), $0 }' \
    | sort -n | awk -v m=$(( (ROUNDS + 1) / 2 )) 'NR == m { sub(/^[0-9]+ /, ""); print }')
  p99s=$(printf '%s\n' "${lines[@]}" | grep -o 'p99_us=[0-9]*' | cut -d= -f2 \
    | awk '{ printf "%s%.0f", (NR > 1 ? ", " : ""), $1 / 1000 }')
  for l in "${lines[@]}"; do
    errors=$(( errors + $(field non2xx "$l") + $(field socket_errors "$l") ))
    requests=$(( requests + $(field requests "$l") ))
    [[ -n $(field last_error "$l") ]] && last=$(field last_error "$l")
  done
  rps=$(field rps "$line")
  p50=$(awk -v u="$(field p50_us "$line")" 'BEGIN { printf "%.2f", u / 1000 }')
  p99=$(awk -v u="$(field p99_us "$line")" 'BEGIN { printf "%.2f", u / 1000 }')
  if (( errors > 0 )); then errors="$errors of $requests (last HTTP $last)"; fi
  rss=$(awk -v k="$(cat "$peak_file")" 'BEGIN { printf "%.0f", k / 1024 }')
  cpu=$(awk -v d="$((cpu1 - cpu0))" -v hz="$(getconf CLK_TCK)" -v s="$elapsed" 'BEGIN { printf "%.0f", d / hz / s * 100 }')
  [[ -z $CEILING ]] && CEILING=$rps
  ratio=$(awk -v r="$rps" -v c="$CEILING" 'BEGIN { printf "%.2f", r / c }')
  ROWS+=("| $name | $what | $(printf '%.0f' "$rps") | $p50 | $p99 | $p99s | $errors | $rss | $cpu | $ratio |")
}

run ceiling me.lua "GET /api/v1/me"
if [[ $R1_STATUS == 200 ]]; then
  run R1 r1-portfolio.lua "portfolio dashboard, top 50 by risk"
else
  ROWS+=("| R1 | portfolio dashboard, top 50 by risk | – | – | – | not run: HTTP $R1_STATUS (the health module has not landed) | – | – | – |")
fi
run R2 r2-partnership.lua "a partnership, then its first timeline page"
run R3 r3-search.lua "contact search by a name prefix, first 20"
run W1 w1-meeting.lua "hold a meeting: plan, attendance, held (3 requests)"
run W2 w2-deliver.lua "deliver a commitment"
run MIX mix.lua "80% reads, 20% writes"

# 5b. Live streams under load: MIX runs all the while SseBench opens its streams, posts and counts deliveries.
SSE_LINES=""
if (( SSE > 0 )); then
  log "MIX with $SSE live streams of one shared space"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d60s --timeout 10s --latency -s bench/lua/mix.lua "$BASE" >"$WORK/mix-sse.wrk.txt" &
  WRK_PID=$!
  sleep 2
  SSE_LINES=$(java bench/SseBench.java "$BASE" "$APP_PID" "$SSE" 60 250 | tee "$WORK/sse.txt")
  wait "$WRK_PID"
  SSE_MIX=$(grep '^BENCH ' "$WORK/mix-sse.wrk.txt")
  SSE_LINES="$SSE_LINES
MIX meanwhile (60 s): $(printf '%.0f' "$(field rps "$SSE_MIX")") req/s, p50 $(awk -v u="$(field p50_us "$SSE_MIX")" 'BEGIN { printf "%.2f", u / 1000 }') ms, p99 $(awk -v u="$(field p99_us "$SSE_MIX")" 'BEGIN { printf "%.2f", u / 1000 }') ms, $(( $(field non2xx "$SSE_MIX") + $(field socket_errors "$SSE_MIX") )) errors"
fi

# 6. The table, with the collector's pauses while measuring (from -Xlog:gc).
GC=$(tail -n +"$((GC_FROM + 1))" "$WORK/gc.log" | awk '
  /Pause Young/ { y++; t = $NF + 0; if (t > ymax) ymax = t }
  /Pause Full/ { f++; t = $NF + 0; if (t > fmax) fmax = t }
  END { printf "%d young pauses (longest %.0f ms), %d full (longest %.0f ms)", y, ymax, f, fmax }')
PARTNERSHIPS_LINE=$(grep -o 'Generated [0-9,]* partnerships ([0-9,]* rows)' "$WORK/generate.log" 2>/dev/null || echo "")
{
  echo "# Tandem benchmark: $DB, scale $SCALE"
  echo
  [[ $QUICK == true ]] && echo "**Quick (smoke) run: $DURATION per scenario. These numbers show that the scenarios work, not how fast Tandem is.**" && echo
  echo "- When: $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD)$(git diff --quiet -- . ':!bench/results' || echo ' (with local changes)')"
  echo "- Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), load average before the run $LOAD_BEFORE, CPU $BUSY% busy before the application started; wrk runs on the same machine"
  echo "- Java: $(java -version 2>&1 | head -1); flags: \`$JVM_FLAGS\`; \`$APP_ARGS\`"
  [[ -n $H2_WRITE_DELAY ]] && echo "- H2 with WRITE_DELAY=$H2_WRITE_DELAY: commits reach the file up to $H2_WRITE_DELAY ms late (not durable)"
  echo "- Data: ${PARTNERSHIPS_LINE:-see $WORK/generate.log}; generated in ${GENERATED:-an earlier run}"
  echo "- Start-up: ready after $READY s with the class-data-sharing archive (Spring reports \"Started in $STARTED\"), $COLD s without it"
  echo "- Load: wrk, $THREADS threads, $CONNECTIONS connections, each scenario $ROUNDS times for $DURATION (the row is the round with the median p99) after a warm-up of every scenario for $WARMUP, then MIX in 10 s rounds until the JIT compiled fewer than 50 methods in one, six at most ($WARMED)"
  echo "- Garbage collection while measuring: $GC"
  echo "- Database size: $DB_SIZE_FROM MB before the scenarios, $(db_size) MB after"
  echo
  echo "| scenario | what | req/s | p50 ms | p99 ms | p99 of each round, ms | errors (non-2xx + socket) | RSS MB (peak) | CPU % (100 = one core) | × ceiling |"
  echo "|---|---|---:|---:|---:|---:|---|---:|---:|---:|"
  printf '%s\n' "${ROWS[@]}"
  if [[ -n $SSE_LINES ]]; then
    echo
    echo "## $SSE live streams of one shared space while MIX runs"
    echo
    printf '%s\n' "$SSE_LINES" | sed 's/^/- /'
  fi
} >"$RESULTS"
echo
cat "$RESULTS"

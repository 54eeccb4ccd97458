#!/usr/bin/env bash
# Imports are bounded, atomic and fast (issue 17): generates a file of N contacts (CSV or vCard), starts the jar
# with the recommended JVM flags (512 MB RSS budget), imports the file through the API into a fresh workspace, then
# imports it again (every row recognised: updates, no new contact), sampling the process's RSS from /proc every
# 100 ms. Target: 50,000 contacts on PostgreSQL in at most 30 s with RSS at most 512 MB.
# Usage: bench/import.sh [--db postgres|h2] [--rows 50000] [--format csv|vcard] [--port 18183] [--name tandem_bench_import]
#   [--jvm-flags "…"] (extra JVM flags, e.g. a flight recording) [--jar path] (another build, e.g. to compare before/after)
set -euo pipefail
DB=postgres ROWS=50000 FORMAT=csv PORT=18183 NAME=tandem_bench_import EXTRA_JVM= JAR=
while [[ $# -gt 0 ]]; do
  case "$1" in
    --db) DB=$2; shift ;;
    --rows) ROWS=$2; shift ;;
    --format) FORMAT=$2; shift ;;
    --port) PORT=$2; shift ;;
    --name) NAME=$2; shift ;;
    --jvm-flags) EXTRA_JVM=$2; shift ;;
    --jar) JAR=$(realpath "$2"); shift ;;
    *) echo "Usage: bench/import.sh [--db postgres|h2] [--rows 50000] [--format csv|vcard] [--port 18183] [--name db] [--jvm-flags flags]" >&2; exit 2 ;;
  esac
  shift
done
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
WORK=bench/work/import-$DB-$FORMAT
rm -rf "$WORK"; mkdir -p "$WORK"

if [[ -n $JAR ]]; then
  :
elif JAR=$(ls target/tandem-*.jar 2>/dev/null | grep -v original | head -1 || true);
  [[ -z $JAR || -n $(find src/main pom.xml -newer "$JAR" -type f -print -quit) ]]; then
  ./mvnw -B -q -DskipTests package
  JAR=$(ls target/tandem-*.jar | grep -v original | head -1)
fi

case $DB in
  postgres)
    dropdb -h 127.0.0.1 -U postgres --if-exists "$NAME"
    createdb -h 127.0.0.1 -U postgres "$NAME"
    DB_ARGS=(--spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$NAME${PG_URL_OPTIONS:-}" --spring.datasource.username=postgres
      --spring.datasource.password=) ;;
  h2)
    DB_ARGS=(--spring.datasource.url="jdbc:h2:file:$ROOT/$WORK/db/tandem;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
      --spring.datasource.username=sa) ;;
  *) echo "--db is postgres or h2" >&2; exit 2 ;;
esac

# The file: people of 2,000 organisations, each with an email, a phone, a title, a LinkedIn address and two tags.
FILE=$WORK/contacts.$([[ $FORMAT == vcard ]] && echo vcf || echo csv)
awk -v rows="$ROWS" -v format="$FORMAT" 'BEGIN {
  split("Ada Grace Alan Joan Linus Barbara Tim Edsger Donald Margaret Katherine Dennis Ken Niklaus John Frances", given, " ");
  split("Lovelace Hopper Turing Clarke Torvalds Liskov Lee Dijkstra Knuth Hamilton Johnson Ritchie Thompson Wirth Backus Allen", family, " ");
  if (format == "csv") print "First Name,Last Name,E-mail Address,Mobile Phone,Company,Job Title,LinkedIn,Tags";
  for (i = 1; i <= rows; i++) {
    g = given[i % 16 + 1]; f = family[int(i / 16) % 16 + 1]; org = "Company " (i % 2000);
    email = tolower(g) "." tolower(f) "." i "@example.test"; phone = "+39 02 " (1000000 + i);
    url = "https://www.linkedin.com/in/" tolower(g) "-" tolower(f) "-" i;
    if (format == "csv") {
      printf "%s,%s,%s,%s,%s,Partner manager,%s,\"partner\nregion %d\"\n", g, f, email, phone, org, url, i % 20;
    } else {
      printf "BEGIN:VCARD\r\nVERSION:3.0\r\nN:%s;%s;;;\r\nFN:%s %s\r\nEMAIL;TYPE=INTERNET:%s\r\nTEL;TYPE=CELL:%s\r\nORG:%s\r\nTITLE:Partner manager\r\nURL:%s\r\nCATEGORIES:partner,region %d\r\nEND:VCARD\r\n", f, g, g, f, email, phone, org, url, i % 20;
    }
  }
}' > "$FILE"
echo "import on $DB ($(git rev-parse --short HEAD)): $ROWS contacts as $FORMAT, $(du -h "$FILE" | cut -f1)" >&2

java -Xms256m -Xmx256m -XX:MaxMetaspaceSize=160m -Xss512k -XX:+UseSerialGC $EXTRA_JVM -jar "$JAR" --server.port="$PORT" \
  "${DB_ARGS[@]}" --tandem.import.max-rows="$ROWS" --spring.servlet.multipart.max-file-size=64MB \
  --spring.servlet.multipart.max-request-size=64MB --logging.level.root=WARN --tandem.health.decay.enabled=false \
  > "$WORK/app.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; kill $SAMPLER 2>/dev/null || true' EXIT
SAMPLER=
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health" > /dev/null 2>&1 && break
  sleep 1
done

SIGNUP=$(curl -sf -H 'Content-Type: application/json' "http://127.0.0.1:$PORT/api/v1/auth/signup" \
  -d "{\"email\":\"bench.$RANDOM@example.test\",\"password\":\"a long and quiet river\",\"displayName\":\"Bench\",\"workspaceName\":\"Bench\"}")
TOKEN=$(sed -E 's/.*"token":"([^"]+)".*/\1/' <<< "$SIGNUP")
WS=$(sed -E 's/.*"workspaceId":"([^"]+)".*/\1/' <<< "$SIGNUP")

# CPU seconds (user + system) of the application and of its PostgreSQL backends, from /proc.
cpu_app() { awk '{printf "%.2f", ($14 + $15) / 100}' "/proc/$PID/stat"; }
cpu_pg() {
  [[ $DB == postgres ]] || { echo 0; return; }
  local ticks=0
  for p in $(psql -h 127.0.0.1 -U postgres -d postgres -Atc "select pid from pg_stat_activity where datname = '$NAME'"); do
    [[ -r /proc/$p/stat ]] && ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$p/stat")))
  done
  awk -v t="$ticks" 'BEGIN {printf "%.2f", t / 100}'
}
rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$PID/status"; }
# Written whole and then renamed: the sampler is killed at the end of a run, maybe in the middle of a write.
sample() {
  local peak=0
  while kill -0 "$PID" 2>/dev/null; do
    r=$(rss_kb); (( ${r:-0} > peak )) && peak=$r && echo "$peak" > "$WORK/peak.new" && mv "$WORK/peak.new" "$WORK/peak"
    sleep 0.1
  done
}

run() {
  echo 0 > "$WORK/peak"
  local before; before=$(rss_kb)
  sample & SAMPLER=$!
  local start end app0 pg0
  app0=$(cpu_app); pg0=$(cpu_pg)
  start=$(date +%s.%N)
  curl -sS -o "$WORK/$1.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
    -F "file=@$FILE" "http://127.0.0.1:$PORT/api/v1/workspaces/$WS/contacts/import?format=$FORMAT" > "$WORK/$1.status"
  end=$(date +%s.%N)
  kill $SAMPLER; wait $SAMPLER 2>/dev/null || true
  printf '| %s | %s | %.1f s | %.1f s | %.1f s | %d MB | %d MB | %s |\n' "$1" "$(cat "$WORK/$1.status")" \
    "$(echo "$end - $start" | bc)" "$(echo "$(cpu_app) - $app0" | bc)" "$(echo "$(cpu_pg) - $pg0" | bc)" \
    $((${before:-0} / 1024)) $(($(cat "$WORK/peak" 2>/dev/null || echo 0) / 1024)) "$(head -c 120 "$WORK/$1.json")"
}

{
  echo "Import of $ROWS contacts ($FORMAT, $(du -h "$FILE" | cut -f1)) on $DB, $(git rev-parse --short HEAD), $(nproc) cores, JVM -Xmx256m SerialGC, jar $(basename "$JAR"), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo '| run | status | time | app CPU | PostgreSQL CPU | RSS before | peak RSS | result |'
  echo '|---|---|---|---|---|---|---|---|'
  run first
  run again
} | tee "$WORK/result.md"
mkdir -p bench/results
cp "$WORK/result.md" "bench/results/import-$DB-$FORMAT.md"

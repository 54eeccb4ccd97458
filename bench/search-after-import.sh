#!/usr/bin/env bash
# Contact search on the database bench/import.sh left (50,000 imported contacts): starts JAR on it and times each
# query with wrk (1 thread, 2 connections, 8 s after 3 s of warm-up), printing a Markdown table.
# Usage: bench/search-after-import.sh DATABASE JAR [PORT]   (e.g. tandem_bench_import target/tandem-*.jar 18183)
set -euo pipefail
DB=$1 JAR=$2 PORT=${3:-18183} LOG=$(mktemp)
java -Xms256m -Xmx256m -XX:MaxMetaspaceSize=160m -Xss512k -XX:+UseSerialGC -jar "$JAR" --server.port=$PORT \
  --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$DB --spring.datasource.username=postgres --spring.datasource.password= \
  --logging.level.root=WARN --tandem.health.decay.enabled=false --server.tomcat.threads.max=4 --spring.datasource.hikari.maximum-pool-size=6 > "$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
EMAIL=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "select email from users limit 1")
LOGIN=$(curl -sf -H 'Content-Type: application/json' "http://127.0.0.1:$PORT/api/v1/auth/login" -d "{\"email\":\"$EMAIL\",\"password\":\"a long and quiet river\"}")
TOKEN=$(sed -E 's/.*"token":"([^"]+)".*/\1/' <<< "$LOGIN")
WS=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "select workspace_id from contacts limit 1")
BASE="http://127.0.0.1:$PORT/api/v1/workspaces/$WS/contacts?limit=20&q="
QUERIES=("a" "lo" "lov" "lovela" "lovelace" "ada%20lovelace" "ada.lovelace.1" "e" "exa" "example" "partner" "partner%20lovelace" "company" "company%205" "region%2012" "5" "12345" "1")
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
curl -s -o /dev/null -w '%{http_code}\n' -H "Authorization: Bearer $TOKEN" "${BASE}a"
for q in "${QUERIES[@]}"; do wrk -t1 -c2 -d3s -H "Authorization: Bearer $TOKEN" "$BASE$q" >/dev/null; done
echo "| query | found (first page) | req/s | p50 ms | p99 ms |"
echo "|---|---:|---:|---:|---:|"
for q in "${QUERIES[@]}"; do
  n=$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE$q" | grep -o '"displayName"' | wc -l)
  out=$(wrk -t1 -c2 -d8s --latency -H "Authorization: Bearer $TOKEN" "$BASE$q")
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
  p50=$(awk '$1 == "50%" {print $2}' <<< "$out"); p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<< "$out")
  echo "| ${q//%20/ } | $n | $rps | $p50 | $p99 |${non2xx:+ non-2xx $non2xx}"
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

#!/bin/bash
# Times a pulse round's results (page and API) with 1,000 answers on PostgreSQL: PulseResultsTests writes the round,
# checks every number, then measures 500 requests of each after 1,000 of warm-up, in the test's JVM (MockMvc: the
# application's work without the network). Prints the figures and leaves them in target/pulse-results-bench-*.txt.
# Usage: bench/pulse-results.sh [database]   (default tandem_bench_pulse, created if missing, on 127.0.0.1:5432)
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:-tandem_bench_pulse}"
createdb -h 127.0.0.1 -U postgres "$db" 2>/dev/null || true
export TANDEM_TEST_PG_URL="jdbc:postgresql://127.0.0.1:5432/$db" TANDEM_TEST_PG_USER=postgres TANDEM_TEST_PG_PASSWORD=
export TANDEM_BENCH_PULSE=true
./mvnw -B -o -q test -Dtest=PulseResultsTests -Dsurefire.failIfNoSpecifiedTests=false
cat target/pulse-results-bench-*.txt

#!/usr/bin/env bash
# The benchmarks of the README's Performance section, one after the other (over an hour on two cores,
# most of it generating L), then the summary tables. Options go to each run.sh. H2 stops at M: generating
# L on H2 takes hours (see bench/README.md); run it alone with bench/run.sh --db h2 --scale L.
set -euo pipefail
cd "$(dirname "$0")/.."
for run in "postgres S" "postgres M" "postgres L" "h2 S" "h2 M"; do
  read -r db scale <<<"$run"
  bench/run.sh --db "$db" --scale "$scale" "$@"
done
bench/summary.sh

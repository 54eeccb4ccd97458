#!/usr/bin/env bash
# The benchmarks of the README's Performance section, one after the other (about an hour and a half on
# two cores), then the summary tables. Options go to each run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
for run in "postgres S" "postgres M" "postgres L" "h2 S" "h2 M" "h2 L"; do
  read -r db scale <<<"$run"
  bench/run.sh --db "$db" --scale "$scale" "$@"
done
bench/summary.sh

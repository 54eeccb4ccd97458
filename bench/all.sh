#!/usr/bin/env bash
# Every benchmark of the README's Performance section, one after the other (about an hour and a half on
# two cores, most of it generating scale L), then the summary tables. Options go to each run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
for db in postgres h2; do
  for scale in S M L; do
    bench/run.sh --db "$db" --scale "$scale" "$@"
  done
done
bench/summary.sh

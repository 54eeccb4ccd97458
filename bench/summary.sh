#!/usr/bin/env bash
# Prints the results in bench/results as the README's Performance section shows them: one table of
# throughput (req/s, and the reads as a share of the ceiling's), one of latency (p50 / p99 ms), then the
# errors, peak RSS, start-up and generation time of each run, and its commit.
set -euo pipefail
cd "$(dirname "$0")/results"

runs=()
for db in postgres h2; do
  for scale in S M L; do
    [[ -f $db-$scale.md ]] && runs+=("$db-$scale.md")
  done
done

table() { # what: rps | latency | run
  awk -F'|' -v what="$1" '
    FNR == 1 { n++; db[n] = FILENAME ~ /^h2/ ? "H2" : "PostgreSQL"; scale[n] = substr(FILENAME, length(FILENAME) - 3, 1) }
    /^- When:/ { match($0, /commit [0-9a-f]+/); commit[n] = substr($0, RSTART + 7, RLENGTH - 7) }
    /^- Start-up: ready after/ { match($0, /after [0-9.]+ s/); startup[n] = substr($0, RSTART + 6, RLENGTH - 8) " s" }
    /^- Data:/ {
      if (match($0, /generation [0-9,]+ ms/)) { ms = substr($0, RSTART + 11, RLENGTH - 14); gsub(",", "", ms); gen[n] = sprintf("%.0f s", ms / 1000) }
      else gen[n] = "–"
    }
    /^\*\*Quick/ { scale[n] = scale[n] " (quick)" }
    /^\| (ceiling|R1|R2|R3|W1|W2|MIX) \|/ {
      name = $2; gsub(/ /, "", name)
      for (i = 4; i <= 11; i++) gsub(/^ +| +$/, "", $i)
      rps[n, name] = $4 (name ~ /^R/ ? " (" $11 "×)" : "")
      lat[n, name] = $5 " / " $6
      if ($8 != "0") errors[n] = errors[n] (errors[n] == "" ? "" : "; ") name ": " $8
      if ($9 + 0 > peak[n]) peak[n] = $9 + 0
    }
    END {
      split("ceiling R1 R2 R3 W1 W2 MIX", names, " ")
      if (what == "run") {
        print "| database | scale | errors | peak RSS | start-up | generated in | commit |"
        print "|---|---|---|---:|---:|---:|---|"
        for (r = 1; r <= n; r++)
          printf "| %s | %s | %s | %s MB | %s | %s | %s |\n", db[r], scale[r], errors[r] == "" ? "none" : errors[r], peak[r], startup[r], gen[r], commit[r]
        exit
      }
      print "| database | scale | ceiling | R1 portfolio | R2 partnership | R3 search | W1 meeting | W2 deliver | MIX |"
      print "|---|---|---:|---:|---:|---:|---:|---:|---:|"
      for (r = 1; r <= n; r++) {
        line = "| " db[r] " | " scale[r]
        for (i = 1; i <= 7; i++) line = line " | " (what == "rps" ? rps[r, names[i]] : lat[r, names[i]])
        print line " |"
      }
    }' "${runs[@]}"
}

echo "Throughput, req/s (reads as a share of the ceiling's):"
echo
table rps
echo
echo "Latency, p50 / p99 in ms:"
echo
table latency
echo
table run

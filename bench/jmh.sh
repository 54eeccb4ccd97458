#!/usr/bin/env bash
# Runs Tandem's JMH microbenchmarks (src/test/java/dev/tandem/bench/jmh and dev/tandem/health). Arguments go to JMH:
#   bench/jmh.sh                          every benchmark, with the settings in its annotations
#   bench/jmh.sh RhythmComputations -prof gc
#   bench/jmh.sh -l                       list them
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main "$@"

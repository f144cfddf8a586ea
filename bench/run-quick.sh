#!/usr/bin/env bash
# Quick mode for CI: builds the benchmarks and runs each one very briefly on small sizes,
# only to check that they compile and run (the figures mean nothing). Under 3 minutes.
# Usage: bench/run-quick.sh [extra JMH args]
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/common.sh
echo "JDK: $JAVA_HOME"

mvn -q -B -pl core,bench -am install -DskipTests

"$JAVA_HOME/bin/java" -jar bench/target/benchmarks.jar \
  -f 1 -wi 1 -i 1 -w 1s -r 1s -foe true \
  -jvmArgsAppend "-Xmx1g" \
  -p people=2000 -p events=40000 -p batch=5000 \
  "$@"
"$JAVA_HOME/bin/java" -Xmx1g -cp bench/target/benchmarks.jar dev.leadpulse.bench.MemoryReport 2000 40000
"$JAVA_HOME/bin/java" -Xmx1g -cp bench/target/benchmarks.jar dev.leadpulse.bench.EngineDigest 2000 40000

#!/usr/bin/env bash
# Quick mode for CI: builds the benchmarks and runs each one very briefly on small sizes,
# only to check that they compile and run (the figures mean nothing). Under 3 minutes.
# Usage: bench/run-quick.sh [extra JMH args]
set -euo pipefail
cd "$(dirname "$0")/.."

java_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }
jdk=""
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ]; then
  jdk="$JAVA_HOME"
else
  for d in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*25*/ /usr/lib/jvm/*21*/; do
    if [ -x "$d/bin/java" ] && [ "$(java_major "$d")" -ge 21 ]; then jdk="${d%/}"; break; fi
  done
fi
if [ -z "$jdk" ]; then
  echo "run-quick.sh: no JDK 21+ found (set JAVA_HOME)" >&2
  exit 1
fi
export JAVA_HOME="$jdk"
export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
echo "JDK: $JAVA_HOME"

mvn -q -B -pl core,bench -am install -DskipTests

"$JAVA_HOME/bin/java" -jar bench/target/benchmarks.jar \
  -f 1 -wi 1 -i 1 -w 1s -r 1s -foe true \
  -jvmArgsAppend "-Xmx1g" \
  -p people=2000 -p events=40000 -p batch=5000 \
  "$@"
"$JAVA_HOME/bin/java" -Xmx1g -cp bench/target/benchmarks.jar dev.leadpulse.bench.MemoryReport 2000 40000
"$JAVA_HOME/bin/java" -Xmx1g -cp bench/target/benchmarks.jar dev.leadpulse.bench.EngineDigest 2000 40000

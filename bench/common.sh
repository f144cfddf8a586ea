# Sourced by the bench scripts (run from the project's root): finds a JDK 21+ and sets
# JAVA_HOME and $java; build_jars [force] rebuilds the server and benchmark jars when they
# are missing or older than the sources.

java_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }

find_jdk() {
  local d jdk=""
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ]; then
    jdk="$JAVA_HOME"
  else
    for d in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*25*/ /usr/lib/jvm/*21*/; do
      if [ -x "$d/bin/java" ] && [ "$(java_major "$d")" -ge 21 ]; then jdk="${d%/}"; break; fi
    done
  fi
  [ -n "$jdk" ] || { echo "$(basename "$0"): no JDK 21+ found (set JAVA_HOME)" >&2; exit 1; }
  export JAVA_HOME="$jdk"
  export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
  java="$JAVA_HOME/bin/java"
}

server_jar=server/target/leadpulse.jar
bench_jar=bench/target/benchmarks.jar

stale() { [ ! -f "$1" ] || [ -n "$(find core/src store/src server/src bench/src bench/pom.xml -newer "$1" -print -quit)" ]; }

build_jars() {
  if [ "${1:-0}" = 1 ] || stale "$server_jar" || stale "$bench_jar"; then
    echo "building (core, store, server, bench)…"
    mvn -q -B -pl core,store,server,bench -am package -Dmaven.test.skip=true
  fi
}

find_jdk

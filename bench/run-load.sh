#!/usr/bin/env bash
# Ingestion under HTTP load, side by side in one run: LeadPulse `serve` on SQLite, LeadPulse on
# PostgreSQL, and the hand-written baseline (one autocommit UPDATE per event) on PostgreSQL.
# Each server is its own process on loopback; the load generator is another. For each: a
# warm-up, a max-throughput phase, then an open-loop phase at half the max rate, with the
# event-to-score probe running (see LoadGenerator's Javadoc). Prints a table and the ratio.
#
# Usage: bench/run-load.sh [--quick] [--build]
#   --quick  CI smoke: SQLite only, ~3 s phases, under a minute once built
#   --build  rebuild even if the jars look current
# Environment: LOAD_SECONDS (phase length, default 20), LOAD_WARMUP (default 5),
#   LOAD_CONCURRENCY (default 32), LOAD_PG (default
#   jdbc:postgresql://127.0.0.1:5432/test?user=postgres), LOAD_SERVER_OPTS (extra JVM options
#   for the servers, e.g. a JFR recording), LOAD_KEEP=1 keeps the temp folder (logs).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

quick=0; build=0
for a in "$@"; do
  case "$a" in
    --quick) quick=1 ;;
    --build) build=1 ;;
    *) echo "usage: bench/run-load.sh [--quick] [--build]" >&2; exit 2 ;;
  esac
done
seconds=${LOAD_SECONDS:-20}; warmup=${LOAD_WARMUP:-5}; concurrency=${LOAD_CONCURRENCY:-32}
if [ "$quick" = 1 ]; then seconds=${LOAD_SECONDS:-3}; warmup=${LOAD_WARMUP:-1}; fi
pg_base=${LOAD_PG:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}

. bench/common.sh

build_jars "$build"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/leadpulse-load.XXXXXX")
pids=(); schemas=()
psql_run() { PGOPTIONS="-c client_min_messages=warning" psql -h 127.0.0.1 -U postgres -d test -qAt -v ON_ERROR_STOP=1 -c "$1" >/dev/null; }
cleanup() {
  local status=$?
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$p" 2>/dev/null || true
  done
  for s in "${schemas[@]}"; do psql_run "DROP SCHEMA IF EXISTS $s CASCADE" || true; done
  if [ "${LOAD_KEEP:-0}" = 1 ]; then echo "kept $tmp"; else rm -rf "$tmp"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
  echo "no free port found" >&2; return 1
}
wait_up() { # port pid log
  for _ in $(seq 1 300); do
    curl -fs -o /dev/null "http://127.0.0.1:$1/health" && return 0
    kill -0 "$2" 2>/dev/null || { echo "the server exited; its log:" >&2; tail -n 30 "$3" >&2; return 1; }
    sleep 0.2
  done
  echo "the server did not answer /health within 60 s; its log:" >&2; tail -n 30 "$3" >&2; return 1
}
stop() { # pid
  kill -TERM "$1" 2>/dev/null || true
  for _ in $(seq 1 150); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.2; done
  kill -KILL "$1" 2>/dev/null || true
}

admin=load-admin-$RANDOM$RANDOM; key=load-key-$RANDOM$RANDOM
model=bench/src/main/resources/dev/leadpulse/bench/bench-model.yaml
results="$tmp/results.tsv"
# The launcher's GC goal (see ./leadpulse), so the figures are those of `./leadpulse serve`.
server_opts=(-Xms2g -Xmx4g -XX:MaxGCPauseMillis=25 --enable-native-access=ALL-UNNAMED ${LOAD_SERVER_OPTS:-})

generate() { # label port
  "$java" -Xmx1g -cp "$bench_jar" dev.leadpulse.bench.load.LoadGenerator --url "http://127.0.0.1:$2" \
    --write-key "$key" --admin-token "$admin" --label "$1" --warmup "$warmup" --max-seconds "$seconds" \
    --rate-seconds "$seconds" --concurrency "$concurrency" --results "$results"
}

leadpulse() { # label [--db URL | --data DIR]
  local label=$1; shift
  local port log pid
  port=$(free_port); log="$tmp/$label.log"
  LEADPULSE_ADMIN_TOKEN=$admin LEADPULSE_WRITE_KEY=$key "$java" "${server_opts[@]}" -jar "$server_jar" serve \
    --host 127.0.0.1 --port "$port" --model "$model" "$@" >"$log" 2>&1 &
  pid=$!; pids+=("$pid")
  wait_up "$port" "$pid" "$log"
  generate "$label" "$port"
  stop "$pid"
}

echo "machine: $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg); JDK $(java_major "$JAVA_HOME")"
echo "phases: warm-up ${warmup} s, max ${seconds} s, fixed rate ${seconds} s; batches of 100; ${concurrency} in flight"

leadpulse leadpulse-sqlite --data "$tmp/sqlite"

if [ "$quick" = 0 ]; then
  run=$$
  lp_schema=lp_bench_$run; base_schema=lp_bench_base_$run
  schemas+=("$lp_schema" "$base_schema")
  psql_run "CREATE SCHEMA $lp_schema"
  leadpulse leadpulse-postgresql --db "$pg_base&currentSchema=$lp_schema"

  psql_run "CREATE SCHEMA $base_schema"
  port=$(free_port); log="$tmp/baseline.log"
  "$java" -Xms1g -Xmx2g ${LOAD_SERVER_OPTS:-} -cp "$bench_jar" dev.leadpulse.bench.load.BaselineServer "$port" \
    "$pg_base&currentSchema=$base_schema" "$key" >"$log" 2>&1 &
  pid=$!; pids+=("$pid")
  wait_up "$port" "$pid" "$log"
  generate baseline-postgresql "$port"
  stop "$pid"
fi

echo
awk -F'\t' '
  BEGIN { printf "%-22s %12s %22s %12s %30s %24s %8s\n", "server", "events/s", "max: p50 / p99 ms",
          "half rate", "at half rate: p50/p99/p99.9 ms", "event-to-score p50/p99", "failed" }
  { printf "%-22s %12s %22s %12s %30s %24s %8s\n", $1, sprintf("%.0f", $2), $3 " / " $4,
          sprintf("%.0f", $5), $6 " / " $7 " / " $8, $9 " / " $10 " ms", $11; eps[$1] = $2 }
  END {
    if (("baseline-postgresql" in eps) && eps["baseline-postgresql"] > 0) {
      printf "\nratio to the baseline (events/s): LeadPulse SQLite %.1fx, LeadPulse PostgreSQL %.1fx\n",
        eps["leadpulse-sqlite"] / eps["baseline-postgresql"], eps["leadpulse-postgresql"] / eps["baseline-postgresql"]
    }
  }' "$results"

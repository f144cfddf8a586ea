#!/usr/bin/env bash
# Dashboard page times with many people in the store. Builds a store once with the demo's
# simulated trial users (kept in $TMPDIR/leadpulse-pages-N for the next run), serves it, signs in
# as the demo's admin and times every page (bench/src/main/java/.../load/PageLoad.java).
#
# Usage: bench/run-pages.sh [--quick] [--people N] [--rounds R]
#   --quick  CI smoke: 300 people, 5 rounds
# Default: 100,000 people (about 630,000 events over 14 days; building the store takes a while).
set -euo pipefail
cd "$(dirname "$0")/.."

people=100000; rounds=20
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) people=300; rounds=5 ;;
    --people) people=$2; shift ;;
    --rounds) rounds=$2; shift ;;
    *) echo "usage: bench/run-pages.sh [--quick] [--people N] [--rounds R]" >&2; exit 2 ;;
  esac
  shift
done

. bench/common.sh
build_jars 0

data="${TMPDIR:-/tmp}/leadpulse-pages-$people"
if [ ! -f "$data/leadpulse.db" ] || [ ! -f "$data/.complete" ]; then
  rm -rf "$data"
  echo "building a store of $people simulated people in $data (once)…"
  "$java" -jar "$server_jar" demo --people "$people" --days 14 --pace 0 --port 0 --data "$data" --exit --top 1 \
    > "$data.log" 2>&1 || { tail -n 20 "$data.log" >&2; exit 1; }
  touch "$data/.complete"
fi

port=$("$java" -cp "$bench_jar" dev.leadpulse.bench.load.FreePort 2>/dev/null || echo 18480)
"$java" -jar "$server_jar" serve --data "$data" --port "$port" > "$data.serve.log" 2>&1 &
server=$!
trap 'kill -TERM $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  kill -0 $server 2>/dev/null || { cat "$data.serve.log" >&2; exit 1; }
  sleep 0.5
done

echo "dashboard pages, $people people in the store ($(date -u +%F), $(nproc) cores):"
"$java" -cp "$bench_jar" dev.leadpulse.bench.load.PageLoad "http://127.0.0.1:$port" admin leadpulse "$rounds"

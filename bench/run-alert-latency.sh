#!/usr/bin/env bash
# Alert latency under load: event received -> webhook received at a local receiver, while the
# server ingests background traffic (default 10,000 events/s). Loopback only; bounded in time
# (about 75 s once built: start-up, 10 s warm-up, 45 s measured).
#
# Three processes: LeadPulse `serve` on SQLite with a plays file whose play fires a signed
# webhook on an `Alert Probe` event; LoadGenerator sending the background traffic open-loop at a
# fixed rate (its max phase skipped); AlertLatency hosting the webhook receiver and sending
# probe events on a fixed schedule (see its Javadoc). Prints p50/p99 of the alert latency and the
# background rate achieved.
#
# Usage: bench/run-alert-latency.sh [--build]
# Environment: ALERT_RATE (background events/s, default 10000), ALERT_SECONDS (measured, default
#   45), ALERT_WARMUP (default 10), ALERT_PROBES (probe events/s, default 20), LOAD_KEEP=1 keeps
#   the temp folder (logs).
set -euo pipefail
cd "$(dirname "$0")/.."

build=0
for a in "$@"; do
  case "$a" in
    --build) build=1 ;;
    *) echo "usage: bench/run-alert-latency.sh [--build]" >&2; exit 2 ;;
  esac
done
rate=${ALERT_RATE:-10000}; seconds=${ALERT_SECONDS:-45}; warmup=${ALERT_WARMUP:-10}; probes=${ALERT_PROBES:-20}

. bench/common.sh

build_jars "$build"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/leadpulse-alerts.XXXXXX")
pids=()
cleanup() {
  local status=$?
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$p" 2>/dev/null || true
  done
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

admin=alert-admin-$RANDOM$RANDOM; key=alert-key-$RANDOM$RANDOM
port=$(free_port); hook_port=$(free_port)
cat >"$tmp/plays.yaml" <<PLAYS
owners:
  - { id: ana, name: Ana Ruiz, email: ana@example.com, team: smb }
settings:
  alerts_per_owner_per_hour: 100000
plays:
  - id: alert-probe
    on: event Alert Probe
    actions:
      - webhook: { url: "http://127.0.0.1:$hook_port/hook", secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" }
PLAYS

log="$tmp/server.log"
LEADPULSE_ADMIN_TOKEN=$admin LEADPULSE_WRITE_KEY=$key "$java" -Xms2g -Xmx4g -XX:MaxGCPauseMillis=25 --enable-native-access=ALL-UNNAMED \
  ${LOAD_SERVER_OPTS:-} -jar "$server_jar" serve --host 127.0.0.1 --port "$port" --data "$tmp/data" \
  --model bench/src/main/resources/dev/leadpulse/bench/bench-model.yaml --plays "$tmp/plays.yaml" >"$log" 2>&1 &
pids+=("$!")
for _ in $(seq 1 300); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/health" && break
  kill -0 "${pids[0]}" 2>/dev/null || { echo "the server exited; its log:" >&2; tail -n 30 "$log" >&2; exit 1; }
  sleep 0.2
done

echo "machine: $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg); JDK $(java_major "$JAVA_HOME")"
echo "background: $rate events/s for $((warmup + seconds + 5)) s; probes: $probes/s, ${warmup} s warm-up, ${seconds} s measured"
"$java" -Xmx1g -cp "$bench_jar" dev.leadpulse.bench.load.LoadGenerator --url "http://127.0.0.1:$port" \
  --write-key "$key" --admin-token "$admin" --label background --warmup 0 --max-seconds 0 --rate "$rate" \
  --rate-seconds "$((warmup + seconds + 5))" >"$tmp/background.log" 2>&1 &
background=$!; pids+=("$background")
sleep 1
"$java" -Xmx512m -cp "$bench_jar" dev.leadpulse.bench.load.AlertLatency --url "http://127.0.0.1:$port" \
  --write-key "$key" --receiver-port "$hook_port" --warmup "$warmup" --seconds "$seconds" --per-second "$probes"
wait "$background" || true
grep "fixed rate" "$tmp/background.log" || { echo "background log:" >&2; tail -n 20 "$tmp/background.log" >&2; }

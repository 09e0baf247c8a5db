#!/usr/bin/env bash
# Load, soak and faults (issue #15), one command, loopback only, bounded in time and count. Starts its own
# PostgreSQL clusters (the warehouse and the shared store, so either can be stopped alone) and Redis (installing them
# when missing, as scripts/test.sh does), builds the API and benchmarks/MetricAssistant.Load, and runs the tool: two
# API replicas on the shared store behind a loopback YARP proxy; the throughput matrix uncached and cached, latency
# against the raw warehouse, a soak, and the faults. Prints the figures (also in artifacts/load/figures.md), stops
# everything it started, and exits non-zero on any error or failed fault expectation, never on speed.
# Usage: scripts/load.sh [--short] [--soak-seconds N]   (full: ~20 minutes with a 10-minute soak; --short: a few minutes,
# for CI; --soak-seconds sets the soak's length in either)
# Settings: MA_LOAD_CONFIGURATION (Release), MA_LOAD_PGDATA (/tmp/metricassistant-load), MA_LOAD_WAREHOUSE_PORT,
# MA_LOAD_SHARED_PORT, MA_LOAD_REDIS_PORT (55491, 55492, 56491), MA_LOAD_PORT_BASE (5490: proxy; replicas +1, +2),
# MA_LOAD_SOAK_SECONDS (600; 30 with --short).
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --short) ARGS+=(--short) ;;
    --soak-seconds)
      [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || { echo "[load] --soak-seconds needs a whole number of seconds" >&2; exit 2; }
      ARGS+=(--soak-seconds "$2"); shift ;;
    *) echo "usage: scripts/load.sh [--short] [--soak-seconds N]" >&2; exit 2 ;;
  esac
  shift
done
CONFIGURATION=${MA_LOAD_CONFIGURATION:-Release}
export MA_LOAD_PGDATA=${MA_LOAD_PGDATA:-/tmp/metricassistant-load}
SERVICES="$ROOT/scripts/lib/load-services.sh"

log() { echo "[load] $*" >&2; }
# shellcheck source=lib/services.sh
. "$ROOT/scripts/lib/services.sh"

install_postgres || { log "PostgreSQL is not installed and could not be: cannot run"; exit 1; }
install_redis || { log "redis-server is not installed and could not be: cannot run"; exit 1; }
OUT="$ROOT/artifacts/load"
# The replicas are the tool's children; should the tool die first, their pid files name them.
stop_all() {
  for f in "$OUT"/replica-*.pid; do [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null; rm -f "$f"; done
  bash "$SERVICES" stop all
}
trap stop_all EXIT
bash "$SERVICES" start all || { log "the load run's servers did not start (see $MA_LOAD_PGDATA)"; exit 1; }

build() {
  dotnet build -c "$CONFIGURATION" "$1" -v q -nologo 2>&1 | grep -E " error |rror\(s\)" | grep -v " 0 Error" >&2
  [ "${PIPESTATUS[0]}" -eq 0 ] || { log "build of $1 failed"; exit 1; }
}
build src/MetricAssistant.Api
build benchmarks/MetricAssistant.Load
dll() { ls "$1"/bin/"$CONFIGURATION"/net10.0/*/"$2" "$1"/bin/"$CONFIGURATION"/net10.0/"$2" 2>/dev/null | head -n 1; }
API=$(dll src/MetricAssistant.Api MetricAssistant.Api.dll)
TOOL=$(dll benchmarks/MetricAssistant.Load MetricAssistant.Load.dll)

dotnet "$TOOL" --api "$API" --root "$ROOT" --out "$OUT" "${ARGS[@]}"

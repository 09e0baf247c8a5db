#!/usr/bin/env bash
# Runs every test. Installs and starts what the tests need (a throwaway PostgreSQL server and a Redis on
# loopback ports; Chromium; the Teams simulator from npm), runs `dotnet test` on the solution, and ends with the line "N passed, N failed".
# Idempotent: safe to run again; the server is stopped on exit.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PG_PORT=${MA_PG_PORT:-55432}
PG_DIR=${MA_PG_DIR:-/tmp/metricassistant-pg-$PG_PORT}
RESULTS="$ROOT/artifacts/test-results"

log() { echo "[test] $*" >&2; }
# shellcheck source=lib/services.sh
. "$ROOT/scripts/lib/services.sh"

start_postgres() {
  local bin; bin=$(find_pg_bin)
  [ -z "$bin" ] && return 1
  if [ -f "$PG_DIR/postmaster.pid" ] && as_pg "$bin/pg_ctl" -D "$PG_DIR" status >/dev/null 2>&1; then
    log "PostgreSQL already running on 127.0.0.1:$PG_PORT"
    return 0
  fi
  rm -rf "$PG_DIR"; mkdir -p "$PG_DIR"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$PG_DIR"
  as_pg "$bin/initdb" -D "$PG_DIR" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null || return 1
  as_pg "$bin/pg_ctl" -D "$PG_DIR" -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" -l "$PG_DIR/log" -w start >/dev/null || return 1
  STARTED_PG=1
  log "PostgreSQL started on 127.0.0.1:$PG_PORT"
}

stop_postgres() {
  [ "${STARTED_PG:-0}" = 1 ] || return 0
  as_pg "$(find_pg_bin)/pg_ctl" -D "$PG_DIR" -m fast -w stop >/dev/null 2>&1 || true
}

# The result cache's Redis tests (issue #15): Debian's redis-server, a throwaway instance on a loopback port.
REDIS_PORT=${MA_REDIS_PORT:-56380}
start_redis() {
  if redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1; then
    log "Redis already running on 127.0.0.1:$REDIS_PORT"
    return 0
  fi
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
    --pidfile "/tmp/metricassistant-redis-$REDIS_PORT.pid" --logfile "/tmp/metricassistant-redis-$REDIS_PORT.log" >/dev/null || return 1
  for _ in $(seq 1 50); do redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
  redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1 || return 1
  STARTED_REDIS=1
  log "Redis started on 127.0.0.1:$REDIS_PORT"
}

stop_redis() {
  [ "${STARTED_REDIS:-0}" = 1 ] || return 0
  redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
}
trap 'stop_postgres; stop_redis' EXIT

# The portal's browser tests drive Debian's Chromium; Chinese needs the Noto CJK fonts.
install_browser() {
  [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi "noto sans cjk" && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing chromium and fonts-noto-cjk (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null 2>&1 || true
    apt-get install -y -qq chromium fonts-noto-cjk >/dev/null 2>&1 || log "apt-get install chromium failed: browser tests will report themselves skipped"
  fi
}
install_browser

# The Teams tests drive Microsoft's Teams simulator (npm @microsoft/m365agentsplayground, telemetry off,
# started by the test fixture on loopback ports) and check cards with the Adaptive Cards parser (npm).
install_teams_tools() {
  local prefix="$ROOT/artifacts/tools/teams"
  [ -f "$prefix/node_modules/@microsoft/m365agentsplayground/cli.js" ] && [ -f "$prefix/node_modules/adaptivecards/dist/adaptivecards.js" ] && return 0
  if ! command -v npm >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing nodejs and npm (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null 2>&1 || true
    apt-get install -y -qq nodejs npm >/dev/null 2>&1 || log "apt-get install nodejs npm failed"
  fi
  command -v npm >/dev/null || { log "npm is unavailable: the Teams simulator tests will report themselves skipped"; return 0; }
  log "installing the Teams simulator and the Adaptive Cards parser (npm)"
  mkdir -p "$prefix"
  npm install --prefix "$prefix" --no-audit --no-fund --loglevel=error \
    @microsoft/m365agentsplayground@0.2.28 adaptivecards@3.0.6 >/dev/null 2>&1 || log "npm install failed: the fixture will try again"
}
install_teams_tools

if install_postgres && start_postgres; then
  export MA_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres;Pooling=true"
else
  log "PostgreSQL is unavailable: its tests will report themselves skipped"
fi

if install_redis && start_redis; then
  export MA_TEST_REDIS="127.0.0.1:$REDIS_PORT"
else
  log "Redis is unavailable: its tests will report themselves skipped"
fi

rm -rf "$RESULTS"; mkdir -p "$RESULTS"
dotnet test MetricAssistant.sln --logger "trx" --results-directory "$RESULTS" "$@" 2>&1 | tee "$RESULTS/dotnet-test.log"
status=${PIPESTATUS[0]}

# Totals from the per-project summary lines ("Passed!  - Failed: 0, Passed: 42, Skipped: 1, Total: 43").
read -r passed failed skipped < <(grep -E '(Passed|Failed)! +- Failed: ' "$RESULTS/dotnet-test.log" |
  sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\2 \1 \3/' |
  awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
if [ "$status" -ne 0 ] && [ "$failed" = 0 ]; then failed=1; log "dotnet test failed before all tests ran (build error?)"; fi
echo "$passed passed, $failed failed, $skipped skipped" | tee "$RESULTS/summary.txt"
[ "$status" -eq 0 ]

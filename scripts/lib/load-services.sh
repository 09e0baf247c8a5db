#!/usr/bin/env bash
# The load run's own servers on loopback ports: two PostgreSQL clusters (the warehouse and the shared store, so
# either can be stopped alone) and a Redis. scripts/load.sh starts them; the load tool stops and starts one by
# name mid-load to inject a fault. Usage: load-services.sh start|stop warehouse|shared|redis|all
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
log() { echo "[load] $*" >&2; }
# shellcheck source=services.sh
. "$ROOT/scripts/lib/services.sh"
DIR=${MA_LOAD_PGDATA:-/tmp/metricassistant-load}
WAREHOUSE_PORT=${MA_LOAD_WAREHOUSE_PORT:-55491}
SHARED_PORT=${MA_LOAD_SHARED_PORT:-55492}
REDIS_PORT=${MA_LOAD_REDIS_PORT:-56491}

pg_port() { if [ "$1" = warehouse ]; then echo "$WAREHOUSE_PORT"; else echo "$SHARED_PORT"; fi; }

start_pg() {
  local bin dir; bin=$(find_pg_bin); dir="$DIR/$1"
  [ -n "$bin" ] || { log "no PostgreSQL installed"; return 1; }
  if [ ! -f "$dir/PG_VERSION" ]; then
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR" "$dir"
    as_pg "$bin/initdb" -D "$dir" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null || return 1
  fi
  as_pg "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1 && return 0
  # fsync off as in scripts/test.sh: the figures are about the service, not this machine's disk.
  as_pg "$bin/pg_ctl" -D "$dir" -o "-p $(pg_port "$1") -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" \
    -l "$dir/log" -w start >/dev/null
}

stop_pg() {
  local bin; bin=$(find_pg_bin)
  [ -f "$DIR/$1/postmaster.pid" ] || return 0
  as_pg "$bin/pg_ctl" -D "$DIR/$1" -m fast -w stop >/dev/null 2>&1 || true
}

start_redis() {
  redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1 && return 0
  mkdir -p "$DIR"
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
    --pidfile "$DIR/redis.pid" --logfile "$DIR/redis.log" >/dev/null || return 1
  for _ in $(seq 1 50); do redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1 && return 0; sleep 0.1; done
  return 1
}

stop_redis() { redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true; }

action=${1:-}; what=${2:-all}
case "$action:$what" in
  start:warehouse|start:shared) start_pg "$what" ;;
  stop:warehouse|stop:shared) stop_pg "$what" ;;
  start:redis) start_redis ;;
  stop:redis) stop_redis ;;
  start:all) start_pg warehouse && start_pg shared && start_redis ;;
  stop:all) stop_pg warehouse; stop_pg shared; stop_redis ;;
  *) echo "usage: $0 start|stop warehouse|shared|redis|all" >&2; exit 2 ;;
esac

# Installs PostgreSQL and Redis when missing (Debian, as root) and runs commands as the postgres user.
# Sourced by scripts/test.sh and scripts/load.sh; expects a log() function.

find_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

install_postgres() {
  [ -n "$(find_pg_bin)" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing PostgreSQL (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null 2>&1 || true
    apt-get install -y -qq postgresql >/dev/null 2>&1 || log "apt-get install postgresql failed"
    # The package's own cluster is not needed; tests use a throwaway one.
    command -v pg_ctlcluster >/dev/null && pg_ctlcluster --force 15 main stop >/dev/null 2>&1 || true
  fi
  [ -n "$(find_pg_bin)" ]
}

as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

install_redis() {
  command -v redis-server >/dev/null && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing redis-server (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null 2>&1 || true
    apt-get install -y -qq redis-server >/dev/null 2>&1 || log "apt-get install redis-server failed"
  fi
  command -v redis-server >/dev/null
}


#!/usr/bin/env bash
# Throw-away PostgreSQL server on loopback, for tests.
#   .ci/postgres.sh start DIR PORT   initdb in DIR unless done (as the postgres user), start on 127.0.0.1:PORT
#   .ci/postgres.sh stop DIR         stop it (fast shutdown)
# Trust authentication on loopback only: the server holds nothing but test data and dies with DIR.
set -euo pipefail

pg_bin() {
  local ctl
  ctl=$(command -v pg_ctl || ls -d /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | sort -V | tail -1)
  [ -n "$ctl" ] || { echo "PostgreSQL not installed (apt-get install -y postgresql)" >&2; exit 1; }
  dirname "$ctl"
}

# PostgreSQL refuses to run as root.
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cmd=${1:?start|stop}; dir=${2:?data directory}
bin=$(pg_bin)
case "$cmd" in
  start)
    port=${3:?port}
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_pg "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
    fi
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null
    ;;
  stop)
    as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    ;;
  *) echo "unknown command $cmd" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL 15 server on 127.0.0.1 for the tests.
#
#   tests/support/postgres.sh start DIR   # writes DIR/conninfo.json
#   tests/support/postgres.sh stop DIR    # stops the server and removes DIR
#
# DIR is a throwaway folder: stop removes it whole. start also removes the
# sibling folders (same parent, named couplet-pg-*) that earlier runs left
# behind when they were killed before their stop: no server runs in them and
# nothing has touched them for two hours.
#
# As root, the server runs as the `postgres` user (initdb refuses root).
set -euo pipefail

cmd=${1:?start or stop}
dir=${2:?directory}
bindir=${COUPLET_PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "postgres.sh: PostgreSQL server binaries not found (install postgresql-15)" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then echo "$port"; return 0; fi
  done
  return 1
}

server_runs() {
  local pidfile=$1/data/postmaster.pid pid
  [ -f "$pidfile" ] || return 1
  pid=$(head -n 1 "$pidfile" 2>/dev/null) || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

sweep_stale() {
  local parent stale
  parent=$(dirname "$dir")
  for stale in "$parent"/couplet-pg-*; do
    [ -d "$stale" ] && [ "$stale" != "$dir" ] || continue
    server_runs "$stale" && continue
    [ -n "$(find "$stale" -maxdepth 0 -mmin +120)" ] || continue
    echo "postgres.sh: removing $stale, left behind by an earlier run" >&2
    rm -rf "$stale"
  done
}

case "$cmd" in
start)
  "$0" stop "$dir" >/dev/null 2>&1 || true
  rm -rf "$dir"
  sweep_stale
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  port=$(free_port)
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c max_connections=200" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  as_owner "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qc "CREATE DATABASE couplet_test" >/dev/null
  printf '{"host":"127.0.0.1","port":%d,"user":"postgres","database":"couplet_test"}\n' "$port" >"$dir/conninfo.json.tmp"
  mv "$dir/conninfo.json.tmp" "$dir/conninfo.json"
  echo "PostgreSQL on 127.0.0.1:$port ($dir)"
  ;;
stop)
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start|stop DIR" >&2; exit 64 ;;
esac

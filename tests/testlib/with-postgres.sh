#!/bin/bash
# Runs a command with a real PostgreSQL 15 of its own: a cluster made with
# initdb in a temporary folder (as the unprivileged "postgres" user when run
# as root: PostgreSQL refuses to run as root), listening on a free loopback
# port with password authentication, removed afterwards. The command finds
# it in MOSHIKOMI_TEST_POSTGRES (postgresql://USER@HOST:PORT/, a database
# name to append) and the password in MOSHIKOMI_DATABASE_PASSWORD.
# Usage: with-postgres.sh COMMAND [ARGS...]
set -eu
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
dir=$(mktemp -d /tmp/moshikomi-pg.XXXXXX)
as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
cleanup() {
    as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap cleanup EXIT
[ "$(id -u)" = 0 ] && chown postgres "$dir"
password="test-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
printf '%s\n' "$password" >"$dir/password"
[ "$(id -u)" = 0 ] && chown postgres "$dir/password"
as_pg "$bin/initdb" -D "$dir/data" -U moshikomi --auth=scram-sha-256 --pwfile="$dir/password" \
    -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# In its configuration, so that a test that restarts it gets the same server.
cat >>"$dir/data/postgresql.conf" <<CONF
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
max_connections = 200
CONF
as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start >/dev/null
export MOSHIKOMI_TEST_POSTGRES="postgresql://moshikomi@127.0.0.1:$port/"
export MOSHIKOMI_DATABASE_PASSWORD="$password" PGPASSWORD="$password"
export MOSHIKOMI_TEST_POSTGRES_DIR="$dir"
status=0
"$@" || status=$?
exit $status

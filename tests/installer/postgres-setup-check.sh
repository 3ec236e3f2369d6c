#!/bin/bash
# Runs installer/postgres/setup-database.sh against a real PostgreSQL (from
# tests/testlib/with-postgres.sh), twice (the second changes nothing), and
# starts the service on what it made: the role can log in with the written
# password, the service makes its tables and answers /healthz.
# Usage: with-postgres.sh postgres-setup-check.sh SOURCE_DIR SERVICE_BINARY
set -eu
# shellcheck source=tests/installer/common.sh
source "$(dirname "$0")/common.sh"
source_dir=$1
binary=$2
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
pid=
url=${MOSHIKOMI_TEST_POSTGRES%/}
port=${url##*:}
export PGHOST=127.0.0.1 PGPORT=$port PGUSER=moshikomi PGPASSWORD=$MOSHIKOMI_DATABASE_PASSWORD
"$source_dir/installer/postgres/setup-database.sh" moshikomi_app moshikomi_prod "$work/pw" >"$work/first"
first=$(cat "$work/pw")
"$source_dir/installer/postgres/setup-database.sh" moshikomi_app moshikomi_prod "$work/pw" >/dev/null
[ "$(cat "$work/pw")" = "$first" ] || { echo "the second run changed the password"; exit 1; }
[ "$(stat -c %a "$work/pw")" = 600 ] || { echo "the password file is not 0600"; exit 1; }
grep -q "^database=postgresql://moshikomi_app@127.0.0.1:$port/moshikomi_prod$" "$work/first" \
    || { cat "$work/first"; echo "no database line"; exit 1; }
owner=$(psql -X -tA -d postgres -c "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'moshikomi_prod'")
[ "$owner" = moshikomi_app ] || { echo "owner is $owner"; exit 1; }
unset PGPASSWORD MOSHIKOMI_DATABASE_PASSWORD
"$binary" serve --listen 127.0.0.1:0 --data-dir "$work/data" \
    --database "postgresql://moshikomi_app@127.0.0.1:$port/moshikomi_prod" \
    --database-password-file "$work/pw" >"$work/out" 2>"$work/err" &
pid=$!
wait_listening "$pid" "$work/out" || { cat "$work/err"; echo "the service did not start"; exit 1; }
address=$(grep -o 'http://[0-9.:]*' "$work/out" | head -n 1)
curl -fsS "$address/healthz" | grep -q '"ok"' || { echo "healthz is not ok"; exit 1; }
echo "database set up and used"

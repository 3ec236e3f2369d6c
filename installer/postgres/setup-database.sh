#!/bin/bash
# Makes the PostgreSQL role and database of moshikomi-service (docs/deploy.md),
# once; running it again changes nothing. The role owns only its database; the
# password is generated and written to a file readable by its owner alone,
# for --database-password-file (or MOSHIKOMI_DATABASE_PASSWORD). The service
# creates its tables itself at its first start.
#
# Connects as a PostgreSQL superuser the usual libpq way (PGHOST, PGPORT,
# PGUSER, PGPASSWORD); run as root on the database host without them, it
# connects as "postgres" through the local socket.
#
# Usage: setup-database.sh [ROLE [DATABASE [PASSWORD_FILE]]]
#   defaults: moshikomi, moshikomi, /etc/moshikomi-service/database-password
set -euo pipefail
role=${1:-moshikomi}
database=${2:-moshikomi}
password_file=${3:-/etc/moshikomi-service/database-password}
for name in "$role" "$database"; do
    [[ $name =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "setup-database: \"$name\": use a-z, 0-9 and _" >&2; exit 2; }
done
psql_as_superuser() {
    if [ -z "${PGHOST:-}${PGUSER:-}" ] && [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 "$@"
    else
        psql -X -q -v ON_ERROR_STOP=1 "$@"
    fi
}
if [ -s "$password_file" ]; then
    password=$(head -n 1 "$password_file")
else
    mkdir -p "$(dirname "$password_file")"
    password=$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')
    (umask 077 && printf '%s\n' "$password" >"$password_file")
fi
psql_as_superuser -d postgres -v role="$role" -v database="$database" -v password="$password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'role', :'password')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'role', :'password') \gexec
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', :'database', :'role', 'UTF8')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'database') \gexec
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'database') \gexec
SELECT format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', :'database', :'role') \gexec
SQL
host=${PGHOST:-localhost}
[[ $host == /* ]] && host=localhost
echo "database=postgresql://$role@$host:${PGPORT:-5432}/$database"
echo "database-password-file=$password_file"

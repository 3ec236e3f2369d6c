#!/bin/bash
# Builds Moshikomi and starts it, with the local reference service beside it
# (plain HTTP on 127.0.0.1:8443, its data and mail in the service's data folder).
# Usage: tools/run.sh [app arguments]
set -eu
cd "$(dirname "$0")/.."
tools/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMOSHIKOMI_BUILD_TESTS=OFF
cmake --build build -j2 --target moshikomi moshikomi-service
service_data=${MOSHIKOMI_SERVICE_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/Moshikomi/moshikomi-service}
mkdir -p "$service_data"
if [ ! -s "$service_data/staff-token" ]; then
    # A staff account for this machine's user; the token is kept for the app.
    build/service/moshikomi-service staff add "${USER:-staff}" --data-dir "$service_data" \
        | tail -n 1 >"$service_data/staff-token"
    chmod 600 "$service_data/staff-token"
fi
service_pid=""
if ! curl -fsS http://127.0.0.1:8443/healthz >/dev/null 2>&1; then
    build/service/moshikomi-service serve --data-dir "$service_data" \
        --additional-info resources/additional-info-sample.json \
        >>"$service_data/service.log" 2>&1 &
    service_pid=$!
    echo "Reference service on http://127.0.0.1:8443 (mail: $service_data/mail/new)"
fi
status=0
# The app sends what is queued to that service; the token is given for this
# session only (the app keeps no token in a file).
MOSHIKOMI_STAFF_TOKEN=$(cat "$service_data/staff-token") \
    build/app/moshikomi --service-url http://127.0.0.1:8443 "$@" || status=$?
[ -n "$service_pid" ] && kill "$service_pid" 2>/dev/null || true
exit $status

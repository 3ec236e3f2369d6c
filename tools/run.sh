#!/bin/bash
# Builds Moshikomi and starts it, with the local reference service beside it:
# HTTPS on 127.0.0.1:8443 with a development CA made on the first run, its
# data in the service's data folder and every mail it sends written to the
# Maildir folder mail/new there (printed below). Closing the app stops the
# service it started.
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
tls="$service_data/tls"
if [ ! -s "$tls/server.pem" ]; then
    # A development CA and a certificate for this computer's loopback
    # address, as a company's private PKI would issue them.
    mkdir -p "$tls" && chmod 700 "$tls"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
        -keyout "$tls/ca.key" -out "$tls/ca.pem" -days 825 -subj "/CN=Moshikomi development CA" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
        2>/dev/null
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout "$tls/server.key" \
        -out "$tls/server.csr" -subj "/CN=localhost" 2>/dev/null
    printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' >"$tls/server.ext"
    openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.pem" -CAkey "$tls/ca.key" \
        -CAcreateserial -out "$tls/server.pem" -days 825 -extfile "$tls/server.ext" 2>/dev/null
fi
service_pid=""
if ! curl -fsS --cacert "$tls/ca.pem" https://127.0.0.1:8443/healthz >/dev/null 2>&1; then
    build/service/moshikomi-service serve --data-dir "$service_data" --listen 127.0.0.1:8443 \
        --tls-cert "$tls/server.pem" --tls-key "$tls/server.key" \
        --public-url https://127.0.0.1:8443 \
        --additional-info resources/additional-info-sample.json \
        >>"$service_data/service.log" 2>&1 &
    service_pid=$!
    up=""
    for _ in $(seq 100); do
        curl -fsS --cacert "$tls/ca.pem" https://127.0.0.1:8443/healthz >/dev/null 2>&1 &&
            up=1 && break
        kill -0 "$service_pid" 2>/dev/null || break
        sleep 0.1
    done
    if [ -z "$up" ]; then
        # Port 8443 taken by another program (or another user's service, with
        # its own CA): the app would be started against something else.
        echo "tools/run.sh: the reference service did not start:" \
            "$(tail -n 1 "$service_data/service.log")" >&2
        kill "$service_pid" 2>/dev/null || true
        exit 1
    fi
    echo "Reference service on https://127.0.0.1:8443 (CA: $tls/ca.pem)"
fi
echo "Mail the service sends: $service_data/mail/new"
status=0
# The app sends what is queued to that service; the token is given for this
# session only (the app keeps no token in a file).
MOSHIKOMI_STAFF_TOKEN=$(cat "$service_data/staff-token") \
    build/app/moshikomi --service-url https://127.0.0.1:8443 --ca-file "$tls/ca.pem" "$@" ||
    status=$?
[ -n "$service_pid" ] && kill "$service_pid" 2>/dev/null || true
exit $status

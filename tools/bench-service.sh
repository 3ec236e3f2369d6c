#!/bin/bash
# The central service's benchmarks, printed as rows of docs/performance.md's table:
# intake over HTTPS on loopback with parallel connections (wrk, every request a new
# application) against the same HTTP stack answering a constant, and mails per
# second through the outbox worker into a Maildir and over SMTP (aiosmtpd).
# Usage: tools/bench-service.sh BUILD_DIR
set -eu
build=$1
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=tools/bench-common.sh
source "$root/tools/bench-common.sh"

# The body: the sample application with a placeholder for each request's id.
sed 's/"id": "[^"]*"/"id": "__ID__"/' "$root/tests/core/sample-application.json" >"$work/body.json"

run_wrk() {
    wrk -t2 -c32 -d8s --latency -s "$root/bench/intake.lua" "https://127.0.0.1:$1" \
        -- "$work/body.json" "$2" 2>/dev/null | awk '/^requests_per_second/ {print $2}'
}

ceiling_port=$(free_port)
"$build/bench/bench_constant_server" "$ceiling_port" "$work/cert.pem" "$work/key.pem" >/dev/null 2>&1 &
pids+=($!)
wait_port "$ceiling_port"
ceiling=$(run_wrk "$ceiling_port" none)

service_port=$(free_port)
data="$work/service"
token=$("$build/service/moshikomi-service" staff add bench --data-dir "$data" | tail -n 1)
# Mail is held back (nothing listens on port 9): the row measures intake alone.
"$build/service/moshikomi-service" serve --data-dir "$data" --listen "127.0.0.1:$service_port" \
    --tls-cert "$work/cert.pem" --tls-key "$work/key.pem" --mail smtp://127.0.0.1:9 \
    2>/dev/null >/dev/null &
pids+=($!)
wait_port "$service_port"
intake=$(run_wrk "$service_port" "$token")
python3 - "$intake" "$ceiling" <<'PY'
import sys
intake, ceiling = float(sys.argv[1]), float(sys.argv[2])
ratio = intake / ceiling
print("| intake over HTTPS, 32 connections: POST to durable commit with the outbox row "
      "(group commit) | %.0f/s | %.0f/s constant answer, same HTTP stack | ≥ 50%% (%.0f%%) | %s |"
      % (intake, ceiling, ratio * 100, "met" if ratio >= 0.5 else "**not met**"))
PY

"$build/bench/bench_mail" maildir 2000 "into a Maildir (fsync each)"
smtp_port=$(free_port)
mkdir -p "$work/sink"
/usr/bin/python3 "$root/tests/service/smtp-sink.py" "$smtp_port" "$work/sink" --until-killed \
    >/dev/null </dev/null &
pids+=($!)
wait_port "$smtp_port"
"$build/bench/bench_mail" "smtp://127.0.0.1:$smtp_port" 500 "over SMTP to aiosmtpd on loopback"

#!/bin/bash
# The client's sync, printed as rows of docs/performance.md's table: 1,000
# queued applications sent to the local service over HTTPS by the sync engine
# against curl --parallel sending the same kind of bodies to the same service
# in the same run; the client's resident memory meanwhile; and end to end,
# from OK on the review page to the confirmation mail accepted by an SMTP
# server (aiosmtpd), over 200 applications one after the other.
# Usage: tools/bench-sync.sh BUILD_DIR
set -eu
build=$1
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=tools/bench-common.sh
source "$root/tools/bench-common.sh"

smtp_port=$(free_port)
mkdir -p "$work/sink"
"$root/tests/service/smtp-sink.py" "$smtp_port" "$work/sink" --until-killed >/dev/null &
pids+=($!)
wait_port "$smtp_port"

port=$(free_port)
url="https://127.0.0.1:$port"
data="$work/service"
token=$("$build/service/moshikomi-service" staff add bench --data-dir "$data" | tail -n 1)
"$build/service/moshikomi-service" serve --data-dir "$data" --listen "127.0.0.1:$port" \
    --tls-cert "$work/cert.pem" --tls-key "$work/key.pem" \
    --mail "smtp://127.0.0.1:$smtp_port" >/dev/null 2>&1 &
pids+=($!)
wait_port "$port"

n=1000
mkdir -p "$work/bodies"
"$build/bench/bench_sync" bodies "$n" "$work/bodies" "$url" "$work/cert.pem" "$token"
start=$EPOCHREALTIME
curl -sS --parallel --parallel-max 4 -K "$work/bodies/curl.conf"
curl_seconds=$(python3 -c "print($EPOCHREALTIME - $start)")
# Each side starts with the service idle: the mails of the other side's
# applications sent first (the mail worker shares the two cores).
wait_mails() {
    for _ in $(seq 600); do
        [ "$(find "$work/sink" -name '*.eml' | wc -l)" -ge "$1" ] && return 0
        sleep 0.1
    done
    return 1
}
wait_mails "$n"
read -r client_seconds peak sent cpu < <("$build/bench/bench_sync" client "$n" "$url" "$work/cert.pem" "$token")
python3 - "$n" "$curl_seconds" "$client_seconds" "$peak" "$cpu" <<'PY'
import sys
n, curl, client, peak, cpu = (int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]),
                              int(sys.argv[4]), float(sys.argv[5]))
ratio = curl / client
print("| sync %d queued applications to the local service over HTTPS, 4 at a time | %.0f/s "
      "(%.2f s) | %.0f/s curl --parallel, same bodies, 4 at a time | ≥ 80%% (%.0f%%) | %s |"
      % (n, n / client, client, n / curl, ratio * 100, "met" if ratio >= 0.8 else "**not met**"))
print("| client's resident memory and CPU while syncing %d | %d KiB peak, %.0f µs CPU per "
      "application | — | (reported) | — |" % (n, peak, cpu / n * 1e6))
PY
wait_mails $((2 * n))
read -r p50 p99 < <("$build/bench/bench_sync" e2e 200 "$url" "$work/cert.pem" "$token" "$work/sink")
python3 - "$p50" "$p99" <<'PY'
import sys
p50, p99 = float(sys.argv[1]), float(sys.argv[2])
print("| online, OK on the review page to the confirmation mail accepted by the SMTP server "
      "(200 applications) | p50 %.0f ms, p99 %.0f ms | — | p99 ≤ 1 s | %s |"
      % (p50, p99, "met" if p99 <= 1000 else "**not met**"))
PY

#!/bin/bash
# The client's sync, printed as rows of docs/performance.md's table: 1,000
# queued applications sent to the local service over HTTPS by the sync engine
# against curl --parallel sending the same kind of bodies to the same service
# in the same run, both on six connections; the client's resident memory meanwhile; and end to end,
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
rounds=9
# Each side starts with the service idle: the mails of the other side's
# applications sent first (the mail worker shares the two cores).
wait_mails() {
    for _ in $(seq 600); do
        [ "$(find "$work/sink" -name '*.eml' | wc -l)" -ge "$1" ] && return 0
        sleep 0.1
    done
    return 1
}
# The two sides take turns, nine rounds each, against the same service
# (its file growing alike for both); the medians are compared. One round
# each varied by ±10% from run to run here: a WAL checkpoint or a slow
# fsync falls into one side's second.
# Both sides on six connections: curl told so, the client by Qt, which keeps
# at most six HTTP/1.1 connections to a host (the client hands it twice as
# many requests). Counted while each side runs, and printed.
parallel=6
mailed=0
: >"$work/curl.times"
: >"$work/client.times"
: >"$work/connections"
# The most connections to the service open at once until $1 exits.
count_connections() {
    local most=0 now
    while kill -0 "$1" 2>/dev/null; do
        now=$(ss -Htn state established "( dport = :$port )" | wc -l)
        [ "$now" -gt "$most" ] && most=$now
        sleep 0.05
    done
    echo "$most"
}
for r in $(seq "$rounds"); do
    mkdir -p "$work/bodies$r"
    "$build/bench/bench_sync" bodies "$n" "$work/bodies$r" "$url" "$work/cert.pem" "$token"
    start=$EPOCHREALTIME
    curl -sS --parallel --parallel-max "$parallel" -K "$work/bodies$r/curl.conf" &
    curl_pid=$!
    echo "curl $(count_connections "$curl_pid")" >>"$work/connections"
    wait "$curl_pid"
    python3 -c "print($EPOCHREALTIME - $start)" >>"$work/curl.times"
    mailed=$((mailed + n))
    wait_mails "$mailed"
    # A staff account of its own each round, as one person's computer: the
    # status feed brings back its own applications, not the other side's.
    client_token=$("$build/service/moshikomi-service" staff add "bench-client-$r" \
        --data-dir "$data" | tail -n 1)
    "$build/bench/bench_sync" client "$n" "$url" "$work/cert.pem" "$client_token" \
        >>"$work/client.times" &
    client_pid=$!
    echo "client $(count_connections "$client_pid")" >>"$work/connections"
    wait "$client_pid"
    mailed=$((mailed + n))
    wait_mails "$mailed"
done
python3 - "$n" "$work/curl.times" "$work/client.times" "$work/connections" <<'PY'
import statistics, sys
n = int(sys.argv[1])
most = {}
for line in open(sys.argv[4]):
    side, count = line.split()
    most[side] = max(most.get(side, 0), int(count))
curls = [float(l) for l in open(sys.argv[2]) if l.strip()]
clients = [l.split() for l in open(sys.argv[3]) if l.strip()]
curl = statistics.median(curls)
client = statistics.median(float(c[0]) for c in clients)
peak = max(int(c[1]) for c in clients)
cpu = statistics.median(float(c[3]) for c in clients)
ratio = curl / client
print("| sync %d queued applications to the local service over HTTPS, %d connections, one of "
      "them the status feed's (median "
      "of %d rounds, each side in turn) | %.0f/s (%.2f s) | %.0f/s curl --parallel, same bodies, "
      "%d connections | ≥ 80%% (%.0f%%) | %s |"
      % (n, most.get("client", 0), len(clients), n / client, client, n / curl,
         most.get("curl", 0), ratio * 100, "met" if ratio >= 0.8 else "**not met**"))
print("| client's resident memory and CPU while syncing %d | %d KiB peak, %.0f µs CPU per "
      "application | — | (reported) | — |" % (n, peak, cpu / n * 1e6))
sys.stderr.write("rounds: curl %s, client %s\n" % (
    " ".join("%.2f" % x for x in curls), " ".join(c[0] for c in clients)))
PY
# The mails so far moved out of the SMTP server's folder: the wait below
# lists it every 0.2 ms, and 10,000 files there would be what it measured.
mkdir -p "$work/sink-sync"
find "$work/sink" -name '*.eml' -exec mv -t "$work/sink-sync" {} +
# A staff account of its own, as above.
e2e_token=$("$build/service/moshikomi-service" staff add bench-e2e --data-dir "$data" | tail -n 1)
read -r p50 p99 slowest < <("$build/bench/bench_sync" e2e 200 "$url" "$work/cert.pem" "$e2e_token" "$work/sink")
python3 - "$p50" "$p99" "$slowest" <<'PY'
import sys
p50, p99, slowest = float(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
print("| online, OK on the review page to the confirmation mail accepted by the SMTP server "
      "(200 applications) | p50 %.0f ms, p99 %.0f ms (slowest %.0f ms) | — | p99 ≤ 1 s | %s |"
      % (p50, p99, slowest, "met" if p99 <= 1000 else "**not met**"))
PY

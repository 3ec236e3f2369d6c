#!/bin/bash
# Checks the service's systemd unit as systemd reads it: `systemd-analyze
# verify` finds no error, its exposure is low (the hardening options hold),
# and the example instance configuration is one the service accepts.
# Usage: systemd-check.sh SOURCE_DIR SERVICE_BINARY
set -eu
# shellcheck source=tests/installer/common.sh
source "$(dirname "$0")/common.sh"
source_dir=$1
binary=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unit="$work/moshikomi-service@1.service"
sed "s|/usr/bin/moshikomi-service|$binary|" \
    "$source_dir/installer/systemd/moshikomi-service@.service" >"$unit"
out=$(systemd-analyze verify --man=no "$unit" 2>&1 || true)
if [ -n "$out" ]; then
    echo "systemd-analyze verify: $out"
    exit 1
fi
exposure=$(systemd-analyze security --offline=yes "$unit" 2>&1 | grep -o 'exposure level for [^:]*: [0-9.]*' | awk '{print $NF}')
echo "exposure: $exposure"
awk -v e="$exposure" 'BEGIN { exit !(e != "" && e <= 2.0) }' || { echo "exposure above 2.0"; exit 1; }
grep -q '^Restart=on-failure' "$unit" || { echo "no Restart=on-failure"; exit 1; }
# The example configuration: every key is a setting the service knows (the
# database, mail and schema overridden to run here).
cp "$source_dir/installer/systemd/example-instance.conf" "$work/1.conf"
"$binary" serve --config "$work/1.conf" --listen 127.0.0.1:0 --data-dir "$work/data" \
    --database sqlite: --mail "maildir:$work/mail" \
    --additional-info "$source_dir/resources/additional-info-sample.json" \
    >"$work/out" 2>"$work/err" &
pid=$!
listening=0
wait_listening "$pid" "$work/out" 50 || listening=$?
kill $pid 2>/dev/null || true
wait $pid 2>/dev/null || true
[ "$listening" = 0 ] || { cat "$work/err"; echo "the example configuration was refused"; exit 1; }
echo "systemd unit checked"

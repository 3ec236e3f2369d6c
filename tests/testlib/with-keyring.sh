#!/bin/bash
# Runs a command with a real Secret Service of its own: a private D-Bus
# session bus and gnome-keyring's daemon in it, with a login keyring created
# and unlocked, its files in a temporary folder removed afterwards.
# Usage: with-keyring.sh COMMAND [ARGS...]
set -eu
if [ -z "${MOSHIKOMI_IN_KEYRING_SESSION:-}" ]; then
    home=$(mktemp -d /tmp/moshikomi-keyring.XXXXXX)
    trap 'rm -rf "$home"' EXIT
    mkdir -m 700 "$home/run"
    status=0
    MOSHIKOMI_IN_KEYRING_SESSION=1 HOME="$home" XDG_DATA_HOME="$home/data" \
        XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/run" \
        dbus-run-session -- "$0" "$@" 2> >(grep -v "Failed to set fd limit" >&2) || status=$?
    exit $status
fi
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# The password on stdin creates the login keyring and unlocks it.
eval "$(printf 'moshikomi-test' | gnome-keyring-daemon --unlock --components=secrets)"
exec "$@"

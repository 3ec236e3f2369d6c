#!/bin/bash
# Runs a command in a D-Bus session of its own with the AT-SPI accessibility
# bus up, as a desktop with a screen reader has it, so that Qt's AT-SPI bridge
# publishes the application and tests/testlib/atspi-dump.py can read it. The
# desktop's keychain is there too (gnome-keyring, unlocked), as on a desktop.
# Usage: with-atspi.sh COMMAND [ARGS...]
set -eu
if [ -z "${MOSHIKOMI_IN_ATSPI_SESSION:-}" ]; then
    runtime=$(mktemp -d /tmp/moshikomi-atspi.XXXXXX)
    trap 'rm -rf "$runtime"' EXIT
    chmod 700 "$runtime"
    status=0
    MOSHIKOMI_IN_ATSPI_SESSION=1 XDG_RUNTIME_DIR="$runtime" HOME="$runtime" \
        XDG_DATA_HOME="$runtime/data" XDG_CONFIG_HOME="$runtime/config" \
        dbus-run-session -- "$0" "$@" 2> >(grep -v "Failed to set fd limit" >&2) || status=$?
    exit $status
fi
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"
eval "$(printf 'moshikomi-test' | gnome-keyring-daemon --unlock --components=secrets)"
/usr/libexec/at-spi-bus-launcher --launch-immediately &
launcher=$!
trap 'kill $launcher 2>/dev/null || true' EXIT
# Wait until the bus is there to be asked for.
for _ in $(seq 50); do
    dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress \
        >/dev/null 2>&1 && break
    sleep 0.1
done
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1
"$@"

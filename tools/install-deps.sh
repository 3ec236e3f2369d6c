#!/bin/bash
# Installs what building, running and testing Moshikomi needs on Debian 12 /
# Ubuntu, with apt-get (through sudo when not root). Installs only what is missing.
set -eu
packages=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql
    postgresql-15 postgresql-client-15
    qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libcurl4-openssl-dev libssl-dev libsqlite3-dev libgl-dev libxcb1-dev
    xvfb xauth fonts-ipaexfont-gothic
    python3-aiosmtpd openssl curl nginx chromium chromium-driver wrk lintian binutils
    at-spi2-core gir1.2-atspi-2.0 python3-gi libsodium-dev
    gnome-keyring dbus libsecret-1-0 tinyproxy systemd sqlite3
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q "${missing[@]}"

#!/bin/bash
# Builds Moshikomi and starts it. Usage: tools/run.sh [app arguments]
set -eu
cd "$(dirname "$0")/.."
tools/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMOSHIKOMI_BUILD_TESTS=OFF
cmake --build build -j2 --target moshikomi
exec build/app/moshikomi "$@"

#!/bin/bash
# Builds everything with AddressSanitizer and UBSan and runs every test.
# Usage: tools/test.sh [ctest arguments]
set -eu
cd "$(dirname "$0")/.."
tools/install-deps.sh
build=build-test
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DMOSHIKOMI_SANITIZE=ON \
      -DMOSHIKOMI_BUILD_TESTS=ON
cmake --build "$build" -j2
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# A display for the tests that render windows to PNG; the rest use offscreen.
xvfb-run -a -s "-screen 0 1280x1024x24" \
    ctest --test-dir "$build" -j2 --output-on-failure --timeout 600 "$@"

#!/bin/bash
# Builds the benchmarks in release mode, runs them and rewrites docs/performance.md.
set -eu
cd "$(dirname "$0")/.."
tools/install-deps.sh
build=build-bench
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMOSHIKOMI_BUILD_BENCH=ON \
      -DMOSHIKOMI_BUILD_TESTS=OFF
cmake --build "$build" -j2 --target bench_models bench_ui
rows=$(mktemp)
trap 'rm -f "$rows"' EXIT
(cd "$build" && ./bench/bench_models) >> "$rows"
if [ -x "$build/bench/bench_ui" ]; then
    (cd "$build" && QT_QPA_PLATFORM=offscreen ./bench/bench_ui) >> "$rows"
fi
{
    echo "# Performance"
    echo
    echo "Measured by \`tools/bench.sh\` (release build) on $(date -u +%Y-%m-%d), $(nproc) cores,"
    echo "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'). Baselines are measured in the"
    echo "same run. Medians of repeated rounds; the storage rows include an fsync per transaction"
    echo "(synchronous=FULL), so they follow the disk."
    echo
    echo "| what | measured | baseline | goal | verdict |"
    echo "|---|---|---|---|---|"
    cat "$rows"
} > docs/performance.md
cat docs/performance.md

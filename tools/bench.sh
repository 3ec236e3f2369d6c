#!/bin/bash
# Builds the benchmarks in release mode, runs them and rewrites docs/performance.md.
set -eu
cd "$(dirname "$0")/.."
tools/install-deps.sh
build=build-bench
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMOSHIKOMI_BUILD_BENCH=ON \
      -DMOSHIKOMI_BUILD_TESTS=OFF
cmake --build "$build" -j2 --target bench_models bench_ui bench_constant_server bench_mail \
    moshikomi-service
rows=$(mktemp)
trap 'rm -f "$rows"' EXIT
(cd "$build" && ./bench/bench_models) >> "$rows"
if [ -x "$build/bench/bench_ui" ]; then
    (cd "$build" && QT_QPA_PLATFORM=offscreen ./bench/bench_ui) >> "$rows"
fi
tools/bench-service.sh "$build" >> "$rows"
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
    cat <<'NOTES'

Notes
- The storage rows are dominated by the fsync of each commit; on a tmpfs (no fsync, CPU
  only) a draft costs about 65 µs and queuing about 120 µs against 23 µs for the raw INSERT:
  encoding the draft, the state check and the state log. A draft is saved at most every 400 ms
  while someone types, so neither figure is felt.
- Opening a 100,000-entry queue runs `integrity_check` over the whole file (about 0.5 GB of
  drafts with ten destinations each); reported, not a goal; it grows with the file.
- Start-up: the child process runs the application's own start (settings, language, local
  queue, schema cache, wizard) against a bare QWizard with one Japanese page in a window of
  the same size; both load the Japanese font. The rest of the difference is drawing step 1
  itself (eleven labelled fields, the step header). What keeps it low: the SQLite driver
  loads on the other core while the wizard is built, rows of steps 2 and 4 and every step
  header but the first are made when first shown, no style sheets on those widgets, and a
  Japanese UI font set up front instead of a fallback looked up for every label.
- Start-up on this machine (Intel Xeon, 2 cores): the commit before the core split
  (df0e0fb) measured 1.70–1.80× the bare QWizard here as well, against 1.45× on the AMD
  EPYC machine of the earlier table: the ratio moved with the machine, not with the split.
  Not met here; left for a start-up issue of its own.
NOTES
} > docs/performance.md
cat docs/performance.md

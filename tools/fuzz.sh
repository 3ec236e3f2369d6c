#!/bin/bash
# Fuzzes the core (tests/core/fuzz_core.cpp: decoding, normalising and
# validating submissions and drafts, and the normalisers on what is typed)
# with libFuzzer under AddressSanitizer and UBSan, built with clang.
# Usage: tools/fuzz.sh [SECONDS]   (default 300)
# An input that breaks a property is written to build-fuzz/found/; copy it
# into tests/core/fuzz-corpus/ (the test suite replays that folder) once it
# is fixed.
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-300}
command -v clang++ >/dev/null || sudo apt-get install -y clang
out=build-fuzz
mkdir -p "$out/objects" "$out/work" "$out/found"
flags=(-std=c++20 -g -O1 -fsanitize=address,undefined -fno-sanitize-recover=undefined -fPIC
       -DQT_NO_CAST_FROM_ASCII -DQT_USE_QSTRINGBUILDER -Imodels
       "-I$(qtpaths6 --query QT_INSTALL_HEADERS 2>/dev/null || echo /usr/include/x86_64-linux-gnu/qt6)"
       "-I$(qtpaths6 --query QT_INSTALL_HEADERS 2>/dev/null || echo /usr/include/x86_64-linux-gnu/qt6)/QtCore")
pids=()
for source in models/core/*.cpp tests/core/fuzz_core.cpp; do
    object="$out/objects/$(basename "$source").o"
    if [ ! "$object" -nt "$source" ]; then
        clang++ "${flags[@]}" -fsanitize=fuzzer-no-link -c "$source" -o "$object" &
        pids+=($!)
    fi
done
for pid in "${pids[@]}"; do wait "$pid"; done
clang++ -fsanitize=fuzzer,address,undefined "$out"/objects/*.o -lQt6Core -o "$out/fuzz_core"
cp -n tests/core/fuzz-corpus/* "$out/work/"
"$out/fuzz_core" -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix="$out/found/" "$out/work"

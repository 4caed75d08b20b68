#!/usr/bin/env bash
# Builds the fuzz targets with clang, AddressSanitizer and UndefinedBehaviorSanitizer in
# build-fuzz/ and runs each for SW_FUZZ_SECONDS (default 60) seconds: `tests/fuzz/run-fuzzers.sh`.
# A crash is written to tests/fuzz/regressions/<target>/, where the ordinary test suite replays
# it from then on.
set -euo pipefail
cd "$(dirname "$0")/../.."
packaging/install-deps.sh --test
packaging/install-deps.sh --fuzz
seconds=${SW_FUZZ_SECONDS:-60}
flags="-fsanitize=address,undefined,fuzzer-no-link -fno-sanitize-recover=undefined -g -O1"
if [[ ! -f build-fuzz/build.ninja ]]; then
  CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSW_FUZZ=ON -DSW_FUZZ_SECONDS="$seconds" -DCMAKE_CXX_FLAGS="$flags"
fi
cmake --build build-fuzz --parallel "$(nproc)" --target fuzz_project_loader fuzz_midi_reader fuzz_prompt_parser fuzz_lyrics_analyzer
cd build-fuzz
ctest -L fuzz --output-on-failure

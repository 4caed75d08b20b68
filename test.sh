#!/usr/bin/env bash
# Installs what is missing, builds Scorewright and runs every test (ctest).
#   ./test.sh              the whole suite
#   ./test.sh -L unit      only one label (unit, gui, e2e); any ctest arguments are passed on
set -euo pipefail
cd "$(dirname "$0")"

packaging/install-deps.sh --test

build_dir=${SCOREWRIGHT_BUILD_DIR:-build}
if [[ ! -f "$build_dir/build.ninja" ]]; then
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release
fi
cmake --build "$build_dir" --parallel "$(nproc)"

export QT_QPA_PLATFORM=offscreen
cd "$build_dir"
ctest --output-on-failure --parallel "$(nproc)" "$@"

#!/usr/bin/env bash
# Builds Scorewright with ThreadSanitizer (in build-tsan) and runs the core's tests and the
# concurrency stress test under it. Not part of ./test.sh: the instrumented build takes about
# half an hour on two cores. Any ctest arguments are passed on (e.g. -R test_concurrency).
#
# The libraries from Debian are not instrumented; see tests/tsan.supp.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${SCOREWRIGHT_TSAN_BUILD_DIR:-build-tsan}
if [[ ! -f "$build/build.ninja" ]]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSW_SANITIZE_THREAD=ON
fi
cmake --build "$build" --parallel "$(nproc)"
# ignore_noninstrumented_modules: memory handed between threads inside Qt, FFmpeg or libtorch
# (allocated in one, freed in another) is theirs to synchronise, and they do, out of TSan's sight.
# die_after_fork=0: tests start ffmpeg and our own tools through QProcess.
export TSAN_OPTIONS="suppressions=$PWD/tests/tsan.supp halt_on_error=1 second_deadlock_stack=1 ignore_noninstrumented_modules=1 die_after_fork=0 ${TSAN_OPTIONS:-}"
export QT_QPA_PLATFORM=offscreen
cd "$build"
# unit: the core's tests; stress: everything at once. The format check and the fuzz replays do
# not run threads.
ctest --output-on-failure -L 'unit|stress' -E 'format_check|replay_fuzz' --timeout 3000 "$@"

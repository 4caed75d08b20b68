#!/usr/bin/env bash
# Installs what is missing, builds Scorewright (Release) and opens the demo project in the
# desktop application. Without a display it runs the headless job on the demo project instead
# and says where its output went.
set -euo pipefail
cd "$(dirname "$0")"

packaging/install-deps.sh

build_dir=${SCOREWRIGHT_BUILD_DIR:-build}
if [[ ! -f "$build_dir/build.ninja" ]]; then
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release
fi
cmake --build "$build_dir" --parallel "$(nproc)"

demo=resources/demo/demo.swproj
if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
  echo "Opening $demo in Scorewright..."
  exec "$build_dir/app/scorewright" "$demo"
fi

# No display: the headless job. Until composition lands it summarizes the demo project and plans
# its music (tempo map on the cuts, sections, intensity, with the reasons).
summary="$build_dir/demo-summary.txt"
plan="$build_dir/demo-plan.json"
"$build_dir/app/scorewright-cli" info "$demo" | tee "$summary"
echo
"$build_dir/app/scorewright-cli" plan "$demo" | tee -a "$summary"
"$build_dir/app/scorewright-cli" plan "$demo" --json > "$plan"
echo
echo "No display found, so the demo project was summarized and planned headlessly instead of opened."
echo "The summary and plan are in $summary, the plan as JSON in $plan"

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

# No display: the headless job. Summarizes the demo project, plans its music (tempo map on the
# cuts, sections, intensity, with the reasons), composes the score with the trained composer,
# sings the lyric clip over it with the trained lyricist,
# renders it at the web loudness preset and muxes it under the demo video.
cli="$build_dir/app/scorewright-cli"
out="$build_dir/demo"
mkdir -p "$out"
"$cli" info "$demo" | tee "$out/summary.txt"
echo
"$cli" plan "$demo" | tee -a "$out/summary.txt"
"$cli" plan "$demo" --json > "$out/plan.json"
echo
"$cli" score "$demo" --sing -o "$out/score.mid" --musicxml "$out/score.musicxml" | tee -a "$out/summary.txt"
"$cli" export "$out/score.mid" --wav "$out/score.wav" --stems "$out/stems" \
  --video resources/demo/demo.mp4 --muxed "$out/demo-scored.mp4" | tee -a "$out/summary.txt"
echo
echo "No display found, so the demo project was scored headlessly instead of opened. In $out:"
echo "  summary.txt (what was planned and composed), plan.json, score.mid, score.musicxml,"
echo "  score.wav (the mix at -14 LUFS), stems/ and demo-scored.mp4 (the video with the music)."

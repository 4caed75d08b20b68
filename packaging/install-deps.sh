#!/usr/bin/env bash
# Installs the Debian 12 packages Scorewright needs to build, test and run, and only those that
# are missing: a second run installs nothing and takes a second. Used by run.sh and test.sh.
#
#   packaging/install-deps.sh          build and run dependencies
#   packaging/install-deps.sh --test   also what the test suite's independent checkers need
#   packaging/install-deps.sh --fuzz   clang and libFuzzer for tests/fuzz/run-fuzzers.sh
set -euo pipefail

build_packages=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-multimedia-dev          # the preview's sound (QAudioSink)
  libgl-dev libxkbcommon-dev
  qt6-qpa-plugins
  qt6-translations-l10n       # Qt's own words in German and Chinese: key names, Cancel, dialogs
  libavformat-dev libavcodec-dev libavutil-dev libswscale-dev libswresample-dev
  libopencv-core-dev libopencv-imgproc-dev libopencv-video-dev
  libfluidsynth-dev libebur128-dev fluid-soundfont-gm
  libespeak-ng-dev libhyphen-dev hyphen-en-us
  libtorch-dev libopenblas0-pthread # the composer; without OpenBLAS libtorch is ~13x slower
  librtmidi-dev               # MIDI devices: preview on an output, record from an input
  libaubio-dev                # aubio's note tracker, the baseline of `bench hum`
)
test_packages=(
  python3 python3-mido        # an independent MIDI reader (run with /usr/bin/python3)
  fluidsynth fluid-soundfont-gm # FluidSynth's player renders our MIDI files
  musescore3                  # MuseScore 3 imports our MIDI files
  xvfb xauth                  # a real X server for screenshots of the window
  ffmpeg                      # makes the test videos whose cuts and beats are known
  desktop-file-utils appstream # validate the .desktop file and the AppStream metainfo
)

fuzz_packages=(
  clang libclang-rt-14-dev    # libFuzzer and the sanitizers (tests/fuzz/run-fuzzers.sh)
)

packages=("${build_packages[@]}")
case "${1:-}" in
  --test) packages+=("${test_packages[@]}") ;;
  --fuzz) packages=("${fuzz_packages[@]}") ;;
esac

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "All ${#packages[@]} required Debian packages are installed."
  exit 0
fi

echo "Installing missing Debian packages: ${missing[*]}"
sudo=""
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null; then
    sudo="sudo"
  else
    echo "error: packages are missing and this user cannot install them; ask an administrator" \
         "to run: apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"

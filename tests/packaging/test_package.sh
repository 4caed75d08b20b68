#!/usr/bin/env bash
# The desktop package: its metadata validates, `cpack -G DEB` builds a package with computed
# library dependencies, and the scorewright-cli inside it, unpacked into an empty folder, finds
# its own models and scores the demo project it ships with from a clean working directory.
#
#   test_package.sh SOURCE_DIR BINARY_DIR
set -euo pipefail
source_dir=$1
binary_dir=$2
linux=$source_dir/packaging/linux
id=org.scorewright.Scorewright

desktop-file-validate "$linux/$id.desktop"
appstreamcli validate --no-net "$linux/$id.metainfo.xml"
/usr/bin/python3 -c "import sys, xml.dom.minidom as m; m.parse(sys.argv[1])" "$linux/$id.xml"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cpack -G DEB --config "$binary_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/scorewright_*.deb)
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# Library dependencies computed by dpkg-shlibdeps, the run-time data listed by hand.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for needed in libqt6widgets6 libfluidsynth3 libavformat libespeak-ng1 fluid-soundfont-gm hyphen-en-us; do
  grep -q "$needed" <<<"$depends" || { echo "Depends lacks $needed" >&2; exit 1; }
done
contents=$(dpkg-deb -c "$deb")
for path in usr/bin/scorewright usr/bin/scorewright-cli usr/share/scorewright/models/composer.pt \
  usr/share/scorewright/demo/demo.swproj usr/share/applications/$id.desktop \
  usr/share/metainfo/$id.metainfo.xml usr/share/mime/packages/$id.xml \
  usr/share/icons/hicolor/scalable/apps/$id.svg usr/share/icons/hicolor/256x256/apps/$id.png \
  usr/share/scorewright/translations/scorewright_de.qm; do
  grep -q " \./$path\$" <<<"$contents" || { echo "the package lacks $path" >&2; exit 1; }
done

# Installed (unpacked) into a folder of its own; run from another, empty one.
dpkg-deb -x "$deb" "$work/root"
mkdir "$work/clean"
cd "$work/clean"
cli=$work/root/usr/bin/scorewright-cli
version=$("$cli" --version)
echo "$version"
grep -qx "models: $work/root/usr/share/scorewright/models" <<<"$version" ||
  { echo "the installed program does not use its installed models" >&2; exit 1; }
"$cli" score "$work/root/usr/share/scorewright/demo/demo.swproj" -o demo.mid --seed 3
/usr/bin/python3 - <<'PY'
import mido
notes = sum(1 for t in mido.MidiFile("demo.mid").tracks for m in t if m.type == "note_on" and m.velocity > 0)
print(f"demo.mid: {notes} notes")
assert notes > 50, notes
PY

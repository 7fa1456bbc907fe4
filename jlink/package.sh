#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Wraps the standalone image with jpackage: a native app folder (target/installer/SegmentLab)
# and, where dpkg-deb and fakeroot are installed, a .deb installer. Build the image first:
#   mvn -Pdist -DskipTests package && bash jlink/package.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
image="$root/target/segmentlab-image"
out="$root/target/installer"
[[ -x "$image/bin/segmentlab" ]] || { echo "error: build the image first: mvn -Pdist -DskipTests package" >&2; exit 2; }
if [[ -z "${JAVA_HOME:-}" ]]; then
  JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
fi
version=$(HOME="$root/target" "$image/bin/segmentlab" --version | sed -n '1s/^SegmentLab //p')
options=(
  --name SegmentLab --app-version "${version:-0.1.0}" --vendor SegmentLab
  --description "Segments app users from a CSV export"
  --input "$image/app" --main-jar segmentlab.jar --main-class org.segmentlab.Main
  --runtime-image "$image/runtime"
  --java-options "-XX:MaxRAMPercentage=50 -XX:+UseParallelGC"
  --java-options "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED"
  --java-options "--add-exports=javafx.controls/com.sun.javafx.scene.control=ALL-UNNAMED"
  --java-options "--add-exports=javafx.controls/com.sun.javafx.scene.control.behavior=ALL-UNNAMED"
  --java-options "--add-exports=javafx.graphics/com.sun.javafx.scene=ALL-UNNAMED"
  --java-options "--add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED"
)
rm -rf "$out"
mkdir -p "$out"
"$JAVA_HOME/bin/jpackage" --type app-image --dest "$out" "${options[@]}"
echo "app folder: $out/SegmentLab (run bin/SegmentLab)"
if command -v dpkg-deb > /dev/null && command -v fakeroot > /dev/null; then
  "$JAVA_HOME/bin/jpackage" --type deb --dest "$out" "${options[@]}" \
    --license-file "$root/LICENSE" --linux-menu-group Office --linux-shortcut --linux-app-category misc
  echo "installer: $(ls "$out"/*.deb)"
else
  echo "no .deb: dpkg-deb and fakeroot are not installed"
fi

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds target/segmentlab-image: a trimmed Java runtime (the JDK modules jdeps finds plus the
# JavaFX modules), the app's jars on the class path and the bin/segmentlab launcher. Run through Maven: `mvn -Pdist -DskipTests package` (it needs target/segmentlab.jar
# and target/lib, which `package` makes first).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
target="$root/target"
image="$target/segmentlab-image"
work="$target/jlink-work"

if [[ -z "${JAVA_HOME:-}" ]]; then
  JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
fi
jdk_bin="$JAVA_HOME/bin"
for tool in jlink jdeps java; do
  [[ -x "$jdk_bin/$tool" ]] || { echo "error: $jdk_bin/$tool not found; set JAVA_HOME to a JDK" >&2; exit 2; }
done
[[ -f "$target/segmentlab.jar" && -d "$target/lib" ]] || {
  echo "error: run 'mvn -DskipTests package' first (target/segmentlab.jar and target/lib are missing)" >&2; exit 2; }

rm -rf "$image" "$work"
mkdir -p "$work/javafx" "$work/classpath" "$image/app/lib" "$image/bin"

# JavaFX's platform jars are modules (with their native libraries inside); they go into the
# runtime. Everything else stays on the class path, as Tablesaw and Smile are not modules.
for jar in "$target"/lib/*.jar; do
  name=$(basename "$jar")
  case "$name" in
    javafx-*-linux.jar) cp "$jar" "$work/javafx/" ;;
    javafx-*.jar) ;;  # empty placeholder jars Maven resolves beside the platform ones
    *) cp "$jar" "$image/app/lib/" ;;
  esac
done
cp "$target/segmentlab.jar" "$image/app/"

# fastutil is 23 MB of generated collections, of which Tablesaw uses a few: keep the classes
# reachable (per jdeps) from the other jars, about 1,800 of 12,800.
trim_fastutil() {
  local jar trimmed="$work/fastutil"
  jar=$(ls "$image"/app/lib/fastutil-*.jar 2>/dev/null) || return 0
  mkdir -p "$trimmed/classes"
  "$jdk_bin/jdeps" -verbose:class -filter:none --multi-release 17 "$jar" > "$trimmed/edges" 2>/dev/null
  : > "$trimmed/references"
  for other in "$image"/app/lib/*.jar "$image/app/segmentlab.jar"; do
    [[ "$other" == "$jar" ]] && continue
    # jars that are modules needing JavaFX cannot be analysed alone; none of them uses fastutil
    "$jdk_bin/jdeps" -verbose:class --multi-release 17 --ignore-missing-deps -cp "$image/app/lib/*" "$other" \
      >> "$trimmed/references" 2>/dev/null || true
  done
  awk '$3 ~ /^it\.unimi\.dsi\.fastutil\./ {print $3}' "$trimmed/references" | sort -u > "$trimmed/roots"
  # breadth-first closure over fastutil's own class references, keeping outer classes of inner ones
  awk 'NR == FNR { if ($1 ~ /^it\.unimi/ && $3 ~ /^it\.unimi\.dsi\.fastutil\./) next_of[$1] = next_of[$1] " " $3; next }
       !($1 in seen) { seen[$1] = 1; queue[n++] = $1 }
       END {
         for (i = 0; i < n; i++) {
           m = split(next_of[queue[i]], targets, " ")
           for (j = 1; j <= m; j++) if (!(targets[j] in seen)) { seen[targets[j]] = 1; queue[n++] = targets[j] }
           outer = queue[i]
           while (sub(/\$[^$]*$/, "", outer)) if (!(outer in seen)) { seen[outer] = 1; queue[n++] = outer }
         }
         for (i = 0; i < n; i++) { gsub(/\./, "/", queue[i]); print queue[i] ".class" }
       }' "$trimmed/edges" "$trimmed/roots" > "$trimmed/keep"
  (cd "$trimmed/classes" && "$jdk_bin/jar" xf "$jar" @"$trimmed/keep" META-INF/MANIFEST.MF \
    && "$jdk_bin/jar" cfm "$jar.trimmed" META-INF/MANIFEST.MF it)
  mv "$jar.trimmed" "$jar"
  echo "fastutil trimmed to $(wc -l < "$trimmed/keep") classes ($(du -h "$jar" | cut -f1))"
}
trim_fastutil

javafx_modules=javafx.base,javafx.graphics,javafx.controls,javafx.swing
jdk_modules=$("$jdk_bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 --recursive \
  --module-path "$work/javafx" --add-modules "$javafx_modules" \
  --class-path "$image/app/lib/*" "$image/app/segmentlab.jar")
# jdeps cannot see what is loaded by name at run time: the SHA-256 and charset providers live
# in java.base, zip file systems and locale data are not needed; keep the list as jdeps says
# and add the modules the JDK needs to start a desktop app and read preferences.
modules="$jdk_modules,$javafx_modules,java.prefs,jdk.unsupported,jdk.zipfs"
echo "runtime modules: $modules"

strip_native=()
if command -v objcopy > /dev/null; then
  strip_native=(--strip-native-debug-symbols=exclude-debuginfo-files)  # jlink uses binutils' objcopy
fi
"$jdk_bin/jlink" \
  --module-path "$JAVA_HOME/jmods:$work/javafx" \
  --add-modules "$modules" \
  --strip-debug "${strip_native[@]}" \
  --no-header-files --no-man-pages --compress=2 --generate-cds-archive \
  --output "$image/runtime"

# The JavaFX native libraries next to the runtime's own, so nothing is unpacked into the
# user's home folder on first start.
for jar in "$work"/javafx/*.jar; do
  natives=$("$jdk_bin/jar" tf "$jar" | grep '\.so$' || true)
  if [[ -n "$natives" ]]; then
    (cd "$image/runtime/lib" && "$jdk_bin/jar" xf "$jar" $natives)
  fi
done

cp "$root/jlink/segmentlab" "$image/bin/segmentlab"
chmod +x "$image/bin/segmentlab"
cp "$root/LICENSE" "$image/"

# The JDK's own class-data archive stays (jlink --generate-cds-archive); the app's is recorded
# by the launcher on first start, in the user's cache (see bin/segmentlab).
rm -f "$image/runtime/lib/server/classes_nocoops.jsa"  # only for heaps over 32 GB

# Smoke test: the image segments the sample with its own runtime.
check=$(mktemp -d)
cp "$root/sample-data/userbehaviour.csv" "$check/"
env -u JAVA_HOME HOME="$check" PATH=/usr/bin:/bin "$image/bin/segmentlab" segment "$check/userbehaviour.csv" \
  > "$check/out.txt"
grep -q "rows 999 clustered 999 skipped 0" "$check/out.txt"
rm -rf "$check"

rm -rf "$work"
echo "built $image ($(du -sh "$image" | cut -f1))"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Proves the standalone image needs no JDK: moves a copy to another folder and runs
# bin/segmentlab with JAVA_HOME unset and no java on the PATH, checking the labelled CSV.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
image="$root/target/segmentlab-image"
[[ -x "$image/bin/segmentlab" ]] || { echo "error: build the image first: mvn -Pdist -DskipTests package" >&2; exit 2; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp -r "$image" "$scratch/SegmentLab"
mkdir -p "$scratch/bin" "$scratch/home" "$scratch/data"
# a PATH with only the few commands the launcher uses, and certainly no java
for tool in sh dirname cksum cut stat mkdir mv rm cat; do
  ln -s "$(command -v "$tool")" "$scratch/bin/$tool"
done
in_isolation() {
  env -i HOME="$scratch/home" PATH="$scratch/bin" "$@"
}
if in_isolation sh -c 'command -v java' > /dev/null; then
  echo "error: java is still reachable in the isolated environment" >&2; exit 1
fi

cp "$root/sample-data/userbehaviour.csv" "$scratch/data/users.csv"
in_isolation "$scratch/SegmentLab/bin/segmentlab" segment "$scratch/data/users.csv" -k 4 \
  -o "$scratch/data/labelled.csv" > "$scratch/out.txt"
cat "$scratch/out.txt"
grep -q "rows 999 clustered 999 skipped 0" "$scratch/out.txt"
lines=$(wc -l < "$scratch/data/labelled.csv")
header=$(head -1 "$scratch/data/labelled.csv")
[[ "$lines" -eq 1000 ]] || { echo "error: labelled CSV has $lines lines, expected 1000" >&2; exit 1; }
[[ "$header" == *",segment,segment_name" ]] || { echo "error: unexpected header: $header" >&2; exit 1; }
# every input line is kept, in order, with two more fields
paste -d'\n' <(tail -n +2 "$scratch/data/users.csv") <(tail -n +2 "$scratch/data/labelled.csv") \
  | awk 'NR % 2 == 1 { original = $0; next } index($0, original ",") != 1 { bad++ } END { exit bad > 0 }' \
  || { echo "error: a labelled row does not start with its input row" >&2; exit 1; }

# a second run uses the class-data archive recorded by the first
in_isolation "$scratch/SegmentLab/bin/segmentlab" --version
ls "$scratch/home/.cache/segmentlab/"*.jsa > /dev/null
echo "standalone image OK: ran with no JDK, $(du -sh "$scratch/SegmentLab" | cut -f1) unpacked"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the same job as whole processes, SegmentLab and the tutorial's stack (pandas + scikit-learn) in
# turn, and prints each run, the medians and the ratios SegmentLab / peer. The job: load the users,
# min-max scale Last Visited Minutes and Average Spent on App (INR), k-means k = 4 with 10 restarts,
# write the labelled CSV.
#
#   src/bench/side-by-side.sh USERS.csv [RUNS] [-- SEGMENTLAB COMMAND...]
#
# Needs GNU time (/usr/bin/time) and, for the peer, Debian's python3-pandas and python3-sklearn.
# SegmentLab runs from the standalone image when it is built (mvn -Pdist package), else java -jar.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
input="${1:?usage: side-by-side.sh USERS.csv [RUNS] [-- SEGMENTLAB COMMAND...]}"
runs="${2:-5}"
shift $(( $# >= 2 ? 2 : 1 ))
[ "${1:-}" = "--" ] && shift
if [ $# -gt 0 ]; then
  ours=("$@")
elif [ -x "$here/target/segmentlab-image/bin/segmentlab" ]; then
  ours=("$here/target/segmentlab-image/bin/segmentlab")
else
  ours=(java -jar "$here/target/segmentlab.jar")
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

measure() { # label, command... -> appends "wall cpu rss_mb" to $work/label
  local label="$1"; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/t" "$@" >"$work/out" 2>"$work/err" \
    || { echo "$label failed:"; cat "$work/err"; exit 1; }
  read -r wall user sys rss <"$work/t"
  awk -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" 'BEGIN { printf "%.2f %.2f %.0f\n", w, u + s, r / 1024 }' \
    | tee -a "$work/$label" | awk -v l="$label" "{ printf \"%-11s %s\\n\", l, \$0 }"
}

echo "run         wall_s cpu_s peak_rss_MB"
for ((i = 1; i <= runs; i++)); do
  measure segmentlab "${ours[@]}" segment "$input" -o "$work/labelled.csv"
  measure peer /usr/bin/python3 "$here/src/bench/python/tutorial_pipeline.py" "$input"
done
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
echo
echo "median      wall_s cpu_s peak_rss_MB"
for label in segmentlab peer; do
  for col in 1 2 3; do cut -d' ' -f$col "$work/$label" | median; done | paste -sd' ' | awk -v l="$label" "{ printf \"%-11s %s\\n\", l, \$0 }"
done | tee "$work/medians"
awk 'NR == 1 { for (i = 2; i <= 4; i++) a[i] = $i } NR == 2 { printf "ratio       %.2f %.2f %.2f   (SegmentLab / peer; below 1 is better)\n", a[2] / $2, a[3] / $3, a[4] / $4 }' "$work/medians"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Measures the time from launching bin/segmentlab to the first frame of the window, several
# times (the first run warms the disk cache), and prints each and the median.
# Needs a display: run it under `xvfb-run -a` on a machine without one.
set -euo pipefail
image=${1:-"$(cd "$(dirname "$0")/.." && pwd)/target/segmentlab-image"}
runs=${RUNS:-5}
times=()
for i in $(seq "$runs"); do
  start=$(date +%s%3N)
  line=$(SEGMENTLAB_JAVA_OPTIONS="-Dsegmentlab.reportFirstFrame=true" "$image/bin/segmentlab" 2>/dev/null \
    | grep -m1 first-frame-epoch-ms)
  end=${line##* }
  times+=($((end - start)))
  echo "run $i: $((end - start)) ms"
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "median launch to first frame: ${sorted[$((runs / 2))]} ms"

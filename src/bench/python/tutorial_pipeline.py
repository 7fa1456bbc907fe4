#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The tutorial's own stack (pandas + scikit-learn KMeans) doing SegmentLab's job, for side-by-side timing.

Same stages as `segmentlab bench`: load the CSV, extract and min-max scale the two features,
k-means with k-means++ and 10 restarts, write the labelled CSV. Prints seconds and peak RSS.

    /usr/bin/python3 src/bench/python/tutorial_pipeline.py users.csv [k]
"""
import resource
import sys
import tempfile
import time

import pandas as pd
from sklearn.cluster import KMeans
from sklearn.preprocessing import MinMaxScaler

FEATURES = ["Last Visited Minutes", "Average Spent on App (INR)"]


def main():
    path = sys.argv[1]
    k = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    times = {}
    start = time.perf_counter()
    data = pd.read_csv(path)
    times["load"] = time.perf_counter() - start

    start = time.perf_counter()
    usable = data[FEATURES].dropna()
    scaled = MinMaxScaler().fit_transform(usable.to_numpy())
    times["extract+scale"] = time.perf_counter() - start

    start = time.perf_counter()
    model = KMeans(n_clusters=k, init="k-means++", n_init=10, random_state=42).fit(scaled)
    times["cluster"] = time.perf_counter() - start

    start = time.perf_counter()
    data.loc[usable.index, "segment"] = model.labels_ + 1
    with tempfile.NamedTemporaryFile(suffix=".csv") as out:
        data.to_csv(out.name, index=False)
    times["write"] = time.perf_counter() - start

    print("stage            seconds")
    for stage, seconds in times.items():
        print(f"{stage:<15}  {seconds:7.3f}")
    print(f"total            {sum(times.values()):7.3f}")
    print(f"rows             {len(data)}")
    print(f"inertia          {model.inertia_!r}")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process peak RSS {peak_mb:.0f} MB, pandas {pd.__version__}")


if __name__ == "__main__":
    main()

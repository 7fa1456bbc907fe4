// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import smile.clustering.XMeans;

/**
 * Lets Smile's X-means pick the number of segments (splitting while the Bayesian information
 * criterion improves); the chosen k is then run like any other, with restarts and names.
 */
public final class AutoK {
  private AutoK() {}

  /** The k X-means settles on, between 2 and {@code maxK}, for the prepared (scaled) features. */
  public static int choose(Segmenter.Prepared prepared, int maxK) {
    double[][] scaled = prepared.scaled();
    // X-means cannot split fewer different points than it may make segments (it fails on 2)
    int limit = Math.min(maxK, Segmenter.distinctRows(prepared.matrix(), maxK));
    if (limit <= 2) {
      return 2;
    }
    XMeans model;
    try {
      model = SeededRandom.withSeed(prepared.settings().seed(),
          () -> XMeans.fit(scaled, limit, KMeansClustering.MAX_ITERATIONS, 1e-4));
    } catch (IndexOutOfBoundsException e) {
      // Smile's X-means fails when it tries to split a group of identical points: choose on the
      // different points alone
      double[][] distinct = different(scaled);
      model = SeededRandom.withSeed(prepared.settings().seed(),
          () -> XMeans.fit(distinct, Math.min(limit, distinct.length), KMeansClustering.MAX_ITERATIONS, 1e-4));
    }
    return Math.max(2, model.k);
  }

  private static double[][] different(double[][] points) {
    var seen = new java.util.LinkedHashMap<java.util.List<Double>, double[]>();
    for (double[] point : points) {
      seen.putIfAbsent(java.util.Arrays.stream(point).boxed().toList(), point);
    }
    return seen.values().toArray(double[][]::new);
  }

  /**
   * Why X-means' k can differ from the k scan's recommendation, in words for the user: the two
   * answer different questions.
   */
  public static String whyNotTheScansK(int autoK, int scanK) {
    if (autoK == scanK) {
      return "";
    }
    return "X-means chose k = " + autoK + " where the Choose k scan recommends k = " + scanK + ": X-means "
        + "splits a segment whenever two fit its users better by an information criterion (BIC), which "
        + (autoK > scanK ? "finds more segments, especially with many users" : "can stop at fewer segments")
        + ", while the scan recommends the k whose segments lie most clearly apart (silhouette).";
  }

  /** Picks k with X-means, then segments with that k. */
  public static Segmentation run(Segmenter.Prepared prepared, int maxK, Cancellation cancel, Progress progress)
      throws org.segmentlab.data.DataException {
    progress.update(0, "Choosing k with X-means");
    int k = choose(prepared, maxK);
    cancel.check();
    return Segmenter.cluster(prepared.withK(k), cancel, progress);
  }
}

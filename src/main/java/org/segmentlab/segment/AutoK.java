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
    int limit = Math.max(2, Math.min(maxK, scaled.length));
    XMeans model = SeededRandom.withSeed(prepared.settings().seed(),
        () -> XMeans.fit(scaled, limit, KMeansClustering.MAX_ITERATIONS, 1e-4));
    return Math.max(2, model.k);
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

// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import smile.validation.metric.AdjustedRandIndex;

/**
 * Will the same segments come back tomorrow? Re-runs the segmentation with other seeds and
 * measures agreement: mean adjusted Rand index overall, and per segment the best Jaccard overlap
 * with any segment of each re-run (averaged over re-runs).
 *
 * <p>Badges: <b>stable</b> when the mean ARI is at least {@value #STABLE}, <b>shaky</b> from
 * {@value #SHAKY}, <b>unstable</b> below that.
 */
public record Stability(int reruns, double meanAri, List<Double> jaccardPerSegment) {
  public static final double STABLE = 0.9;
  public static final double SHAKY = 0.75;
  public static final int DEFAULT_RERUNS = 10;

  public Stability {
    jaccardPerSegment = List.copyOf(jaccardPerSegment);
  }

  /** stable, shaky or unstable. */
  public String badge() {
    return meanAri >= STABLE ? "stable" : meanAri >= SHAKY ? "shaky" : "unstable";
  }

  public String describe() {
    return String.format(Locale.ROOT, "%s: mean adjusted Rand index %.3f over %d re-runs with other seeds",
        badge(), meanAri, reruns);
  }

  /** Re-runs with {@code reruns} seeds derived from the segmentation's own. */
  public static Stability check(Segmentation base, int reruns, Cancellation cancel, Progress progress) {
    if (reruns < 1) {
      throw new IllegalArgumentException("at least one re-run is needed");
    }
    SegmentationSettings settings = base.settings();
    double[][] scaled = base.scaling().transform(base.matrix());
    int n = scaled.length;
    int k = settings.k();
    int[] reference = new int[n];
    for (int i = 0; i < n; i++) {
      reference[i] = base.segmentOfUsableRow(i) - 1;
    }
    long[] seeds = SeededRandom.derive(settings.seed() ^ 0x5DEECE66DL, reruns);
    var points = new KMeansClustering.Points(scaled); // one search tree for every re-run
    double ariSum = 0;
    double[] jaccardSum = new double[k];
    for (int r = 0; r < reruns; r++) {
      cancel.check();
      progress.update((double) r / reruns, "Re-run " + (r + 1) + " of " + reruns);
      var other = KMeansClustering.fit(points, k, seeds[r], settings.restarts(), cancel, Progress.NONE);
      ariSum += AdjustedRandIndex.of(reference, other.labels());
      double[] best = bestJaccard(reference, other.labels(), k);
      for (int c = 0; c < k; c++) {
        jaccardSum[c] += best[c];
      }
    }
    progress.update(1, "Stability checked");
    List<Double> jaccard = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      jaccard.add(jaccardSum[c] / reruns);
    }
    return new Stability(reruns, ariSum / reruns, jaccard);
  }

  /** For each reference segment, the highest Jaccard overlap with any segment of the other labelling. */
  static double[] bestJaccard(int[] reference, int[] other, int k) {
    int otherK = 0;
    for (int label : other) {
      otherK = Math.max(otherK, label + 1);
    }
    long[][] both = new long[k][otherK];
    long[] sizeA = new long[k];
    long[] sizeB = new long[otherK];
    for (int i = 0; i < reference.length; i++) {
      both[reference[i]][other[i]]++;
      sizeA[reference[i]]++;
      sizeB[other[i]]++;
    }
    double[] best = new double[k];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < otherK; b++) {
        long union = sizeA[a] + sizeB[b] - both[a][b];
        if (union > 0) {
          best[a] = Math.max(best[a], (double) both[a][b] / union);
        }
      }
    }
    return best;
  }
}

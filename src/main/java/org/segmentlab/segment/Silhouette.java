// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Mean silhouette (how much closer each user is to its own segment than to the next nearest),
 * from -1 to 1. Smile 3.1.1 has none. Exact up to {@link #EXACT_LIMIT} users; above that it is
 * computed on a seeded random sample of that many users, as Orange and scikit-learn do.
 */
public final class Silhouette {
  /** Largest number of users scored exactly; also the sample size above it (as Orange does). */
  public static final int EXACT_LIMIT = 5_000;

  /**
   * The figures: overall mean, mean per segment (by label 0..k-1, NaN for an empty one), and how
   * many users were scored (all of them, or the sample size).
   */
  public record Score(double mean, double[] perSegment, int scored, boolean sampled) {}

  private Silhouette() {}

  /** Scores labels 0..k-1 of the points in the space they were clustered in. */
  public static Score of(double[][] points, int[] labels, int k, long seed) {
    int n = points.length;
    int[] chosen;
    boolean sampled = n > EXACT_LIMIT;
    if (sampled) {
      chosen = sample(n, EXACT_LIMIT, seed);
    } else {
      chosen = IntStream.range(0, n).toArray();
    }
    int m = chosen.length;
    int[] sizes = new int[k];
    for (int index : chosen) {
      sizes[labels[index]]++;
    }
    // the scored users' coordinates and labels side by side in flat arrays: the inner loop runs
    // m * m times, and reading rows through their own objects made it memory-bound
    int d = points[0].length;
    double[] flat = new double[m * d];
    int[] label = new int[m];
    for (int a = 0; a < m; a++) {
      System.arraycopy(points[chosen[a]], 0, flat, a * d, d);
      label[a] = labels[chosen[a]];
    }
    double[] values = new double[m];
    IntStream.range(0, m).parallel().forEach(a -> {
      double[] sums = new double[k];
      int from = a * d;
      for (int b = 0; b < m; b++) {
        if (b != a) {
          int to = b * d;
          double squared = 0;
          for (int j = 0; j < d; j++) {
            double diff = flat[from + j] - flat[to + j];
            squared += diff * diff;
          }
          sums[label[b]] += Math.sqrt(squared);
        }
      }
      int own = label[a];
      if (sizes[own] <= 1) {
        values[a] = 0; // a segment of one: silhouette is 0 by convention
        return;
      }
      double within = sums[own] / (sizes[own] - 1);
      double nearest = Double.POSITIVE_INFINITY;
      for (int c = 0; c < k; c++) {
        if (c != own && sizes[c] > 0) {
          nearest = Math.min(nearest, sums[c] / sizes[c]);
        }
      }
      double spread = Math.max(within, nearest);
      values[a] = spread == 0 || Double.isInfinite(nearest) ? 0 : (nearest - within) / spread;
    });
    double total = 0;
    double[] perSegment = new double[k];
    for (int a = 0; a < m; a++) {
      total += values[a];
      perSegment[labels[chosen[a]]] += values[a];
    }
    for (int c = 0; c < k; c++) {
      perSegment[c] = sizes[c] == 0 ? Double.NaN : perSegment[c] / sizes[c];
    }
    return new Score(total / m, perSegment, m, sampled);
  }

  private static int[] sample(int n, int size, long seed) {
    // partial Fisher-Yates: a uniform sample without replacement, sorted for memory locality
    int[] index = IntStream.range(0, n).toArray();
    var random = new SplittableRandom(seed);
    for (int i = 0; i < size; i++) {
      int j = i + random.nextInt(n - i);
      int swap = index[i];
      index[i] = index[j];
      index[j] = swap;
    }
    int[] chosen = Arrays.copyOf(index, size);
    Arrays.sort(chosen);
    return chosen;
  }
}

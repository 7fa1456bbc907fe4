// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

/** The few summary statistics the pipeline needs, defined once so every figure agrees. */
public final class Statistics {
  private Statistics() {}

  public static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  public static double populationStandardDeviation(double[] values, double mean) {
    double sum = 0;
    for (double v : values) {
      sum += (v - mean) * (v - mean);
    }
    return Math.sqrt(sum / values.length);
  }

  /** The q-quantile of sorted values with linear interpolation (numpy's default). */
  public static double quantileOfSorted(double[] sorted, double q) {
    double position = q * (sorted.length - 1);
    int lower = (int) Math.floor(position);
    int upper = Math.min(lower + 1, sorted.length - 1);
    return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
  }

  /** The share of values strictly below x plus half of those equal to it, in sorted values. */
  public static double percentileRank(double[] sorted, double x) {
    int below = lowerBound(sorted, x);
    int notAbove = upperBound(sorted, x);
    return (below + 0.5 * (notAbove - below)) / sorted.length;
  }

  private static int lowerBound(double[] sorted, double x) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int upperBound(double[] sorted, double x) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Squared Euclidean distance. */
  public static double squaredDistance(double[] a, double[] b) {
    double sum = 0;
    for (int j = 0; j < a.length; j++) {
      double diff = a[j] - b[j];
      sum += diff * diff;
    }
    return sum;
  }
}

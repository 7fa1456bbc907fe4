// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import java.util.Arrays;

/**
 * Matches the segments of a new run to those of the previous run on the same users, so colours
 * and edited names stay with the same group of users instead of shuffling. Segments are compared
 * by how many users they share (which works across other seeds, k and features), and paired by
 * the Hungarian method to maximise the users kept together.
 */
public final class SegmentMatching {
  private SegmentMatching() {}

  /**
   * For each segment of {@code next} (index number - 1), the number of the previous segment it
   * continues, or 0 when it is new.
   */
  public static int[] match(Segmentation previous, Segmentation next) {
    int a = previous.segments().size();
    int b = next.segments().size();
    int rows = Math.min(previous.rows(), next.rows());
    long[][] shared = new long[b][a];
    for (int row = 0; row < rows; row++) {
      int p = previous.segmentOfTableRow(row);
      int q = next.segmentOfTableRow(row);
      if (p > 0 && q > 0) {
        shared[q - 1][p - 1]++;
      }
    }
    int size = Math.max(a, b);
    long max = 0;
    for (long[] row : shared) {
      for (long v : row) {
        max = Math.max(max, v);
      }
    }
    double[][] cost = new double[size][size];
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < size; j++) {
        cost[i][j] = i < b && j < a ? max - shared[i][j] : max;
      }
    }
    int[] assignment = hungarian(cost);
    int[] result = new int[b];
    for (int i = 0; i < b; i++) {
      int j = assignment[i];
      result[i] = j < a && shared[i][j] > 0 ? j + 1 : 0;
    }
    return result;
  }

  /** Minimum-cost assignment of rows to columns of a square matrix (O(n³) Hungarian method). */
  static int[] hungarian(double[][] cost) {
    int n = cost.length;
    double[] u = new double[n + 1];
    double[] v = new double[n + 1];
    int[] p = new int[n + 1];
    int[] way = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      double[] minv = new double[n + 1];
      Arrays.fill(minv, Double.POSITIVE_INFINITY);
      boolean[] used = new boolean[n + 1];
      do {
        used[j0] = true;
        int i0 = p[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = 0;
        for (int j = 1; j <= n; j++) {
          if (!used[j]) {
            double current = cost[i0 - 1][j - 1] - u[i0] - v[j];
            if (current < minv[j]) {
              minv[j] = current;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= n; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    int[] assignment = new int[n];
    for (int j = 1; j <= n; j++) {
      if (p[j] > 0) {
        assignment[p[j] - 1] = j - 1;
      }
    }
    return assignment;
  }
}

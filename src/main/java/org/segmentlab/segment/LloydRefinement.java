// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Exact k-means (Lloyd) iterations from given centres until no user changes segment, with
 * Hamerly's bounds: each user keeps an upper bound on the distance to its own centre and a lower
 * bound on the distance to any other, so once the centres settle most users are skipped without
 * computing a distance. The result is the local optimum plain Lloyd iterations reach from the same
 * start. Each iteration reads the users once: bounds, assignment and the next means in one pass.
 *
 * <p>Users are processed in fixed blocks whose partial sums are added in block order, so the result
 * is identical whatever the number of cores.
 */
final class LloydRefinement {
  private static final int BLOCK = 1 << 15;

  private final double[][] data;
  private final int n;
  private final int k;
  private final int d;
  private final int blocks;
  private final int[] labels;
  private final double[] upper;
  private final double[] lower;
  private final double[][][] blockSums;
  private final int[][] blockCounts;
  private double[][] centroids;

  private LloydRefinement(double[][] data, double[][] start) {
    this.data = data;
    this.n = data.length;
    this.k = start.length;
    this.d = data[0].length;
    this.blocks = (n + BLOCK - 1) / BLOCK;
    this.labels = new int[n];
    this.upper = new double[n];
    this.lower = new double[n];
    this.blockSums = new double[blocks][k][d];
    this.blockCounts = new int[blocks][k];
    this.centroids = new double[k][];
    for (int c = 0; c < k; c++) {
      centroids[c] = start[c].clone();
    }
  }

  /**
   * Refines {@code start} on every point of {@code data} and returns the labels, the centroids (the
   * means of their points) and the exact inertia. A centre that loses all its points stays where it
   * was, so k segments always come back.
   */
  static KMeansClustering.Result refine(
      double[][] data, double[][] start, int maxIterations, Cancellation cancel) {
    var run = new LloydRefinement(data, start);
    run.pass(null, true);
    for (int iteration = 0; iteration < maxIterations; iteration++) {
      cancel.check();
      double[] shift = run.moveToMeans();
      // bounds are floats like any other: a quiet pass with bounds is confirmed by an exact one
      if (!run.pass(shift, false) && !run.pass(new double[run.k], true)) {
        break;
      }
    }
    run.moveToMeans();
    return new KMeansClustering.Result(
        run.labels, run.centroids, KMeansClustering.inertia(data, run.labels, run.centroids));
  }

  /**
   * One pass over the users: loosens the bounds by the centres' shifts, reassigns where the bounds
   * cannot rule a change out (every user when {@code exact}), and sums each segment's users for the
   * next means. Returns whether any user changed segment.
   */
  private boolean pass(double[] shift, boolean exact) {
    double[] half = halfDistanceToNearestOtherCentre();
    int farthest = 0;
    double secondShift = 0;
    if (shift != null) {
      for (int c = 1; c < k; c++) {
        if (shift[c] > shift[farthest]) {
          farthest = c;
        }
      }
      for (int c = 0; c < k; c++) {
        if (c != farthest) {
          secondShift = Math.max(secondShift, shift[c]);
        }
      }
    }
    int far = farthest;
    double largest = shift == null ? 0 : shift[farthest];
    double others = secondShift;
    return IntStream.range(0, blocks).parallel().mapToObj(b -> {
      double[][] sums = blockSums[b];
      int[] counts = blockCounts[b];
      for (int c = 0; c < k; c++) {
        Arrays.fill(sums[c], 0);
        counts[c] = 0;
      }
      boolean changed = false;
      int to = Math.min(n, (b + 1) * BLOCK);
      for (int i = b * BLOCK; i < to; i++) {
        int own = labels[i];
        int now = own;
        if (exact) {
          now = nearestTwo(i);
        } else {
          upper[i] += shift[own];
          lower[i] -= own == far ? others : largest;
          double bound = Math.max(half[own], lower[i]);
          if (upper[i] > bound) {
            upper[i] = Math.sqrt(Statistics.squaredDistance(data[i], centroids[own]));
            if (upper[i] > bound) {
              now = nearestTwo(i);
            }
          }
        }
        changed |= now != own;
        counts[now]++;
        double[] x = data[i];
        double[] sum = sums[now];
        for (int j = 0; j < d; j++) {
          sum[j] += x[j];
        }
      }
      return changed;
    }).reduce(false, Boolean::logicalOr);
  }

  /** Sets the user's segment to the nearest centre and both bounds exactly; returns the segment. */
  private int nearestTwo(int i) {
    double best = Double.POSITIVE_INFINITY;
    double second = Double.POSITIVE_INFINITY;
    int bestCentre = 0;
    double[] x = data[i];
    for (int c = 0; c < k; c++) {
      double distance = Statistics.squaredDistance(x, centroids[c]);
      if (distance < best) {
        second = best;
        best = distance;
        bestCentre = c;
      } else if (distance < second) {
        second = distance;
      }
    }
    labels[i] = bestCentre;
    upper[i] = Math.sqrt(best);
    lower[i] = Math.sqrt(second);
    return bestCentre;
  }

  private double[] halfDistanceToNearestOtherCentre() {
    double[] half = new double[k];
    for (int c = 0; c < k; c++) {
      double nearest = Double.POSITIVE_INFINITY;
      for (int o = 0; o < k; o++) {
        if (o != c) {
          nearest = Math.min(nearest, Statistics.squaredDistance(centroids[c], centroids[o]));
        }
      }
      half[c] = 0.5 * Math.sqrt(nearest);
    }
    return half;
  }

  /**
   * Moves each centre to the mean of its users (summed in block order, so the same on any number
   * of cores); an empty segment keeps its centre. Returns how far each centre moved.
   */
  private double[] moveToMeans() {
    double[][] next = new double[k][d];
    int[] total = new int[k];
    for (int b = 0; b < blocks; b++) {
      for (int c = 0; c < k; c++) {
        total[c] += blockCounts[b][c];
        for (int j = 0; j < d; j++) {
          next[c][j] += blockSums[b][c][j];
        }
      }
    }
    double[] shift = new double[k];
    for (int c = 0; c < k; c++) {
      if (total[c] == 0) {
        next[c] = centroids[c].clone();
      } else {
        for (int j = 0; j < d; j++) {
          next[c][j] /= total[c];
        }
      }
      shift[c] = Math.sqrt(Statistics.squaredDistance(centroids[c], next[c]));
    }
    centroids = next;
    return shift;
  }
}

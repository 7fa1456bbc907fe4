// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

class LloydRefinementTest {
  /** Users in overlapping clouds, so many sit near a boundary and the bounds matter. */
  private static double[][] clouds(int n, long seed) {
    var random = new SplittableRandom(seed);
    double[][] data = new double[n][];
    for (int i = 0; i < n; i++) {
      int cloud = random.nextInt(5);
      data[i] = new double[] {cloud * 0.8 + random.nextGaussian() * 0.5, random.nextGaussian() + cloud % 2};
    }
    return data;
  }

  @Test
  void endsWithEveryUserInTheNearestSegmentAndEveryCentreTheMeanOfItsUsers() {
    double[][] data = clouds(150_000, 1);
    double[][] poorStart = {{0, 0}, {0.1, 0}, {0.2, 0}, {0.3, 0}, {4, 2}};
    var result = LloydRefinement.refine(data, poorStart, 300, Cancellation.NEVER);
    int k = poorStart.length;
    double[][] sums = new double[k][2];
    int[] counts = new int[k];
    double inertia = 0;
    for (int i = 0; i < data.length; i++) {
      int nearest = 0;
      for (int c = 1; c < k; c++) {
        if (Statistics.squaredDistance(data[i], result.centroids()[c])
            < Statistics.squaredDistance(data[i], result.centroids()[nearest])) {
          nearest = c;
        }
      }
      assertEquals(nearest, result.labels()[i], "user " + i + " is in its nearest segment");
      counts[nearest]++;
      sums[nearest][0] += data[i][0];
      sums[nearest][1] += data[i][1];
      inertia += Statistics.squaredDistance(data[i], result.centroids()[nearest]);
    }
    for (int c = 0; c < k; c++) {
      assertEquals(sums[c][0] / counts[c], result.centroids()[c][0], 1e-9);
      assertEquals(sums[c][1] / counts[c], result.centroids()[c][1], 1e-9);
    }
    assertEquals(inertia, result.inertia(), inertia * 1e-12);
  }

  @Test
  void givesIdenticalResultsOnOneCoreAndOnMany() throws Exception {
    double[][] data = clouds(200_000, 2);
    double[][] start = {{0, 0}, {1, 1}, {2, 0}, {3, 1}};
    var one = new ForkJoinPool(1).submit(
        () -> LloydRefinement.refine(data, start, 300, Cancellation.NEVER)).get();
    var four = new ForkJoinPool(4).submit(
        () -> LloydRefinement.refine(data, start, 300, Cancellation.NEVER)).get();
    assertArrayEquals(one.labels(), four.labels());
    assertEquals(one.inertia(), four.inertia());
    for (int c = 0; c < start.length; c++) {
      assertArrayEquals(one.centroids()[c], four.centroids()[c]);
    }
  }
}

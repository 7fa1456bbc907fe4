// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.data.DatasetLoader;
import org.segmentlab.data.FeatureMatrix;
import org.segmentlab.testing.TestFiles;

class SilhouetteTest {

  /** The textbook definition, written as plainly as possible. */
  private static double bruteForce(double[][] x, int[] labels, int k) {
    double total = 0;
    for (int i = 0; i < x.length; i++) {
      double[] sum = new double[k];
      int[] count = new int[k];
      for (int j = 0; j < x.length; j++) {
        if (i != j) {
          sum[labels[j]] += Math.sqrt(Statistics.squaredDistance(x[i], x[j]));
          count[labels[j]]++;
        }
      }
      if (count[labels[i]] == 0) {
        continue;
      }
      double a = sum[labels[i]] / count[labels[i]];
      double b = Double.MAX_VALUE;
      for (int c = 0; c < k; c++) {
        if (c != labels[i] && count[c] > 0) {
          b = Math.min(b, sum[c] / count[c]);
        }
      }
      total += (b - a) / Math.max(a, b);
    }
    return total / x.length;
  }

  @Test
  void matchesTheBruteForceDefinition() {
    var random = new SplittableRandom(5);
    double[][] x = new double[300][];
    int[] labels = new int[300];
    for (int i = 0; i < x.length; i++) {
      labels[i] = i % 3;
      x[i] = new double[] {labels[i] * 2 + random.nextGaussian(), random.nextGaussian()};
    }
    var score = Silhouette.of(x, labels, 3, 1);
    assertEquals(bruteForce(x, labels, 3), score.mean(), 1e-12);
    assertFalse(score.sampled());
    assertEquals(300, score.scored());
  }

  @Test
  void sampledScoreIsCloseToTheExactOne(@TempDir Path folder) throws Exception {
    var data = DatasetLoader.load(TestFiles.generated(folder, 8_000, 9));
    var result = Segmenter.run(data, SegmentationSettings.defaults(
        List.of(SegmentationSettings.MINUTES, SegmentationSettings.SPEND)));
    FeatureMatrix matrix = result.matrix();
    double[][] scaled = result.scaling().transform(matrix);
    int[] labels = new int[matrix.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = result.segmentOfUsableRow(i) - 1;
    }
    var sampled = Silhouette.of(scaled, labels, 4, 1);
    assertTrue(sampled.sampled());
    assertEquals(Silhouette.EXACT_LIMIT, sampled.scored());
    double exact = bruteForce(scaled, labels, 4);
    assertEquals(exact, sampled.mean(), 0.01, "a sample of 5,000 is within 0.01 of the exact mean");
  }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.data.DatasetLoader;
import org.segmentlab.testing.TestFiles;
import smile.clustering.BBDTree;
import smile.clustering.KMeans;

/**
 * Above {@value KMeansClustering#SAMPLE_ABOVE} users the restarts run on a sample: the optimum
 * reached on everyone must still be as good as the best of many full k-means++ runs.
 */
class LargeDataQualityTest {
  @Test
  void sampledRestartsOnAMillionUsersReachTheBestOfFiftyFullRuns(@TempDir Path folder) throws Exception {
    var data = DatasetLoader.load(TestFiles.generated(folder, 1_000_000, 11));
    var settings = SegmentationSettings.defaults(
        List.of(SegmentationSettings.MINUTES, SegmentationSettings.SPEND));
    double[][] scaled = Segmenter.prepare(data, settings).scaled();
    double ours = KMeansClustering.fit(new KMeansClustering.Points(scaled), settings.k(), settings.seed(),
        settings.restarts(), Cancellation.NEVER, Progress.NONE).inertia();

    BBDTree tree = new BBDTree(scaled);
    double tolerance = KMeansClustering.RELATIVE_TOLERANCE * KMeansClustering.totalSumOfSquares(scaled);
    double best = Double.POSITIVE_INFINITY;
    for (long seed : SeededRandom.derive(2024, 50)) {
      KMeans run = SeededRandom.withSeed(seed,
          () -> KMeans.fit(tree, scaled, settings.k(), KMeansClustering.MAX_ITERATIONS, tolerance));
      best = Math.min(best, run.distortion);
    }
    assertTrue(ours <= best * 1.001, ours + " against the best of 50 full runs " + best);
  }
}

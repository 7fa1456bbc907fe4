// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.data.DatasetLoader;

class KScanTest {

  @Test
  void recommendsTheNumberOfBlobsInGeneratedData(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("blobs.csv");
    var random = new SplittableRandom(11);
    double[][] centres = {{0, 0}, {10, 0}, {0, 10}, {10, 10}, {5, 20}};
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      out.write("x,y\n");
      for (int i = 0; i < 1000; i++) {
        double[] c = centres[i % centres.length];
        out.write(String.format(Locale.ROOT, "%.4f,%.4f%n",
            c[0] + random.nextGaussian(), c[1] + random.nextGaussian()));
      }
    }
    var base = new SegmentationSettings(List.of("x", "y"), 2, Scaling.Z_SCORE, 42, 5);
    var result = KScan.run(DatasetLoader.load(file), base, 2, 8, Cancellation.NEVER, Progress.NONE);
    assertEquals(5, result.bestK(), result.reason());
    assertEquals(7, result.rows().size());
    assertTrue(result.reason().startsWith("k = 5 separates users best"), result.reason());
  }

  @Test
  void nearTieGoesToTheSmallerK() {
    var rows = List.of(new KScan.Row(2, 10, 0.50, 0.4), new KScan.Row(3, 6, 0.505, 0.2), new KScan.Row(4, 5, 0.3, 0.1));
    var result = KScan.recommend(rows, 100, false);
    assertEquals(2, result.bestK());
    assertTrue(result.reason().contains("k = 3 scores about the same"), result.reason());
  }
}

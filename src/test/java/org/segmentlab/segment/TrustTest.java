// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.segmentlab.data.Dataset;
import org.segmentlab.data.DatasetLoader;
import org.segmentlab.testing.TestFiles;

/** Can a product manager trust the segments: quality, stability, identities, scaling, outcome. */
class TrustTest {
  private static final List<String> STANDARD =
      List.of(SegmentationSettings.MINUTES, SegmentationSettings.SPEND);

  private static Path points(Path folder, String name, boolean blobs, long seed) throws Exception {
    Path file = folder.resolve(name);
    var random = new SplittableRandom(seed);
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      out.write("x,y\n");
      for (int i = 0; i < 1500; i++) {
        double cx = blobs ? (i % 3) * 10 : 0;
        double cy = blobs ? (i % 3 == 1 ? 10 : 0) : 0;
        double x = blobs ? cx + random.nextGaussian() : random.nextDouble() * 10;
        double y = blobs ? cy + random.nextGaussian() : random.nextDouble() * 10;
        out.write(String.format(Locale.ROOT, "%.5f,%.5f%n", x, y));
      }
    }
    return file;
  }

  @Test
  void stabilityIsNearOneOnSeparatedDataAndLowerOnNoise(@TempDir Path folder) throws Exception {
    var settings = new SegmentationSettings(List.of("x", "y"), 3, Scaling.Z_SCORE, 42, 1);
    Segmentation blobs = Segmenter.run(DatasetLoader.load(points(folder, "blobs.csv", true, 1)), settings);
    Stability separated = Stability.check(blobs, 8, Cancellation.NEVER, Progress.NONE);
    assertTrue(separated.meanAri() > 0.98, separated.describe());
    assertEquals("stable", separated.badge());
    separated.jaccardPerSegment().forEach(j -> assertTrue(j > 0.97, "jaccard " + j));

    var noiseSettings = settings.withK(6);
    Segmentation noise = Segmenter.run(DatasetLoader.load(points(folder, "noise.csv", false, 2)), noiseSettings);
    Stability structureless = Stability.check(noise, 8, Cancellation.NEVER, Progress.NONE);
    assertTrue(structureless.meanAri() < separated.meanAri() - 0.1, structureless.describe());
  }

  @Test
  void segmentsOfAReRunAreMatchedToThePreviousOnes() throws Exception {
    Dataset data = DatasetLoader.load(TestFiles.sample());
    Segmentation first = Segmenter.run(data, SegmentationSettings.defaults(STANDARD));
    Segmentation again = Segmenter.run(data, SegmentationSettings.defaults(STANDARD).withSeed(99));
    int[] match = SegmentMatching.match(first, again);
    for (int c = 1; c <= 4; c++) {
      int previous = match[c - 1];
      assertEquals(first.segment(previous).name(), again.segment(c).name(), "segment " + c);
    }
    Segmentation three = Segmenter.run(data, SegmentationSettings.defaults(STANDARD).withK(3));
    int[] fromFour = SegmentMatching.match(first, three);
    assertEquals(3, java.util.Arrays.stream(fromFour).filter(p -> p > 0).distinct().count(),
        "each of three segments continues a different one of the four");
  }

  @Test
  void hungarianFindsTheCheapestAssignment() {
    double[][] cost = {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}};
    assertArrayEquals(new int[] {1, 0, 2}, SegmentMatching.hungarian(cost));
  }

  @Test
  void unscaledTutorialColumnsTriggerTheDominanceWarning() throws Exception {
    Dataset data = DatasetLoader.load(TestFiles.sample());
    var prepared = Segmenter.prepare(data, new SegmentationSettings(STANDARD, 4, Scaling.NONE, 42, 1));
    double[] shares = prepared.scaling().varianceShares(prepared.matrix());
    assertTrue(shares[0] > 0.99, "minutes swamp spend: " + shares[0]);
    assertTrue(prepared.scaling().dominanceWarning(prepared.matrix()).orElseThrow()
        .startsWith("\"Last Visited Minutes\" makes up 99."));
    var scaled = Segmenter.prepare(data, SegmentationSettings.defaults(STANDARD));
    assertTrue(scaled.scaling().dominanceWarning(scaled.matrix()).isEmpty());
  }

  @Test
  void qualityAndOutcomeArePerSegment() throws Exception {
    Segmentation result =
        Segmenter.run(DatasetLoader.load(TestFiles.sample()), SegmentationSettings.defaults(STANDARD));
    SegmentQuality quality = result.quality();
    assertEquals(4, quality.perSegment().size());
    assertTrue(quality.mean() > 0.4 && quality.mean() < 1, quality.describe());
    double weighted = 0;
    for (SegmentProfile p : result.segments()) {
      weighted += p.share() * quality.perSegment().get(p.number() - 1);
    }
    assertEquals(quality.mean(), weighted, 1e-9, "the overall mean is the size-weighted mean of segments");
    Outcome outcome = Outcome.of(result).orElseThrow();
    assertEquals("Status", outcome.column());
    assertEquals("Uninstalled", outcome.value());
    int atRisk = result.segments().stream().filter(p -> p.name().equals(SegmentNamer.AT_RISK))
        .findFirst().orElseThrow().number();
    double highest = outcome.perSegment().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    assertEquals(highest, outcome.perSegment().get(atRisk - 1), "inactive users uninstall most");
  }

  @Test
  void tinySegmentsAreFlagged() {
    double[][] points = new double[200][];
    int[] labels = new int[200];
    for (int i = 0; i < 200; i++) {
      labels[i] = i == 0 ? 1 : 0;
      points[i] = new double[] {i == 0 ? 50 : i % 10, i % 7};
    }
    SegmentQuality quality = SegmentQuality.of(points, labels, 2, new double[] {0.995, 0.005}, 1);
    assertTrue(quality.flags().get(1).contains("Tiny: 0.5 %"), quality.flags().get(1));
    assertEquals("", quality.flags().get(0));
  }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.data.DataException;
import org.segmentlab.data.Dataset;
import org.segmentlab.data.DatasetLoader;
import org.segmentlab.testing.TestFiles;

class SegmenterTest {
  private static final List<String> STANDARD =
      List.of(SegmentationSettings.MINUTES, SegmentationSettings.SPEND);

  @Test
  void sampleSplitsIntoSpendAndRecencyGroupsNumberedLargestFirst() throws Exception {
    Segmentation result = Segmenter.run(
        DatasetLoader.load(TestFiles.sample()), SegmentationSettings.defaults(STANDARD));
    var names = new HashSet<String>();
    int previous = Integer.MAX_VALUE;
    for (SegmentProfile p : result.segments()) {
      names.add(p.name());
      assertTrue(p.size() <= previous, "segments are numbered by size");
      previous = p.size();
    }
    assertEquals(java.util.Set.of(SegmentNamer.HIGH_SPENDERS, SegmentNamer.MODERATE_SPENDERS,
        SegmentNamer.OCCASIONAL_USERS, SegmentNamer.AT_RISK), names);
    SegmentProfile spenders = result.segments().stream()
        .filter(p -> p.name().equals(SegmentNamer.HIGH_SPENDERS)).findFirst().orElseThrow();
    double topSpend = result.segments().stream().mapToDouble(p -> p.means().get(1)).max().orElseThrow();
    assertEquals(topSpend, spenders.means().get(1));
    SegmentProfile atRisk = result.segments().stream()
        .filter(p -> p.name().equals(SegmentNamer.AT_RISK)).findFirst().orElseThrow();
    double longest = result.segments().stream().mapToDouble(p -> p.means().get(0)).max().orElseThrow();
    assertEquals(longest, atRisk.means().get(0), "at-risk users have gone longest without a visit");
    assertTrue(atRisk.rule().contains("less recent than segments"), atRisk.rule());
    assertEquals(999, result.clustered());
  }

  @Test
  void sameSeedGivesIdenticalLabelsWhateverTheThreadCount() throws Exception {
    Dataset data = DatasetLoader.load(TestFiles.sample());
    var prepared = Segmenter.prepare(data, SegmentationSettings.defaults(STANDARD));
    var one = KMeansClustering.fit(new KMeansClustering.Points(prepared.scaled()), 4, 7, 8,
        Cancellation.NEVER, Progress.NONE, 1);
    var four = KMeansClustering.fit(new KMeansClustering.Points(prepared.scaled()), 4, 7, 8,
        Cancellation.NEVER, Progress.NONE, 4);
    assertArrayEquals(one.labels(), four.labels());
    assertEquals(one.inertia(), four.inertia());
  }

  @Test
  void restartsReachTheBestKnownInertia() throws Exception {
    Dataset data = DatasetLoader.load(TestFiles.sample());
    var settings = new SegmentationSettings(
        List.of("Average Screen Time", SegmentationSettings.SPEND, "Ratings", SegmentationSettings.MINUTES),
        6, Scaling.Z_SCORE, 42, 10);
    double withRestarts = Segmenter.run(data, settings).inertia();
    var prepared = Segmenter.prepare(data, settings);
    double best = Double.POSITIVE_INFINITY;
    var points = new KMeansClustering.Points(prepared.scaled());
    for (long seed = 1000; seed < 1200; seed++) {
      var single = KMeansClustering.fit(points, 6, seed, 1, Cancellation.NEVER, Progress.NONE);
      best = Math.min(best, single.inertia());
    }
    assertTrue(withRestarts <= best * 1.001, withRestarts + " vs best of 200 single runs " + best);
  }

  @Test
  void rowsWithMissingFeaturesAreSkippedAndCounted() throws Exception {
    Dataset data = DatasetLoader.load(TestFiles.csv("good/tab-missing.csv"));
    Segmentation result = Segmenter.run(data, new SegmentationSettings(STANDARD, 2, Scaling.MIN_MAX, 1, 3));
    assertEquals(8, result.rows());
    assertEquals(4, result.skipped());
    assertEquals(0, result.segmentOfTableRow(1), "the row without minutes has no segment");
    assertTrue(result.segmentOfTableRow(0) > 0);
    assertEquals(3, result.matrix().missingByFeature().get(SegmentationSettings.SPEND));
  }

  @Test
  void textInAFeatureNamesLineAndColumn() throws Exception {
    Dataset data = DatasetLoader.load(TestFiles.csv("bad/text-in-feature.csv"));
    var e = assertThrows(DataException.class,
        () -> Segmenter.run(data, new SegmentationSettings(STANDARD, 2, Scaling.MIN_MAX, 1, 1)));
    assertEquals(4, e.line().orElseThrow());
    assertEquals(SegmentationSettings.SPEND, e.column().orElseThrow());
    assertTrue(e.getMessage().contains("\"abc\" is not a number"), e.getMessage());
  }

  @Test
  void infinityInAFeatureNamesLineAndColumn() throws Exception {
    Dataset data = DatasetLoader.load(TestFiles.csv("bad/infinity-in-feature.csv"));
    var e = assertThrows(DataException.class,
        () -> Segmenter.run(data, new SegmentationSettings(STANDARD, 2, Scaling.MIN_MAX, 1, 1)));
    assertEquals(4, e.line().orElseThrow());
    assertEquals(SegmentationSettings.MINUTES, e.column().orElseThrow());
  }

  @Test
  void kLargerThanTheUsableRowsIsRefused() throws Exception {
    Dataset data = DatasetLoader.load(TestFiles.csv("good/tab-missing.csv"));
    var e = assertThrows(DataException.class,
        () -> Segmenter.run(data, new SegmentationSettings(STANDARD, 5, Scaling.MIN_MAX, 1, 1)));
    assertTrue(e.getMessage().contains("only 4 users"), e.getMessage());
  }

  @Test
  void cancellingStopsTheRun(@TempDir Path folder) throws Exception {
    Dataset data = DatasetLoader.load(TestFiles.generated(folder, 20_000, 3));
    var calls = new AtomicInteger();
    Cancellation afterFirstRestart = () -> calls.incrementAndGet() > 2;
    assertThrows(CancellationException.class, () -> Segmenter.run(
        data, new SegmentationSettings(STANDARD, 4, Scaling.MIN_MAX, 1, 50), afterFirstRestart, Progress.NONE));
  }

  @Test
  void renamingKeepsNamesUnique() throws Exception {
    Segmentation result = Segmenter.run(
        DatasetLoader.load(TestFiles.sample()), SegmentationSettings.defaults(STANDARD));
    Segmentation renamed = result.withName(2, "Weekend Browsers");
    assertEquals("Weekend Browsers", renamed.segment(2).name());
    assertEquals(result.segment(1).name(), renamed.segment(1).name());
    assertThrows(IllegalArgumentException.class, () -> renamed.withName(3, "weekend browsers"));
  }
}

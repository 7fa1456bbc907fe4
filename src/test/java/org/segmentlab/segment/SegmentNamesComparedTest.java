// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.segmentlab.data.Dataset;
import org.segmentlab.data.DatasetLoader;
import org.segmentlab.testing.TestFiles;

/**
 * Names compare segments with each other, on data shaped like a real export: most users visited
 * within about two days, a small group lapsed weeks ago, spend spread widely.
 */
class SegmentNamesComparedTest {
  private static final List<String> STANDARD = List.of(SegmentationSettings.MINUTES, SegmentationSettings.SPEND);
  private static final int MINUTES = 0;
  private static final int SPEND = 1;
  private static final List<String> RECENCY_WORDS = List.of(SegmentNamer.FREQUENT_VISITORS,
      SegmentNamer.OCCASIONAL_USERS, SegmentNamer.LAPSING_USERS, SegmentNamer.AT_RISK, "Recent Visits",
      "Occasional Visits", "Lapsing", "Long Absent");

  @TempDir
  static Path folder;
  private static Dataset realShape;

  @BeforeAll
  static void writeRealShapedExport() throws Exception {
    Path file = folder.resolve("real-export.csv");
    var random = new SplittableRandom(2024);
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      out.write("userid,Average Spent on App (INR),Last Visited Minutes\n");
      for (int i = 0; i < 999; i++) {
        boolean lapsed = random.nextDouble() < 0.09;
        long minutes = lapsed ? random.nextLong(15_000, 45_000) : random.nextLong(0, 2_880);
        long spend = random.nextLong(0, 1_500);
        out.write((1001 + i) + "," + spend + "," + minutes + "\n");
      }
    }
    realShape = DatasetLoader.load(file);
  }

  private static Segmentation run(Dataset data, int k, Scaling scaling) throws Exception {
    return Segmenter.run(data, new SegmentationSettings(STANDARD, k, scaling, 42, 10));
  }

  private static boolean namedForRecency(SegmentProfile p) {
    return RECENCY_WORDS.stream().anyMatch(p.name()::contains);
  }

  private static boolean namedRecent(SegmentProfile p) {
    return p.name().contains(SegmentNamer.FREQUENT_VISITORS) || p.name().contains("Recent Visits");
  }

  private static String primary(SegmentProfile p) {
    return p.name().split(" · ")[0];
  }

  @Test
  void segmentsWithTheSameRecencyAreNotBothNamedForRecency() throws Exception {
    for (int k = 3; k <= 4; k++) {
      Segmentation result = run(realShape, k, Scaling.MIN_MAX);
      List<SegmentProfile> segments = result.segments();
      for (SegmentProfile a : segments) {
        for (SegmentProfile b : segments) {
          double apart = Math.abs(a.means().get(MINUTES) - b.means().get(MINUTES));
          if (a.number() < b.number() && apart < 1_000) {
            assertFalse(namedForRecency(a) && namedForRecency(b),
                "k=" + k + ": same recency, both named for it: " + a + " / " + b);
          }
        }
      }
    }
  }

  @Test
  void aSegmentLessRecentThanAnotherIsNeverNamedForRecentVisits() throws Exception {
    for (int k = 3; k <= 4; k++) {
      Segmentation result = run(realShape, k, Scaling.MIN_MAX);
      for (SegmentProfile p : result.segments()) {
        if (!namedRecent(p)) {
          continue;
        }
        double minutes = p.means().get(MINUTES);
        for (SegmentProfile other : result.segments()) {
          assertTrue(other.means().get(MINUTES) > minutes - 1_000,
              "k=" + k + ": " + p.name() + " (" + minutes + ") is less recent than " + other);
        }
        assertTrue(result.segments().stream().anyMatch(o -> o.means().get(MINUTES) > minutes + 10_000),
            "k=" + k + ": a recency name must set " + p.name() + " apart from a less recent segment");
      }
    }
  }

  @Test
  void segmentsAlikeInRecencyAreNamedByTheirSpendAndTheLapsedGroupForItsAbsence() throws Exception {
    for (int k = 3; k <= 4; k++) {
      Segmentation result = run(realShape, k, Scaling.MIN_MAX);
      SegmentProfile lapsed = result.segments().stream()
          .max(java.util.Comparator.comparingDouble(p -> p.means().get(MINUTES))).orElseThrow();
      assertEquals(SegmentNamer.AT_RISK, primary(lapsed), "k=" + k);
      SegmentProfile richest = result.segments().stream()
          .max(java.util.Comparator.comparingDouble(p -> p.means().get(SPEND))).orElseThrow();
      SegmentProfile poorest = result.segments().stream()
          .min(java.util.Comparator.comparingDouble(p -> p.means().get(SPEND))).orElseThrow();
      assertEquals(SegmentNamer.HIGH_SPENDERS, primary(richest), "k=" + k);
      assertEquals(SegmentNamer.LOW_SPENDERS, primary(poorest), "k=" + k);
    }
  }

  @Test
  void theSameGroupOfUsersKeepsItsNameFromThreeToFourSegments() throws Exception {
    Segmentation three = run(realShape, 3, Scaling.MIN_MAX);
    Segmentation four = run(realShape, 4, Scaling.MIN_MAX);
    int checked = 0;
    for (SegmentProfile part : four.segments()) {
      int[] inThree = new int[4];
      for (int row = 0; row < four.rows(); row++) {
        if (four.segmentOfTableRow(row) == part.number()) {
          inThree[three.segmentOfTableRow(row)]++;
        }
      }
      for (int c = 1; c <= 3; c++) {
        if (inThree[c] >= 0.95 * part.size()) {
          assertEquals(primary(three.segment(c)), primary(part),
              "users of " + part + " are in " + three.segment(c) + " at k = 3");
          checked++;
        }
      }
    }
    assertTrue(checked >= 3, "at least three of the four segments lie within one of the three: " + checked);
  }

  @Test
  void theRuleSaysWhichSegmentsWereCompared() throws Exception {
    Segmentation result = run(realShape, 4, Scaling.MIN_MAX);
    for (SegmentProfile p : result.segments()) {
      for (String clause : p.rule().split("; ")) {
        for (SegmentProfile other : result.segments()) {
          if (other != p) {
            assertTrue(clause.contains(" " + other.number() + " ("), p.name() + ": " + clause);
          }
        }
      }
    }
    SegmentProfile lapsed = result.segments().stream().filter(p -> primary(p).equals(SegmentNamer.AT_RISK))
        .findFirst().orElseThrow();
    assertTrue(lapsed.rule().startsWith(SegmentationSettings.MINUTES + " (minutes since the last visit) mean "),
        lapsed.rule());
    assertTrue(lapsed.rule().contains("less recent than segments "), lapsed.rule());
  }

  @ParameterizedTest
  @EnumSource(Scaling.class)
  void aNameNeverContradictsItsRule(Scaling scaling) throws Exception {
    List<Dataset> datasets = List.of(realShape, DatasetLoader.load(TestFiles.sample()));
    for (Dataset data : datasets) {
      for (int k = 2; k <= 6; k++) {
        for (SegmentProfile p : run(data, k, scaling).segments()) {
          String where = scaling + " k=" + k + " " + data.file().getFileName() + " " + p.name() + ": " + p.rule();
          String minutes = clause(p, SegmentationSettings.MINUTES);
          String spend = clause(p, SegmentationSettings.SPEND);
          if (namedRecent(p)) {
            assertFalse(minutes.contains("less recent than"), where);
            assertTrue(minutes.contains("more recent than"), where);
          }
          if (p.name().contains(SegmentNamer.AT_RISK) || p.name().contains("Long Absent")) {
            assertFalse(minutes.contains("more recent than"), where);
            assertTrue(minutes.contains("less recent than"), where);
          }
          if (p.name().contains(SegmentNamer.HIGH_SPENDERS) || p.name().contains("High Spend")) {
            assertFalse(spend.contains("below"), where);
            assertTrue(spend.contains("above"), where);
          }
          if (p.name().contains(SegmentNamer.LOW_SPENDERS) || p.name().contains("Low Spend")) {
            assertFalse(spend.contains("above"), where);
            assertTrue(spend.contains("below"), where);
          }
        }
      }
    }
  }

  private static String clause(SegmentProfile p, String feature) {
    List<String> found = new ArrayList<>();
    for (String clause : p.rule().split("; ")) {
      if (clause.startsWith(feature)) {
        found.add(clause);
      }
    }
    assertEquals(1, found.size(), p.rule());
    return found.get(0);
  }
}

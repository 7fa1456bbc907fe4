// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentlab.data.FeatureMatrix;

class SegmentNamerTest {

  private static SegmentNamer.Population population(List<String> features, double[][] rows) {
    return Segmenter.population(FeatureMatrix.of(features, rows));
  }

  @Test
  void otherFeaturesAreNamedByTheirMostDistinctiveValues() {
    var features = List.of("Ratings", "Average Screen Time");
    double[][] rows = new double[100][];
    for (int i = 0; i < 100; i++) {
      rows[i] = new double[] {i % 10, i / 10.0};
    }
    var names = SegmentNamer.name(population(features, rows),
        new double[][] {{9, 5}, {1, 0.5}, {4.5, 4.9}});
    // screen time: segments 1 and 3 are alike, so segment 1 is named by ratings, where it stands out
    assertEquals("High Ratings", names.get(0).name());
    assertEquals("Low Screen Time", names.get(1).name());
    assertEquals("Mid Ratings", names.get(2).name());
    assertEquals("Ratings mean 9: above segments 2 (1) and 3 (4.5); "
        + "Average Screen Time mean 5: above segment 2 (0.5), alike with segment 3 (4.9)", names.get(0).rule());
  }

  @Test
  void segmentsAlikeOnEveryFeatureAreTypicalUsers() {
    var features = List.of("Ratings");
    double[][] rows = new double[50][];
    for (int i = 0; i < 50; i++) {
      rows[i] = new double[] {i};
    }
    var names = SegmentNamer.name(population(features, rows), new double[][] {{24}, {25}});
    assertEquals(List.of("Typical Users", "Typical Users 2"), names.stream().map(SegmentNamer.Naming::name).toList());
  }

  @Test
  void namesAreUniqueEvenForLookAlikeSegments() {
    var features = List.of("Ratings");
    double[][] rows = new double[50][];
    for (int i = 0; i < 50; i++) {
      rows[i] = new double[] {i};
    }
    var names = SegmentNamer.name(population(features, rows), new double[][] {{45}, {46}, {47}});
    assertEquals(3, new HashSet<>(names.stream().map(SegmentNamer.Naming::name).toList()).size());
  }

  @Test
  void standardColumnsGetTheArchetypesWithMinutesMeaningInactivity() {
    var features = List.of(SegmentationSettings.MINUTES, SegmentationSettings.SPEND);
    double[][] rows = new double[40][];
    for (int i = 0; i < 40; i++) {
      rows[i] = new double[] {i * 500, 1000 - i * 20};
    }
    double[][] centroids = {{300, 500}, {4000, 150}, {15000, 40}, {800, 1100}};
    var names = SegmentNamer.name(population(features, rows), centroids).stream()
        .map(SegmentNamer.Naming::name).toList();
    // the first and last are alike in recency (300 and 800 minutes): spend tells them apart
    assertEquals(List.of(SegmentNamer.MODERATE_SPENDERS, SegmentNamer.OCCASIONAL_USERS,
        SegmentNamer.AT_RISK, SegmentNamer.HIGH_SPENDERS), names);
  }
}

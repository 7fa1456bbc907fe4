// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.segmentlab.data.DataException;
import org.segmentlab.data.FeatureMatrix;

class FittedScalingTest {
  private static final FeatureMatrix MATRIX = FeatureMatrix.of(List.of("a", "b"),
      new double[][] {{1, 100}, {2, 400}, {3, 200}, {4, 300}, {10, 1000}});

  @ParameterizedTest
  @EnumSource(Scaling.class)
  void inverseGivesBackTheFileUnits(Scaling scaling) throws DataException {
    FittedScaling fitted = FittedScaling.fit(scaling, MATRIX);
    for (int i = 0; i < MATRIX.size(); i++) {
      assertArrayEquals(MATRIX.row(i), fitted.inverse(fitted.transform(MATRIX.row(i))), 1e-9);
    }
  }

  @Test
  void minMaxMapsEachFeatureToZeroOne() throws DataException {
    FittedScaling fitted = FittedScaling.fit(Scaling.MIN_MAX, MATRIX);
    assertArrayEquals(new double[] {0, 0}, fitted.transform(new double[] {1, 100}), 1e-12);
    assertArrayEquals(new double[] {1, 1}, fitted.transform(new double[] {10, 1000}), 1e-12);
  }

  @Test
  void zScoreUsesMeanAndPopulationDeviation() throws DataException {
    FittedScaling fitted = FittedScaling.fit(Scaling.Z_SCORE, MATRIX);
    assertEquals(4.0, fitted.center()[0], 1e-12);
    assertEquals(Math.sqrt((9 + 4 + 1 + 0 + 36) / 5.0), fitted.scale()[0], 1e-12);
  }

  @Test
  void robustUsesMedianAndInterquartileRange() throws DataException {
    FittedScaling fitted = FittedScaling.fit(Scaling.ROBUST, MATRIX);
    assertEquals(3.0, fitted.center()[0], 1e-12);
    assertEquals(4.0 - 2.0, fitted.scale()[0], 1e-12);
  }

  @Test
  void aConstantFeatureIsKeptWithAWarning() throws DataException {
    var matrix = FeatureMatrix.of(List.of("a", "flat"), new double[][] {{1, 5}, {2, 5}, {3, 5}});
    FittedScaling fitted = FittedScaling.fit(Scaling.MIN_MAX, matrix);
    assertEquals(1, fitted.warnings().size());
    assertTrue(fitted.warnings().get(0).contains("\"flat\" is 5 for every user"));
    assertEquals(0.0, fitted.transform(new double[] {2, 5})[1]);
    assertEquals(5.0, fitted.inverse(new double[] {0.5, 0})[1]);
  }

  @Test
  void noVaryingFeatureIsAnError() {
    var matrix = FeatureMatrix.of(List.of("a", "b"), new double[][] {{1, 5}, {1, 5}});
    var e = assertThrows(DataException.class, () -> FittedScaling.fit(Scaling.Z_SCORE, matrix));
    assertTrue(e.getMessage().contains("none of the chosen features varies"));
  }
}

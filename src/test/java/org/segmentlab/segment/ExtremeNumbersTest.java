// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.segmentlab.data.DataException;
import org.segmentlab.data.FeatureMatrix;
import org.segmentlab.data.NumberText;

/** Numbers at the ends of the double range: warned about, never dropped silently, printed readably. */
class ExtremeNumbersTest {
  /** 200 users with minutes 0..9950 and spends 100..1095, then the given extra spends. */
  static FeatureMatrix users(double... extraSpends) {
    double[][] rows = new double[200 + extraSpends.length][];
    for (int i = 0; i < 200; i++) {
      rows[i] = new double[] {i * 50.0, 100 + (i * 37) % 1000};
    }
    for (int i = 0; i < extraSpends.length; i++) {
      rows[200 + i] = new double[] {i * 77.0, extraSpends[i]};
    }
    return FeatureMatrix.of(List.of("minutes", "spend"), rows);
  }

  @Test
  void oneHugeValueIsNamedInAWarningThatDoesNotAdviseTheScalingInUse() throws DataException {
    FeatureMatrix matrix = users(1e308);
    FittedScaling minMax = FittedScaling.fit(Scaling.MIN_MAX, matrix);
    assertEquals(List.of("\"spend\" has 1 value far outside the rest (1e308): it stretches the feature's min-max "
        + "scale so far that the other users' values end up close together and the feature hardly separates them. "
        + "Check that value; robust scaling is less affected by it."), minMax.warnings());
    Optional<String> dominance = minMax.dominanceWarning(matrix);
    assertTrue(dominance.isPresent(), "minutes alone decide the segments");
    assertTrue(dominance.get().startsWith("\"minutes\" makes up"), dominance.get());
    assertFalse(dominance.get().contains("min-max or z-score"), dominance.get());
    assertTrue(dominance.get().contains("choose robust scaling"), dominance.get());
  }

  @Test
  void ordinaryValuesGiveNoExtremeValueWarning() throws DataException {
    for (Scaling scaling : Scaling.values()) {
      assertEquals(List.of(), FittedScaling.fit(scaling, users(2000, 50)).warnings(), scaling.id());
    }
  }

  @Test
  void aRangeThatOverflowsIsAnErrorUnderMinMaxAndKeptUnderZScore() throws DataException {
    FeatureMatrix matrix = users(1e308, -1e308);
    var e = assertThrows(DataException.class, () -> FittedScaling.fit(Scaling.MIN_MAX, matrix));
    assertEquals("column \"spend\": its values run from -1e308 to 1e308, too far apart to compute distances with. "
        + "Correct or remove the extreme values, or leave those cells empty to skip those users.", e.getMessage());
    FittedScaling zScore = FittedScaling.fit(Scaling.Z_SCORE, matrix);
    assertTrue(Double.isFinite(zScore.scale()[1]) && zScore.scale()[1] > 0, "spend is scaled, not dropped");
    // two values of ±1e308 among 202 make the deviation 1e308 * sqrt(2 / 202): 1e308 is sqrt(101) of them
    assertEquals(Math.sqrt(101),
        zScore.transform(new double[] {0, 1e308})[1] - zScore.transform(new double[] {0, 0})[1], 1e-6);
  }

  @Test
  void subnormalValuesAreScaledAndDoNotLookLikeNoVariance() throws DataException {
    double[][] rows = new double[100][];
    for (int i = 0; i < 100; i++) {
      rows[i] = new double[] {i, (i % 10 + 1) * Double.MIN_VALUE * 1000};
    }
    FeatureMatrix matrix = FeatureMatrix.of(List.of("minutes", "spend"), rows);
    for (Scaling scaling : List.of(Scaling.MIN_MAX, Scaling.Z_SCORE, Scaling.ROBUST)) {
      FittedScaling fitted = FittedScaling.fit(scaling, matrix);
      assertEquals(Optional.empty(), fitted.dominanceWarning(matrix), scaling.id());
      double[] shares = fitted.varianceShares(matrix);
      assertTrue(shares[1] > 0.2, scaling.id() + ": spend has " + shares[1] + " of the variance");
    }
  }

  @Test
  void extremeNumbersArePrintedWithAnExponent() {
    assertEquals("1e308", NumberText.format(1e308));
    assertEquals("-1.5e-310", NumberText.format(-1.5e-310));
    assertEquals("1e308", NumberText.round(1e308, 2));
    assertEquals("123456.78", NumberText.format(123456.78));
    assertEquals("0.000001", NumberText.format(0.000001));
  }
}

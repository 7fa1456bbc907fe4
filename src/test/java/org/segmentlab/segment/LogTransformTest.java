// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.data.DataException;
import org.segmentlab.data.DatasetLoader;
import org.segmentlab.data.FeatureMatrix;

class LogTransformTest {
  private static final FeatureMatrix MATRIX = FeatureMatrix.of(List.of("minutes", "spend"),
      new double[][] {{0, 100}, {9, 400}, {99, 200}, {999, 300}});

  @Test
  void loggedFeatureIsScaledOnLogOnePlusValue() throws DataException {
    FittedScaling fitted = FittedScaling.fit(Scaling.MIN_MAX, MATRIX, List.of("minutes"));
    // log(1 + x) of 0, 9, 99, 999 is 0, ln 10, ln 100, ln 1000: evenly spaced, so min-max gives thirds
    assertArrayEquals(new double[] {1.0 / 3, 0.5}, fitted.transform(new double[] {9, 250}), 1e-12);
    assertArrayEquals(new double[] {2.0 / 3, 0}, fitted.transform(new double[] {99, 100}), 1e-12);
    assertEquals(List.of(FeatureTransform.LOG, FeatureTransform.NONE), fitted.transforms());
  }

  @Test
  void inverseUndoesScalingThenTheLog() throws DataException {
    for (Scaling scaling : Scaling.values()) {
      FittedScaling fitted = FittedScaling.fit(scaling, MATRIX, List.of("minutes", "spend"));
      for (int i = 0; i < MATRIX.size(); i++) {
        assertArrayEquals(MATRIX.row(i), fitted.inverse(fitted.transform(MATRIX.row(i))), 1e-9);
      }
    }
  }

  @Test
  void centroidInFileUnitsIsTheTypicalUserOnTheLogScale(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("users.csv");
    Files.writeString(file, "id,minutes,spend\n1,0,10\n2,99,10\n3,9999,500\n4,99999,500\n");
    var settings = new SegmentationSettings(List.of("minutes", "spend"), 2, Scaling.MIN_MAX, 42, 2)
        .withLogged(List.of("minutes"));
    Segmentation result = Segmenter.run(DatasetLoader.load(file), settings);
    int low = result.segmentOfTableRow(0);
    assertEquals(low, result.segmentOfTableRow(1));
    // the centroid is exp(mean of log(1 + x)) - 1 = sqrt(1 * 100) - 1 = 9; the mean stays in file units
    assertEquals(9, result.centroid(low)[0], 1e-9);
    assertEquals(49.5, result.segment(low).means().get(0), 1e-9);
    assertEquals(10, result.centroid(low)[1], 1e-9);
  }

  @Test
  void negativeValueInALoggedFeatureNamesLineAndColumn(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("negative.csv");
    Files.writeString(file, "id,minutes,spend\n1,5,10\n2,-3,10\n3,7,500\n");
    var settings = new SegmentationSettings(List.of("minutes", "spend"), 2, Scaling.MIN_MAX, 42, 2)
        .withLogged(List.of("minutes"));
    var data = DatasetLoader.load(file);
    DataException e = assertThrows(DataException.class, () -> Segmenter.run(data, settings));
    assertEquals("negative.csv, line 3, column \"minutes\": \"-3\" is negative, and log(1 + x) needs values "
        + "of 0 or more. Leave this feature without the log transform, or correct the value.", e.getMessage());
  }

  @Test
  void loggingAFeatureThatIsNotChosenIsRefused() {
    var settings = new SegmentationSettings(List.of("minutes", "spend"), 2, Scaling.MIN_MAX, 42, 2)
        .withLogged(List.of("rating"));
    DataException e = assertThrows(DataException.class, settings::validate);
    assertEquals("\"rating\" is to be taken as log(1 + x) but it is not one of the features [minutes, spend]. "
        + "Name a chosen feature.", e.getMessage());
  }
}

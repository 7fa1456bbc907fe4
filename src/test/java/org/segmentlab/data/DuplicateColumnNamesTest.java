// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A header that names two columns alike: both are offered, told apart, and never picked silently. */
class DuplicateColumnNamesTest {
  static Path twoSpendColumns(Path folder) throws Exception {
    Path file = folder.resolve("twice.csv");
    Files.writeString(file, """
        userid,Last Visited Minutes,Average Spent on App (INR),Ratings,Average Spent on App (INR)
        1,100,5,1,500
        2,200,6,2,600
        3,300,7,3,700
        4,400,8,4,800
        5,500,9,5,900
        """);
    return file;
  }

  @Test
  void bothColumnsAreListedWithTheirPositions(@TempDir Path folder) throws Exception {
    Dataset data = DatasetLoader.load(twoSpendColumns(folder));
    assertEquals(List.of("userid", "Last Visited Minutes", "Average Spent on App (INR) (column 3)", "Ratings",
        "Average Spent on App (INR) (column 5)"), data.columnNames());
    assertEquals(List.of(3, 5), data.duplicatePositions("Average Spent on App (INR)"));
  }

  @Test
  void choosingTheSharedNameIsAnErrorNamingBothPositions(@TempDir Path folder) throws Exception {
    Dataset data = DatasetLoader.load(twoSpendColumns(folder));
    var e = assertThrows(DataException.class,
        () -> FeatureMatrix.extract(data, List.of("Last Visited Minutes", "Average Spent on App (INR)")));
    assertEquals("twice.csv: 2 columns are named \"Average Spent on App (INR)\" (column 3 and column 5), so it is "
        + "not clear which to use. Rename one in the file, or choose \"Average Spent on App (INR) (column 3)\" "
        + "or \"Average Spent on App (INR) (column 5)\".", e.getMessage());
  }

  @Test
  void choosingOneByItsPositionUsesThatColumn(@TempDir Path folder) throws Exception {
    Dataset data = DatasetLoader.load(twoSpendColumns(folder));
    FeatureMatrix matrix = FeatureMatrix.extract(data, List.of("Average Spent on App (INR) (column 5)"));
    assertArrayEquals(new double[] {500, 600, 700, 800, 900}, matrix.column(0));
  }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bad cell in a numeric column is recorded and named, never turns the column into text. */
class StrayTextCellsTest {
  static final String SPEND = "Average Spent on App (INR)";
  static final String MINUTES = "Last Visited Minutes";

  /** Twenty users; spend holds "abc" on line 5 (row 3) and the given extra cells. */
  static Path withStrayCell(Path folder) throws Exception {
    var lines = new StringBuilder(
        "userid,Average Screen Time,Average Spent on App (INR),Left Review,Last Visited Minutes\n");
    for (int i = 0; i < 20; i++) {
      String spend = i == 3 ? "abc" : i == 7 ? "" : Integer.toString(100 + 50 * i);
      lines.append(1001 + i).append(',').append(10 + i % 7).append(',').append(spend).append(',')
          .append(i % 2).append(',').append(200 * i + 30).append('\n');
    }
    Path file = folder.resolve("stray.csv");
    Files.writeString(file, lines);
    return file;
  }

  @Test
  void theColumnStaysNumericAndRecordsCountFirstLineAndText(@TempDir Path folder) throws Exception {
    Dataset data = DatasetLoader.load(withStrayCell(folder));
    ColumnSummary spend = data.column(SPEND).orElseThrow();
    assertEquals(ColumnKind.NUMBER, spend.kind());
    assertTrue(data.numericColumnNames().contains(SPEND));
    assertEquals(1, spend.strayText());
    assertEquals(new ColumnSummary.Cell(5, "abc"), spend.firstText().orElseThrow());
    assertEquals(1, spend.missing());
    assertEquals("1 cell is not a number — line 5: \"abc\"", spend.strayTextDescription());
    assertEquals("abc", data.cellText(SPEND, 3), "the users table shows the cell as written");
    assertEquals("", data.cellText(SPEND, 7));
    assertFalse(data.column(MINUTES).orElseThrow().hasStrayText());
  }

  @Test
  void aColumnOfMostlyTextStaysText(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("status.csv");
    Files.writeString(file, "userid,Status\n1,Installed\n2,Uninstalled\n3,5\n4,Installed\n5,Installed\n6,Installed\n");
    ColumnSummary status = DatasetLoader.load(file).column("Status").orElseThrow();
    assertEquals(ColumnKind.TEXT, status.kind());
    assertEquals(0, status.strayText());
    assertEquals("", status.strayTextDescription());
  }

  @Test
  void manyStrayCellsAreCountedFromTheFirst(@TempDir Path folder) throws Exception {
    var lines = new StringBuilder("id,Spend\n");
    for (int i = 0; i < 200; i++) {
      lines.append(i).append(',').append(i % 40 == 5 ? "n/a?" : Integer.toString(i)).append('\n');
    }
    Path file = folder.resolve("many.csv");
    Files.writeString(file, lines);
    ColumnSummary spend = DatasetLoader.load(file).column("Spend").orElseThrow();
    assertEquals(5, spend.strayText());
    assertEquals("5 cells are not numbers — the first on line 7: \"n/a?\"", spend.strayTextDescription());
  }

  @Test
  void extractingRefusesTheCellUnlessAskedToLeaveItsUserOut(@TempDir Path folder) throws Exception {
    Dataset data = DatasetLoader.load(withStrayCell(folder));
    var refused = assertThrows(DataException.class, () -> FeatureMatrix.extract(data, List.of(MINUTES, SPEND)));
    assertEquals(5, refused.line().orElseThrow());
    assertEquals(SPEND, refused.column().orElseThrow());
    assertTrue(refused.getMessage().startsWith("stray.csv, line 5, column \"" + SPEND + "\": \"abc\" is not a number"),
        refused.getMessage());

    FeatureMatrix matrix = FeatureMatrix.extract(data, List.of(MINUTES, SPEND), true);
    assertEquals(18, matrix.size());
    assertEquals(2, matrix.skipped());
    assertEquals(1, matrix.skippedForText());
    assertEquals(1, matrix.skippedForMissing());
    for (int i = 0; i < matrix.size(); i++) {
      assertTrue(matrix.tableRow(i) != 3 && matrix.tableRow(i) != 7, "row " + matrix.tableRow(i));
    }
  }
}

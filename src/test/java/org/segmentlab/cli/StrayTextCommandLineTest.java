// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the command line a stray text cell is an error naming line and column, unless the user opts in. */
class StrayTextCommandLineTest {

  private static Path input(Path folder) throws Exception {
    var lines = new StringBuilder("userid,Average Spent on App (INR),Last Visited Minutes\n");
    for (int i = 0; i < 30; i++) {
      lines.append(1001 + i).append(',').append(i == 3 ? "abc" : Integer.toString(100 + 37 * i)).append(',')
          .append(i % 2 == 0 ? 60 * i : 9000 + 70 * i).append('\n');
    }
    Path file = folder.resolve("broken.csv");
    Files.writeString(file, lines);
    return file;
  }

  @Test
  void withoutTheOptionTheCellIsAnErrorAndNothingIsWritten(@TempDir Path folder) throws Exception {
    Path file = input(folder);
    var run = CommandLineTest.run("segment", file.toString(), "-k", "2");
    assertEquals(2, run.code());
    assertTrue(run.err().startsWith("error: broken.csv, line 5, column \"Average Spent on App (INR)\": \"abc\" is not"
        + " a number"), run.err());
    assertTrue(run.err().contains("--skip-text-cells"), run.err());
    assertFalse(Files.exists(folder.resolve("broken-segments.csv")));
  }

  @Test
  void withTheOptionTheUserIsLeftOutCountedAndKeptInTheExport(@TempDir Path folder) throws Exception {
    Path file = input(folder);
    Path record = folder.resolve("run.json");
    var run = CommandLineTest.run("segment", file.toString(), "-k", "2", "--skip-text-cells", "--record",
        record.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("rows 30 clustered 29 skipped 1"), run.out());
    assertTrue(run.out().contains("warning 1 user left out because a feature cell is not a number"), run.out());
    List<String> labelled = Files.readAllLines(folder.resolve("broken-segments.csv"));
    assertEquals(31, labelled.size());
    assertEquals("1004,abc,9210,,", labelled.get(4), "the user keeps the cell as written and gets no segment");
    String json = Files.readString(record).replaceAll("\\s", "");
    assertTrue(json.contains("\"rows_left_out_for_text\":1"), json);
    assertTrue(json.contains("\"leave_out_text_cells\":true"), json);
  }
}

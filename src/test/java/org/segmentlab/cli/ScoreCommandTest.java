// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.testing.TestFiles;

class ScoreCommandTest {
  private static final String MINUTES = "Last Visited Minutes";
  private static final String SPEND = "Average Spent on App (INR)";

  /** Generated users with some feature cells blanked or written as NA, so rows are skipped. */
  static Path withMissingValues(Path folder, int rows, long seed) throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(TestFiles.generated(folder, rows, seed)));
    for (int i = 1; i < lines.size(); i += 37) {
      String[] cells = lines.get(i).split(",", -1);
      cells[i % 2 == 0 ? 2 : 6] = i % 3 == 0 ? "NA" : "";
      lines.set(i, String.join(",", cells));
    }
    Path file = folder.resolve("users-missing.csv");
    Files.write(file, lines);
    return file;
  }

  @Test
  void scoringTheFittedFileGivesTheSameFileAsSegment(@TempDir Path folder) throws Exception {
    Path input = TestFiles.copy(TestFiles.sample(), folder);
    Path model = folder.resolve("model.json");
    Path segmented = folder.resolve("segmented.csv");
    var fit = CommandLineTest.run("segment", input.toString(), "--model", model.toString(), "-o", segmented.toString());
    assertEquals(0, fit.code(), fit.err());
    Path scored = folder.resolve("scored.csv");
    var run = CommandLineTest.run("score", model.toString(), input.toString(), "-o", scored.toString());
    assertEquals(0, run.code(), run.err());
    assertArrayEquals(Files.readAllBytes(segmented), Files.readAllBytes(scored));
    assertTrue(run.out().endsWith("rows 999 scored 999 missing 0\n"), run.out());
    assertTrue(run.out().startsWith("segment  name"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void withLogTransformAndMissingValuesEveryRowMatchesSegmentAndMissingRowsAreCounted(@TempDir Path folder)
      throws Exception {
    Path input = withMissingValues(folder, 6000, 9);
    Path model = folder.resolve("model.json");
    Path segmented = folder.resolve("segmented.csv");
    var fit = CommandLineTest.run("segment", input.toString(), "-k", "5", "--scaling", "robust",
        "--log", MINUTES + "," + SPEND, "--model", model.toString(), "-o", segmented.toString());
    assertEquals(0, fit.code(), fit.err());
    Path scored = folder.resolve("scored.csv");
    var run = CommandLineTest.run("score", model.toString(), input.toString(), "-o", scored.toString());
    assertEquals(0, run.code(), run.err());
    assertArrayEquals(Files.readAllBytes(segmented), Files.readAllBytes(scored));
    long blank = Files.readAllLines(scored).stream().filter(l -> l.endsWith(",,")).count();
    assertEquals(163, blank); // every 37th of 6000 rows
    assertTrue(run.out().endsWith("rows 6000 scored 5837 missing 163\n"), run.out());
    assertTrue(fit.out().contains("rows 6000 clustered 5837 skipped 163"), fit.out());
  }

  @Test
  void textInAFeatureIsExitTwoNamingLineAndColumnAndLeavesTheOutputAlone(@TempDir Path folder) throws Exception {
    Path input = TestFiles.copy(TestFiles.sample(), folder);
    Path model = folder.resolve("model.json");
    assertEquals(0, CommandLineTest.run("segment", input.toString(), "--model", model.toString()).code());
    Path broken = folder.resolve("broken.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(input));
    lines.set(500, lines.get(500).replaceFirst("^(\\d+),(\\d+),(\\d+),", "$1,$2,lots,"));
    Files.write(broken, lines);
    Path out = folder.resolve("out.csv");
    Files.writeString(out, "yesterday's labels\n");
    var run = CommandLineTest.run("score", model.toString(), broken.toString(), "-o", out.toString());
    assertEquals(2, run.code());
    assertEquals(List.of("error: broken.csv, line 501, column \"" + SPEND + "\": \"lots\" is not a number. A feature "
        + "column must hold only numbers (write decimals with a point, without thousands separators)."),
        run.errLines());
    assertEquals("yesterday's labels\n", Files.readString(out));
    try (var files = Files.list(folder)) {
      assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".part")).toList());
    }
  }

  @Test
  void negativeValueInALoggedFeatureIsExitTwo(@TempDir Path folder) throws Exception {
    Path input = TestFiles.copy(TestFiles.sample(), folder);
    Path model = folder.resolve("model.json");
    assertEquals(0, CommandLineTest.run("segment", input.toString(), "--log", MINUTES, "--model",
        model.toString()).code());
    Path other = folder.resolve("other.csv");
    Files.writeString(other, "Last Visited Minutes,Average Spent on App (INR)\n10,20\n-1,20\n");
    Path out = folder.resolve("out.csv");
    var run = CommandLineTest.run("score", model.toString(), other.toString(), "-o", out.toString());
    assertEquals(2, run.code());
    assertEquals(List.of("error: other.csv, line 3, column \"" + MINUTES + "\": \"-1\" is negative, and log(1 + x) "
        + "needs values of 0 or more."), run.errLines());
    assertFalse(Files.exists(out));
  }

  @Test
  void aMissingFeatureColumnListsTheFilesColumns(@TempDir Path folder) throws Exception {
    Path input = TestFiles.copy(TestFiles.sample(), folder);
    Path model = folder.resolve("model.json");
    assertEquals(0, CommandLineTest.run("segment", input.toString(), "--model", model.toString()).code());
    Path other = folder.resolve("other.csv");
    Files.writeString(other, "id;Last Visited Minutes\n1;10,5\n");
    Path out = folder.resolve("o.csv");
    var run = CommandLineTest.run("score", model.toString(), other.toString(), "-o", out.toString());
    assertEquals(2, run.code());
    assertEquals(List.of("error: other.csv: it has no \"" + SPEND + "\" column, which the model needs. Its columns "
        + "are: id, Last Visited Minutes."), run.errLines());
  }

  @Test
  void aFileThatIsNotAModelIsExitTwo(@TempDir Path folder) throws Exception {
    Path input = TestFiles.copy(TestFiles.sample(), folder);
    Path out = folder.resolve("o.csv");
    var run = CommandLineTest.run("score", input.toString(), input.toString(), "-o", out.toString());
    assertEquals(2, run.code());
    assertTrue(run.err().startsWith("error: userbehaviour.csv, line 1: this is not a SegmentLab model"), run.err());
  }
}

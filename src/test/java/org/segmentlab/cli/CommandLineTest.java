// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.segmentlab.testing.TestFiles;

class CommandLineTest {

  /** What one run printed and returned. */
  record Run(int code, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  static Run run(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    int code = SegmentLabCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void segmentWritesTheLabelledCsvBesideTheInputAndPrintsTheContractLines(@TempDir Path folder) throws Exception {
    Path input = TestFiles.copy(TestFiles.sample(), folder);
    Run run = run("segment", input.toString());
    assertEquals(0, run.code(), run.err());
    Path out = folder.resolve("userbehaviour-segments.csv");
    assertTrue(Files.exists(out));
    assertEquals(1000, Files.readAllLines(out).size());
    assertTrue(run.out().contains("rows 999 clustered 999 skipped 0"), run.out());
    assertTrue(run.out().lines().anyMatch(l -> l.matches("inertia \\d+\\.\\d+(E-?\\d+)?")), run.out());
    assertTrue(run.out().startsWith("segment  name"), run.out());
    assertTrue(run.out().contains("High Spenders"), run.out());
  }

  @Test
  void sameSeedGivesByteIdenticalOutput(@TempDir Path folder) throws Exception {
    Path input = TestFiles.copy(TestFiles.sample(), folder);
    Path first = folder.resolve("a.csv");
    Path second = folder.resolve("b.csv");
    Run a = run("segment", input.toString(), "-k", "5", "--seed", "7", "-o", first.toString());
    Run b = run("segment", input.toString(), "-k", "5", "--seed", "7", "-o", second.toString());
    assertEquals(0, a.code());
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    assertEquals(a.out(), b.out());
  }

  @Test
  void optionsAreHonoured(@TempDir Path folder) throws Exception {
    Path input = TestFiles.copy(TestFiles.sample(), folder);
    Path profile = folder.resolve("profile.csv");
    Path record = folder.resolve("run.json");
    Run run = run("segment", input.toString(), "-f", "Ratings, Average Screen Time", "-k", "3",
        "--scaling", "zscore", "--restarts", "3", "--profile", profile.toString(), "--record", record.toString());
    assertEquals(0, run.code(), run.err());
    assertEquals(4, Files.readAllLines(profile).size());
    assertTrue(Files.readString(record).contains("\"method\" : \"zscore\""));
    assertTrue(run.out().contains("mean Ratings"), run.out());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "bad/empty.csv|empty.csv: the file is empty",
    "bad/header-only.csv|header-only.csv: the file has a header but no rows",
    "bad/binary.csv|binary.csv: this is not a text file",
    "bad/wrong-field-count.csv|wrong-field-count.csv, line 4: this row has 4 fields",
    "bad/unterminated-quote.csv|unterminated-quote.csv, line 3: a quoted field starts here",
    "bad/text-in-feature.csv|text-in-feature.csv, line 4, column \"Average Spent on App (INR)\": \"abc\" is not",
    "bad/infinity-in-feature.csv|infinity-in-feature.csv, line 4, column \"Last Visited Minutes\"",
    "bad/no-variation.csv|no-variation.csv: none of the chosen features varies",
    "bad/no-standard-columns.csv|no-standard-columns.csv: it has no \"Last Visited Minutes\""
  })
  void badInputExitsWithTwoAndOneErrorLineAndWritesNothing(String file, String expected, @TempDir Path folder)
      throws Exception {
    Path input = TestFiles.copy(TestFiles.csv(file), folder);
    Run run = run("segment", input.toString());
    assertEquals(2, run.code(), run.err());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith("error: "), run.err());
    assertTrue(run.err().contains(expected), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    try (var files = Files.list(folder)) {
      assertEquals(1, files.count(), "no output file is written");
    }
  }

  @Test
  void usageErrorsExitWithTwo() {
    Run unknown = run("segment", "x.csv", "--scaling", "log");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().startsWith("error: unknown scaling"), unknown.err());
    Run missing = run("segment");
    assertEquals(2, missing.code());
    assertEquals(1, missing.errLines().size());
    Run noFile = run("segment", "does-not-exist.csv");
    assertEquals(2, noFile.code());
    assertTrue(noFile.err().contains("does-not-exist.csv: the file does not exist"), noFile.err());
  }

  @Test
  void unknownFeaturesAndMissingOutputFoldersAreBadInput(@TempDir Path folder) throws Exception {
    Path input = TestFiles.copy(TestFiles.sample(), folder);
    Run unknown = run("segment", input.toString(), "-f", "Ratings,Happiness");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("there is no column \"Happiness\". Numeric columns are: userid, "),
        unknown.err());
    Run nowhere = run("segment", input.toString(), "-o", folder.resolve("missing/out.csv").toString());
    assertEquals(2, nowhere.code());
    assertEquals(1, nowhere.errLines().size(), nowhere.err());
    assertTrue(nowhere.err().contains("does not exist"), nowhere.err());
    try (var files = Files.list(folder)) {
      assertEquals(1, files.count(), "nothing was written");
    }
  }

  @Test
  void aKTheDataCannotSupportNamesTheFile(@TempDir Path folder) throws Exception {
    Path input = TestFiles.copy(TestFiles.csv("good/tab-missing.csv"), folder);
    Run run = run("segment", input.toString(), "-k", "5");
    assertEquals(2, run.code());
    assertTrue(run.err().startsWith("error: tab-missing.csv: k is 5 but only 4 users have values"), run.err());
  }

  @Test
  void autoKLetsXMeansChooseAndIsReportedLikeAnyRun(@TempDir Path folder) throws Exception {
    Path input = TestFiles.copy(TestFiles.sample(), folder);
    Run run = run("segment", input.toString(), "-k", "auto");
    assertEquals(0, run.code(), run.err());
    long segments = run.out().lines().filter(l -> l.matches("\\d+\\s+.*%.*")).count();
    assertTrue(segments >= 2 && segments <= 20, run.out());
    assertTrue(run.out().contains("rows 999 clustered 999 skipped 0"), run.out());
    Run bad = run("segment", input.toString(), "-k", "many");
    assertEquals(2, bad.code());
    assertTrue(bad.err().startsWith("error: -k must be a whole number or \"auto\""), bad.err());
  }

  @Test
  void helpAndVersionAnswer() {
    Run help = run("segment", "--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("--k-range") || help.out().contains("--features"), help.out());
    Run version = run("--version");
    assertEquals(0, version.code());
    assertTrue(version.out().contains("SegmentLab 0."), version.out());
  }

  @Test
  void scanPrintsTheTableAndTheBestK(@TempDir Path folder) throws Exception {
    Path input = TestFiles.copy(TestFiles.sample(), folder);
    Run run = run("scan", input.toString(), "--k-range", "2..5", "--restarts", "3");
    assertEquals(0, run.code(), run.err());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.get(0).matches("k\\s+inertia\\s+silhouette\\s+smallest_share"), lines.get(0));
    assertEquals(4, lines.stream().filter(l -> l.matches("[2-5]\\s+\\S+\\s+\\S+\\s+\\S+")).count(), run.out());
    assertTrue(lines.get(lines.size() - 1).matches("best k [2-5]"), run.out());
    assertEquals(6, lines.size(), "stdout is the table and the best k line only");
    assertTrue(run.err().startsWith("note: k = "), run.err());
  }

  @Test
  void generateMakesTheSampleReproducibly(@TempDir Path folder) throws Exception {
    Path out = folder.resolve("users.csv");
    assertEquals(0, run("generate", "--rows", "999", "--seed", "42", "-o", out.toString()).code());
    assertArrayEquals(Files.readAllBytes(TestFiles.sample()), Files.readAllBytes(out),
        "sample-data/userbehaviour.csv is exactly what the generator makes");
  }
}

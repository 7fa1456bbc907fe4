// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on hostile or unusual input: exit 2, one line naming the file, nothing written. */
class InputHardeningCommandTest {

  static CommandLineTest.Run run(String... args) {
    return CommandLineTest.run(args);
  }

  static void assertRefused(CommandLineTest.Run run, String expected, Path folder, int filesBefore)
      throws Exception {
    assertEquals(2, run.code(), run.err());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith("error: " + expected), run.err());
    try (var files = Files.list(folder)) {
      assertEquals(filesBefore, files.count(), "no output file is written");
    }
  }

  @Test
  void aDefaultFeatureNamedTwiceIsExitTwoNamingBothPositions(@TempDir Path folder) throws Exception {
    Path input = folder.resolve("twice.csv");
    Files.writeString(input, """
        userid,Last Visited Minutes,Average Spent on App (INR),Ratings,Average Spent on App (INR)
        1,100,5,1,500
        2,200,6,2,600
        3,300,7,3,700
        """);
    assertRefused(run("segment", input.toString(), "-k", "2"),
        "twice.csv: 2 columns are named \"Average Spent on App (INR)\" (column 3 and column 5)", folder, 1);
  }

  static Path users(Path folder, String name, String text) throws Exception {
    Path file = folder.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void autoKOnOnlyTwoDifferentUsersGivesTwoSegments(@TempDir Path folder) throws Exception {
    var text = new StringBuilder("userid,Last Visited Minutes,Average Spent on App (INR)\n");
    for (int i = 1; i <= 1000; i++) {
      text.append(i).append(i % 2 == 0 ? ",100,5\n" : ",9000,800\n");
    }
    Path input = users(folder, "two.csv", text.toString());
    var run = run("segment", input.toString(), "-k", "auto");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().lines().anyMatch(l -> l.matches("1\\s+.*\\s500\\s+50\\.0%.*")), run.out());
    assertTrue(run.out().lines().anyMatch(l -> l.matches("2\\s+.*\\s500\\s+50\\.0%.*")), run.out());
    assertTrue(run.out().lines().noneMatch(l -> l.startsWith("3 ")), run.out());
  }

  @Test
  void scanOnFiveUsersNarrowsItsRangeAndSaysSo(@TempDir Path folder) throws Exception {
    Path input = users(folder, "five.csv", """
        userid,Last Visited Minutes,Average Spent on App (INR)
        1,100,5
        2,900,60
        3,4000,7
        4,12000,900
        5,300,450
        """);
    var run = run("scan", input.toString(), "--restarts", "2");
    assertEquals(0, run.code(), run.err());
    assertEquals(4, run.out().lines().filter(l -> l.matches("[2-5]\\s+\\S+\\s+\\S+\\s+\\S+")).count(), run.out());
    assertTrue(run.err().startsWith("note: only 5 users have values in every chosen feature, so k was tried "
        + "from 2 to 5 instead of 2 to 10.\n"), run.err());
  }

  @Test
  void kIsCheckedBeforeTheFileIsRead(@TempDir Path folder) throws Exception {
    String missing = folder.resolve("not-there.csv").toString();
    var tooBig = run("segment", missing, "-k", "99999999999");
    assertEquals(2, tooBig.code());
    assertEquals("error: k must be between 2 and 50 (it is 99999999999).", tooBig.err().strip());
    var one = run("segment", missing, "-k", "1");
    assertEquals("error: k must be between 2 and 50 (it is 1).", one.err().strip());
    var range = run("scan", missing, "--k-range", "2..99999999999");
    assertEquals(2, range.code(), range.err());
    assertEquals("error: --k-range must stay between 2 and 50 (it reaches 99999999999).", range.err().strip());
    var backwards = run("scan", missing, "--k-range", "5..3");
    assertEquals(2, backwards.code(), backwards.err());
    assertTrue(backwards.err().startsWith("error: --k-range must run from at least 2"), backwards.err());
  }

  @Test
  void aFeatureNameWithACommaCanBeQuotedOrGivenWithFeature(@TempDir Path folder) throws Exception {
    Path input = users(folder, "comma.csv", """
        userid,"Spend, INR",Visits
        1,5,100
        2,6,200
        3,700,9000
        4,800,9500
        5,10,150
        6,750,9900
        """);
    var quoted = run("segment", input.toString(), "-f", "\"Spend, INR\",Visits", "-k", "2",
        "-o", folder.resolve("a.csv").toString());
    assertEquals(0, quoted.code(), quoted.err());
    assertTrue(quoted.out().contains("mean Spend, INR"), quoted.out());
    var repeated = run("segment", input.toString(), "--feature", "Spend, INR", "--feature", "Visits", "-k", "2",
        "-o", folder.resolve("b.csv").toString());
    assertEquals(0, repeated.code(), repeated.err());
    assertEquals(quoted.out(), repeated.out());
    assertEquals(Files.readString(folder.resolve("a.csv")), Files.readString(folder.resolve("b.csv")));
    var unclosed = run("segment", input.toString(), "-f", "\"Spend, INR,Visits", "-k", "2");
    assertEquals(2, unclosed.code(), unclosed.err());
    assertTrue(unclosed.err().startsWith("error: -f must be column names separated by commas, a name with a comma "
        + "in double quotes"), unclosed.err());
  }

  @Test
  void aHeaderWithBackslashEscapedQuotesIsBlamedOnLineOne(@TempDir Path folder) throws Exception {
    Path input = users(folder, "escaped.csv",
        "userid,\"Spend \\\"x\\\", y\",Minutes\n1,10,100\n2,20,200\n3,30,300\n");
    assertRefused(run("segment", input.toString(), "-f", "Minutes", "-k", "2"),
        "escaped.csv, line 1: a quoted field is followed by more text before the separator. Write a quote inside "
            + "a quoted field as two quotes (\"\"), not as \\\".", folder, 1);
  }
}

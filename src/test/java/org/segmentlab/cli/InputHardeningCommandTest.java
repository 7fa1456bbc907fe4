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
}

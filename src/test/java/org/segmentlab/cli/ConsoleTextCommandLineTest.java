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
import org.segmentlab.cli.CommandLineTest.Run;
import org.segmentlab.testing.TestFiles;

/** Names and cells with line breaks or other control characters never break a line of output. */
class ConsoleTextCommandLineTest {
  private static final String SPEND = "Spend\nINR";
  private static final String MINUTES = "Minutes\tlast\rvisit";

  private static Path twoGroups(Path folder) throws Exception {
    var text = new StringBuilder("id,\"Spend\nINR\",\"Minutes\tlast\rvisit\",\"col\u001b[31mred\"\n");
    for (int i = 0; i < 40; i++) {
      boolean high = i % 2 == 0;
      text.append(i).append(',').append(high ? 900 + i : 10 + i).append(',').append(high ? 5 + i : 4000 + i)
          .append(",x\n");
    }
    return Files.writeString(folder.resolve("weird.csv"), text);
  }

  private static void assertNoControlCharacters(String line) {
    assertTrue(line.chars().noneMatch(Character::isISOControl), line);
  }

  @Test
  void anErrorAboutAFileWhoseNameHasALineBreakIsOneLine(@TempDir Path folder) throws Exception {
    Path input = Files.copy(TestFiles.csv("bad/text-in-feature.csv"), folder.resolve("users\nmonday\t.csv"));
    Run run = CommandLineTest.run("segment", input.toString());
    assertEquals(2, run.code());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith("error: users\\nmonday\\t.csv, line "), run.err());
    assertNoControlCharacters(run.errLines().get(0));
  }

  @Test
  void anErrorListingColumnsWithControlCharactersIsOneLine(@TempDir Path folder) throws Exception {
    Run run = CommandLineTest.run("segment", twoGroups(folder).toString(), "-f", "nothing like it");
    assertEquals(2, run.code(), run.err());
    assertEquals(1, run.errLines().size(), run.err());
    assertNoControlCharacters(run.errLines().get(0));
    assertTrue(run.err().contains("Spend\\nINR"), run.err());
  }

  @Test
  void theSegmentTableKeepsOneLinePerRowWhenFeatureNamesHaveLineBreaks(@TempDir Path folder) throws Exception {
    Run run = CommandLineTest.run("segment", twoGroups(folder).toString(), "--feature", SPEND, "--feature", MINUTES,
        "-k", "2", "-o", folder.resolve("out.csv").toString());
    assertEquals(0, run.code(), run.err());
    List<String> lines = run.out().lines().toList();
    lines.forEach(ConsoleTextCommandLineTest::assertNoControlCharacters);
    assertTrue(lines.get(0).startsWith("segment  name"), lines.get(0));
    assertTrue(lines.get(0).contains("mean Spend\\nINR") && lines.get(0).contains("mean Minutes\\tlast\\rvisit"),
        lines.get(0));
    assertTrue(lines.get(1).startsWith("1 ") && lines.get(2).startsWith("2 "), run.out());
    assertEquals("rows 40 clustered 40 skipped 0", lines.get(3));
    assertFalse(run.out().contains("\r"));
  }
}

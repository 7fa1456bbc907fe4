// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.cli.CommandLineTest.Run;

/** {@code --excel-safe}: input cells a spreadsheet would run are neutralised and counted. */
class ExcelSafeCommandLineTest {

  private static Path input(Path folder) throws Exception {
    var text = new StringBuilder("id,comment,Spend,Minutes\n");
    for (int i = 0; i < 30; i++) {
      String comment = i == 3 ? "=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")" : i == 4 ? "@SUM(A1)" : "ok";
      text.append(i).append(",\"").append(comment).append("\",").append(i % 2 == 0 ? 900 + i : 10 + i)
          .append(',').append(i % 2 == 0 ? 5 + i : 4000 + i).append('\n');
    }
    return Files.writeString(folder.resolve("users.csv"), text);
  }

  @Test
  void excelSafeNeutralisesFormulaCellsAndSaysHowMany(@TempDir Path folder) throws Exception {
    Path in = input(folder);
    Path out = folder.resolve("safe.csv");
    Run run = CommandLineTest.run("segment", in.toString(), "-f", "Spend,Minutes", "-k", "2", "-o", out.toString(),
        "--excel-safe");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().lines().anyMatch("excel_safe cells_changed 2"::equals), run.out());
    String written = Files.readString(out);
    assertTrue(written.contains("4,'@SUM(A1),"), written);
    assertTrue(written.contains("3,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\","), written);
    Run plain = CommandLineTest.run("segment", in.toString(), "-f", "Spend,Minutes", "-k", "2", "-o",
        folder.resolve("plain.csv").toString());
    assertFalse(plain.out().contains("excel_safe"), plain.out());
    assertTrue(Files.readString(folder.resolve("plain.csv")).contains("4,@SUM(A1),"));
  }
}

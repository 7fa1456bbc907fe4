// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ConsoleTextTest {

  @Test
  void everyControlCharacterIsShownAsAnEscape() {
    assertEquals("a\\nb\\r\\tc\\0d\\u001b[31me\\u007f\\u2028", ConsoleText.line("a\nb\r\tc\0d\u001b[31me\u007f\u2028"));
    assertEquals("Zürich · High Spenders", ConsoleText.line("Zürich · High Spenders"));
  }

  @Test
  void eachPrintlnOfACommandsOutputIsOneLine() {
    var text = new StringWriter();
    PrintWriter out = ConsoleText.lines(new PrintWriter(text));
    out.println("warning \"Spend\nINR\" dominates");
    out.println((Object) "segment\t1");
    out.printf("inertia %d%n", 3);
    out.flush();
    assertEquals(String.join(System.lineSeparator(), "warning \"Spend\\nINR\" dominates", "segment\\t1", "inertia 3", ""),
        text.toString());
  }
}

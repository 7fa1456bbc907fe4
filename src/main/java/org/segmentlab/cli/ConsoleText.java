// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.cli;

import java.io.PrintWriter;

/**
 * Text from files (names, cells, column names) made safe for one line of a terminal or log: line
 * breaks, tabs, NUL and every other control character are shown as escapes ({@code \n}, {@code \t},
 * {@code \0}, {@code \u001b}), so a message stays on one line and cannot move the cursor or
 * recolour the terminal.
 */
final class ConsoleText {
  private ConsoleText() {}

  /**
   * A writer whose every {@code println} of a text is one line whatever the text holds, so every
   * result and warning line a command prints is safe without each command escaping it.
   */
  static PrintWriter lines(PrintWriter out) {
    return new PrintWriter(out) {
      @Override
      public void println(String text) {
        super.println(line(text));
      }

      @Override
      public void println(Object value) {
        println(String.valueOf(value));
      }
    };
  }

  static String line(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder escaped = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = escape(c);
      if (replacement != null && escaped == null) {
        escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (escaped != null) {
        if (replacement != null) {
          escaped.append(replacement);
        } else {
          escaped.append(c);
        }
      }
    }
    return escaped == null ? text : escaped.toString();
  }

  private static String escape(char c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      case '\0':
        return "\\0";
      default:
        if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085') {
          return String.format("\\u%04x", (int) c);
        }
        return null;
    }
  }
}

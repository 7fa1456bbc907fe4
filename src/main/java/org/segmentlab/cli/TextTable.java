// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * Prints rows as left-aligned columns separated by two spaces, for terminals and logs; control
 * characters in cells are escaped so each row stays one line.
 */
final class TextTable {
  private TextTable() {}

  static void print(List<String[]> cells, PrintWriter out) {
    List<String[]> rows = cells.stream()
        .map(row -> java.util.Arrays.stream(row).map(ConsoleText::line).toArray(String[]::new)).toList();
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    for (String[] row : rows) {
      var line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        line.append(row[c]);
        if (c < columns - 1) {
          line.append(" ".repeat(widths[c] - row[c].length() + 2));
        }
      }
      out.println(line.toString().stripTrailing());
    }
  }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import java.util.Locale;
import java.util.Map;
import org.segmentlab.data.Dataset;
import org.segmentlab.segment.SegmentationSettings;

/** How the app shows a column's name and its cells: axis titles with units, cells as written. */
final class ColumnText {
  private static final Map<String, String> UNITS = Map.of(
      SegmentationSettings.MINUTES, "Last Visited Minutes (minutes since the last visit)",
      "Average Screen Time", "Average Screen Time (minutes per day)",
      "Ratings", "Ratings (0–10)");

  private ColumnText() {}

  /** A readable axis title: known columns get their units. */
  static String axisTitle(String column) {
    return UNITS.getOrDefault(column, column);
  }

  /** A cell as written in the file. */
  static String cell(Dataset data, String column, int row) {
    return data.cellText(column, row);
  }

  /** The column that identifies a user: "userid", "user_id" or "id" if present, else the first column. */
  static String idColumn(Dataset data) {
    for (String name : data.columnNames()) {
      String key = name.toLowerCase(Locale.ROOT).replace("_", "").replace(" ", "");
      if (key.equals("userid") || key.equals("id") || key.equals("user")) {
        return name;
      }
    }
    return data.columnNames().get(0);
  }
}

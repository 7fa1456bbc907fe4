// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.present;

import java.util.Map;
import org.segmentlab.segment.SegmentationSettings;

/** Readable axis titles: the tutorial's known columns get their units, others keep their name. */
public final class AxisTitles {
  private static final Map<String, String> UNITS = Map.of(
      SegmentationSettings.MINUTES, "Last Visited Minutes (minutes since the last visit)",
      "Average Screen Time", "Average Screen Time (minutes per day)",
      "Ratings", "Ratings (0–10)");

  private AxisTitles() {}

  public static String of(String column) {
    return UNITS.getOrDefault(column, column);
  }
}

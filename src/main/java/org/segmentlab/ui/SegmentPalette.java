// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import javafx.scene.paint.Color;
import org.segmentlab.segment.SegmentColours;

/**
 * The one colour palette for segments, shared by chart, legend, tables and exported images, as
 * JavaFX colours; the hex list itself is {@link SegmentColours}, which saved models also use.
 */
public final class SegmentPalette {
  /** Users left out for missing values. */
  public static final Color SKIPPED = Color.web(SegmentColours.SKIPPED);

  private SegmentPalette() {}

  /** The colour of segment number 1..k. */
  public static Color color(int segmentNumber) {
    return segmentNumber <= 0 ? SKIPPED : Color.web(SegmentColours.hex(segmentNumber));
  }

  /** The colour as CSS text, for inline styles. */
  public static String css(int segmentNumber) {
    return SegmentColours.hex(segmentNumber);
  }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import javafx.scene.paint.Color;

/**
 * The one colour palette for segments, shared by chart, legend, tables and exported images:
 * Okabe–Ito's colour-blind-safe colours first, then Paul Tol's muted set for larger k.
 */
public final class SegmentPalette {
  private static final String[] HEX = {
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#B8A000",
    "#332288", "#117733", "#882255", "#44AA99", "#999933", "#AA4499", "#88CCEE",
    "#CC6677", "#DDCC77", "#6699CC", "#661100", "#888888", "#4B0092"
  };
  /** Users left out for missing values. */
  public static final Color SKIPPED = Color.web("#BBBBBB");

  private SegmentPalette() {}

  /** The colour of segment number 1..k. */
  public static Color color(int segmentNumber) {
    if (segmentNumber <= 0) {
      return SKIPPED;
    }
    return Color.web(HEX[(segmentNumber - 1) % HEX.length]);
  }

  /** The colour as CSS text, for inline styles. */
  public static String css(int segmentNumber) {
    return segmentNumber <= 0 ? "#BBBBBB" : HEX[(segmentNumber - 1) % HEX.length];
  }
}

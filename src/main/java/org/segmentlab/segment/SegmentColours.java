// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import java.util.List;

/**
 * The segment colours as hex text, so that the app, exported images and saved models all use the
 * same colour for the same segment: Okabe–Ito's colour-blind-safe colours first, then Paul Tol's
 * muted set for larger k.
 */
public final class SegmentColours {
  private static final List<String> HEX = List.of(
      "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#B8A000",
      "#332288", "#117733", "#882255", "#44AA99", "#999933", "#AA4499", "#88CCEE",
      "#CC6677", "#DDCC77", "#6699CC", "#661100", "#888888", "#4B0092");
  /** Users left out for missing values. */
  public static final String SKIPPED = "#BBBBBB";

  private SegmentColours() {}

  /** The colour of a segment identity (1, 2, …), or the grey of skipped users for 0. */
  public static String hex(int identity) {
    return identity <= 0 ? SKIPPED : HEX.get((identity - 1) % HEX.size());
  }

  /** The same colour as 0xRRGGBB, for drawing code. */
  public static int rgb(int identity) {
    return Integer.parseInt(hex(identity).substring(1), 16);
  }
}

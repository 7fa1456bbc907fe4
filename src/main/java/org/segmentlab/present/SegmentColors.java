// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.present;

/**
 * The one colour palette for segments, shared by the window, exported images and reports:
 * Okabe–Ito's colour-blind-safe colours first, then Paul Tol's muted set for larger k. Plain RGB
 * values, so drawing code with or without JavaFX reads the same colours.
 */
public final class SegmentColors {
  private static final int[] RGB = {
    0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00, 0xB8A000,
    0x332288, 0x117733, 0x882255, 0x44AA99, 0x999933, 0xAA4499, 0x88CCEE,
    0xCC6677, 0xDDCC77, 0x6699CC, 0x661100, 0x888888, 0x4B0092
  };
  /** Users left out for missing values. */
  public static final int SKIPPED_RGB = 0xBBBBBB;

  private SegmentColors() {}

  /** The colour of segment number 1..k as 0xRRGGBB; number 0 (left out) is grey. */
  public static int rgb(int segmentNumber) {
    return segmentNumber <= 0 ? SKIPPED_RGB : RGB[(segmentNumber - 1) % RGB.length];
  }

  /** The colour as CSS text, "#0072B2". */
  public static String hex(int segmentNumber) {
    return String.format("#%06X", rgb(segmentNumber));
  }
}

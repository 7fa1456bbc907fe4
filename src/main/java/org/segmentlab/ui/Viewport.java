// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

/**
 * The value ranges a chart shows. The chart redraws whenever this value changes, so pan, zoom and
 * reset can never leave users drawn for an older view; it holds no JavaFX types.
 */
record Viewport(double xMin, double xMax, double yMin, double yMax) {

  Viewport {
    if (!(xMax > xMin) || !(yMax > yMin)) {
      throw new IllegalArgumentException("empty view " + xMin + ".." + xMax + ", " + yMin + ".." + yMax);
    }
  }

  double width() {
    return xMax - xMin;
  }

  double height() {
    return yMax - yMin;
  }

  /** Horizontal pixel of a value in a plot {@code pixels} wide. */
  double column(double x, double pixels) {
    return (x - xMin) / width() * pixels;
  }

  /** Vertical pixel of a value in a plot {@code pixels} high (larger values are higher up). */
  double line(double y, double pixels) {
    return (yMax - y) / height() * pixels;
  }

  /** The same view moved by the given amounts. */
  Viewport shifted(double dx, double dy) {
    return new Viewport(xMin + dx, xMax + dx, yMin + dy, yMax + dy);
  }
}

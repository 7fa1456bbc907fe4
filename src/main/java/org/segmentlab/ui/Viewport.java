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

  /**
   * This view kept inside {@code extent}: a range wider than the extent's becomes the extent's,
   * a range that sticks out is moved back in. Panning and zooming thus never leave the data.
   */
  Viewport within(Viewport extent) {
    double[] x = inside(xMin, xMax, extent.xMin, extent.xMax);
    double[] y = inside(yMin, yMax, extent.yMin, extent.yMax);
    return new Viewport(x[0], x[1], y[0], y[1]);
  }

  private static double[] inside(double min, double max, double lower, double upper) {
    if (max - min >= upper - lower) {
      return new double[] {lower, upper};
    }
    if (min < lower) {
      return new double[] {lower, lower + (max - min)};
    }
    if (max > upper) {
      return new double[] {upper - (max - min), upper};
    }
    return new double[] {min, max};
  }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.present;

/**
 * The part of the data a chart shows, in the file's units: value ranges on both axes. A value, so
 * the window, a redraw check and an exported image all agree on what "the same view" means: the
 * window redraws whenever it changes, so pan, zoom and reset never leave users drawn for an older
 * view.
 */
public record Viewport(double xMin, double xMax, double yMin, double yMax) {
  /** Share of the data's range added on each side, so edge users are drawn whole. */
  public static final double PADDING = 0.03;

  public Viewport {
    if (!(xMax > xMin) || !(yMax > yMin)) {
      throw new IllegalArgumentException("empty viewport " + xMin + ".." + xMax + ", " + yMin + ".." + yMax);
    }
  }

  /**
   * Everyone in view with a little padding; the padding does not reach below zero on an axis whose
   * values are all non-negative beyond what is needed to draw a user at zero whole.
   */
  public static Viewport fitting(double[] x, double[] y) {
    return new Viewport(padded(x)[0], padded(x)[1], padded(y)[0], padded(y)[1]);
  }

  private static double[] padded(double[] values) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    if (values.length == 0) {
      return new double[] {0, 1};
    }
    double span = max - min;
    if (span == 0) {
      span = Math.max(1, Math.abs(max));
    }
    return new double[] {min - PADDING * span, max + PADDING * span};
  }

  public double width() {
    return xMax - xMin;
  }

  public double height() {
    return yMax - yMin;
  }

  /** The pixel column of a value in a plot {@code pixels} wide. */
  public double pixelX(double value, double pixels) {
    return (value - xMin) / width() * pixels;
  }

  /** The pixel row of a value in a plot {@code pixels} high (row 0 at the top). */
  public double pixelY(double value, double pixels) {
    return (yMax - value) / height() * pixels;
  }

  /** The same view moved by the given amounts. */
  public Viewport shifted(double dx, double dy) {
    return new Viewport(xMin + dx, xMax + dx, yMin + dy, yMax + dy);
  }

  /**
   * This view kept inside {@code extent}: a range wider than the extent's becomes the extent's,
   * a range that sticks out is moved back in. Panning and zooming thus never leave the data.
   */
  public Viewport within(Viewport extent) {
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

// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.chart.ValueAxis;

/**
 * A number axis whose ticks fall on round values (0, 5,000, 10,000 …) whatever the range shown.
 * The stock NumberAxis counts ticks from the lower bound, so a zoomed chart would read 1,437,
 * 6,437 …; this one lets zoom and pan show any range and still label it readably.
 */
final class RoundTickAxis extends ValueAxis<Number> {
  private double tickUnit = 1;
  private DecimalFormat format = format(1);

  RoundTickAxis() {
    super(0, 1);
    setAutoRanging(false);
    setMinorTickVisible(false);
  }

  /** Shows exactly this range, with about seven round ticks. */
  void showRange(double lower, double upper) {
    tickUnit = niceStep((upper - lower) / 7);
    format = format(tickUnit);
    setLowerBound(lower);
    setUpperBound(upper);
    invalidateRange();
    requestAxisLayout();
  }

  /** 1, 2 or 5 times a power of ten: tick steps people read easily. */
  static double niceStep(double rough) {
    if (!(rough > 0) || !Double.isFinite(rough)) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(rough)));
    double fraction = rough / power;
    double nice = fraction < 1.5 ? 1 : fraction < 3.5 ? 2 : fraction < 7.5 ? 5 : 10;
    return nice * power;
  }

  private static DecimalFormat format(double unit) {
    int decimals = unit >= 1 ? 0 : (int) Math.ceil(-Math.log10(unit) - 1e-9);
    return new DecimalFormat("#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : ""),
        DecimalFormatSymbols.getInstance(Locale.ROOT));
  }

  @Override
  protected List<Number> calculateMinorTickMarks() {
    return List.of();
  }

  @Override
  protected void setRange(Object range, boolean animate) {
    double[] bounds = (double[]) range;
    setLowerBound(bounds[0]);
    setUpperBound(bounds[1]);
  }

  @Override
  protected Object getRange() {
    return new double[] {getLowerBound(), getUpperBound()};
  }

  @Override
  protected List<Number> calculateTickValues(double length, Object range) {
    double[] bounds = (double[]) range;
    List<Number> ticks = new ArrayList<>();
    if (!(bounds[1] > bounds[0]) || tickUnit <= 0) {
      return ticks;
    }
    long first = (long) Math.ceil(bounds[0] / tickUnit - 1e-9);
    long last = (long) Math.floor(bounds[1] / tickUnit + 1e-9);
    for (long i = first; i <= last && ticks.size() < 200; i++) {
      ticks.add(i * tickUnit);
    }
    return ticks;
  }

  @Override
  protected String getTickMarkLabel(Number value) {
    return format.format(value.doubleValue());
  }
}

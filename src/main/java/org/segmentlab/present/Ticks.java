// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.present;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Round tick values for an axis (steps of 1, 2, 2.5 or 5 times a power of ten) and their labels. */
public final class Ticks {
  private Ticks() {}

  /** About {@code target} round values between min and max. */
  public static List<Double> between(double min, double max, int target) {
    double step = step(max - min, target);
    List<Double> ticks = new ArrayList<>();
    for (double v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) {
      ticks.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
    }
    return ticks;
  }

  static double step(double range, int target) {
    double raw = range / Math.max(1, target);
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 2.5, 5}) {
      if (m * power >= raw) {
        return m * power;
      }
    }
    return 10 * power;
  }

  /** A tick's label with thousands grouped and as many decimals as the step needs. */
  public static String label(double value, List<Double> ticks) {
    double step = ticks.size() > 1 ? ticks.get(1) - ticks.get(0) : 1;
    int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
    return String.format(Locale.ROOT, "%,." + Math.min(decimals, 10) + "f", value);
  }
}

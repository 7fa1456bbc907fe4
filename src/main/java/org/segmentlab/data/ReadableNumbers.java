// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How numbers are written for people to read, in one place so that the app, the command line's
 * messages and the names' rules agree: counts and large values with thousands grouped
 * ("1,000,000 users"), never in files a program reads back.
 */
public final class ReadableNumbers {
  private ReadableNumbers() {}

  /** A count with thousands grouped: 1000000 becomes "1,000,000". */
  public static String count(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }

  /** A value rounded to at most the given decimals, thousands grouped, no trailing zeros: "32,029.1". */
  public static String value(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return NumberText.format(value);
    }
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
    int scale = Math.max(0, rounded.scale());
    return String.format(Locale.ROOT, "%,." + scale + "f", rounded);
  }
}

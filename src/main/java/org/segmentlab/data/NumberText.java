// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.data;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The project's reading and writing of numbers as text: strict, so that "1,5", "12abc" or an
 * identifier such as "000123" is never silently turned into a different number.
 */
public final class NumberText {
  private NumberText() {}

  /** True for the texts that mean "no value": empty, NA, N/A and null, in any case. */
  public static boolean isMissing(String text) {
    String t = text.strip();
    return t.isEmpty()
        || t.equalsIgnoreCase("NA")
        || t.equalsIgnoreCase("N/A")
        || t.equalsIgnoreCase("null");
  }

  /**
   * Parses a plainly written number (optional sign, digits, optional decimals and exponent) or a
   * non-finite literal (Infinity, Inf, NaN); returns null for anything else, including numbers
   * with a leading zero such as "007", which are identifiers.
   */
  public static Double parse(String text) {
    String t = text.strip();
    int n = t.length();
    if (n == 0) {
      return null;
    }
    int i = 0;
    if (t.charAt(0) == '+' || t.charAt(0) == '-') {
      i++;
    }
    String rest = t.substring(i).toLowerCase(Locale.ROOT);
    if (rest.equals("infinity") || rest.equals("inf")) {
      return t.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (rest.equals("nan")) {
      return Double.NaN;
    }
    int intStart = i;
    while (i < n && isDigit(t.charAt(i))) {
      i++;
    }
    int intDigits = i - intStart;
    if (intDigits > 1 && t.charAt(intStart) == '0') {
      return null; // leading zero: an identifier, keep it as text
    }
    int fracDigits = 0;
    if (i < n && t.charAt(i) == '.') {
      i++;
      int fracStart = i;
      while (i < n && isDigit(t.charAt(i))) {
        i++;
      }
      fracDigits = i - fracStart;
    }
    if (intDigits + fracDigits == 0) {
      return null;
    }
    if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
      i++;
      if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
        i++;
      }
      int expStart = i;
      while (i < n && isDigit(t.charAt(i))) {
        i++;
      }
      if (i == expStart) {
        return null;
      }
    }
    if (i != n) {
      return null;
    }
    return Double.parseDouble(t);
  }

  /**
   * Parses a number written with a decimal comma ("10,5"), as spreadsheets in much of Europe save
   * semicolon-separated files; null for anything else, including "1.234,5".
   */
  public static Double parseDecimalComma(String text) {
    String t = text.strip();
    int comma = t.indexOf(',');
    if (comma < 0 || comma != t.lastIndexOf(',') || t.indexOf('.') >= 0) {
      return null;
    }
    Double value = parse(t.replace(',', '.'));
    return value != null && Double.isFinite(value) ? value : null;
  }

  /** The shortest text that reads back as the same number, without a trailing ".0". */
  public static String format(double value) {
    if (Double.isNaN(value)) {
      return "";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "Infinity" : "-Infinity";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** A number rounded for people to read: at most the given decimals, no trailing zeros. */
  public static String round(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return format(value);
    }
    return format(BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_EVEN).doubleValue());
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}

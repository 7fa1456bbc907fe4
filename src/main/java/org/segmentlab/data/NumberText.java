// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.data;

import java.math.BigDecimal;

/**
 * The project's reading and writing of numbers as text: strict, so that "1,5", "12abc" or an
 * identifier such as "000123" is never silently turned into a different number.
 */
public final class NumberText {
  private NumberText() {}

  /** True for the texts that mean "no value": empty, NA, N/A and null, in any case. */
  public static boolean isMissing(String text) {
    String t = trim(text);
    int n = t.length();
    if (n == 0) {
      return true;
    }
    if (n > 4 || !Character.isLetter(t.charAt(0))) {
      return false; // the common case: a number or a longer word
    }
    return t.equalsIgnoreCase("NA") || t.equalsIgnoreCase("N/A") || t.equalsIgnoreCase("null");
  }

  /**
   * Parses a plainly written number (optional sign, digits, optional decimals and exponent) or a
   * non-finite literal (Infinity, Inf, NaN); returns null for anything else, including numbers
   * with a leading zero such as "007", which are identifiers.
   */
  public static Double parse(String text) {
    String t = trim(text);
    int n = t.length();
    if (n == 0) {
      return null;
    }
    int i = 0;
    boolean negative = false;
    if (t.charAt(0) == '+' || t.charAt(0) == '-') {
      negative = t.charAt(0) == '-';
      i++;
    }
    if (i < n && Character.isLetter(t.charAt(i))) {
      int length = n - i;
      boolean infinity = length == 8 && t.regionMatches(true, i, "infinity", 0, 8)
          || length == 3 && t.regionMatches(true, i, "inf", 0, 3);
      if (infinity) {
        return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      }
      return length == 3 && t.regionMatches(true, i, "nan", 0, 3) ? Double.NaN : null;
    }
    int intStart = i;
    long whole = 0;
    while (i < n && isDigit(t.charAt(i))) {
      whole = whole * 10 + (t.charAt(i) - '0');
      i++;
    }
    int intDigits = i - intStart;
    if (intDigits > 1 && t.charAt(intStart) == '0') {
      return null; // leading zero: an identifier, keep it as text
    }
    if (i == n && intDigits > 0 && intDigits <= 15) {
      return (double) (negative ? -whole : whole); // a plain integer, exactly representable
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

  /** Strips surrounding white space without allocating when there is none (the common case). */
  private static String trim(String text) {
    int n = text.length();
    return n > 0 && (text.charAt(0) <= ' ' || text.charAt(n - 1) <= ' ') ? text.strip() : text;
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

  /**
   * True when {@link #format} writes the value exactly as the text does (the common case). Plain
   * integers, and decimals of up to 15 significant digits with no trailing zeros, no exponent and
   * no leading "+" or ".", are recognised without formatting; anything else is compared in full.
   */
  static boolean formatsAs(String cell, double value) {
    if (!Double.isFinite(value)) {
      return false;
    }
    String text = trim(cell);
    int n = text.length();
    int i = text.startsWith("-") ? 1 : 0;
    if (i >= n || text.charAt(i) == '.' || text.equals("-0")) {
      return format(value).equals(text);
    }
    int digits = 0;
    int point = -1;
    for (int at = i; at < n; at++) {
      char c = text.charAt(at);
      if (c == '.' && point < 0) {
        point = at;
      } else if (c >= '0' && c <= '9') {
        digits++;
      } else {
        return format(value).equals(text); // exponent or anything unusual
      }
    }
    boolean plain = point < 0 || point < n - 1 && text.charAt(n - 1) != '0';
    return plain && digits <= 15 || format(value).equals(text);
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
    double magnitude = Math.abs(value);
    if (magnitude >= 1e21 || magnitude < 1e-7) {
      // 1e308 as 309 digits, or 1e-320 as 320 zeros, cannot be read: use an exponent
      String text = Double.toString(value).replace("E", "e");
      return text.replace(".0e", "e");
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

// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.data;

import java.util.Arrays;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;

/**
 * The one rule, for the whole project, that tells an identifier column from a measurement:
 * segmenting on a user id groups users by their number, not their behaviour, so such a column is
 * never chosen by default and is flagged when chosen.
 */
public final class IdentifierColumns {
  private IdentifierColumns() {}

  /**
   * True for a column named like an identifier (id, userid, user_id, customerId, *_id) or a numeric
   * column whose every value is a different whole number.
   */
  public static boolean isIdentifier(Dataset data, String column) {
    return hasIdentifierName(column) || allDistinctWholeNumbers(data, column);
  }

  private static final java.util.Set<String> GLUED = java.util.Set.of("userid", "customerid", "clientid",
      "accountid", "memberid", "playerid", "deviceid", "sessionid", "visitorid", "personid");

  /** id, userid, user_id, "User ID", customerId, account-id, …: the name says identifier. */
  public static boolean hasIdentifierName(String column) {
    String name = column.strip();
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.matches("(.*[ _\\-.])?(id|uid|uuid)")
        || name.matches(".*[a-z0-9](Id|ID)")
        || GLUED.contains(lower.replace("_", "").replace(" ", "").replace("-", ""));
  }

  /** Every user has a value, every value a whole number, and no two alike: a numbering. */
  static boolean allDistinctWholeNumbers(Dataset data, String column) {
    var summary = data.column(column).orElse(null);
    if (summary == null || !summary.isNumeric() || summary.missing() > 0 || summary.hasStrayText()
        || data.rowCount() < 2) {
      return false;
    }
    int n = data.rowCount();
    // n different whole numbers span at least n - 1: a cheap way to rule out most measurements
    if (!(summary.max() - summary.min() >= n - 1)) {
      return false;
    }
    double[] values = ((DoubleColumn) data.table().column(column)).asDoubleArray();
    for (double v : values) {
      if (v != Math.rint(v)) {
        return false;
      }
    }
    Arrays.sort(values);
    for (int i = 1; i < n; i++) {
      if (values[i] == values[i - 1]) {
        return false;
      }
    }
    return true;
  }
}

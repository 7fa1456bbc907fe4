// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.data;

import java.util.Optional;

/**
 * What the loader learned about one column: its kind, how many values are missing, the range of
 * its numbers and the first values that stop it from being a usable feature.
 *
 * @param numbers how many cells hold a number (including non-finite ones)
 * @param firstText the first cell that is not a number, when the column also holds numbers
 * @param firstNonFinite the first cell holding Infinity or NaN
 */
public record ColumnSummary(
    String name,
    ColumnKind kind,
    int missing,
    int numbers,
    double min,
    double max,
    Optional<Cell> firstText,
    Optional<Cell> firstNonFinite) {

  /** A cell's text and the line it is on. */
  public record Cell(long line, String text) {}

  /** True when the column can be offered as a clustering feature. */
  public boolean isNumeric() {
    return kind == ColumnKind.NUMBER;
  }
}

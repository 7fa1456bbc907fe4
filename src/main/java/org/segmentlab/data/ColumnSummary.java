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
 * @param strayText in a numeric column, how many cells are not numbers (the first is {@code
 *     firstText}); such a cell's user can only be left out of clustering, never read as a number
 */
public record ColumnSummary(
    String name,
    ColumnKind kind,
    int missing,
    int numbers,
    double min,
    double max,
    Optional<Cell> firstText,
    Optional<Cell> firstNonFinite,
    int strayText) {

  /** A cell's text and the line it is on. */
  public record Cell(long line, String text) {}

  /** True when the column holds numbers with a few cells that are not ("abc"). */
  public boolean hasStrayText() {
    return kind == ColumnKind.NUMBER && strayText > 0;
  }

  /** "1 cell is not a number — line 5: "abc"", or empty when every filled cell is a number. */
  public String strayTextDescription() {
    if (!hasStrayText()) {
      return "";
    }
    Cell first = firstText.orElseThrow();
    return (strayText == 1 ? "1 cell is not a number — line " + first.line()
        : ReadableNumbers.count(strayText) + " cells are not numbers — the first on line " + first.line())
        + ": \"" + first.text() + "\"";
  }

  /** True when the column can be offered as a clustering feature. */
  public boolean isNumeric() {
    return kind == ColumnKind.NUMBER;
  }
}

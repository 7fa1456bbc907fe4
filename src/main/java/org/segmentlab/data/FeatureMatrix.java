// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;

/**
 * The dense numbers clustering works on: one row per usable user, one column per chosen feature,
 * with the table row each came from and how many rows were left out for missing values.
 */
public final class FeatureMatrix {
  private final List<String> features;
  private final double[][] rows;
  private final int[] tableRows;
  private final int totalRows;
  private final Map<String, Integer> missingByFeature;
  private final int skippedForText;

  private FeatureMatrix(
      List<String> features,
      double[][] rows,
      int[] tableRows,
      int totalRows,
      Map<String, Integer> missingByFeature,
      int skippedForText) {
    this.features = List.copyOf(features);
    this.rows = rows;
    this.tableRows = tableRows;
    this.totalRows = totalRows;
    this.missingByFeature = Map.copyOf(missingByFeature);
    this.skippedForText = skippedForText;
  }

  /**
   * Extracts the chosen columns. A row with a missing value in any of them is left out and
   * counted; text or a non-finite value in a chosen column is an error naming line and column.
   */
  public static FeatureMatrix extract(Dataset data, List<String> features) throws DataException {
    return extract(data, features, false);
  }

  /**
   * Extracts the chosen columns, as {@link #extract(Dataset, List)} does, except that with
   * {@code leaveOutTextCells} a user whose cell in a chosen numeric column is not a number ("abc")
   * is left out and counted, like a missing value, instead of being an error.
   */
  public static FeatureMatrix extract(Dataset data, List<String> features, boolean leaveOutTextCells)
      throws DataException {
    if (features.isEmpty()) {
      throw DataException.inChoice("choose at least one feature column to segment on.");
    }
    if (features.stream().distinct().count() != features.size()) {
      throw DataException.inChoice("a feature column is chosen twice: " + features + ".");
    }
    List<double[]> columns = new ArrayList<>();
    for (String name : features) {
      List<Integer> twice = data.duplicatePositions(name);
      if (!twice.isEmpty() && data.column(name).isEmpty()) {
        throw DataException.inFile(data.file(), duplicateProblem(name, twice));
      }
      ColumnSummary summary =
          data.column(name)
              .orElseThrow(
                  () ->
                      DataException.inFile(
                          data.file(),
                          "there is no column \""
                              + name
                              + "\". Numeric columns are: "
                              + String.join(", ", data.numericColumnNames())
                              + "."));
      if (summary.kind() == ColumnKind.EMPTY) {
        throw DataException.inColumn(
            data.file(), name, "every value is missing, so it cannot be a feature.");
      }
      if (summary.kind() == ColumnKind.TEXT) {
        if (summary.firstText().isPresent()) {
          var cell = summary.firstText().get();
          throw DataException.atCell(
              data.file(),
              cell.line(),
              name,
              "\"" + cell.text() + "\" is not a number. A feature column must hold only numbers "
                  + "(write decimals with a point, without thousands separators).");
        }
        throw DataException.inColumn(
            data.file(),
            name,
            "this column holds text, not numbers. Numeric columns are: "
                + String.join(", ", data.numericColumnNames())
                + ".");
      }
      if (summary.hasStrayText() && !leaveOutTextCells) {
        var cell = summary.firstText().orElseThrow();
        throw DataException.atCell(
            data.file(),
            cell.line(),
            name,
            "\"" + cell.text() + "\" is not a number"
                + (summary.strayText() > 1
                    ? " (" + ReadableNumbers.count(summary.strayText()) + " cells of this column are not numbers)"
                    : "")
                + ". A feature column must hold only numbers (write decimals with a point, without thousands "
                + "separators). Fix the file, or leave these users out (command line: --skip-text-cells).");
      }
      if (summary.firstNonFinite().isPresent()) {
        var cell = summary.firstNonFinite().get();
        throw DataException.atCell(
            data.file(),
            cell.line(),
            name,
            "\"" + cell.text() + "\" is not a finite number. Replace it with a value, or leave the "
                + "cell empty to skip this user.");
      }
      columns.add(((DoubleColumn) data.table().column(name)).asDoubleArray());
    }
    int n = data.rowCount();
    int d = features.size();
    Map<String, Integer> missing = new LinkedHashMap<>();
    boolean[] strays = new boolean[d];
    for (int j = 0; j < d; j++) {
      strays[j] = data.column(features.get(j)).orElseThrow().hasStrayText();
    }
    int[] keep = new int[n];
    int kept = 0;
    int text = 0;
    for (int row = 0; row < n; row++) {
      boolean complete = true;
      boolean textCell = false;
      for (int j = 0; j < d; j++) {
        if (Double.isNaN(columns.get(j)[row])) {
          complete = false;
          // a stray cell keeps its text ("abc"); a missing one reads as empty
          if (strays[j] && !data.cellText(features.get(j), row).isEmpty()) {
            textCell = true;
          } else {
            missing.merge(features.get(j), 1, Integer::sum);
          }
        }
      }
      if (complete) {
        keep[kept++] = row;
      } else if (textCell) {
        text++;
      }
    }
    double[][] rows = new double[kept][d];
    for (int i = 0; i < kept; i++) {
      int row = keep[i];
      for (int j = 0; j < d; j++) {
        rows[i][j] = columns.get(j)[row];
      }
    }
    return new FeatureMatrix(features, rows, Arrays.copyOf(keep, kept), n, missing, text);
  }

  private static String duplicateProblem(String name, List<Integer> positions) {
    List<String> where = positions.stream().map(p -> "column " + p).toList();
    List<String> choices = positions.stream().map(p -> "\"" + name + " (column " + p + ")\"").toList();
    return positions.size() + " columns are named \"" + name + "\" (" + joinWithAnd(where)
        + "), so it is not clear which to use. Rename one in the file, or choose "
        + String.join(" or ", choices) + ".";
  }

  private static String joinWithAnd(List<String> parts) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

  /** Builds a matrix directly from numbers, for tests and generated data. */
  public static FeatureMatrix of(List<String> features, double[][] rows) {
    int[] index = new int[rows.length];
    Arrays.setAll(index, i -> i);
    return new FeatureMatrix(features, rows, index, rows.length, Map.of(), 0);
  }

  public List<String> features() {
    return features;
  }

  public int dimensions() {
    return features.size();
  }

  /** Number of usable rows. */
  public int size() {
    return rows.length;
  }

  /** Number of rows in the table, usable or not. */
  public int totalRows() {
    return totalRows;
  }

  public int skipped() {
    return totalRows - rows.length;
  }

  /** Rows left out because a chosen feature's cell is not a number (only when asked to leave them out). */
  public int skippedForText() {
    return skippedForText;
  }

  /** Rows left out for missing values only. */
  public int skippedForMissing() {
    return skipped() - skippedForText;
  }

  /** How many rows miss a value in each feature (a row can miss several). */
  public Map<String, Integer> missingByFeature() {
    return missingByFeature;
  }

  /** The values of usable row i; shared, not copied, for speed: do not modify. */
  public double[] row(int i) {
    return rows[i];
  }

  /** The table row that usable row i came from. */
  public int tableRow(int i) {
    return tableRows[i];
  }

  /** A copy of one feature's values over the usable rows. */
  public double[] column(int j) {
    double[] values = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      values[i] = rows[i][j];
    }
    return values;
  }
}

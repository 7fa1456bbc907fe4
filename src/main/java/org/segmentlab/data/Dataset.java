// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A loaded CSV: the Tablesaw table with checked column types, the summary of each column, and
 * where each row came from, so that every later problem can name the file, line and column.
 *
 * <p>The table is shared, not copied, for speed with a million rows: treat it as read-only.
 */
public final class Dataset {
  private final Path file;
  private final CsvSource.FileFacts facts;
  private final Table table;
  private final int[] lines;
  private final List<ColumnSummary> columns;
  private final Map<String, Map<Integer, String>> asWritten;
  private final Map<String, List<Integer>> duplicateNames;

  Dataset(Path file, CsvSource.FileFacts facts, Table table, int[] lines, List<ColumnSummary> columns,
      Map<String, Map<Integer, String>> asWritten, Map<String, List<Integer>> duplicateNames) {
    this.file = file;
    this.facts = facts;
    this.table = table;
    this.lines = lines;
    this.columns = List.copyOf(columns);
    this.asWritten = asWritten;
    this.duplicateNames = Map.copyOf(duplicateNames);
  }

  /**
   * A cell as written in the file: text as it is; a number in its original spelling when that
   * differs from the plain form ("12.50", "1e3"), else written plainly ("451", "12.5").
   */
  public String cellText(String column, int row) {
    Column<?> cells = table.column(column);
    if (cells instanceof DoubleColumn numbers) {
      Map<Integer, String> spelled = asWritten.get(column);
      String text = spelled == null ? null : spelled.get(row);
      return text != null ? text : NumberText.format(numbers.getDouble(row));
    }
    return cells.getString(row);
  }

  /**
   * The positions (from 1) of the columns whose header is this name, when the header holds it
   * more than once; empty otherwise. Such columns are listed as "NAME (column N)".
   */
  public List<Integer> duplicatePositions(String headerName) {
    return duplicateNames.getOrDefault(headerName.strip(), List.of());
  }

  public Path file() {
    return file;
  }

  public CsvDialect dialect() {
    return facts.dialect();
  }

  /** SHA-256 of the file's bytes as loaded, to recognise the same input and detect a change. */
  public String sha256() {
    return facts.sha256();
  }

  public long sizeBytes() {
    return facts.sizeBytes();
  }

  public Table table() {
    return table;
  }

  public int rowCount() {
    return lines.length;
  }

  /** The line of the file on which a row starts (the header is line 1). */
  public long lineOf(int row) {
    return lines[row];
  }

  /** Every column in file order. */
  public List<ColumnSummary> columns() {
    return columns;
  }

  public Optional<ColumnSummary> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The columns that can be used as features. */
  public List<String> numericColumnNames() {
    return columns.stream().filter(ColumnSummary::isNumeric).map(ColumnSummary::name).toList();
  }

  /** The header as written in the file, in order. */
  public List<String> columnNames() {
    return columns.stream().map(ColumnSummary::name).toList();
  }
}

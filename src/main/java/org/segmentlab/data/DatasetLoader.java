// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.data;

import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Loads a CSV into a {@link Dataset}. Column types are decided from every value, not a sample:
 * a column is numeric only when its non-missing values are plainly written numbers, so an
 * identifier such as 000123 or a value such as "1,5" is never silently changed. A column of
 * numbers with a few stray cells that are not ("abc" on line 5) stays numeric and records those
 * cells, so that a single bad cell never turns a feature into text behind the user's back.
 */
public final class DatasetLoader {

  /** Receives how far the load has come, as a fraction of the file's bytes. */
  public interface Progress {
    void update(double fraction);
  }

  private DatasetLoader() {}

  public static Dataset load(Path file) throws DataException {
    return load(file, f -> {});
  }

  /**
   * Loads the file. Usually one pass; a column that turns out to be text after starting with
   * numbers is read again so that its cells keep their exact text.
   */
  public static Dataset load(Path given, Progress progress) throws DataException {
    // a pipe or /dev/stdin is copied once, so it can be read more than once
    Path file = InputCopy.readable(given, InputCopy.WRITER_WAIT);
    CsvSource.FileFacts facts = CsvSource.inspect(file);
    MemoryEstimate.check(file, facts, Runtime.getRuntime().maxMemory());
    boolean decimalComma = facts.dialect().separator() != ',';
    var builder = new TableBuilder(file, facts.sizeBytes(), decimalComma, progress);
    CsvSource.read(file, facts.dialect(), builder);
    if (builder.columns == null) {
      throw DataException.inFile(file, "the file is empty. A CSV needs a header line and rows.");
    }
    if (builder.lines.isEmpty()) {
      throw DataException.inFile(
          file, "the file has a header but no rows. Export the data again with its rows.");
    }
    List<ColumnBuilder> needText =
        builder.columns.stream().filter(ColumnBuilder::needsTextPass).toList();
    if (!needText.isEmpty()) {
      needText.forEach(ColumnBuilder::startTextPass);
      CsvSource.read(
          file,
          facts.dialect(),
          new CsvSource.RecordHandler() {
            @Override
            public void header(List<String> names) {}

            @Override
            public void record(long line, CSVRecord fields) {
              for (ColumnBuilder column : needText) {
                column.text.append(fields.get(column.index));
              }
            }
          });
    }
    List<Column<?>> columns = new ArrayList<>();
    List<ColumnSummary> summaries = new ArrayList<>();
    java.util.Map<String, java.util.Map<Integer, String>> asWritten = new java.util.HashMap<>();
    for (ColumnBuilder column : builder.columns) {
      columns.add(column.build());
      summaries.add(column.summary());
      if (column.kind() == ColumnKind.NUMBER) {
        column.asWritten.putAll(column.strayCells()); // a stray cell is shown as written: "abc"
        if (!column.asWritten.isEmpty()) {
          asWritten.put(column.name, column.asWritten);
        }
      }
    }
    Table table = Table.create(file.getFileName().toString(), columns);
    progress.update(1.0);
    return new Dataset(
        file, facts, table, builder.lines.toIntArray(), summaries, asWritten, builder.duplicates);
  }

  private static final class TableBuilder implements CsvSource.RecordHandler {
    private final Path file;
    private final long size;
    private final Progress progress;
    private final IntArrayList lines = new IntArrayList();
    private List<ColumnBuilder> columns;
    private final java.util.Map<String, List<Integer>> duplicates = new java.util.LinkedHashMap<>();
    private long approxChars;

    private final boolean decimalComma;

    TableBuilder(Path file, long size, boolean decimalComma, Progress progress) {
      this.file = file;
      this.decimalComma = decimalComma;
      this.size = Math.max(1, size);
      this.progress = progress;
    }

    @Override
    public void header(List<String> names) throws DataException {
      if (names.size() > MAX_COLUMNS) {
        throw DataException.atLine(file, 1, String.format(java.util.Locale.ROOT,
            "the header has %,d columns; SegmentLab reads at most %,d. Save a CSV with only the columns you "
                + "need (the user id and the candidate features) and open that.", names.size(), MAX_COLUMNS));
      }
      columns = new ArrayList<>();
      List<String> stripped = new ArrayList<>();
      java.util.Map<String, List<Integer>> positions = new java.util.HashMap<>();
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i).strip();
        if (name.isEmpty()) {
          name = "Column " + (i + 1);
        }
        stripped.add(name);
        positions.computeIfAbsent(name, n -> new ArrayList<>()).add(i + 1);
      }
      // Tablesaw wants names that differ ignoring case; a name used twice is shown with its
      // position, so each column can be told apart
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < stripped.size(); i++) {
        String name = stripped.get(i);
        String unique = name;
        if (positions.get(name).size() > 1) {
          duplicates.put(name, List.copyOf(positions.get(name)));
          unique = name + " (column " + (i + 1) + ")";
        }
        for (int copy = 2; !seen.add(unique.toLowerCase(java.util.Locale.getDefault())); copy++) {
          unique = name + " (column " + (i + 1) + (copy > 2 ? ", " + copy : "") + ")";
        }
        columns.add(new ColumnBuilder(unique, i, decimalComma));
      }
    }

    @Override
    public void record(long line, CSVRecord fields) throws DataException {
      int row = lines.size();
      if (line > Integer.MAX_VALUE) {
        throw DataException.atLine(file, line, "the file has too many lines to load.");
      }
      lines.add((int) line);
      for (ColumnBuilder column : columns) {
        String text = fields.get(column.index);
        column.add(row, line, text);
        approxChars += text.length() + 1;
      }
      if ((row & 0xFFFF) == 0) {
        progress.update(Math.min(0.99, (double) approxChars / size));
      }
    }
  }

  /**
   * The most columns a file may have. Tablesaw checks each new column's name against all earlier
   * ones, so building a table takes time growing with the square of the column count: 2,000
   * columns take a fraction of a second, 100,000 would take minutes.
   */
  public static final int MAX_COLUMNS = 2_000;

  /** How many differently written numbers a column keeps verbatim for display (memory bound). */
  static final int MAX_AS_WRITTEN = 200_000;

  /**
   * A column of numbers may hold this many stray cells that are not numbers, or this share of its
   * filled cells when that is more, and stays numeric with those cells recorded.
   */
  static final int FEW_STRAY_CELLS = 3;

  static final double STRAY_SHARE = 0.05;

  /** Beyond this many stray cells a column is text whatever its size (memory bound). */
  static final int MAX_STRAY_CELLS = 100_000;

  private static final class ColumnBuilder {
    final String name;
    final int index;
    private final DoubleArrayList values = new DoubleArrayList();
    StringColumn text;
    private boolean textFromStart;
    private boolean seenNumber;
    private int missing;
    private int numbers;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private ColumnSummary.Cell firstText;
    private ColumnSummary.Cell firstNonFinite;
    /** Cells that are not numbers, by row, while there are few enough to be strays. */
    private final it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap<String> stray =
        new it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap<>();
    private int strayCount;
    /** True once text outnumbers numbers beyond a few cells: the column is text, strays are not kept. */
    private boolean mostlyText;
    /** Numbers whose text differs from how the app would write them ("12.50", "1e3"), by row. */
    private final it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap<String> asWritten =
        new it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap<>();

    private final boolean decimalComma;

    ColumnBuilder(String name, int index, boolean decimalComma) {
      this.name = name;
      this.index = index;
      this.decimalComma = decimalComma;
    }

    void add(int row, long line, String cell) {
      if (textFromStart) {
        text.append(cell);
      }
      if (NumberText.isMissing(cell)) {
        missing++;
        values.add(Double.NaN);
        return;
      }
      Double number = NumberText.parse(cell);
      if (number == null && decimalComma) {
        number = NumberText.parseDecimalComma(cell);
      }
      if (number == null) {
        strayCount++;
        if (!mostlyText && (strayCount > MAX_STRAY_CELLS || strayCount > FEW_STRAY_CELLS && strayCount > numbers)) {
          mostlyText = true; // a text column: keep no per-cell record
          stray.clear();
          stray.trim();
        } else if (!mostlyText) {
          stray.put(row, cell);
        }
        if (firstText == null) {
          firstText = new ColumnSummary.Cell(line, cell);
          if (!seenNumber && !textFromStart) {
            textFromStart = true;
            text = StringColumn.create(name);
            for (int i = 0; i < row; i++) {
              text.appendMissing(); // only missing values came before this cell
            }
            text.append(cell);
          }
        }
        values.add(Double.NaN);
        return;
      }
      seenNumber = true;
      numbers++;
      values.add(number.doubleValue());
      if (!NumberText.formatsAs(cell, number) && asWritten.size() < MAX_AS_WRITTEN) {
        asWritten.put(row, cell.strip());
      }
      if (Double.isFinite(number)) {
        min = Math.min(min, number);
        max = Math.max(max, number);
      } else if (firstNonFinite == null) {
        firstNonFinite = new ColumnSummary.Cell(line, cell);
      }
    }

    ColumnKind kind() {
      if (firstText != null && !fewStrayCells()) {
        return ColumnKind.TEXT;
      }
      return numbers == 0 ? ColumnKind.EMPTY : ColumnKind.NUMBER;
    }

    /** Numbers with only a few cells that are not: the column stays numeric, its strays recorded. */
    private boolean fewStrayCells() {
      int filled = numbers + strayCount;
      return !mostlyText && strayCount < numbers
          && (strayCount <= FEW_STRAY_CELLS || strayCount <= STRAY_SHARE * filled);
    }

    boolean needsTextPass() {
      return kind() != ColumnKind.NUMBER && !textFromStart;
    }

    void startTextPass() {
      text = StringColumn.create(name);
    }

    Column<?> build() {
      if (kind() == ColumnKind.NUMBER) {
        return DoubleColumn.create(name, values.toDoubleArray());
      }
      return text;
    }

    ColumnSummary summary() {
      boolean numeric = kind() == ColumnKind.NUMBER;
      return new ColumnSummary(
          name,
          kind(),
          missing,
          numbers,
          numeric && min <= max ? min : Double.NaN,
          numeric && min <= max ? max : Double.NaN,
          Optional.ofNullable(numbers > 0 ? firstText : null),
          Optional.ofNullable(firstNonFinite),
          numeric ? strayCount : 0);
    }

    /** The stray cells' text by row, shown as written; empty unless the column is numeric. */
    it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap<String> strayCells() {
      return kind() == ColumnKind.NUMBER ? stray : new it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap<>();
    }
  }
}

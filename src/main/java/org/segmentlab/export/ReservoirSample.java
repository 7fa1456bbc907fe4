// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.segmentlab.data.CsvSource;
import org.segmentlab.data.DataException;

/**
 * A seeded uniform sample of a file's rows, drawn in one streaming pass (reservoir sampling,
 * Vitter's algorithm R), so a file far larger than memory can be fitted on a part that fits. The
 * same file, size and seed always give the same rows. The sample is written out as a CSV the
 * ordinary loader reads; problems found there are said of the original file's lines.
 */
public final class ReservoirSample {
  private final Path source;
  private final CsvSource.FileFacts facts;
  private final List<String> header;
  private final long[] lines;
  private final String[][] rows;
  private final long totalRows;
  private long[] writtenLines = new long[0];

  private ReservoirSample(Path source, CsvSource.FileFacts facts, List<String> header, long[] lines,
      String[][] rows, long totalRows) {
    this.source = source;
    this.facts = facts;
    this.header = header;
    this.lines = lines;
    this.rows = rows;
    this.totalRows = totalRows;
  }

  /** Draws up to {@code size} rows (every row when the file has fewer). */
  public static ReservoirSample draw(Path file, int size, long seed) throws DataException {
    if (size < 1) {
      throw new IllegalArgumentException("sample size must be at least 1");
    }
    CsvSource.FileFacts facts = CsvSource.inspect(file);
    var random = new SplittableRandom(seed);
    long[] lines = new long[size];
    String[][] rows = new String[size][];
    List<List<String>> header = new ArrayList<>();
    long[] seen = {0};
    CsvSource.read(file, facts.dialect(), new CsvSource.RecordHandler() {
      @Override
      public void header(List<String> names) {
        header.add(List.copyOf(names));
      }

      @Override
      public void record(long line, CSVRecord fields) {
        long i = seen[0]++;
        long slot = i < size ? i : random.nextLong(i + 1);
        if (slot < size) {
          lines[(int) slot] = line;
          rows[(int) slot] = fields.values();
        }
      }
    });
    if (seen[0] == 0) {
      throw DataException.inFile(file, "the file has a header but no rows. Export the data again with its rows.");
    }
    int kept = (int) Math.min(size, seen[0]);
    Integer[] order = new Integer[kept];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Long.compare(lines[a], lines[b])); // keep the file's order
    long[] sortedLines = new long[kept];
    String[][] sortedRows = new String[kept][];
    for (int i = 0; i < kept; i++) {
      sortedLines[i] = lines[order[i]];
      sortedRows[i] = rows[order[i]];
    }
    return new ReservoirSample(file, facts, header.get(0), sortedLines, sortedRows, seen[0]);
  }

  /** Rows in the sample. */
  public int size() {
    return rows.length;
  }

  /** The line of the source each sampled row starts on, in file order. */
  public long[] lines() {
    return lines.clone();
  }

  /** Rows in the whole file. */
  public long totalRows() {
    return totalRows;
  }

  /** What inspecting the whole file found: dialect, SHA-256, size. */
  public CsvSource.FileFacts facts() {
    return facts;
  }

  /**
   * Writes the sample as a comma-separated UTF-8 CSV with the original header, in a file of the
   * same name as the source inside {@code folder}, so messages about it name the source's file.
   */
  public Path writeTo(Path folder) throws IOException {
    Path file = folder.resolve(source.getFileName().toString());
    writtenLines = new long[rows.length];
    long line = 2;
    try (Writer out = Files.newBufferedWriter(file)) {
      // the source's separator, so a decimal comma in a semicolon file reads as it did there
      var printer = new CSVPrinter(out, LabelledCsvWriter.OUTPUT.builder()
          .setDelimiter(facts.dialect().separator()).get());
      printer.printRecord(header);
      for (int i = 0; i < rows.length; i++) {
        writtenLines[i] = line;
        printer.printRecord((Object[]) rows[i]);
        for (String cell : rows[i]) {
          line += cell.chars().filter(c -> c == '\n').count();
        }
        line++;
      }
      printer.flush();
    }
    return file;
  }

  /** The same problem said of the source file, at the line the sampled row came from. */
  public DataException inSource(DataException e) {
    if (e.file().isEmpty()) {
      return e; // about the choices, not the file
    }
    long line = e.line().orElse(0);
    long original = 0;
    if (line > 0) {
      int at = Arrays.binarySearch(writtenLines, line);
      original = at >= 0 ? lines[at] : at < -1 ? lines[-at - 2] : 0;
    }
    if (e.column().isPresent()) {
      return original > 0 ? DataException.atCell(source, original, e.column().get(), e.problem())
          : DataException.inColumn(source, e.column().get(), e.problem());
    }
    return original > 0 ? DataException.atLine(source, original, e.problem(), e)
        : DataException.inFile(source, e.problem(), e);
  }
}

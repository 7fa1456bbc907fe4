// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.segmentlab.data.CsvSource;
import org.segmentlab.data.DataException;
import org.segmentlab.data.Dataset;
import org.segmentlab.segment.Segmentation;

/**
 * Writes the labelled CSV a campaign tool imports: every input row in input order with every
 * cell's text exactly as in the file, plus {@code segment} and {@code segment_name}. The cells are
 * read again from the source file, so nothing is lost to type conversion.
 */
public final class LabelledCsvWriter {
  /** The format of every CSV SegmentLab writes: comma-separated, quoted where needed. */
  static final CSVFormat OUTPUT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

  private LabelledCsvWriter() {}

  public static void write(Segmentation segmentation, Path target) throws DataException, IOException {
    Dataset data = segmentation.dataset();
    Path source = data.file();
    if (Files.exists(target) && Files.isSameFile(source, target)) {
      throw DataException.inFile(
          target, "this is the input file; choose another name so the original is kept.");
    }
    CsvSource.FileFacts now = CsvSource.inspect(source);
    if (!now.sha256().equals(data.sha256())) {
      throw DataException.inFile(
          source, "the file has changed since it was loaded. Open it again, run, then export.");
    }
    List<String> names = new ArrayList<>();
    for (var profile : segmentation.segments()) {
      names.add(profile.name());
    }
    DataException[] failure = new DataException[1];
    try {
      writeRows(segmentation, target, names, failure);
    } catch (IOException e) {
      if (failure[0] != null) {
        throw failure[0];
      }
      throw e;
    }
  }

  private static void writeRows(
      Segmentation segmentation, Path target, List<String> names, DataException[] failure)
      throws IOException {
    Dataset data = segmentation.dataset();
    Path source = data.file();
    AtomicFile.writeText(target, out -> {
      var printer = new CSVPrinter(out, OUTPUT);
      int[] row = {0};
      try {
        CsvSource.read(source, data.dialect(), new CsvSource.RecordHandler() {
          @Override
          public void header(List<String> header) throws DataException {
            try {
              List<String> columns = new ArrayList<>(header);
              columns.add(unique("segment", header));
              columns.add(unique("segment_name", header));
              printer.printRecord(columns);
            } catch (IOException e) {
              throw DataException.inFile(target, "it cannot be written (" + e.getMessage() + ").", e);
            }
          }

          @Override
          public void record(long line, CSVRecord fields) throws DataException {
            int segment = segmentation.segmentOfTableRow(row[0]++);
            try {
              for (String cell : fields) {
                printer.print(cell);
              }
              printer.print(segment == 0 ? "" : Integer.toString(segment));
              printer.print(segment == 0 ? "" : names.get(segment - 1));
              printer.println();
            } catch (IOException e) {
              throw DataException.inFile(target, "it cannot be written (" + e.getMessage() + ").", e);
            }
          }
        });
      } catch (DataException e) {
        failure[0] = e;
        throw new IOException(e.getMessage(), e);
      }
      printer.flush();
    });
  }

  static String unique(String name, List<String> taken) {
    String candidate = name;
    for (int copy = 2; taken.contains(candidate); copy++) {
      candidate = name + "_" + copy;
    }
    return candidate;
  }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
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
 * read again from the source file, so nothing is lost to type conversion, and written in the
 * input's layout ({@link CsvLayout}: separator, line ends, byte-order mark); the bytes read are
 * hashed and the rows counted as they go, and the result is only kept when both match what was
 * loaded.
 */
public final class LabelledCsvWriter {
  /** The plain layout (comma, LF, no byte-order mark), for CSVs written without an input's layout. */
  static final CSVFormat OUTPUT = CsvLayout.PLAIN.format();

  private LabelledCsvWriter() {}

  /** Writes the labelled CSV on its own, input cells exactly as in the file. */
  public static void write(Segmentation segmentation, Path target) throws DataException {
    write(segmentation, target, FormulaSafety.keepInputCells());
  }

  /** Writes the labelled CSV on its own (the app's export); {@code safety} counts what it changed. */
  public static void write(Segmentation segmentation, Path target, FormulaSafety safety) throws DataException {
    var outputs = new Outputs().add(target, "labelled CSV").content(target, content(segmentation, safety));
    outputs.check(segmentation.dataset().file());
    outputs.write();
  }

  /** The labelled CSV as content for {@link Outputs}, input cells exactly as in the file. */
  public static AtomicFile.OutputContent content(Segmentation segmentation) {
    return content(segmentation, FormulaSafety.keepInputCells());
  }

  /**
   * The labelled CSV as content for {@link Outputs}. It fails with a {@link DataException} naming
   * the input when the input's bytes or rows differ from those loaded. Segment names never start
   * like a formula; input cells are neutralised only when {@code safety} is Excel-safe.
   */
  public static AtomicFile.OutputContent content(Segmentation segmentation, FormulaSafety safety) {
    return AtomicFile.text(out -> {
      Dataset data = segmentation.dataset();
      Path source = data.file();
      List<String> names = new ArrayList<>();
      for (var profile : segmentation.segments()) {
        names.add(FormulaSafety.generated(profile.name()));
      }
      CsvLayout layout = CsvLayout.of(data, List.of());
      layout.start(out);
      var printer = new CSVPrinter(out, layout.format());
      var fingerprint = new Fingerprint();
      int[] row = {0};
      try {
        CsvSource.read(source, data.dialect(), new CsvSource.RecordHandler() {
          @Override
          public void header(List<String> header) throws DataException {
            List<String> columns = new ArrayList<>(header.size() + 2);
            header.forEach(name -> columns.add(safety.inputCell(name)));
            columns.add(unique("segment", header));
            columns.add(unique("segment_name", header));
            print(printer, columns);
          }

          @Override
          public void record(long line, CSVRecord fields) throws DataException {
            if (row[0] >= data.rowCount()) {
              throw changed(source, null);
            }
            int segment = segmentation.segmentOfTableRow(row[0]++);
            List<String> cells = new ArrayList<>(fields.size() + 2);
            fields.forEach(cell -> cells.add(safety.inputCell(cell)));
            cells.add(segment == 0 ? "" : Integer.toString(segment));
            cells.add(segment == 0 ? "" : names.get(segment - 1));
            print(printer, cells);
          }
        }, fingerprint::wrap);
      } catch (WriteFailure e) {
        throw (IOException) e.getCause();
      } catch (DataException e) {
        // The same bytes parsed without a problem when loaded: a problem now means they changed.
        throw e.problem().startsWith(CHANGED) ? e : changed(source, e);
      }
      if (row[0] != data.rowCount() || !fingerprint.sha256().equals(data.sha256())) {
        throw changed(source, null);
      }
      printer.flush();
    });
  }

  private static final String CHANGED = "the file changed while it was being written out";

  private static DataException changed(Path source, Throwable cause) {
    return DataException.inFile(source, CHANGED
        + " (or since it was loaded); nothing was written. Open it again, run, then export.", cause);
  }

  private static void print(CSVPrinter printer, List<String> cells) {
    try {
      printer.printRecord(cells);
    } catch (IOException e) {
      throw new WriteFailure(e);
    }
  }

  /** An I/O failure of the output, carried through the reader's callback untouched. */
  private static final class WriteFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WriteFailure(IOException cause) {
      super(cause);
    }
  }

  /** The SHA-256 of every byte the reader took from the file, read to its end. */
  private static final class Fingerprint {
    private final MessageDigest sha;

    Fingerprint() {
      try {
        sha = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java runtime has SHA-256", e);
      }
    }

    InputStream wrap(InputStream raw) {
      return new FilterInputStream(new DigestInputStream(raw, sha)) {
        @Override
        public void close() throws IOException {
          // bytes after the last record (trailing blank lines) count too
          byte[] rest = new byte[8192];
          while (read(rest) >= 0) {
            // drained through the digest
          }
          super.close();
        }
      };
    }

    String sha256() {
      return HexFormat.of().formatHex(sha.digest());
    }
  }

  static String unique(String name, List<String> taken) {
    String candidate = name;
    for (int copy = 2; taken.contains(candidate); copy++) {
      candidate = name + "_" + copy;
    }
    return candidate;
  }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.segmentlab.data.CsvSource;
import org.segmentlab.data.DataException;
import org.segmentlab.segment.Progress;
import org.segmentlab.segment.SegmentModel;

/**
 * Labels every row of a CSV with a saved model, reading and writing in a stream, so memory stays
 * the same whatever the file's size. The output is the labelled CSV's shape: every input row in
 * order with every cell's text as in the file, plus {@code segment} and {@code segment_name}
 * (both empty for a row missing a feature). Written to a temporary file and moved into place.
 */
public final class StreamingScorer {
  /** Progress is reported every this many rows. */
  public static final long PROGRESS_EVERY = 1_000_000;

  /** What a scoring pass did: rows read, rows labelled, rows left out, and each segment's size. */
  public record Result(long rows, long scored, long missing, long[] sizes) {
    public Result {
      sizes = sizes.clone();
    }

    @Override
    public long[] sizes() {
      return sizes.clone();
    }
  }

  private StreamingScorer() {}

  /**
   * Scores the input into the target. A problem in the input is a {@link DataException} naming
   * file, line and column, and leaves the target as it was.
   */
  public static Result score(SegmentModel model, Path input, Path target, Progress progress)
      throws DataException, IOException {
    return score(model, input, CsvSource.inspect(input), target, progress);
  }

  /** As {@link #score(SegmentModel, Path, Path, Progress)} for an input already inspected. */
  public static Result score(SegmentModel model, Path input, CsvSource.FileFacts facts, Path target,
      Progress progress) throws DataException, IOException {
    if (Files.exists(target) && Files.exists(input) && Files.isSameFile(input, target)) {
      throw DataException.inFile(target, "this is the input file; choose another name so the original is kept.");
    }
    var reader = new FeatureReader(input, facts.dialect(), model.featureNames(),
        model.features().stream().map(SegmentModel.Feature::transform).toList());
    List<String> names = model.segments().stream().map(SegmentModel.Segment::name).toList();
    long[] sizes = new long[model.k()];
    long[] counts = new long[2]; // rows, missing
    DataException[] failure = new DataException[1];
    try {
      AtomicFile.writeText(target, out -> {
        var printer = new CSVPrinter(out, LabelledCsvWriter.OUTPUT);
        double[] values = new double[model.featureNames().size()];
        long bytes = Math.max(1, facts.sizeBytes());
        long[] chars = {0};
        try {
          CsvSource.read(input, facts.dialect(), new CsvSource.RecordHandler() {
            @Override
            public void header(List<String> header) throws DataException {
              reader.header(header);
              List<String> columns = new ArrayList<>(header);
              columns.add(LabelledCsvWriter.unique("segment", header));
              columns.add(LabelledCsvWriter.unique("segment_name", header));
              print(target, () -> printer.printRecord(columns));
            }

            @Override
            public void record(long line, CSVRecord fields) throws DataException {
              int segment = reader.read(line, fields, values) ? model.segmentOf(values) : 0;
              counts[0]++;
              if (segment == 0) {
                counts[1]++;
              } else {
                sizes[segment - 1]++;
              }
              print(target, () -> {
                for (String cell : fields) {
                  printer.print(cell);
                  chars[0] += cell.length() + 1;
                }
                printer.print(segment == 0 ? "" : Integer.toString(segment));
                printer.print(segment == 0 ? "" : names.get(segment - 1));
                printer.println();
              });
              if (counts[0] % PROGRESS_EVERY == 0) {
                progress.update(Math.min(0.99, (double) chars[0] / bytes), "scored " + counts[0] + " rows");
              }
            }
          });
          if (counts[0] == 0) {
            throw DataException.inFile(input,
                "the file has a header but no rows. Export the data again with its rows.");
          }
        } catch (DataException e) {
          failure[0] = e;
          throw new IOException(e.getMessage(), e);
        }
        printer.flush();
      });
    } catch (IOException e) {
      if (failure[0] != null) {
        throw failure[0];
      }
      throw e;
    }
    return new Result(counts[0], counts[0] - counts[1], counts[1], sizes);
  }

  private interface Printing {
    void run() throws IOException;
  }

  private static void print(Path target, Printing printing) throws DataException {
    try {
      printing.run();
    } catch (IOException e) {
      throw DataException.inFile(target, "it cannot be written (" + e.getMessage() + ").", e);
    }
  }
}

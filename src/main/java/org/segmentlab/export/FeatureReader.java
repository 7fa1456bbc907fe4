// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.segmentlab.data.CsvDialect;
import org.segmentlab.data.DataException;
import org.segmentlab.data.NumberText;
import org.segmentlab.segment.FeatureTransform;

/**
 * Reads a model's feature values from each record of a streamed CSV with the same rules as
 * loading a file: the same missing-value words, strict numbers, a decimal comma in semicolon and
 * tab files; text, a non-finite number or a value the transform cannot take is an error naming the
 * line and column.
 */
final class FeatureReader {
  private final Path file;
  private final boolean decimalComma;
  private final List<String> features;
  private final List<FeatureTransform> transforms;
  private final int[] index;

  FeatureReader(Path file, CsvDialect dialect, List<String> features, List<FeatureTransform> transforms) {
    this.file = file;
    this.decimalComma = dialect.separator() != ',';
    this.features = List.copyOf(features);
    this.transforms = List.copyOf(transforms);
    this.index = new int[features.size()];
  }

  /** Finds each feature's column (names compared without surrounding spaces, the first of equals). */
  void header(List<String> names) throws DataException {
    List<String> stripped = new ArrayList<>();
    names.forEach(n -> stripped.add(n.strip()));
    List<String> absent = new ArrayList<>();
    for (int j = 0; j < features.size(); j++) {
      index[j] = stripped.indexOf(features.get(j));
      if (index[j] < 0) {
        absent.add("\"" + features.get(j) + "\"");
      }
    }
    if (!absent.isEmpty()) {
      throw DataException.inFile(file, "it has no " + String.join(", ", absent)
          + (absent.size() == 1 ? " column" : " columns") + ", which the model needs. Its columns are: "
          + String.join(", ", stripped) + ".");
    }
  }

  /**
   * Puts the record's feature values (file units) into {@code values}; false when one is missing.
   */
  boolean read(long line, CSVRecord record, double[] values) throws DataException {
    boolean complete = true;
    for (int j = 0; j < index.length; j++) {
      String cell = record.get(index[j]);
      if (NumberText.isMissing(cell)) {
        complete = false;
        continue;
      }
      Double number = NumberText.parse(cell);
      if (number == null && decimalComma) {
        number = NumberText.parseDecimalComma(cell);
      }
      if (number == null) {
        throw DataException.atCell(file, line, features.get(j), "\"" + cell + "\" is not a number. A feature "
            + "column must hold only numbers (write decimals with a point, without thousands separators).");
      }
      if (!Double.isFinite(number)) {
        throw DataException.atCell(file, line, features.get(j), "\"" + cell + "\" is not a finite number. "
            + "Replace it with a value, or leave the cell empty to skip this user.");
      }
      if (!transforms.get(j).accepts(number)) {
        throw DataException.atCell(file, line, features.get(j), "\"" + cell + "\" is negative, and "
            + transforms.get(j).formula() + " needs values of 0 or more.");
      }
      values[j] = number;
    }
    return complete;
  }
}

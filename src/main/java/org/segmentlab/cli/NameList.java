// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.cli;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.segmentlab.data.DataException;

/** A list of column names given as one CSV record, so a name with a comma can be quoted. */
final class NameList {
  private NameList() {}

  static List<String> parse(String option, String text) throws DataException {
    List<String> names = new ArrayList<>();
    try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get()
        .parse(new StringReader(text))) {
      for (CSVRecord record : parser) {
        for (String name : record) {
          if (!name.isBlank()) {
            names.add(name.strip());
          }
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw DataException.inChoice(option + " must be column names separated by commas, a name with a comma "
          + "in double quotes; \"" + text + "\" cannot be read that way.");
    }
    if (names.isEmpty()) {
      throw DataException.inChoice(option + " names no column.");
    }
    return names;
  }
}

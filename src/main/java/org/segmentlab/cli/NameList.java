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
  /** Private-use stand-ins for line breaks while the list is parsed. */
  private static final char LINE_FEED = '\uE000';
  private static final char CARRIAGE_RETURN = '\uE001';

  private NameList() {}

  static List<String> parse(String option, String text) throws DataException {
    List<String> names = new ArrayList<>();
    // one argument is one record: a line break in it belongs to a name, it does not start a record
    String oneLine = text.replace('\n', LINE_FEED).replace('\r', CARRIAGE_RETURN);
    try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get()
        .parse(new StringReader(oneLine))) {
      for (CSVRecord record : parser) {
        for (String name : record) {
          String restored = name.replace(LINE_FEED, '\n').replace(CARRIAGE_RETURN, '\r');
          if (!restored.isBlank()) {
            names.add(restored.strip());
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

// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.data;

import java.nio.charset.Charset;

/**
 * How a CSV file is written: its field separator and text encoding, detected once on load and
 * reused whenever the same file is read again (for example, by the labelled export).
 */
public record CsvDialect(char separator, Charset charset) {

  /** The separator as a user would name it. */
  public String separatorName() {
    return switch (separator) {
      case ',' -> "comma";
      case ';' -> "semicolon";
      case '\t' -> "tab";
      case '|' -> "pipe";
      default -> "'" + separator + "'";
    };
  }
}

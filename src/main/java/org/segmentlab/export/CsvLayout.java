// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.segmentlab.data.Dataset;

/**
 * How SegmentLab's CSV exports are laid out: like the input, so they open the way the input did
 * (a semicolon file with decimal commas from European Excel opens in columns again). The
 * separator, the line ends and the byte-order mark are the input's; the text is always UTF-8, so
 * an input in another encoding (Windows-1252, UTF-16) gets a byte-order mark that tells Excel so.
 * Numbers SegmentLab writes use a decimal comma when the input's features did.
 *
 * @param separator the field separator
 * @param lineEnd "\n" or "\r\n"
 * @param byteOrderMark whether the file starts with a UTF-8 byte-order mark
 * @param decimalComma whether numbers SegmentLab writes use a decimal comma
 */
public record CsvLayout(char separator, String lineEnd, boolean byteOrderMark, boolean decimalComma) {
  /** Comma-separated, LF, no byte-order mark, decimal point. */
  public static final CsvLayout PLAIN = new CsvLayout(',', "\n", false, false);

  private static final int PEEK_BYTES = 64 * 1024;

  /** The layout of the data's file, for exports of its segments. */
  public static CsvLayout of(Dataset data, List<String> features) {
    char separator = data.dialect().separator();
    boolean utf8 = data.dialect().charset().equals(StandardCharsets.UTF_8);
    boolean bom = !utf8;
    String lineEnd = "\n";
    try (InputStream in = Files.newInputStream(data.file())) {
      byte[] head = in.readNBytes(PEEK_BYTES);
      bom |= head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
      for (int i = 0; i < head.length; i++) {
        if (head[i] == '\n') {
          lineEnd = i > 0 && head[i - 1] == '\r' ? "\r\n" : "\n";
          break;
        }
      }
    } catch (IOException e) {
      // the file is gone or unreadable: the profile is still useful in the plain layout
    }
    return new CsvLayout(separator, lineEnd, bom, separator != ',' && writesDecimalCommas(data, features));
  }

  private static boolean writesDecimalCommas(Dataset data, List<String> features) {
    for (String feature : features) {
      for (int row = 0; row < data.rowCount(); row++) {
        String text = data.cellText(feature, row);
        if (text.indexOf(',') >= 0) {
          return true;
        }
        if (text.indexOf('.') >= 0) {
          return false;
        }
      }
    }
    return false;
  }

  /** The Commons CSV format that writes this layout (quoted only where needed). */
  CSVFormat format() {
    return CSVFormat.RFC4180.builder().setDelimiter(separator).setRecordSeparator(lineEnd).get();
  }

  /** Starts the file: the byte-order mark, if any. */
  void start(Writer out) throws IOException {
    if (byteOrderMark) {
      out.write('\uFEFF');
    }
  }

  /** A number as SegmentLab writes it, with the layout's decimal mark. */
  String number(String plain) {
    return decimalComma ? plain.replace('.', ',') : plain;
  }
}

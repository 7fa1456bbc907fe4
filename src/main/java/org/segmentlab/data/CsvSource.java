// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The one CSV reader of the project: detects how a file is written, then streams its records with
 * the line each starts on, checking that every record has as many fields as the header.
 */
public final class CsvSource {
  private static final char[] SEPARATORS = {',', ';', '\t', '|'};
  private static final int SAMPLE_CHARS = 64 * 1024;

  /** Receives the header and then each record of a file, in order. */
  public interface RecordHandler {
    void header(List<String> names) throws DataException;

    /**
     * One record.
     *
     * @param line the line of the file the record starts on (1 is the header)
     * @param fields the record's fields, as many as the header has
     */
    void record(long line, CSVRecord fields) throws DataException;
  }

  /**
   * What one pass over the raw bytes tells about a file.
   *
   * @param lines how many lines the file has, the header included
   * @param columns how many fields its header has
   */
  public record FileFacts(CsvDialect dialect, String sha256, long sizeBytes, long lines, int columns) {}

  private CsvSource() {}

  /**
   * Reads the raw bytes once: refuses empty and binary files (a NUL byte anywhere), decides the
   * encoding (UTF-16 with a byte-order mark; UTF-8, with or without one; else Windows-1252),
   * computes the SHA-256 and detects the separator. A file that is UTF-8 except for some bytes is
   * refused, naming the first bad byte, rather than silently re-decoded as Windows-1252.
   */
  public static FileFacts inspect(Path file) throws DataException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    var text = new TextCheck(file);
    long size = 0;
    byte[] head = null;
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      int n;
      while ((n = in.readNBytes(buffer, 0, buffer.length)) > 0) {
        if (head == null) {
          head = java.util.Arrays.copyOf(buffer, n);
          text.start(head);
        }
        size += n;
        sha.update(buffer, 0, n);
        text.check(buffer, n);
      }
      text.finish();
    } catch (NoSuchFileException e) {
      throw DataException.inFile(file, "the file does not exist.");
    } catch (IOException e) {
      throw DataException.inFile(file, "the file cannot be read (" + e.getMessage() + ").", e);
    }
    if (size == 0 || head == null) {
      throw DataException.inFile(file, "the file is empty. A CSV needs a header line and rows.");
    }
    Charset charset = text.charset();
    String sample = new String(head, charset);
    while (!sample.isEmpty() && sample.charAt(0) == '\uFEFF') {
      sample = sample.substring(1);
    }
    if (sample.isBlank()) {
      throw DataException.inFile(file, "the file is empty. A CSV needs a header line and rows.");
    }
    char separator = detectSeparator(sample.length() > SAMPLE_CHARS ? sample.substring(0, SAMPLE_CHARS) : sample);
    return new FileFacts(new CsvDialect(separator, charset), HexFormat.of().formatHex(sha.digest()), size,
        text.lines(), fieldsOutsideQuotes(sample, separator));
  }

  /**
   * Streams every record of the file to the handler. Blank lines are skipped; a record with the
   * wrong number of fields or an unterminated quote is an error naming its line.
   */
  public static void read(Path file, CsvDialect dialect, RecordHandler handler)
      throws DataException {
    read(file, dialect, handler, UnaryOperator.identity());
  }

  /**
   * Like {@link #read(Path, CsvDialect, RecordHandler)}, with every byte the records are parsed
   * from passing through {@code tap} first, so a caller can fingerprint exactly what was read.
   */
  public static void read(Path file, CsvDialect dialect, RecordHandler handler, UnaryOperator<InputStream> tap)
      throws DataException {
    try (Reader reader = open(file, dialect, tap);
        CSVParser parser = format(dialect.separator()).parse(reader)) {
      var records = parser.iterator();
      long endOfPrevious = 0;
      List<String> header = null;
      while (true) {
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException e) {
          throw malformed(file, endOfPrevious + 1, e);
        }
        long end = parser.getCurrentLineNumber();
        long start = startLine(record, end, endOfPrevious);
        endOfPrevious = end;
        if (header == null) {
          header = record.toList();
          handler.header(header);
          continue;
        }
        if (record.size() != header.size()) {
          if (record.size() == 1 && record.get(0).isBlank()) {
            continue; // a line of spaces only
          }
          throw DataException.atLine(
              file,
              start,
              "this row has "
                  + record.size()
                  + (record.size() == 1 ? " field" : " fields")
                  + " but the header has "
                  + header.size()
                  + ". Check for a missing or extra "
                  + dialect.separatorName()
                  + ", or a field that should be in quotes.");
        }
        handler.record(start, record);
      }
      if (header == null) {
        throw DataException.inFile(file, "the file is empty. A CSV needs a header line and rows.");
      }
    } catch (IOException e) {
      throw DataException.inFile(file, "the file cannot be read (" + e.getMessage() + ").", e);
    }
  }

  private static Reader open(Path file, CsvDialect dialect, UnaryOperator<InputStream> tap) throws IOException {
    // Commons CSV buffers the reader itself; a pushback of one character skips the byte-order mark
    var reader = new PushbackReader(new InputStreamReader(tap.apply(Files.newInputStream(file)), dialect.charset()), 1);
    int first = reader.read();
    while (first == '\uFEFF') {
      first = reader.read(); // a byte-order mark, or several (a file saved with one twice)
    }
    if (first >= 0) {
      reader.unread(first);
    }
    return reader;
  }

  private static CSVFormat format(char separator) {
    return CSVFormat.RFC4180
        .builder()
        .setDelimiter(separator)
        .setIgnoreEmptyLines(true)
        .setRecordSeparator("\n")
        .get();
  }

  /**
   * The parser counts line ends consumed so far; a record that spans lines (a quoted field with a
   * newline) starts that many lines earlier.
   */
  private static long startLine(CSVRecord record, long end, long endOfPrevious) {
    if (end - endOfPrevious <= 1) {
      return end == endOfPrevious ? end + 1 : end; // one line: no need to look inside the fields
    }
    long inner = 0;
    for (String value : record) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
          inner++;
        }
      }
    }
    // The last record of a file without a final newline has not had its line end counted yet.
    long start = end - inner + (end == endOfPrevious + inner ? 1 : 0);
    return Math.max(start, endOfPrevious + 1);
  }

  private static DataException malformed(Path file, long line, UncheckedIOException e) {
    String message = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
    String problem;
    if (message.contains("EOF reached before encapsulated token finished")) {
      problem = "a quoted field starts here but its closing quote (\") is missing.";
    } else if (message.toLowerCase(java.util.Locale.ROOT).contains("between encapsulated token and delimiter")) {
      problem = "a quoted field is followed by more text before the separator. "
          + "Write a quote inside a quoted field as two quotes (\"\"), not as \\\".";
    } else {
      problem = "this row cannot be read as CSV (" + message + ").";
    }
    return DataException.atLine(file, line, problem, e);
  }

  private static int fieldsOutsideQuotes(String sample, char separator) {
    int fields = 1;
    boolean quoted = false;
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i);
      if (c == '\\' && quoted && i + 1 < sample.length() && sample.charAt(i + 1) == '"') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == separator) {
        fields++;
      }
    }
    return fields;
  }

  static char detectSeparator(String sample) {
    char best = ',';
    int bestFields = 1;
    boolean bestConsistent = false;
    for (char candidate : SEPARATORS) {
      List<Integer> counts = new ArrayList<>();
      try (CSVParser parser = format(candidate).parse(new StringReader(sample))) {
        for (CSVRecord record : parser) {
          counts.add(record.size());
          if (counts.size() >= 50) {
            break;
          }
        }
      } catch (IOException | UncheckedIOException e) {
        // a sample cut inside a quoted field; the records read so far still count
      }
      if (counts.isEmpty()) {
        // the header itself is not valid CSV (for example, quotes escaped as \"): count its
        // separators outside quotes so the separator is still found and reading blames line 1
        counts.add(fieldsOutsideQuotes(sample, candidate));
      }
      int fields = counts.get(0);
      // the sample may end in the middle of a record: ignore the last one when there are others
      List<Integer> body = counts.size() > 2 ? counts.subList(1, counts.size() - 1) : counts.subList(1, counts.size());
      boolean consistent = body.stream().allMatch(c -> c == fields);
      if (fields > 1
          && ((consistent && !bestConsistent) || (consistent == bestConsistent && fields > bestFields))) {
        best = candidate;
        bestFields = fields;
        bestConsistent = consistent;
      }
    }
    return best;
  }
}

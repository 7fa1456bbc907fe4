// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.data;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A problem with the user's input, described in plain language with the place it was found, so
 * both faces can tell the user exactly what to fix instead of showing a stack trace.
 */
public final class DataException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final long line;
  private final String column;
  private final String problem;

  private DataException(Path file, long line, String column, String problem, Throwable cause) {
    super(describe(file, line, column, problem), cause);
    this.file = file;
    this.line = line;
    this.column = column;
    this.problem = Objects.requireNonNull(problem);
  }

  /** A problem with the file as a whole (empty, unreadable, not text). */
  public static DataException inFile(Path file, String problem) {
    return new DataException(file, 0, null, problem, null);
  }

  /** A problem with the file as a whole, caused by a lower-level failure kept for the details. */
  public static DataException inFile(Path file, String problem, Throwable cause) {
    return new DataException(file, 0, null, problem, cause);
  }

  /** A problem on one line of the file. */
  public static DataException atLine(Path file, long line, String problem) {
    return new DataException(file, line, null, problem, null);
  }

  /** A problem on one line of the file, caused by a lower-level failure kept for the details. */
  public static DataException atLine(Path file, long line, String problem, Throwable cause) {
    return new DataException(file, line, null, problem, cause);
  }

  /** A problem in one cell: line and column. */
  public static DataException atCell(Path file, long line, String column, String problem) {
    return new DataException(file, line, column, problem, null);
  }

  /** A problem with a named column that has no single line (for example, no variation). */
  public static DataException inColumn(Path file, String column, String problem) {
    return new DataException(file, 0, column, problem, null);
  }

  /** A problem with the user's choices rather than a file (for example, k too large). */
  public static DataException inChoice(String problem) {
    return new DataException(null, 0, null, problem, null);
  }

  /** The same problem said of a file, when it did not name one (for example, k too large for it). */
  public DataException about(Path dataFile) {
    return file != null ? this : new DataException(dataFile, line, column, problem, this);
  }

  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  public OptionalLong line() {
    return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
  }

  public Optional<String> column() {
    return Optional.ofNullable(column);
  }

  /** What is wrong, without the location. */
  public String problem() {
    return problem;
  }

  private static String describe(Path file, long line, String column, String problem) {
    var where = new StringBuilder();
    if (file != null) {
      where.append(file.getFileName());
    }
    if (line > 0) {
      where.append(where.length() > 0 ? ", " : "").append("line ").append(line);
    }
    if (column != null) {
      where.append(where.length() > 0 ? ", " : "").append("column \"").append(column).append('"');
    }
    return where.length() == 0 ? problem : where + ": " + problem;
  }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export.sql;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The SQL engines the scoring SQL is written for, and what differs between them: how identifiers
 * and strings are quoted, the name of the double type, and whether {@code SELECT *} can leave out
 * columns (so every column of the table is returned without listing them).
 */
public enum SqlDialect {
  ANSI("ansi", '"', false, "DOUBLE PRECISION", null),
  DUCKDB("duckdb", '"', false, "DOUBLE", "EXCLUDE"),
  POSTGRES("postgres", '"', false, "DOUBLE PRECISION", null),
  BIGQUERY("bigquery", '`', true, "FLOAT64", "EXCEPT"),
  SNOWFLAKE("snowflake", '"', true, "DOUBLE", "EXCLUDE"),
  SPARK("spark", '`', true, "DOUBLE", null);

  private final String id;
  private final char identifierQuote;
  private final boolean backslashEscapes;
  private final String doubleType;
  private final String starExcept;

  SqlDialect(String id, char identifierQuote, boolean backslashEscapes, String doubleType, String starExcept) {
    this.id = id;
    this.identifierQuote = identifierQuote;
    this.backslashEscapes = backslashEscapes;
    this.doubleType = doubleType;
    this.starExcept = starExcept;
  }

  public String id() {
    return id;
  }

  /** How the engine is named in a chooser. */
  @Override
  public String toString() {
    return switch (this) {
      case ANSI -> "ANSI SQL";
      case DUCKDB -> "DuckDB";
      case POSTGRES -> "PostgreSQL";
      case BIGQUERY -> "BigQuery";
      case SNOWFLAKE -> "Snowflake";
      case SPARK -> "Spark SQL / Databricks";
    };
  }

  public static Optional<SqlDialect> fromId(String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(d -> d.id.equals(wanted)).findFirst();
  }

  /** A column name as a quoted identifier, so spaces and parentheses are part of the name. */
  public String identifier(String name) {
    String q = String.valueOf(identifierQuote);
    if (this == BIGQUERY) {
      return q + name.replace("\\", "\\\\").replace(q, "\\" + q) + q;
    }
    return q + name.replace(q, q + q) + q;
  }

  /** A text literal. */
  public String string(String text) {
    if (backslashEscapes) {
      return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
    return "'" + text.replace("'", "''") + "'";
  }

  /** The type to cast feature columns to before arithmetic. */
  public String doubleType() {
    return doubleType;
  }

  /** The keyword that leaves columns out of {@code *} ({@code EXCLUDE}, {@code EXCEPT}), or null. */
  String starExcept() {
    return starExcept;
  }
}

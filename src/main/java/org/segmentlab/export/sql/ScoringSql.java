// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export.sql;

import java.util.ArrayList;
import java.util.List;
import org.segmentlab.segment.FeatureTransform;
import org.segmentlab.segment.SegmentModel;

/**
 * Writes a saved model as one SQL SELECT that labels every row of a table where it lives: a CTE
 * that transforms and scales the features with the model's constants, a CTE with the squared
 * distance to each centroid, then the choice. The rule is the model's: nearest centroid, an exact
 * tie to the lower segment number, NULL where a feature is NULL. The arithmetic is written in the
 * same order as {@link SegmentModel#segmentOf}, and every constant with full precision, so the
 * engine computes the same doubles as the app.
 */
public final class ScoringSql {
  private static final String X = "segmentlab_x";
  private static final String D = "segmentlab_d";

  private ScoringSql() {}

  /**
   * The SELECT for a table.
   *
   * @param table the table as the engine should read it, written into the SQL as given (so it may
   *     be qualified, such as {@code analytics.users}, or quoted)
   * @param columns the table's columns to return before {@code segment} and {@code segment_name};
   *     null for every column ({@code *} where the dialect can leave out the helper columns, else
   *     the columns of the file the model was fitted on)
   */
  public static String select(SegmentModel model, SqlDialect dialect, String table, List<String> columns) {
    List<SegmentModel.Feature> features = model.features();
    int d = features.size();
    int k = model.k();
    var sql = new StringBuilder();
    header(sql, model, dialect, table);
    sql.append("WITH scaled AS (\n  -- each feature: (transform(value) - center) / scale\n  SELECT\n    t.*");
    for (int j = 0; j < d; j++) {
      sql.append(",\n    ").append(scaled(features.get(j), dialect)).append(" AS ").append(X).append(j + 1);
    }
    sql.append("\n  FROM ").append(table).append(" AS t\n),\n");
    sql.append("distances AS (\n  -- squared distance to each segment's centroid in the scaled space\n")
        .append("  SELECT\n    s.*");
    for (int c = 1; c <= k; c++) {
      double[] centroid = model.segment(c).centroid();
      sql.append(",\n    ");
      for (int j = 0; j < d; j++) {
        String diff = "(s." + X + (j + 1) + " - " + number(centroid[j]) + ")";
        sql.append(j == 0 ? "" : " + ").append(diff).append(" * ").append(diff);
      }
      sql.append(" AS ").append(D).append(c);
    }
    sql.append("\n  FROM scaled AS s\n)\n");
    sql.append("SELECT\n  ").append(returned(model, dialect, columns)).append(",\n");
    sql.append("  CASE\n").append(choice(k, c -> Integer.toString(c))).append("  END AS segment,\n");
    sql.append("  CASE\n").append(choice(k, c -> dialect.string(model.segment(c).name())))
        .append("  END AS segment_name\n");
    sql.append("FROM distances;\n");
    return sql.toString();
  }

  private static void header(StringBuilder sql, SegmentModel model, SqlDialect dialect, String table) {
    var provenance = model.provenance();
    sql.append("-- SegmentLab scoring SQL (").append(dialect.id()).append("): every row of ").append(table)
        .append(" with segment and segment_name.\n");
    sql.append("-- Model: format ").append(SegmentModel.FORMAT_VERSION).append(", SegmentLab ")
        .append(model.appVersion()).append(", fitted on ").append(provenance.file().replace('\n', ' '))
        .append(" (sha256 ").append(provenance.sha256()).append(")");
    if (provenance.sample() != null) {
      sql.append(", a sample of ").append(provenance.sample().size()).append(" of ")
          .append(provenance.sample().ofRows()).append(" rows");
    }
    sql.append(".\n-- ").append(model.scaling().id()).append(" scaling; ").append(model.k()).append(" segments:");
    for (SegmentModel.Segment segment : model.segments()) {
      sql.append(' ').append(segment.number()).append(' ').append(segment.name().replace('\n', ' '))
          .append(segment.number() < model.k() ? ";" : ".");
    }
    sql.append("\n-- Rule: nearest centroid by squared distance; an exact tie goes to the lower segment number;\n")
        .append("-- segment and segment_name are NULL when a feature is NULL")
        .append(model.features().stream().anyMatch(f -> f.transform() != FeatureTransform.NONE)
            ? " or a logged feature is negative" : "")
        .append(".\n");
  }

  private static String scaled(SegmentModel.Feature feature, SqlDialect dialect) {
    String value = "CAST(t." + dialect.identifier(feature.name()) + " AS " + dialect.doubleType() + ")";
    if (feature.transform() == FeatureTransform.LOG) {
      value = "CASE WHEN " + value + " >= 0 THEN LN(1 + " + value + ") END";
    }
    if (Double.isInfinite(feature.scale())) {
      return "(" + value + ") * 0E0"; // no variation in the data: adds nothing, but NULL stays NULL
    }
    return "(" + value + " - " + number(feature.center()) + ") / " + number(feature.scale());
  }

  private static String returned(SegmentModel model, SqlDialect dialect, List<String> columns) {
    if (columns == null && dialect.starExcept() != null) {
      List<String> helpers = new ArrayList<>();
      for (int j = 1; j <= model.features().size(); j++) {
        helpers.add(X + j);
      }
      for (int c = 1; c <= model.k(); c++) {
        helpers.add(D + c);
      }
      return "* " + dialect.starExcept() + " (" + String.join(", ", helpers) + ")";
    }
    List<String> chosen = columns != null ? columns : model.provenance().columns();
    List<String> quoted = new ArrayList<>();
    for (String column : chosen) {
      quoted.add(dialect.identifier(column));
    }
    return String.join(",\n  ", quoted);
  }

  /** The first segment whose distance is no larger than every later one's: the lowest of the nearest. */
  private static String choice(int k, java.util.function.IntFunction<String> value) {
    var cases = new StringBuilder();
    cases.append("    WHEN ").append(D).append("1 IS NULL THEN NULL\n");
    for (int c = 1; c < k; c++) {
      cases.append("    WHEN ");
      for (int other = c + 1; other <= k; other++) {
        cases.append(other == c + 1 ? "" : " AND ").append(D).append(c).append(" <= ").append(D).append(other);
      }
      cases.append(" THEN ").append(value.apply(c)).append('\n');
    }
    cases.append("    ELSE ").append(value.apply(k)).append('\n');
    return cases.toString();
  }

  /**
   * A double as a literal every dialect reads as a double with exactly this value: Java's shortest
   * round-tripping digits, always with an exponent (so DuckDB and Spark do not read a DECIMAL), and
   * in parentheses when negative (so "- -" never starts a comment).
   */
  static String number(double value) {
    String text = Double.toString(value);
    if (text.indexOf('E') < 0) {
      text += "E0";
    }
    return value < 0 || text.startsWith("-") ? "(" + text + ")" : text;
  }
}

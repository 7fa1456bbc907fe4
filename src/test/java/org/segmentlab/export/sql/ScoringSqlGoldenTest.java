// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.segmentlab.cli.SegmentLabCommand;
import org.segmentlab.export.ModelJson;

/**
 * The scoring SQL's text per dialect, against reviewed copies in src/test/resources/sql: quoting
 * of names with spaces, parentheses and quotes, text escapes, double literals and the choice.
 */
class ScoringSqlGoldenTest {

  private static String golden(String name) throws Exception {
    return Files.readString(Path.of("src/test/resources/sql", name), StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @EnumSource(SqlDialect.class)
  void eachDialectsSqlMatchesItsReviewedText(SqlDialect dialect) throws Exception {
    assertEquals(golden(dialect.id() + ".sql"), ScoringSql.select(TieModel.model(), dialect, "analytics.users", null));
  }

  @Test
  void chosenColumnsAreListedInsteadOfTheTablesOwn() throws Exception {
    assertEquals(golden("postgres-columns.sql"), ScoringSql.select(TieModel.model(), SqlDialect.POSTGRES,
        "\"My Users\"", List.of("id", "Spent (INR)")));
  }

  @Test
  void numbersAreWrittenSoTheyReadBackAsTheSameDouble() {
    for (double value : new double[] {0.1, -0.30000000000000004, 1e-300, 123456789.125, 2.5649493574615367}) {
      String literal = ScoringSql.number(value).replace("(", "").replace(")", "");
      assertEquals(value, Double.parseDouble(literal));
      assertTrue(literal.contains("E"), literal);
    }
    assertEquals("(-1.5E0)", ScoringSql.number(-1.5));
  }

  @Test
  void exportSqlCommandWritesTheFileAndRefusesAnUnknownDialect(@TempDir Path folder) throws Exception {
    Path model = folder.resolve("model.json");
    ModelJson.write(TieModel.model(), model);
    Path sql = folder.resolve("score.sql");
    var err = new java.io.StringWriter();
    int code = SegmentLabCommand.execute(new String[] {"export-sql", model.toString(), "--dialect", "snowflake",
        "--table", "analytics.users", "-o", sql.toString()}, new java.io.PrintWriter(new java.io.StringWriter()),
        new java.io.PrintWriter(err));
    assertEquals(0, code, err.toString());
    assertEquals(golden("snowflake.sql"), Files.readString(sql));

    var unknown = new java.io.StringWriter();
    code = SegmentLabCommand.execute(new String[] {"export-sql", model.toString(), "--dialect", "oracle",
        "--table", "t"}, new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(unknown));
    assertEquals(2, code);
    assertEquals("error: unknown dialect \"oracle\"; use ansi, duckdb, postgres, bigquery, snowflake or spark.\n",
        unknown.toString());
  }
}

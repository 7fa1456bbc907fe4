// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.segmentlab.data.DataException;
import org.segmentlab.export.AtomicFile;
import org.segmentlab.export.ModelJson;
import org.segmentlab.export.sql.ScoringSql;
import org.segmentlab.export.sql.SqlDialect;
import org.segmentlab.segment.SegmentModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export-sql MODEL.json --dialect D --table NAME}: the model as one scoring SELECT. */
@Command(name = "export-sql", mixinStandardHelpOptions = true,
    description = "Writes a saved model as one SQL SELECT that returns every row of a table with segment and "
        + "segment_name, to run (and schedule) where the users live.")
final class ExportSqlCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "MODEL.json", description = "A model saved by segment --model or the app.")
  Path modelFile;

  @Option(names = "--dialect", required = true, paramLabel = "D",
      description = "ansi | duckdb | postgres | bigquery | snowflake | spark")
  String dialect;

  @Option(names = "--table", required = true, paramLabel = "NAME",
      description = "The table to label, written into the SQL as given (it may be qualified: schema.users).")
  String table;

  @Option(names = "--columns", paramLabel = "\"A,B,...\"",
      description = "The table's columns to return (default: every column where the dialect can say \"all but\", "
          + "else the columns of the file the model was fitted on).")
  String columns;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE.sql", description = "Where to write the SQL (default: stdout).")
  Path out;

  @Override
  public Integer call() throws Exception {
    SqlDialect chosen = SqlDialect.fromId(dialect).orElseThrow(() -> DataException.inChoice(
        "unknown dialect \"" + dialect + "\"; use ansi, duckdb, postgres, bigquery, snowflake or spark."));
    if (table.isBlank()) {
      throw DataException.inChoice("--table must name the table to label.");
    }
    List<String> returned = columns == null ? null : NameList.parse("--columns", columns);
    if (out != null) {
      OutputChecks.check(modelFile, List.of(out));
    }
    SegmentModel model = ModelJson.read(modelFile);
    String sql = ScoringSql.select(model, chosen, table.strip(), returned);
    if (out != null) {
      AtomicFile.write(out, stream -> stream.write(sql.getBytes(StandardCharsets.UTF_8)));
    } else {
      PrintWriter writer = spec.commandLine().getOut();
      writer.print(sql);
      writer.flush();
    }
    return SegmentLabCommand.OK;
  }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.cli.SegmentLabCommand;
import org.segmentlab.export.ModelJson;
import org.segmentlab.export.StreamingScorer;
import org.segmentlab.segment.Progress;
import org.segmentlab.segment.SegmentModel;
import org.segmentlab.testing.TestFiles;

/** Runs the generated DuckDB SQL on DuckDB and holds every row's label against {@code score}'s. */
class ScoringSqlDuckDbTest {

  /** Label (segment and name, "" for none) of each row by its first column, from a scored CSV. */
  private static Map<String, String> scored(SegmentModel model, Path input, Path folder) throws Exception {
    Path out = folder.resolve("scored.csv");
    StreamingScorer.score(model, input, out, Progress.NONE);
    Map<String, String> labels = new HashMap<>();
    try (Reader reader = Files.newBufferedReader(out)) {
      for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().get().parse(reader)) {
        labels.put(row.get(0), row.get("segment") + "|" + row.get("segment_name"));
      }
    }
    return labels;
  }

  /** The rows whose labels differ, as "id: expected / actual" (the first 10), for a readable failure. */
  private static List<String> differences(Map<String, String> expected, Map<String, String> actual) {
    List<String> different = new ArrayList<>();
    for (var entry : expected.entrySet()) {
      if (!entry.getValue().equals(actual.get(entry.getKey())) && different.size() < 10) {
        different.add(entry.getKey() + ": " + entry.getValue() + " / " + actual.get(entry.getKey()));
      }
    }
    return different;
  }

  /** The same from DuckDB running the generated SQL over the file loaded as a table. */
  private static Map<String, String> inDuckDb(SegmentModel model, Path input, String idColumn) throws Exception {
    Map<String, String> labels = new HashMap<>();
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE users AS SELECT * FROM read_csv('"
          + input.toString().replace("'", "''") + "', header = true, nullstr = '')");
      String sql = ScoringSql.select(model, SqlDialect.DUCKDB, "users", null);
      try (ResultSet rows = statement.executeQuery(sql.substring(0, sql.lastIndexOf(';')))) {
        while (rows.next()) {
          Object segment = rows.getObject("segment");
          String name = rows.getString("segment_name");
          labels.put(rows.getString(idColumn), (segment == null ? "" : segment.toString()) + "|"
              + (name == null ? "" : name));
        }
      }
    }
    return labels;
  }

  @Test
  void duckDbLabelsEveryRowAsScoreDoesForAFittedModelWithLogAndMissingValues(@TempDir Path folder)
      throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(TestFiles.generated(folder, 4000, 11)));
    for (int i = 1; i < lines.size(); i += 29) {
      String[] cells = lines.get(i).split(",", -1);
      cells[i % 2 == 0 ? 2 : 6] = "";
      lines.set(i, String.join(",", cells));
    }
    Path input = Files.write(folder.resolve("users.csv"), lines);
    Path modelFile = folder.resolve("model.json");
    int code = SegmentLabCommand.execute(new String[] {"segment", input.toString(), "-k", "6", "--log",
        "Last Visited Minutes,Average Spent on App (INR)", "--scaling", "zscore", "--model", modelFile.toString(),
        "-o", folder.resolve("segmented.csv").toString()}, new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
    assertEquals(0, code);
    SegmentModel model = ModelJson.read(modelFile);
    Map<String, String> expected = scored(model, input, folder);
    assertEquals(4000, expected.size());
    assertEquals(138, expected.values().stream().filter("|"::equals).count());
    Map<String, String> actual = inDuckDb(model, input, "userid");
    assertEquals(List.of(), differences(expected, actual));
    assertEquals(expected.size(), actual.size());
  }

  @Test
  void duckDbBreaksExactTiesAndNullsAsScoreDoes(@TempDir Path folder) throws Exception {
    SegmentModel model = TieModel.model();
    var csv = new StringBuilder("id,Last Visited Minutes,Spent (INR),\"Flat \"\"one\"\"\"\n");
    csv.append("tie12,0,10,5\n");   // distance 1 to segments 1 and 2: segment 1
    csv.append("tie23,0,6,5\n");    // distance 1 to segments 2 and 3: segment 2
    csv.append("one,0,12,5\n");
    csv.append("nospend,0,,5\n");
    csv.append("noflat,0,12,\n");
    csv.append("flatdiffers,0,10,123\n"); // the feature that did not vary adds nothing
    var random = new SplittableRandom(3);
    for (int i = 0; i < 500; i++) {
      csv.append("r").append(i).append(',').append(random.nextInt(0, 12)).append(',')
          .append(random.nextInt(0, 16)).append(',').append(random.nextInt(0, 9)).append('\n');
    }
    Path input = Files.writeString(folder.resolve("ties.csv"), csv);
    Map<String, String> expected = scored(model, input, folder);
    assertEquals("1|Spenders", expected.get("tie12"));
    assertEquals("2|O'Brien \\ fans", expected.get("tie23"));
    assertEquals("|", expected.get("nospend"));
    assertEquals("|", expected.get("noflat"));
    assertEquals("1|Spenders", expected.get("flatdiffers"));
    Map<String, String> actual = inDuckDb(model, input, "id");
    assertEquals(List.of(), differences(expected, actual));
    assertEquals(expected.size(), actual.size());
    assertTrue(actual.values().stream().filter(v -> v.startsWith("3|")).count() > 10);
  }
}

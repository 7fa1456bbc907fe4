// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.cli.SegmentLabCommand;
import org.segmentlab.export.ModelJson;
import org.segmentlab.export.StreamingScorer;
import org.segmentlab.segment.Progress;
import org.segmentlab.segment.SegmentModel;
import org.segmentlab.testing.TestFiles;

/** Runs the generated Spark SQL on Spark in local mode; every row's label must equal score's. Opt-in: -Pspark. */
class ScoringSqlSparkTest {
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder().master("local[1]").appName("segmentlab-sql-check")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "1").getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

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

  private static Map<String, String> inSpark(SegmentModel model, Path input, String idColumn) {
    spark.read().option("header", "true").option("inferSchema", "true").option("escape", "\"")
        .csv(input.toString()).createOrReplaceTempView("users");
    String sql = ScoringSql.select(model, SqlDialect.SPARK, "users", null);
    Map<String, String> labels = new HashMap<>();
    for (Row row : spark.sql(sql.substring(0, sql.lastIndexOf(';'))).collectAsList()) {
      Object segment = row.get(row.fieldIndex("segment"));
      Object name = row.get(row.fieldIndex("segment_name"));
      labels.put(String.valueOf(row.get(row.fieldIndex(idColumn))),
          (segment == null ? "" : segment.toString()) + "|" + (name == null ? "" : name));
    }
    System.out.println("spark: " + labels.size() + " rows labelled, "
        + labels.values().stream().filter("|"::equals).count() + " without a segment");
    return labels;
  }

  private static List<String> differences(Map<String, String> expected, Map<String, String> actual) {
    List<String> different = new ArrayList<>();
    for (var entry : expected.entrySet()) {
      if (!entry.getValue().equals(actual.get(entry.getKey())) && different.size() < 10) {
        different.add(entry.getKey() + ": " + entry.getValue() + " / " + actual.get(entry.getKey()));
      }
    }
    return different;
  }

  @Test
  void sparkLabelsEveryRowAsScoreDoesForAFittedModelWithLogAndMissingValues(@TempDir Path folder)
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
    Map<String, String> actual = inSpark(model, input, "userid");
    assertEquals(List.of(), differences(expected, actual));
    assertEquals(expected.size(), actual.size());
  }

  @Test
  void sparkBreaksExactTiesAndNullsAsScoreDoes(@TempDir Path folder) throws Exception {
    SegmentModel model = TieModel.model();
    var csv = new StringBuilder("id,Last Visited Minutes,Spent (INR),\"Flat \"\"one\"\"\"\n");
    csv.append("tie12,0,10,5\ntie23,0,6,5\none,0,12,5\nnospend,0,,5\nnoflat,0,12,\nflatdiffers,0,10,123\n");
    var random = new SplittableRandom(3);
    for (int i = 0; i < 500; i++) {
      csv.append("r").append(i).append(',').append(random.nextInt(0, 12)).append(',')
          .append(random.nextInt(0, 16)).append(',').append(random.nextInt(0, 9)).append('\n');
    }
    Path input = Files.writeString(folder.resolve("ties.csv"), csv);
    Map<String, String> expected = scored(model, input, folder);
    Map<String, String> actual = inSpark(model, input, "id");
    assertEquals("1|Spenders", actual.get("tie12"));
    assertEquals("2|O'Brien \\ fans", actual.get("tie23"));
    assertEquals("|", actual.get("nospend"));
    assertEquals(List.of(), differences(expected, actual));
    assertEquals(expected.size(), actual.size());
  }
}

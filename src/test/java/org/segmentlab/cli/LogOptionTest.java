// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.testing.TestFiles;

class LogOptionTest {
  private static final String MINUTES = "Last Visited Minutes";

  @Test
  void logOptionIsRecordedStatedAndShownInFileUnits(@TempDir Path folder) throws Exception {
    Path input = TestFiles.copy(TestFiles.sample(), folder);
    Path out = folder.resolve("labelled.csv");
    Path profile = folder.resolve("profile.csv");
    Path record = folder.resolve("run.json");
    var run = CommandLineTest.run("segment", input.toString(), "--log", "\"" + MINUTES + "\"", "-o", out.toString(),
        "--profile", profile.toString(), "--record", record.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("transform log(1 + x) " + MINUTES + "\n"), run.out());

    JsonNode json = new ObjectMapper().readTree(record.toFile());
    assertEquals("log1p", json.at("/scaling/transforms/" + MINUTES).asText());
    assertEquals("none", json.at("/scaling/transforms/Average Spent on App (INR)").asText());

    // recompute from the labelled CSV: the mean is of the file's values, the centroid is the
    // typical user on the log scale, exp(mean of log(1 + x)) - 1
    Map<String, double[]> bySegment = new HashMap<>();
    try (Reader reader = Files.newBufferedReader(out)) {
      for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().get().parse(reader)) {
        double minutes = Double.parseDouble(row.get(MINUTES));
        double[] sums = bySegment.computeIfAbsent(row.get("segment"), s -> new double[3]);
        sums[0] += minutes;
        sums[1] += Math.log(1 + minutes);
        sums[2]++;
      }
    }
    for (JsonNode segment : json.get("segments")) {
      double[] sums = bySegment.get(segment.get("segment").asText());
      assertEquals(sums[0] / sums[2], segment.at("/means/" + MINUTES).asDouble(), 1e-6);
      assertEquals(Math.exp(sums[1] / sums[2]) - 1, segment.at("/centroid/" + MINUTES).asDouble(), 1e-6);
    }

    List<String> profileLines = Files.readAllLines(profile);
    assertTrue(profileLines.get(0).endsWith(",transforms"), profileLines.get(0));
    assertTrue(profileLines.get(1).endsWith("," + MINUTES + ": log(1 + x)"), profileLines.get(1));
  }

  @Test
  void withoutLogTheProfileHasNoTransformsColumn(@TempDir Path folder) throws Exception {
    Path input = TestFiles.copy(TestFiles.sample(), folder);
    Path profile = folder.resolve("profile.csv");
    var run = CommandLineTest.run("segment", input.toString(), "--profile", profile.toString());
    assertEquals(0, run.code(), run.err());
    assertFalse(Files.readAllLines(profile).get(0).contains("transforms"));
    assertFalse(run.out().contains("transform "), run.out());
  }

  @Test
  void negativeValueIsExitTwoNamingLineAndColumnAndWritesNothing(@TempDir Path folder) throws Exception {
    Path input = folder.resolve("negative.csv");
    Files.writeString(input, "userid,Last Visited Minutes,Average Spent on App (INR)\n"
        + "1,10,100\n2,20,200\n3,-5,300\n4,40,400\n5,50,500\n");
    Path out = folder.resolve("out.csv");
    var run = CommandLineTest.run("segment", input.toString(), "-k", "2",
        "--log", MINUTES + ",Average Spent on App (INR)", "-o", out.toString());
    assertEquals(2, run.code());
    assertEquals(List.of("error: negative.csv, line 4, column \"Last Visited Minutes\": \"-5\" is negative, and "
        + "log(1 + x) needs values of 0 or more. Leave this feature without the log transform, or correct the value."),
        run.errLines());
    assertFalse(Files.exists(out));
  }

  @Test
  void loggingAColumnThatIsNotAFeatureIsExitTwo(@TempDir Path folder) throws Exception {
    Path input = TestFiles.copy(TestFiles.sample(), folder);
    var run = CommandLineTest.run("segment", input.toString(), "--log", "Ratings");
    assertEquals(2, run.code());
    assertTrue(run.err().startsWith("error: \"Ratings\" is to be taken as log(1 + x) but it is not one of the "
        + "features"), run.err());
  }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.export.ModelJson;
import org.segmentlab.segment.SegmentModel;
import org.segmentlab.testing.TestFiles;

class SampleOptionTest {

  @Test
  void fitsOnASampleAndLabelsAFileLargerThanTheHeapOfItsJvm(@TempDir Path folder) throws Exception {
    int rows = 1_500_000;
    Path input = TestFiles.generated(folder, rows, 5);
    long heapBytes = 48L << 20;
    assertTrue(Files.size(input) > heapBytes, "the file must be larger than the heap: " + Files.size(input));
    Path out = folder.resolve("labelled.csv");
    Path model = folder.resolve("model.json");
    Path record = folder.resolve("run.json");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-Xmx48m", "-cp", System.getProperty("java.class.path"),
        "org.segmentlab.Main", "segment", input.toString(), "--sample", "3000", "--log", "Last Visited Minutes",
        "-o", out.toString(), "--model", model.toString(), "--record", record.toString())
        .redirectOutput(folder.resolve("stdout.txt").toFile())
        .redirectError(folder.resolve("stderr.txt").toFile())
        .start();
    assertEquals(0, process.waitFor(), Files.readString(folder.resolve("stderr.txt")));
    String stdout = Files.readString(folder.resolve("stdout.txt"));
    assertTrue(stdout.startsWith("sample 3000 of 1500000 rows, seed 42: the segments below are fitted on the sample\n"),
        stdout);
    assertTrue(stdout.contains("\nrows 3000 clustered 3000 skipped 0\n"), stdout);
    assertTrue(stdout.contains("\nlabelled rows 1500000 scored 1500000 missing 0\n"), stdout);
    assertTrue(Files.readString(folder.resolve("stderr.txt")).contains("scored 1000000 rows"));

    JsonNode json = new ObjectMapper().readTree(record.toFile());
    assertEquals(3000, json.at("/sample/rows").asInt());
    assertEquals(rows, json.at("/input/rows").asInt());
    SegmentModel fitted = ModelJson.read(model);
    assertEquals(new SegmentModel.Sample(3000, rows, 42), fitted.provenance().sample());

    // every row of the file is there in input order; every 50th is checked against the saved model's rule
    long[] sizes = new long[fitted.k()];
    try (BufferedReader reader = Files.newBufferedReader(out)) {
      assertTrue(reader.readLine().endsWith(",Status,segment,segment_name"));
      String line;
      long userid = 1001;
      while ((line = reader.readLine()) != null) {
        assertTrue(line.startsWith(userid + ","), line);
        int comma = line.lastIndexOf(',');
        int segment = Integer.parseInt(line, line.lastIndexOf(',', comma - 1) + 1, comma, 10);
        sizes[segment - 1]++;
        if (userid++ % 50 == 0) {
          String[] cells = line.split(",");
          double[] values = {Double.parseDouble(cells[6]), Double.parseDouble(cells[2])};
          assertEquals(fitted.segmentOf(values), segment, line);
          assertEquals(fitted.segment(segment).name(), cells[9]);
        }
      }
      assertEquals(1001 + rows, userid);
    }
    for (int c = 0; c < sizes.length; c++) {
      assertTrue(stdout.contains("labelled_segment " + (c + 1) + " size " + sizes[c] + " "), stdout);
    }
  }

  @Test
  void badCellIsNamedAtItsLineInTheFileWhetherOrNotItWasSampled(@TempDir Path folder) throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(TestFiles.generated(folder, 60, 1)));
    lines.set(39, lines.get(39).replaceFirst("^(\\d+),(\\d+),(\\d+),", "$1,$2,abc,"));
    Path input = folder.resolve("bad.csv");
    Files.write(input, lines);
    Path out = folder.resolve("out.csv");
    String expected = "error: bad.csv, line 40, column \"Average Spent on App (INR)\": \"abc\" is not a number. A "
        + "feature column must hold only numbers (write decimals with a point, without thousands separators).";
    for (String size : List.of("100", "5")) {
      var run = CommandLineTest.run("segment", input.toString(), "-k", "2", "--sample", size, "-o", out.toString());
      assertEquals(2, run.code(), "sample " + size);
      // one line, naming the file, line and column; loading the sample may add how to leave such users out
      assertEquals(1, run.errLines().size(), run.err());
      assertTrue(run.errLines().get(0).startsWith(expected), "sample " + size + ": " + run.err());
      assertFalse(Files.exists(out));
    }
  }

  @Test
  void sameSeedSameSampleAndASampleAsLargeAsTheFileIsTheWholeFile(@TempDir Path folder) throws Exception {
    Path input = TestFiles.copy(TestFiles.sample(), folder);
    Path whole = folder.resolve("whole.csv");
    Path sampled = folder.resolve("sampled.csv");
    var plain = CommandLineTest.run("segment", input.toString(), "-o", whole.toString());
    var run = CommandLineTest.run("segment", input.toString(), "--sample", "5000", "-o", sampled.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("sample 999 of 999 rows"), run.out());
    assertTrue(run.out().contains(plain.out()), run.out());
    assertEquals(Files.readString(whole), Files.readString(sampled));

    var first = CommandLineTest.run("segment", input.toString(), "--sample", "300", "--seed", "3", "-o",
        folder.resolve("a.csv").toString());
    var second = CommandLineTest.run("segment", input.toString(), "--sample", "300", "--seed", "3", "-o",
        folder.resolve("b.csv").toString());
    assertEquals(first.out(), second.out());
    assertEquals(Files.readString(folder.resolve("a.csv")), Files.readString(folder.resolve("b.csv")));
  }
}

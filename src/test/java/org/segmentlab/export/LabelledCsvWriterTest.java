// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.data.DataException;
import org.segmentlab.data.DatasetLoader;
import org.segmentlab.segment.Scaling;
import org.segmentlab.segment.Segmentation;
import org.segmentlab.segment.SegmentationSettings;
import org.segmentlab.segment.Segmenter;
import org.segmentlab.testing.TestFiles;

class LabelledCsvWriterTest {
  private static final List<String> STANDARD =
      List.of(SegmentationSettings.MINUTES, SegmentationSettings.SPEND);

  private static List<CSVRecord> read(Path file, char separator) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return CSVFormat.RFC4180.builder().setDelimiter(separator).get().parse(new StringReader(text)).getRecords();
  }

  private static Segmentation segment(Path file, int k) throws Exception {
    return Segmenter.run(DatasetLoader.load(file), new SegmentationSettings(STANDARD, k, Scaling.MIN_MAX, 42, 4));
  }

  @Test
  void everyRowAndCellIsKeptWithSegmentColumnsAdded(@TempDir Path folder) throws Exception {
    for (String name : List.of("good/bom-semicolon-crlf.csv", "good/quotes-newlines.csv",
        "good/reordered-extra.csv", "good/tab-missing.csv")) {
      Path input = TestFiles.csv(name);
      Segmentation result = segment(input, 2);
      Path out = folder.resolve(input.getFileName() + "-labelled.csv");
      LabelledCsvWriter.write(result, out);
      List<CSVRecord> original = read(input, result.dataset().dialect().separator());
      List<CSVRecord> labelled = read(out, result.dataset().dialect().separator());
      assertEquals(original.size(), labelled.size(), name);
      for (int r = 0; r < original.size(); r++) {
        List<String> expected = original.get(r).toList();
        List<String> actual = labelled.get(r).toList();
        assertEquals(expected, actual.subList(0, expected.size()), name + " row " + r);
        if (r == 0) {
          assertEquals(List.of("segment", "segment_name"), actual.subList(expected.size(), actual.size()));
        } else {
          int segment = result.segmentOfTableRow(r - 1);
          assertEquals(segment == 0 ? "" : Integer.toString(segment), actual.get(expected.size()));
          assertEquals(segment == 0 ? "" : result.segment(segment).name(), actual.get(expected.size() + 1));
        }
      }
    }
  }

  @Test
  void leadingZerosQuotesAndDecimalTextSurvive(@TempDir Path folder) throws Exception {
    Path out = folder.resolve("out.csv");
    LabelledCsvWriter.write(segment(TestFiles.csv("good/reordered-extra.csv"), 2), out);
    String text = Files.readString(out);
    assertTrue(text.contains("Installed,x,10.50,0001,100,1e3,"), text);
  }

  @Test
  void editedNamesAreExported(@TempDir Path folder) throws Exception {
    Segmentation renamed = segment(TestFiles.sample(), 4).withName(1, "Core Fans");
    Path out = folder.resolve("out.csv");
    LabelledCsvWriter.write(renamed, out);
    long fans = read(out, ',').stream().skip(1).filter(r -> r.get(9).equals("Core Fans"))
        .count();
    assertEquals(renamed.segment(1).size(), fans);
  }

  @Test
  void aChangedInputIsRefusedAndTheExistingTargetIsUntouched(@TempDir Path folder) throws Exception {
    Path input = TestFiles.copy(TestFiles.csv("good/quotes-newlines.csv"), folder);
    Segmentation result = segment(input, 2);
    Path target = folder.resolve("campaign.csv");
    Files.writeString(target, "precious");
    Files.writeString(input, Files.readString(input) + "5,1,1,x\n");
    var e = assertThrows(DataException.class, () -> LabelledCsvWriter.write(result, target));
    assertTrue(e.getMessage().contains("the file changed while it was being written out"), e.getMessage());
    assertEquals("precious", Files.readString(target));
    try (var files = Files.list(folder)) {
      assertEquals(2, files.count(), "no temporary file is left behind");
    }
  }

  @Test
  void theInputIsNeverOverwritten(@TempDir Path folder) throws Exception {
    Path input = TestFiles.copy(TestFiles.csv("good/quotes-newlines.csv"), folder);
    String before = Files.readString(input);
    Segmentation result = segment(input, 2);
    assertThrows(DataException.class, () -> LabelledCsvWriter.write(result, input));
    assertEquals(before, Files.readString(input));
  }

  @Test
  void aFailedWriteLeavesTheOldFileWhole(@TempDir Path folder) throws Exception {
    Path target = folder.resolve("report.csv");
    Files.writeString(target, "old content");
    assertThrows(IOException.class, () -> AtomicFile.writeText(target, out -> {
      out.write("half a fi");
      throw new IOException("disk full");
    }));
    assertEquals("old content", Files.readString(target));
    try (var files = Files.list(folder)) {
      assertEquals(1, files.count());
    }
  }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.data.DatasetLoader;
import org.segmentlab.segment.Scaling;
import org.segmentlab.segment.Segmentation;
import org.segmentlab.segment.SegmentationSettings;
import org.segmentlab.segment.Segmenter;
import org.segmentlab.testing.TestFiles;

/** Exports keep the input's separator, decimal mark, byte-order mark and line ends. */
class ExportLayoutTest {
  private static final List<String> STANDARD = List.of(SegmentationSettings.MINUTES, SegmentationSettings.SPEND);

  private static Segmentation segment(Path input) throws Exception {
    return Segmenter.run(DatasetLoader.load(input), new SegmentationSettings(STANDARD, 2, Scaling.MIN_MAX, 42, 2));
  }

  @Test
  void aSemicolonCrlfFileWithBomAndDecimalCommasIsExportedTheSameWay(@TempDir Path folder) throws Exception {
    Path input = TestFiles.csv("good/bom-semicolon-crlf.csv");
    Segmentation result = segment(input);
    Path labelled = folder.resolve("labelled.csv");
    Path profile = folder.resolve("profile.csv");
    LabelledCsvWriter.write(result, labelled);
    ProfileCsvWriter.write(result, profile);

    byte[] bytes = Files.readAllBytes(labelled);
    assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
    String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
    String original = Files.readString(input).substring(1);
    List<String> in = List.of(original.split("\r\n"));
    List<String> out = List.of(text.split("\r\n"));
    assertEquals(in.size(), out.size());
    assertFalse(text.replace("\r\n", "").contains("\n"), "every line ends in CRLF");
    assertEquals(in.get(0) + ";segment;segment_name", out.get(0));
    for (int r = 1; r < in.size(); r++) {
      assertTrue(out.get(r).startsWith(in.get(r) + ";"), out.get(r));
    }

    String profileText = Files.readString(profile);
    assertTrue(profileText.startsWith("\uFEFFsegment;segment_name;size;share;"), profileText);
    assertTrue(profileText.contains("\r\n1;"), profileText);
    String firstRow = profileText.split("\r\n")[1];
    assertTrue(firstRow.matches("1;[^;]+;\\d+;0,\\d+;.*"), "share written with a decimal comma: " + firstRow);
    assertFalse(firstRow.matches(".*;\\d+\\.\\d+;.*"), "no decimal points: " + firstRow);
  }

  @Test
  void aTabFileIsExportedWithTabs(@TempDir Path folder) throws Exception {
    Path input = TestFiles.csv("good/tab-missing.csv");
    Path labelled = folder.resolve("labelled.tsv");
    LabelledCsvWriter.write(segment(input), labelled);
    String first = Files.readAllLines(labelled).get(0);
    assertEquals(Files.readAllLines(input).get(0) + "\tsegment\tsegment_name", first);
  }

  @Test
  void aWindows1252FileIsExportedAsUtf8WithAByteOrderMarkSoExcelReadsItsAccents(@TempDir Path folder)
      throws Exception {
    Path input = TestFiles.csv("good/windows-1252.csv");
    Path labelled = folder.resolve("labelled.csv");
    LabelledCsvWriter.write(segment(input), labelled);
    String text = Files.readString(labelled, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFFuserid,"), text);
    assertTrue(text.contains(",Köln,"), text);
  }

  @Test
  void aPlainCommaFileStaysPlain(@TempDir Path folder) throws Exception {
    Path labelled = folder.resolve("labelled.csv");
    Path profile = folder.resolve("profile.csv");
    Segmentation result = segment(TestFiles.sample());
    LabelledCsvWriter.write(result, labelled);
    ProfileCsvWriter.write(result, profile);
    byte[] bytes = Files.readAllBytes(labelled);
    assertEquals('u', bytes[0], "no byte-order mark");
    assertFalse(Files.readString(labelled).contains("\r"));
    assertTrue(Files.readString(profile).lines().skip(1).allMatch(l -> l.matches("\\d+,[^,]+,\\d+,0\\.\\d+,.*")),
        Files.readString(profile));
  }
}

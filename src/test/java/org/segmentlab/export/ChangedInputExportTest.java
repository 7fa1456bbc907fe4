// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.data.DataException;
import org.segmentlab.data.DatasetLoader;
import org.segmentlab.segment.Scaling;
import org.segmentlab.segment.Segmentation;
import org.segmentlab.segment.SegmentationSettings;
import org.segmentlab.segment.Segmenter;
import org.segmentlab.testing.TestFiles;

/** The labelled export notices an input that changes while it is being read again. */
class ChangedInputExportTest {

  /** Something done to the input file once the export has written this many bytes. */
  @FunctionalInterface
  interface Meddling {
    void apply(Path input) throws IOException;
  }

  private static Segmentation segment(Path input) throws Exception {
    return Segmenter.run(DatasetLoader.load(input), new SegmentationSettings(
        List.of(SegmentationSettings.MINUTES, SegmentationSettings.SPEND), 3, Scaling.MIN_MAX, 42, 1));
  }

  /** Exports to a target holding "precious", changing the input part-way through the output. */
  private static DataException exportWhile(Path folder, Meddling meddling) throws Exception {
    Path input = TestFiles.generated(folder, 10_000, 5);
    Segmentation result = segment(input);
    Path target = folder.resolve("campaign.csv");
    Files.writeString(target, "precious");
    AtomicFile.OutputContent labelled = LabelledCsvWriter.content(result);
    AtomicFile.OutputContent meddled = out -> labelled.writeTo(new FilterOutputStream(out) {
      private long written;

      @Override
      public void write(int b) throws IOException {
        if (++written == 50_000) {
          meddling.apply(input);
        }
        out.write(b);
      }
    });
    var outputs = new Outputs().add(target, "labelled CSV").content(target, meddled);
    outputs.check(input);
    var error = assertThrows(DataException.class, outputs::write);
    assertEquals("precious", Files.readString(target), "the existing target is untouched");
    try (var files = Files.list(folder)) {
      assertEquals(2, files.count(), "only the input and the old target: no temporary file is left");
    }
    assertEquals(input, error.file().orElseThrow());
    assertTrue(error.getMessage().contains("the file changed while it was being written out")
        && error.getMessage().contains("nothing was written"), error.getMessage());
    return error;
  }

  @Test
  void inputTruncatedInPlaceMidExportIsRefused(@TempDir Path folder) throws Exception {
    exportWhile(folder, input -> {
      try (FileChannel file = FileChannel.open(input, StandardOpenOption.WRITE)) {
        file.truncate(file.size() / 2);
      }
    });
  }

  @Test
  void inputOverwrittenWithTheSameLengthMidExportIsRefused(@TempDir Path folder) throws Exception {
    exportWhile(folder, input -> {
      try (FileChannel file = FileChannel.open(input, StandardOpenOption.WRITE)) {
        long size = file.size();
        // the last 3 KB become other users with the same number of bytes: digits 1..8 become 9
        byte[] tail = new byte[3000];
        ByteBuffer read = ByteBuffer.wrap(tail);
        try (FileChannel reader = FileChannel.open(input)) {
          reader.read(read, size - tail.length);
        }
        for (int i = 0; i < tail.length; i++) {
          if (tail[i] >= '1' && tail[i] <= '8') {
            tail[i] = '9';
          }
        }
        file.write(ByteBuffer.wrap(tail), size - tail.length);
      }
    });
  }

  @Test
  void rowsAppendedMidExportAreRefusedNotACrash(@TempDir Path folder) throws Exception {
    exportWhile(folder, input -> {
      String header = Files.readAllLines(input).get(0);
      int columns = header.split(",").length;
      String row = "9".repeat(1) + ",1".repeat(columns - 1) + "\n";
      Files.write(input, row.repeat(500).getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
    });
  }

  @Test
  void anUnchangedInputIsExportedWhole(@TempDir Path folder) throws Exception {
    Path input = TestFiles.generated(folder, 10_000, 5);
    Segmentation result = segment(input);
    Path target = folder.resolve("campaign.csv");
    LabelledCsvWriter.write(result, target);
    List<String> in = Files.readAllLines(input);
    List<String> out = Files.readAllLines(target);
    assertEquals(in.size(), out.size());
    assertTrue(out.get(10_000).startsWith(in.get(10_000) + ","), out.get(10_000));
  }
}

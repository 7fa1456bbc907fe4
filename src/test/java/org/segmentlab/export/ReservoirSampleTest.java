// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReservoirSampleTest {

  private static Path numbered(Path folder, int rows) throws Exception {
    var text = new StringBuilder("id;value\n");
    for (int i = 0; i < rows; i++) {
      text.append(i).append(';').append(i).append(",5\n");
    }
    return Files.writeString(folder.resolve("rows.csv"), text);
  }

  private static List<String> drawnIds(Path file, int size, long seed, Path folder) throws Exception {
    Path written = ReservoirSample.draw(file, size, seed).writeTo(Files.createTempDirectory(folder, "s"));
    return Files.readAllLines(written).stream().skip(1).map(l -> l.split(";")[0]).toList();
  }

  @Test
  void everyRowIsEquallyLikelyToBeDrawn(@TempDir Path folder) throws Exception {
    Path file = numbered(folder, 200);
    int[] drawn = new int[200];
    int seeds = 400;
    for (long seed = 0; seed < seeds; seed++) {
      var sample = ReservoirSample.draw(file, 20, seed);
      assertEquals(20, sample.size());
      assertEquals(200, sample.totalRows());
      for (long line : sample.lines()) {
        drawn[(int) line - 2]++; // row i is on line i + 2
      }
    }
    // each row is expected in 400 * 20 / 200 = 40 samples; the first and last rows alike
    for (int i = 0; i < drawn.length; i++) {
      assertTrue(drawn[i] > 15 && drawn[i] < 70, "row " + i + " drawn " + drawn[i] + " times");
    }
    double firstHalf = java.util.Arrays.stream(drawn, 0, 100).sum();
    assertEquals(0.5, firstHalf / (seeds * 20), 0.03);
  }

  @Test
  void sampleKeepsTheFilesOrderSeparatorAndDecimalCommas(@TempDir Path folder) throws Exception {
    Path file = numbered(folder, 50);
    List<String> ids = drawnIds(file, 10, 7, folder);
    assertEquals(ids.stream().sorted((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b))).toList(),
        ids);
    assertEquals(ids, drawnIds(file, 10, 7, folder));
    assertNotEquals(ids, drawnIds(file, 10, 8, folder));
    Path written = ReservoirSample.draw(file, 10, 7).writeTo(Files.createTempDirectory(folder, "s"));
    assertEquals("id;value", Files.readAllLines(written).get(0));
    assertEquals(ids.get(0) + ";" + ids.get(0) + ",5", Files.readAllLines(written).get(1));
  }
}

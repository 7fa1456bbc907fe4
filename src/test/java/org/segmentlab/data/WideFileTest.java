// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Very wide files: refused at the header beyond the stated limit, read up to it. */
class WideFileTest {
  static Path wide(Path folder, int columns, int rows) throws Exception {
    Path file = folder.resolve("wide-" + columns + ".csv");
    try (Writer out = Files.newBufferedWriter(file)) {
      for (int c = 0; c < columns; c++) {
        out.write((c == 0 ? "" : ",") + "c" + c);
      }
      out.write('\n');
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < columns; c++) {
          out.write((c == 0 ? "" : ",") + ((r * 31 + c) % 1000));
        }
        out.write('\n');
      }
    }
    return file;
  }

  @Test
  void aHundredThousandColumnsAreRefusedAtTheHeaderWithTheLimit(@TempDir Path folder) throws Exception {
    Path file = wide(folder, 100_000, 20);
    var e = assertThrows(DataException.class, () -> DatasetLoader.load(file));
    assertEquals("wide-100000.csv, line 1: the header has 100,000 columns; SegmentLab reads at most 2,000. "
        + "Save a CSV with only the columns you need (the user id and the candidate features) and open that.",
        e.getMessage());
  }

  @Test
  void theLimitItselfIsRead(@TempDir Path folder) throws Exception {
    Dataset data = DatasetLoader.load(wide(folder, DatasetLoader.MAX_COLUMNS, 3));
    assertEquals(DatasetLoader.MAX_COLUMNS, data.columnNames().size());
    assertEquals(List.of(0.0, 31.0, 62.0), data.table().doubleColumn("c0").asList());
  }

  @Test
  void namesThatDifferOnlyInCaseAreBothKept(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("case.csv");
    Files.writeString(file, "Spend,spend,Visits\n1,10,100\n2,20,200\n");
    Dataset data = DatasetLoader.load(file);
    assertEquals(List.of("Spend", "spend (column 2)", "Visits"), data.columnNames());
    assertEquals(List.of(10.0, 20.0), data.table().doubleColumn("spend (column 2)").asList());
  }
}

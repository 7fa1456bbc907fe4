// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.StringColumn;

/** Which bytes are text, in which encoding, and how a file that is neither is refused. */
class TextEncodingTest {
  private static final String HEADER = "userid,City,Average Spent on App (INR),Last Visited Minutes\n";

  private static byte[] bytes(String text, Charset charset) {
    return text.getBytes(charset);
  }

  private static byte[] join(byte[]... parts) {
    var out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @Test
  void aStrayLatin1ByteInAUtf8FileIsRefusedNamingItsLineAndCharacter(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("cities.csv");
    String rows = HEADER + "1,Zürich,10.5,300\n2,Zürich,20,400\n3,Bern,30,500\n";
    // line 5: "4,Caf" then 0xE9 (é in Windows-1252) as the 6th character
    Files.write(file, join(bytes(rows, StandardCharsets.UTF_8), bytes("4,Caf", StandardCharsets.US_ASCII),
        new byte[] {(byte) 0xE9}, bytes(",40,600\n", StandardCharsets.US_ASCII)));
    var e = assertThrows(DataException.class, () -> DatasetLoader.load(file));
    assertEquals(5, e.line().orElseThrow(), e.getMessage());
    assertTrue(e.getMessage().startsWith("cities.csv, line 5: byte 0xE9 at character 6 of this line is not UTF-8"),
        e.getMessage());
  }

  @Test
  void aUtf8FileCutInsideACharacterIsRefusedNamingTheLastLine(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("cut.csv");
    byte[] whole = bytes(HEADER + "1,Zürich,10.5,300\n2,Bern,20,400\n3,Zü", StandardCharsets.UTF_8);
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 1));
    var e = assertThrows(DataException.class, () -> DatasetLoader.load(file));
    assertTrue(e.getMessage().startsWith("cut.csv, line 4: byte 0xC3 at character 4"), e.getMessage());
  }

  @Test
  void aTrueWindows1252FileIsStillRead(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("legacy.csv");
    Files.write(file, bytes(HEADER + "1,Zürich,10.5,300\n2,Besançon,20,400\n3,Köln,30,500\n",
        Charset.forName("windows-1252")));
    Dataset data = DatasetLoader.load(file);
    assertEquals(List.of("Zürich", "Besançon", "Köln"), ((StringColumn) data.table().column("City")).asList());
  }

  @Test
  void aByteWindows1252LeavesUndefinedIsRefusedNamingItsLine(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("odd.csv");
    Files.write(file, join(bytes(HEADER + "1,K", StandardCharsets.US_ASCII), new byte[] {(byte) 0xF6},
        bytes("ln,10,300\n2,A", StandardCharsets.US_ASCII), new byte[] {(byte) 0x81},
        bytes(",20,400\n", StandardCharsets.US_ASCII)));
    var e = assertThrows(DataException.class, () -> DatasetLoader.load(file));
    assertTrue(e.getMessage().startsWith("odd.csv, line 3: byte 0x81 at character 4 of this line is neither"),
        e.getMessage());
  }

  @Test
  void utf16FilesWithAByteOrderMarkAreRead(@TempDir Path folder) throws Exception {
    String text = HEADER + "1,Zürich,10.5,300\r\n2,Besançon,20,400\r\n";
    for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      Path file = folder.resolve(charset.name() + ".csv");
      Files.write(file, bytes("\uFEFF" + text, charset));
      Dataset data = DatasetLoader.load(file);
      assertEquals("userid", data.columnNames().get(0), charset.name());
      assertEquals(List.of("Zürich", "Besançon"), ((StringColumn) data.table().column("City")).asList());
      assertEquals(List.of(10.5, 20.0),
          data.table().doubleColumn("Average Spent on App (INR)").asList(), charset.name());
    }
  }

  @Test
  void aNulByteFarIntoTheFileIsRefusedWithItsLine(@TempDir Path folder) throws Exception {
    var text = new StringBuilder(HEADER);
    for (int i = 2; i <= 600; i++) {
      text.append(i).append(",Bern,").append(i).append(",").append(i * 3).append('\n');
    }
    int at = text.indexOf("\n500,Bern") + 1 + "500,Be".length();
    text.setCharAt(at, '\0');
    Path file = folder.resolve("nul.csv");
    Files.writeString(file, text);
    var e = assertThrows(DataException.class, () -> DatasetLoader.load(file));
    assertEquals("nul.csv, line 500: this line holds a NUL byte (binary data) at character 7. "
        + "A CSV holds text only: remove it, or export the file again.", e.getMessage());
  }
}

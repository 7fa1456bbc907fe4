// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.testing.TestFiles;

/** The command line in a JVM with little memory, as a user with a big file and a small heap runs it. */
class MemoryLimitTest {

  record Exit(int code, List<String> err) {}

  static Exit runWithHeap(String heap, Path folder, String... args) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    var command = new java.util.ArrayList<>(List.of(java.toString(), "-Xmx" + heap, "-cp",
        System.getProperty("java.class.path"), "org.segmentlab.Main"));
    if (Runtime.version().feature() >= 24) {
      // Tablesaw's classgraph frees buffers through sun.misc.Unsafe, which Java 24+ warns about on
      // stderr once; the warning is the JVM's, not the one line this test reads
      command.add(1, "--sun-misc-unsafe-memory-access=allow");
    }
    command.addAll(List.of(args));
    Path err = folder.resolve("stderr.txt");
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile()).start();
    int code = process.waitFor();
    List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
    Files.delete(err);
    return new Exit(code, lines);
  }

  @Test
  void aFileFarTooBigForTheHeapIsRefusedBeforeLoadingWithAdvice(@TempDir Path folder) throws Exception {
    Path input = TestFiles.generated(folder, 300_000, 1);
    Path out = folder.resolve("out.csv");
    Exit exit = runWithHeap("64m", folder, "segment", input.toString(), "-o", out.toString());
    assertEquals(2, exit.code(), exit.err().toString());
    assertEquals(1, exit.err().size(), exit.err().toString());
    String line = exit.err().get(0);
    assertTrue(line.startsWith("error: users-300000-1.csv: its 300,000 rows × 8 columns need about "), line);
    assertTrue(line.contains("but Java may use only "), line);
    assertTrue(line.contains("Give Java more memory: java -Xmx1g -jar segmentlab.jar …, or set "
        + "SEGMENTLAB_JAVA_OPTIONS=-Xmx1g for the segmentlab launcher"), line);
    assertFalse(Files.exists(out));
  }

  @Test
  void runningOutOfMemoryLateIsOneLineWithTheSameAdvice(@TempDir Path folder) throws Exception {
    // one cell of 8 million non-Latin characters: small in rows, so the estimate lets it through,
    // but its text needs several copies of 16 MB while it is parsed
    Path input = folder.resolve("long-note.csv");
    try (Writer out = Files.newBufferedWriter(input)) {
      out.write("userid,Note,Last Visited Minutes,Average Spent on App (INR)\n1,");
      String euros = "€".repeat(1 << 16);
      for (int i = 0; i < 8_000_000 / euros.length(); i++) {
        out.write(euros);
      }
      out.write(",1,2\n2,x,3,4\n3,y,5,9\n");
    }
    Path out = folder.resolve("out.csv");
    Exit exit = runWithHeap("64m", folder, "segment", input.toString(), "-k", "2", "-o", out.toString());
    assertEquals(2, exit.code(), exit.err().toString());
    assertEquals(1, exit.err().size(), exit.err().toString());
    assertTrue(exit.err().get(0).matches("error: long-note\\.csv: Java ran out of memory working on this file "
        + "\\(it may use \\d+ MB here\\)\\. Give Java more memory: java -Xmx1g -jar segmentlab\\.jar …, or set "
        + "SEGMENTLAB_JAVA_OPTIONS=-Xmx1g for the segmentlab launcher; or use fewer rows\\."), exit.err().get(0));
    assertFalse(Files.exists(out));
  }
}

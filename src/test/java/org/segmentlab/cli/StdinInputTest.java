// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.testing.TestFiles;

/** {@code cat users.csv | segmentlab segment /dev/stdin}: the pipe is read once, in a JVM of its own. */
@EnabledOnOs(OS.LINUX)
class StdinInputTest {

  @Test
  @Timeout(120)
  void aPipedStandardInputIsSegmentedAndEveryRowExported(@TempDir Path folder) throws Exception {
    Path out = folder.resolve("out.csv");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        "org.segmentlab.Main", "segment", "/dev/stdin", "-o", out.toString())
        .redirectError(folder.resolve("err.txt").toFile())
        .redirectOutput(folder.resolve("stdout.txt").toFile())
        .start();
    try (OutputStream stdin = process.getOutputStream()) {
      stdin.write(Files.readAllBytes(TestFiles.sample()));
    }
    int code = process.waitFor();
    String err = Files.readString(folder.resolve("err.txt"));
    assertEquals(0, code, err);
    assertTrue(Files.readString(folder.resolve("stdout.txt")).contains("rows 999 clustered 999 skipped 0"));
    List<String> input = Files.readAllLines(TestFiles.sample(), StandardCharsets.UTF_8);
    List<String> labelled = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(input.size(), labelled.size());
    for (int i = 0; i < input.size(); i++) {
      assertTrue(labelled.get(i).startsWith(input.get(i) + ","), labelled.get(i));
    }
  }
}

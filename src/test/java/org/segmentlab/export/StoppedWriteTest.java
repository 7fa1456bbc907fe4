// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping the program (SIGTERM, as Ctrl+C or a service manager does) leaves no temporary file. */
class StoppedWriteTest {

  @Test
  void sigtermMidWriteRemovesTheTemporaryFileAndLeavesTheTargetAsItWas(@TempDir Path folder) throws Exception {
    Path target = Files.writeString(folder.resolve("report.csv"), "old report");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        PartFileHolder.class.getName(), target.toString()).redirectErrorStream(true).start();
    try {
      var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("writing", out.readLine());
      try (var files = Files.list(folder)) {
        assertEquals(2, files.count(), "the write is under way in a temporary file");
      }
      process.destroy(); // SIGTERM
      assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    } finally {
      process.destroyForcibly();
    }
    try (var files = Files.list(folder)) {
      assertEquals(List.of(target), files.toList());
    }
    assertEquals("old report", Files.readString(target));
  }
}
